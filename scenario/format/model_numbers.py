"""How a game is weighed: the negotiation model's numbers and the de-escalation score.

Every number of the model has a default (docs/model.md says what each one does); a scenario
changes only those it needs. The score is a weighted sum of expressions, with its grades.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, Field

from .field_types import Expression, Id, Percent, Short, Strict, Text


def built_when_missing(model: type[BaseModel]) -> Any:
    """A default of `model`'s own defaults, made when a file leaves the block out rather than
    when this module is imported: an instance made here would build the model's validator at
    every start (`defer_build`). The JSON Schema still shows the default."""

    def show(schema: dict[str, Any]) -> None:
        schema["default"] = model().model_dump(mode="json")

    # `model_construct`: the defaults as declared, without building a validator to check them
    return Field(default_factory=model.model_construct, json_schema_extra=show)


class Component(Strict):
    """One part of the de-escalation score: weight times a value between 0 and 1."""

    id: Id
    label: Short
    weight: float = Field(gt=0, le=100)
    value: Expression = Field(description="A number; clamped to 0..1.")
    description: Text = ""


class Grade(Strict):
    min: Annotated[int, Field(ge=0, le=100)]
    grade: Short
    label: Short


class Score(Strict):
    components: list[Component] = Field(default_factory=list)
    grades: list[Grade] = Field(
        default_factory=list, description="Highest first; the last must start at 0."
    )


class Minutes(Strict):
    """What each verb costs on the clock."""

    floor: int = Field(20, ge=1, le=240)
    consult: int = Field(30, ge=1, le=240)
    propose: int = Field(15, ge=1, le=240)
    consensus: int = Field(30, ge=1, le=240)
    frame: int = Field(15, ge=1, le=240)
    statement: int = Field(10, ge=1, le=240)
    recess: int = Field(30, ge=1, le=240)


class Weights(Strict):
    """How much each quantity widens (or narrows) a delegation's room to accept. See docs/model.md."""

    trust: float = Field(0.35, ge=0, le=2)
    engagement: float = Field(0.15, ge=0, le=2)
    face: float = Field(0.2, ge=0, le=2)
    standing: float = Field(0.1, ge=0, le=2)
    tension: float = Field(0.2, ge=0, le=2)
    consulted: float = Field(0.15, ge=0, le=2)
    partisan: float = Field(
        0.15,
        ge=0,
        le=2,
        description="With a chair who is a party (chair.party): added for its own side, "
        "subtracted for everyone else.",
    )
    unity: float = Field(
        0.2, ge=0, le=2, description="For the members of a bloc with a unity meter."
    )


class Patience(Strict):
    per_hour: int = Field(
        6, ge=0, le=100, description="Lost by every delegation per hour of talks."
    )
    heard: int = Field(4, ge=0, le=100, description="Gained when given the floor.")
    consulted: int = Field(3, ge=0, le=100, description="Gained when consulted.")
    recess: int = Field(8, ge=0, le=100, description="Gained by all in a recess.")
    blocked: int = Field(10, ge=0, le=100, description="Lost when made to block in public.")
    red_line: int = Field(
        20, ge=0, le=100, description="Lost when a measure crossing its red line is tabled."
    )
    returned: int = Field(
        30, ge=1, le=100, description="What a delegation that comes back has left."
    )


class Trust(Strict):
    consulted: int = Field(6, ge=0, le=100, description="Gained at the first consultation.")
    consulted_again: int = Field(2, ge=0, le=100, description="Gained at each later one.")
    red_line: int = Field(
        8, ge=0, le=100, description="Lost when a measure crossing its red line is tabled."
    )


class Face(Strict):
    heard: int = Field(3, ge=0, le=100, description="Gained when given the floor.")
    blocked: int = Field(8, ge=0, le=100, description="Lost when made to block in public.")
    red_line: int = Field(
        10, ge=0, le=100, description="Lost when a measure crossing its red line is tabled."
    )
    adopted: int = Field(
        3, ge=0, le=100, description="Gained by all at the table when a measure passes."
    )


class Engagement(Strict):
    heard: int = Field(10, ge=0, le=100, description="Gained when given the floor.")
    consulted: int = Field(5, ge=0, le=100, description="Gained when consulted.")
    adopted: int = Field(
        4, ge=0, le=100, description="Gained by all at the table when a measure passes."
    )


class Model(Strict):
    """The negotiation model's numbers. Every one has a default; see docs/model.md."""

    tension: Id | None = Field(None, description="The meter that counts as tension in the room.")
    standing: Id | None = Field(None, description="The meter that counts as the chair's standing.")
    minutes: Minutes = built_when_missing(Minutes)
    support_at: float = Field(
        0.1,
        ge=0,
        le=2,
        description="A delegation supports when value plus flexibility reach this.",
    )
    weights: Weights = built_when_missing(Weights)
    patience: Patience = built_when_missing(Patience)
    trust: Trust = built_when_missing(Trust)
    face: Face = built_when_missing(Face)
    engagement: Engagement = built_when_missing(Engagement)
    return_trust: Percent | None = Field(
        None,
        description="Trust at which a delegation that walked out comes back when consulted; "
        "none: it never comes back.",
    )
    standing_adopted: int = Field(
        0, ge=0, le=100, description="The chair's standing gained when a measure passes."
    )
    standing_failed: int = Field(
        0, ge=0, le=100, description="The chair's standing lost when a call for consensus fails."
    )
    chance_decided_once: bool = Field(
        False,
        description="Opt-in: an event with a chance is decided once, from the seed and its id, "
        "when it falls due (its time comes, or its condition first holds), instead of being "
        "drawn again after every action until it fires.",
    )
    minutes_in_time_order: bool = Field(
        False,
        description="Opt-in: events that fall due in one step are minuted in the order of their "
        "times, so the minutes never go back in time.",
    )
    wary_unheard: bool = Field(
        False,
        description="Opt-in: a delegation neither given the floor nor consulted is wary: it "
        "never supports, and it blocks a measure that lands away from its position on an issue "
        "whose salience is at least 'wary_cares'.",
    )
    wary_cares: float = Field(
        0.5, ge=0, le=3, description="The salience from which a wary delegation blocks a loss."
    )
    varied_writing: bool = Field(
        False,
        description="Opt-in: no delegation says a floor or consultation line word for word twice "
        "(unless the line has 'repeat: true'); when its lines run out it speaks from its "
        "positions; roll-call reasons are phrased from the situation; findings say which way "
        "each red line runs.",
    )
