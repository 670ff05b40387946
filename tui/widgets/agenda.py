"""The agenda: how the talks are framed, what is on the table, what was adopted, where issues stand.

One line a measure and an issue, cut between words where it must be: the side column has room
for few lines, and the whole agenda, every title in full, is the panel's tooltip and the
overview's (g).
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import RenderResult
from textual.content import Content
from textual.geometry import Size
from textual.reactive import reactive
from textual.widget import Widget

from ..labels import cut
from ..labels import lines as wrapped
from ..styling import classes, style
from ..views import AgendaView, change


class Agenda(Widget):
    """The measures on the table and adopted, the framing, and each issue's status quo."""

    COMPONENT_CLASSES: ClassVar[set[str]] = classes(
        "strong", "muted", "warning", "answer--supports"
    )

    view: reactive[AgendaView | None] = reactive(None)

    def render(self) -> RenderResult:
        return Content("\n").join(self._lines(self.content_region.width or 24))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width)) if width else 0

    def _lines(self, width: int) -> list[Content]:
        """The agenda's rows at this width."""
        view = self.view
        if view is None:
            return []
        lines: list[Content] = [self._heading("Framing")]
        if view.framing:  # one row each, so that the rows counted are the rows drawn
            lines.extend(Content(row) for row in wrapped(view.framing, width))
        else:
            lines.append(Content.styled("none yet", style("muted")))
        lines.append(self._heading("On the table"))
        if not view.tabled:
            lines.append(Content.styled("nothing tabled", style("muted")))
        for m in view.tabled:
            failed = f" (failed {m.failed}×)" if m.failed else ""
            lines.extend(self._measure(m.title, width, ("● ", style("warning")), failed))
        if view.adopted:
            lines.append(self._heading("Adopted"))
            for m in view.adopted:
                lines.extend(self._measure(m.title, width, ("✓ ", style("answer--supports"))))
        lines.append(self._heading(cut("Issues (status quo, 0–100)", width)))
        for issue in view.issues:
            number = f" {issue.status}"
            moved = f" {change(issue.change)}" if issue.change else ""  # no side is better here
            room = len(number) + len(moved)
            title = Content(cut(issue.title, max(1, width - room - 1)))
            gap = max(1, width - title.cell_length - room)
            lines.append(
                Content.assemble(title, " " * gap, (number, "bold"), (moved, style("muted")))
            )
        return lines

    @staticmethod
    def _measure(title: str, width: int, mark: tuple[str, str], note: str = "") -> list[Content]:
        """A measure in at most two lines under its mark, cut between words if it goes on."""
        rows = wrapped(title + note, max(1, width - 2))
        first = Content.assemble(mark, rows[0])
        return [first, *(Content.assemble("  ", row) for row in rows[1:])]

    def watch_view(self, view: AgendaView | None) -> None:
        self.tooltip = None if view is None else Content(agenda_text(view))
        # Its height is its rows': a framing that wraps or a measure tabled adds some, and
        # Textual keeps the old height (the last issue cut off) unless told to lay it out again.
        # Only then, as a layout costs the whole table's.
        width = self.content_region.width
        if width and len(self._lines(width)) != self.size.height:
            self.refresh(layout=True)

    @staticmethod
    def _heading(text: str) -> Content:
        return Content.styled(text, style("strong"))


def agenda_text(view: AgendaView) -> str:
    """The whole agenda in plain words, every title in full."""
    lines = [f"Framing: {view.framing or 'none yet'}", "On the table:"]
    lines += [
        f"  ● {m.title}" + (f" (failed {m.failed}×)" if m.failed else "") for m in view.tabled
    ]
    if not view.tabled:
        lines.append("  nothing tabled")
    if view.adopted:
        lines.append("Adopted:")
        lines += [f"  ✓ {m.title}" for m in view.adopted]
    lines.append("Issues (status quo, 0–100):")
    lines += [f"  {issue.title}: {issue.status}" for issue in view.issues]
    lines.append("g: the agenda and the soundings")
    return "\n".join(lines)
