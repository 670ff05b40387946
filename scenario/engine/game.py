"""The game itself: `step(content, state, action) -> (state, entries)`, pure and deterministic.

A state is a tuple of integers laid out by `layout.Layout`; `step` copies it once into a list,
applies the chair's verb, the scenario's reactions and events, walk-outs and endings, and returns
a new tuple. Nothing else is read: no clock, no global, no hash of a string. The only chance is
the generator whose state is itself a slot of the tuple (see `rng`).

The order within a step, which authors can rely on (docs/model.md):

1. the verb acts (the chair speaks, the delegation answers, the roll-call is taken, ...);
2. the clock moves on by the verb's minutes; everyone at the table loses patience with time;
3. reactions to the verb fire, highest priority first (at most one per group);
4. events whose time has come or whose condition holds fire, in the order they are written;
5. delegations whose patience is exhausted walk out (and reactions to the walk-out fire);
6. the first ending whose condition holds ends the game; at the close, ``at_close`` endings too.

This module holds the order; what each verb does is `effects`, how rules, events, walk-outs and
endings act is `rules`, and what a consultation reveals is `revealed`. The lean step of playtest
and search (`advance`, `advance_in_place`) takes the same order written out per action (`lean`),
and tests hold it to `step`, state for state.
"""

from __future__ import annotations

import hashlib

from . import rng
from .actions import Action, parse_action
from .content import Content
from .effects import EFFECTS
from .layout import CLOCK, ENDED, FAILED, RNG, ROUND
from .legality import check_action, is_legal, legal_actions
from .revealed import findings
from .rules import ending_now, fire, fire_events, pass_time, walk_outs
from .scoring import find_ending
from .transcript import Entry, hhmm

__all__ = [
    "SPOKEN",
    "State",
    "advance",
    "advance_in_place",
    "check_action",
    "findings",
    "is_legal",
    "legal_actions",
    "new_state",
    "opening",
    "state_hash",
    "step",
]

State = tuple[int, ...]


# --------------------------------------------------------------------------- starting


def new_state(content: Content, seed: int = 0) -> State:
    """The state at the opening of the session, for a given seed."""
    v = list(content.initial)
    v[RNG] = rng.seeded(seed)
    tables = content.tables
    if tables.opening_names:  # every named stream of the game in one pass (`rng.keyed_many`)
        numbers = rng.keyed_many(seed, tables.opening_names)
        for (slot, values, count), number in zip(tables.draws, numbers, strict=False):
            index = int(number * count)  # the hidden values (`hidden.draws`)
            v[slot] = values[index if index < count else count - 1]
        fated = numbers[len(tables.draws) :]  # events decided once: whether each one comes up
        for (slot, chance), number in zip(tables.fates, fated, strict=True):
            v[slot] = int(number < chance)
    return tuple(v)


def opening(content: Content) -> list[Entry]:
    """What the transcript shows before the chair's first action."""
    text = f"{content.date}. {content.chair.name}, {content.chair.role}, opens the session."
    party = content.numbers.party
    if party is not None:  # a chair who is a party says so: it is not neutral
        text += f" The chair also speaks for {content.delegation(party).name}."
    return [Entry("opening", content.start, text)]


def state_hash(state: State) -> str:
    """sha256 of the state's canonical form: the same on every machine and in every process."""
    return hashlib.sha256(("chair-state-1:" + ",".join(map(str, state))).encode()).hexdigest()


# --------------------------------------------------------------------------- the step


def step(content: Content, state: State, action: Action | str | dict) -> tuple[State, list[Entry]]:
    """Apply one action of the chair; raises an `ActionError` subclass if it is not legal now."""
    action = parse_action(action)
    check_action(content, state, action)
    out: list[Entry] = []
    v = list(state)
    _advance(content, v, action, out, out)
    return tuple(v), out


SPOKEN = ("speech", "private", "walkout")
"""The kinds of entry `advance` can keep: the words said, and who walked out."""


def advance(
    content: Content, state: State, action: Action, spoken: list[Entry] | None = None
) -> State:
    """The state after a legal `action`, reached exactly as `step` reaches it, without the
    transcript: for the inner loops of playtest and search, which read states, not minutes.

    `action` must come from `legal_actions(content, state)`: nothing is checked. Given a list
    `spoken`, the entries of the kinds in `SPOKEN` are appended to it, the same entries in the
    same order as in `step`'s transcript (a playtest counts the lines said and the walk-outs);
    nothing else is written, so the narration, roll-call reasons and findings are never built.
    """
    v = list(state)
    content.tables.steps[action.verb, action.target](v, spoken)  # `lean`: `_advance`, written out
    return tuple(v)


def advance_in_place(
    content: Content, v: list[int], action: Action, spoken: list[Entry] | None = None
) -> None:
    """`advance` on a state held as a list, changed where it is: a playtest plays a whole
    game on one list and never reads an earlier state, so it need not copy the state into a
    list and back into a tuple at every step (a third of a lean step). The list ends as
    `advance`'s tuple would be, element for element (tests/engine/test_lean_step.py)."""
    content.tables.steps[action.verb, action.target](v, spoken)


def _advance(
    content: Content,
    v: list[int],
    action: Action,
    out: list[Entry] | None,
    said: list[Entry] | None,
) -> None:
    """The step itself, on the list `v`. `out` receives the narration (None: none is built),
    `said` the spoken entries (`SPOKEN`); `step` passes the same list as both, so the order is
    the transcript's."""
    now = v[CLOCK]
    verb = action.verb
    if verb == "consensus":  # whether the call fails is read from its count of failures
        failed_before = v[content.measure(action.target).base + FAILED]  # type: ignore[arg-type]
    minutes = EFFECTS[verb](content, v, action.target, out, said, now)
    v[ROUND] += 1
    hot = content.tables.rules
    pass_time(content, v, minutes, hot.tempers)
    closing = verb == "adjourn" or v[CLOCK] >= content.end
    acted_on = action.target
    groups: set[str] = set()  # only asked for membership, so its order never matters
    for once, slot, test, rule in hot.answering[verb, acted_on]:
        if not (once and v[slot]) and (test is None or test(v)):
            fire(hot, v, rule, out, said, now, groups)
    if verb == "consensus" and hot.reactions["failed"]:
        m = content.measure(acted_on)  # type: ignore[arg-type]
        if v[m.base + FAILED] > failed_before:  # the call failed: `on: failed`
            for target, once, slot, test, rule in hot.reactions["failed"]:
                if (
                    (target is None or acted_on in target)
                    and not (once and v[slot])
                    and (test is None or test(v))
                ):
                    fire(hot, v, rule, out, said, now, groups)
    if verb != "adjourn":
        fire_events(hot, v, out, said, now)
    if min(hot.patience(v)) <= 0:  # someone's patience is exhausted: is it at the table?
        for present, patience in hot.tempers:
            if v[present] and v[patience] <= 0:
                walk_outs(content, hot, v, out, said)
                break
    if closing and verb != "adjourn" and out is not None:  # the clock closed it: say so
        out.append(Entry("notice", v[CLOCK], f"It is {hhmm(content.end)}: the session closes."))
    ending = find_ending(content, v, closing) if closing else ending_now(hot, v)
    if ending is not None:
        v[ENDED] = ending.index + 1
        if out is not None:
            out.append(Entry("ending", v[CLOCK], ending.title, ref=ending.id))
