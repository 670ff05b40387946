"""The soundings overview: every measure against every delegation, and the agenda in full.

One grid: a row per measure (adopted first, then those on the table, then the rest), a column
per delegation, and in each cell what the chair has learnt of how that delegation would answer a
call for consensus now: ✓ supports, ○ acquiesces, ✗ blocks; ? where it has not been consulted,
— where it has walked out. The reason for the cell under the cursor is written beneath the grid,
with the measure's full title. `i` shows the issues and where each stands instead.
"""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import DataTable, Static

from ..labels import cut
from ..minutes import ANSWER_ICONS
from ..overview import STATE_WORDS, Cell, MeasureRow, Overview
from ..styling import answer_class, speaker_class, style
from .base import ChairModal

STATE_ICONS = {"adopted": "✓", "tabled": "●", "open": "\u00a0", "later": "·"}
"""A measure's state before its title (a space would be dropped from the cell's start)."""
STATE_STYLES = {"adopted": "answer--supports", "tabled": "warning", "open": "", "later": "muted"}
UNKNOWN, ABSENT = "?", "—"
LEGEND = "✓ supports  ○ acquiesces  ✗ blocks  ? not consulted  — walked out"
KEYS = "arrows move · i issues · Esc close"
MEASURE_MIN = 14


class OverviewModal(ChairModal[None]):
    """The grid, the reason for the cell under the cursor, and (on `i`) the issues."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("i", "issues", "Issues", show=False),
        Binding("g", "close", "Close", show=False),
    ]

    def __init__(self, view: Overview) -> None:
        super().__init__()
        self._view = view

    def compose(self) -> ComposeResult:
        view = self._view
        with Vertical(classes="dialog -wide", id="overview"):
            yield Static(Content("The agenda and the soundings"), classes="dialog-title")
            framing = view.framing or "none yet"
            yield Static(
                Content.styled(
                    f"Framing: {framing}. How each delegation would answer a call for "
                    "consensus now, as far as you have learnt.",
                    style("muted"),
                ),
                id="overview-help",
            )
            grid: DataTable[Text] = DataTable(id="grid", cursor_type="cell", zebra_stripes=True)
            yield grid
            yield Static(id="reason")
            with VerticalScroll(id="issues"):
                yield Static(Content.styled("Issues: the status quo (0–100)", style("strong")))
                for issue in view.issues:
                    yield Static(
                        Content.assemble((issue.title, "bold"), ": ", issue.words), classes="issue"
                    )
            yield Static(Content.styled(LEGEND, style("muted")), id="legend")
            yield Static(Content.styled(KEYS, style("muted")), classes="dialog-keys")

    def on_mount(self) -> None:
        self.query_one("#issues").display = False
        self._fill()
        grid = self.query_one("#grid", DataTable)
        grid.focus()
        first = next((i for i, row in enumerate(self._view.rows) if row.state != "adopted"), 0)
        grid.move_cursor(row=first, column=1 if self._view.columns else 0)
        self._explain(first, 1)

    def _rich(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True) if name else Style()

    def _fill(self) -> None:
        view = self._view
        grid = self.query_one("#grid", DataTable)
        room = (self.app.size.width * 95 // 100 if self.app.size.width < 96 else 90) - 4
        # Names in full where they leave the measures room; else their first three letters
        # (the line beneath the grid names the delegation under the cursor in full).
        widths = [max(len(c.short), 2) for c in view.columns]
        short = room - sum(w + 2 for w in widths) < 2 * MEASURE_MIN
        if short:
            widths = [min(w, 3) for w in widths]
        # Each column has a cell of padding either side; a scrollbar, if the rows overflow, two.
        spare = room - sum(w + 2 for w in widths) - 2
        rows_shown = (self.app.size.height * (40 if self.app.size.height < 30 else 55)) // 100
        if len(view.rows) + 1 > rows_shown:
            spare -= 2
        measure_width = max(MEASURE_MIN, spare)
        grid.add_column(Text("Measure"), width=measure_width, key="measure")
        for column, width in zip(view.columns, widths, strict=True):
            name = column.short[:width] if short else column.short
            label = Text(name, style=self._rich(speaker_class(column.index)))
            grid.add_column(label, width=width, key=column.id)
        for row in view.rows:
            grid.add_row(
                self._measure_cell(row, measure_width),
                *(
                    self._answer_cell(cell, width)
                    for cell, width in zip(row.cells, widths, strict=True)
                ),
                key=row.id,
            )

    def _measure_cell(self, row: MeasureRow, width: int) -> Text:
        icon = Text(STATE_ICONS[row.state] + " ", style=self._rich(STATE_STYLES[row.state]))
        return Text.assemble(icon, Text(cut(row.title, width - 2)))

    def _answer_cell(self, cell: Cell, width: int) -> Text:
        if cell.answer is not None:
            icon, name = ANSWER_ICONS.get(cell.answer, "·"), answer_class(cell.answer)
        elif cell.reason.startswith("adopted"):
            icon, name = "", "muted"
        else:
            icon = ABSENT if "walked out" in cell.reason else UNKNOWN
            name = "muted"
        return Text(icon.center(width), style=self._rich(name))

    def on_data_table_cell_highlighted(self, event: DataTable.CellHighlighted) -> None:
        event.stop()
        self._explain(event.coordinate.row, event.coordinate.column)

    def _explain(self, row_index: int, column_index: int) -> None:
        """The reason for the cell under the cursor, beneath the grid."""
        view = self._view
        if not view.rows:
            return
        row = view.rows[min(row_index, len(view.rows) - 1)]
        failed = f", failed {row.failed}×" if row.failed else ""
        head = Content.assemble(
            (row.title, "bold"), (f"  {STATE_WORDS[row.state]}{failed}", style("muted"))
        )
        if column_index == 0:
            body = Content.styled("← → to a delegation for its answer and why", style("muted"))
        else:
            column = view.columns[column_index - 1]
            cell = row.cells[column_index - 1]
            name = Content.styled(column.name, style(speaker_class(column.index)))
            if cell.answer is None:
                body = Content.assemble(name, ": ", (cell.reason, style("muted")))
            else:
                body = Content.assemble(
                    name, " ", (cell.answer, style(answer_class(cell.answer))), ": ", cell.reason
                )
        self.query_one("#reason", Static).update(Content("\n").join([head, body]))

    def action_issues(self) -> None:
        """Between the grid and the issues."""
        issues = self.query_one("#issues")
        issues.display = not issues.display
        for name in ("#grid", "#reason", "#legend"):
            self.query_one(name).display = not issues.display
        (issues if issues.display else self.query_one("#grid")).focus()
