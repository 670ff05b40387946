"""The scenario format: what an author may write, as pydantic models.

These models are the edge of the program: YAML comes in, is validated here (unknown keys are
errors, text may not carry terminal control characters), and is then compiled into the light
structures the engine plays on (`scenario.engine.compiler`). The JSON Schema that editors use for
completion is generated from these classes, so the field descriptions below are what an author
sees when hovering over a key.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PlainValidator, StringConstraints

_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _plain_text(value: str) -> str:
    """Refuse characters that could drive a terminal or disguise text.

    Control characters other than newline and tab (an ESC would start a terminal escape
    sequence), and the bidirectional overrides used to make text read differently than it is
    stored. Ordinary right-to-left scripts, combining marks and joiners are fine.
    """
    found = _REFUSED.search(value)  # one pass in C: this runs on every text of a scenario
    if found is not None:
        index, char = found.start(), found.group()
        raise ValueError(
            f"text may not contain the control character U+{ord(char):04X} (at character {index + 1})"
        )
    return value


_REFUSED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + "".join(sorted(_BIDI_CONTROLS)) + "]")
"""Unicode's control characters (category Cc: U+0000-U+001F, U+007F-U+009F) but newline and
tab, and the bidirectional controls."""


def _clock(value: str) -> str:
    match = re.fullmatch(r"(\d{1,2}):(\d\d)", value)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValueError(f"{value!r} is not a clock time like '09:30'")
    return value


Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=40),
    Field(description="An identifier: lower-case letters, digits and '_', starting with a letter."),
]
Short = Annotated[str, StringConstraints(min_length=1, max_length=200), AfterValidator(_plain_text)]
Text = Annotated[str, StringConstraints(max_length=4000), AfterValidator(_plain_text)]
Expression = Annotated[
    str,
    StringConstraints(min_length=1, max_length=1000),
    AfterValidator(_plain_text),
    Field(description="An expression, e.g. 'tension > 60 and trust.russia < 30'."),
]
EffectText = Annotated[
    str,
    StringConstraints(min_length=1, max_length=1000),
    AfterValidator(_plain_text),
    Field(description="An effect, e.g. 'tension -= 5' or 'trust.usa += 3'."),
]
ClockTime = Annotated[str, AfterValidator(_clock), Field(description="A time of day, 'HH:MM'.")]
Source = Annotated[
    str,
    StringConstraints(min_length=1, max_length=4000),
    AfterValidator(_plain_text),
    Field(description="The passage this is based on, verbatim from the scenario's seeds."),
]
SaidBy = Annotated[
    str,
    StringConstraints(min_length=1, max_length=200),
    AfterValidator(_plain_text),
    Field(
        description="Whose words the source passage is, as the article gives them: a person "
        "('Jens Stoltenberg' or 'Stoltenberg'), a body the article gives words to ('NATO', "
        "'Russia'), or 'article' for the article's own narration. Checked against the seed."
    ),
]
Use = Annotated[
    Literal["quote", "reported", "context"],
    Field(
        description="How the text uses the source passage: 'quote' (spoken as its speaker's own "
        "words), 'reported' (presented as someone's words, naming them in the English text), "
        "or 'context' (background or paraphrase)."
    ),
]
Percent = Annotated[int, Field(ge=0, le=100)]
Scale = Annotated[int, Field(ge=0, le=100, description="A point on an issue's scale, 0 to 100.")]


def _drawn(
    lo: float, hi: float, integral: bool, what: str, one_of: type[BaseModel]
) -> PlainValidator:
    """A value that is either fixed or drawn per game: a number, a range `[lo, hi]`, or
    `{one_of: [a, b, ...]}`. Validated by hand so that a mistake gives one plain message at the
    value's own line, not one message per form the value might have taken."""

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

    bounded = Annotated[int if integral else float, Field(ge=lo, le=hi)]
    return PlainValidator(
        validate,
        json_schema_input_type=bounded
        | Annotated[list[bounded], Field(min_length=2, max_length=2)]
        | one_of,
    )


class OneOfPoints(BaseModel):
    """Points on the scale, one of which each game draws."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    one_of: list[Annotated[int, Field(ge=0, le=100)]] = Field(min_length=1, max_length=100)


class OneOfSaliences(BaseModel):
    """Saliences, one of which each game draws."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    one_of: list[Annotated[float, Field(ge=0, le=1)]] = Field(min_length=1, max_length=100)


DrawnScale = Annotated[
    int | list[int] | dict[str, list[int]],
    _drawn(0, 100, True, "a point on the scale", OneOfPoints),
    Field(
        description="A point on the scale, 0 to 100; or a range [lowest, highest] or "
        "{one_of: [a, b, ...]} drawn once per game from the seed."
    ),
]
DrawnSalience = Annotated[
    float | list[float] | dict[str, list[float]],
    _drawn(0, 1, False, "a salience", OneOfSaliences),
    Field(
        description="How much the issue weighs for it, 0 to 1; or a range [lowest, highest] or "
        "{one_of: [a, b, ...]} drawn once per game (rounded to 0.01)."
    ),
]


def _built_when_missing(model: type[BaseModel]) -> Any:
    """A default of `model`'s own defaults, made when a file leaves the block out rather than
    when this module is imported: an instance made here would build the model's validator at
    every start (`defer_build`). The JSON Schema still shows the default."""

    def show(schema: dict[str, Any]) -> None:
        schema["default"] = model().model_dump(mode="json")

    # `model_construct`: the defaults as declared, without building a validator to check them
    return Field(default_factory=model.model_construct, json_schema_extra=show)


class Strict(BaseModel):
    """Unknown keys are errors; numbers are not text and text is not a number."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, strict=True, allow_inf_nan=False, defer_build=True
    )


# --------------------------------------------------------------------------- text


class Line(Strict):
    """A line of dialogue or narration."""

    speaker: Id | None = Field(
        None,
        description="Who speaks: a delegation, a voice or 'chair'; none for narration. "
        "Lines a delegation says on the floor or in private default to that delegation.",
    )
    text: Text = Field(
        description="What is said, in English. With model.varied_writing, '{tension}', "
        "'{trust.russia}' or '{name.russia}' put in a value or a name; '{{' is a brace."
    )
    source: Source | None = None
    said_by: SaidBy | None = None
    use: Use | None = None
    when: Expression | None = Field(
        None, description="Said only when this holds (checked when the line is due)."
    )
    variants: list[Text] = Field(
        default_factory=list,
        max_length=50,
        description="Other wordings of 'text'; each time, the game's seeded generator picks one "
        "of the text and its variants.",
    )
    repeat: bool = Field(
        False,
        description="A floor or consultation line that may be said again (with "
        "model.varied_writing, lines are otherwise said once a game).",
    )


class Speech(Line):
    """What a delegation says on the floor or in private, and what saying it changes."""

    effects: list[EffectText] = Field(default_factory=list)


class Paragraph(Strict):
    title: Short | None = None
    text: Text
    source: Source | None = None
    said_by: SaidBy | None = None
    use: Use | None = None


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


# --------------------------------------------------------------------------- rules


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


def _targets(value: object) -> object:
    """One id, or a list of distinct ids (validated by hand for one plain message)."""
    pattern = re.compile(r"[a-z][a-z0-9_]*")
    items = value if isinstance(value, list) else [value]
    if isinstance(value, list) and not 1 <= len(value) <= 100:
        raise ValueError("a list of targets needs 1 to 100 ids")
    for item in items:
        if not isinstance(item, str) or not pattern.fullmatch(item) or len(item) > 40:
            raise ValueError(
                f"{item!r} is not a valid id: use lower-case letters, digits and '_', "
                "starting with a letter"
            )
    if isinstance(value, list) and len(set(value)) != len(value):
        raise ValueError("a target is listed twice")
    return value


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


# --------------------------------------------------------------------------- the model's numbers


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
    minutes: Minutes = _built_when_missing(Minutes)
    support_at: float = Field(
        0.1,
        ge=0,
        le=2,
        description="A delegation supports when value plus flexibility reach this.",
    )
    weights: Weights = _built_when_missing(Weights)
    patience: Patience = _built_when_missing(Patience)
    trust: Trust = _built_when_missing(Trust)
    face: Face = _built_when_missing(Face)
    engagement: Engagement = _built_when_missing(Engagement)
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
    model: Model = _built_when_missing(Model)


SECTIONS_BY_ID = (
    "meters",
    "voices",
    "issues",
    "delegations",
    "blocs",
    "measures",
    "framings",
    "statements",
)
SECTIONS_LISTED = ("briefing", "history", "reactions", "events", "endings", "guide")
