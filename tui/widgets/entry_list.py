"""A scrolling list of entries a few lines each, with a cursor on one: the minutes, the choices.

Both are redrawn often: the minutes after every key that acts (they gain lines and scroll), the
choice of a target every time it opens. This widget is Textual's fast path for long text, as
its `Log` is: a `ScrollView` that draws row by row (`render_line`), keeps each entry's lines at
the width in one `LRUCache` (an entry under the cursor or the mouse is kept again with that
background laid over its own colours), and refreshes only the rows of entries that changed
when the cursor or the mouse moves. Textual pads and filters the rows and keeps them until they
are refreshed. (`OptionList` did the same job at several times the cost per line.) The scrollbar is
Textual's, one cell wide.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip
from textual.visual import Visual

from ..hanging import Hanging

KEPT = 600
"""Drawn entries kept, with or without a mark: a few screens' worth, however long the list."""


class EntryList(ScrollView):
    """Entries under one another; the cursor is on one of them (or none, when empty)."""

    DEFAULT_CSS = "EntryList { overflow-y: scroll; scrollbar-size-vertical: 1; }"
    CURSOR = "entry-list--cursor"
    """The component class whose background marks the cursor's entry (subclasses name theirs)."""
    HOVER: str | None = None
    """The component class whose background marks the entry under the mouse, if any."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._visuals: list[Hanging] = []
        self._starts: list[int] = []
        """The first line of each entry at the width laid out for."""
        self._lines = 0
        self._width = 0
        self._rendered: LRUCache[tuple[Hanging, str | None], list[Strip]] = LRUCache(KEPT)
        """Each entry's lines, by the entry itself and the mark laid over it (the cursor's, the
        hover's or none): a list filled again with some of the same entries (the choices of a
        verb asked again) draws only the new ones, and moving the cursor draws none."""
        self._hover: int | None = None
        self.cursor: int | None = None
        """The index of the entry under the cursor."""

    # ------------------------------------------------------------------ content

    def set_visuals(self, visuals: Sequence[Hanging]) -> None:
        """Replace every entry; the cursor is taken away (`move_cursor` puts it back)."""
        self._visuals, self._starts = list(visuals), []
        self._lines = 0
        self.cursor = self._hover = None
        if self._width:
            self._lay_out()
        self.refresh()

    def add_visuals(self, visuals: Sequence[Hanging]) -> None:
        """Add entries at the end."""
        start = len(self._visuals)
        self._visuals.extend(visuals)
        if self._width:
            self._lay_out(start)
        self.refresh()

    @property
    def laid_out(self) -> bool:
        """Whether the entries have been counted in lines at the list's width (moving a page
        needs the lines)."""
        return bool(self._width)

    # ------------------------------------------------------------------ layout

    def _body_width(self) -> int:
        return max(1, self.scrollable_content_region.width)

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
        # Growing the list changes only what scrolls, never the layout of the screen: set as
        # a plain reactive, every line added to the minutes would lay the whole screen out
        # again. `set_reactive` stores the size without that; the scroll offset is then held
        # within the new extent (the validator runs on assignment).
        self.set_reactive(ScrollView.virtual_size, Size(width, line))
        self.scroll_y = self.scroll_y

    def on_resize(self) -> None:
        width = self._body_width()
        if width != self._width and self.scrollable_content_region.width:
            self._width = width
            self._rendered.clear()
            self._lay_out()
            if self.cursor is not None:
                self._scroll_to_entry(self.cursor, top=False)
            self.refresh()

    def notify_style_update(self) -> None:
        """New styles (a theme, or the focus coming or going, which changes the cursor's shade):
        lines and rows drawn in the old ones are dropped."""
        super().notify_style_update()
        self._rendered.clear()

    # ------------------------------------------------------------------ drawing

    def _entry_lines(self, visual: Hanging) -> list[Strip]:
        """An entry's lines at this width, drawn once and kept."""
        strips = self._rendered.get((visual, None))
        if strips is None:
            style = self.visual_style
            strips = self._rendered[(visual, None)] = [
                strip.extend_cell_length(self._width, style.rich_style)
                for strip in Visual.to_strips(
                    self, visual, self._width, None, style, apply_selection=False
                )
            ]
        return strips

    def _mark(self, index: int) -> str | None:
        """The component class laid over this entry: the cursor's, the hover's, or none."""
        if index == self.cursor:
            return self.CURSOR
        if index == self._hover:
            return self.HOVER
        return None

    def _strips(self, index: int) -> list[Strip]:
        """An entry's lines, the cursor's (or the hover's) background laid on top, so moving
        either never draws an entry again; a rule above the entry is not part of the mark."""
        visual = self._visuals[index]
        strips = self._entry_lines(visual)
        mark = self._mark(index)
        if mark is None:
            return strips
        marked = self._rendered.get((visual, mark))
        if marked is None:
            # Only the mark's background, laid over the entry's own colours.
            back = Style(bgcolor=self.get_visual_style(mark).rich_style.bgcolor)
            marked = self._rendered[(visual, mark)] = [
                strip
                if y == 0 and visual.rule
                else Strip(Segment.apply_style(strip, post_style=back), strip.cell_length)
                for y, strip in enumerate(strips)
            ]
        return marked

    def _shown(self, y: int) -> tuple[int, int]:
        """What row `y` of the view shows: (entry, line of the entry); the entry is -1 below
        the last line."""
        line = self.scroll_offset.y + y
        if line < self._lines and self._width:
            index = bisect_right(self._starts, line) - 1
            return index, line - self._starts[index]
        return -1, 0

    def render_line(self, y: int) -> Strip:
        index, offset = self._shown(y)
        if index >= 0:
            strips = self._strips(index)
            body = strips[offset] if offset < len(strips) else Strip.blank(self._width)
            # Each cell carries its place in the list's text, which is how Textual's mouse
            # selection knows what is under the pointer (see `get_selection`).
            line = self._starts[index] + offset
            body = self._selected(body.apply_offsets(0, line), line)
        else:
            body = Strip.blank(self._width, self.visual_style.rich_style)
        return body

    def _selected(self, body: Strip, line: int) -> Strip:
        """The row with the part the mouse has selected in the screen's selection colours."""
        selection = self.text_selection
        span = None if selection is None else selection.get_span(line)
        if span is None:
            return body
        start, end = span
        end = body.cell_length if end == -1 else min(end, body.cell_length)
        if end <= start:
            return body
        before, chosen, after = body.divide([start, end, body.cell_length])
        style = self.screen.get_component_rich_style("screen--selection")
        chosen = Strip(Segment.apply_style(chosen, post_style=style), chosen.cell_length)
        return Strip.join([before, chosen, after])

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The text under the mouse's selection: the entries as laid out, row for row, which
        is what the offsets that `render_line` gives each cell count in."""
        if not self._width:
            return None
        rows = [
            "".join(segment.text for segment in strip).rstrip()
            for visual in self._visuals
            for strip in self._entry_lines(visual)
        ]
        return selection.extract("\n".join(rows)), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        """The selection grew, shrank or went: the rows are drawn again."""
        self.refresh()

    # ------------------------------------------------------------------ cursor and scrolling

    def move_cursor(self, index: int, *, top: bool = False) -> None:
        """Put the cursor on an entry and bring it into view (at the top if `top`)."""
        index = max(0, min(index, len(self._visuals) - 1))
        if index != self.cursor:
            old, self.cursor = self.cursor, index
            self._refresh_entries(old, index)
        self._scroll_to_entry(index, top=top)

    def _refresh_entries(self, *indexes: int | None) -> None:
        """Redraw the rows of these entries only (a mark came or went); a scroll that follows
        redraws the whole view anyway."""
        if not self._width or len(self._starts) < len(self._visuals):
            self.refresh()
            return
        for index in indexes:
            if index is not None and 0 <= index < len(self._starts):
                start = self._starts[index]
                end = self._starts[index + 1] if index + 1 < len(self._starts) else self._lines
                self.refresh_lines(start, end - start)

    def _scroll_to_entry(self, index: int, *, top: bool) -> None:
        if not self._width or index >= len(self._starts):
            return
        start = self._starts[index]
        end = self._starts[index + 1] if index + 1 < len(self._starts) else self._lines
        region = Region(0, start, 1, end - start)
        self.scroll_to_region(region, animate=False, top=top, immediate=True, force=True)

    def action_cursor(self, step: int) -> None:
        if self._visuals:
            self.move_cursor((self.cursor or 0) + step)

    def action_page(self, direction: int) -> None:
        """Move the cursor a screenful of lines up or down."""
        if not self._visuals or self.cursor is None or not self._starts:
            return
        height = max(1, self.scrollable_content_region.height)
        line = self._starts[self.cursor] + direction * height
        line = max(0, min(line, self._lines - 1))
        self.move_cursor(bisect_right(self._starts, line) - 1)

    def action_first(self) -> None:
        if self._visuals:
            self.move_cursor(0, top=True)

    def action_last(self) -> None:
        if self._visuals:
            self.move_cursor(len(self._visuals) - 1)

    # ------------------------------------------------------------------ mouse

    def _row(self, event: events.MouseEvent) -> int:
        """The row of the view the mouse is on (0 at the top of the list's content)."""
        return event.y - (self.scrollable_content_region.y - self.region.y)

    def entry_at(self, event: events.MouseEvent) -> int | None:
        """The entry under the mouse, if any."""
        if not self._visuals:
            return None
        line = self.scroll_offset.y + self._row(event)
        return bisect_right(self._starts, line) - 1 if 0 <= line < self._lines else None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self.HOVER is not None:
            self._hovering(self.entry_at(event))

    def on_leave(self, event: events.Leave) -> None:
        self._hovering(None)

    def _hovering(self, index: int | None) -> None:
        if index != self._hover:
            old, self._hover = self._hover, index
            self._refresh_entries(old, index)
