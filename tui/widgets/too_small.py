"""The notice shown instead of a screen when the terminal is smaller than the app can lay out."""

from __future__ import annotations

from textual.app import RenderResult
from textual.content import Content
from textual.widget import Widget

MIN_WIDTH, MIN_HEIGHT = 80, 24
"""The smallest terminal the table is laid out for."""


class TooSmall(Widget):
    """Hidden unless the screen carries a too-small breakpoint class (see chair.tcss)."""

    def render(self) -> RenderResult:
        width, height = self.app.size
        return Content.from_markup(
            "[b]The terminal is too small[/b]\n\n"
            "It is $width×$height; The Chair needs at least $min_width×$min_height.\n"
            "Enlarge the window (or make the font smaller) and the game comes back as it was.",
            width=width,
            height=height,
            min_width=MIN_WIDTH,
            min_height=MIN_HEIGHT,
        )
