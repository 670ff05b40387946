"""The errors a live reload found, located (FILE:LINE:COL), shown while play goes on."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.content import Content
from textual.widgets import Static

from scenario import Diagnostic

from ..styling import classes, style

SHOWN = 6  # the panel lists this many, then says how many more


class ReloadProblems(Static):
    """Hidden while the watched scenario is clean; lists its errors when an edit breaks it."""

    COMPONENT_CLASSES: ClassVar[set[str]] = classes("minutes--failed", "muted")

    def show(self, diagnostics: Sequence[Diagnostic]) -> None:
        self.display = bool(diagnostics)
        if not diagnostics:
            self.update(Content())
            return
        lines = [
            Content.styled(
                "The edited scenario has errors; play goes on with the last good version.",
                style("minutes--failed"),
            )
        ]
        lines += [Content(str(d)) for d in diagnostics[:SHOWN]]
        if len(diagnostics) > SHOWN:
            lines.append(Content.styled(f"… and {len(diagnostics) - SHOWN} more", style("muted")))
        self.update(Content("\n").join(lines))
