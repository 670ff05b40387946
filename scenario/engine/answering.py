"""The lean roll-call: each delegation's answer, read where this game keeps its numbers.

`negotiation.answer` weighs a measure against the delegation as this game drew it
(`hidden.as_drawn`), which makes a `Delegation` for each new draw. In a playtest almost every
game draws new numbers, so the first roll-call of a game rebuilt every delegation with drawn
values, and a call for consensus cost five times a plain step. The lean step needs the answer,
not its reason, so it reads the drawn numbers from their slots instead (as
`effects.first_red_line` does at tabling). What each delegation weighs on each measure is laid
out once (`Plan`, `Stake`), then written out as Python per measure, the first time the measure
is called for, so that a roll-call does no lookups, loops or unpacking it could do in advance.

Like `legality` and `lean`, the generated code holds slot numbers and names of our own making
only; the model's numbers enter by name. Every number is computed as `answer` computes it, in
the same order, the sums included (a float sum depends on its order, and `sum` itself is
called, as `answer` calls it), so both give the same answer in every state:
tests/engine/test_answering.py and test_lean_step.py hold them to it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from .hidden import MIN_ROOM, HiddenPosition, Pick, written
from .layout import (
    ACQUIESCE,
    ANSWER,
    BLOCK,
    CONSULTED,
    ENGAGEMENT,
    FACE,
    FRAMING,
    HEARD,
    NO_ANSWER,
    PRESENT,
    SUPPORT,
    TRUST,
)

if TYPE_CHECKING:
    from .content import Content, Delegation, Measure, Position


class Stake(NamedTuple):
    """One issue a measure touches and a delegation has a position on. A value with a slot is
    drawn per game and read from the state; `room` None: worked out from the drawn values."""

    issue: str
    status: int  # the slot of the issue's status quo
    position: int
    position_slot: int | None
    reservation: int | None  # None: the position (a drawn position without a reservation)
    reservation_slot: int | None
    red_line: int | None
    red_line_slot: int | None
    room: int | None
    salience: tuple[float, ...] | None  # by framing, when nothing of it is drawn
    salience_slot: int | None  # drawn, in hundredths
    salience_written: float  # drawn position, salience as written
    factors: tuple[float, ...]  # by framing: what the framing does to a drawn salience


class Plan(NamedTuple):
    """How one delegation answers a call for consensus on one measure."""

    delegation: Delegation
    base: int
    stakes: tuple[Stake, ...]
    aimed_at: bool  # the measure is aimed at it (`Measure.aimed_at`)
    fixed_terms: tuple[float, ...]  # partisan: what the chair's side does, when it is a party
    unity: tuple[int, int, int, float] | None  # (slot, low, high, weight) of its bloc's unity


class RollCall(dict[str, "Callable[[list[int]], list[Delegation]]"]):
    """The lean roll-call of each measure of one scenario, by measure id: a function of the
    state (a list) that writes each delegation's answer in its slot and returns those who
    block, in the scenario's order (before blocs decide). Written out and compiled the first
    time a measure is called for (a memo of `Content.tables`: never game state)."""

    def __init__(self, content: Content) -> None:
        super().__init__()
        self.content = content
        self.hidden = {(h.delegation, h.issue): h for h in content.hidden}

    def __missing__(self, measure_id: str) -> Callable[[list[int]], list[Delegation]]:
        made = self[measure_id] = self.generate(measure_id)[0]
        return made

    def plans(self, measure_id: str) -> tuple[Plan, ...]:
        """How each delegation, in the scenario's order, answers on the measure."""
        content = self.content
        m = content.measure(measure_id)
        framings = range(1 + len(content.framings))
        factors = ({}, *(f.salience for f in content.framings))  # `Tables.framing_factors`
        return tuple(
            _plan(content, d, m, self.hidden, framings, factors) for d in content.delegations
        )

    def generate(self, measure_id: str) -> tuple[Callable[[list[int]], list[Delegation]], str]:
        """The roll-call on a measure, and its source (for whoever debugs it)."""
        content = self.content
        m = content.measure(measure_id)
        n = content.numbers
        names: dict[str, object] = {
            "add_up": sum,  # as `answer` sums, so that the floats are the same in any Python
            "support_at": n.support_at,
            "cares": n.wary_cares,
            "wt": n.w_trust,
            "we": n.w_engagement,
            "wf": n.w_face,
            "wc": n.w_consulted,
            "ws": n.w_standing,
            "hs": (n.standing_range[1] - n.standing_range[0]) / 2,  # `negotiation._scaled`
            "wtn": -n.w_tension,
            "ht": (n.tension_range[1] - n.tension_range[0]) / 2,
        }
        lines = ["def roll(v):", f"    framing = v[{FRAMING}]", "    blockers = []"]
        point = {}  # issue -> the variable holding where the measure puts it
        for k, issue in enumerate(dict.fromkeys((*m.lands, *m.moves))):  # `Measure.points`
            point[issue] = f"p{k}"
            if issue in m.moves:
                lines.append(f"    p{k} = v[{m.slots[issue]}] + {m.moves[issue]}")
                lines.append(f"    p{k} = 0 if p{k} < 0 else (100 if p{k} > 100 else p{k})")
            else:
                lines.append(f"    p{k} = {m.lands[issue]}")
        defs: list[str] = []
        for k, plan in enumerate(self.plans(measure_id)):
            names[f"d{k}"] = plan.delegation
            defs += _answer(content, plan, k, point, names)
            answer_slot = plan.base + ANSWER
            lines += [
                f"    if v[{plan.base + PRESENT}]:",
                f"        code = v[{answer_slot}] = answer{k}(v, framing, {', '.join(point.values())})",
                f"        if code == {BLOCK}:",
                f"            blockers.append(d{k})",
                "    else:",
                f"        v[{answer_slot}] = {NO_ANSWER}",
            ]
        lines.append("    return blockers")
        source = "\n".join(defs + lines) + "\n"
        scope: dict[str, object] = {"__builtins__": {}, **names}
        exec(compile(source, f"<roll-call of {content.id}>", "exec"), scope)
        return scope["roll"], source  # type: ignore[return-value]  # defined by the code just run


def _answer(
    content: Content, plan: Plan, k: int, point: dict[str, str], names: dict[str, object]
) -> list[str]:
    """`negotiation.answer`'s decision for one delegation and measure, written out: the same
    arithmetic on the same numbers in the same order (its reason is never built)."""
    n = content.numbers
    lines = [f"def answer{k}(v, framing, {', '.join(point.values())}):"]
    add = lines.append
    values, weights = [], []
    for j, s in enumerate(plan.stakes):
        p = point[s.issue]
        position = str(s.position)
        if s.position_slot is not None:  # drawn in this game
            add(f"    pos{j} = v[{s.position_slot}]")
            position = f"pos{j}"
        red = None if s.red_line is None else str(s.red_line)
        if s.red_line_slot is not None:
            add(f"    red{j} = v[{s.red_line_slot}]")
            red = f"red{j}"
        if red is not None:  # a red line crossed is a block (`Measure.crosses`)
            add(f"    if ({p} - {red}) * ({position} - {red}) <= 0:")
            add(f"        return {BLOCK}")
        if s.salience is not None:
            names[f"s{k}_{j}"] = s.salience
            add(f"    w{j} = s{k}_{j}[framing]")
        else:  # drawn (`hidden._rebuilt`, `hidden.DrawnSalience`)
            names[f"f{k}_{j}"] = s.factors
            names[f"sw{k}_{j}"] = s.salience_written
            weight = f"sw{k}_{j}" if s.salience_slot is None else f"v[{s.salience_slot}] / 100"
            add(f"    w{j} = {weight} * f{k}_{j}[framing]")
        room = str(s.room)
        if s.room is None:  # max(MIN_ROOM, abs(reservation - position)), as drawn
            reservation = position if s.reservation is None else str(s.reservation)
            if s.reservation_slot is not None:
                reservation = f"v[{s.reservation_slot}]"
            add(f"    room{j} = {reservation} - {position}")
            add(f"    room{j} = -room{j} if room{j} < 0 else room{j}")
            add(f"    if room{j} < {MIN_ROOM}:")
            add(f"        room{j} = {MIN_ROOM}")
            room = f"room{j}"
        add(f"    g{j} = v[{s.status}] - {position}")  # the gain: how much closer it brings
        add(f"    g{j} = -g{j} if g{j} < 0 else g{j}")
        add(f"    h{j} = {p} - {position}")
        add(f"    h{j} = -h{j} if h{j} < 0 else h{j}")
        add(f"    x{j} = w{j} * (g{j} - h{j}) / {room}")
        values.append(f"x{j}")
        weights.append(f"w{j}")
    if not plan.aimed_at and not values:
        add(f"    return {ACQUIESCE}")  # no stake in it
        return lines
    base = plan.base
    terms = [  # `negotiation.flexibility_terms`, in its order
        f"wt * (v[{base + TRUST}] - 50) / 50",
        f"we * (v[{base + ENGAGEMENT}] - 50) / 50",
        f"wf * (v[{base + FACE}] - 50) / 50",
        f"(wc if v[{base + CONSULTED}] else 0.0)",
    ]
    if n.standing_slot is not None:
        terms.append(f"ws * ((v[{n.standing_slot}] - {n.standing_range[0]} - hs) / hs)")
    if n.tension_slot is not None:
        terms.append(f"wtn * ((v[{n.tension_slot}] - {n.tension_range[0]} - ht) / ht)")
    for i, term in enumerate(plan.fixed_terms):
        names[f"wp{k}_{i}"] = term
        terms.append(f"wp{k}_{i}")
    if plan.unity is not None:
        slot, lo, hi, unity_weight = plan.unity
        names[f"wu{k}"], names[f"hu{k}"] = unity_weight, (hi - lo) / 2
        terms.append(f"wu{k} * ((v[{slot}] - {lo} - hu{k}) / hu{k})")
    add(f"    flex = add_up(({', '.join(terms)},))")
    row = f"({', '.join(values)},)" if values else "()"
    if plan.aimed_at:  # `negotiation._aimed_at`: it blocks unless it would support it
        add(f"    return {ACQUIESCE} if add_up({row}) + flex >= support_at else {BLOCK}")
        return lines
    add(f"    total = add_up({row}) + flex")
    if n.wary_unheard:  # not heard nor consulted: what costs it where it cares is a block
        add(f"    if not v[{base + HEARD}] and not v[{base + CONSULTED}]:")
        costly = " or ".join(
            f"({x} < 0 and {w} >= cares)" for x, w in zip(values, weights, strict=True)
        )
        add(f"        if {costly}:")
        add(f"            return {BLOCK}")
        add("        if total >= support_at:")
        add(f"            return {ACQUIESCE}")
    add("    if total >= support_at:")
    add(f"        return {SUPPORT}")
    add(f"    return {ACQUIESCE} if total >= -1 else {BLOCK}")
    return lines


def _plan(
    content: Content,
    d: Delegation,
    m: Measure,
    hidden: dict[tuple[str, str], HiddenPosition],
    framings: range,
    factors: tuple[dict[str, float], ...],
) -> Plan:
    stakes = []
    for issue in dict.fromkeys((*m.lands, *m.moves)):  # the order of `m.points`
        p = d.positions.get(issue)
        if p is None:
            continue
        status = content.issues[issue].slot
        h = hidden.get((d.id, issue))
        stakes.append(
            _fixed(issue, status, p, d, framings)
            if h is None
            else _drawn(issue, status, h, tuple(f.get(issue, 1.0) for f in factors))
        )
    n = content.numbers
    side = content.chair_side(d.id) if n.party is not None else None
    bloc = content.bloc_of(d.id) if content.blocs else None
    return Plan(
        d,
        d.base,
        tuple(stakes),
        bool(m.aimed_at) and d.id in m.aimed_at,
        () if n.party is None else ((n.w_partisan if side else -n.w_partisan),),
        None
        if bloc is None or bloc.unity_slot is None
        else (bloc.unity_slot, *bloc.unity_range, n.w_unity),
    )


def _fixed(issue: str, status: int, p: Position, d: Delegation, framings: range) -> Stake:
    salience = tuple(d.salience[f][issue] for f in framings)
    return Stake(
        issue, status, p.position, None, p.reservation, None, p.red_line, None, p.room,
        salience, None, 0.0, (),
    )  # fmt: skip


def _drawn(issue: str, status: int, h: HiddenPosition, factors: tuple[float, ...]) -> Stake:
    def fixed(value: Pick) -> int:
        return int(written(value))

    position, reservation, red_line, salience = h.position, h.reservation, h.red_line, h.salience
    return Stake(
        issue,
        status,
        0 if position.slot is not None else fixed(position),
        position.slot,
        None if reservation is None or reservation.slot is not None else fixed(reservation),
        None if reservation is None else reservation.slot,
        None if red_line is None or red_line.slot is not None else fixed(red_line),
        None if red_line is None else red_line.slot,
        None,
        None,
        salience.slot,
        0.0 if salience.slot is not None else float(written(salience)),
        factors,
    )
