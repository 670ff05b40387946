"""Red lines said in words, with their direction, wherever the engine writes them."""

from __future__ import annotations

from scenario import Game
from scenario.engine.phrasing import blocks_words, red_line_words
from tests.conftest import BASE_TUTORIAL, BASE_VIENNA


def test_a_red_line_says_on_which_side_it_lies():
    assert red_line_words("NATO's open door", 100, 10) == "NATO's open door to 10 or below"
    assert red_line_words("NATO's open door", 0, 50) == "NATO's open door to 50 or above"
    assert blocks_words(["A to 10 or below", "B to 60 or above"]) == (
        "it blocks anything that moves A to 10 or below, or B to 60 or above"
    )


def test_findings_protests_and_roll_calls_say_the_red_line_alike():
    game = Game.start(BASE_TUTORIAL, seed=7)
    game.act("consult russia")
    said = "it blocks anything that moves NATO's open door to 30 or below"
    assert said in game.findings("russia")
    assert "(at 30)" not in game.findings("russia")
    protest = [e.text for e in game.act("propose open_door_declaration") if e.kind == "notice"]
    assert protest == [
        f"The Russian Federation protests: the proposal crosses its red line ({said})."
    ]
    answers = [e for e in game.act("consensus open_door_declaration") if e.kind == "answer"]
    assert next(e.text for e in answers if e.speaker == "russia") == f"a red line: {said}"


def test_names_take_the_article_a_sentence_needs():
    from scenario.engine.phrasing import definite, opening_name, titled

    assert definite("Republic of Moldova") == "the Republic of Moldova"
    assert definite("Georgia") == "Georgia"
    assert opening_name("Russian Federation") == "The Russian Federation"
    assert opening_name("Ukraine") == "Ukraine"
    assert titled("The people affected by the conflict first") == (
        "“The people affected by the conflict first”"
    )


def test_the_floor_goes_to_the_delegation_of_the_republic_of_moldova():
    game = Game.start(BASE_VIENNA, seed=7)
    said = game.act("floor moldova")[0].text
    assert said == "The Chair gives the floor to the delegation of the Republic of Moldova."


def test_a_session_closed_by_the_clock_says_so_when_it_happens():
    game = Game.start(BASE_TUTORIAL, seed=7)
    entries = []
    while not game.over:
        entries = game.act("recess")
    notice = [e for e in entries if e.kind == "notice"]
    assert [e.text for e in notice] == ["It is 13:30: the session closes."]
    assert entries[-1].kind == "ending" and entries.index(notice[0]) == len(entries) - 2
    adjourned = Game.start(BASE_TUTORIAL, seed=7)
    assert not [e for e in adjourned.act("adjourn") if e.kind == "notice"]  # it says it itself


def test_the_first_recess_of_the_day_is_not_another():
    game = Game.start("vienna-2022", seed=7)  # the shipped day: its content says "Another"
    fired = [{e.ref for e in game.act("recess") if e.kind == "speech"} for _ in range(4)]
    assert "recess_stale" not in fired[0]
    assert any("recess_stale" in refs for refs in fired[1:])
