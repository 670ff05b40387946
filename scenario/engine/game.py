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
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from . import rng
from .actions import Action, parse_action
from .content import Content, Delegation, Ending, Measure, Rule, Said
from .hidden import as_drawn, draw_hidden
from .layout import (
    ADOPTED,
    AGREEMENTS,
    ANSWER,
    ANSWER_WORDS,
    BLOCK,
    CALLS,
    CLOCK,
    CONSULTED,
    ENDED,
    ENGAGEMENT,
    FACE,
    FAILED,
    FRAMING,
    HEARD,
    NO_ANSWER,
    PATIENCE,
    PRESENT,
    RECESSES,
    RNG,
    ROUND,
    SUPPORT,
    TABLED,
    TRUST,
)
from .legality import check_action
from .legality import is_legal as is_legal  # re-exported: legality is imported from here
from .legality import legal_actions as legal_actions
from .legality import table as _table
from .negotiation import answer
from .phrasing import (
    blocks_words,
    definite,
    fallback,
    opening_name,
    red_line_of,
    red_line_words,
    titled,
)
from .scoring import find_ending
from .speaking import pick_speech, render, skip_words
from .transcript import Entry, hhmm

State = tuple[int, ...]


# --------------------------------------------------------------------------- starting


def new_state(content: Content, seed: int = 0) -> State:
    """The state at the opening of the session, for a given seed."""
    v = list(content.initial)
    v[RNG] = rng.seeded(seed)
    if content.hidden:
        draw_hidden(content, seed, v)
    fates = content.cache.get("fates")
    if fates is None:  # events decided once: whether each one's chance comes up in this game
        fates = content.cache["fates"] = tuple(
            (e.fate, e.chance, f"event.{e.id}".encode())
            for e in content.events
            if e.fate is not None
        )
    if fates:
        numbers = rng.keyed_many(seed, tuple(name for _, _, name in fates))
        for (slot, chance, _), number in zip(fates, numbers, strict=True):
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
    minutes = _VERBS[verb](content, v, action.target, out, said, now)
    v[ROUND] += 1
    hot = _hot(content)
    _pass_time(content, v, minutes, hot.tempers)
    closing = verb == "adjourn" or v[CLOCK] >= content.end
    acted_on = action.target
    groups: set[str] = set()  # only asked for membership, so its order never matters
    for once, slot, test, rule in hot.answering[verb, acted_on]:
        if not (once and v[slot]) and (test is None or test(v)):
            _fire(v, rule, out, said, now, groups)
    if verb == "consensus" and hot.reactions["failed"]:
        m = content.measure(acted_on)  # type: ignore[arg-type]
        if v[m.base + FAILED] > state[m.base + FAILED]:  # the call failed: `on: failed`
            for target, once, slot, test, rule in hot.reactions["failed"]:
                if (
                    (target is None or acted_on in target)
                    and not (once and v[slot])
                    and (test is None or test(v))
                ):
                    _fire(v, rule, out, said, now, groups)
    if verb != "adjourn":
        _events(hot, v, out, said, now)
    for present, patience in hot.tempers:
        if v[present] and v[patience] <= 0:
            _walkouts(content, v, out, said)
            break
    if closing and verb != "adjourn" and out is not None:  # the clock closed it: say so
        out.append(Entry("notice", v[CLOCK], f"It is {hhmm(content.end)}: the session closes."))
    ending = find_ending(content, v, closing) if closing else _ending_now(hot, v)
    if ending is not None:
        v[ENDED] = ending.index + 1
        if out is not None:
            out.append(Entry("ending", v[CLOCK], ending.title, ref=ending.id))
    return tuple(v)


def _pass_time(
    content: Content, v: list[int], minutes: int, tempers: tuple[tuple[int, int], ...]
) -> None:
    v[CLOCK] = min(content.end, v[CLOCK] + minutes)
    drain = (minutes * content.numbers.patience_per_hour + 30) // 60
    if drain:
        for present, patience in tempers:
            if v[present]:
                left = v[patience] - drain
                v[patience] = left if left > 0 else 0


def _bump(v: list[int], slot: int, delta: int) -> None:
    """Add to a delegation's 0..100 number, staying in range."""
    v[slot] = min(100, max(0, v[slot] + delta))


def _say(
    said: list[Entry] | None,
    lines: Iterable[Said],
    time: int,
    kind: str = "speech",
    ref: str | None = None,
    v: list[int] | None = None,
) -> None:
    """Minute each line (given `v`: each line whose `when` holds, in the words due this time).

    With `said` None the words are not built, but a line with variants still draws the one it
    would have said, so that the generator, and every state after, stays as `step` has it."""
    for line in lines:
        if v is None or (line.test is None and line.texts is None):
            text = line.text
        elif line.test is not None and not line.test(v):
            continue
        elif said is None:
            skip_words(line, v)
            continue
        else:
            text = render(line, v)
        if said is not None:
            said.append(
                Entry(
                    kind,
                    time,
                    text,
                    line.speaker,
                    line.source,
                    ref=ref,
                    said_by=line.said_by,
                    use=line.use,
                )
            )


def _fire(
    v: list[int],
    rule: Rule,
    out: list[Entry] | None,
    said: list[Entry] | None,
    time: int,
    groups: set[str] | None = None,
) -> None:
    """Fire a rule whose target, once-only and condition the caller has checked, if its group
    has not fired in this action (`groups`) and its chance is drawn."""
    if rule.group is not None and groups is not None and rule.group in groups:
        return
    if rule.fate is not None:
        if not v[rule.fate]:
            return
    elif rule.chance < 1.0:
        v[RNG], roll = rng.draw(v[RNG])
        if roll >= rule.chance:
            return
    v[rule.slot] += 1
    if rule.group is not None and groups is not None:
        groups.add(rule.group)
    if rule.kind == "event" and out is not None:
        out.append(Entry("event", time, rule.title or rule.id, ref=rule.id))
    if rule.say:
        _say(said, rule.say, time, ref=rule.id, v=v)
    if rule.apply is not None:
        rule.apply(v)


def _events(
    hot: _Hot, v: list[int], out: list[Entry] | None, said: list[Entry] | None, before: int
) -> None:
    clock = v[CLOCK]
    events = hot.events
    for index, (at, once, slot, test, event) in enumerate(events):  # see `_Hot.timed`
        if at is not None and clock < at:
            if index < hot.timed:  # in time order: no timed event after this one is due yet,
                events = events[hot.timed :]  # only those that wait for a condition may be
                break
            continue
        if once and v[slot]:
            continue
        if test is not None and not test(v):
            continue
        _fire(v, event, out, said, max(before, at) if at is not None else clock)
    else:
        return
    for _at, once, slot, test, event in events:  # untimed: `at` is None
        if (once and v[slot]) or (test is not None and not test(v)):
            continue
        _fire(v, event, out, said, clock)


def _ending_now(hot: _Hot, v: list[int]) -> Ending | None:
    """The first ending that may end the game before the close and whose condition holds."""
    for test, ending in hot.anytime_endings:
        if test(v):
            return ending
    return None


@dataclass(frozen=True, slots=True)
class _Hot:
    """The rules of a scenario as plain tuples, in the order they are tried: the step's loops
    read these instead of the rules' attributes (a per-scenario table, built once)."""

    reactions: dict[str, tuple[tuple[str | None, bool, int, Callable | None, Rule], ...]]
    answering: dict[tuple[str, str | None], tuple[tuple[bool, int, Callable | None, Rule], ...]]
    """(verb, target) -> the reactions that answer exactly this action, in order."""
    events: tuple[tuple[int | None, bool, int, Callable | None, Rule], ...]
    timed: int
    """With `minutes_in_time_order`, how many events have a time: they come first, sorted,
    so the first one not yet due ends the look at them; 0 otherwise (every event looked at)."""
    anytime_endings: tuple[tuple[Callable, Ending], ...]
    tempers: tuple[tuple[int, int], ...]  # (present, patience) slots of each delegation


def _hot(content: Content) -> _Hot:
    hot = content.cache.get("hot")
    if hot is None:
        in_order = content.numbers.minutes_in_time_order
        hot = content.cache["hot"] = _Hot(
            reactions={
                verb: tuple((r.target, r.once, r.slot, r.test, r) for r in rules)
                for verb, rules in content.reactions.items()
            },
            answering={
                (action.verb, action.target): tuple(
                    (r.once, r.slot, r.test, r)
                    for r in content.reactions[action.verb]
                    if r.target is None or action.target in r.target
                )
                for action in _table(content).by_key.values()
            },
            events=tuple(
                (e.at, e.once, e.slot, e.test, e)
                for e in (_by_time(content.events) if in_order else content.events)
            ),
            timed=sum(e.at is not None for e in content.events) if in_order else 0,
            tempers=tuple((d.base + PRESENT, d.base + PATIENCE) for d in content.delegations),
            anytime_endings=tuple(
                (e.when.run, e) for e in content.endings if not e.at_close and e.when is not None
            ),
        )
    return hot


def _by_time(events: tuple[Rule, ...]) -> list[Rule]:
    """Events in the order they fall due: timed ones by their time, then those that wait only
    for a condition (they fall due at the clock's time, which is after every time passed);
    as written among equals. Fired in this order, their minutes never go back in time."""
    late = 24 * 60
    return sorted(events, key=lambda e: e.at if e.at is not None else late)


def _walkouts(
    content: Content, v: list[int], out: list[Entry] | None, said: list[Entry] | None
) -> None:
    """Delegations out of patience leave; their leaving may try others' patience in turn."""
    left = True
    while left:
        left = False
        for d in content.delegations:
            if v[d.base + PRESENT] and v[d.base + PATIENCE] <= 0:
                left = True
                v[d.base + PRESENT] = 0
                line = d.walkout
                if line is None or (line.test is not None and not line.test(v)):
                    line = Said(None, f"{opening_name(d.name)} walks out of the session.")
                if said is None:
                    skip_words(line, v)
                else:
                    said.append(
                        Entry(
                            "walkout",
                            v[CLOCK],
                            render(line, v),
                            line.speaker,
                            line.source,
                            ref=d.id,
                            said_by=line.said_by,
                            use=line.use,
                        )
                    )
                groups: set[str] = set()
                for rule in content.reactions["walkout"]:
                    if (
                        (rule.target is None or d.id in rule.target)
                        and not (rule.once and v[rule.slot])
                        and (rule.test is None or rule.test(v))
                    ):
                        _fire(v, rule, out, said, v[CLOCK], groups)


# --------------------------------------------------------------------------- the verbs


def _drawn(content: Content, v: list[int], d: Delegation) -> Delegation:
    return as_drawn(content, v, d) if content.hidden else d


def _head(d: Delegation) -> str:
    return f"{d.head} ({d.name})" if d.head else f"the delegation of {definite(d.name)}"


def _floor(
    content: Content,
    v: list[int],
    target: str | None,
    out: list[Entry] | None,
    said: list[Entry] | None,
    now: int,
) -> int:
    d = content.delegation(target)  # type: ignore[arg-type]
    n = content.numbers
    if out is not None:
        out.append(Entry("action", now, f"The Chair gives the floor to {_head(d)}.", ref=d.id))
    speech = pick_speech(d.floor, v, v[d.base + HEARD], d.floor_said)
    if speech is None:
        if said is not None:  # a fallback line is plain words: nothing to draw without them
            line = fallback(content, _drawn(content, v, d), "floor", v[d.base + HEARD])
            _say(said, [line], now)
    else:
        _say(said, [speech.line], now, v=v)
        if speech.apply is not None:
            speech.apply(v)
    v[d.base + HEARD] += 1
    _bump(v, d.base + ENGAGEMENT, n.engagement_heard)
    _bump(v, d.base + FACE, n.face_heard)
    _bump(v, d.base + PATIENCE, n.patience_heard)
    return n.minutes["floor"]


def _consult(
    content: Content,
    v: list[int],
    target: str | None,
    out: list[Entry] | None,
    said: list[Entry] | None,
    now: int,
) -> int:
    d = content.delegation(target)  # type: ignore[arg-type]
    n = content.numbers
    if not v[d.base + PRESENT]:
        _bring_back(content, v, d, out, now)
        return n.minutes["consult"]
    if out is not None:
        out.append(Entry("action", now, f"The Chair meets {_head(d)} in private.", ref=d.id))
    speech = pick_speech(d.consult, v, v[d.base + CONSULTED], d.consult_said)
    if speech is None:
        if said is not None:
            count = v[d.base + CONSULTED]
            line = fallback(content, _drawn(content, v, d), "consult", count)
            _say(said, [line], now, kind="private")
    else:
        _say(said, [speech.line], now, kind="private", v=v)
        if speech.apply is not None:
            speech.apply(v)
    first = v[d.base + CONSULTED] == 0
    if first and out is not None:
        out.append(Entry("finding", now, findings(content, d, v), d.id, ref=d.id))
    _bump(v, d.base + TRUST, n.trust_consulted if first else n.trust_consulted_again)
    _bump(v, d.base + ENGAGEMENT, n.engagement_consulted)
    _bump(v, d.base + PATIENCE, n.patience_consulted)
    v[d.base + CONSULTED] += 1
    return n.minutes["consult"]


def _bring_back(
    content: Content, v: list[int], d: Delegation, out: list[Entry] | None, now: int
) -> None:
    n = content.numbers
    if out is not None:
        out.append(Entry("action", now, f"The Chair follows {_head(d)} out of the room.", ref=d.id))
    v[d.base + CONSULTED] += 1
    if n.return_trust is not None and v[d.base + TRUST] >= n.return_trust:
        v[d.base + PRESENT] = 1
        v[d.base + PATIENCE] = max(v[d.base + PATIENCE], n.patience_returned)
        if out is not None:
            out.append(
                Entry(
                    "return", now, f"{opening_name(d.name)} returns to the table.", d.id, ref=d.id
                )
            )
    elif out is not None:
        out.append(
            Entry("notice", now, f"{opening_name(d.name)} will not come back yet.", d.id, ref=d.id)
        )


def findings(content: Content, d: Delegation, v: State | list[int] | None = None) -> str:
    """What a first consultation reveals, in words: red lines, what matters most, where it can
    move. Where the scenario draws hidden values per game, what *this* game (the state `v`)
    drew; without `v`, the lowest values a game may draw."""
    key: object = d.id
    if content.hidden and v is not None:
        d = as_drawn(content, v, d)
        key = (
            d.id,
            *((p.position, p.salience, p.reservation, p.red_line) for p in d.positions.values()),
        )
    cache = content.cache.setdefault("findings", {})
    if key not in cache:
        cache[key] = _findings(content, d)
    return cache[key]


def _findings(content: Content, d: Delegation) -> str:
    if not d.positions:
        return f"{opening_name(d.name)} has no position on the issues of these talks."
    title = content.issues
    red = [
        red_line_words(title[i].title, p.position, p.red_line)
        for i, p in d.positions.items()
        if p.red_line is not None
    ]
    by_weight = sorted(d.positions.items(), key=lambda item: (-item[1].salience, item[0]))
    by_room = sorted(
        d.positions.items(), key=lambda item: (-item[1].room * (1 - item[1].salience / 2), item[0])
    )
    parts = [f"red lines — {blocks_words(red)}" if red else "no red lines"]
    parts.append(f"it cares most about {_listed([title[i].title for i, _ in by_weight[:3]])}")
    parts.append(
        "it has most room to move on "
        + _listed([f"{title[i].title} ({p.room} points)" for i, p in by_room[:2]])
    )
    return f"Learnt in private from {d.short}: " + "; ".join(parts) + "."


def _listed(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _propose(
    content: Content,
    v: list[int],
    target: str | None,
    out: list[Entry] | None,
    said: list[Entry] | None,
    now: int,
) -> int:
    m = content.measure(target)  # type: ignore[arg-type]
    n = content.numbers
    v[m.base + TABLED] = 1
    if out is not None:
        out.append(Entry("action", now, f"The Chair tables a proposal: {m.title}.", ref=m.id))
    points = m.points(v)
    for d in _red_liners(content, m):  # only those with a red line the measure could reach
        if not v[d.base + PRESENT]:
            continue
        if content.hidden:
            d = as_drawn(content, v, d)
        crossed = m.crosses(d, v, points)
        if crossed:
            if out is not None:
                line = red_line_of(content.issues[crossed[0]].title, d.positions[crossed[0]])
                out.append(
                    Entry(
                        "notice",
                        now,
                        f"{opening_name(d.name)} protests: the proposal crosses its red line "
                        f"({blocks_words([line])}).",
                        d.id,
                        ref=m.id,
                    )
                )
            _bump(v, d.base + PATIENCE, -n.patience_red_line)
            _bump(v, d.base + FACE, -n.face_red_line)
            _bump(v, d.base + TRUST, -n.trust_red_line)
    return n.minutes["propose"]


def _red_liners(content: Content, m: Measure) -> tuple[Delegation, ...]:
    """The delegations, in order, with a red line (fixed or drawn) on an issue `m` touches:
    no other can protest at its tabling, so no other is looked at."""
    table = content.cache.get("red_liners")
    if table is None:
        table = content.cache["red_liners"] = {
            measure.id: tuple(
                d
                for d in content.delegations
                if any(
                    issue in d.positions and d.positions[issue].red_line is not None
                    for issue in (*measure.lands, *measure.moves)
                )
            )
            for measure in content.measures
        }
    return table[m.id]


def _consensus(
    content: Content,
    v: list[int],
    target: str | None,
    out: list[Entry] | None,
    said: list[Entry] | None,
    now: int,
) -> int:
    m = content.measure(target)  # type: ignore[arg-type]
    n = content.numbers
    v[m.base + CALLS] += 1
    if out is not None:
        out.append(Entry("action", now, f"The Chair calls for consensus on: {m.title}.", ref=m.id))
    blockers = _roll_call(content, v, m, out, now)
    if not blockers:
        v[m.base + ADOPTED] = 1
        v[m.base + TABLED] = 0
        v[AGREEMENTS] += 1
        for issue_id, point in m.points(v).items():
            v[content.issues[issue_id].slot] = point  # the new status quo
        if out is not None:
            out.append(
                Entry("result", now, f"Adopted: {m.title}. No delegation objects.", ref=m.id)
            )
        if m.apply is not None:
            m.apply(v)
        for d in content.delegations:
            if v[d.base + PRESENT]:
                _bump(v, d.base + FACE, n.face_adopted)
                _bump(v, d.base + ENGAGEMENT, n.engagement_adopted)
        _standing(content, v, n.standing_adopted)
        return m.minutes
    v[m.base + FAILED] += 1
    if out is not None:
        names = ", ".join(d.short for d in blockers)
        out.append(
            Entry(
                "result", now, f"No consensus on {titled(m.title)}: blocked by {names}.", ref=m.id
            )
        )
    for d in blockers:
        _bump(v, d.base + FACE, -n.face_blocked)
        _bump(v, d.base + PATIENCE, -n.patience_blocked)
    _standing(content, v, -n.standing_failed)
    if m.on_fail is not None:
        m.on_fail(v)
    return m.minutes


def _standing(content: Content, v: list[int], delta: int) -> None:
    """Move the chair's standing (the meter the scenario names as such, if any)."""
    n = content.numbers
    if delta and n.standing_slot is not None:
        lo, hi = n.standing_range
        v[n.standing_slot] = min(hi, max(lo, v[n.standing_slot] + delta))


def _roll_call(
    content: Content, v: list[int], m: Measure, out: list[Entry] | None, now: int
) -> list[Delegation]:
    """Each delegation at the table answers, in the scenario's order; those who block."""
    framing = v[FRAMING]
    blockers = []
    for d in content.delegations:
        if not v[d.base + PRESENT]:
            v[d.base + ANSWER] = NO_ANSWER
            continue
        code, reason = answer(content, v, d, m, framing, words=out is not None)
        v[d.base + ANSWER] = code
        if out is not None:
            out.append(Entry("answer", now, reason, d.id, answer=ANSWER_WORDS[code], ref=m.id))
        if code == BLOCK:
            blockers.append(d)
    if content.blocs and blockers:
        blockers = _blocs_decide(content, v, m, out, now, blockers)
    return blockers


def _blocs_decide(
    content: Content, v: list[int], m: Measure, out: list[Entry] | None, now: int, blockers: list
) -> list[Delegation]:
    """Blocs that decide as one (`blocs:`): when a member blocks, every member at the table
    blocks with it, saying whom it stands with; a split (a member blocks what another would
    support) costs the bloc's unity. Runs only when the scenario declares blocs."""
    blocking = {d.id for d in blockers}
    for bloc in content.blocs:
        first = next((d for d in blockers if d.id in bloc.members), None)
        if first is None:
            continue
        split = False
        for member_id in bloc.members:
            d = content.delegation(member_id)
            if member_id in blocking or not v[d.base + PRESENT]:
                continue
            split = split or v[d.base + ANSWER] == SUPPORT
            if bloc.decides_together:
                v[d.base + ANSWER] = BLOCK
                blocking.add(member_id)
                blockers.append(d)
                if out is not None:
                    out.append(
                        Entry(
                            "answer",
                            now,
                            f"it stands with {first.short}: {bloc.name} decides as one",
                            d.id,
                            answer=ANSWER_WORDS[BLOCK],
                            ref=m.id,
                        )
                    )
        if split and bloc.split_costs and bloc.unity_slot is not None:
            lo, hi = bloc.unity_range
            v[bloc.unity_slot] = max(lo, min(hi, v[bloc.unity_slot] - bloc.split_costs))
    order = {d.id: i for i, d in enumerate(content.delegations)}
    return sorted(blockers, key=lambda d: order[d.id])


def _frame(
    content: Content,
    v: list[int],
    target: str | None,
    out: list[Entry] | None,
    said: list[Entry] | None,
    now: int,
) -> int:
    f = content.framing(target)  # type: ignore[arg-type]
    v[FRAMING] = f.number
    if out is not None:
        out.append(Entry("action", now, f"The Chair frames the talks: {f.title}.", ref=f.id))
    _say(said, f.say, now, ref=f.id, v=v)
    if f.apply is not None:
        f.apply(v)
    return content.numbers.minutes["frame"]


def _statement(
    content: Content,
    v: list[int],
    target: str | None,
    out: list[Entry] | None,
    said: list[Entry] | None,
    now: int,
) -> int:
    s = content.statement(target)  # type: ignore[arg-type]
    v[s.slot] = 1
    if out is not None:
        out.append(Entry("action", now, f"The Chair makes a statement: {s.title}.", ref=s.id))
    if said is not None:
        said.append(
            Entry("speech", now, s.text, "chair", s.source, ref=s.id, said_by=s.said_by, use=s.use)
        )
    if s.apply is not None:
        s.apply(v)
    return content.numbers.minutes["statement"]


def _recess(
    content: Content,
    v: list[int],
    target: str | None,
    out: list[Entry] | None,
    said: list[Entry] | None,
    now: int,
) -> int:
    n = content.numbers
    v[RECESSES] += 1
    if out is not None:
        out.append(Entry("action", now, "The Chair suspends the session for a recess."))
    for d in content.delegations:
        if v[d.base + PRESENT]:
            _bump(v, d.base + PATIENCE, n.patience_recess)
    return n.minutes["recess"]


def _adjourn(
    content: Content,
    v: list[int],
    target: str | None,
    out: list[Entry] | None,
    said: list[Entry] | None,
    now: int,
) -> int:
    if out is not None:
        out.append(Entry("action", now, "The Chair adjourns the session."))
    return 0


_VERBS = {
    "floor": _floor,
    "consult": _consult,
    "propose": _propose,
    "consensus": _consensus,
    "frame": _frame,
    "statement": _statement,
    "recess": _recess,
    "adjourn": _adjourn,
}
