"""`Game`'s typed reads say what the expression names say, in every state a game passes through."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scenario import Game
from scenario.engine.compiler import load_content
from tests.conftest import BASE_TUTORIAL as TUTORIAL
from tests.conftest import random_game

CONTENT = load_content(TUTORIAL)


@settings(max_examples=25)
@given(st.lists(st.integers(0, 10_000), max_size=40), st.integers(0, 2**32))
def test_typed_reads_agree_with_the_expression_reader(choices, seed):
    game = random_game(CONTENT, seed, choices)
    for state in game.states:
        for d in CONTENT.delegations:
            s = game.standing(d.id, state)
            assert s.present is game.read(f"present.{d.id}", state)
            assert s.trust == game.read(f"trust.{d.id}", state)
            assert s.patience == game.read(f"patience.{d.id}", state)
            assert s.engagement == game.read(f"engagement.{d.id}", state)
            assert s.face == game.read(f"face.{d.id}", state)
            assert s.consulted == game.read(f"consulted.{d.id}", state)
            assert s.heard == game.read(f"heard.{d.id}", state)
        for m in CONTENT.measures:
            ms = game.measure_standing(m.id, state)
            assert ms.tabled is game.read(f"tabled.{m.id}", state)
            assert ms.adopted is game.read(f"adopted.{m.id}", state)
            assert ms.calls == game.read(f"calls.{m.id}", state)
            assert ms.failed == game.read(f"failed.{m.id}", state)
        for meter_id in CONTENT.meters:
            assert game.meter(meter_id, state) == game.read(meter_id, state)
        for issue_id in CONTENT.issues:
            assert game.status(issue_id, state) == game.read(f"status.{issue_id}", state)
        framed = [f.id for f in CONTENT.framings if game.read(f"framing.{f.id}", state)]
        framing = game.framing(state)
        assert ([framing.id] if framing else []) == framed
    for meter_id in CONTENT.meters:
        assert game.meter_series(meter_id) == game.series(meter_id)
    assert game.before == (game.states[-2] if len(game.states) > 1 else game.state)


def test_a_misspelt_read_fails_at_once():
    game = Game(CONTENT, 1)
    with pytest.raises(KeyError):
        game.standing("rusia")
    with pytest.raises(KeyError):
        game.measure_standing("no_such_measure")
    with pytest.raises(KeyError):
        game.meter("tenson")
    with pytest.raises(AttributeError):
        game.standing("russia").trusst  # noqa: B018  (the typo under test)


def test_a_measure_s_place_on_the_agenda():
    game = Game(CONTENT, 1)
    assert game.measure_standing("monitor_access").place == "open"
    game.act("propose monitor_access")
    assert game.measure_standing("monitor_access").place == "tabled"
