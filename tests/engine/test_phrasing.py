"""Red lines said in words, with their direction, wherever the engine writes them."""

from __future__ import annotations

import re

from scenario import Game
from scenario.engine.phrasing import blocks_words, red_line_words
from scenario.records import replace
from tests.conftest import BASE_TUTORIAL, BASE_VIENNA, CONTENT


def test_a_red_line_says_on_which_side_it_lies():
    russia = Game.start(BASE_TUTORIAL, seed=7).content.delegation("russia")
    allies = replace(russia, plural=True)
    assert red_line_words("NATO's open door", 100, 10) == "NATO's open door to 10 or below"
    assert red_line_words("NATO's open door", 0, 50) == "NATO's open door to 50 or above"
    assert blocks_words(russia, ["A to 10 or below", "B to 60 or above"]) == (
        "it blocks anything that moves A to 10 or below, or B to 60 or above"
    )
    assert blocks_words(allies, ["A to 10 or below"]) == (
        "they block anything that moves A to 10 or below"
    )


def test_every_sentence_about_a_delegation_agrees_with_its_name():
    """Each template the engine says of a delegation, in both numbers: every field filled, and
    in the plural no verb after 'they' keeps the singular's -s ('they gains')."""
    from scenario.engine import negotiation, phrasing

    russia = Game.start(BASE_TUTORIAL, seed=7).content.delegation("russia")
    allies = replace(russia, plural=True)
    fields = {"title": "T", "heard": "H", "trust": "R", "helps": "P", "hurts": "Q"}
    templates = [t for options in phrasing._REASONS.values() for t in options]
    templates += [*negotiation._HELPS.values(), *negotiation._HURTS.values()]
    for template in templates:
        singular = phrasing.agreeing(russia, template, **fields)
        plural = phrasing.agreeing(allies, template, **fields)
        assert "{" not in singular + plural, template
        assert not re.search(r"\bthey \w+s\b", plural), plural
        assert singular == template.format(**fields, **phrasing._SINGULAR)
    assert re.search(r"\bthey \w+s\b", "they gains")  # the check itself can fail


def test_a_plural_delegation_protests_and_blocks_in_the_plural():
    """Brussels' eastern members (`plural: true`): their protest, their answer in the roll-call
    and the minutes' line agree; a singular delegation's do not change."""
    from scenario.engine.transcript import minutes_text

    game = Game.start(CONTENT / "brussels-2022", seed=7)
    entries = game.act("propose flank_withdrawal")
    protests = [e.text for e in entries if e.kind == "notice"]
    assert protests and all(
        t.startswith("The new eastern members protest: the proposal crosses their red line (they")
        for t in protests
    ), protests
    answers = [e for e in game.act("consensus flank_withdrawal") if e.kind == "answer"]
    text = minutes_text(game.content, answers)
    assert "- The new eastern members block: " in text
    assert "- Russian Federation acquiesces: it was not heard today, so it lets this pass" in text


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


def test_speech_turns_quotation_marks_inside_it_single():
    from scenario.engine.phrasing import quoted

    assert quoted('"Useful." For all the positions, that is our word.') == (
        "“‘Useful.’ For all the positions, that is our word.”"
    )
    assert quoted('one " alone, and a \\1 kept') == '“one " alone, and a \\1 kept”'


def test_a_name_written_with_its_article_reads_inside_a_sentence():
    from scenario.engine.phrasing import definite, opening_name, possessive

    assert definite("The new eastern members") == "the new eastern members"
    assert opening_name("The new eastern members") == "The new eastern members"
    assert definite("Theodor") == "Theodor"
    russia = Game.start(BASE_TUTORIAL, seed=7).content.delegation("russia")
    allies = replace(russia, plural=True, short="Allies")
    assert possessive(russia) == "Russia's" and possessive(allies) == "Allies'"


def test_titles_lists_and_counts_read_as_english():
    from scenario.engine.phrasing import count, listed, titled

    assert titled("Better access for the monitors") == "“Better access for the monitors”"
    assert titled('"Russia has no veto"') == "“Russia has no veto”"  # one pair, not “"…"”
    assert titled("“Useful”") == "“Useful”"
    assert listed([]) == "" and listed(["Russia"]) == "Russia"
    assert listed(["Russia", "the EU"]) == "Russia and the EU"
    assert listed(["a", "b", "c"]) == "a, b and c"
    assert (count(1, "point"), count(8, "point"), count(0, "point")) == (
        "1 point",
        "8 points",
        "0 points",
    )
