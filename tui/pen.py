"""Lines of `Content` drawn straight into strips, in a widget's styles.

After every action the table draws a dozen new rows (bars, meters, the clock) and the minutes a
dozen new lines. Textual draws `Content` through its general path: it asks the widget for the
style of every span of every line again, builds a new style for every run of text and stamps each
with the cell it stands on (for selecting text with the mouse; the minutes add those marks to the
rows they keep, see `EntryList.render_line`). That was about half of the cost of drawing a
frame's new rows. A `Pen` draws the same segments, in the same colours, one per run of text
under the same styles. (It once also kept every combination of styles it had worked out; that
saved 0.15 ms a key and was dropped, with the rule of when it went stale.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from itertools import pairwise
from operator import itemgetter

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.content import Content, Span
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget

TAB_SIZE = 8
"""As Textual expands tabs in text."""


class Pen:
    """Draws one-line `Content` as a `Strip` in the styles `resolve` finds for span styles
    (`.name` for a component class), looked up as each line is drawn, so never stale."""

    def __init__(self, resolve: Callable[[str], Style]) -> None:
        self._resolve_name = resolve

    @classmethod
    def of(cls, widget: Widget) -> Pen:
        """A pen for a widget's own text: styles found as Textual finds them for it."""
        return cls(partial(_look_up, widget))

    def line(self, content: Content, base: Style, width: int | None = None) -> Strip:
        """The first line of `content` over `base`, cut at `width` cells when given (not padded).

        The segments are those Textual draws for the same text and styles, without the position
        each of Textual's carries for mouse selection.
        """
        if "\n" in content.plain:
            content = content.split("\n")[0]
        content = content.expand_tabs(TAB_SIZE)
        if width is not None:
            content = content.truncate(width)
        text = content.plain
        spans = content.spans
        if not spans:
            return Strip([Segment(text, self._style(base, ()))], content.cell_length)
        segments = [
            Segment(text[start:end], self._style(base, key))
            for start, end, key in _runs(text, spans)
        ]
        return Strip(segments, content.cell_length)

    def over(self, base: Style, style: str | Style) -> RichStyle:
        """The rich style of one style laid over `base` (for a segment drawn by hand)."""
        return (base + self._resolve(style)).rich_style

    def _style(self, base: Style, key: tuple[str | Style, ...]) -> RichStyle:
        """The rich style of text under these span styles, as Textual combines them."""
        styles = [base, *(self._resolve(style) for style in key)]
        return (base + Style.combine(styles)).rich_style

    def _resolve(self, style: str | Style) -> Style:
        return style if isinstance(style, Style) else self._resolve_name(style)


def _look_up(widget: Widget, style: str) -> Style:
    """A style as Textual resolves it in `Content`: `.name` is the component class of the
    nearest widget that declares it; anything else is parsed (and ignored if it does not parse)."""
    if style.startswith("."):
        for node in widget.ancestors_with_self:
            if not isinstance(node, Widget):
                break
            try:
                return node.get_visual_style(style[1:], partial=True)
            except KeyError:
                continue
        else:  # a widget that is not in an app
            raise KeyError(f"no widget declares the style {style!r}")
        return Style()  # up to the app and not declared: no style, as Textual does
    try:
        return Style.parse(style)
    except Exception:
        return Style()


def _runs(text: str, spans: Sequence[Span]) -> list[tuple[int, int, tuple[str | Style, ...]]]:
    """Runs of text with the styles over them, in the spans' order (as `Content.render` does)."""
    events = [
        (0, False, 0),
        *((span.start, False, index) for index, span in enumerate(spans, 1)),
        *((span.end, True, index) for index, span in enumerate(spans, 1)),
        (len(text), True, 0),
    ]
    events.sort(key=itemgetter(0, 1))
    stack: list[int] = []
    runs: list[tuple[int, int, tuple[str | Style, ...]]] = []
    for (offset, leaving, index), (next_offset, _, _) in pairwise(events):
        if leaving:
            stack.remove(index)
        else:
            stack.append(index)
        if next_offset > offset:
            key = tuple(spans[i - 1].style for i in sorted(stack) if i)
            runs.append((offset, next_offset, key))
    return runs
