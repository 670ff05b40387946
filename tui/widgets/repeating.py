"""Containers drawn as three rows: the top, one middle row repeated, and the bottom.

Textual draws every widget under a region that changes, containers included, row by row; a
container draws only its background and borders (its children draw over the rest), so all its
rows but the first and the last are the same. The table's columns and the choice panel are such
containers, under every frame: drawing their rows one by one cost about 0.1 ms a frame for each
column, and 1.8 ms for the choice panel's 26 rows each time it opened. A `RepeatingRows`
container asks Textual for the three rows it needs and repeats the middle one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widget import Widget

# Textual takes a widget's CSS (its defaults, its type names) from its first base that is a
# widget only: the mix-in must not be one, or a Column would lose everything of Vertical.
_Mixin = Widget if TYPE_CHECKING else object


class RepeatingRows(_Mixin):
    """Mix in before a container class: `class Column(RepeatingRows, Vertical)`.

    Only for widgets that draw nothing of their own but background, padding and borders (no
    border titles): their children are separate widgets.
    """

    _rows: tuple[Size, Strip, Strip, Strip] | None = None

    def repeats(self) -> bool:
        """Whether the rows repeat now (a widget that sometimes draws content says when not)."""
        return True

    def render_lines(self, crop: Region) -> list[Strip]:
        size = self.region.size  # borders and padding included, as Textual draws a row
        if size.height < 3 or self.border_title or self.border_subtitle or not self.repeats():
            return super().render_lines(crop)
        if self._rows is None or self._rows[0] != size:
            top, middle = super().render_lines(Region(0, 0, size.width, 2))
            (bottom,) = super().render_lines(Region(0, size.height - 1, size.width, 1))
            self._rows = (size, top, middle, bottom)
        _, top, middle, bottom = self._rows
        last = size.height - 1
        rows = [top if y == 0 else bottom if y == last else middle for y in crop.line_range]
        x1, x2 = crop.column_span
        return rows if (x1, x2) == (0, size.width) else [row.crop(x1, x2) for row in rows]

    def refresh(self, *regions: Region, **kwargs: bool) -> RepeatingRows:
        """Anything that redraws the container draws its rows again (a change of style set in
        code refreshes without a style update)."""
        self._rows = None
        return super().refresh(*regions, **kwargs)  # type: ignore[return-value]

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._rows = None


class Row(RepeatingRows, Horizontal):
    """Textual's `Horizontal`, drawn as three rows."""


class Column(RepeatingRows, Vertical):
    """Textual's `Vertical`, drawn as three rows."""


class ScrollingColumn(RepeatingRows, VerticalScroll):
    """Textual's `VerticalScroll`, drawn as three rows."""
