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
    for surname in dict.fromkeys(surnames):
        if surname in known_surnames:
            continue
        pairs: Counter[str] = Counter()
        for match in re.finditer(rf"(\S+)\s+([A-ZÄÖÜ][a-zäöüß]+)\s+{re.escape(surname)}\b", text):
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
