"""Where the app opens: `chair play SCENARIO` at that scenario's briefing, `chair` at the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from chair import cli
from scenario import Content
from tui.app import ChairApp
from tui.screens.briefing import BriefingScreen
from tui.screens.table import TableScreen
from tui.screens.title import TitleScreen

from .conftest import screen_text


async def test_a_scenario_given_opens_at_its_briefing(tutorial: Content, saves_dir: Path):
    app = ChairApp(tutorial, seed=7, saves=saves_dir, briefing=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert app.screen.scenario is tutorial
        await pilot.press("enter")  # take the chair
        await pilot.pause()
        assert isinstance(app.screen, TableScreen)
        assert app.screen.game.content is tutorial


async def test_leaving_the_briefing_shows_the_title_screen(tutorial: Content, saves_dir: Path):
    app = ChairApp(tutorial, seed=7, saves=saves_dir, briefing=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TitleScreen)


async def test_the_tagline_names_the_scenario_it_opened_with(tutorial: Content, saves_dir: Path):
    app = ChairApp(tutorial, seed=7, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TitleScreen)
        assert f"Chair a crisis negotiation · {tutorial.title}" in screen_text(app)


@pytest.mark.parametrize(
    ("argv", "scenario_id", "briefing"),
    [
        ([], "vienna-2022", False),
        (["play"], "vienna-2022", False),
        (["play", "tutorial"], "tutorial", True),
        (["play", "vienna-2022"], "vienna-2022", True),
    ],
)
def test_the_command_line_opens_the_scenario_it_names(argv, scenario_id, briefing, monkeypatch):
    opened = {}

    def run_app(content: Content | Path, **options: object) -> int:
        # Plain `chair` hands the app the scenario's folder (loaded after the first frame);
        # a scenario named on the command line is loaded first, so its errors are answered here.
        scenario = content.name if isinstance(content, Path) else content.id
        opened.update(options, id=scenario, loaded=not isinstance(content, Path))
        return 0

    monkeypatch.setattr("tui.app.run_app", run_app)
    assert cli.main(argv) == 0
    assert opened["id"] == scenario_id
    assert opened["briefing"] is briefing
    assert opened["loaded"] is (len(argv) > 1)


async def test_the_title_menu_keeps_its_place_after_a_dialog(tutorial: Content, saves_dir: Path):
    """Load, then Escape, then Up to 'Play the week': the menu had gone back to its top, and Up
    wrapped round to Quit, so Enter quit the app."""
    from textual.widgets import OptionList

    app = ChairApp(tutorial, seed=7, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        menu = app.screen.query_one("#menu", OptionList)
        load = menu.get_option_index("load")
        menu.highlighted = load
        await pilot.press("enter")  # the load screen
        await pilot.pause()
        assert not isinstance(app.screen, TitleScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TitleScreen)
        assert menu.highlighted == load
        await pilot.press("up")
        assert menu.highlighted_option is not None and menu.highlighted_option.id != "quit"


async def test_the_whole_title_menu_is_in_view_at_80x24(saves_dir: Path):
    """With the week on it, the menu ran two rows below the footer at 80×24: Quit was out of
    sight, and Up from the first item highlighted it unseen."""
    from scenario.engine.compiler import load_content
    from tests.conftest import VIENNA

    app = ChairApp(load_content(VIENNA), seed=7, saves=saves_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        menu = app.screen.query_one("#menu")
        assert "Play the week" in screen_text(app)
        assert menu.region.bottom <= 23, menu.region  # above the footer
        assert "Quit" in screen_text(app)
