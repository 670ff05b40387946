"""What each game hides: positions, salience, room to move and red lines drawn from the seed.

An author may declare a position's numbers as ranges (`[40, 60]`) or alternatives
(`{one_of: [10, 30]}`). When the game starts, each such value is drawn once from a stream of
its own, keyed on the seed and a stable name (`russia.open_door.red_line`), and kept in a slot
of the state, so the state hash covers it and a save replays to the same hidden truth. The
negotiation model then plays against a copy of the delegation carrying this game's numbers
(`as_drawn`); a scenario without drawn values never pays for any of this.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from typing import Any, overload

from ..records import fields, record
from . import rng
from .content import Content, Delegation, Position

MEMO = 512
"""Delegations (and, twice as many, positions) kept per delegation, as drawn in recent games
(a memo: never game state)."""

MIN_ROOM = 5
"""Room to move is at least this many points, so a small step never costs without bound (model.md)."""


@record
class Pick:
    """One value of a position: fixed, or drawn into `slot` (salience in hundredths)."""

    slot: int | None
    fixed: int | float | None = None
    low: int = 0  # a range, in the stored unit
    high: int = 0
    options: tuple[int, ...] = ()  # alternatives, in the stored unit

    def draw(self, seed: int, name: str) -> int:
        return self.chosen(rng.keyed(seed, name))

    def chosen(self, number: float) -> int:
        """The value for a number in [0, 1) drawn for it."""
        if self.options:
            return self.options[min(len(self.options) - 1, int(number * len(self.options)))]
        return min(self.high, self.low + int(number * (self.high - self.low + 1)))


@record
class HiddenPosition:
    """A position with at least one value drawn per game; `reservation` None: its position."""

    delegation: str
    issue: str
    position: Pick
    salience: Pick
    reservation: Pick | None
    red_line: Pick | None
    source: str | None


def pick(value: object, slot: int | None, scale: int) -> Pick:
    """The `Pick` for a value as written: a number, `[low, high]` or `{one_of: [...]}`."""
    if isinstance(value, list):
        return Pick(slot, None, round(value[0] * scale), round(value[1] * scale))
    if isinstance(value, dict):
        return Pick(slot, None, options=tuple(round(x * scale) for x in value["one_of"]))
    return Pick(None, value)  # type: ignore[arg-type]


def span(value: object) -> tuple[float, float]:
    """The lowest and highest value a game may draw for a value as written."""
    if isinstance(value, list):
        return value[0], value[1]
    if isinstance(value, dict):
        return min(value["one_of"]), max(value["one_of"])
    return value, value  # type: ignore[return-value]


def draws(content: Content) -> tuple[tuple[tuple[int, Sequence[int], int], ...], tuple[bytes, ...]]:
    """Every value drawn per game, and the name of its stream (for `tables`): the value's slot,
    the values it may take and how many. A game's number `x` in [0, 1) picks the value at
    `min(count - 1, int(x * count))`, which is `Pick.chosen` (a range is its values in order)."""
    picks, names = [], []
    for hidden in content.hidden:
        name = f"{hidden.delegation}.{hidden.issue}"
        for key in ("position", "salience", "reservation", "red_line"):
            each: Pick | None = getattr(hidden, key)
            if each is not None and each.slot is not None:
                values = each.options or range(each.low, each.high + 1)
                picks.append((each.slot, values, len(values)))
                names.append(f"{name}.{key}".encode())
    return tuple(picks), tuple(names)


@dataclass(frozen=True, slots=True)
class DrawnMemo:
    """One delegation's drawn values: its hidden positions, a getter of the values a game drew
    for it, and the delegations, positions and findings made from the draws met lately. The
    dicts are memos, bounded (`MEMO`): a long playtest meets more draws than memory should keep."""

    hidden: tuple[HiddenPosition, ...]
    values: Callable[[Sequence[int]], tuple[int, ...]]
    made: dict[tuple[int, ...], Delegation] = field(default_factory=dict)
    positions: dict[tuple[str, int, float, int, int | None], Position] = field(default_factory=dict)
    findings: dict[tuple[int, ...], str] = field(default_factory=dict)
    """What a first consultation reveals of each draw (`revealed.findings`), in words."""


def as_drawn(content: Content, v: Sequence[int], d: Delegation) -> Delegation:
    """`d` with the numbers this game drew (itself when nothing of it is drawn)."""
    memo = content.tables.drawn.get(d.id)
    if memo is None:
        return d
    key = memo.values(v)  # what this game drew for it: one delegation made per distinct draw
    found = memo.made.get(key)
    if found is None:
        if len(memo.made) >= MEMO:
            memo.made.clear()
        found = memo.made[key] = _rebuilt(content, v, d, memo)
    return found


def drawn_delegations(content: Content, v: Sequence[int]) -> tuple[Delegation, ...]:
    """Every delegation with this game's numbers."""
    if not content.hidden:
        return content.delegations
    return tuple(as_drawn(content, v, d) for d in content.delegations)


def by_delegation(content: Content) -> dict[str, DrawnMemo]:
    """For each delegation with drawn values, its `DrawnMemo` (for `tables`)."""
    table: dict[str, list[HiddenPosition]] = {}
    for hidden in content.hidden:
        table.setdefault(hidden.delegation, []).append(hidden)
    found = {}
    for delegation_id, items in table.items():
        slots = [
            p.slot
            for h in items
            for p in (h.position, h.salience, h.reservation, h.red_line)
            if p is not None and p.slot is not None
        ]
        # the first slot twice, so that the getter gives a tuple even for a single slot
        found[delegation_id] = DrawnMemo(tuple(items), itemgetter(*slots, *slots[:1]))
    return found


def _value(p: Pick, v: Sequence[int]) -> int | float:
    """The value of `p` in the game `v`: drawn into its slot, or as written."""
    return v[p.slot] if p.slot is not None else written(p)


def written(p: Pick) -> int | float:
    """The value of a `p` that is not drawn, as written."""
    if p.fixed is None:  # `pick` gives every value a slot or a number
        raise ValueError("a hidden value with neither a slot nor a number")
    return p.fixed


def _rebuilt(content: Content, v: Sequence[int], d: Delegation, memo: DrawnMemo) -> Delegation:
    positions = dict(d.positions)
    made = memo.positions
    for h in memo.hidden:
        position = int(_value(h.position, v))
        salience = _value(h.salience, v) if h.salience.slot is None else v[h.salience.slot] / 100
        reservation = position if h.reservation is None else int(_value(h.reservation, v))
        red_line = None if h.red_line is None else int(_value(h.red_line, v))
        key = (h.issue, position, salience, reservation, red_line)  # few values recur
        found = made.get(key)
        if found is None:
            if len(made) >= 2 * MEMO:
                made.clear()
            room = max(MIN_ROOM, abs(reservation - position))
            found = made[key] = Position(
                h.issue, position, float(salience), reservation, room, red_line, h.source
            )
        positions[h.issue] = found
    drawn = tuple((h.issue, positions[h.issue].salience) for h in memo.hidden)
    factors = content.tables.framing_factors
    return _changed(d, positions, DrawnSalience(d.salience, factors, drawn))


class DrawnSalience(Sequence[dict[str, float]]):
    """A drawn delegation's salience by framing number, as `Delegation.salience` is, each
    framing's weights made when first read: a roll-call reads the framing of the moment, and
    a game may draw new numbers for every delegation."""

    __slots__ = ("_base", "_drawn", "_factors", "_made")

    def __init__(
        self,
        base: Sequence[dict[str, float]],
        factors: tuple[dict[str, float], ...],
        drawn: tuple[tuple[str, float], ...],
    ) -> None:
        self._base, self._factors, self._drawn = base, factors, drawn
        self._made: list[dict[str, float] | None] = [None] * len(base)

    def __len__(self) -> int:
        return len(self._base)

    @overload
    def __getitem__(self, framing: int) -> dict[str, float]: ...

    @overload
    def __getitem__(self, framing: slice) -> list[dict[str, float]]: ...

    def __getitem__(self, framing: int | slice) -> dict[str, float] | list[dict[str, float]]:
        if isinstance(framing, slice):
            return [self[i] for i in range(len(self))[framing]]
        weights = self._made[framing]
        if weights is None:
            weights = self._base[framing].copy()  # only the drawn issues' products change
            factors = self._factors[framing]
            for issue, weight in self._drawn:
                weights[issue] = weight * factors.get(issue, 1.0)
            self._made[framing] = weights
        return weights

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, Sequence) else NotImplemented

    __hash__ = None  # type: ignore[assignment]


_DELEGATION_FIELDS = fields(Delegation)
_fields_of = attrgetter(*_DELEGATION_FIELDS)
_POSITIONS = _DELEGATION_FIELDS.index("positions")
_SALIENCE = _DELEGATION_FIELDS.index("salience")


def _changed(
    d: Delegation, positions: dict[str, Position], salience: Sequence[dict[str, float]]
) -> Delegation:
    """`records.replace(d, positions=..., salience=...)`, without its per-field checks:
    a playtest makes one of these per delegation and game."""
    values: list[Any] = list(_fields_of(d))
    values[_POSITIONS] = positions
    values[_SALIENCE] = salience
    return Delegation(*values)
