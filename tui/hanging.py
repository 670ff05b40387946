"""A visual with a gutter: a narrow left column (the time) beside text that wraps under itself.

Minutes of a meeting put the time in the margin and let each line of speech wrap within its own
column. Neither `Content` nor Textual's widgets do hanging indents, and a Rich table per line
would bring Rich's layout into every transcript line; this small `Visual` renders the body at the
narrower width and puts the gutter beside its first line. It can also draw a rule above itself,
which is how the minutes mark a new section without separators between list items (adding a
separator to a list would invalidate every line already drawn).
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

RULE_STYLE = ".minutes--rule"


class Hanging(Visual):
    """`gutter` (at most `width` cells) beside `body`; the body's wrapped lines stay indented."""

    def __init__(
        self,
        gutter: Content,
        body: Content,
        width: int,
        *,
        rule: bool = False,
        rule_style: str = RULE_STYLE,
    ) -> None:
        self.gutter = gutter
        self.body = body
        self.width = width
        self.rule = rule
        self.rule_style = rule_style
        self._wrapped: tuple[int, list[Content]] | None = None

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.width + self.body.get_optimal_width(rules, container_width - self.width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        if _wraps_by_default(rules):
            return self.height(width)
        return self.body.get_height(rules, max(1, width - self.width)) + self.rule

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        body_width = max(1, width - self.width)
        body = self.body.render_strips(body_width, height, style, options)
        gutter = self.gutter.render_strips(self.width, 1, style, options)
        rule = (style + options.get_style(self.rule_style)).rich_style if self.rule else None
        return self._beside(gutter[0] if gutter else Strip([]), body, width, style, rule)

    def wrapped(self, width: int) -> list[Content]:
        """The body's lines when the whole is `width` cells wide, wrapped as Textual wraps text
        by default (kept for the last width: the minutes count lines, then draw them)."""
        body_width = max(1, width - self.width)
        if self._wrapped is None or self._wrapped[0] != body_width:
            self._wrapped = (body_width, self.body.wrap(body_width))
        return self._wrapped[1]

    def height(self, width: int) -> int:
        """Lines taken at this width, in a widget's default text rules."""
        return len(self.wrapped(width)) + self.rule

    def _beside(
        self, gutter: Strip, body: list[Strip], width: int, style: Style, rule: RichStyle | None
    ) -> list[Strip]:
        """The gutter beside the body's first line, blanks beside the rest, a rule above."""
        body_width = max(1, width - self.width)
        first = gutter.extend_cell_length(self.width, style.rich_style)
        blank = Strip.blank(self.width, style.rich_style)
        strips = [
            Strip.join(
                [first if y == 0 else blank, line.extend_cell_length(body_width, style.rich_style)]
            )
            for y, line in enumerate(body)
        ]
        if rule is not None:
            strips.insert(0, Strip([Segment("─" * width, rule)], width))
        return strips


def _wraps_by_default(rules: RulesMap) -> bool:
    """Whether text is wrapped and aligned as `Content.wrap` does it."""
    get = rules.get
    return (
        get("text_wrap", "wrap") == "wrap"
        and get("text_overflow", "fold") == "fold"
        and get("text_align", "left") in ("start", "left")
        and not get("line_pad", 0)
    )


class Stacked(Visual):
    """Visuals one under another: many rows as one widget, which is much cheaper to open in a
    dialog than a widget for each row."""

    def __init__(self, visuals: list[Visual]) -> None:
        self.visuals = visuals

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max((v.get_optimal_width(rules, container_width) for v in self.visuals), default=0)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return sum(v.get_height(rules, width) for v in self.visuals)

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        strips: list[Strip] = []
        for visual in self.visuals:
            lines = visual.render_strips(width, None, style, options)
            strips.extend(line.extend_cell_length(width, style.rich_style) for line in lines)
        return strips
