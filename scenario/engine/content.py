"""The compiled scenario: frozen, light structures the engine plays on.

Built once by `lowering.Lowering` from the scenario's checked form (`checked.Scenario`), whether
that came from YAML or from the cache. Everything a step needs is precomputed here: slot numbers, compiled conditions and effects, reactions indexed by
the verb they answer and sorted by priority, and each measure's cost for each delegation under
each framing (positions and salience never change during a game, so the salience-weighted
distance is computed once, not per roll-call).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..format.expressions import Condition, Formula
from ..records import record

if TYPE_CHECKING:
    from .checked import Model
    from .tables import Tables

Apply = Callable[[list[int]], None]


@record
class Said:
    """A line of dialogue or narration as the transcript shows it."""

    speaker: str | None
    text: str
    source: str | None = None
    test: Callable[[list[int]], bool] | None = None  # `when:`, compiled
    texts: tuple[tuple[str | Callable[[list[int]], str], ...], ...] | None = None
    """The text and its variants as pieces (literal, or a placeholder's value as text); None
    when the line is just `text`, so plain lines cost nothing more at play."""
    repeat: bool = False
    said_by: str | None = None  # whose words the source is; None: the article's own narration
    use: str | None = None  # "quote", "reported" or "context"; None: not declared (format 1)


@record
class Speech:
    line: Said
    apply: Apply | None


@record
class Meter:
    id: str
    slot: int
    label: str
    min: int
    max: int
    start: int
    unit: str | None
    good: str
    description: str
    source: str | None = None
    said_by: str | None = None
    use: str | None = None


@record
class Issue:
    id: str
    slot: int  # its status quo, which adopted measures move
    status_quo: int
    title: str
    low: str
    high: str
    description: str
    source: str | None


@record
class Position:
    issue: str
    position: int
    salience: float
    reservation: int
    room: int  # how far it can move: |reservation - position|, at least MIN_ROOM
    red_line: int | None
    source: str | None

    def crosses(self, point: int) -> bool:
        """Whether `point` is at or beyond the red line, seen from the position."""
        if self.red_line is None:
            return False
        return (point - self.red_line) * (self.position - self.red_line) <= 0


@record
class Delegation:
    id: str
    index: int
    base: int  # first slot of its block in the state
    name: str
    short: str
    head: str | None
    role: str | None
    summary: str
    source: str | None
    positions: dict[str, Position]
    salience: Sequence[dict[str, float]]  # by framing number (0: none): salience times factor
    floor: tuple[Speech, ...]
    consult: tuple[Speech, ...]
    walkout: Said | None
    floor_said: int | None = None  # slots of the masks of lines said (model.varied_writing)
    consult_said: int | None = None
    plural: bool = False  # its name is plural: the engine's sentences about it agree (phrasing)


@record
class Measure:
    id: str
    index: int
    base: int
    title: str
    summary: str
    lands: dict[str, int]  # issue -> the point it puts it at
    moves: dict[str, int]  # issue -> how far it moves it from the status quo
    requires: Condition | None
    minutes: int
    apply: Apply | None
    source: str | None
    slots: dict[str, int]  # issue -> the slot of its status quo, for `moves`
    on_fail: Apply | None = None  # what a failed call for consensus on it changes
    aimed_at: tuple[str, ...] = ()  # delegations it is aimed at (they block it unless won over)

    def points(self, v: Sequence[int]) -> dict[str, int]:
        """Where the measure would put each issue it touches, given the state `v`."""
        if not self.moves:
            return self.lands
        points = dict(self.lands)
        for issue_id, delta in self.moves.items():
            point = v[self.slots[issue_id]] + delta
            points[issue_id] = 0 if point < 0 else (100 if point > 100 else point)
        return points

    def crosses(
        self, d: Delegation, v: Sequence[int], points: dict[str, int] | None = None
    ) -> list[str]:
        """The issues on which the measure would reach `d`'s red line, given the state `v`
        (or the `points` it lands on, when the caller has them already)."""
        positions = d.positions
        return [
            i
            for i, point in (self.points(v) if points is None else points).items()
            if i in positions and positions[i].crosses(point)
        ]


@record
class Framing:
    id: str
    number: int  # the value stored in the FRAMING slot
    title: str
    summary: str
    requires: Condition | None
    say: tuple[Said, ...]
    apply: Apply | None
    salience: dict[str, float]
    source: str | None


@record
class Statement:
    id: str
    slot: int
    title: str
    summary: str
    text: str
    requires: Condition | None
    apply: Apply | None
    source: str | None
    said_by: str | None = None
    use: str | None = None


@record
class Rule:
    """A reaction (answers a verb) or an event (happens at a time or on a condition)."""

    id: str
    kind: str  # "reaction" or "event"
    slot: int  # counts how often it fired
    trigger: str | None  # the verb, for reactions
    target: tuple[str, ...] | None  # fires only when the action names one of these
    when: Condition | None
    at: int | None  # minutes since midnight, for events
    priority: int
    once: bool
    chance: float
    group: str | None
    title: str | None
    say: tuple[Said, ...]
    apply: Apply | None
    test: Callable[[list[int]], bool] | None = None  # `when`, compiled: read in the hot loop
    fate: int | None = None  # the slot deciding its chance once per game (events), if any

    def __post_init__(self) -> None:
        if self.when is not None and self.test is None:
            object.__setattr__(self, "test", self.when.run)


@record
class Ending:
    id: str
    index: int
    title: str
    when: Condition | None
    at_close: bool
    tone: str
    debrief: str
    score_cap: int | None = None
    source: str | None = None
    said_by: str | None = None
    use: str | None = None


@record
class Bloc:
    """Delegations that decide as one (`blocs:`), and the meter of their unity, if any."""

    id: str
    name: str
    members: tuple[str, ...]  # in table order
    decides_together: bool
    unity_slot: int | None
    unity_range: tuple[int, int]
    split_costs: int


@record
class Component:
    id: str
    label: str
    weight: float
    value: Formula
    description: str


@record
class Grade:
    min: int
    grade: str
    label: str


@record
class Numbers:
    """The model's numbers, flattened for the hot loop (see docs/model.md)."""

    minutes: dict[str, int]
    support_at: float
    w_trust: float
    w_engagement: float
    w_face: float
    w_standing: float
    w_tension: float
    w_consulted: float
    tension_slot: int | None
    tension_range: tuple[int, int]
    standing_slot: int | None
    standing_range: tuple[int, int]
    patience_per_hour: int
    patience_heard: int
    patience_consulted: int
    patience_recess: int
    patience_blocked: int
    patience_red_line: int
    patience_returned: int
    trust_consulted: int
    trust_consulted_again: int
    trust_red_line: int
    face_heard: int
    face_blocked: int
    face_red_line: int
    face_adopted: int
    engagement_heard: int
    engagement_consulted: int
    engagement_adopted: int
    return_trust: int | None
    standing_adopted: int
    standing_failed: int
    chance_decided_once: bool = False
    minutes_in_time_order: bool = False
    varied_writing: bool = False
    wary_unheard: bool = False
    wary_cares: float = 0.5
    party: str | None = None  # the delegation the chair also speaks for (chair.party)
    w_partisan: float = 0.15
    w_unity: float = 0.2

    @classmethod
    def of(
        cls,
        model: Model,
        *,
        tension: tuple[int | None, tuple[int, int]],
        standing: tuple[int | None, tuple[int, int]],
        party: str | None,
    ) -> Numbers:
        """The numbers of the scenario's `model:`, flattened by one rule: a group's field is
        `<prefix>_<field>` (`weights.trust` is `w_trust`, `patience.heard` is
        `patience_heard`), the minutes stay a table by verb, and the rest keep their names.
        The model's meters come lowered, as (slot, range); `party` is the chair's, checked."""
        flat: dict[str, Any] = {
            "tension_slot": tension[0],
            "tension_range": tension[1],
            "standing_slot": standing[0],
            "standing_range": standing[1],
            "party": party,
        }
        for name in _field_names(model):
            value = getattr(model, name)
            if name in _LOWERED:
                continue
            if name == "minutes":
                flat[name] = {verb: getattr(value, verb) for verb in _field_names(value)}
            elif name in _GROUPS:
                prefix = _GROUPS[name]
                flat.update({f"{prefix}_{k}": getattr(value, k) for k in _field_names(value)})
            else:
                flat[name] = value
        return cls(**flat)


_GROUPS = {
    "weights": "w",
    "patience": "patience",
    "trust": "trust",
    "face": "face",
    "engagement": "engagement",
}
"""The groups of the model's numbers, by the prefix their fields take in `Numbers`."""
_LOWERED = {"tension", "standing"}
"""Meters named by the model: `Numbers` holds their slots and ranges instead."""


def _field_names(value: Any) -> tuple[str, ...]:
    return tuple(value._fields)  # a record of the checked form (a named tuple)


@record
class Paragraph:
    title: str | None
    text: str
    source: str | None


@record
class Speaker:
    id: str
    name: str
    role: str | None
    kind: str  # "chair", "delegation" or "voice"


@record
class GuideStep:
    """A step of a guided game: shown until `done` holds; `action` is the suggested action."""

    text: str
    done: Condition | None
    action: str | None


@record
class Content:
    """A whole compiled scenario. Built once; shared by every game and never changed."""

    __slots__ = ("__dict__",)  # for the tables derived on first use (`cached_property`)

    id: str
    folder: Path
    content_hash: str
    title: str
    subtitle: str | None
    date: str
    start: int
    end: int
    chair: Speaker
    briefing: tuple[Paragraph, ...]
    history: tuple[Paragraph, ...]  # what the sources report really happened (the debrief's)
    meters: dict[str, Meter]
    speakers: dict[str, Speaker]
    issues: dict[str, Issue]
    delegations: tuple[Delegation, ...]
    measures: tuple[Measure, ...]
    framings: tuple[Framing, ...]
    statements: tuple[Statement, ...]
    reactions: dict[str, tuple[Rule, ...]]  # by trigger, sorted by priority
    events: tuple[Rule, ...]
    endings: tuple[Ending, ...]
    components: tuple[Component, ...]
    grades: tuple[Grade, ...]
    numbers: Numbers
    initial: tuple[int, ...]  # the state at the opening, with the random generator unseeded
    size: int
    layout: object  # layout.Layout; typed loosely to keep this module free of it
    guide: tuple[GuideStep, ...] = ()
    blocs: tuple[Bloc, ...] = ()
    """Delegations that decide as one (opt-in); empty: every delegation decides alone."""
    hidden: tuple = ()
    """hidden.HiddenPosition for each position with a value drawn per game (none: nothing is)."""

    def __repr__(self) -> str:
        return f"Content(id={self.id!r}, hash={self.content_hash[:12]!r})"

    # Tables derived once, on first use (`cached_property` keeps each in the instance's
    # `__dict__`, which Content keeps beside its fields' slots so that it can).

    @cached_property
    def delegation_by_id(self) -> dict[str, Delegation]:
        return {d.id: d for d in self.delegations}

    @cached_property
    def measure_by_id(self) -> dict[str, Measure]:
        return {m.id: m for m in self.measures}

    @cached_property
    def framing_by_id(self) -> dict[str, Framing]:
        return {f.id: f for f in self.framings}

    @cached_property
    def statement_by_id(self) -> dict[str, Statement]:
        return {s.id: s for s in self.statements}

    @cached_property
    def bloc_by_member(self) -> dict[str, Bloc]:
        """The bloc of each delegation that belongs to one."""
        return {member: b for b in self.blocs for member in b.members}

    @cached_property
    def rules(self) -> tuple[Rule, ...]:
        """Every reaction and event once, reactions first, in the order of their slots."""
        seen: dict[str, Rule] = {}
        for rules in self.reactions.values():
            for rule in rules:
                seen.setdefault(rule.id, rule)
        return (*sorted(seen.values(), key=lambda r: r.slot), *self.events)

    @cached_property
    def tables(self) -> Tables:
        """The engine's tables derived from this scenario (`tables`), built on first use."""
        from .tables import derive  # the engine's modules read the content: import when used

        return derive(self)

    def delegation(self, delegation_id: str) -> Delegation:
        return self.delegation_by_id[delegation_id]

    def measure(self, measure_id: str) -> Measure:
        return self.measure_by_id[measure_id]

    def framing(self, framing_id: str) -> Framing:
        return self.framing_by_id[framing_id]

    def statement(self, statement_id: str) -> Statement:
        return self.statement_by_id[statement_id]

    def bloc_of(self, delegation_id: str) -> Bloc | None:
        """The bloc a delegation belongs to, if any."""
        return self.bloc_by_member.get(delegation_id)

    def chair_side(self, delegation_id: str) -> bool | None:
        """With a chair who is a party: whether the delegation is on the chair's side (its
        party, or in the party's bloc). None when the chair is neutral."""
        party = self.numbers.party
        if party is None:
            return None
        if delegation_id == party:
            return True
        bloc = self.bloc_of(party)
        return bloc is not None and delegation_id in bloc.members

    def speaker_name(self, speaker: str | None) -> str:
        if speaker is None:
            return ""
        known = self.speakers.get(speaker)
        return known.name if known else speaker

    def all_rules(self) -> list[Rule]:
        """Every reaction and event once, reactions first, in the order of their slots."""
        return list(self.rules)
