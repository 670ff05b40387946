"""Lines that vary: `when:`, `variants:`, placeholders, no word-for-word repeats, fallbacks and
roll-call reasons phrased from the situation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scenario.engine.compiler import load_content
from scenario.engine.game import new_state, step
from tests.conftest import edit, random_game
from tests.format.test_check import check, where

UKRAINE = "delegations/ukraine.yaml"
UKRAINE_FLOOR = (
    'floor:\n  - text: "Every day the monitors count the shells that fall on our towns. '
    'Let them see everything."\n'
)


def varied(folder: Path) -> None:
    edit(folder / "scenario.yaml", "model:\n", "model:\n  varied_writing: true\n")


def said(out, kind=("speech", "private")) -> list[str]:
    """What delegations said on the floor or in private (not the lines of rules or events)."""
    return [e.text for e in out if e.kind in kind and e.ref is None]


def play(content, seed, actions):
    state = new_state(content, seed)
    texts = []
    for action in actions:
        state, out = step(content, state, action)
        texts.append(said(out))
    return state, texts


@pytest.fixture
def lines(scenario_copy) -> Path:
    """The tutorial, writing varied, Ukraine's floor lines rewritten to use the new keys."""
    folder = scenario_copy()
    varied(folder)
    edit(
        folder / UKRAINE,
        UKRAINE_FLOOR,
        "floor:\n"
        '  - text: "Tension stands at {tension}; {name.russia} must hear us. {{sic}}"\n'
        '  - text: "Calm: {trust.ukraine} is our trust."\n'
        '    when: "tension < 10"\n'
        '  - text: "We ask again."\n'
        '    variants: ["We ask once more.", "Again we ask."]\n'
        "    repeat: true\n",
    )
    return folder


def test_placeholders_put_in_values_and_names_as_plain_text(lines):
    content = load_content(lines)
    state = new_state(content, 0)
    tension = state[content.layout.meters["tension"]]
    _, out = step(content, state, "floor ukraine")
    assert said(out)[0] == (
        f"Tension stands at {tension}; Russian Federation must hear us. {{sic}}"
    )


def test_a_line_whose_when_does_not_hold_is_skipped_and_a_repeat_line_repeats(lines):
    content = load_content(lines)
    _, texts = play(content, 0, ["floor ukraine"] * 5)
    assert not any("Calm:" in t for ts in texts for t in ts)
    again = {"We ask again.", "We ask once more.", "Again we ask."}
    assert all(ts[0] in again for ts in texts[1:])


def test_variants_are_picked_by_the_seed(lines):
    content = load_content(lines)
    picked = {seed: play(content, seed, ["floor ukraine"] * 4)[1] for seed in range(12)}
    assert picked[3] == play(content, 3, ["floor ukraine"] * 4)[1]
    again = {"We ask again.", "We ask once more.", "Again we ask."}
    assert {texts[k][0] for texts in picked.values() for k in (1, 2, 3)} == again


def test_no_delegation_repeats_a_line_and_falls_back_on_its_positions(scenario_copy):
    folder = scenario_copy()
    varied(folder)
    content = load_content(folder)
    for delegation in ("russia", "ukraine", "usa"):
        _, texts = play(content, 1, [f"floor {delegation}", f"consult {delegation}"] * 3)
        flat = [t for ts in texts for t in ts]
        assert len(flat) == len(set(flat)), flat
        issue_titles = [i.title for i in content.issues.values()]
        assert any(any(title in t for title in issue_titles) for t in flat[-3:])
        # A fallback is the delegation's own speech (shown in quotation marks): first person,
        # never its own name in the third person.
        short = content.delegation(delegation).short
        assert not any(t.startswith(short) or f", {short} " in t for t in flat[-3:]), flat[-3:]


def test_a_delegation_speaks_its_fallback_lines_itself(scenario_copy):
    """When its own lines run out, what a delegation says from its positions is still minuted
    as its speech (shown after its name), never as narration without a speaker."""
    folder = scenario_copy()
    varied(folder)
    content = load_content(folder)
    state = new_state(content, 1)
    for _ in range(4):
        for action in ("floor russia", "consult russia"):
            state, out = step(content, state, action)
            spoken = [e for e in out if e.kind in ("speech", "private") and e.ref is None]
            assert spoken and all(e.speaker == "russia" for e in spoken), spoken


def test_format1_repeats_the_last_line():
    from tests.conftest import BASE_TUTORIAL as TUTORIAL

    content = load_content(TUTORIAL)
    _, texts = play(content, 1, ["floor ukraine"] * 3)
    assert texts[1] == texts[2]


def test_without_varied_writing_braces_are_text(scenario_copy):
    folder = scenario_copy()
    edit(folder / UKRAINE, "Let them see everything.", "Let them see {everything}.")
    content = load_content(folder)
    _, out = step(content, new_state(content, 0), "floor ukraine")
    assert said(out)[0].endswith("Let them see {everything}.")


@pytest.mark.parametrize(
    "text, needle, message",
    [
        ('"At {tension2} now"', "tension2", "unknown name 'tension2'"),
        ('"Hello {name.rusia}"', "rusia", "unknown speaker 'rusia'"),
        ('"A lone { brace"', "{ brace", "a '{' without its '}'"),
        ('"A lone } brace"', "} brace", "a lone '}'"),
    ],
)
def test_bad_placeholders_are_located(scenario_copy, capsys, text, needle, message):
    folder = scenario_copy()
    varied(folder)
    edit(
        folder / UKRAINE,
        '"Every day the monitors count the shells that fall on our towns. Let them see everything."',
        text,
    )
    code, found = check(folder, capsys)
    assert code == 1
    assert any(
        line.startswith(where(folder / UKRAINE, needle)) and message in line for line in found
    ), found


def test_roll_call_reasons_vary_with_the_situation(scenario_copy):
    folder = scenario_copy("vienna-2022")
    format1 = load_content(folder)
    varied(folder)
    phrased = load_content(folder)

    def reasons(content) -> set[str]:
        found = set()
        for seed in range(40):
            game = random_game(content, seed, list(range(seed, seed + 60)))
            found |= {re.sub(r"\d+", "#", e.text) for e in game.transcript if e.kind == "answer"}
        return found

    assert len(reasons(phrased)) > 1.5 * len(reasons(format1))
    assert reasons(phrased) == reasons(phrased)  # deterministic


def test_a_reaction_line_with_when_is_said_only_when_it_holds(scenario_copy):
    folder = scenario_copy()
    edit(
        folder / "scenario.yaml",
        '        text: "A further worsening',
        '        when: "trust.russia > 90"\n        text: "A further worsening',
    )
    content = load_content(folder)
    state, out = step(content, new_state(content, 0), "floor russia")
    assert not any(e.ref == "grushko_containment" for e in out)
    assert state[content.layout.rules["grushko_containment"]] == 1  # it fired; its effects apply


def test_without_varied_writing_a_floor_line_with_when_is_skipped_in_order(scenario_copy):
    folder = scenario_copy()
    edit(
        folder / UKRAINE,
        UKRAINE_FLOOR,
        'floor:\n  - text: "Only when calm."\n    when: "tension < 10"\n'
        '  - text: "First."\n  - text: "Second."\n',
    )
    content = load_content(folder)
    _, texts = play(content, 0, ["floor ukraine"] * 4)
    assert [ts[0] for ts in texts] == ["First.", "First.", "Second.", "Second."]
