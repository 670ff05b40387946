"""The tables the engine derives from a compiled scenario, built once and shared by every game.

A step reads the scenario through these rather than through its dataclasses: the reactions to
each action already filtered, the events in the order they fall due, the names of the streams a
new game draws from, the words a consultation reveals. Each is a function of the compiled
scenario alone, so it is built in one go, on first use (`Content.tables`), and never changes.

Two kinds of table fill as games are played, because what they hold cannot be listed in
advance; both are memos, never game state (a game reads the same whether they are full or not):

- `drawn`: the delegations as each game drew them (a scenario with ranges has more possible
  draws than could be built), bounded in size;
- `readers`: compiled readers of the expressions `Game.read` has been asked for (any text may
  be asked).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import hidden, revealed, rules

if TYPE_CHECKING:
    from .content import Content, Delegation


@dataclass(frozen=True, slots=True)
class Tables:
    """What the engine derives from one compiled scenario (see the module's docstring)."""

    rules: rules.RuleTable
    """The reactions, events, endings and tempers as plain tuples, in the order they are tried."""
    draws: tuple[hidden.Pick, ...]
    """Every value a new game draws (`hidden`), in the order of `opening_names`."""
    fates: tuple[tuple[int, float], ...]
    """(slot, chance) of each event whose chance is decided once, when the game opens."""
    opening_names: tuple[bytes, ...]
    """The name of the stream of each draw, then of each fate: one pass draws them all."""
    drawn: dict[str, hidden.DrawnMemo]
    """For each delegation with drawn values: how to read them, and the delegations made."""
    framing_factors: tuple[dict[str, float], ...]
    """Each framing's salience factors, by framing number (0: none)."""
    red_liners: dict[str, tuple[Delegation, ...]]
    """Measure id -> the delegations, in order, with a red line (fixed or drawn) on an issue
    the measure touches: no other can protest at its tabling."""
    findings: dict[str, str]
    """Delegation id -> what a first consultation reveals, with its positions as written."""
    rule_slots: tuple[int, ...]
    """The slot of each rule, in the order of `Content.all_rules()` (a playtest's record)."""
    readers: dict[str, Callable[[Sequence[int]], Any]]
    """A memo: expression -> its compiled reader, filled by `Game.read`."""


def derive(content: Content) -> Tables:
    """Every table for `content` (called once per compiled scenario, by `Content.tables`)."""
    draws, draw_names = hidden.draws(content)
    return Tables(
        rules=rules.rule_table(content),
        draws=draws,
        fates=tuple((e.fate, e.chance) for e in content.events if e.fate is not None),
        opening_names=(
            *draw_names,
            *(f"event.{e.id}".encode() for e in content.events if e.fate is not None),
        ),
        drawn=hidden.by_delegation(content),
        framing_factors=({}, *(f.salience for f in content.framings)),
        red_liners=_red_liners(content),
        findings={d.id: revealed.written(content, d) for d in content.delegations},
        rule_slots=tuple(rule.slot for rule in content.all_rules()),
        readers={},
    )


def _red_liners(content: Content) -> dict[str, tuple[Delegation, ...]]:
    return {
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
