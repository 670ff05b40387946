"""What the app shows, read from a game without starting the app: fast checks of the views."""

from __future__ import annotations

from pathlib import Path

import pytest

from scenario import Content, Game
from scenario.engine.transcript import Entry
from scenario.tools import saves
from tests.tui.conftest import SEED
from tui import saving, views
from tui.minutes import Minutes
from tui.watching import FolderWatch, first_difference, reload_message
from tui.widgets.bars import bar
from tui.widgets.meters import trend
from tui.wording import speaker_name


def played(content: Content, *actions: str) -> Game:
    return Game.replay(content, SEED, list(actions))


def test_choices_offer_only_what_is_legal_now(tutorial: Content):
    game = played(tutorial)
    assert views.choices(game, "consensus") == []  # nothing tabled yet
    assert [c.id for c in views.choices(game, "propose")] == [
        "monitor_access",
        "open_door_declaration",
    ]
    game.act("consult russia")  # the hotline requires a consultation with Russia
    assert "hotline" in [c.id for c in views.choices(game, "propose")]
    assert views.choices(game, "recess") == []  # no target to choose


def test_choices_say_what_the_chair_has_learnt(tutorial: Content):
    game = played(tutorial, "propose open_door_declaration")
    declaration = views.choices(game, "consensus")[0]
    assert declaration.warning is None  # nothing learnt yet
    game.act("consult russia")
    declaration = views.choices(game, "consensus")[0]
    assert declaration.warning == "Sounded out: Russia blocks."
    warnings = {c.id: c.warning for c in views.choices(game, "propose")}
    assert warnings["monitor_access"] is None


def test_a_measure_that_moves_an_issue_is_shown_where_it_would_land_now(tutorial: Content):
    step = tutorial.measure("hotline").moves["transparency"]
    game = played(tutorial, "consult russia")
    for measures in ([], ["propose monitor_access", "consensus monitor_access"]):
        for action in measures:
            game.act(action)
        now = game.read("status.transparency")
        assert views.landing(game, "hotline") == {"transparency": min(100, now + step)}
        hotline = next(c for c in views.choices(game, "propose") if c.id == "hotline")
        assert f"to {min(100, now + step)} (now {now})" in hotline.detail


def test_roll_call_lists_every_delegation_with_its_answer(tutorial: Content):
    game = played(tutorial, "propose open_door_declaration")
    view = views.roll_call(game, game.act("consensus open_door_declaration"))
    assert view is not None and not view.adopted
    answers = {a.delegation: a.answer for a in view.answers}
    assert answers["russia"] == "blocks"
    assert all(a.reason for a in view.answers)


def test_meters_put_tension_first_with_its_history(tutorial: Content):
    game = played(tutorial, "floor russia", "recess")
    meters = views.meters(game)
    assert meters[0].is_tension and meters[0].id == "tension"
    assert len(meters[0].history) == 3 and meters[0].history[-1] == meters[0].value
    assert {m.id for m in meters} == set(tutorial.meters)


def test_turning_points_are_described_in_words(tutorial: Content):
    game = played(tutorial, "propose monitor_access", "consensus monitor_access", "adjourn")
    turns = views.turning_points(game)
    assert any(t.what == "called for consensus on Better access for the monitors" for t in turns)


def test_minutes_mark_the_result_and_the_source(tutorial: Content):
    minutes = Minutes(tutorial)
    game = played(tutorial, "propose open_door_declaration")
    lines = [minutes.line(e).body.plain for e in game.act("consensus open_door_declaration")]
    assert any(line.startswith("✗ No consensus") for line in lines)
    assert any("Russian Federation blocks" in line for line in lines)
    spoken = Entry("speech", 600, "We [/] speak.", "russia", "Wir [bold] sprechen.")
    body = minutes.body(spoken).plain
    assert body == "Aleksandr Grushko (Russia): \u201cWe [/] speak.\u201d ‹DE›"
    assert speaker_name(tutorial, "chair") == tutorial.chair.name


def test_bars_and_trends_fit_their_width():
    assert bar(50, 0, 100, 10).plain == "█████░░░░░"
    assert bar(130, 0, 100, 4).plain == "████"
    assert bar(0, 0, 0, 3).cell_length == 3
    assert trend([70, 70, 70], 10).plain == "▁▁▁"
    assert trend(list(range(40)), 10).cell_length == 10


def test_autosave_failure_is_told_once_and_overwrites_nothing(tutorial: Content, saves_dir: Path):
    damaged = saves.autosave_path(saves_dir, tutorial.id)
    damaged.write_bytes(b"\x00 not a save")
    autosaver = saving.Autosaver(saves_dir)
    game = played(tutorial, "recess")
    assert autosaver.save(game) is not None
    assert autosaver.save(game) is None  # said once
    assert damaged.read_bytes() == b"\x00 not a save"


def test_save_rows_say_what_each_file_holds(tutorial: Content, saves_dir: Path):
    saves.write_save(played(tutorial, "recess"), saves_dir / "mine.json", "mine")
    (saves_dir / "junk.json").write_text("{}", encoding="utf-8")
    rows = {row.path.name: row for row in saving.rows(saves_dir)}
    assert rows["mine.json"].loadable and "round 1 · 10:00" in rows["mine.json"].detail
    assert not rows["junk.json"].loadable and rows["junk.json"].detail.startswith("damaged:")
    assert saving.check_name(saves_dir, "../up") is not None
    assert saving.check_name(saves_dir, "a fine name") is None


def test_a_folder_watch_sees_each_edit_once(tmp_path: Path):
    (tmp_path / "scenario.yaml").write_text("a: 1\n", encoding="utf-8")
    watch = FolderWatch(tmp_path)
    assert not watch.changed()
    (tmp_path / "scenario.yaml").write_text("a: 22\n", encoding="utf-8")
    assert watch.changed() and not watch.changed()
    (tmp_path / "notes.txt").write_text("not YAML", encoding="utf-8")
    assert not watch.changed()


@pytest.mark.parametrize(
    ("after", "expected"),
    [(["recess"], "All 1 actions replayed. The minutes are unchanged."), ([], None)],
)
def test_reload_messages_say_how_far_the_game_replayed(tutorial: Content, after, expected):
    before = played(tutorial, "recess").transcript
    replayed = Game.replay_prefix(tutorial, SEED, after)
    message = reload_message(before, replayed, len(after))
    if expected:
        assert message == expected
    else:
        assert first_difference(before, replayed.game.transcript) == 1
        assert "The minutes change from 09:30." in message
