"""One paragraph of the article cut into attributed units.

A paragraph is split into sentences, and each sentence where quotation marks open and close; each
piece is given to the person or body the article gives it to (a quotation to its speaker, the
words around it to the article and the speaker both, reported speech to whom it reports, the
rest to the article's narration), unless the attribution file declares otherwise.
"""

from __future__ import annotations

import re

from .article_persons import name_run
from .attribution_units import (
    ARTICLE,
    CAPTION,
    NARRATED,
    NARRATION,
    QUOTE,
    REPORTED,
    TAG,
    Attribution,
    Sentence,
    Unit,
)
from .german_speech import (
    CAPTION_LINE,
    OPENERS,
    PRONOUNS,
    QUOTE_CHARS,
    SPEECH_VERBS,
    SUBJUNCTIVE,
    WORD,
)


def _quote_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quotation marks, marks excluded."""
    spans: list[tuple[int, int]] = []
    opener: str | None = None
    start = 0
    for index, char in enumerate(paragraph):
        if opener is None:
            if char in OPENERS:
                opener, start = char, index + 1
        elif char in OPENERS[opener]:
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
    return WORD.findall(text)


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
    if "nicht" in words and (first.casefold() in PRONOUNS or first == "nicht"):
        return True, None
    if first.casefold() in PRONOUNS:
        return (True, previous) if previous else (False, None)
    run = name_run(rest)
    for full, surname in persons.items():
        if run and run[-1] == surname:
            return True, full
    return False, None


def attribute_paragraph(
    result: Attribution,
    offset: int,
    paragraph: str,
    file: str,
    overrides: list[tuple[int, int, str | None]],
) -> None:
    persons, bodies = result.persons, result.bodies
    quotes = _quote_spans(paragraph)
    caption = CAPTION_LINE.match(paragraph)
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
        speakers = (quote_speaker[q][0] for q in quotes if q[0] < s_end and s_start < q[1])
        quoted_names = {name for name in speakers if name is not None}
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
        while a < b and (sentence[a] in QUOTE_CHARS or sentence[a].isspace()):
            a += 1
        while b > a and (sentence[b - 1] in QUOTE_CHARS or sentence[b - 1].isspace()):
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
