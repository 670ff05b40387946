"""Widgets that keep rows they drew (line panels, entry lists) show exactly what they would draw
from nothing now, whatever happened since they last drew."""

from __future__ import annotations

from pathlib import Path

from rich.style import Style
from textual.geometry import Region
from textual.strip import Strip

from scenario import Content
from tests.tui.conftest import SEED, open_game
from tui.app import ChairApp
from tui.screens.table import TableScreen
from tui.widgets.entry_list import EntryList
from tui.widgets.lines import LinePanel


def cells(strips: list[Strip]) -> list[list[tuple[str, Style | None]]]:
    return [[(char, s.style) for s in strip for char in s.text] for strip in strips]


def keeping(screen: TableScreen) -> list[LinePanel | EntryList]:
    return [w for w in screen.query("*") if isinstance(w, LinePanel | EntryList)]


def stale(screen: TableScreen) -> list[str]:
    """The widgets whose rows differ from what they draw once everything they keep is dropped
    (`notify_style_update` drops it, as a new theme does; `refresh` drops Textual's rows)."""
    wrong = []
    for widget in keeping(screen):
        if not widget.display or not widget.region:
            continue
        whole = Region(0, 0, *widget.region.size)
        ours = widget.render_lines(whole)
        widget.notify_style_update()
        widget.refresh()
        fresh = widget.render_lines(whole)
        if cells(ours) != cells(fresh):
            wrong.append(f"{type(widget).__name__}#{widget.id}")
    return wrong


async def test_kept_rows_are_what_textual_draws_after_actions_scrolls_choices_themes_and_sizes(
    tutorial: Content, saves_dir: Path
):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot, ["floor russia", "recess"])
        assert len(keeping(screen)) >= 8
        assert stale(screen) == []
        await pilot.press("r")  # an action: every panel changes a little
        await pilot.pause()
        assert stale(screen) == []
        await pilot.press("home", "down")  # the minutes scroll, the cursor moves
        await pilot.pause()
        assert stale(screen) == []
        await pilot.press("tab")  # the focus leaves the minutes: the cursor's shade changes
        await pilot.pause()
        assert screen.focused is not None and screen.focused.id != "transcript"
        assert stale(screen) == []
        await pilot.press("c")  # the choice panel: a framed container over the table
        await pilot.pause()
        assert screen.query_one("#choice").display
        assert stale(screen) == []
        await pilot.press("down", "end")
        await pilot.pause()
        assert stale(screen) == []
        app.theme = "textual-light"
        await pilot.pause()
        assert stale(screen) == []
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert stale(screen) == []
        await pilot.press("escape", "f", "1")  # an action at the new size
        await pilot.pause()
        assert stale(screen) == []


async def test_a_changed_row_is_redrawn_where_it_is_below_a_border_and_padding():
    """`redraw` asks Textual to repaint the rows that changed in the content's coordinates
    (Textual adds the border and padding itself): with both, the row that changed is the one
    repainted, not one further down."""
    from textual.app import App, ComposeResult
    from textual.content import Content as Text

    from tui.widgets.lines import LinePanel

    class Panel(LinePanel):
        DEFAULT_CSS = "Panel { padding: 2 0; border: solid red; }"
        rows: tuple[str, ...] = ("alpha", "beta", "gamma", "delta")

        def lines(self, width: int) -> list[Text]:
            return [Text(row) for row in self.rows]

    class Small(App[None]):
        def compose(self) -> ComposeResult:
            yield Panel()

    app = Small()
    async with app.run_test(size=(30, 12)) as pilot:
        panel = app.query_one(Panel)
        panel.redraw()  # rows worked out at the laid-out width
        await pilot.pause()
        asked: list[Region] = []
        panel.refresh = lambda *regions, **_: asked.extend(regions)  # type: ignore[method-assign]
        panel.rows = ("alpha", "BETA", "gamma", "delta")
        panel.redraw()
        assert asked == [Region(0, 1, panel.size.width, 1)]
