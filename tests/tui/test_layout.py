"""Odd terminals: below 80×24 a notice replaces the layout, and the game is there again after."""

from __future__ import annotations

from pathlib import Path

from scenario import Content
from tests.tui.conftest import open_game, screen_text
from tui.app import ChairApp
from tui.screens.help import HelpModal


async def test_too_small_shows_a_notice_blocks_keys_and_comes_back(
    tutorial: Content, saves_dir: Path
):
    app = ChairApp(tutorial, seed=7, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_game(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpModal)
        await pilot.resize_terminal(70, 20)
        assert "The terminal is too small" in screen_text(app)
        assert "It is 70×20" in screen_text(app)
        await pilot.press("escape")  # nothing happens behind the notice
        assert isinstance(app.screen, HelpModal)
        await pilot.resize_terminal(80, 24)
        assert "too small" not in screen_text(app)
        await pilot.press("escape")  # the table, laid out for the new size
        assert app.screen is table
        await pilot.pause()
        assert table.has_class("-narrow", "-short")  # caught up with the resize it missed
        assert "too small" not in screen_text(app)
        assert "f Floor" in screen_text(app)
        await pilot.resize_terminal(60, 30)
        await pilot.press("r")  # a verb key does nothing while the table cannot be seen
        assert table.game.actions == []


async def test_an_open_choice_closes_when_the_terminal_becomes_too_small(
    tutorial: Content, saves_dir: Path
):
    app = ChairApp(tutorial, seed=7, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_game(pilot)
        await pilot.press("f")
        assert table.choosing
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        assert "The terminal is too small" in screen_text(app)
        assert "Give the floor" not in screen_text(app)  # not left over the notice
        await pilot.press("1")
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert not table.choosing and table.game.actions == []
