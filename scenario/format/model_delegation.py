"""A delegation (`delegations/<id>.yaml`, or an entry of `delegations:` in scenario.yaml).

Its public face (name, head, summary), its mood at the opening, and its positions on the issues:
a position, a salience, and the hidden reservation point and red line, each of which may be a
number or drawn once per game from a range or a list (validated by hand, so that a mistake gives
one plain message at the value's own line).
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, PlainValidator

from .field_types import Id, Percent, SaidBy, Short, Source, Strict, Text, Use
from .model_text import Line, Speech


def _drawn(lo: float, hi: float, integral: bool, what: str, shown_as: Any) -> PlainValidator:
    """A value that is either fixed or drawn per game: a number, a range `[lo, hi]`, or
    `{one_of: [a, b, ...]}`. Validated by hand so that a mistake gives one plain message at the
    value's own line, not one message per form the value might have taken; `shown_as` is the
    same, as a type, for the JSON Schema."""

    def number(value: object) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"expected a number for {what}, got {value!r}")
        if integral and not isinstance(value, int):
            raise ValueError(f"{what} must be a whole number, got {value!r}")
        if value != value or not lo <= value <= hi:
            raise ValueError(f"{what} must lie between {lo:g} and {hi:g}, got {value!r}")
        return value

    def validate(value: object) -> object:
        if isinstance(value, list):
            if len(value) != 2:
                raise ValueError(
                    f"a range is two numbers, [lowest, highest]; got {len(value)} items"
                )
            low, high = number(value[0]), number(value[1])
            if low > high:
                raise ValueError(
                    f"the range [{low:g}, {high:g}] goes down: write the lowest value first"
                )
            return [low, high]
        if isinstance(value, dict):
            if set(value) != {"one_of"}:
                raise ValueError(
                    "expected a number, a range [lowest, highest] or {one_of: [a, b, ...]}"
                )
            options = value["one_of"]
            if not isinstance(options, list) or not 1 <= len(options) <= 100:
                raise ValueError("one_of needs a list of 1 to 100 values")
            return {"one_of": [number(option) for option in options]}
        return number(value)

    return PlainValidator(validate, json_schema_input_type=shown_as)


class OneOfPoints(BaseModel):
    """Points on the scale, one of which each game draws."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    one_of: list[Annotated[int, Field(ge=0, le=100)]] = Field(min_length=1, max_length=100)


class OneOfSaliences(BaseModel):
    """Saliences, one of which each game draws."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    one_of: list[Annotated[float, Field(ge=0, le=1)]] = Field(min_length=1, max_length=100)


_Point = Annotated[int, Field(ge=0, le=100)]
_Salience = Annotated[float, Field(ge=0, le=1)]

DrawnScale = Annotated[
    int | list[int] | dict[str, list[int]],
    _drawn(
        0,
        100,
        True,
        "a point on the scale",
        _Point | Annotated[list[_Point], Field(min_length=2, max_length=2)] | OneOfPoints,
    ),
    Field(
        description="A point on the scale, 0 to 100; or a range [lowest, highest] or "
        "{one_of: [a, b, ...]} drawn once per game from the seed."
    ),
]
DrawnSalience = Annotated[
    float | list[float] | dict[str, list[float]],
    _drawn(
        0,
        1,
        False,
        "a salience",
        _Salience | Annotated[list[_Salience], Field(min_length=2, max_length=2)] | OneOfSaliences,
    ),
    Field(
        description="How much the issue weighs for it, 0 to 1; or a range [lowest, highest] or "
        "{one_of: [a, b, ...]} drawn once per game (rounded to 0.01)."
    ),
]


class Position(Strict):
    """Where a delegation stands on an issue, how much it cares, and how far it can move (hidden)."""

    position: DrawnScale = Field(description="Its public position (or a range drawn per game).")
    salience: DrawnSalience = Field(description="How much the issue weighs for it, 0 to 1.")
    reservation: DrawnScale | None = Field(
        None,
        description="Hidden: how far it could move from its position, as a point on the scale "
        "(its room to move is the distance). Defaults to its position: little room.",
    )
    red_line: DrawnScale | None = Field(
        None,
        description="Hidden: a measure landing at or beyond this point is always blocked "
        "(a number, or a range drawn per game).",
    )
    source: Source | None = None
    said_by: SaidBy | None = None
    use: Use | None = None


class Delegation(Strict):
    name: Short = Field(description="The delegation, e.g. 'Russian Federation'.")
    short: Short | None = Field(None, description="A short name for tight places, e.g. 'Russia'.")
    plural: bool = Field(
        False,
        description="Its name is plural ('NATO allies'): what the game says of it agrees "
        "('NATO allies protest: the proposal crosses their red line').",
    )
    head: Short | None = Field(None, description="The head of delegation, if the sources name one.")
    people: list[Short] = Field(
        default_factory=list,
        description="The article's persons who speak for this side, by name, without seating "
        "them at this table (its 'head' stays unset where the article does not seat them).",
    )
    role: Short | None = None
    summary: Text = Field(description="Its public position in a few sentences (the briefing).")
    source: Source | None = None
    said_by: SaidBy | None = None
    use: Use | None = None
    trust: Percent = Field(50, description="Trust in the chair at the start.")
    patience: Percent = Field(60, description="Patience at the start; at 0 it walks out.")
    engagement: Percent = Field(50, description="How engaged it is in the talks at the start.")
    face: Percent = Field(50, description="Its standing in the room; public pressure lowers it.")
    positions: dict[Id, Position] = Field(description="Its positions, by issue.")
    floor: list[Speech] = Field(
        min_length=1,
        description="What it says when given the floor, in order; the last one repeats.",
    )
    consult: list[Speech] = Field(
        min_length=1,
        description="What it tells the chair in private, in order; the last one repeats.",
    )
    walkout: Line | None = Field(None, description="What it says as it walks out.")
