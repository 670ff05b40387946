"""Taking an action back: exact, never a new roll of chance, and never a free look at what is hidden."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scenario import CannotUndo, Game
from scenario.engine.compiler import load_content
from tests.conftest import TUTORIAL, VIENNA, random_game

TUTORIAL_CONTENT = load_content(TUTORIAL)
VIENNA_CONTENT = load_content(VIENNA)

WALKOUT = [  # on seed 7, the last proposal crosses red lines and a delegation walks out
    "consult ukraine",
    "statement appeal_for_restraint",
    "frame architecture_first",
    "floor usa",
    "floor moldova",
    "consult nato_allies",
    "floor moldova",
    "floor russia",
    "statement security_concerns",
    "consult ukraine",
    "propose humanitarian_aid",
    "consensus humanitarian_aid",
    "consult ukraine",
    "consult eu",
    "propose hotline",
    "propose sanctions_warning",
    "consult ukraine",
    "propose enlargement_moratorium",
]


@given(
    st.sampled_from([TUTORIAL_CONTENT, VIENNA_CONTENT]),
    st.integers(0, 2**31),
    st.lists(st.integers(0, 1000), max_size=25),
)
def test_undo_is_the_replay_without_the_last_action_and_repeating_it_rolls_nothing_new(
    content, seed, choices
):
    game = random_game(content, seed, choices)
    if not game.can_undo():
        with pytest.raises(CannotUndo):
            game.undo()
        return
    before = (game.state_hash, [e.to_json() for e in game.transcript])
    last = game.actions[-1]
    assert game.undo() == last
    replayed = Game.replay(content, seed, game.actions)
    assert game.state_hash == replayed.state_hash
    assert [e.to_json() for e in game.transcript] == [e.to_json() for e in replayed.transcript]
    assert len(game.states) == len(game.steps) + 1 == len(game.actions) + 1
    game.act(last)  # the same action again: the same chance, the same result
    assert (game.state_hash, [e.to_json() for e in game.transcript]) == before


def test_a_recess_can_be_taken_back_and_a_second_consultation_too():
    game = Game.replay(TUTORIAL_CONTENT, 7, ["consult russia", "recess", "consult russia"])
    assert game.why_not_undo() is None
    assert str(game.undo()) == "consult russia"
    assert str(game.undo()) == "recess"
    assert game.round == 1 and game.clock == Game.replay(TUTORIAL_CONTENT, 7, game.actions).clock


def test_a_first_consultation_stands():
    game = Game.replay(TUTORIAL_CONTENT, 7, ["floor russia", "consult russia"])
    assert "first consultation with" in (game.why_not_undo() or "")
    with pytest.raises(CannotUndo, match="revealed its red lines"):
        game.undo()
    assert [str(a) for a in game.actions] == ["floor russia", "consult russia"]


def test_a_call_for_consensus_stands_and_so_does_all_before_it():
    game = Game.replay(
        TUTORIAL_CONTENT, 7, ["propose monitor_access", "consensus monitor_access", "recess"]
    )
    game.undo()
    with pytest.raises(CannotUndo, match="answered the call for consensus"):
        game.undo()


def test_a_walk_out_can_be_taken_back_but_not_the_close_of_the_session():
    game = Game.replay(VIENNA_CONTENT, 7, WALKOUT)
    assert not game.over and any(e.kind == "walkout" for e in game.steps[-1])
    assert game.undo().target == "enlargement_moratorium"
    assert all(e.kind != "walkout" for e in game.transcript)
    game.act("adjourn")
    assert game.over
    with pytest.raises(CannotUndo, match="the session has closed"):
        game.undo()


def test_nothing_to_take_back_at_the_opening_and_nothing_at_all_in_an_ironman_game():
    assert "nothing to take back" in (Game(TUTORIAL_CONTENT, 7).why_not_undo() or "")
    game = Game.replay(TUTORIAL_CONTENT, 7, ["recess"], ironman=True)
    assert not game.can_undo() and "ironman" in (game.why_not_undo() or "")
