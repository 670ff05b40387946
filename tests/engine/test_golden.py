"""Golden transcripts: whole scripted games as reviewable snapshots.

A change to the model, the content or the wording shows up here as a diff of the minutes. Review
it, then accept it with ``pytest --snapshot-update``.
"""

from __future__ import annotations

import json

import pytest

from scenario.engine.compiler import load_content
from scenario.engine.transcript import minutes_text
from scenario.tools.scripts import play_script, read_script
from tests.conftest import TUTORIAL

SCRIPTS = sorted((TUTORIAL / "scripts").glob("*.yaml"))


@pytest.fixture(scope="module")
def tutorial():
    return load_content(TUTORIAL)


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.stem for p in SCRIPTS])
def test_tutorial_minutes(tutorial, script, snapshot):
    game = play_script(tutorial, read_script(script))
    summary = game.to_json()
    assert minutes_text(tutorial, game.transcript) == snapshot(name="minutes")
    assert {
        "ending": summary["ending"],
        "score": summary["score"],
        "meters": summary["meters"],
        "state_hash": summary["state_hash"],
    } == snapshot(name="outcome")


def test_json_is_plain_data(tutorial):
    game = play_script(tutorial, read_script(TUTORIAL / "scripts" / "skilled.yaml"))
    assert json.loads(json.dumps(game.to_json())) == game.to_json()
