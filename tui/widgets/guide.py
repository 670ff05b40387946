"""The guided game's current step, above the minutes: what to do next, why, and which keys.

Shown only while the scenario has a guide step to show (the tutorial); hidden otherwise, so a
scenario without a guide has the table as it always was.
"""

from __future__ import annotations

from typing import ClassVar

from textual.content import Content
from textual.widgets import Static

from ..choosing import GuideView
from ..styling import classes, style


class GuidePanel(Static):
    """One step of the guide, drawn from its view; text from YAML is shown literally."""

    COMPONENT_CLASSES: ClassVar[set[str]] = classes("label", "muted")

    def show(self, view: GuideView | None) -> None:
        self.display = view is not None
        if view is None:
            return
        # The keys first: on a small terminal the panel's last rows are the ones cut off.
        head = Content.styled(f"Guide {view.number}/{view.total}", style("label"))
        keys = Content.styled(f" · {view.keys}", style("label")) if view.keys else Content()
        self.update(Content.assemble(head, keys, "\n", Content(view.text)))
