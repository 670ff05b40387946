"""Containers drawn as three rows: the top, one middle row repeated, and the bottom.

Textual draws every widget under a region that changes, containers included, row by row; a
container draws only its background and borders (its children draw over the rest), so all its
rows but the first and the last are the same. The table's columns and the choice panel are such
containers, under every frame: drawing their rows one by one cost about 0.1 ms a frame for each
column, and 1.8 ms for the choice panel's 26 rows each time it opened. A `RepeatingRows`
container asks Textual for the three rows it needs and repeats the middle one.
"""

from __future__ import annotations

from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.geometry import Region
from textual.strip import Strip

from .kept import KeptRender


class RepeatingRows(KeptRender):
    """Mix in before a container class: `class Column(RepeatingRows, Vertical)`.

    Only for widgets that draw nothing of their own but background, padding and borders (no
    border titles): their children are separate widgets. The rows are kept as any
    `KeptRender`'s are.
    """

    def repeats(self) -> bool:
        """Whether the rows repeat now (a widget that sometimes draws content says when not)."""
        return True

    def render_fresh(self, crop: Region) -> list[Strip]:
        size = self.region.size  # borders and padding included, as Textual draws a row
        if size.height < 3 or self.border_title or self.border_subtitle or not self.repeats():
            return super().render_fresh(crop)
        top, middle = super().render_fresh(Region(0, 0, size.width, 2))
        (bottom,) = super().render_fresh(Region(0, size.height - 1, size.width, 1))
        last = size.height - 1
        rows = [top if y == 0 else bottom if y == last else middle for y in crop.line_range]
        x1, x2 = crop.column_span
        return rows if (x1, x2) == (0, size.width) else [row.crop(x1, x2) for row in rows]


class Row(RepeatingRows, Horizontal):
    """Textual's `Horizontal`, drawn as three rows."""


class Column(RepeatingRows, Vertical):
    """Textual's `Vertical`, drawn as three rows."""


class ScrollingColumn(RepeatingRows, VerticalScroll):
    """Textual's `VerticalScroll`, drawn as three rows."""
