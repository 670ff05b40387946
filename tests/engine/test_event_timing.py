"""Events decided once when they fall due, and minutes that never go back in time (both opt-in)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scenario.engine.compiler import load_content
from scenario.engine.game import new_state, step
from scenario.engine.layout import CLOCK
from tests.conftest import BASE_VIENNA as VIENNA
from tests.conftest import edit, random_game


@pytest.fixture
def timed(scenario_copy):
    folder = scenario_copy("vienna-2022")
    edit(
        folder / "scenario.yaml",
        "model:\n",
        "model:\n  chance_decided_once: true\n  minutes_in_time_order: true\n",
    )
    return load_content(folder)


def times(game) -> list[int]:
    return [entry.time for entry in game.transcript]


def test_format1_minutes_can_go_back_in_time():
    """The old behaviour, kept for scenarios that do not opt in: consulting at 09:30 minutes the
    10:00 report before the 09:45 note."""
    content = load_content(VIENNA)
    _, out = step(content, new_state(content, 0), "consult russia")
    shown = [e.time for e in out]
    assert shown != sorted(shown)


def test_in_time_order_the_first_consultation_minutes_the_0945_note_first(timed):
    _, out = step(timed, new_state(timed, 0), "consult russia")
    events = [e.ref for e in out if e.kind == "event"]
    assert events == ["liik_analysis", "smm_report"]
    assert [e.time for e in out] == sorted(e.time for e in out)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(
    seed=st.integers(min_value=0, max_value=2**32),
    choices=st.lists(st.integers(min_value=0, max_value=1000), min_size=1, max_size=40),
)
def test_minutes_never_go_back_in_time(timed, seed, choices):
    game = random_game(timed, seed, choices)
    assert times(game) == sorted(times(game))


def play_to(content, seed: int, actions: list[str]) -> tuple:
    state = new_state(content, seed)
    for action in actions:
        state, _ = step(content, state, action)
    return state


def incident_fired(content, state) -> bool:
    return state[content.layout.rules["border_incident"]] > 0


QUIET = ["recess"] * 10 + ["adjourn"]  # 09:30 + 300 minutes: past the 14:10 incident
BUSY = ["floor russia", "consult usa", "consult ukraine"] + ["recess"] * 9 + ["adjourn"]


def test_a_chance_event_is_decided_by_the_seed_not_by_the_actions(timed):
    fired = []
    for seed in range(120):
        quiet, busy = play_to(timed, seed, QUIET), play_to(timed, seed, BUSY)
        assert quiet[CLOCK] >= 14 * 60 + 10 and busy[CLOCK] >= 14 * 60 + 10
        assert incident_fired(timed, quiet) == incident_fired(timed, busy)
        fired.append(incident_fired(timed, quiet))
    assert 0.45 < sum(fired) / len(fired) < 0.75  # the event's chance is 0.6, drawn once


def test_format1_redraws_the_chance_after_every_action():
    """Without the option the incident gets a new draw after each action past 14:10, so a chair
    who takes more actions after 14:10 meets it more often than its 0.6."""
    content = load_content(VIENNA)
    fired = [
        incident_fired(content, play_to(content, seed, ["recess"] * 16 + ["adjourn"]))
        for seed in range(120)
    ]
    assert sum(fired) / len(fired) > 0.8
