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
endings act is `rules`, and what a consultation reveals is `revealed`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from . import rng
from .actions import TARGETS, Action, IllegalAction, UnknownTarget, parse_action
from .content import Content
from .effects import EFFECTS
from .layout import ADOPTED, CLOCK, ENDED, FAILED, FRAMING, PRESENT, RNG, ROUND, TABLED
from .revealed import findings
from .rules import ending_now, fire, fire_events, pass_time, walk_outs
from .scoring import find_ending
from .transcript import Entry, hhmm

__all__ = [
    "SPOKEN",
    "State",
    "advance",
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


# --------------------------------------------------------------------------- legality


def legal_actions(content: Content, state: State) -> list[Action]:
    """Every action the chair may take now, in a fixed order (verbs, then targets as written)."""
    if state[ENDED]:
        return []
    t = _table(content)
    legal = [a for slot, a in t.floor if state[slot]]
    legal += t.consult if t.returning else [a for slot, a in t.consult_present if state[slot]]
    legal += [
        a
        for tabled, adopted, requires, a in t.propose
        if not (state[tabled] or state[adopted]) and (requires is None or requires(state))
    ]
    legal += [a for tabled, a in t.consensus if state[tabled]]
    framing = state[FRAMING]
    legal += [
        a
        for number, requires, a in t.frame
        if framing != number and (requires is None or requires(state))
    ]
    legal += [
        a
        for slot, requires, a in t.statement
        if not state[slot] and (requires is None or requires(state))
    ]
    legal += t.always
    return legal


@dataclass(frozen=True, slots=True)
class _ActionTable:
    """What `legal_actions` checks for each possible action, precomputed once per scenario."""

    floor: tuple[tuple[int, Action], ...]
    consult: list[Action]
    consult_present: tuple[tuple[int, Action], ...]
    returning: bool
    propose: tuple[tuple[int, int, Callable | None, Action], ...]
    consensus: tuple[tuple[int, Action], ...]
    frame: tuple[tuple[int, Callable | None, Action], ...]
    statement: tuple[tuple[int, Callable | None, Action], ...]
    always: list[Action]
    by_key: dict[tuple[str, str | None], Action]


def _table(content: Content) -> _ActionTable:
    table = content.cache.get("actions")
    if table is None:
        table = content.cache["actions"] = _build_table(content)
    return table


def _build_table(content: Content) -> _ActionTable:
    def run(condition):  # the compiled callable, or None
        return None if condition is None else condition.run

    by_key: dict[tuple[str, str | None], Action] = {}

    def act(verb: str, target: str | None = None) -> Action:
        return by_key.setdefault((verb, target), Action(verb, target))

    return _ActionTable(
        floor=tuple((d.base + PRESENT, act("floor", d.id)) for d in content.delegations),
        consult=[act("consult", d.id) for d in content.delegations],
        consult_present=tuple(
            (d.base + PRESENT, act("consult", d.id)) for d in content.delegations
        ),
        returning=content.numbers.return_trust is not None,
        propose=tuple(
            (m.base + TABLED, m.base + ADOPTED, run(m.requires), act("propose", m.id))
            for m in content.measures
        ),
        consensus=tuple((m.base + TABLED, act("consensus", m.id)) for m in content.measures),
        frame=tuple((f.number, run(f.requires), act("frame", f.id)) for f in content.framings),
        statement=tuple(
            (st.slot, run(st.requires), act("statement", st.id)) for st in content.statements
        ),
        always=[act("recess"), act("adjourn")],
        by_key=by_key,
    )


def check_action(content: Content, state: State, action: Action) -> None:
    """Raise `UnknownTarget` or `IllegalAction`, with the choices there are, unless `action` is legal."""
    if (action.verb, action.target) not in _table(content).by_key:
        kind = TARGETS[action.verb]
        ids = _ids(content, kind)
        raise UnknownTarget(f"unknown {kind} {action.target!r} for '{action.verb}'", ids)
    if is_legal(content, state, action):
        return
    choices = [str(a) for a in legal_actions(content, state)]
    raise IllegalAction(_why_not(content, state, action), choices)


def is_legal(content: Content, state: State, action: Action) -> bool:
    """Whether a well-formed action naming real things may be taken now (no list is built)."""
    if state[ENDED]:
        return False
    verb, target = action.verb, action.target
    if verb in ("recess", "adjourn"):
        return True
    if verb == "floor":
        return bool(state[content.delegation(target).base + PRESENT])
    if verb == "consult":
        present = state[content.delegation(target).base + PRESENT]
        return bool(present) or content.numbers.return_trust is not None
    if verb in ("propose", "consensus"):
        m = content.measure(target)
        if verb == "consensus":
            return bool(state[m.base + TABLED])
        if state[m.base + TABLED] or state[m.base + ADOPTED]:
            return False
        return m.requires is None or m.requires.run(state)
    if verb == "frame":
        f = content.framing(target)
        return state[FRAMING] != f.number and (f.requires is None or f.requires.run(state))
    s = content.statement(target)
    return not state[s.slot] and (s.requires is None or s.requires.run(state))


def _ids(content: Content, kind: str) -> list[str]:
    pool: Iterable = {
        "delegation": content.delegations,
        "measure": content.measures,
        "framing": content.framings,
        "statement": content.statements,
    }[kind]
    return [item.id for item in pool]


def _why_not(content: Content, state: State, action: Action) -> str:
    if state[ENDED]:
        return "the session is over"
    verb, target = action.verb, action.target
    if verb in ("floor", "consult"):
        return f"{content.delegation(target).name} has walked out" + (
            "" if verb == "floor" else " and will not come back"
        )
    if verb in ("propose", "consensus"):
        m = content.measure(target)
        if state[m.base + ADOPTED]:
            return f"{m.title!r} has been adopted already"
        if verb == "consensus":
            return f"{m.title!r} is not on the table: propose it first"
        if state[m.base + TABLED]:
            return f"{m.title!r} is on the table already"
        return f"{m.title!r} cannot be tabled yet (it requires: {m.requires.source})"
    if verb == "frame":
        f = content.framing(target)
        if state[FRAMING] == f.number:
            return f"the talks are framed as {f.title!r} already"
        return f"the talks cannot be framed as {f.title!r} yet (it requires: {f.requires.source})"
    s = content.statement(target)
    if state[s.slot]:
        return f"the chair has made the statement {s.title!r} already"
    return f"the statement {s.title!r} cannot be made yet (it requires: {s.requires.source})"


# --------------------------------------------------------------------------- the step


def step(content: Content, state: State, action: Action | str | dict) -> tuple[State, list[Entry]]:
    """Apply one action of the chair; raises an `ActionError` subclass if it is not legal now."""
    action = parse_action(action)
    check_action(content, state, action)
    out: list[Entry] = []
    return _advance(content, state, action, out, out), out


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
    return _advance(content, state, action, None, spoken)


def _advance(
    content: Content,
    state: State,
    action: Action,
    out: list[Entry] | None,
    said: list[Entry] | None,
) -> State:
    """The step itself. `out` receives the narration (None: none is built), `said` the spoken
    entries (`SPOKEN`); `step` passes the same list as both, so the order is the transcript's."""
    v = list(state)
    now = v[CLOCK]
    verb = action.verb
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
        if v[m.base + FAILED] > state[m.base + FAILED]:  # the call failed: `on: failed`
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
    return tuple(v)
