"""Golden transcripts: every example script of every scenario, as reviewable snapshots.

A change to the model, the content or the wording shows up here as a diff of the minutes. Review
it, then accept it with ``pytest --snapshot-update``.
"""

from __future__ import annotations

import json

import pytest

from scenario.engine.compiler import load_content
from scenario.engine.transcript import minutes_text
from scenario.tools.scripts import play_script, read_script
from tests.conftest import CONTENT

SCRIPTS = sorted(
    p for p in CONTENT.glob("*/scripts/*.yaml") if (p.parents[1] / "scenario.yaml").is_file()
)
"""The scenarios' scripts (a campaign's scripts, one list a day, are tested with campaigns)."""


@pytest.fixture(scope="module")
def contents():
    return {}


def content_of(contents, script):
    folder = script.parent.parent
    if folder not in contents:
        contents[folder] = load_content(folder)
    return contents[folder]


@pytest.mark.parametrize(
    "script", SCRIPTS, ids=[f"{p.parent.parent.name}-{p.stem}" for p in SCRIPTS]
)
def test_minutes(contents, script, snapshot):
    content = content_of(contents, script)
    game = play_script(content, read_script(script))
    summary = game.to_json()
    assert minutes_text(content, game.transcript) == snapshot(name="minutes")
    assert {
        "ending": summary["ending"],
        "score": summary["score"],
        "meters": summary["meters"],
        "state_hash": summary["state_hash"],
    } == snapshot(name="outcome")


def test_json_is_plain_data(contents):
    script = CONTENT / "tutorial" / "scripts" / "skilled.yaml"
    game = play_script(content_of(contents, script), read_script(script))
    assert json.loads(json.dumps(game.to_json())) == game.to_json()
