"""Containers drawn as three repeated rows draw exactly what Textual draws row by row."""

from __future__ import annotations

from pathlib import Path

from rich.style import Style
from textual.geometry import Region
from textual.strip import Strip

from scenario import Content
from tests.tui.conftest import SEED, open_game
from tui.app import ChairApp
from tui.screens.table import TableScreen
from tui.widgets.repeating import RepeatingRows


def cells(strips: list[Strip]) -> list[list[tuple[str, Style | None]]]:
    return [[(char, s.style) for s in strip for char in s.text] for strip in strips]


def mismatches(screen: TableScreen) -> list[str]:
    """The repeating containers (the screen too) whose rows differ from Textual's own."""
    containers = [screen, *(w for w in screen.query("*") if isinstance(w, RepeatingRows))]
    wrong = []
    for widget in containers:
        if not widget.display or not widget.region:
            continue
        whole = Region(0, 0, *widget.region.size)
        ours = widget.render_lines(whole)
        textuals = super(RepeatingRows, widget).render_lines(whole)  # type: ignore[misc]
        if cells(ours) != cells(textuals):
            wrong.append(f"{type(widget).__name__}#{widget.id}")
    return wrong


async def test_the_table_s_containers_draw_as_textual_does_in_any_theme_and_with_a_choice_open(
    tutorial: Content, saves_dir: Path
):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot, ["floor russia", "recess"])
        assert len([w for w in screen.query("*") if isinstance(w, RepeatingRows)]) >= 6
        assert mismatches(screen) == []
        await pilot.press("c")  # the choice panel: a framed container over the table
        await pilot.pause()
        assert screen.query_one("#choice").display
        assert mismatches(screen) == []
        app.theme = "textual-light"
        await pilot.pause()
        assert mismatches(screen) == []
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert mismatches(screen) == []
