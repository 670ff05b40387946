"""The transcript: the minutes of the session, scrollable, with a cursor on one entry.

The minutes are the table's busiest part: every action adds lines and scrolls them into view,
so every visible line is drawn again after every key. This widget draws them through Textual's
line API: each entry is rendered once per width and kept, so a frame only looks lines up, marks
the cursor's entry, and adds one cell of scroll indicator. (An `OptionList` did the same job at
several times the cost per line, and Textual's own scrollbar, redrawn on every scroll, cost as
much again as the lines it stood beside.)

The cursor picks the line whose German source the source key opens; a click on a line moves the
cursor there and asks for the source. The indicator on the right can be clicked (a page up or
down) and dragged, and the mouse wheel scrolls.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import Reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style as VisualStyle

from scenario.engine.content import Content as Scenario
from scenario.engine.transcript import Entry

from ..hanging import Hanging
from ..minutes import Minutes
from ..pen import Pen

INDICATOR = 1
"""Cells on the right for the scroll indicator."""
KEPT = 600
"""Rendered entries kept: a few screens' worth, however long the session."""


class Transcript(ScrollView, can_focus=True):
    """Shows entries as minutes; a click on a line asks for its German source."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"transcript--cursor"}
    """The minutes' named styles are the screen's (every screen declares them all): declared here
    too, Textual would style all thirty again each time the minutes gain or lose the focus."""

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)
    """Growing the minutes changes only what scrolls, never the layout of the table: without
    this, every line added would lay the whole screen out again."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", "Previous line", show=False),
        Binding("down", "cursor(1)", "Next line", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "first", "First line", show=False),
        Binding("end", "last", "Last line", show=False),
        # Enter is left alone: it is pressed out of habit after closing a dialog.
        Binding("enter", "nothing", show=False),
    ]

    class SourceWanted(Message):
        """The reader wants the original of a line."""

        def __init__(self, entry: Entry) -> None:
            self.entry = entry
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._entries: list[Entry] = []
        self._visuals: list[Hanging] = []
        self._minutes: Minutes | None = None
        self._starts: list[int] = []
        """The first line of each entry at the width laid out for."""
        self._lines = 0
        self._width = 0
        self._rendered: LRUCache[int, list[Strip]] = LRUCache(KEPT)
        self._drawn: LRUCache[tuple[int, int, bool, bool], Strip] = LRUCache(KEPT)
        """Rows as drawn on the screen, by what they show (see `render_lines`)."""
        self._under_cursor: tuple[int, list[Strip]] | None = None
        self._drag: int | None = None  # where on the thumb the mouse holds it
        self._thumb_rows: tuple[int, int] | None = None
        self._track = self._bar = Strip.blank(INDICATOR)
        self._pen = Pen.of(self)
        self.cursor: int | None = None
        """The index of the entry under the cursor."""

    # ------------------------------------------------------------------ content

    @property
    def entries(self) -> Sequence[Entry]:
        return self._entries

    @property
    def entry(self) -> Entry | None:
        """The entry under the cursor."""
        return None if self.cursor is None else self._entries[self.cursor]

    def show(self, scenario: Scenario, entries: Sequence[Entry]) -> None:
        """Replace the minutes (a new game, or the same game replayed on reloaded content)."""
        self._minutes = Minutes(scenario)
        self._entries, self._visuals, self._starts = [], [], []
        self._lines = 0
        self._rendered.clear()
        self._drawn.clear()
        self._under_cursor = None
        self.cursor = None
        self.extend(entries, cursor_at="last")

    def extend(self, entries: Sequence[Entry], *, cursor_at: str = "first") -> None:
        """Add what an action produced, and put the cursor on the first new line (or the last)."""
        if not entries or self._minutes is None:
            return
        start = len(self._entries)
        self._visuals.extend(
            self._minutes.line(entry, first=start + n == 0) for n, entry in enumerate(entries)
        )
        self._entries.extend(entries)
        if self._width:
            self._lay_out(start)
        cursor = start if cursor_at == "first" else len(self._entries) - 1
        self._move_cursor(cursor, top=cursor_at == "first")
        self.refresh()

    # ------------------------------------------------------------------ layout

    def _body_width(self) -> int:
        return max(1, self.scrollable_content_region.width - INDICATOR)

    def _lay_out(self, start: int = 0) -> None:
        """Count the lines of the entries from `start` on at the current width."""
        width = self._width
        if start == 0:
            self._starts, line = [], 0
        else:  # entries before `start` are laid out already; `_lines` ends where they end
            line = self._lines
        for visual in self._visuals[start:]:
            self._starts.append(line)
            line += visual.height(width)
        self._lines = line
        self.virtual_size = Size(width + INDICATOR, line)
        self._scroll_update(self.virtual_size)

    def on_resize(self) -> None:
        width = self._body_width()
        if width != self._width and self.scrollable_content_region.width:
            self._width = width
            self._rendered.clear()
            self._drawn.clear()
            self._under_cursor = None
            self._lay_out()
            if self.cursor is not None:
                self._scroll_to_entry(self.cursor, top=False)
            self.refresh()

    def notify_style_update(self) -> None:
        """New styles (a theme, or the focus coming or going, which changes the cursor's shade):
        lines and rows drawn in the old ones are dropped."""
        super().notify_style_update()
        self._rendered.clear()
        self._drawn.clear()
        self._under_cursor = None
        self._pen.forget()

    # ------------------------------------------------------------------ drawing

    def _render_in_view(self) -> None:
        """Render the entries in view that are not kept (after an action, its new entries)."""
        if not self._width or not self._starts:
            return
        top = int(self.scroll_offset.y)
        bottom = top + max(1, self.scrollable_content_region.height) - 1
        first = max(0, bisect_right(self._starts, top) - 1)
        last = max(0, bisect_right(self._starts, bottom) - 1)
        missing = [i for i in range(first, last + 1) if self._rendered.get(i) is None]
        if missing:
            self._render(missing)

    def _render(self, indices: list[int]) -> None:
        """Render these entries and keep their lines."""
        style = self.visual_style
        for index in indices:
            self._rendered[index] = [
                strip.extend_cell_length(self._width, style.rich_style)
                for strip in self._visuals[index].draw(self._pen, self._width, style)
            ]

    def _strips(self, index: int) -> list[Strip]:
        """An entry's lines, rendered once for this width and look (the cursor is laid on
        top, so moving it never renders an entry again)."""
        strips = self._rendered.get(index)
        if strips is None:  # not in view when the frame began (render_lines renders those)
            self._render([index])
            strips = self._rendered[index]
        if index != self.cursor:
            return strips
        if self._under_cursor is None or self._under_cursor[0] != index:
            # Only the cursor's background, laid over the entry's own colours.
            cursor = Style(bgcolor=self.get_visual_style("transcript--cursor").rich_style.bgcolor)
            self._under_cursor = (
                index,
                [
                    Strip(Segment.apply_style(strip, post_style=cursor), strip.cell_length)
                    for strip in strips
                ],
            )
        return self._under_cursor[1]

    def _shown(self, y: int) -> tuple[int, int, bool]:
        """What row `y` of the view shows: (entry, line of the entry, thumb there); the entry is
        -1 below the last line."""
        line = self.scroll_offset.y + y
        thumb = self._thumb_rows is not None and self._thumb_rows[0] <= y < self._thumb_rows[1]
        if line < self._lines and self._width:
            index = bisect_right(self._starts, line) - 1
            return index, line - self._starts[index], thumb
        return -1, 0, thumb

    def render_line(self, y: int) -> Strip:
        index, offset, thumb = self._shown(y)
        if index >= 0:
            strips = self._strips(index)
            body = strips[offset] if offset < len(strips) else Strip.blank(self._width)
        else:
            body = Strip.blank(self._width, self.visual_style.rich_style)
        return Strip.join([body, self._bar if thumb else self._track])

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """Redraw the view; Textual's own scroll bar, never drawn here, is not told.

        Telling it (as `ScrollView` does) refreshes a widget that is not on screen, and Textual
        answers that by working out the place of every widget on the screen again, in every frame
        that scrolls the minutes.
        """
        if round(old_value) != round(new_value):
            self.refresh()

    def _thumb(self) -> tuple[int, int] | None:
        """The rows the scroll indicator's thumb covers, or None if everything fits."""
        height = self.scrollable_content_region.height
        if self._lines <= height or height < 1:
            return None
        size = max(1, round(height * height / self._lines))
        top = round(self.scroll_offset.y / (self._lines - height) * (height - size))
        return top, top + size

    def render_lines(self, crop: Region) -> list[Strip]:
        """The rows in view, each kept as drawn (padding, colours and all) while it shows the
        same line of the same entry: after an action the minutes scroll and every row shows a
        new line, but only the new entries' lines have to be drawn."""
        self._track, self._bar = self._indicator_cells()
        self._thumb_rows = self._thumb()
        self._render_in_view()
        styles = self.styles
        plain = (
            not styles.gutter.top
            and not styles.gutter.bottom
            and not any(edge for edge, _ in styles.border)
            and not styles.tint.a
            and self.opacity == 1
            and styles.text_opacity == 1
        )
        if not plain:  # Textual draws what this does not: borders, tints, fading
            return super().render_lines(crop)
        width = self.region.width  # padding included, as Textual draws a row
        _, pad_right, _, pad_left = styles.padding
        base, background = self.background_colors
        inner = VisualStyle(background=base + background).rich_style  # as Textual pads
        filters = self.get_line_filters()
        rows: list[Strip] = []
        for y in crop.line_range:
            index, offset, thumb = self._shown(y)
            key = (index, offset, thumb, index == self.cursor)
            row = self._drawn.get(key)
            if row is None:
                line = self.render_line(y).adjust_cell_length(width - pad_left - pad_right, inner)
                row = Strip.join(
                    [Strip.blank(pad_left, inner), line, Strip.blank(pad_right, inner)]
                )
                for line_filter in filters:
                    row = row.apply_filter(line_filter, background)
                self._drawn[key] = row
            rows.append(row)
        x1, x2 = crop.column_span
        return rows if (x1, x2) == (0, width) else [row.crop(x1, x2) for row in rows]

    def _indicator_cells(self) -> tuple[Strip, Strip]:
        """The track and the thumb, in the colours and manner of Textual's own scrollbars."""
        styles = self.styles
        back = styles.scrollbar_background
        if back.a < 1:
            back = self.background_colors[0] + back
        bar = back + styles.scrollbar_color
        track = Segment(" ", Style(bgcolor=back.rich_color))
        # A reversed blank, as Textual draws its thumbs: still visible with colours off.
        thumb = Segment(" ", Style(color=bar.rich_color, reverse=True))
        return Strip([track], 1), Strip([thumb], 1)

    # ------------------------------------------------------------------ cursor and scrolling

    def _move_cursor(self, index: int, *, top: bool = False) -> None:
        """Put the cursor on an entry and bring it into view."""
        index = max(0, min(index, len(self._entries) - 1))
        if index != self.cursor:
            self.cursor = index
            self.refresh()
        self._scroll_to_entry(index, top=top)

    def _scroll_to_entry(self, index: int, *, top: bool) -> None:
        if not self._width or index >= len(self._starts):
            return
        start = self._starts[index]
        end = self._starts[index + 1] if index + 1 < len(self._starts) else self._lines
        region = Region(0, start, 1, end - start)
        self.scroll_to_region(region, animate=False, top=top, immediate=True, force=True)

    def action_cursor(self, step: int) -> None:
        if self._entries:
            self._move_cursor((self.cursor or 0) + step)

    def action_page(self, direction: int) -> None:
        """Move the cursor a screenful of lines up or down."""
        if not self._entries or self.cursor is None:
            return
        height = max(1, self.scrollable_content_region.height)
        line = self._starts[self.cursor] + direction * height
        line = max(0, min(line, self._lines - 1))
        self._move_cursor(bisect_right(self._starts, line) - 1)

    def action_first(self) -> None:
        if self._entries:
            self._move_cursor(0, top=True)

    def action_last(self) -> None:
        if self._entries:
            self._move_cursor(len(self._entries) - 1)

    def action_nothing(self) -> None:
        """Enter does not open anything here (the source key is 'o')."""

    # ------------------------------------------------------------------ mouse

    def _row(self, event: events.MouseEvent) -> int:
        """The row of the view the mouse is on (0 at the top of the minutes' content)."""
        return event.y - (self.scrollable_content_region.y - self.region.y)

    def _on_indicator(self, x: int) -> bool:
        return x >= self.scrollable_content_region.right - self.region.x - INDICATOR

    def on_mouse_down(self, event: events.MouseDown) -> None:
        thumb = self._thumb()
        if thumb is None or not self._on_indicator(event.x):
            return
        event.stop()
        row = self._row(event)
        if thumb[0] <= row < thumb[1]:
            self._drag = row - thumb[0]
            self.capture_mouse()
        else:
            height = self.scrollable_content_region.height
            step = height if row >= thumb[1] else -height
            self.scroll_to(y=self.scroll_offset.y + step, animate=False, immediate=True)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        thumb = self._thumb()
        if self._drag is None or thumb is None:
            return
        height = self.scrollable_content_region.height
        size = thumb[1] - thumb[0]
        row = self._row(event) - self._drag
        room = max(1, height - size)
        y = round(max(0, min(row, room)) / room * (self._lines - height))
        self.scroll_to(y=y, animate=False, immediate=True)

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._drag is not None:
            self._drag = None
            self.release_mouse()
            event.stop()

    def on_click(self, event: events.Click) -> None:
        if self._on_indicator(event.x) or not self._entries:
            return
        event.stop()
        line = self.scroll_offset.y + self._row(event)
        if 0 <= line < self._lines:
            self._move_cursor(bisect_right(self._starts, line) - 1)
            entry = self.entry
            if entry is not None:
                self.post_message(self.SourceWanted(entry))
