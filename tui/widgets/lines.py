"""A panel drawn line by line that redraws only the lines that changed.

The table's side panels change a little after every action: a patience bar here, a meter's
value there. A widget that renders its whole text again for that spends most of a frame on
lines that look the same as before. A `LinePanel` is given its lines as `Content`, compares
them with the lines it shows, and asks Textual to redraw only the rows that differ; each row is
rendered once and kept until it changes or the width does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from textual.content import Content
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.visual import Visual
from textual.widget import Widget


class LinePanel(Widget):
    """Shows one `Content` per row; `lines` says what the rows are for a width."""

    DEFAULT_CSS = "LinePanel { height: auto; text-wrap: nowrap; text-overflow: clip; }"

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._rows: list[Content] = []
        self._strips: dict[int, Strip] = {}
        self._width = 0

    def lines(self, width: int) -> list[Content]:
        """The rows to show at this width (subclasses say what they are)."""
        raise NotImplementedError

    def redraw(self) -> None:
        """Work the rows out again and redraw those that changed."""
        width = self.content_region.width
        if not width:  # not laid out yet, or hidden: rows are worked out when next drawn
            self._width = 0
            # and none drawn before is kept; nor the height: Textual keeps a widget's last box
            # (a hidden choice's help, two rows) until told that its layout changed
            self.refresh(layout=True)
            return
        rows = self.lines(width)
        if width != self._width or len(rows) != len(self._rows):
            self._set_rows(rows, width)
            self.refresh(layout=len(rows) != self.size.height)
            return
        changed = [
            y
            for y, (old, new) in enumerate(zip(self._rows, rows, strict=True))
            if not old.is_same(new)  # `==` would compare the text only
        ]
        for y in changed:
            self._rows[y] = rows[y]
            self._strips.pop(y, None)
        if changed:  # in the content's coordinates: Textual moves them below border and padding
            self.refresh(*(Region(0, y, self.size.width, 1) for y in changed))

    def _set_rows(self, rows: Sequence[Content], width: int) -> None:
        self._rows = list(rows)
        self._strips.clear()
        self._width = width

    def on_resize(self) -> None:
        self._width = 0  # rows are worked out again for the new size at the next frame

    def notify_style_update(self) -> None:
        """A new theme: rows drawn in the old colours are dropped."""
        super().notify_style_update()
        self._strips.clear()

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.lines(width)) if width else 0

    def render_line(self, y: int) -> Strip:
        """Row `y`, drawn by Textual if it is not kept, cut or padded to the width."""
        width = self.content_region.width
        if width != self._width:
            self._set_rows(self.lines(width), width)
        strip = self._strips.get(y)
        if strip is None:
            style = self.visual_style
            if y < len(self._rows):
                strips = Visual.to_strips(self, self._rows[y], width, 1, style)
                strip = strips[0] if strips else Strip.blank(width, style.rich_style)
                strip = self._strips[y] = strip.extend_cell_length(width, style.rich_style)
            else:  # below the rows
                strip = Strip.blank(width, style.rich_style)
        return strip


V = TypeVar("V")


class ViewPanel(LinePanel, Generic[V]):
    """A line panel drawn from one view of the game (`lines` reads `self.view`), redrawn when
    it is shown a new one."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view: V | None = None

    def show(self, view: V) -> None:
        self.view = view
        self.redraw()


class TextPanel(LinePanel):
    """Text wrapped to the width as Textual wraps it, right-aligned if the stylesheet says so:
    a `Static` for text that changes while the screen is up, drawn row by row like a panel."""

    def __init__(self, text: Content | None = None, *, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self._text = text or Content()

    def update(self, text: Content) -> None:
        self._text = text
        self.redraw()

    def lines(self, width: int) -> list[Content]:
        lines = self._text.wrap(width)
        if self.styles.text_align in ("right", "end"):
            return [line.pad_left(max(0, width - line.cell_length)) for line in lines]
        return lines
