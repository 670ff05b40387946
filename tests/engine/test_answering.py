"""The lean roll-call (`answering`) gives `negotiation.answer`'s answer for every delegation,
measure and framing, in the states random games reach: drawn values, blocs, a chair who is a
party and measures aimed at a delegation included."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scenario.engine.compiler import load_content
from scenario.engine.game import advance, legal_actions, new_state
from scenario.engine.layout import ENDED
from scenario.engine.negotiation import answer
from tests.conftest import CONTENT, TUTORIAL, VIENNA

SCENARIOS = {
    "vienna-2022": load_content(VIENNA),  # drawn values, aimed measures, wary when unheard
    "brussels-2022": load_content(CONTENT / "brussels-2022"),  # blocs, unity, a party chair
    "tutorial": load_content(TUTORIAL),
}


def _same_answers(content, v) -> int:
    roll_call = content.tables.roll_call
    compared = 0
    for m in content.measures:
        points = m.points(v)
        for plan, d in zip(roll_call.plans[m.id], content.delegations, strict=True):
            assert plan.delegation is d
            for framing in range(1 + len(content.framings)):
                expected, _ = answer(content, v, d, m, framing, False, points)
                assert roll_call.answer(plan, v, points, framing) == expected, (d.id, m.id)
                compared += 1
    return compared


def test_the_scenarios_compared_have_what_the_lean_answer_treats_apart():
    vienna, brussels = SCENARIOS["vienna-2022"], SCENARIOS["brussels-2022"]
    assert vienna.hidden and any(m.aimed_at for m in vienna.measures)
    assert brussels.blocs and brussels.numbers.party is not None
    assert any(plan.unity for plans in brussels.tables.roll_call.plans.values() for plan in plans)


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
