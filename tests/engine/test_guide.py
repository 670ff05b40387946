"""The guided game: one step at a time, each shown until its condition holds; checked at load."""

from __future__ import annotations

from scenario import Game
from scenario.engine.transcript import hhmm
from tests.conftest import edit
from tests.format.test_check import check, where

SKILLED = [
    "floor russia",
    "consult russia",
    "frame all_dimensions",
    "propose monitor_access",
    "consensus monitor_access",
    "consult ukraine",
    "propose hotline",
    "consensus hotline",
]


def test_the_tutorial_guides_a_whole_game_step_by_step():
    game = Game.start("tutorial", seed=7)
    shown = []
    for words in SKILLED:
        step = game.guide()
        assert step is not None
        shown.append(step.number)
        assert str(step.action) == words  # the guide suggests exactly the action taken next
        game.act(words)
    last = game.guide()
    assert last is not None and last.number == last.total and str(last.action) == "adjourn"
    assert shown == list(range(1, len(SKILLED) + 1))
    game.act("adjourn")
    assert game.guide() is None  # nothing to guide once the game is over
    assert game.outcome is not None and game.outcome.ending.id == "agreement"


def test_a_step_waits_while_the_player_does_something_else():
    game = Game.start("tutorial", seed=7)
    game.act("recess")
    step = game.guide()
    assert step is not None and step.number == 1 and str(step.action) == "floor russia"


def test_a_scenario_without_a_guide_has_none():
    assert Game.start("vienna-2022", seed=1).guide() is None


def test_bad_guide_steps_are_located(scenario_copy, capsys):
    folder = scenario_copy(shipped=True)
    main_file = folder / "scenario.yaml"
    edit(main_file, 'do: "consult russia"', 'do: "consult rusia"')
    edit(main_file, 'done: "framing.all_dimensions"', 'done: "framing.all_dimension"')
    edit(main_file, '    done: "heard.russia > 0"\n', "")
    code, lines = check(folder, capsys)
    assert code == 1
    first_step = where(main_file, "text: >-\n      Every good session")
    bad_do = where(main_file, '"consult rusia"')
    bad_done = where(main_file, 'framing.all_dimension"')
    assert lines == [
        f"{first_step}: error: only the guide's last step may leave out 'done'",
        f"{bad_do}: error: unknown delegation 'rusia' (did you mean 'russia'?)",
        f"{bad_done}: error: unknown framing 'all_dimension' in 'framing.all_dimension' "
        "(did you mean 'all_dimensions'?)",
    ]


def test_turning_points_say_which_parts_of_the_score_they_moved():
    import yaml

    from tests.conftest import VIENNA

    script = yaml.safe_load((VIENNA / "scripts" / "masterful.yaml").read_text(encoding="utf-8"))
    game = Game.replay(Game.start("vienna-2022").content, script["seed"], script["actions"])
    points = game.turning_points()
    assert points
    for point in points:
        assert point.moved, point
        assert abs(sum(moved for _, moved in point.moved) - point.delta) <= 1.5  # rounding
    assert any(label.startswith("A framework") for p in points for label, _ in p.moved)


def test_turning_points_name_what_happened_meanwhile():
    """The score's move in a step is the events' as much as the chair's: a turning point says
    which events came while its action took its time."""
    import yaml

    from tests.conftest import VIENNA

    script = yaml.safe_load((VIENNA / "scripts" / "masterful.yaml").read_text(encoding="utf-8"))
    game = Game.replay(Game.start("vienna-2022").content, script["seed"], script["actions"])
    points = game.turning_points(len(game.actions))
    assert any(p.events for p in points)
    for point in points:
        events = [e for e in game.steps[point.index] if e.kind == "event"]
        assert point.events == tuple((hhmm(e.time), e.text) for e in events)
        assert all(point.clock <= clock for clock, _ in point.events)


def test_the_debrief_can_set_the_day_beside_what_really_happened():
    vienna = Game.start("vienna-2022").content
    assert [p.title for p in vienna.history][:3] == [
        "Brussels, 12 January",
        "What Moscow said",
        "No surprise",
    ]


def test_a_delegation_that_walked_out_says_nothing_in_an_event():
    """Played by hand: Russia had walked out, and an afternoon event still gave it a line."""
    game = Game.start("vienna-2022", seed=12)
    for words in (
        "floor ukraine",
        "statement sovereignty",
        "floor georgia",
        "propose withdrawal_call",
        "consensus withdrawal_call",
    ):
        game.act(words)
    assert not game.read("present.russia")
    for _ in range(6):
        if game.over:
            break
        spoken = [e for e in game.act("recess") if e.kind == "speech" and e.speaker == "russia"]
        assert spoken == []
