"""The Python API that tools and the app use: reading, soundings, history, turning points."""

from __future__ import annotations

from scenario import Game
from tests.conftest import BASE_TUTORIAL as TUTORIAL
from tests.conftest import OPENING_MOVES

SKILLED = OPENING_MOVES


def test_start_by_id_or_folder():
    assert Game.start(TUTORIAL).content.id == Game.start(str(TUTORIAL)).content.id == "tutorial"


def test_read_any_expression():
    game = Game.start(TUTORIAL)
    assert game.read("tension") == 70
    assert game.read("present.russia") is True
    assert game.read("tension > 60 and trust.russia < 50") is True
    assert game.read("status.transparency") == 35


def test_consultation_reveals_and_soundings_follow_the_model():
    game = Game.start(TUTORIAL, seed=7)
    assert not game.revealed("russia")
    game.act("consult russia")
    assert game.revealed("russia")
    assert "it blocks anything that moves NATO's open door to 30 or below" in game.findings(
        "russia"
    )
    answers = {m.id: word for m, word, _ in game.sounding("russia")}
    assert answers["open_door_declaration"] == "blocks"
    assert answers["monitor_access"] in ("supports", "acquiesces")


def test_series_and_turning_points():
    game = Game.replay(Game.start(TUTORIAL).content, 7, SKILLED)
    tension = game.series("tension")
    assert len(tension) == len(SKILLED) + 1 and tension[0] == 70
    points = game.turning_points(2)
    assert points and abs(points[0].delta) >= abs(points[-1].delta)
    assert str(points[0].action) == "consensus monitor_access"  # the agreement moved the score most
    assert points[0].after - points[0].before == points[0].delta > 0


def test_replay_prefix_stops_at_the_first_impossible_action():
    content = Game.start(TUTORIAL).content
    replayed = Game.replay_prefix(content, 7, ["recess", "consensus hotline", "recess"])
    assert replayed.stopped_at == 2 and "not on the table" in replayed.reason
    assert len(replayed.game.actions) == 1


def test_landing_follows_the_status_quo_for_moves():
    game = Game.start(TUTORIAL, seed=7)
    assert game.landing("monitor_access") == {"transparency": 60}  # 35 moved by 25
    assert game.landing("open_door_declaration") == {"open_door": 5}  # put at a point
    assert game.crossed_by("open_door_declaration") == ["russia"]
    for action in [
        "propose monitor_access",
        "consensus monitor_access",
        "consult russia",
        "propose hotline",
    ]:
        game.act(action)
    assert game.read("status.transparency") == 60
    assert game.landing("hotline") == {"transparency": 75}


def test_what_was_learnt_reads_as_a_sentence_under_its_own_heading():
    game = Game.start(TUTORIAL, seed=7)
    game.act("consult russia")
    minutes = game.findings("russia")
    assert minutes.startswith("Learnt in private from Russia: red lines — it blocks")
    learnt = game.learnt("russia")
    assert learnt.startswith("Red lines — it blocks")
    assert minutes == "Learnt in private from Russia: r" + learnt[1:]
