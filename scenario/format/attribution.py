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
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Diagnostic, Location, ScenarioError, display_path
from .sources import normalise

ARTICLE = "article"
"""The `said_by` of the article's own narration."""

SPEECH_VERBS = frozenset(
    [
        "sagte",
        "sagt",
        "sagten",
        "fügte",
        "fügt",
        "forderte",
        "fordert",
        "forderten",
        "meinte",
        "meint",
        "erklärte",
        "erklärt",
        "fasste",
        "fasst",
        "verlangt",
        "verlangte",
        "bestand",
        "besteht",
        "warf",
        "wirft",
        "nannte",
        "nennt",
        "wiederholte",
        "wiederholt",
        "drohte",
        "droht",
        "betonte",
        "betont",
        "trugen",
        "trug",
        "kritisierte",
        "kritisiert",
    ]
)
"""Verbs by which the article gives words to someone ("sagte X", "forderte X", ...)."""

SUBJUNCTIVE = frozenset(
    [
        "habe",
        "sei",
        "seien",
        "hätte",
        "hätten",
        "würde",
        "würden",
        "bleibe",
        "dürfe",
        "solle",
        "müsse",
        "könne",
        "gebe",
        "gehe",
        "wolle",
        "werde",
        "wäre",
        "wären",
        "hinausgingen",
    ]
)
"""Verb forms of reported speech (Konjunktiv I and II) that continue an attributed sentence."""

_DETERMINERS = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "einen",
        "einem",
        "eines",
        "zum",
        "zur",
        "im",
        "am",
        "vom",
        "beim",
    ]
)
_TAG_STOPS = frozenset(
    [
        "in",
        "bei",
        "nach",
        "vor",
        "gegenüber",
        "hinzu",
        "zusammen",
        "von",
        "mit",
        "trotz",
        "aus",
        "auf",
        "an",
        "über",
        "zu",
        "für",
        "nicht",
    ]
)
_PRONOUNS = frozenset({"er", "sie"})
_OPENERS = {'"': '"', "\u201e": "\u201c\u201d", "\u201c": "\u201d", "\u00ab": "\u00bb"}
_QUOTE_CHARS = '"\u201e\u201c\u201d\u00ab\u00bb'
_WORD = re.compile(r"[\w\u00c0-\u024f][\w\u00c0-\u024f\-]*")
_CAPITALISED = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+$")
_CAPTION = re.compile(r"^([^.:!?\"\u201e]{3,80}?): (.+)$")

# the kinds of unit
QUOTE = "quote"  # inside quotation marks
REPORTED = "reported"  # reported speech: "..., sagte X." or the subjunctive after it
NARRATED = "narrated"  # the article narrates what someone said: "Die Allianz forderte ..."
TAG = "tag"  # the words around a quotation: ", sagte NATO-Generalsekretär Stoltenberg."
CAPTION = "caption"  # a picture caption's text: "Stoltenberg: Russland hat kein Veto"
NARRATION = "narration"  # the article's own narration


@dataclass(frozen=True)
class Unit:
    """A piece of a sentence with one attribution.

    `speaker` is whose words it is (a canonical person or body), None for the article's own.
    `accepts` is every `said_by` the article allows for it: a quotation is its speaker's only,
    while the words around it ("..., sagte Stoltenberg in Brüssel.") are the article's narration
    of his words, so either name fits there.
    """

    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    accepts: frozenset[str]
    sentence: int
    why: str = ""

    @property
    def quoted(self) -> bool:
        return self.kind == QUOTE


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    file: str


@dataclass
class Declared:
    """What the attribution file beside a seed declares, with where each part is written."""

    persons: dict[str, list[str]] = field(default_factory=dict)
    bodies: dict[str, list[str]] = field(default_factory=dict)
    passages: list[tuple[str, str, Location, Location]] = field(default_factory=list)
    """(text, said_by, where the text is written, where said_by is written)."""
    where: dict[tuple[str, str], Location] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)


@dataclass
class Attribution:
    """The seeds, cut into attributed units, and the persons and bodies they name."""

    text: str
    units: list[Unit]
    sentences: list[Sentence]
    persons: dict[str, str]  # canonical full name -> surname
    bodies: dict[str, list[str]]  # canonical body -> the article's phrases for it
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    # ------------------------------------------------------------------ names

    def names(self) -> list[str]:
        return [*self.persons, *self.bodies]

    def canonical(self, name: str) -> str | None:
        """The person or body a `said_by` names ('Stoltenberg' -> 'Jens Stoltenberg'), if any."""
        wanted = normalise(name).casefold()
        if wanted == ARTICLE:
            return ARTICLE
        for full, surname in self.persons.items():
            if wanted in (full.casefold(), surname.casefold()):
                return full
        for body in self.bodies:
            if wanted == body.casefold():
                return body
        return None

    def surname(self, canonical: str) -> str:
        return self.persons.get(canonical, canonical)

    def is_person(self, canonical: str | None) -> bool:
        return canonical in self.persons

    # ------------------------------------------------------------------ passages

    def occurrences(self, passage: str) -> list[tuple[int, int]]:
        wanted = normalise(passage)
        found, start = [], self.text.find(wanted) if wanted else -1
        while start >= 0:
            found.append((start, start + len(wanted)))
            start = self.text.find(wanted, start + 1)
        return found

    def units_in(self, start: int, end: int) -> list[Unit]:
        """The units a span of the text touches (a unit's own surrounding spaces aside)."""
        return [u for u in self.units if u.start < end and start < u.end]

    def is_whole_quote(self, passage: str) -> bool:
        wanted = normalise(passage).strip(" ,.")
        return any(u.quoted and u.text.strip(" ,.") == wanted for u in self.units)


# --------------------------------------------------------------------------- reading


def attribution_file(seed: Path) -> Path:
    """Where the attribution declared for a seed lives: beside it, `<stem>.attribution.yaml`."""
    return seed.with_name(seed.stem + ".attribution.yaml")


def attribute(seeds: list[Path]) -> Attribution:
    """Read the seeds (and their attribution files) into attributed units.

    Raises OSError or UnicodeDecodeError for an unreadable seed, as `Seeds.read` does; problems
    in an attribution file are diagnostics, not exceptions.
    """
    raws = [p.read_text(encoding="utf-8") for p in seeds]
    diagnostics: list[Diagnostic] = []
    declared = Declared()
    for seed in seeds:
        path = attribution_file(seed)
        if path.is_file():
            declared.files.append(path)
            _read_declared(path, declared, diagnostics)
    paragraphs: list[tuple[int, str, str]] = []  # offset, normalised text, file
    parts, offset = [], 0
    for seed, raw in zip(seeds, raws, strict=True):
        whole = normalise(raw)
        cursor = offset
        for block in re.split(r"\n", raw):
            text = normalise(block)
            if not text:
                continue
            paragraphs.append((cursor, text, display_path(seed)))
            cursor += len(text) + 1
        parts.append(whole)
        offset += len(whole) + 2
    text = "\n\n".join(parts)
    bodies = {name: list(phrases) for name, phrases in declared.bodies.items()}
    persons = _persons(paragraphs, bodies, declared)
    result = Attribution(text, [], [], persons, bodies, diagnostics, declared.files)
    _check_declared(result, declared)
    overrides = _overrides(result, declared)
    for offset, paragraph, file in paragraphs:
        _attribute_paragraph(result, offset, paragraph, file, overrides)
    result.units.sort(key=lambda u: (u.start, u.end))  # quotations were added before their tags
    return result


def _read_declared(path: Path, declared: Declared, diagnostics: list[Diagnostic]) -> None:
    from .yamlfile import read_yaml  # here: playing from the cache never reads YAML

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


def _check_declared(result: Attribution, declared: Declared) -> None:
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


def _overrides(result: Attribution, declared: Declared) -> list[tuple[int, int, str | None]]:
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


# --------------------------------------------------------------------------- persons


def _persons(
    paragraphs: list[tuple[int, str, str]], bodies: dict[str, list[str]], declared: Declared
) -> dict[str, str]:
    """The article's speakers: full name -> surname.

    A speaker is a name the article puts after a speech verb (", sagte Sherman") or before a
    caption's colon; the full name is the most frequent "First Surname" pair in the text.
    Names the attribution file declares come first.
    """
    persons: dict[str, str] = {}
    for full, aliases in declared.persons.items():
        persons[full] = aliases[0] if aliases else full.split()[-1]
    surnames: list[str] = []
    for _offset, paragraph, _file in paragraphs:
        for match in re.finditer(r",\s*(\w+)\s+", paragraph):
            if match.group(1) in SPEECH_VERBS:
                run = _name_run(paragraph[match.end() :])
                if run:
                    surnames.append(run[-1])
        caption = _CAPTION.match(paragraph)
        if caption and not paragraph.endswith("."):
            words = [w for w in caption.group(1).split() if _CAPITALISED.match(w)]
            if words:
                surnames.append(words[-1])
    known_surnames = set(persons.values())
    text = " ".join(p for _o, p, _f in paragraphs)
    for surname in dict.fromkeys(surnames):
        if surname in known_surnames:
            continue
        pairs: Counter[str] = Counter()
        for match in re.finditer(rf"(\S+)\s+([A-ZÄÖÜ][a-zäöüß]+)\s+{re.escape(surname)}\b", text):
            if match.group(1).casefold().strip(",") not in _DETERMINERS:
                pairs[match.group(2)] += 1
        for match in re.finditer(rf"^([A-ZÄÖÜ][a-zäöüß]+)\s+{re.escape(surname)}\b", text):
            pairs[match.group(1)] += 1
        if not pairs:
            continue  # a capitalised word after a verb, but no person of that name
        first, _count = pairs.most_common(1)[0]
        persons[f"{first} {surname}"] = surname
        known_surnames.add(surname)
    return persons


def _name_run(after: str) -> list[str]:
    """The first run of capitalised words in a speech tag, before a preposition or a stop.

    ", sagte der stellvertretende russische Außenminister Grushko nach ..." -> [Außenminister,
    Grushko]; ", fasste NATO-Generalsekretär Jens Stoltenberg die ..." -> [Jens, Stoltenberg].
    """
    run: list[str] = []
    previous = ""
    for raw in after.split():
        word = raw.strip(",.;:!?()")
        bare = raw.rstrip(",.;:!?)")
        if word.casefold() in _TAG_STOPS or not word:
            break
        if _CAPITALISED.match(word) and previous.casefold() not in _DETERMINERS:
            run.append(word)
        elif run:
            break
        previous = word
        if bare != raw:  # punctuation ends the speaker's phrase
            break
    return run


# --------------------------------------------------------------------------- paragraphs


def _quote_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quotation marks, marks excluded."""
    spans: list[tuple[int, int]] = []
    opener: str | None = None
    start = 0
    for index, char in enumerate(paragraph):
        if opener is None:
            if char in _OPENERS:
                opener, start = char, index + 1
        elif char in _OPENERS[opener]:
            spans.append((start, index))
            opener = None
    return spans


def _sentences(paragraph: str) -> list[tuple[int, int]]:
    """Sentence spans: a stop (. ! ?), perhaps a closing quotation mark, a space, a capital.

    A number before the stop is an ordinal ("vom 10. Januar"), not the end of a sentence.
    """
    spans, start = [], 0
    for match in re.finditer(
        r"[.!?][\"\u201c\u201d\u00bb]?(?= [\"\u201e\u201c(]?[A-ZÄÖÜ])", paragraph
    ):
        if re.search(r"\d$", paragraph[: match.start()]):
            continue
        spans.append((start, match.end()))
        start = match.end() + 1
    if start < len(paragraph):
        spans.append((start, len(paragraph)))
    return spans


def _mentions(text: str, persons: dict[str, str], bodies: dict[str, list[str]]) -> list[str]:
    """The persons and bodies a piece of text names, in the order it names them."""
    found: list[tuple[int, str]] = []
    for full, surname in persons.items():
        match = re.search(rf"(?<![\w]){re.escape(surname)}(?![\w])", text)
        if match:
            found.append((match.start(), full))
    for body, phrases in bodies.items():
        for phrase in phrases:
            match = re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text, re.IGNORECASE)
            if match:
                found.append((match.start(), body))
    return [name for _pos, name in sorted(found)]


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _tag_speaker(
    after: str, persons: dict[str, str], previous: str | None
) -> tuple[bool, str | None]:
    """Whether `after` starts (or, in a sentence, contains) a speech tag, and its speaker.

    (True, None) is a tag that attributes nothing: "..., sagte er nicht."
    """
    match = re.match(r"\s*,?\s*(\w+)\s+(.*)", after)
    if not match or match.group(1) not in SPEECH_VERBS:
        return False, None
    rest = match.group(2)
    first = rest.split()[0].strip(",.") if rest.split() else ""
    words = [w.strip(",.") for w in rest.split()[:3]]
    if "nicht" in words and (first.casefold() in _PRONOUNS or first == "nicht"):
        return True, None
    if first.casefold() in _PRONOUNS:
        return (True, previous) if previous else (False, None)
    run = _name_run(rest)
    for full, surname in persons.items():
        if run and run[-1] == surname:
            return True, full
    return False, None


def _attribute_paragraph(
    result: Attribution,
    offset: int,
    paragraph: str,
    file: str,
    overrides: list[tuple[int, int, str | None]],
) -> None:
    persons, bodies = result.persons, result.bodies
    quotes = _quote_spans(paragraph)
    caption = _CAPTION.match(paragraph)
    if caption and not paragraph.endswith(".") and not quotes:
        named = _mentions(caption.group(1), persons, {})
        if named:
            index = len(result.sentences)
            result.sentences.append(
                Sentence(index, offset, offset + len(paragraph), paragraph, file)
            )
            head_end = caption.end(1)
            _add(
                result,
                offset,
                0,
                head_end,
                paragraph,
                TAG,
                None,
                {named[0]},
                index,
                "a picture caption's speaker",
                overrides,
            )
            _add(
                result,
                offset,
                caption.start(2),
                len(paragraph),
                paragraph,
                CAPTION,
                named[0],
                set(),
                index,
                f"the caption gives it to {persons.get(named[0], named[0])}",
                overrides,
            )
            return
    # who speaks each quotation: the tag after it, else its sentence's speaker, else the last one
    sentences = _sentences(paragraph)
    previous: str | None = None
    quote_speaker: dict[tuple[int, int], tuple[str | None, str]] = {}
    for s_start, s_end in sentences:
        index = len(result.sentences)
        result.sentences.append(
            Sentence(index, offset + s_start, offset + s_end, paragraph[s_start:s_end], file)
        )
        sentence = paragraph[s_start:s_end]
        inside = [(max(a, s_start), min(b, s_end)) for a, b in quotes if a < s_end and s_start < b]
        outside = _outside(sentence, [(a - s_start, b - s_start) for a, b in inside])
        outside_text = " ".join(sentence[a:b] for a, b in outside)
        # the sentence's own attribution, quotation marks aside
        speaker, kind, why, also_article = None, NARRATION, "", False
        tag_at = None
        for match in re.finditer(r",\s*(\w+)\s", outside_text):
            is_tag, who = _tag_speaker(outside_text[match.start() :], persons, previous)
            if is_tag:
                tag_at = match
                if who is None:
                    speaker, kind, why = None, NARRATION, "the article: he did not say it"
                else:
                    speaker, kind = who, REPORTED
                    why = f'"{match.group(1)} {persons.get(who, who).split()[-1]}"'
                break
        words = set(_words(outside_text))
        if tag_at is None:
            if words & SPEECH_VERBS:
                named = _mentions(outside_text, persons, bodies)
                if named:
                    speaker = named[0]
                    verb = sorted(words & SPEECH_VERBS)[0]
                    if words & SUBJUNCTIVE:
                        kind, why = REPORTED, f"reported speech ({verb}, subjunctive)"
                    else:
                        kind, why, also_article = NARRATED, f"the article narrates ({verb})", True
            elif previous is not None and words & SUBJUNCTIVE and not inside:
                speaker, kind = previous, REPORTED
                why = "reported speech in the subjunctive after an attributed sentence"
        # quotation pieces of this sentence
        for a, b in quotes:
            if not (a < s_end and s_start < b):
                continue
            if (a, b) not in quote_speaker:
                closing_tag = paragraph[b + 1 :]
                is_tag, who = _tag_speaker(closing_tag, persons, previous)
                if is_tag and who:
                    quote_speaker[(a, b)] = (
                        who,
                        f'quoted, then "{closing_tag.split()[0]} '
                        f'{persons.get(who, who).split()[-1]}"',
                    )
                elif speaker is not None and kind != NARRATION:
                    quote_speaker[(a, b)] = (speaker, "quoted in a sentence attributed to them")
                elif previous is not None and a <= s_start + 1:
                    quote_speaker[(a, b)] = (previous, "quoted after an attributed sentence")
                else:
                    quote_speaker[(a, b)] = (None, "in quotation marks, given to no one")
        quoted_names = {quote_speaker[q][0] for q in quotes if q[0] < s_end and s_start < q[1]}
        quoted_names.discard(None)
        for a, b in inside:
            who, qwhy = next(quote_speaker[q] for q in quotes if q[0] <= a and b <= q[1])
            _add(result, offset, a, b, paragraph, QUOTE, who, set(), index, qwhy, overrides)
        for a, b in outside:
            a, b = a + s_start, b + s_start
            if inside and quoted_names:
                who = next(iter(sorted(quoted_names)))
                _add(
                    result,
                    offset,
                    a,
                    b,
                    paragraph,
                    TAG,
                    None,
                    {who},
                    index,
                    "the article's words around a quotation",
                    overrides,
                )
            elif speaker is not None:
                _add(
                    result,
                    offset,
                    a,
                    b,
                    paragraph,
                    kind,
                    speaker,
                    {ARTICLE} if also_article else set(),
                    index,
                    why,
                    overrides,
                )
            else:
                _add(
                    result,
                    offset,
                    a,
                    b,
                    paragraph,
                    NARRATION,
                    None,
                    set(),
                    index,
                    why or "the article's narration",
                    overrides,
                )
        # what the next sentence continues
        last = [u for u in result.units if u.sentence == index]
        people = [u.speaker for u in last if u.speaker is not None]
        previous = people[-1] if people else None


def _outside(sentence: str, inside: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces of a sentence outside its quotations, quotation marks and spaces trimmed."""
    pieces, cursor = [], 0
    for a, b in sorted(inside):
        pieces.append((cursor, a))
        cursor = b
    pieces.append((cursor, len(sentence)))
    out = []
    for a, b in pieces:
        while a < b and (sentence[a] in _QUOTE_CHARS or sentence[a].isspace()):
            a += 1
        while b > a and (sentence[b - 1] in _QUOTE_CHARS or sentence[b - 1].isspace()):
            b -= 1
        if a < b and re.search(r"\w", sentence[a:b]):
            out.append((a, b))
    return out


def _add(
    result: Attribution,
    offset: int,
    a: int,
    b: int,
    paragraph: str,
    kind: str,
    speaker: str | None,
    also: set[str],
    sentence: int,
    why: str,
    overrides: list[tuple[int, int, str | None]],
) -> None:
    while a < b and paragraph[a].isspace():
        a += 1
    while b > a and paragraph[b - 1].isspace():
        b -= 1
    if a >= b:
        return
    start, end = offset + a, offset + b
    for o_start, o_end, who in overrides:
        # a quotation is re-attributed only when the declaration is that whole quotation (a
        # headline); a name in quotation marks inside a declared sentence stays a name
        exact = (o_start, o_end) == (start, end)
        if o_start <= start and end <= o_end and (kind != QUOTE or exact):
            speaker, also = who, set()
            why = "declared in the attribution file"
            if kind not in (QUOTE, CAPTION):
                kind = NARRATION if who is None else REPORTED
            break
    accepts = {speaker if speaker is not None else ARTICLE, *also}
    if kind == TAG:
        accepts.add(ARTICLE)
    result.units.append(
        Unit(start, end, paragraph[a:b], kind, speaker, frozenset(accepts), sentence, why)
    )
