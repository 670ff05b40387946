"""A scenario written against format 1, before the opt-in features of later formats, plays
exactly as it did: the same minutes, the same state hashes, game after game.

The fixture folders are copies of the shipped scenarios as they stood when the features came
(only the path to the seeds differs). The fingerprints were recorded then; a change to the
engine that changes them changes games that players and saves already rely on. The minutes'
half was recorded again each time the engine's own wording was corrected (names with their
article, red lines said with their direction; a delegation's stand-in lines given to it as
speaker, roll-call reasons whose subject is the measure): every state hash stayed as it was.
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pytest

from scenario.engine.compiler import load_content
from scenario.engine.game import legal_actions, new_state, opening, state_hash, step

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "format1"
EXPECTED = FIXTURES / "expected.json"
GAMES = 60


def fingerprint(content, seed: int, chooser: random.Random) -> str:
    """Play one random game; the sha256 of its minutes (as JSON) and its final state hash."""
    state = new_state(content, seed)
    entries = [_as_recorded(e) for e in opening(content)]
    while legal_actions(content, state):
        options = legal_actions(content, state)
        state, out = step(content, state, options[chooser.randrange(len(options))])
        entries += [_as_recorded(e) for e in out]
    minutes = hashlib.sha256(json.dumps(entries, sort_keys=True).encode()).hexdigest()
    return f"{minutes[:16]} {state_hash(state)[:16]}"


def _as_recorded(entry) -> dict:
    """An entry's JSON as it was when the fingerprints were recorded: later formats added the
    attribution of sourced entries (`said_by`, `use`, null in format 1), which is not a change
    to the game."""
    return {k: v for k, v in entry.to_json().items() if k not in ("said_by", "use")}


def fingerprints(folder: Path) -> list[str]:
    content = load_content(folder)
    return [fingerprint(content, seed, random.Random(seed)) for seed in range(GAMES)]


@pytest.mark.parametrize("name", ["vienna-2022", "tutorial"])
def test_format1_scenario_plays_as_before(name: str):
    expected = json.loads(EXPECTED.read_text())[name]
    assert fingerprints(FIXTURES / name) == expected


if __name__ == "__main__":  # recording the fingerprints (once, before the engine changes)
    EXPECTED.write_text(
        json.dumps({n: fingerprints(FIXTURES / n) for n in ("vienna-2022", "tutorial")}, indent=1)
        + "\n"
    )
