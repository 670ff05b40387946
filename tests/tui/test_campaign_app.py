"""A campaign in the app: the first day's briefing, its table, a debrief that leads to the next
day, and a last debrief that covers the week; the week autosaves as one campaign save."""

from __future__ import annotations

import pytest
import yaml

from scenario.engine.actions import parse_action
from scenario.engine.campaign import load_campaign
from scenario.tools.campaign_saves import load_campaign_game
from tests.conftest import CONTENT
from tui.app import ChairApp
from tui.campaign import CampaignDebriefScreen, CampaignTableScreen
from tui.saving import campaign_folder
from tui.screens.briefing import BriefingScreen

WEEK = CONTENT / "january-2022"


@pytest.mark.slow
async def test_the_week_is_played_day_by_day(tmp_path):
    campaign = load_campaign(WEEK)
    script = yaml.safe_load((WEEK / "scripts" / "skilled.yaml").read_text(encoding="utf-8"))
    app = ChairApp(campaign.days[0].content, seed=7, saves=tmp_path, campaign=campaign)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert app.screen.scenario.id == "brussels-2022"
        for day, actions in enumerate(script["days"]):
            await pilot.press("enter")  # take the chair
            await pilot.pause()
            table = app.screen
            assert isinstance(table, CampaignTableScreen)
            assert table.game.content.id == campaign.days[day].content.id
            for action in actions:
                table.act(parse_action(action))
                await pilot.pause()
                while app.screen is not table and not isinstance(app.screen, CampaignDebriefScreen):
                    app.pop_screen()  # the roll-call and the consultation dialogs
                    await pilot.pause()
            await pilot.pause()
            assert isinstance(app.screen, CampaignDebriefScreen)
            if day == 0:
                assert not app.screen.query("#week-total")
                await pilot.press("v")  # the next day
                await pilot.pause()
                assert isinstance(app.screen, BriefingScreen)
                assert app.screen.scenario.id == "vienna-2022"
        week = app.screen.week
        assert week.over and app.screen.query("#week-total")
        saved = campaign_folder(tmp_path) / "autosave-january-2022.json"
        assert load_campaign_game(saved).state_hash == week.state_hash


def test_the_picker_warns_of_the_red_lines_this_game_drew():
    """A red line drawn per game (one of 70, 90, 100 for Russia on further talks) is warned of
    as drawn: with 90 drawn, a series landing at 80 crosses nothing."""
    from scenario import Game
    from tui import choosing

    game = Game.start(CONTENT / "brussels-2022", 7)
    game.act("consult russia")
    assert game.delegation("russia").positions["talks"].red_line == 90
    assert game.crossed_by("talks_series") == []
    assert choosing._red_lines_known(game, "talks_series") is None
    assert choosing._red_lines_known(game, "door_open") == (
        "Crosses Russia's red line (NATO's open door to 5 or below): a protest costs 20 patience."
    )


def _week_autosave(saves_dir, actions, saved_at=None):
    """A week played to `actions` on its first day, autosaved where the app keeps weeks."""
    import json

    from scenario.engine.campaign import CampaignGame
    from scenario.tools.campaign_saves import write_campaign_save

    week = CampaignGame(load_campaign(WEEK), 7)
    for action in actions:
        week.act(action)
    folder = campaign_folder(saves_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = write_campaign_save(week, folder / "autosave-january-2022.json", "autosave")
    if saved_at is not None:
        data = json.loads(path.read_text(encoding="utf-8"))
        data["saved_at"] = saved_at
        path.write_text(json.dumps(data), encoding="utf-8")
    return week


async def test_continue_and_load_find_a_week_left_in_play(tmp_path):
    """Quit in the middle of the week, start again: Continue resumes the week (not a day of it
    alone), and the load screen lists the week's save beside the single games."""
    from tests.tui.conftest import screen_text
    from tui.screens.load import LoadModal

    saves_dir = tmp_path / "saves"
    week = _week_autosave(saves_dir, ["consult russia", "recess"])
    app = ChairApp(load_campaign(WEEK).days[0].content, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Brussels, January 2022 (day 1 of 2) · round 2, 10:40" in text
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, CampaignTableScreen)
        assert app.screen.week.state_hash == week.state_hash
        app.to_title()
        await pilot.pause()
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, LoadModal)
        assert "autosave — the week: January 2022" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CampaignTableScreen)
        assert app.screen.week.state_hash == week.state_hash


async def test_continue_resumes_the_newer_of_a_game_and_a_week(tmp_path, tutorial):
    """A single game autosaved after the week was: Continue resumes the game; the week stays on
    the load screen. Within a run, the week last on the table is what Continue resumes."""
    from scenario import Game
    from scenario.tools import saves
    from tests.tui.conftest import screen_text, table

    saves_dir = tmp_path / "saves"
    saves_dir.mkdir()
    _week_autosave(saves_dir, ["recess"], saved_at="2026-01-01T09:00:00Z")
    game = Game.replay(tutorial, 7, ["floor ukraine"])
    saves.write_save(game, saves.autosave_path(saves_dir, tutorial.id), "autosave")
    app = ChairApp(tutorial, saves=saves_dir, campaign=load_campaign(WEEK))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # the week's first briefing: take the chair
        await pilot.pause()
        week = app.screen.week
        app.to_title()
        await pilot.pause()
        assert "Brussels, January 2022 (day 1 of 2) · round 0, 10:00" in screen_text(app)
        await pilot.press("c")
        await pilot.pause()
        assert app.screen.week is week
    again = ChairApp(tutorial, saves=saves_dir)
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "A first session in Vienna · round 1" in screen_text(again)
        await pilot.press("c")
        await pilot.pause()
        assert table(again).game.state_hash == game.state_hash


def test_a_week_saved_before_the_summary_said_where_still_lists(tmp_path):
    """Saves written before the summary named the day and the time still read and replay; the
    list says as much as they hold, and a save saying nothing of it still lists."""
    import json

    from scenario.tools.campaign_saves import list_campaign_saves, read_campaign_save

    week = _week_autosave(tmp_path, ["recess"])
    path = campaign_folder(tmp_path) / "autosave-january-2022.json"
    assert read_campaign_save(path).where == "Brussels, January 2022 (day 1 of 2) · round 1, 10:20"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["summary"] = {"day": 1, "week": None}  # as the first campaign saves wrote it
    path.write_text(json.dumps(data), encoding="utf-8")
    assert read_campaign_save(path).where == "day 1"
    assert load_campaign_game(path).state_hash == week.state_hash
    for key in ("summary", "name", "saved_at"):
        del data[key]
    data["campaign"]["title"] = 7  # display-only: a wrong type is shown as nothing
    path.write_text(json.dumps(data), encoding="utf-8")
    listed = list_campaign_saves(campaign_folder(tmp_path))
    assert [(item.save.where, item.save.title, item.problem) for item in listed] == [("", "", None)]
    assert not listed[0].save.finished
