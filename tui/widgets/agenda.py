"""The agenda: how the talks are framed, what is on the table, what was adopted, where issues stand."""

from __future__ import annotations

from typing import ClassVar

from textual.app import RenderResult
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from ..styling import classes, style
from ..views import AgendaView, change
from .kept import KeptRender


class Agenda(KeptRender, Widget):
    """The measures on the table and adopted, the framing, and each issue's status quo."""

    COMPONENT_CLASSES: ClassVar[set[str]] = classes(
        "strong", "muted", "warning", "answer--supports"
    )

    view: reactive[AgendaView | None] = reactive(None)

    def render(self) -> RenderResult:
        view = self.view
        if view is None:
            return Content()
        width = self.content_region.width or 24
        lines: list[Content] = [self._heading("Framing")]
        lines.append(
            Content(view.framing) if view.framing else Content.styled("none yet", style("muted"))
        )
        lines.append(self._heading("On the table"))
        if not view.tabled:
            lines.append(Content.styled("nothing tabled", style("muted")))
        for m in view.tabled:
            failed = f" (failed {m.failed}×)" if m.failed else ""
            lines.append(
                Content.assemble(("● ", style("warning")), m.title, (failed, style("muted")))
            )
        if view.adopted:
            lines.append(self._heading("Adopted"))
            for m in view.adopted:
                lines.append(Content.assemble(("✓ ", style("answer--supports")), m.title))
        lines.append(self._heading("Issues (status quo, 0–100)"))
        for issue in view.issues:
            number = f" {issue.status}"
            moved = f" {change(issue.change)}" if issue.change else ""  # no side is better here
            room = len(number) + len(moved)
            title = Content(issue.title).truncate(max(1, width - room - 1), ellipsis=True)
            gap = max(1, width - title.cell_length - room)
            lines.append(
                Content.assemble(title, " " * gap, (number, "bold"), (moved, style("muted")))
            )
        return Content("\n").join(lines)

    @staticmethod
    def _heading(text: str) -> Content:
        return Content.styled(text, style("strong"))
