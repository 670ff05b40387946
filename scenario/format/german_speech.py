"""How a German news article gives words to someone: the words and marks attribution reads.

Speech verbs ("sagte X"), the subjunctive of reported speech ("Russland habe ..."), the words that
end a speech tag or come before a name, quotation marks, and the shape of a picture caption.
Kept apart from the reading (`article_persons`, `article_paragraphs`) so that a seed in another
style changes one list, not the logic.
"""

from __future__ import annotations

import re

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

DETERMINERS = frozenset(
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
TAG_STOPS = frozenset(
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
PRONOUNS = frozenset({"er", "sie"})
OPENERS = {'"': '"', "\u201e": "\u201c\u201d", "\u201c": "\u201d", "\u00ab": "\u00bb"}
QUOTE_CHARS = '"\u201e\u201c\u201d\u00ab\u00bb'
WORD = re.compile(r"[\w\u00c0-\u024f][\w\u00c0-\u024f\-]*")
CAPITALISED = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+$")
CAPTION_LINE = re.compile(r"^([^.:!?\"\u201e]{3,80}?): (.+)$")
