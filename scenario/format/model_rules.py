"""The rules of a scenario: reactions (`reactions/*.yaml`), events (`events/*.yaml`), endings
and the steps of a guided game.

Reactions answer the chair's actions, events happen at a time or when a condition holds, endings
close the game in the order written; all of them are conditions and effects in the expression
language, checked and compiled by `scenario.engine.compiler`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, PlainValidator

from .field_types import (
    ClockTime,
    EffectText,
    Expression,
    Id,
    Percent,
    SaidBy,
    Short,
    Source,
    Strict,
    Text,
    Use,
)
from .model_text import Line
from .value_checks import targets as _targets

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


Targets = Annotated[
    str | list[str],
    PlainValidator(_targets, json_schema_input_type=Id | Annotated[list[Id], Field(min_length=1)]),
    Field(description="Only when the action names this target (or one of these targets)."),
]


class Reaction(Strict):
    """A rule that answers one of the chair's actions (or a walk-out)."""

    id: Id
    on: Trigger = Field(
        description="The verb it answers; 'walkout' when a delegation leaves; 'failed' after a "
        "call for consensus that fails (its target: the measure)."
    )
    target: Targets | None = None
    when: Expression | None = Field(None, description="Only when this holds after the action.")
    priority: int = Field(0, description="Higher fires first.")
    once: bool = False
    chance: float = Field(1.0, ge=0, le=1)
    group: Id | None = Field(None, description="At most one reaction of a group fires per action.")
    say: list[Line] = Field(default_factory=list)
    effects: list[EffectText] = Field(default_factory=list)


class Event(Strict):
    """Something that happens at a time or when a condition holds."""

    id: Id
    title: Short
    at: ClockTime | None = Field(None, description="Fires once the clock reaches this time.")
    when: Expression | None = None
    chance: float = Field(1.0, ge=0, le=1)
    once: bool = True
    say: list[Line] = Field(default_factory=list)
    effects: list[EffectText] = Field(default_factory=list)
    source: Source | None = None
    said_by: SaidBy | None = None
    use: Use | None = None


class Ending(Strict):
    id: Id
    title: Short
    when: Expression | None = Field(None, description="When it ends the game; none: always.")
    at_close: bool = Field(
        False, description="Only considered when the session closes (adjourned or out of time)."
    )
    tone: Literal["good", "mixed", "bad"] = "mixed"
    score_cap: Percent | None = Field(
        None, description="The highest score a game that ends this way can get (a walk-out, say)."
    )
    debrief: Text
    source: Source | None = None
    said_by: SaidBy | None = None
    use: Use | None = None


class GuideStep(Strict):
    """One step of a guided first game: what to do next, and how the game knows it is done."""

    text: Text = Field(description="What the player should do now, and why, in a sentence or two.")
    done: Expression | None = Field(
        None,
        description="When the step is done, e.g. 'consulted.russia > 0'; the guide then moves on. "
        "Without it, the step stays until the game ends (a last step).",
    )
    do: Short | None = Field(
        None,
        description="The action that does it, in script words ('consult russia'); the app and "
        "plain play say how to take it.",
    )
