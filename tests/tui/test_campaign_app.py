"""A campaign in the app: the first day's briefing, its table, a debrief that leads to the next
day, and a last debrief that covers the week; the week autosaves as one campaign save."""

from __future__ import annotations

import pytest
import yaml

from scenario.engine.actions import parse_action
from scenario.engine.campaign import load_campaign
from scenario.tools.campaigns import load_campaign_game
from tests.conftest import CONTENT
from tui.app import ChairApp
from tui.campaign import CampaignDebriefScreen, CampaignTableScreen, campaign_folder
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
