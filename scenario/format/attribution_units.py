"""What attribution produces: the seeds cut into units, each given to a speaker or to the article.

`attribute` (in `attribution`) builds an `Attribution`; `fidelity` holds the content's sourced
lines against it. `Declared` is what the attribution file beside a seed says where the
article's structure leaves a passage open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ..records import record
from .diagnostics import Diagnostic, Location
from .sources import normalise

ARTICLE = "article"
"""The `said_by` of the article's own narration."""


# the kinds of unit
QUOTE = "quote"  # inside quotation marks
REPORTED = "reported"  # reported speech: "..., sagte X." or the subjunctive after it
NARRATED = "narrated"  # the article narrates what someone said: "Die Allianz forderte ..."
TAG = "tag"  # the words around a quotation: ", sagte NATO-Generalsekretär Stoltenberg."
CAPTION = "caption"  # a picture caption's text: "Stoltenberg: Russland hat kein Veto"
NARRATION = "narration"  # the article's own narration


class Unit(NamedTuple):
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


@record
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
