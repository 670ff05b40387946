"""The tables the engine derives from a compiled scenario, built once and shared by every game.

A step reads the scenario through these rather than through its dataclasses: the reactions to
each action already filtered, the events in the order they fall due, the names of the streams a
new game draws from, the words a consultation reveals. Each is a function of the compiled
scenario alone, so it is built in one go, on first use (`Content.tables`), and never changes.

Four kinds of table fill as games are played, because what they hold cannot be listed in
advance or is costly to make for a game that may never need it; all are memos, never game state
(a game reads the same whether they are full or not):

- `drawn`: the delegations as each game drew them, with their positions and findings in words
  (a scenario with ranges has more possible draws than could be built), bounded in size;
- `readers`: compiled readers of the expressions `Game.read` has been asked for (any text may
  be asked);
- `steps`: the lean step of each action, written out and compiled when first taken (`lean`);
- `roll_call`: the lean roll-call of each measure, written out when first called (`answering`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import answering, hidden, lean, legality, revealed, rules

if TYPE_CHECKING:
    from .content import Content, Delegation, Position


RedLine = tuple[str, int | None, int, int | None, int]
"""(issue, slot of the position or None, the position as written, slot of the red line or
None, the red line as written): a red line read from the state where the game drew it."""


@dataclass(frozen=True, slots=True)
class Tables:
    """What the engine derives from one compiled scenario (see the module's docstring)."""

    rules: rules.RuleTable
    """The reactions, events, endings and tempers as plain tuples, in the order they are tried."""
    draws: tuple[tuple[int, Sequence[int], int], ...]
    """Every value a new game draws (`hidden`), in the order of `opening_names`: its slot, the
    values it may take (a range or the alternatives) and how many there are."""
    fates: tuple[tuple[int, float], ...]
    """(slot, chance) of each event whose chance is decided once, when the game opens."""
    opening_names: tuple[bytes, ...]
    """The name of the stream of each draw, then of each fate: one pass draws them all."""
    drawn: dict[str, hidden.DrawnMemo]
    """For each delegation with drawn values: how to read them, and what was made of them."""
    framing_factors: tuple[dict[str, float], ...]
    """Each framing's salience factors, by framing number (0: none)."""
    red_lines: dict[str, tuple[tuple[Delegation, tuple[RedLine, ...]], ...]]
    """Measure id -> the delegations, in order, with a red line (fixed or drawn) on an issue
    the measure touches (no other can protest at its tabling), each with those red lines in
    the order of `Measure.points`."""
    findings: dict[str, str]
    """Delegation id -> what a first consultation reveals, with its positions as written."""
    rule_slots: tuple[int, ...]
    """The slot of each rule, in the order of `Content.all_rules()` (a playtest's record)."""
    readers: dict[str, Callable[[Sequence[int]], Any]]
    """A memo: expression -> its compiled reader, filled by `Game.read`."""
    steps: lean.Steps
    """A memo: the lean step written out for each action, made the first time it is taken
    (`lean`)."""
    roll_call: answering.RollCall
    """How each delegation answers a call for consensus on each measure, read from the state:
    the lean step's roll-call (`answering`)."""
    legality: legality.Legality
    """Every action of the scenario, and the code derived from the verbs' checks that lists the
    legal ones and says why one is not (`legality`)."""


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
        red_lines=_red_lines(content),
        findings={d.id: revealed.written(content, d) for d in content.delegations},
        rule_slots=tuple(rule.slot for rule in content.all_rules()),
        readers={},
        steps=lean.Steps(content),
        roll_call=answering.RollCall(content),
        legality=legality.build(content),
    )


def _red_lines(content: Content) -> dict[str, tuple[tuple[Delegation, tuple[RedLine, ...]], ...]]:
    drawn = {(h.delegation, h.issue): h for h in content.hidden}
    table = {}
    for m in content.measures:
        issues = tuple(dict.fromkeys((*m.lands, *m.moves)))  # the order of `m.points`
        found = []
        for d in content.delegations:
            lines = tuple(
                _red_line(issue, d.positions[issue], drawn.get((d.id, issue)))
                for issue in issues
                if issue in d.positions and d.positions[issue].red_line is not None
            )
            if lines:
                found.append((d, lines))
        table[m.id] = tuple(found)
    return table


def _red_line(issue: str, p: Position, h: hidden.HiddenPosition | None) -> RedLine:
    assert p.red_line is not None  # only positions with a red line are asked for
    if h is None:
        return issue, None, p.position, None, p.red_line
    position, red_line = h.position, h.red_line
    assert red_line is not None  # drawn or not, the red line is written when the position's is
    return (
        issue,
        position.slot,
        0 if position.slot is not None else int(hidden.written(position)),
        red_line.slot,
        0 if red_line.slot is not None else int(hidden.written(red_line)),
    )
