"""The negotiation model: answers follow from positions, status quo, room, trust and tension."""

from __future__ import annotations

import pytest

from scenario.engine.compiler import load_content
from scenario.engine.layout import ACQUIESCE, BLOCK, SUPPORT, TRUST
from scenario.engine.negotiation import answer, flexibility_terms, value_terms
from tests.conftest import BASE_TUTORIAL as TUTORIAL


@pytest.fixture(scope="module")
def content():
    return load_content(TUTORIAL)


def test_value_is_gain_over_the_status_quo_in_units_of_room(content):
    ukraine, measure = content.delegation("ukraine"), content.measure("monitor_access")
    state = content.initial
    # Ukraine stands at 95 with room to 55 (40 points); the status quo is 35, the measure lands at 60
    assert value_terms(content, state, ukraine, measure, 0) == {
        "transparency": pytest.approx(1.0 * (60 - 35) / 40)
    }
    russia = content.delegation("russia")
    # Russia stands at 30 with room to 70; it loses (60 - 30) - (35 - 30) = 25 points, salience 0.5
    assert value_terms(content, state, russia, measure, 0) == {
        "transparency": pytest.approx(0.5 * -25 / 40)
    }


def test_a_red_line_always_blocks(content):
    russia, measure = content.delegation("russia"), content.measure("open_door_declaration")
    state = list(content.initial)
    state[russia.base + TRUST] = 100
    code, reason = answer(content, state, russia, measure, 0)
    assert code == BLOCK and reason.startswith("a red line")


def test_trust_turns_a_block_into_acquiescence(content):
    russia, measure = content.delegation("russia"), content.measure("hotline")
    state = list(content.initial)
    state[russia.base + TRUST] = 0
    low = answer(content, state, russia, measure, 0)
    state[russia.base + TRUST] = 100
    high = answer(content, state, russia, measure, 0)
    assert low[0] >= high[0]  # BLOCK > ACQUIESCE > SUPPORT: more trust never makes it harder
    assert high[0] in (SUPPORT, ACQUIESCE)


def test_framing_changes_salience(content):
    russia = content.delegation("russia")
    framing = next(f for f in content.framings if f.id == "all_dimensions")
    assert russia.salience[framing.number]["open_door"] == pytest.approx(
        0.5 * russia.salience[0]["open_door"]
    )


def test_tension_narrows_flexibility(content):
    russia = content.delegation("russia")
    calm, tense = list(content.initial), list(content.initial)
    tension = content.meters["tension"].slot
    calm[tension], tense[tension] = 10, 95
    assert sum(flexibility_terms(content, calm, russia).values()) > sum(
        flexibility_terms(content, tense, russia).values()
    )


def test_gains_mean_support(content):
    usa, measure = content.delegation("usa"), content.measure("open_door_declaration")
    assert answer(content, content.initial, usa, measure, 0)[0] == SUPPORT
    ukraine = content.delegation("ukraine")
    assert answer(content, content.initial, ukraine, measure, 0)[0] in (SUPPORT, ACQUIESCE)
