"""The scenario's meters, with their history: tension first, as a sparkline, then the others.

No meter is hard-coded: a scenario declares its own (tension, ceasefire violations, the chair's
standing, ...). Each shows its value, how much the last action moved it (▲/▼, coloured by
whether that was for the better) and a sparkline of its value after every action.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult, RenderResult
from textual.containers import Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Sparkline

from ..styling import style
from ..views import MeterView, ScoreView


class MeterLabel(Widget):
    """'Tension ........ 73 ▲3': the label left, the value and its change right (or beneath)."""

    view: reactive[MeterView | None] = reactive(None)

    def render(self) -> RenderResult:
        view = self.view
        if view is None:
            return Content()
        value = f"{view.value}" + (f" {view.unit}" if view.unit else "")
        change = Content()
        if view.change:
            arrow = "▲" if view.change > 0 else "▼"
            tone = "bar--good" if view.improved else "bar--poor"
            change = Content.styled(f" {arrow}{abs(view.change)}", style(tone))
        right = Content.assemble((value, "bold"), change)
        width = self.content_region.width or 20
        label = Content.styled(view.label, style("label"))
        if label.cell_length + 1 + right.cell_length <= width:
            gap = width - label.cell_length - right.cell_length
            return Content.assemble(label, " " * gap, right)
        # Too narrow for one line: the label, then the value beneath it on the right.
        label = label.truncate(width, ellipsis=True)
        return Content.assemble(label, "\n", " " * max(0, width - right.cell_length), right)


class MeterRow(Vertical):
    """One meter: its label line and its sparkline."""

    def __init__(self, view: MeterView) -> None:
        classes = "meter -tension" if view.is_tension else "meter"
        super().__init__(id=f"meter-{view.id}", classes=classes)
        self._view = view

    def compose(self) -> ComposeResult:
        yield MeterLabel()
        yield Sparkline(summary_function=max)

    def on_mount(self) -> None:
        self.show(self._view)

    def show(self, view: MeterView) -> None:
        self._view = view
        self.query_one(MeterLabel).view = view
        history = list(view.history)
        # One value would fill the sparkline as if at its maximum; two equal ones draw a baseline.
        self.query_one(Sparkline).data = history * 2 if len(history) == 1 else history


class ScoreLine(Widget):
    """The score as it would stand if the session closed now."""

    view: reactive[ScoreView | None] = reactive(None)

    def render(self) -> RenderResult:
        view = self.view
        if view is None:
            return Content()
        return Content.assemble(
            ("Score now ", style("label")),
            (f"{view.total}", "bold"),
            ("/100 ", style("muted")),
            (view.grade, "bold"),
        )


class MeterPanel(Vertical):
    """The meters, tension first."""

    def show(self, views: Sequence[MeterView]) -> None:
        rows = list(self.query(MeterRow))
        if [r.id for r in rows] != [f"meter-{v.id}" for v in views]:
            for row in rows:
                row.remove()
            self.mount_all(MeterRow(v) for v in views)
            return
        for row, view in zip(rows, views, strict=True):
            row.show(view)
