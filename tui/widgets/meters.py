"""The scenario's meters, with their history: tension first, as a sparkline, then the others.

No meter is hard-coded: a scenario declares its own (tension, ceasefire violations, the chair's
standing, ...). Each shows its value and how much the last action moved it (▲/▼, coloured by
whether that was for the better). Tension, the meter the chair watches most, gets Textual's
Sparkline of its value after every action; the others share one widget that draws each one in
two rows, its label, then its recent history as a line of bars (one per action) beside its
value, which costs a fraction of a widget apiece and leaves the side column room for the agenda.
Numbers are written alike everywhere: 100,000 and ▼30,000.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Sparkline, Static

from ..labels import cut
from ..labels import lines as wrapped
from ..styling import classes, style
from ..views import MeterView, ScoreView, change, figure
from .lines import ViewPanel

BARS = "▁▂▃▄▅▆▇█"


def meter_line(view: MeterView, width: int) -> Content:
    """'Tension ........ 73 ▲3': the label left, the value and its change right (or beneath)."""
    label_text = view.label
    right = _value(view.value, view.unit or "", view.change, bool(view.improved))
    label = Content.styled(label_text, style("label"))
    if label.cell_length + 1 + right.cell_length <= width:
        gap = width - label.cell_length - right.cell_length
        return Content.assemble(label, " " * gap, right)
    # Too narrow for one line: the label, then the value beneath it on the right.
    label = Content.styled(cut(label_text, width), style("label"))
    return Content.assemble(label, "\n", " " * max(0, width - right.cell_length), right)


def _value(amount: int, unit: str, moved: int, improved: bool) -> Content:
    """'113 a day ▼25': the value in bold, its last change coloured by whether it was for the
    better; thousands separated in both."""
    value = figure(amount) + (f" {unit}" if unit else "")
    moved_by = Content()
    if moved:
        tone = "bar--good" if improved else "bar--poor"
        moved_by = Content.styled(f" {change(moved)}", style(tone))
    return Content.assemble((value, "bold"), moved_by)


def meter_rows(view: MeterView, width: int) -> list[Content]:
    """A meter in two rows: its label, then its recent history as bars beside its value. A label
    too long for the column takes a second row rather than lose the words that say what the
    meter is ("The Secretary General's…" of what?)."""
    right = _value(view.value, view.unit or "", view.change, bool(view.improved))
    labels = [Content.styled(row, style("label")) for row in wrapped(view.label, width)]
    room = width - right.cell_length - 1
    if room < 3:  # too narrow for a history: the value alone, on the right
        return [*labels, Content.assemble(" " * max(0, width - right.cell_length), right)]
    bars = trend(view.history, room)
    return [
        *labels,
        Content.assemble(bars, " " * (width - bars.cell_length - right.cell_length), right),
    ]


def trend(history: Sequence[int], width: int) -> Content:
    """The last `width` values as bars, one per action, scaled between their lowest and highest."""
    shown = history[-width:]
    low, high = min(shown), max(shown)
    span = high - low
    bars = "".join(
        BARS[0 if not span else round((value - low) / span * (len(BARS) - 1))] for value in shown
    )
    return Content.styled(bars, style("trend"))


class MeterLabel(ViewPanel[MeterView]):
    """The tension meter's line above its sparkline."""

    COMPONENT_CLASSES: ClassVar[set[str]] = classes("label", "bar--good", "bar--poor")

    def lines(self, width: int) -> list[Content]:
        return [] if self.view is None else meter_line(self.view, width).split("\n")


class TensionMeter(Vertical):
    """Tension: its line, and Textual's Sparkline of its history."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._label = MeterLabel()
        self._sparkline = Sparkline(summary_function=max)

    def compose(self) -> ComposeResult:
        yield self._label
        yield self._sparkline

    def show(self, view: MeterView) -> None:
        self._label.show(view)
        history = list(view.history)
        # One value would fill the sparkline as if at its maximum; two equal ones draw a baseline.
        self._sparkline.data = history * 2 if len(history) == 1 else history


class OtherMeters(ViewPanel[tuple[MeterView, ...]]):
    """Every other meter in two rows (see `meter_rows`); only rows that change are drawn."""

    COMPONENT_CLASSES: ClassVar[set[str]] = classes("label", "bar--good", "bar--poor", "trend")

    def lines(self, width: int) -> list[Content]:
        rows: list[Content] = []
        for view in self.view or ():
            rows.extend(meter_rows(view, width))
        return rows


class ScoreLine(ViewPanel[ScoreView]):
    """The score as it would stand if the session closed now."""

    COMPONENT_CLASSES: ClassVar[set[str]] = classes("label", "muted", "bar--good", "bar--poor")

    def lines(self, width: int) -> list[Content]:
        view = self.view
        if view is None:
            return []
        moved = (
            Content.styled(
                f" {change(view.change)}", style("bar--good" if view.change > 0 else "bar--poor")
            )
            if view.change
            else Content()
        )
        return [
            Content.assemble(
                ("Score now ", style("label")),
                (f"{view.total}", "bold"),
                ("/100 ", style("muted")),
                (view.grade, "bold"),
                moved,
            )
        ]


class MeterPanel(Vertical):
    """Tension first (if the scenario names it), then the other meters."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._tension = TensionMeter(id="tension")
        self._others = OtherMeters(id="other-meters")

    def compose(self) -> ComposeResult:
        yield self._tension
        yield self._others

    def show(self, views: Sequence[MeterView]) -> None:
        tension = next((v for v in views if v.is_tension), None)
        meter = self._tension
        meter.display = tension is not None
        if tension is not None:
            meter.show(tension)
        self._others.show(tuple(v for v in views if not v.is_tension))


class MoreBelow(Static, can_focus=False):
    """The foot of the side column while some of it is scrolled out of sight: a cue, and the key
    to the whole agenda (a click opens it too)."""

    class Pressed(Message):
        """The cue was clicked."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Content("▼ more · g: agenda"), id=id)

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(self.Pressed())
