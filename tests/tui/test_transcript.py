"""Reading the minutes: the cursor, a click for the German source, and the scroll indicator."""

from __future__ import annotations

from pathlib import Path

from scenario import Content
from tests.tui.conftest import SEED, open_game, screen_text
from tui.app import ChairApp
from tui.screens.source import SourceModal
from tui.widgets.transcript import Transcript

LONG_GAME = ["floor russia", "consult russia", "recess", "floor ukraine", "recess", "recess"]


def row_of(app: ChairApp, text: str) -> int:
    """The screen row where `text` first appears."""
    return next(y for y, row in enumerate(screen_text(app).splitlines()) if text in row)


async def test_keys_move_the_cursor_entry_by_entry_and_keep_it_in_view(
    tutorial: Content, saves_dir: Path
):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot, LONG_GAME)
        minutes = screen.query_one(Transcript)
        last = len(minutes.entries) - 1
        assert minutes.cursor == last and minutes.scroll_y == minutes.max_scroll_y > 0
        await pilot.press("up")
        assert minutes.cursor == last - 1
        await pilot.press("home")
        await pilot.pause()
        assert minutes.cursor == 0 and minutes.scroll_y == 0
        assert "Chairperson-in-Office" in screen_text(app)
        await pilot.press("pagedown")
        assert minutes.cursor is not None and minutes.cursor > 1
        await pilot.press("end")
        assert minutes.cursor == last and minutes.scroll_y == minutes.max_scroll_y


async def test_a_click_on_a_line_with_a_source_opens_it_and_elsewhere_only_moves_the_cursor(
    tutorial: Content, saves_dir: Path
):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot, ["floor russia"])
        minutes = screen.query_one(Transcript)
        kinds = [(e.kind, bool(e.source)) for e in minutes.entries]
        assert kinds[1:3] == [("action", False), ("speech", True)]
        await pilot.click(minutes, offset=(10, row_of(app, "gives the floor") - minutes.region.y))
        assert minutes.cursor == 1 and app.screen is screen
        await pilot.click(minutes, offset=(20, row_of(app, "Cold War tactic") - minutes.region.y))
        await pilot.pause()
        assert isinstance(app.screen, SourceModal)
        assert minutes.cursor == 2


async def test_the_minutes_scroll_under_textuals_scrollbar_and_keep_the_cursor(
    tutorial: Content, saves_dir: Path
):
    """The minutes use Textual's own one-cell scrollbar (its dragging and clicking are
    Textual's); scrolling to read leaves the cursor where it was."""
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot, LONG_GAME)
        minutes = screen.query_one(Transcript)
        await pilot.press("home")
        assert minutes.scroll_y == 0
        assert minutes.show_vertical_scrollbar and minutes.scrollbar_size_vertical == 1
        minutes.scroll_end(animate=False, immediate=True)  # as a drag of the thumb does
        await pilot.pause()
        assert minutes.scroll_y == minutes.max_scroll_y > 0
        assert minutes.cursor == 0


async def test_a_new_theme_redraws_the_lines_that_were_kept(tutorial: Content, saves_dir: Path):
    """The minutes, the cards and the meters keep rendered rows; a theme must not leave old ones."""
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot, ["floor russia", "recess"])
        kept = [screen.query_one(Transcript), *screen.query("DelegationCards, OtherMeters")]

        def backgrounds() -> list[set[str]]:
            rows = app.screen._compositor.render_strips()
            return [
                {
                    segment.style.bgcolor.name
                    for y in range(widget.region.y, widget.region.bottom)
                    for segment in rows[y].crop(widget.region.x, widget.region.right)
                    if segment.style and segment.style.bgcolor
                }
                for widget in kept
            ]

        dark = backgrounds()
        app.theme = "textual-light"
        await pilot.pause()
        light = backgrounds()
        assert all(
            before and after and before.isdisjoint(after)
            for before, after in zip(dark, light, strict=True)
        )


async def test_the_highlight_follows_the_cursor_and_the_focus(tutorial: Content, saves_dir: Path):
    """Rows are kept as drawn; the cursor's highlight must still move with it, and change shade
    when the minutes lose the focus."""
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot, ["floor russia", "recess"])
        minutes = screen.query_one(Transcript)

        def highlighted() -> dict[int, str]:
            """The rows of the minutes not in the minutes' own background, and their colour."""
            rows = app.screen._compositor.render_strips()
            region = minutes.region
            colours = {
                y - region.y: str(
                    rows[y].crop(region.x + 2, region.x + 3)._segments[0].style.bgcolor
                )
                for y in range(region.y, region.bottom)
            }
            usual = max(set(colours.values()), key=list(colours.values()).count)
            return {y: colour for y, colour in colours.items() if colour != usual}

        first = highlighted()
        await pilot.press("up")
        second = highlighted()
        assert first and second and set(first) != set(second)  # it moved with the cursor
        await pilot.press("tab")  # the focus leaves the minutes
        await pilot.pause()
        third = highlighted()
        assert set(third) == set(second)  # the same rows, in the unfocused shade
        assert set(third.values()).isdisjoint(second.values())


async def test_dragging_across_the_minutes_then_ctrl_c_copies_the_text_and_keeps_the_game(
    tutorial: Content, saves_dir: Path
):
    """A player who drags over a quote and presses Ctrl+C, as in any terminal, gets the text they
    selected on the clipboard, and keeps the game: the minutes once named a method as Textual
    names its own, and the copy crashed."""
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot, LONG_GAME)
        minutes = screen.query_one(Transcript)
        await pilot.mouse_down(minutes, offset=(8, 2))
        await pilot.hover(minutes, offset=(30, 6))
        await pilot.mouse_up(minutes, offset=(30, 6))
        await pilot.pause()
        # What the player saw under the drag: from the cell pressed to the cell released.
        region, inside = minutes.region, minutes.scrollable_content_region
        shown = screen_text(app).splitlines()
        rows = [shown[y][inside.x : inside.right] for y in range(region.y + 2, region.y + 7)]
        left = inside.x - region.x
        expected = "\n".join(
            [
                rows[0][8 - left :].rstrip(),
                *(row.rstrip() for row in rows[1:-1]),
                rows[-1][: 30 - left + 1],
            ]
        )
        assert "Ukraine" in expected  # the drag is over words, not blank rows
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.clipboard == expected
        assert app.is_running and app.return_code is None
        assert app.screen is screen
        await pilot.press("r")  # and the table still takes keys
        await pilot.pause()
        assert screen.game.actions[-1].verb == "recess" and len(screen.game.actions) == 7
