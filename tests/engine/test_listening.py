"""Model options that make listening matter (opt-in): wary unheard delegations, measures aimed
at a delegation, and names that let the score judge the day as a whole."""

from __future__ import annotations

from scenario.engine.compiler import load_content
from scenario.engine.game import new_state, step
from scenario.engine.layout import ACQUIESCE, BLOCK, SUPPORT
from scenario.engine.negotiation import answer
from scenario.format.expressions import compile_formula
from tests.conftest import BASE_TUTORIAL as TUTORIAL
from tests.conftest import edit
from tests.format.test_check import check, where


def wary(scenario_copy):
    folder = scenario_copy()
    edit(folder / "scenario.yaml", "model:\n", "model:\n  wary_unheard: true\n")
    return folder


def answers(content, state, measure):
    m = content.measure(measure)
    return {d.id: answer(content, state, d, m, 0) for d in content.delegations}


def test_an_unheard_delegation_blocks_what_costs_it_and_never_supports(scenario_copy):
    plain = load_content(TUTORIAL)
    content = load_content(wary(scenario_copy))
    state = new_state(content, 0)
    before = answers(plain, new_state(plain, 0), "monitor_access")
    after = answers(content, state, "monitor_access")
    assert SUPPORT in {code for code, _ in before.values()}
    for delegation, (code, reason) in after.items():
        assert code != SUPPORT
        if before[delegation][0] == SUPPORT:
            assert code == ACQUIESCE and "not heard" in reason
    russia_code, russia_reason = after["russia"]
    assert russia_code == BLOCK and "not heard" in russia_reason  # monitors cost Moscow


def test_hearing_a_delegation_lifts_its_wariness(scenario_copy):
    content = load_content(wary(scenario_copy))
    state, _ = step(content, new_state(content, 0), "consult russia")
    _, reason = answers(content, state, "monitor_access")["russia"]
    assert "not heard" not in reason


def test_a_measure_aimed_at_a_delegation_is_blocked_by_it_with_its_reason(scenario_copy):
    folder = scenario_copy()
    edit(
        folder / "scenario.yaml",
        "    moves: { transparency: 15 }\n",
        "    moves: { transparency: 15 }\n    aimed_at: [russia]\n",
    )
    content = load_content(folder)
    code, reason = answers(content, new_state(content, 0), "hotline")["russia"]
    assert code == BLOCK and "aimed at itself" in reason


def test_an_unknown_delegation_in_aimed_at_is_located(scenario_copy, capsys):
    folder = scenario_copy()
    edit(
        folder / "scenario.yaml",
        "    moves: { transparency: 15 }\n",
        "    moves: { transparency: 15 }\n    aimed_at: [rusia]\n",
    )
    code, lines = check(folder, capsys)
    assert code == 1
    assert any(
        line.startswith(where(folder / "scenario.yaml", "rusia]")) and "unknown delegation" in line
        for line in lines
    ), lines


def test_the_day_as_a_whole_can_be_read_by_name():
    content = load_content(TUTORIAL)
    resolve = content.layout.resolve
    state = new_state(content, 0)
    left = compile_formula("minutes_left", resolve).run
    used = compile_formula("minutes_used", resolve).run
    listened = compile_formula("listened_count", resolve).run
    heard = compile_formula("heard_count", resolve).run
    assert left(state) == content.end - content.start and used(state) == 0
    state, _ = step(content, state, "floor russia")
    state, _ = step(content, state, "consult ukraine")
    assert used(state) + left(state) == content.end - content.start and used(state) > 0
    assert heard(state) == 1 and listened(state) == 2
