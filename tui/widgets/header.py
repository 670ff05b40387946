"""The table's header: the scenario on the left; the clock, round and closing time on the right."""

from __future__ import annotations

from typing import ClassVar

from textual.content import Content

from ..styling import classes, style
from ..views import HeaderView
from .lines import ViewPanel


class TableHeader(ViewPanel[HeaderView]):
    """One line; the scenario's title gives way (with an ellipsis) before the clock does."""

    COMPONENT_CLASSES: ClassVar[set[str]] = classes("muted")

    def lines(self, width: int) -> list[Content]:
        view = self.view
        if view is None:
            return [Content()]
        state = "session closed" if view.over else f"round {view.round}"
        right = Content.assemble(
            (view.clock, "bold"),
            (f"  {state}  closes {view.closes}", style("muted")),
        )
        left = Content.assemble(("THE CHAIR", "bold"), ("  ", ""), view.title)
        if width - right.cell_length - left.cell_length >= len(view.date) + 4:
            left = Content.assemble(left, ("  ·  ", style("muted")), (view.date, style("muted")))
        left = left.truncate(max(1, width - right.cell_length - 2), ellipsis=True)
        gap = max(2, width - left.cell_length - right.cell_length)
        return [Content.assemble(left, " " * gap, right)]
