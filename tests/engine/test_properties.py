"""Properties of any game: meters stay in range, the clock closes the session, replays match."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scenario import Game
from scenario.engine.compiler import load_content
from scenario.engine.layout import DELEGATION_NUMBERS
from tests.conftest import BASE_TUTORIAL as TUTORIAL
from tests.conftest import ROOT, random_game

CONTENT = load_content(TUTORIAL)
MIN_MINUTES = min(CONTENT.numbers.minutes.values())


def play(choices: list[int], seed: int) -> Game:
    return random_game(CONTENT, seed, choices)


def assert_in_range(game: Game) -> None:
    for meter in CONTENT.meters.values():
        assert meter.min <= game.state[meter.slot] <= meter.max, meter.id
    for d in CONTENT.delegations:
        for quantity in DELEGATION_NUMBERS:
            assert 0 <= game.read(f"{quantity}.{d.id}") <= 100
    assert CONTENT.start <= game.read("clock") <= CONTENT.end


@given(st.lists(st.integers(0, 10_000), max_size=80), st.integers(0, 2**32))
def test_any_legal_game_stays_in_range_and_replays_exactly(choices, seed):
    game = play(choices, seed)
    for state in game.states:
        assert_in_range(Game(CONTENT, seed, states=[state]))
    again = Game.replay(CONTENT, seed, list(game.actions))
    assert again.state_hash == game.state_hash
    assert [e.to_json() for e in again.transcript] == [e.to_json() for e in game.transcript]


@given(st.lists(st.integers(0, 10_000), min_size=200, max_size=200), st.integers(0, 2**32))
def test_every_game_ends_within_the_clock(choices, seed):
    game = play(choices, seed)
    bound = (CONTENT.end - CONTENT.start) // MIN_MINUTES + 1
    assert game.over
    assert len(game.actions) <= bound


def test_same_run_in_other_processes_is_identical_to_the_byte():
    script = TUTORIAL / "scripts" / "skilled.yaml"
    outputs = []
    for hashseed in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hashseed)
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "chair.cli",
                "run",
                "tutorial",
                "--script",
                str(script),
                "--json",
            ],
            capture_output=True,
            cwd=ROOT,
            env=env,
            check=True,
        )
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert json.loads(outputs[0])["ending"]["id"] == "agreement"


@pytest.mark.parametrize("seed", [0, 1, 2**40, -5])
def test_seeds_change_only_what_chance_decides(seed):
    game = play([3, 1, 4, 1, 5, 9, 2, 6], seed)
    again = play([3, 1, 4, 1, 5, 9, 2, 6], seed)
    assert game.state_hash == again.state_hash
