"""What each game hides: positions, salience, room to move and red lines drawn from the seed.

An author may declare a position's numbers as ranges (`[40, 60]`) or alternatives
(`{one_of: [10, 30]}`). When the game starts, each such value is drawn once from a stream of
its own, keyed on the seed and a stable name (`russia.open_door.red_line`), and kept in a slot
of the state, so the state hash covers it and a save replays to the same hidden truth. The
negotiation model then plays against a copy of the delegation carrying this game's numbers
(`as_drawn`); a scenario without drawn values never pays for any of this.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter

from . import rng
from .content import Content, Delegation, Position

MEMO = 512
"""Delegations kept per delegation, as drawn in recent games (a memo: never game state)."""

MIN_ROOM = 5
"""Room to move is at least this many points, so a small step never costs without bound (model.md)."""


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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


def draw_hidden(content: Content, seed: int, v: list[int]) -> None:
    """Fill the draw slots of a new game's state from its seed: each value from the stream
    named after it (`rng.keyed`, all of them in one pass)."""
    picks, names = _draws(content)
    for pick, number in zip(picks, rng.keyed_many(seed, names), strict=True):
        v[pick.slot] = pick.chosen(number)  # type: ignore[index]


def _draws(content: Content) -> tuple[tuple[Pick, ...], tuple[bytes, ...]]:
    """Every value drawn per game, and the name of its stream (built once per scenario)."""
    found = content.cache.get("hidden_draws")
    if found is None:
        picks, names = [], []
        for hidden in content.hidden:
            name = f"{hidden.delegation}.{hidden.issue}"
            for key in ("position", "salience", "reservation", "red_line"):
                each: Pick | None = getattr(hidden, key)
                if each is not None and each.slot is not None:
                    picks.append(each)
                    names.append(f"{name}.{key}".encode())
        found = content.cache["hidden_draws"] = (tuple(picks), tuple(names))
    return found


def as_drawn(content: Content, v: Sequence[int], d: Delegation) -> Delegation:
    """`d` with the numbers this game drew (itself when nothing of it is drawn)."""
    mine = content.cache.get("hidden_by_delegation")
    if mine is None:
        mine = content.cache["hidden_by_delegation"] = _by_delegation(content)
    entry = mine.get(d.id)
    if entry is None:
        return d
    hidden, values, made = entry
    key = values(v)  # what this game drew for it: one delegation made per distinct draw
    found = made.get(key)
    if found is None:
        if len(made) >= MEMO:  # a long playtest meets many draws: memory stays flat
            made.clear()
        found = made[key] = _rebuilt(content, v, d, hidden)
    return found


def drawn_delegations(content: Content, v: Sequence[int]) -> tuple[Delegation, ...]:
    """Every delegation with this game's numbers."""
    if not content.hidden:
        return content.delegations
    return tuple(as_drawn(content, v, d) for d in content.delegations)


def _by_delegation(
    content: Content,
) -> dict[str, tuple[tuple[HiddenPosition, ...], Callable[[Sequence[int]], object], dict]]:
    """For each delegation with drawn values: its hidden positions, a getter of the values this
    game drew for it (the key of the delegations made from them), and those delegations."""
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
        found[delegation_id] = (tuple(items), itemgetter(*slots, *slots[:1]), {})
    return found


def _value(p: Pick, v: Sequence[int]) -> int | float:
    return p.fixed if p.slot is None else v[p.slot]  # type: ignore[return-value]


def _rebuilt(
    content: Content, v: Sequence[int], d: Delegation, hidden: tuple[HiddenPosition, ...]
) -> Delegation:
    positions = dict(d.positions)
    made = content.cache.setdefault("drawn_positions", {})
    for h in hidden:
        position = int(_value(h.position, v))
        salience = h.salience.fixed if h.salience.slot is None else v[h.salience.slot] / 100
        reservation = position if h.reservation is None else int(_value(h.reservation, v))
        red_line = None if h.red_line is None else int(_value(h.red_line, v))
        key = (d.id, h.issue, position, salience, reservation, red_line)  # few values recur
        found = made.get(key)
        if found is None:
            if len(made) >= 8 * MEMO:
                made.clear()
            room = max(MIN_ROOM, abs(reservation - position))
            found = made[key] = Position(
                h.issue, position, float(salience), reservation, room, red_line, h.source
            )
        positions[h.issue] = found
    drawn = tuple((h.issue, positions[h.issue].salience) for h in hidden)
    return _changed(d, positions, DrawnSalience(d.salience, _factors(content), drawn))


class DrawnSalience(Sequence[dict[str, float]]):
    """A drawn delegation's salience by framing number, as `Delegation.salience` is, each
    framing's weights made when first read: a roll-call reads the framing of the moment, and
    a game may draw new numbers for every delegation."""

    __slots__ = ("_base", "_drawn", "_factors", "_made")

    def __init__(
        self,
        base: tuple[dict[str, float], ...],
        factors: tuple[dict[str, float], ...],
        drawn: tuple[tuple[str, float], ...],
    ) -> None:
        self._base, self._factors, self._drawn = base, factors, drawn
        self._made: list[dict[str, float] | None] = [None] * len(base)

    def __len__(self) -> int:
        return len(self._base)

    def __getitem__(self, framing):  # type: ignore[override]
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


def _factors(content: Content) -> tuple[dict[str, float], ...]:
    """Each framing's salience factors, by framing number (0: none)."""
    found = content.cache.get("framing_factors")
    if found is None:
        found = content.cache["framing_factors"] = ({}, *(f.salience for f in content.framings))
    return found


_DELEGATION_FIELDS = tuple(f.name for f in dataclasses.fields(Delegation))


def _changed(
    d: Delegation, positions: dict[str, Position], salience: tuple[dict[str, float], ...]
) -> Delegation:
    """`dataclasses.replace(d, positions=..., salience=...)`, without its per-field checks:
    a playtest makes one of these per delegation and game."""
    return Delegation(
        *[
            positions
            if name == "positions"
            else salience
            if name == "salience"
            else getattr(d, name)
            for name in _DELEGATION_FIELDS
        ]
    )
