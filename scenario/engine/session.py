"""A game in progress, for scripts, tests, tools and the app: the engine's small Python API.

    from scenario import Game
    game = Game.start("vienna-2022", seed=7)
    game.act("consult russia")
    game.read("trust.russia"), game.legal_actions(), game.outcome

`Game` keeps what the pure engine does not: the actions taken, every state along the way and the
transcript. It is the only thing that changes, and only through `step`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..format.expressions import compile_value
from . import lookup
from .actions import Action, ActionError, parse_action
from .compiler import load_content
from .content import Content, Delegation, Framing, Measure
from .game import State, findings, legal_actions, new_state, opening, state_hash, step
from .hidden import as_drawn, drawn_delegations
from .layout import ANSWER_WORDS, CLOCK, CONSULTED, ENDED, FRAMING, ROUND
from .negotiation import sounding
from .revealed import learnt
from .scoring import Outcome, ScoreCard, outcome, score
from .standing import (
    DelegationStanding,
    MeasureStanding,
    delegation_standing,
    framing_now,
    issue_status,
    measure_standing,
    meter_value,
)
from .transcript import Entry, hhmm
from .undo import why_not_undo


@dataclass(frozen=True)
class TurningPoint:
    """An action that moved the score: which one, when, and by how much."""

    index: int  # 0-based index of the action in `Game.actions`
    action: Action
    clock: str  # when it was taken
    before: int
    after: int
    moved: tuple[tuple[str, float], ...] = ()
    """Why: the score's components this action moved, as (label, points), largest first."""
    events: tuple[tuple[str, str], ...] = ()
    """What happened while the action took its time, as (clock, title): the score's move is
    theirs as much as the chair's (the shelling at 11:30, not the consultation at 11:20)."""

    @property
    def delta(self) -> int:
        return self.after - self.before


@dataclass(frozen=True)
class GuideNow:
    """The guide's current step: its number, how many there are, what to do, and the action."""

    number: int
    total: int
    text: str
    action: Action | None


@dataclass(frozen=True)
class Replayed:
    """The result of replaying an action log on (possibly changed) content."""

    game: Game
    stopped_at: int | None  # 1-based index of the first action that could not be replayed
    reason: str | None


class CannotUndo(ActionError):
    """The last action cannot be taken back; the message says why (see `undo`)."""


@dataclass
class Game:
    content: Content
    seed: int = 0
    actions: list[Action] = field(default_factory=list)
    states: list[State] = field(default_factory=list)
    transcript: list[Entry] = field(default_factory=list)
    steps: list[list[Entry]] = field(default_factory=list)  # the entries of each action
    ironman: bool = False
    """An ironman game takes nothing back: `undo` is refused (the player chose the stakes)."""

    def __post_init__(self) -> None:
        if not self.states:
            self.states = [new_state(self.content, self.seed)]
            self.transcript = opening(self.content)

    @classmethod
    def start(cls, scenario: str | Path | Content, seed: int = 0, *, ironman: bool = False) -> Game:
        """A new game of a scenario given as content, a folder, or an id found in content/."""
        if isinstance(scenario, Content):
            return cls(scenario, seed, ironman=ironman)
        return cls(load_content(lookup.find(str(scenario))), seed, ironman=ironman)

    def guide(self) -> GuideNow | None:
        """The step of the scenario's guide to show now: the first not yet done. None when the
        scenario has no guide, every step is done, or the game is over."""
        steps = self.content.guide
        if not steps or self.over:
            return None
        state = self.state
        for index, guide_step in enumerate(steps):
            done = guide_step.done
            if done is None or not done.run(state):
                action = parse_action(guide_step.action) if guide_step.action else None
                return GuideNow(index + 1, len(steps), guide_step.text, action)
        return None

    @classmethod
    def replay(
        cls, content: Content, seed: int, actions: list[Any], *, ironman: bool = False
    ) -> Game:
        """Replay every action; raises the first `ActionError`."""
        game = cls(content, seed, ironman=ironman)
        for action in actions:
            game.act(action)
        return game

    @classmethod
    def replay_prefix(
        cls, content: Content, seed: int, actions: list[Any], *, ironman: bool = False
    ) -> Replayed:
        """Replay as many actions as the content allows (after an edit, say); never raises."""
        game = cls(content, seed, ironman=ironman)
        for index, action in enumerate(actions, start=1):
            try:
                game.act(action)
            except ActionError as exc:
                return Replayed(game, index, exc.message)
        return Replayed(game, None, None)

    # ----------------------------------------------------------------- acting

    @property
    def state(self) -> State:
        return self.states[-1]

    def act(self, action: Action | str | dict) -> list[Entry]:
        """Apply one action; raises an `ActionError` (and changes nothing) if it is not legal."""
        action = parse_action(action)
        state, entries = step(self.content, self.state, action)
        self.actions.append(action)
        self.states.append(state)
        self.steps.append(entries)
        self.transcript.extend(entries)
        return entries

    def legal_actions(self) -> list[Action]:
        return legal_actions(self.content, self.state)

    # ----------------------------------------------------------------- taking back

    def why_not_undo(self) -> str | None:
        """Why the last action cannot be taken back now, or None if `undo` may be called."""
        return why_not_undo(self.content, self.states, self.actions, self.ironman)

    def can_undo(self) -> bool:
        return self.why_not_undo() is None

    def undo(self) -> Action:
        """Take back the last action and return it; `CannotUndo` (nothing changes) if it stands.

        The game afterwards is exactly the replay of the actions without it: the states kept
        along the way are the replay's (the engine is pure and chance is part of the state), so
        the last is dropped rather than computed again. Repeating the action gives the same result.
        """
        reason = self.why_not_undo()
        if reason is not None:
            raise CannotUndo(f"cannot take back the last action: {reason}")
        action = self.actions.pop()
        self.states.pop()
        taken = self.steps.pop()
        del self.transcript[len(self.transcript) - len(taken) :]
        return action

    # ----------------------------------------------------------------- reading

    def read(self, name: str, state: State | None = None) -> Any:
        """The value of any expression over the state, e.g. 'tension' or 'present.russia'."""
        readers = self.content.tables.readers
        reader = readers.get(name)
        if reader is None:
            reader = readers[name] = compile_value(name, self.content.layout.resolve)  # type: ignore[attr-defined]
        return reader(self.state if state is None else state)

    # Typed reads of the quantities code reads by name (see `standing`): a misspelt field is a
    # type error, an unknown id a KeyError, at once; `state` is another state of this game.

    def standing(self, delegation_id: str, state: State | None = None) -> DelegationStanding:
        """A delegation's presence, trust, patience and counters."""
        return delegation_standing(
            self.content, self.state if state is None else state, delegation_id
        )

    def measure_standing(self, measure_id: str, state: State | None = None) -> MeasureStanding:
        """Whether a measure is tabled or adopted, and its calls for consensus."""
        return measure_standing(self.content, self.state if state is None else state, measure_id)

    def meter(self, meter_id: str, state: State | None = None) -> int:
        """A meter's value (its range is the content's: `content.meters[id].min`, `.max`)."""
        return meter_value(self.content, self.state if state is None else state, meter_id)

    def meter_series(self, meter_id: str) -> list[int]:
        """A meter's value at the opening and after every action (for a sparkline)."""
        slot = self.content.meters[meter_id].slot
        return [state[slot] for state in self.states]

    def status(self, issue_id: str, state: State | None = None) -> int:
        """An issue's status quo, 0..100."""
        return issue_status(self.content, self.state if state is None else state, issue_id)

    def framing(self, state: State | None = None) -> Framing | None:
        """The framing the chair gave the talks, if any."""
        return framing_now(self.content, self.state if state is None else state)

    @property
    def before(self) -> State:
        """The state before the last action (the opening's, before any)."""
        return self.states[-2] if len(self.states) > 1 else self.states[-1]

    @property
    def over(self) -> bool:
        return bool(self.state[ENDED])

    @property
    def clock(self) -> str:
        return hhmm(self.state[CLOCK])

    @property
    def round(self) -> int:
        return self.state[ROUND]

    @property
    def outcome(self) -> Outcome | None:
        return outcome(self.content, self.state)

    def score(self, state: State | None = None) -> ScoreCard:
        """The score as it stands (or would stand at `state`), ended or not."""
        return score(self.content, self.state if state is None else state)

    @property
    def state_hash(self) -> str:
        return state_hash(self.state)

    # ----------------------------------------------------------------- for the chair's eyes

    def revealed(self, delegation_id: str) -> bool:
        """Whether the chair has consulted the delegation, and so knows its room and red lines."""
        return self.state[self.content.delegation(delegation_id).base + CONSULTED] > 0

    def findings(self, delegation_id: str) -> str:
        """What a consultation with the delegation reveals, in words, as the minutes say it."""
        return findings(self.content, self.content.delegation(delegation_id), self.state)

    def learnt(self, delegation_id: str) -> str:
        """`findings` under a heading of its own: without the minutes' "Learnt in private
        from ...: ", starting as a sentence ("Red lines — it blocks ...")."""
        return learnt(self.content, self.content.delegation(delegation_id), self.state)

    def sounding(self, delegation_id: str) -> list[tuple[Measure, str, str]]:
        """How the delegation would answer each measure now: (measure, answer word, reason)."""
        d = self.content.delegation(delegation_id)
        return [
            (m, ANSWER_WORDS[code], reason)
            for m, code, reason in sounding(self.content, self.state, d, self.state[FRAMING])
        ]

    def landing(self, measure_id: str) -> dict[str, int]:
        """Where the measure would put each issue it touches, if adopted now."""
        return self.content.measure(measure_id).points(self.state)

    def crossed_by(self, measure_id: str) -> list[str]:
        """The delegations whose red line the measure would reach now (known or not to the chair)."""
        m = self.content.measure(measure_id)
        return [
            d.id for d in drawn_delegations(self.content, self.state) if m.crosses(d, self.state)
        ]

    def delegation(self, delegation_id: str) -> Delegation:
        """The delegation with the hidden numbers this game drew (see `hidden`)."""
        return as_drawn(self.content, self.state, self.content.delegation(delegation_id))

    def series(self, name: str) -> list[Any]:
        """An expression's value at the opening and after every action (for a sparkline)."""
        return [self.read(name, state) for state in self.states]

    def turning_points(self, count: int = 3) -> list[TurningPoint]:
        """The actions that moved the score most, largest change first."""
        cards = [score(self.content, state) for state in self.states]
        points = [
            TurningPoint(
                i,
                action,
                hhmm(self.states[i][CLOCK]),
                cards[i].total,
                cards[i + 1].total,
                _moved(cards[i], cards[i + 1]),
                tuple(
                    (hhmm(e.time), e.text)
                    for e in (self.steps[i] if i < len(self.steps) else ())
                    if e.kind == "event"
                ),
            )
            for i, action in enumerate(self.actions)
            if cards[i + 1].total != cards[i].total
        ]
        points.sort(key=lambda p: (-abs(p.delta), p.index))
        return points[:count]

    def to_json(self) -> dict[str, Any]:
        """The object `chair run --json` and `chair replay --json` print."""
        result = self.outcome
        card = result.score if result else self.score()
        return {
            "scenario": self.content.id,
            "seed": self.seed,
            "actions": [str(a) for a in self.actions],
            "over": self.over,
            "ending": (
                {"id": result.ending.id, "title": result.ending.title, "tone": result.ending.tone}
                if result
                else None
            ),
            "score": card.to_json(),
            "clock": self.clock,
            "rounds": self.round,
            "meters": {m.id: self.state[m.slot] for m in self.content.meters.values()},
            "state_hash": self.state_hash,
            "transcript": [entry.to_json() for entry in self.transcript],
        }


def _moved(before: ScoreCard, after: ScoreCard) -> tuple[tuple[str, float], ...]:
    """The components whose points an action changed, largest change first (ties: by label)."""
    changes = [
        (line.label, round(line.points - was.points, 1))
        for was, line in zip(before.breakdown, after.breakdown, strict=True)
        if round(line.points - was.points, 1)
    ]
    return tuple(sorted(changes, key=lambda change: (-abs(change[1]), change[0])))
