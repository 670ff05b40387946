"""The scenario format: what an author may write, as pydantic models.

These models are the edge of the program: YAML comes in, is validated here (unknown keys are
errors, text may not carry terminal control characters), and is then compiled into the light
structures the engine plays on (`scenario.engine.compiler`). The JSON Schema that editors use for
completion is generated from these classes, so the field descriptions below are what an author
sees when hovering over a key.

The models live by what they describe: the kinds of value (`field_types`), what is said
(`model_text`), a delegation (`model_delegation`), the rules (`model_rules`), the model's numbers
and the score (`model_numbers`); this module holds the table, the chair's means and the whole
`Scenario`, and names every model of the format (`__all__`), as the compiler and tools use them.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from .field_types import (
    ClockTime,
    EffectText,
    Expression,
    Id,
    Percent,
    SaidBy,
    Scale,
    Short,
    Source,
    Strict,
    Text,
    Use,
)
from .files import SECTIONS_BY_ID, SECTIONS_LISTED
from .model_delegation import (
    Delegation,
    DrawnSalience,
    DrawnScale,
    OneOfPoints,
    OneOfSaliences,
    Position,
)
from .model_numbers import (
    Component,
    Engagement,
    Face,
    Grade,
    Minutes,
    Model,
    Patience,
    Score,
    Trust,
    Weights,
    built_when_missing,
)
from .model_rules import (
    Ending,
    Event,
    GuideStep,
    Reaction,
    Targets,
    Trigger,
)
from .model_text import (
    Line,
    Paragraph,
    Speech,
)

__all__ = [
    "SECTIONS_BY_ID",
    "SECTIONS_LISTED",
    "Bloc",
    "Chair",
    "Clock",
    "ClockTime",
    "Component",
    "Delegation",
    "DrawnSalience",
    "DrawnScale",
    "EffectText",
    "Ending",
    "Engagement",
    "Event",
    "Expression",
    "Face",
    "Framing",
    "Grade",
    "GuideStep",
    "Id",
    "Issue",
    "Line",
    "Meter",
    "Minutes",
    "Model",
    "OneOfPoints",
    "OneOfSaliences",
    "Paragraph",
    "Patience",
    "Percent",
    "Position",
    "Reaction",
    "SaidBy",
    "Scale",
    "Score",
    "Short",
    "Source",
    "Speech",
    "Statement",
    "Strict",
    "Targets",
    "Text",
    "Trigger",
    "Trust",
    "Use",
    "Voice",
    "Weights",
]


# --------------------------------------------------------------------------- the table


class Clock(Strict):
    date: Short = Field(description="The day, as the header shows it.")
    start: ClockTime = Field(description="When the session opens.")
    end: ClockTime = Field(description="When the session closes at the latest.")


class Chair(Strict):
    name: Short = Field(description="Who the player is.")
    role: Short = Field(description="The player's office, e.g. 'OSCE Chairperson-in-Office'.")
    party: Id | None = Field(
        None,
        description="Opt-in: the delegation the chair also speaks for (a chair who is a party, "
        "such as NATO's Secretary General in the NATO-Russia Council). The model then knows the "
        "chair is not neutral: its own side (this delegation and its bloc) leans towards what "
        "the chair tables, everyone else discounts it (model.weights.partisan).",
    )


class Meter(Strict):
    """A named number of the scenario: tension, incidents a day, the chair's standing, ..."""

    label: Short
    min: int = 0
    max: int = 100
    start: int
    unit: Short | None = None
    good: Literal["low", "high"] = Field("low", description="Which way is better, for display.")
    description: Text = ""
    source: Source | None = None
    said_by: SaidBy | None = None
    use: Use | None = None


class Voice(Strict):
    """A speaker that is not a delegation: a monitoring mission, an analyst, the press."""

    name: Short
    role: Short | None = None
    source: Source | None = None
    said_by: SaidBy | None = None
    use: Use | None = None


class Bloc(Strict):
    """Delegations that sit apart but decide together (an alliance, a union), where the
    sources say they do. Opt-in; see docs/model.md."""

    name: Short = Field(description="The bloc, as the transcript names it, e.g. 'the Alliance'.")
    members: list[Id] = Field(
        min_length=2, max_length=100, description="Its delegations; each in at most one bloc."
    )
    decides_together: bool = Field(
        True,
        description="If one member at the table blocks a measure, every member blocks it, "
        "naming the member it stands with.",
    )
    unity: Id | None = Field(
        None,
        description="A meter for the bloc's unity: high unity widens its members' flexibility, "
        "low unity narrows it (model.weights.unity).",
    )
    split_costs: int = Field(
        0,
        ge=0,
        le=100,
        description="Unity lost when one member blocks a measure another member would support.",
    )
    source: Source | None = None
    said_by: SaidBy | None = None
    use: Use | None = None


class Issue(Strict):
    """A point of dispute: a scale from 0 to 100 on which delegations stand and measures land."""

    title: Short
    low: Short = Field(description="What 0 on this scale means.")
    high: Short = Field(description="What 100 on this scale means.")
    status_quo: Scale = Field(
        description="Where things stand at the opening; adopted measures move it."
    )
    description: Text = ""
    source: Source | None = None
    said_by: SaidBy | None = None
    use: Use | None = None


# --------------------------------------------------------------------------- the chair's means


class Measure(Strict):
    title: Short
    summary: Text = Field(description="A line on what it does.")
    lands: dict[Id, Scale] = Field(
        default_factory=dict,
        description="Where it puts each issue it settles, 0 to 100, whatever the status quo.",
    )
    moves: dict[Id, Annotated[int, Field(ge=-100, le=100)]] = Field(
        default_factory=dict,
        description="How far it moves each issue from wherever it stands (+ towards 100).",
    )
    requires: Expression | None = Field(None, description="When it can be tabled.")
    minutes: int | None = Field(None, ge=1, le=240, description="Time a call for consensus takes.")
    effects: list[EffectText] = Field(default_factory=list, description="What adopting it changes.")
    aimed_at: list[Id] = Field(
        default_factory=list,
        description="Delegations this measure is aimed at (a warning, sanctions): each blocks "
        "it unless it would support it, and then acquiesces with its reason.",
    )
    on_fail: list[EffectText] = Field(
        default_factory=list,
        description="What a call for consensus on it that fails changes (after the blockers "
        "lose face and patience).",
    )
    source: Source | None = None
    said_by: SaidBy | None = None
    use: Use | None = None


class Framing(Strict):
    title: Short
    summary: Text = Field(description="A line on what it does.")
    salience: dict[Id, Annotated[float, Field(ge=0, le=3)]] = Field(
        default_factory=dict,
        description="Factors on each issue's salience, for every delegation, while it holds.",
    )
    requires: Expression | None = None
    say: list[Line] = Field(default_factory=list)
    effects: list[EffectText] = Field(default_factory=list)
    source: Source | None = None
    said_by: SaidBy | None = None
    use: Use | None = None


class Statement(Strict):
    title: Short
    summary: Text = Field(description="A line on what it does.")
    text: Text = Field(description="What the chair says.")
    requires: Expression | None = None
    effects: list[EffectText] = Field(default_factory=list)
    source: Source | None = None
    said_by: SaidBy | None = None
    use: Use | None = None


# --------------------------------------------------------------------------- the whole


class Scenario(Strict):
    """A scenario: `scenario.yaml`, with delegations, reactions and events possibly in their own files.

    Sections that must not be empty (meters, issues, measures, endings, ...) are checked by the
    compiler rather than here, so that a section whose only item has errors is reported once,
    not a second time as empty, and the rest of the scenario is still checked.
    """

    format: Literal[1, 2] = Field(
        1,
        description="The format version. 2: every sourced item must say 'said_by' and 'use', "
        "and the attribution rules are errors; 1: they are warnings.",
    )
    title: Short
    subtitle: Short | None = None
    seeds: list[Annotated[str, StringConstraints(min_length=1, max_length=300)]] = Field(
        default_factory=list,
        description="Source texts, relative to this folder; every 'source:' must be found in them.",
    )
    chair: Chair
    clock: Clock
    briefing: list[Paragraph] = Field(default_factory=list)
    history: list[Paragraph] = Field(
        default_factory=list,
        description="What the sources report really happened, for the debrief to compare the "
        "player's day with (for instance: no agreement, no change of positions).",
    )
    meters: dict[Id, Meter] = Field(default_factory=dict)
    voices: dict[Id, Voice] = Field(default_factory=dict)
    issues: dict[Id, Issue] = Field(default_factory=dict)
    delegations: dict[Id, Delegation] = Field(default_factory=dict)
    table_order: list[Id] = Field(
        default_factory=list,
        description="The order of the delegations at the table and in roll-calls; "
        "by default the order they are written in (files by name).",
    )
    blocs: dict[Id, Bloc] = Field(
        default_factory=dict,
        description="Opt-in: delegations that decide as one (an alliance), and their unity.",
    )
    measures: dict[Id, Measure] = Field(default_factory=dict)
    framings: dict[Id, Framing] = Field(default_factory=dict)
    statements: dict[Id, Statement] = Field(default_factory=dict)
    reactions: list[Reaction] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    endings: list[Ending] = Field(default_factory=list)
    guide: list[GuideStep] = Field(
        default_factory=list,
        description="A guided game: steps shown one at a time until each is done (a tutorial).",
    )
    score: Score
    model: Model = built_when_missing(Model)
