"""Playtesting: thousands of random games, and what they say about a scenario's balance.

Run *i* of a playtest with seed *S* is a pure function of (S, i): its game seed and its chooser
are derived from them, so a report does not depend on how runs are spread over processes, and
any run can be reproduced alone (errors are reported with the seed and the actions).

Two ways of choosing:

- ``uniform``: every legal action equally likely, except adjourning, which a random chair does
  with a chance of `ADJOURN_CHANCE` at each action; otherwise it plays on until the clock or an
  ending closes the session. (With adjourn one choice in a dozen, uniform games would mostly end
  before ten o'clock; never adjourning would leave the reactions to an adjournment untested.)
- ``coverage``: prefers the actions chosen least often so far: an action's odds fall with how
  often earlier rounds chose it per game and how often this game already has. Runs go in
  rounds of `ROUND` runs, and a round only looks at earlier rounds, so the report still does
  not depend on the number of processes.

Coverage is read from the final states themselves: every reaction and event has a counter in
the state, every measure an "adopted" flag, so nothing is instrumented.

This module plays one game; `playtest_runs` plays many, in one process or several, and
`playtest_report` tallies them into the report.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter, itemgetter
from typing import Any

from ..engine.actions import Action
from ..engine.content import Content
from ..engine.game import State, advance, advance_in_place, new_state
from ..engine.layout import ADOPTED, ANSWER, BLOCK, CLOCK, ENDED, NO_ANSWER
from ..engine.scoring import score_total

ROUND = 256
MODES = ("uniform", "coverage")
ADJOURN_CHANCE = 0.02


def run_seed(seed: int, index: int) -> int:
    """The seed of run `index` of a playtest seeded `seed` (stable across processes)."""
    digest = hashlib.sha256(f"chair-playtest:{seed}:{index}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


@dataclass(frozen=True)
class RunResult:
    index: int
    seed: int
    ending: str | None
    score: int
    actions: int
    clock: int
    fired: tuple[int, ...]  # indices of rules that fired
    adopted: tuple[int, ...]  # indices of measures adopted
    chosen: tuple[tuple[str, str | None], ...]  # (verb, target) of every action, for coverage
    error: str | None = None
    log: tuple[str, ...] = ()  # the actions, kept only when the run failed
    walked: tuple[int, ...] = ()  # indices of delegations that walked out (at any time)
    answered: tuple[int, ...] = ()  # by delegation index: answers given in roll-calls
    blocked: tuple[int, ...] = ()  # by delegation index: blocks among them
    meters: tuple[int, ...] = ()  # each meter at the close, in the scenario's order
    said: frozenset[str] = frozenset()  # the texts of speech and private lines


class _Record:
    """What a playtest reads from a scenario's states, derived once per scenario instead of once
    per game: a game spends about 7 µs of its time outside the step per action, and a game's
    setup and reading of its final state were a fifth of it."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self.listing = content.tables.legality.listing  # `legal_actions` without two calls
        self.index_of = {d.id: d.index for d in content.delegations}
        self.answers = tuple(d.base + ANSWER for d in content.delegations)
        self.rule_numbers = range(len(content.tables.rule_slots))
        self.rule_values = _reader(content.tables.rule_slots)
        self.measure_numbers = tuple(m.index for m in content.measures)
        self.adopted_values = _reader(tuple(m.base + ADOPTED for m in content.measures))
        self.meter_values = _reader(tuple(m.slot for m in content.meters.values()))
        self.ending_ids = tuple(e.id for e in content.endings)


def _reader(slots: tuple[int, ...]) -> Callable[[State], tuple[int, ...]]:
    """A function giving the values of `slots` in a state, as a tuple (`itemgetter` gives a
    bare value for one slot, and needs at least one)."""
    if len(slots) >= 2:
        return itemgetter(*slots)
    if len(slots) == 1:
        only = slots[0]
        return lambda state: (state[only],)
    return lambda state: ()


_RECORD: list[_Record] = []
"""The last scenario's `_Record` (a playtest plays one scenario for thousands of games)."""


def _record(content: Content) -> _Record:
    if not _RECORD or _RECORD[0].content is not content:
        _RECORD[:] = [_Record(content)]
    return _RECORD[0]


_KEY = attrgetter("verb", "target")


def play_one(
    content: Content, index: int, seed: int, mode: str, weights: dict | None = None
) -> RunResult:
    """One random game; never raises (an engine error is returned as the result's `error`)."""
    record = _record(content)
    game_seed = run_seed(seed, index)
    chooser = random.Random(game_seed)
    chance, choice = chooser.random, chooser.choice
    listing, index_of, answers = record.listing, record.index_of, record.answers
    uniform = mode == "uniform" or weights is None
    state = list(new_state(content, game_seed))  # one list for the whole game (`advance_in_place`)
    taken: list[Action] = []
    used: Counter = Counter()
    walked: set[int] = set()
    answered = [0] * len(answers)
    blocked = [0] * len(answers)
    said: set[str] = set()
    spoken: list = []
    action: Action | None = None  # an action being taken: its step may fail halfway
    try:
        while not state[ENDED]:
            options = listing(state)  # `legal_actions`
            if chance() < ADJOURN_CHANCE:
                action = options[-1]  # adjourn is always legal and always last
            elif uniform:  # `_choose`, inlined for the common case
                action = choice(options[:-1])
            else:
                action = _choose(options[:-1], chooser, mode, used, weights)
            if weights is not None:  # only coverage reads how often this game chose it
                used[action.verb, action.target] += 1
            # the lean step: the same states as `step`, with only the lines said and the
            # walk-outs written (see `advance`); a roll-call's answers are read from the state
            advance_in_place(content, state, action, spoken)
            taken.append(action)
            if action.verb == "consensus":
                for i, slot in enumerate(answers):
                    code = state[slot]
                    if code != NO_ANSWER:  # it was at the table and answered
                        answered[i] += 1
                        if code == BLOCK:
                            blocked[i] += 1
            if spoken:
                for entry in spoken:  # by index: a named tuple's fields are slower to read
                    if entry[0] == "walkout":
                        walked.add(index_of[entry[6]])
                    else:
                        said.add(entry[2])  # numbers are masked once, in the report
                spoken.clear()
            action = None
    except Exception as exc:  # a content error the checker could not see: report, do not crash
        tried = taken if action is None else [*taken, action]
        return RunResult(
            index,
            game_seed,
            None,
            0,
            len(tried),
            _clock_after(content, game_seed, taken),
            (),
            (),
            (),
            f"{type(exc).__name__}: {exc}",
            tuple(map(str, tried)),
        )
    final = tuple(state)
    return RunResult(
        index=index,
        seed=game_seed,
        ending=record.ending_ids[final[ENDED] - 1],
        score=score_total(content, final),
        actions=len(taken),
        clock=final[CLOCK],
        fired=tuple(compress(record.rule_numbers, record.rule_values(final))),
        adopted=tuple(compress(record.measure_numbers, record.adopted_values(final))),
        chosen=tuple(map(_KEY, taken)),
        walked=tuple(sorted(walked)),
        answered=tuple(answered),
        blocked=tuple(blocked),
        meters=record.meter_values(final),
        said=frozenset(said),
    )


def _clock_after(content: Content, game_seed: int, taken: list[Action]) -> int:
    """The clock of the last state a failed game reached: the game's list may have been left
    half-changed by the step that raised, so the actions that went through are replayed."""
    state = new_state(content, game_seed)
    for action in taken:
        state = advance(content, state, action)
    return state[CLOCK]


def _choose(
    options: list[Action], chooser: random.Random, mode: str, used: Counter, weights: dict | None
) -> Action:
    if mode == "uniform" or weights is None:
        return chooser.choice(options)
    # coverage: the less an action was used (per game, in earlier rounds) and in this game, the
    # likelier it is; soft, so that one rare action does not take over a whole round
    odds = [
        1.0 / ((1.0 + weights.get((a.verb, a.target), 0.0)) * (1 + used[a.verb, a.target]))
        for a in options
    ]
    return chooser.choices(options, odds)[0]


def playtest(
    content: Content,
    runs: int,
    seed: int = 0,
    jobs: int = 1,
    mode: str = "uniform",
    progress: bool = True,
) -> dict[str, Any]:
    """Play `runs` games and report on them; progress, rate and time left on a terminal."""
    from .playtest_runs import tally_runs
    from .progress import progress as shown

    started = time.perf_counter()
    with shown(runs, f"Playing {content.id}", "games", enabled=progress) as bar:
        tally = tally_runs(content, runs, seed, jobs, mode, advance=bar.advance)
    return tally.report(content, time.perf_counter() - started, seed, mode)
