"""A delegation (`delegations/<id>.yaml`, or an entry of `delegations:` in scenario.yaml).

Its public face (name, head, summary), its mood at the opening, and its positions on the issues:
a position, a salience, and the hidden reservation point and red line, each of which may be a
number or drawn once per game from a range or a list (validated by hand, `value_checks`, so that
a mistake gives one plain message at the value's own line; the JSON Schema shows the forms).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, PlainValidator

from .field_types import Id, Percent, SaidBy, Short, Source, Strict, Text, Use
from .model_text import Line, Speech
from .value_checks import drawn_point, drawn_salience


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
    PlainValidator(
        drawn_point,
        json_schema_input_type=_Point
        | Annotated[list[_Point], Field(min_length=2, max_length=2)]
        | OneOfPoints,
    ),
    Field(
        description="A point on the scale, 0 to 100; or a range [lowest, highest] or "
        "{one_of: [a, b, ...]} drawn once per game from the seed."
    ),
]
DrawnSalience = Annotated[
    float | list[float] | dict[str, list[float]],
    PlainValidator(
        drawn_salience,
        json_schema_input_type=_Salience
        | Annotated[list[_Salience], Field(min_length=2, max_length=2)]
        | OneOfSaliences,
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
