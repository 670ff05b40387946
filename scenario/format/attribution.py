"""Who says what in a seed: the article's own attribution of each of its passages.

A news article marks whose words it gives: quotation marks followed by "sagte X" or "meinte X",
reported speech in the subjunctive after an attributed sentence ("Russland habe ...", "Es sei
..."), a speech verb with its subject ("Die Allianz forderte ..."), and picture captions
("Russlands Vertreter Grushko: ..."). This module reads that structure into units: pieces of a
sentence, split where quotation marks open and close, each with the person or body the article
gives it to, or none for the article's own narration.

Where the structure leaves it open (a headline in quotation marks, "Er will ...", "Für Kadri Liik
ist es ..."), a small YAML file beside the seed declares it (``<seed>.attribution.yaml``, see
seeds/README.md); the declaration is itself checked against the seed. The content's own
`said_by:` is never used here, so that declaring a name cannot make a wrong line pass.

Offsets are into the seeds' joined, whitespace-normalised text (`sources.Seeds.text`), so a
content passage found there can be mapped to the units it covers.

The work is shared: `german_speech` has the words attribution reads, `article_persons` finds the
speakers, `article_paragraphs` cuts each paragraph into units, `attribution_declared` reads and
checks the declared file, and `attribution_units` holds what all of them produce. This module
reads the seeds and names what other modules use (`__all__`).
"""

from __future__ import annotations

import re
from pathlib import Path

from .article_paragraphs import attribute_paragraph
from .article_persons import find_persons
from .attribution_declared import (
    attribution_file,
    check_declared,
    declared_overrides,
    read_declared,
)
from .attribution_units import (
    ARTICLE,
    CAPTION,
    NARRATED,
    NARRATION,
    QUOTE,
    REPORTED,
    TAG,
    Attribution,
    Declared,
    Sentence,
    Unit,
)
from .diagnostics import Diagnostic, display_path
from .reading import read_regular
from .sources import MAX_SEED_BYTES, normalise

__all__ = [
    "ARTICLE",
    "CAPTION",
    "NARRATED",
    "NARRATION",
    "QUOTE",
    "REPORTED",
    "TAG",
    "Attribution",
    "Declared",
    "Sentence",
    "Unit",
    "attribute",
    "attribution_file",
]


def attribute(seeds: list[Path]) -> Attribution:
    """Read the seeds (and their attribution files) into attributed units.

    Raises OSError or UnicodeDecodeError for an unreadable seed, as `Seeds.read` does; problems
    in an attribution file are diagnostics, not exceptions.
    """
    raws = [read_regular(p, MAX_SEED_BYTES).decode("utf-8") for p in seeds]
    diagnostics: list[Diagnostic] = []
    declared = Declared()
    for seed in seeds:
        path = attribution_file(seed)
        if path.is_file():
            declared.files.append(path)
            read_declared(path, declared, diagnostics)
    paragraphs: list[tuple[int, str, str]] = []  # offset, normalised text, file
    parts, offset = [], 0
    for seed, raw in zip(seeds, raws, strict=True):
        whole = normalise(raw)
        cursor = offset
        shown = display_path(seed)
        for block in re.split(r"\n", raw):
            text = normalise(block)
            if not text:
                continue
            paragraphs.append((cursor, text, shown))
            cursor += len(text) + 1
        parts.append(whole)
        offset += len(whole) + 2
    text = "\n\n".join(parts)
    bodies = {name: list(phrases) for name, phrases in declared.bodies.items()}
    persons = find_persons(paragraphs, bodies, declared)
    result = Attribution(text, [], [], persons, bodies, diagnostics, declared.files)
    check_declared(result, declared)
    overrides = declared_overrides(result, declared)
    for offset, paragraph, file in paragraphs:
        attribute_paragraph(result, offset, paragraph, file, overrides)
    result.units.sort(key=lambda u: (u.start, u.end))  # quotations were added before their tags
    return result
