"""The checked form of a scenario: what the compiler lowers to `Content`, as immutable records.

A scenario reaches the engine in one form, whether it was just read from YAML and validated
against the format (`scenario.format.model`, `scenario.format.validating`) or read back from
the cache of scenarios that checked clean (`cache`). The classes mirror the models' fields that
the engine reads, with the same names, so an author's path
(`delegations.russia.positions.open_door`) names the same thing in both; lists become tuples,
and a value drawn per game is a `Range` or a `OneOf` rather than a bare list or dict.
Delegations are in table order (`table_order` has been applied and checked).

This module imports neither pydantic nor YAML: playing a cached scenario loads only it. How the
form is built from plain data, and written back, is `checked_codec`, which reads each field's
type as declared here: the annotations are evaluated (no `from __future__ import annotations`),
so each class is declared after the classes its fields name.

The records are named tuples, which are cheap to define (a check defines every one of them) and
to make by the thousand; the few that check their own values when made (`Range`, `OneOf`,
`Clock`, `Event`) are `records.record`s, which can.
"""

import re
from collections.abc import Mapping
from typing import Literal, NamedTuple

from ..records import record


class FormError(ValueError):
    """Data that is not a scenario's checked form (a damaged or foreign cache entry)."""


_CLOCK = re.compile(r"([01]?[0-9]|2[0-3]):[0-5][0-9]")


def _check_clock(value: str | None) -> None:
    """A time of day, 'HH:MM', as the format validates it (the cache holds no other)."""
    if value is not None and _CLOCK.fullmatch(value) is None:
        raise FormError(f"{value!r} is not a clock time like '09:30'")


Use = Literal["quote", "reported", "context"]
Trigger = Literal[
    "floor",
    "consult",
    "propose",
    "consensus",
    "frame",
    "statement",
    "recess",
    "adjourn",
    "walkout",
    "failed",
    "any",
]


# --------------------------------------------------------------------------- values drawn per game


@record
class Range:
    """A value drawn per game between `low` and `high` (written `[low, high]`)."""

    low: float
    high: float

    def __post_init__(self) -> None:
        if not self.low <= self.high:
            raise FormError(f"the range [{self.low}, {self.high}] goes down")

    def span(self) -> tuple[float, float]:
        return self.low, self.high


@record
class OneOf:
    """A value drawn per game among `one_of` (written `{one_of: [a, b, ...]}`)."""

    one_of: tuple[float, ...]

    def __post_init__(self) -> None:
        if not 1 <= len(self.one_of) <= 100:
            raise FormError("one_of needs 1 to 100 values")

    def span(self) -> tuple[float, float]:
        return min(self.one_of), max(self.one_of)


Drawn = Range | OneOf
Point = int | Range | OneOf
"""A point on an issue's scale: fixed, or drawn per game."""
Weight = float | Range | OneOf
"""A salience: fixed, or drawn per game."""


def span(value: float | Drawn) -> tuple[float, float]:
    """The lowest and highest value a game may draw for a value (a fixed one: itself)."""
    if isinstance(value, (Range, OneOf)):
        return value.span()
    return value, value


# --------------------------------------------------------------------------- text


class Line(NamedTuple):
    """A line of dialogue or narration."""

    speaker: str | None
    text: str
    source: str | None
    said_by: str | None
    use: Use | None
    when: str | None
    variants: tuple[str, ...]
    repeat: bool


class Speech(NamedTuple):
    """What a delegation says on the floor or in private, and what saying it changes: a `Line`
    with `effects` (its fields first, in the same order)."""

    speaker: str | None
    text: str
    source: str | None
    said_by: str | None
    use: Use | None
    when: str | None
    variants: tuple[str, ...]
    repeat: bool
    effects: tuple[str, ...]


class Paragraph(NamedTuple):
    title: str | None
    text: str
    source: str | None


# --------------------------------------------------------------------------- the table


@record
class Clock:
    date: str
    start: str
    end: str

    def __post_init__(self) -> None:
        _check_clock(self.start)
        _check_clock(self.end)


class Chair(NamedTuple):
    name: str
    role: str
    party: str | None


class Meter(NamedTuple):
    label: str
    min: int
    max: int
    start: int
    unit: str | None
    good: Literal["low", "high"]
    description: str
    source: str | None
    said_by: str | None
    use: Use | None


class Voice(NamedTuple):
    name: str
    role: str | None


class Bloc(NamedTuple):
    name: str
    members: tuple[str, ...]
    decides_together: bool
    unity: str | None
    split_costs: int


class Issue(NamedTuple):
    title: str
    low: str
    high: str
    status_quo: int
    description: str
    source: str | None


class Position(NamedTuple):
    position: Point
    salience: Weight
    reservation: Point | None
    red_line: Point | None
    source: str | None

    @property
    def drawn(self) -> dict[str, Drawn]:
        """The values drawn per game, by field name (none: the position is fixed)."""
        values = {
            "position": self.position,
            "salience": self.salience,
            "reservation": self.reservation,
            "red_line": self.red_line,
        }
        return {key: value for key, value in values.items() if isinstance(value, (Range, OneOf))}


class Delegation(NamedTuple):
    name: str
    short: str | None
    plural: bool
    head: str | None
    role: str | None
    summary: str
    source: str | None
    trust: int
    patience: int
    engagement: int
    face: int
    positions: Mapping[str, Position]
    floor: tuple[Speech, ...]
    consult: tuple[Speech, ...]
    walkout: Line | None


# --------------------------------------------------------------------------- the chair's means


class Measure(NamedTuple):
    title: str
    summary: str
    lands: Mapping[str, int]
    moves: Mapping[str, int]
    requires: str | None
    minutes: int | None
    effects: tuple[str, ...]
    aimed_at: tuple[str, ...]
    on_fail: tuple[str, ...]
    source: str | None


class Framing(NamedTuple):
    title: str
    summary: str
    salience: Mapping[str, float]
    requires: str | None
    say: tuple[Line, ...]
    effects: tuple[str, ...]
    source: str | None


class Statement(NamedTuple):
    title: str
    summary: str
    text: str
    requires: str | None
    effects: tuple[str, ...]
    source: str | None
    said_by: str | None
    use: Use | None


# --------------------------------------------------------------------------- rules


class Reaction(NamedTuple):
    id: str
    on: Trigger
    target: str | tuple[str, ...] | None  # a tuple when written as a list
    when: str | None
    priority: int
    once: bool
    chance: float
    group: str | None
    say: tuple[Line, ...]
    effects: tuple[str, ...]


@record
class Event:
    id: str
    title: str
    at: str | None
    when: str | None
    chance: float
    once: bool
    say: tuple[Line, ...]
    effects: tuple[str, ...]

    def __post_init__(self) -> None:
        _check_clock(self.at)


class Ending(NamedTuple):
    id: str
    title: str
    when: str | None
    at_close: bool
    tone: Literal["good", "mixed", "bad"]
    score_cap: int | None
    debrief: str
    source: str | None
    said_by: str | None
    use: Use | None


class GuideStep(NamedTuple):
    text: str
    done: str | None
    do: str | None


class Component(NamedTuple):
    id: str
    label: str
    weight: float
    value: str
    description: str


class Grade(NamedTuple):
    min: int
    grade: str
    label: str


class Score(NamedTuple):
    components: tuple[Component, ...]
    grades: tuple[Grade, ...]


# --------------------------------------------------------------------------- the model's numbers


class Minutes(NamedTuple):
    floor: int
    consult: int
    propose: int
    consensus: int
    frame: int
    statement: int
    recess: int


class Weights(NamedTuple):
    trust: float
    engagement: float
    face: float
    standing: float
    tension: float
    consulted: float
    partisan: float
    unity: float


class Patience(NamedTuple):
    per_hour: int
    heard: int
    consulted: int
    recess: int
    blocked: int
    red_line: int
    returned: int


class Trust(NamedTuple):
    consulted: int
    consulted_again: int
    red_line: int


class Face(NamedTuple):
    heard: int
    blocked: int
    red_line: int
    adopted: int


class Engagement(NamedTuple):
    heard: int
    consulted: int
    adopted: int


class Model(NamedTuple):
    tension: str | None
    standing: str | None
    minutes: Minutes
    support_at: float
    weights: Weights
    patience: Patience
    trust: Trust
    face: Face
    engagement: Engagement
    return_trust: int | None
    standing_adopted: int
    standing_failed: int
    chance_decided_once: bool
    minutes_in_time_order: bool
    wary_unheard: bool
    wary_cares: float
    varied_writing: bool


# --------------------------------------------------------------------------- the whole


class Scenario(NamedTuple):
    """A whole scenario, validated, with its delegations in table order."""

    format: Literal[1, 2]
    title: str
    subtitle: str | None
    seeds: tuple[str, ...]
    chair: Chair
    clock: Clock
    briefing: tuple[Paragraph, ...]
    history: tuple[Paragraph, ...]
    meters: Mapping[str, Meter]
    voices: Mapping[str, Voice]
    issues: Mapping[str, Issue]
    delegations: Mapping[str, Delegation]
    blocs: Mapping[str, Bloc]
    measures: Mapping[str, Measure]
    framings: Mapping[str, Framing]
    statements: Mapping[str, Statement]
    reactions: tuple[Reaction, ...]
    events: tuple[Event, ...]
    endings: tuple[Ending, ...]
    guide: tuple[GuideStep, ...]
    score: Score
    model: Model
