"""Who speaks in the article: the persons it gives words to, by full name and surname."""

from __future__ import annotations

import re
from collections import Counter

from .attribution_units import Declared
from .german_speech import CAPITALISED, CAPTION_LINE, DETERMINERS, SPEECH_VERBS, TAG_STOPS


def find_persons(
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
                run = name_run(paragraph[match.end() :])
                if run:
                    surnames.append(run[-1])
        caption = CAPTION_LINE.match(paragraph)
        if caption and not paragraph.endswith("."):
            words = [w for w in caption.group(1).split() if CAPITALISED.match(w)]
            if words:
                surnames.append(words[-1])
    known_surnames = set(persons.values())
    text = " ".join(p for _o, p, _f in paragraphs)
    tokens: list[re.Match[str]] | None = None
    for surname in dict.fromkeys(surnames):
        if surname in known_surnames:
            continue
        if tokens is None:
            tokens = list(re.finditer(r"\S+", text))
        pairs: Counter[str] = Counter()
        for match in _names_before(text, tokens, surname):
            if match.group(1).casefold().strip(",") not in DETERMINERS:
                pairs[match.group(2)] += 1
        for match in re.finditer(rf"^([A-ZÄÖÜ][a-zäöüß]+)\s+{re.escape(surname)}\b", text):
            pairs[match.group(1)] += 1
        if not pairs:
            continue  # a capitalised word after a verb, but no person of that name
        first, _count = pairs.most_common(1)[0]
        persons[f"{first} {surname}"] = surname
        known_surnames.add(surname)
    return persons


def _names_before(text: str, tokens: list[re.Match[str]], surname: str) -> list[re.Match[str]]:
    """The matches of ``(\\S+)\\s+([A-ZÄÖÜ][a-zäöüß]+)\\s+SURNAME\\b`` in `text`, as `re.finditer`
    gives them (leftmost first, none overlapping), found from the surname's occurrences.

    Scanning the whole text with that pattern, which may start anywhere, costs a check about a
    millisecond a surname. A match is three whitespace-separated tokens, the last starting with
    the surname: so each token that starts with it is tried, from the token two before (or from
    where the previous match ended, if that is inside it), with the same pattern anchored there.
    `tokens` are the text's runs of non-space (`\\S+`), in order.
    """
    pattern = re.compile(rf"(\S+)\s+([A-ZÄÖÜ][a-zäöüß]+)\s+{re.escape(surname)}\b")
    found: list[re.Match[str]] = []
    end = 0  # where the previous match ended
    for index in range(2, len(tokens)):
        token = tokens[index]
        if not text.startswith(surname, token.start()):
            continue
        first = tokens[index - 2]
        start = max(end, first.start())
        if start >= first.end():
            continue  # the previous match took all of it
        match = pattern.match(text, start)
        if match is not None and match.end() == token.start() + len(surname):
            found.append(match)
            end = match.end()
    return found


def name_run(after: str) -> list[str]:
    """The first run of capitalised words in a speech tag, before a preposition or a stop.

    ", sagte der stellvertretende russische Außenminister Grushko nach ..." -> [Außenminister,
    Grushko]; ", fasste NATO-Generalsekretär Jens Stoltenberg die ..." -> [Jens, Stoltenberg].
    """
    run: list[str] = []
    previous = ""
    for raw in after.split():
        word = raw.strip(",.;:!?()")
        bare = raw.rstrip(",.;:!?)")
        if word.casefold() in TAG_STOPS or not word:
            break
        if CAPITALISED.match(word) and previous.casefold() not in DETERMINERS:
            run.append(word)
        elif run:
            break
        previous = word
        if bare != raw:  # punctuation ends the speaker's phrase
            break
    return run
