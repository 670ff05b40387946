"""Hidden values drawn per game: ranges and alternatives in a delegation's positions."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scenario.engine.compiler import check_scenario, load_content
from scenario.engine.game import findings, new_state, state_hash, step
from scenario.engine.hidden import as_drawn
from scenario.engine.layout import BLOCK
from scenario.engine.negotiation import answer
from tests.conftest import edit
from tests.format.test_check import check, where

DRAWN = """positions:
  open_door:
    position: [90, 100]
    salience: [0.7, 1.0]
    reservation: [60, 80]
    red_line: {one_of: [3, 30]}
"""


@pytest.fixture
def drawn(scenario_copy) -> Path:
    """The tutorial with Russia's hidden numbers on the open door drawn per game."""
    folder = scenario_copy()
    edit(
        folder / "delegations" / "russia.yaml",
        "positions:\n  open_door:\n    position: 100\n    salience: 1.0\n    reservation: 70\n"
        "    red_line: 30\n",
        DRAWN,
    )
    return folder


@pytest.fixture
def content(drawn):
    return load_content(drawn)


def drawn_russia(content, seed: int):
    state = new_state(content, seed)
    return state, as_drawn(content, state, content.delegation("russia")).positions["open_door"]


def test_a_scenario_with_ranges_checks_clean(drawn):
    report = check_scenario(drawn)
    assert report.errors == []


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # content is read-only
@given(seed=st.integers(min_value=-(2**70), max_value=2**70))
def test_drawn_values_stay_in_their_ranges_and_repeat_with_the_seed(content, seed):
    state, p = drawn_russia(content, seed)
    assert 90 <= p.position <= 100
    assert 0.7 <= p.salience <= 1.0 and round(p.salience, 2) == p.salience
    assert 60 <= p.reservation <= 80
    assert p.red_line in (3, 30)
    assert p.room == max(5, abs(p.reservation - p.position))
    again, q = drawn_russia(content, seed)
    assert again == state and q == p


def test_seeds_draw_different_truths_and_the_state_hash_covers_them(content):
    drawn = {seed: drawn_russia(content, seed) for seed in range(40)}
    assert {p.red_line for _, p in drawn.values()} == {3, 30}
    assert len({p.position for _, p in drawn.values()}) > 5
    hashes = {state_hash(state) for state, _ in drawn.values()}
    assert len(hashes) == len(
        {(p.position, p.salience, p.reservation, p.red_line) for _, p in drawn.values()}
    )


def test_the_model_and_the_findings_use_what_this_game_drew(content):
    by_line = {}
    for seed in range(40):
        state, p = drawn_russia(content, seed)
        by_line.setdefault(p.red_line, state)
    declaration = (
        content.measure("open_declaration") if False else content.measure("open_door_declaration")
    )
    russia = content.delegation("russia")
    for red_line, state in by_line.items():
        code, reason = answer(content, state, russia, declaration, 0)
        assert (code == BLOCK and "red line" in reason) == (red_line == 30)
        state, out = step(content, state, "consult russia")
        found = next(e.text for e in out if e.kind == "finding")
        assert found == findings(content, russia, state)
        assert f"NATO's open door to {red_line} or below" in found


def test_the_protest_at_tabling_follows_the_drawn_red_line(content):
    for seed in range(40):
        state, p = drawn_russia(content, seed)
        _, out = step(content, state, "propose open_door_declaration")
        protested = any(e.kind == "notice" and e.speaker == "russia" for e in out)
        assert protested == (p.red_line == 30)


@pytest.mark.parametrize(
    "value, needle, message",
    [
        ("[30, 10]", "[30, 10]", "the range [30, 10] goes down: write the lowest value first"),
        ("[10, 300]", "[10, 300]", "a point on the scale must lie between 0 and 100, got 300"),
        ("[10, 20, 30]", "[10, 20, 30]", "a range is two numbers, [lowest, highest]; got 3 items"),
        ("{one_of: []}", "{one_of: []}", "one_of needs a list of 1 to 100 values"),
        (
            "{one: [3]}",
            "{one: [3]}",
            "expected a number, a range [lowest, highest] or {one_of: [a, b, ...]}",
        ),
    ],
)
def test_bad_ranges_are_located(drawn, capsys, value, needle, message):
    russia = drawn / "delegations" / "russia.yaml"
    edit(russia, "red_line: {one_of: [3, 30]}", f"red_line: {value}")
    code, lines = check(drawn, capsys)
    assert code == 1
    assert lines == [
        f"{where(russia, needle)}: error: "
        f"delegations.russia.positions.open_door.red_line: {message}"
    ]


def test_a_salience_range_beyond_one_is_located(drawn, capsys):
    russia = drawn / "delegations" / "russia.yaml"
    edit(russia, "salience: [0.7, 1.0]", "salience: [0.7, 1.5]")
    code, lines = check(drawn, capsys)
    assert code == 1
    assert any(
        line.startswith(where(russia, "[0.7, 1.5]"))
        and "a salience must lie between 0 and 1, got 1.5" in line
        for line in lines
    ), lines


def test_a_red_line_range_that_reaches_the_position_is_an_error(drawn, capsys):
    russia = drawn / "delegations" / "russia.yaml"
    edit(russia, "red_line: {one_of: [3, 30]}", "red_line: [30, 95]")
    code, lines = check(drawn, capsys)
    assert code == 1
    assert any(
        line.startswith(where(russia, "[30, 95]")) and "overlap" in line for line in lines
    ), lines


def test_a_reservation_that_some_draw_puts_beyond_the_red_line_is_an_error(drawn, capsys):
    russia = drawn / "delegations" / "russia.yaml"
    edit(russia, "reservation: [60, 80]", "reservation: [20, 80]")
    code, lines = check(drawn, capsys)
    assert code == 1
    assert any(
        line.startswith(where(russia, "[20, 80]")) and "whatever a game draws" in line
        for line in lines
    ), lines


def test_varied_writing_says_which_way_a_red_line_runs(drawn):
    edit(drawn / "scenario.yaml", "model:\n", "model:\n  varied_writing: true\n")
    content = load_content(drawn)
    state, p = drawn_russia(content, 3)
    _, out = step(content, state, "consult russia")
    found = next(e.text for e in out if e.kind == "finding")
    assert f"it blocks anything that moves NATO's open door to {p.red_line} or below" in found
