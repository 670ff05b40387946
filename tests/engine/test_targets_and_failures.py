"""Reactions that name several targets, and what a failed call for consensus changes."""

from __future__ import annotations

from scenario.engine.compiler import load_content
from scenario.engine.game import new_state, step
from tests.conftest import edit
from tests.format.test_check import check, where

REACTIONS = "reactions:\n"


def test_a_reaction_with_several_targets_answers_each_of_them(scenario_copy):
    folder = scenario_copy()
    edit(
        folder / "scenario.yaml",
        REACTIONS,
        REACTIONS + "  - id: big_two\n    on: floor\n    target: [russia, usa]\n"
        '    say: [{text: "The room falls quiet."}]\n    effects: ["tension += 1"]\n',
    )
    content = load_content(folder)
    for delegation, fires in (("russia", True), ("usa", True), ("ukraine", False)):
        _, out = step(content, new_state(content, 0), f"floor {delegation}")
        assert any(e.ref == "big_two" for e in out) == fires


def test_an_unknown_target_in_a_list_is_located_at_its_item(scenario_copy, capsys):
    folder = scenario_copy()
    edit(
        folder / "scenario.yaml",
        REACTIONS,
        REACTIONS + "  - id: big_two\n    on: floor\n    target: [russia, usaa]\n",
    )
    code, lines = check(folder, capsys)
    assert code == 1
    assert any(
        line.startswith(where(folder / "scenario.yaml", "usaa]"))
        and "unknown delegation 'usaa'" in line
        for line in lines
    ), lines


def test_a_failed_call_applies_on_fail_and_fires_failed_reactions(scenario_copy):
    folder = scenario_copy()
    edit(
        folder / "scenario.yaml",
        "    lands: { open_door: 5 }\n",
        '    lands: { open_door: 5 }\n    on_fail: ["standing -= 7"]\n',
    )
    edit(
        folder / "scenario.yaml",
        REACTIONS,
        REACTIONS + "  - id: after_failure\n    on: failed\n    target: open_door_declaration\n"
        '    say: [{text: "Whispers in the corridor."}]\n    effects: ["tension += 5"]\n',
    )
    content = load_content(folder)
    standing = content.layout.meters["standing"]
    state, _ = step(content, new_state(content, 0), "propose open_door_declaration")
    before = state[standing]
    state, out = step(content, state, "consensus open_door_declaration")
    assert any(e.kind == "result" and "No consensus" in e.text for e in out)
    assert any(e.ref == "after_failure" for e in out)
    assert state[standing] <= before - 7


def test_a_failed_reaction_stays_quiet_when_the_call_passes(scenario_copy):
    folder = scenario_copy()
    edit(
        folder / "scenario.yaml",
        REACTIONS,
        REACTIONS + "  - id: after_failure\n    on: failed\n"
        '    say: [{text: "Whispers in the corridor."}]\n',
    )
    content = load_content(folder)
    state = new_state(content, 0)
    for action in ("consult ukraine", "consult russia", "propose hotline"):
        state, _ = step(content, state, action)
    state, out = step(content, state, "consensus hotline")
    assert any(e.kind == "result" and e.text.startswith("Adopted") for e in out)
    assert not any(e.ref == "after_failure" for e in out)
