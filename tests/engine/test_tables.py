"""The tables the engine derives from a compiled scenario (`Content.tables`): built once, never
changed by play except for their two bounded memos, and the same from a fresh compile."""

from __future__ import annotations

import dataclasses
import random

from scenario.engine import hidden
from scenario.engine.compiler import load_content
from scenario.engine.effects import first_red_line
from scenario.engine.game import findings, legal_actions, new_state, step
from scenario.engine.layout import ENDED
from scenario.engine.revealed import written
from scenario.engine.session import Game
from tests.conftest import VIENNA

MEMOS = ("drawn", "readers")


def _play(content, games: int, seed: int = 5) -> None:
    chooser = random.Random(seed)
    for game_seed in range(games):
        state = new_state(content, game_seed)
        while not state[ENDED]:
            options = legal_actions(content, state)
            state, _ = step(content, state, chooser.choice(options))


def _fixed(tables) -> dict:
    return {
        f.name: getattr(tables, f.name) for f in dataclasses.fields(tables) if f.name not in MEMOS
    }


def test_the_tables_are_built_once_per_scenario_and_shared():
    content = load_content(VIENNA)
    assert "tables" not in vars(content)  # nothing is derived before the engine asks
    tables = content.tables
    _play(content, 3)
    assert content.tables is tables


def test_playing_changes_no_table_but_the_memos():
    content = load_content(VIENNA)
    before = _fixed(content.tables)
    copies = {name: repr(value) for name, value in before.items()}
    _play(content, 30)
    after = _fixed(content.tables)
    for name, value in after.items():
        assert value is before[name] and repr(value) == copies[name], name


def test_the_drawn_memo_stays_bounded(monkeypatch):
    content = load_content(VIENNA)
    monkeypatch.setattr(hidden, "MEMO", 4)  # a small bound, reached within a few games
    for seed in range(60):
        state = new_state(content, seed)
        for d in content.delegations:
            hidden.as_drawn(content, state, d)
    memos = content.tables.drawn.values()
    for seed in range(60):
        state = new_state(content, seed)
        for d in content.delegations:
            findings(content, d, state)
    assert memos and all(
        len(m.made) <= 4 and len(m.positions) <= 8 and len(m.findings) <= 4 for m in memos
    )
    assert any(len(m.made) > 1 for m in memos)  # the bound was reached, not never approached


def test_a_drawn_delegation_is_the_same_from_a_full_or_an_empty_memo():
    content = load_content(VIENNA)
    state = new_state(content, 11)
    made = [hidden.as_drawn(content, state, d) for d in content.delegations]
    said = [findings(content, d, state) for d in content.delegations]
    for memo in content.tables.drawn.values():
        memo.made.clear()
        memo.positions.clear()
        memo.findings.clear()
    again = [hidden.as_drawn(content, state, d) for d in content.delegations]
    assert again == made
    assert [findings(content, d, state) for d in content.delegations] == said


def test_the_findings_table_holds_the_positions_as_written():
    content = load_content(VIENNA)
    for d in content.delegations:
        assert content.tables.findings[d.id] == written(content, d) == findings(content, d)
        state = new_state(content, 3)
        drawn = hidden.as_drawn(content, state, d)
        assert findings(content, d, state) == written(content, drawn)


def test_a_read_is_compiled_once_and_kept_in_the_readers_memo():
    game = Game(load_content(VIENNA), 1)
    assert game.read("trust.russia") == game.read("trust.russia")
    reader = game.content.tables.readers["trust.russia"]
    game.read("trust.russia")
    assert game.content.tables.readers["trust.russia"] is reader


def test_the_red_lines_at_tabling_agree_with_the_drawn_delegations():
    """Tabling reads red lines from the state (`Tables.red_lines`); a roll-call and the words
    read them from the delegation as drawn (`Measure.crosses`): over many games and moments,
    both find the same first red line crossed, and no delegation left out has one."""
    content = load_content(VIENNA)
    chooser = random.Random(8)
    seen = 0
    for game_seed in range(40):
        state = new_state(content, game_seed)
        while not state[ENDED]:
            for m in content.measures:
                points = m.points(state)
                listed = {d.id: lines for d, lines in content.tables.red_lines[m.id]}
                for d in content.delegations:
                    crossed = m.crosses(hidden.as_drawn(content, state, d), state, points)
                    first = first_red_line(state, points, listed.get(d.id, ()))
                    assert first == (crossed[0] if crossed else None), (m.id, d.id)
                    seen += first is not None
            state, _ = step(content, state, chooser.choice(legal_actions(content, state)))
    assert seen > 100  # red lines were crossed often enough to mean something
