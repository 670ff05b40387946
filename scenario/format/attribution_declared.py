"""The attribution file beside a seed (`<seed>.attribution.yaml`, see seeds/README.md).

Where the article's structure leaves it open whose words a passage is, the file declares it:
persons and bodies with the article's words for them, and passages with their `said_by`. The
declaration is itself checked against the seed: every phrase and passage must be found in it,
every `said_by` must name someone the article gives words to.
"""

from __future__ import annotations

import re
from pathlib import Path

from .attribution_units import ARTICLE, Attribution, Declared
from .diagnostics import Diagnostic, Location, ScenarioError, display_path
from .sources import normalise


def attribution_file(seed: Path) -> Path:
    """Where the attribution declared for a seed lives: beside it, `<stem>.attribution.yaml`."""
    return seed.with_name(seed.stem + ".attribution.yaml")


def read_declared(path: Path, declared: Declared, diagnostics: list[Diagnostic]) -> None:
    from .yamlfile import read_yaml  # only when checking: playing from the cache needs no YAML

    shown = display_path(path)
    try:
        doc = read_yaml(path, shown)
    except ScenarioError as exc:
        diagnostics.extend(exc.diagnostics)
        return
    diagnostics.extend(doc.problems)
    data = doc.data if isinstance(doc.data, dict) else {}
    for key in data:
        if key not in ("persons", "bodies", "passages"):
            diagnostics.append(
                Diagnostic(
                    doc.locate((key,), key=True),
                    f"unknown key {key!r}; expected one of: persons, bodies, passages",
                )
            )
    for section in ("persons", "bodies"):
        value = data.get(section, {})
        if not isinstance(value, dict):
            diagnostics.append(Diagnostic(doc.locate((section,)), f"{section}: expected a mapping"))
            continue
        for name, phrases in value.items():
            if phrases is None:
                phrases = []
            if not isinstance(name, str) or not isinstance(phrases, list):
                diagnostics.append(
                    Diagnostic(
                        doc.locate((section, name)),
                        f"{section}.{name}: expected a list of the article's words for it",
                    )
                )
                continue
            if not all(isinstance(p, str) and p.strip() for p in phrases):
                diagnostics.append(
                    Diagnostic(doc.locate((section, name)), f"{section}.{name}: expected text")
                )
                continue
            getattr(declared, section)[name] = [normalise(p) for p in phrases]
            declared.where[(section, name)] = doc.locate((section, name), key=True)
    passages = data.get("passages", [])
    if not isinstance(passages, list):
        diagnostics.append(Diagnostic(doc.locate(("passages",)), "passages: expected a list"))
        return
    for index, item in enumerate(passages):
        where = doc.locate(("passages", index))
        if not isinstance(item, dict):
            diagnostics.append(Diagnostic(where, "expected a mapping with 'text' and 'said_by'"))
            continue
        unknown = [k for k in item if k not in ("text", "said_by", "why")]
        for key in unknown:
            diagnostics.append(
                Diagnostic(
                    doc.locate(("passages", index, key), key=True),
                    f"unknown key {key!r}; expected text, said_by and why",
                )
            )
        text, said_by = item.get("text"), item.get("said_by")
        if not isinstance(text, str) or not text.strip():
            diagnostics.append(Diagnostic(where, "missing key 'text' (the passage, verbatim)"))
            continue
        if not isinstance(said_by, str) or not said_by.strip():
            diagnostics.append(Diagnostic(where, "missing key 'said_by' (whose words they are)"))
            continue
        declared.passages.append(
            (
                normalise(text),
                said_by.strip(),
                doc.locate(("passages", index, "text")),
                doc.locate(("passages", index, "said_by")),
            )
        )


def check_declared(result: Attribution, declared: Declared) -> None:
    """Every phrase and passage the file declares must be in the seed, every name known."""
    for section in ("persons", "bodies"):
        for name, phrases in getattr(declared, section).items():
            where = declared.where.get((section, name), Location("?"))
            for phrase in phrases or ([name] if section == "persons" else []):
                if not _find_phrase(result.text, phrase):
                    result.diagnostics.append(
                        Diagnostic(where, f"{phrase!r} is not found in the seed")
                    )
    for text, said_by, text_at, said_at in declared.passages:
        if text not in result.text:
            result.diagnostics.append(
                Diagnostic(text_at, "this passage is not found verbatim in the seed")
            )
        if result.canonical(said_by) is None:
            known = ", ".join([*result.names(), ARTICLE])
            result.diagnostics.append(
                Diagnostic(
                    said_at,
                    f"{said_by!r} is not a person or body the article gives words to; "
                    f"known: {known}",
                )
            )


def declared_overrides(
    result: Attribution, declared: Declared
) -> list[tuple[int, int, str | None]]:
    out: list[tuple[int, int, str | None]] = []
    for text, said_by, _text_at, _said_at in declared.passages:
        name = result.canonical(said_by)
        if name is None:
            continue
        for start, end in result.occurrences(text):
            out.append((start, end, None if name == ARTICLE else name))
    return out


def _find_phrase(text: str, phrase: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text, re.IGNORECASE) is not None
