"""The lean roll-call (`answering`, written out per measure) gives `negotiation.answer`'s
answer for every delegation, measure and framing, in the states random games reach: drawn
values, blocs, a chair who is a party and measures aimed at a delegation included."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scenario.engine.compiler import load_content
from scenario.engine.game import advance, legal_actions, new_state
from scenario.engine.layout import ANSWER, BLOCK, ENDED, FRAMING, NO_ANSWER, PRESENT
from scenario.engine.negotiation import answer
from tests.conftest import CONTENT, TUTORIAL, VIENNA

SCENARIOS = {
    "vienna-2022": load_content(VIENNA),  # drawn values, aimed measures, wary when unheard
    "brussels-2022": load_content(CONTENT / "brussels-2022"),  # blocs, unity, a party chair
    "tutorial": load_content(TUTORIAL),
}


def _same_answers(content, v) -> int:
    """Every measure's lean roll-call, under every framing, against `answer` for each
    delegation: the answers written and the blockers returned."""
    compared = 0
    for m in content.measures:
        points = m.points(v)
        for framing in range(1 + len(content.framings)):
            state = list(v)
            state[FRAMING] = framing
            blockers = content.tables.roll_call[m.id](state)
            expected = []
            for d in content.delegations:
                if not v[d.base + PRESENT]:
                    assert state[d.base + ANSWER] == NO_ANSWER
                    continue
                code, _ = answer(content, state, d, m, framing, False, points)
                assert state[d.base + ANSWER] == code, (d.id, m.id, framing)
                expected += [d] if code == BLOCK else []
                compared += 1
            assert blockers == expected
    return compared


def test_the_scenarios_compared_have_what_the_lean_answer_treats_apart():
    vienna, brussels = SCENARIOS["vienna-2022"], SCENARIOS["brussels-2022"]
    assert vienna.hidden and any(m.aimed_at for m in vienna.measures)
    assert brussels.blocs and brussels.numbers.party is not None
    plans = [p for m in brussels.measures for p in brussels.tables.roll_call.plans(m.id)]
    assert any(plan.unity for plan in plans) and any(plan.aimed_at for plan in plans)


def test_the_generated_roll_call_holds_no_authored_text():
    """Ids and names enter the generated code as objects, by name: no string literal."""
    for content in SCENARIOS.values():
        for m in content.measures:
            source = content.tables.roll_call.generate(m.id)[1]
            assert "'" not in source and '"' not in source


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_the_lean_answer_is_the_answer_along_random_games(name):
    content = SCENARIOS[name]
    chooser = random.Random(30)
    compared = 0
    for seed in range(40):
        state = new_state(content, seed)
        while not state[ENDED]:
            compared += _same_answers(content, state)
            options = legal_actions(content, state)
            action = options[-1] if chooser.random() < 0.05 else chooser.choice(options[:-1])
            state = advance(content, state, action)
    assert compared > 3_000


@given(st.sampled_from(sorted(SCENARIOS)), st.integers(0, 2**64), st.data())
def test_the_lean_answer_is_the_answer_in_any_state_of_the_numbers(name, seed, data):
    """Beyond what random play reaches: any values of the numbers an answer reads."""
    content = SCENARIOS[name]
    v = list(new_state(content, seed))
    for d in content.delegations:
        for offset in range(1, 7):  # trust, patience, engagement, face, consulted, heard
            v[d.base + offset] = data.draw(st.integers(0, 100))
    for meter in content.meters.values():
        v[meter.slot] = data.draw(st.integers(meter.min, meter.max))
    for issue in content.issues.values():
        v[issue.slot] = data.draw(st.integers(0, 100))
    _same_answers(content, v)
