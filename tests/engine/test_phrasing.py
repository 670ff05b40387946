"""Red lines said in words, with their direction, wherever the engine writes them."""

from __future__ import annotations

from scenario import Game
from scenario.engine.phrasing import blocks_words, red_line_words


def test_a_red_line_says_on_which_side_it_lies():
    assert red_line_words("NATO's open door", 100, 10) == "NATO's open door to 10 or below"
    assert red_line_words("NATO's open door", 0, 50) == "NATO's open door to 50 or above"
    assert blocks_words(["A to 10 or below", "B to 60 or above"]) == (
        "it blocks anything that moves A to 10 or below, or B to 60 or above"
    )


def test_findings_protests_and_roll_calls_say_the_red_line_alike():
    game = Game.start("tutorial", seed=7)
    game.act("consult russia")
    said = "it blocks anything that moves NATO's open door to 30 or below"
    assert said in game.findings("russia")
    assert "(at 30)" not in game.findings("russia")
    protest = [e.text for e in game.act("propose open_door_declaration") if e.kind == "notice"]
    assert protest == [f"Russian Federation protests: the proposal crosses its red line ({said})."]
    answers = [e for e in game.act("consensus open_door_declaration") if e.kind == "answer"]
    assert next(e.text for e in answers if e.speaker == "russia") == f"a red line: {said}"
