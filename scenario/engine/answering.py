"""The lean roll-call: each delegation's answer, read where this game keeps its numbers.

`negotiation.answer` weighs a measure against the delegation as this game drew it
(`hidden.as_drawn`), which makes a `Delegation` for each new draw. In a playtest almost every
game draws new numbers, so the first roll-call of a game rebuilt every delegation with drawn
values, and a call for consensus cost five times a plain step. The lean step needs the answer,
not its reason, so it reads the drawn numbers from their slots instead (as
`effects.first_red_line` does at tabling), from `Stake`s laid out once per scenario.

Every number is computed as `answer` computes it, in the same order, the sums included (a float
sum depends on its order), so both give the same answer in every state; tests/engine/
test_answering.py and test_lean_step.py hold them to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from .hidden import MIN_ROOM, HiddenPosition, Pick, written
from .layout import ACQUIESCE, BLOCK, CONSULTED, ENGAGEMENT, FACE, HEARD, SUPPORT, TRUST

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


class RollCall:
    """The lean roll-call of one scenario: a `Plan` per measure and delegation, and the model's
    numbers every answer reads (one of `Content.tables`)."""

    __slots__ = ("n", "plans", "standing", "tension", "wary")

    def __init__(self, content: Content) -> None:
        n = self.n = content.numbers
        self.wary = n.wary_unheard
        self.standing = (
            None if n.standing_slot is None else (n.standing_slot, *n.standing_range, n.w_standing)
        )
        self.tension = (
            None if n.tension_slot is None else (n.tension_slot, *n.tension_range, -n.w_tension)
        )
        hidden = {(h.delegation, h.issue): h for h in content.hidden}
        framings = range(1 + len(content.framings))
        factors = ({}, *(f.salience for f in content.framings))  # `Tables.framing_factors`
        self.plans = {
            m.id: tuple(_plan(content, d, m, hidden, framings, factors) for d in content.delegations)
            for m in content.measures
        }

    def answer(self, plan: Plan, v: Sequence[int], points: dict[str, int], framing: int) -> int:
        """`negotiation.answer(content, v, d, m, framing, False, points)`'s answer."""
        values: list[float] = []
        saliences: list[float] = []
        for (
            issue,
            status,
            position,
            position_slot,
            reservation,
            reservation_slot,
            red_line,
            red_line_slot,
            room,
            salience,
            salience_slot,
            salience_written,
            factors,
        ) in plan.stakes:
            point = points[issue]
            if position_slot is not None:
                position = v[position_slot]
            if red_line_slot is not None:
                red_line = v[red_line_slot]
            if red_line is not None and (point - red_line) * (position - red_line) <= 0:
                return BLOCK  # a red line crossed (`Measure.crosses`)
            if salience is None:  # drawn (`hidden._rebuilt`, `hidden.DrawnSalience`)
                weight = salience_written if salience_slot is None else v[salience_slot] / 100
                weight *= factors[framing]
                if reservation_slot is not None:
                    reservation = v[reservation_slot]
                elif reservation is None:
                    reservation = position
                room = max(MIN_ROOM, abs(reservation - position))
            else:
                weight = salience[framing]
            today = v[status]
            values.append(weight * (abs(today - position) - abs(point - position)) / room)  # type: ignore[operator]
            saliences.append(weight)
        n = self.n
        if plan.aimed_at:  # `negotiation._aimed_at`
            total = sum(values) + sum(self._flexibility(plan, v))
            return ACQUIESCE if total >= n.support_at else BLOCK
        if not values:
            return ACQUIESCE
        base = plan.base
        total = sum(values) + sum(self._flexibility(plan, v))
        if self.wary and not v[base + HEARD] and not v[base + CONSULTED]:
            cares = n.wary_cares
            for value, weight in zip(values, saliences, strict=True):
                if value < 0 and weight >= cares:
                    return BLOCK
            if total >= n.support_at:
                return ACQUIESCE
        if total >= n.support_at:
            return SUPPORT
        return ACQUIESCE if total >= -1 else BLOCK

    def _flexibility(self, plan: Plan, v: Sequence[int]) -> list[float]:
        """`negotiation.flexibility_terms`'s values, in its order."""
        n, base = self.n, plan.base
        terms = [
            n.w_trust * (v[base + TRUST] - 50) / 50,
            n.w_engagement * (v[base + ENGAGEMENT] - 50) / 50,
            n.w_face * (v[base + FACE] - 50) / 50,
            n.w_consulted if v[base + CONSULTED] else 0.0,
        ]
        if self.standing is not None:
            terms.append(_scaled(v, *self.standing))
        if self.tension is not None:
            terms.append(_scaled(v, *self.tension))
        terms.extend(plan.fixed_terms)  # partisan
        if plan.unity is not None:
            terms.append(_scaled(v, *plan.unity))
        return terms


def _scaled(v: Sequence[int], slot: int, lo: int, hi: int, weight: float) -> float:
    """`weight` times `negotiation._scaled` of the meter in `slot`."""
    half = (hi - lo) / 2
    return weight * ((v[slot] - lo - half) / half)


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
