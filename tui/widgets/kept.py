"""Widgets that answer a frame with the rows they gave the last one, when nothing changed.

Textual asks every widget under a region that changes for all its rows, though most of the
table's widgets are the same as they were: a meter when a choice opens over it, the cards when
only the minutes moved. Each answers from its own caches, but only after Textual has worked out
its colours, filters and padding again, about 0.1 ms a widget, a millisecond or more a frame
on the table. A `KeptRender` widget keeps the rows it gave and gives them again while it has
not been refreshed, restyled or resized since, and the same part of it is asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widget import Widget

# Textual takes a widget's CSS (its defaults, its type names) from its first base that is a
# widget only: a mix-in must not be one, or a widget would lose what its real base declares.
# (Typed as a Widget, so that mypy checks the calls it makes to one.)
if TYPE_CHECKING:
    Mixin = Widget
else:
    Mixin = object


class KeptRender(Mixin):
    """Mix in first: `class Panel(KeptRender, Widget)`; draw in `render_fresh`, not
    `render_lines`.

    Everything that changes what a widget shows goes through `refresh` (as Textual's own
    caches of rendered lines require), a change of style through `notify_style_update`, and a
    new size or a scroll of its container changes what is asked for.
    """

    _kept: tuple[Region, Size, list[Strip]] | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        size = self.region.size
        kept = self._kept
        if kept is not None and kept[0] == crop and kept[1] == size:
            return list(kept[2])
        strips = self.render_fresh(crop)
        self._kept = (crop, size, list(strips))
        return strips

    def render_fresh(self, crop: Region) -> list[Strip]:
        """The rows as they are now (Textual's own drawing, unless a widget draws its own)."""
        return super().render_lines(crop)

    def refresh(self, *regions: Region, **kwargs: bool) -> KeptRender:
        self._kept = None
        return super().refresh(*regions, **kwargs)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._kept = None
