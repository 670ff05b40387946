"""The verbs' rules: what is legal when, and the three kinds of refusal."""

from __future__ import annotations

import pytest

from scenario import ActionSyntaxError, Game, IllegalAction, UnknownTarget, parse_action
from scenario.engine.actions import Action
from scenario.engine.compiler import load_content
from tests.conftest import BASE_TUTORIAL as TUTORIAL


@pytest.fixture(scope="module")
def content():
    return load_content(TUTORIAL)


def test_opening_actions(content):
    game = Game(content, 1)
    legal = [str(a) for a in game.legal_actions()]
    assert legal == [
        "floor russia",
        "floor ukraine",
        "floor usa",
        "consult russia",
        "consult ukraine",
        "consult usa",
        "propose monitor_access",
        "propose open_door_declaration",
        "frame all_dimensions",
        "statement reassure_ukraine",
        "statement appeal_for_calm",
        "recess",
        "adjourn",
    ]


def test_requires_opens_a_measure(content):
    game = Game(content, 1)
    assert "propose hotline" not in map(str, game.legal_actions())
    game.act("consult russia")
    assert "propose hotline" in map(str, game.legal_actions())


def test_consensus_only_on_a_tabled_measure(content):
    game = Game(content, 1)
    with pytest.raises(IllegalAction) as caught:
        game.act("consensus monitor_access")
    assert "is not on the table: propose it first" in caught.value.message
    assert "propose monitor_access" in caught.value.choices
    game.act("propose monitor_access")
    game.act("consensus monitor_access")
    assert game.read("adopted.monitor_access") is True
    with pytest.raises(IllegalAction, match="adopted already"):
        game.act("propose monitor_access")


def test_a_refused_action_changes_nothing(content):
    game = Game(content, 1)
    before = (game.state, len(game.transcript), list(game.actions))
    with pytest.raises(IllegalAction):
        game.act("consensus hotline")
    assert (game.state, len(game.transcript), list(game.actions)) == before


def test_three_kinds_of_refusal(content):
    game = Game(content, 1)
    with pytest.raises(ActionSyntaxError, match="unknown verb 'flor'"):
        game.act("flor russia")
    with pytest.raises(ActionSyntaxError, match="'recess' takes no target"):
        game.act("recess russia")
    with pytest.raises(ActionSyntaxError, match="'floor' needs a delegation"):
        game.act("floor")
    with pytest.raises(UnknownTarget) as caught:
        game.act("floor rusia")
    assert caught.value.choices == ["russia", "ukraine", "usa"]
    with pytest.raises(IllegalAction):
        game.act("consensus monitor_access")


def test_script_spellings(content):
    assert parse_action({"consult": "russia"}) == Action("consult", "russia")
    assert parse_action("consult: russia") == Action("consult", "russia")
    assert parse_action("propose monitor-access") == Action("propose", "monitor_access")
    assert parse_action("recess") == Action("recess")


def test_walked_out_delegation_cannot_have_the_floor(content):
    game = Game(content, 7)
    for action in [
        "propose open_door_declaration",
        "consensus open_door_declaration",
        "consensus open_door_declaration",
    ]:
        game.act(action)
    assert game.read("walked_out.russia") is True
    assert game.over and game.outcome.ending.id == "walkout"
    assert game.legal_actions() == []
    with pytest.raises(IllegalAction, match="the session is over"):
        game.act("floor usa")


def test_a_walked_out_delegation_can_be_brought_back_with_enough_trust(content):
    game = Game(content, 7)
    base = content.delegation("ukraine").base
    from scenario.engine.layout import PATIENCE, TRUST

    state = list(game.state)
    state[base + PATIENCE] = 1
    state[base + TRUST] = 90
    game.states[-1] = tuple(state)
    game.act("floor russia")  # an hour's worth of talk costs Ukraine its last point of patience
    assert game.read("walked_out.ukraine")
    assert not game.over  # only Russia leaving ends the tutorial
    assert "floor ukraine" not in map(str, game.legal_actions())
    game.act("consult ukraine")
    assert game.read("present.ukraine")
    n = content.numbers
    drained = (
        n.minutes["consult"] * n.patience_per_hour + 30
    ) // 60  # the consultation itself takes time
    assert game.read("patience.ukraine") == n.patience_returned - drained


def test_every_verb_costs_minutes_and_the_clock_closes_the_session(content):
    game = Game(content, 3)
    start = game.read("clock")
    game.act("recess")
    assert game.read("clock") == start + content.numbers.minutes["recess"]
    while not game.over:
        game.act("recess")
    assert game.read("clock") == content.end
    assert game.outcome.ending.id == "stalemate"


def test_adjourn_ends_the_game_with_a_closing_ending(content):
    game = Game(content, 3)
    game.act("adjourn")
    assert game.over and game.outcome.ending.id == "stalemate"
    assert game.outcome.score.total == game.score().total


def test_a_reaction_group_fires_at_most_one(content):
    game = Game(content, 3)
    entries = game.act("recess")
    said = [e.ref for e in entries if e.ref in ("recess_cools", "recess_idle")]
    assert said in (["recess_cools"], ["recess_idle"], [])
    assert game.read("fired.recess_cools") != game.read("fired.recess_idle")
