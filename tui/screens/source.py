"""A line of the minutes beside its German original, as the article has it."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Static

from scenario.engine.content import Content as Scenario
from scenario.engine.transcript import Entry, hhmm, source_label

from ..styling import style
from ..wording import speaker_name
from .base import ChairModal


class SourceModal(ChairModal[None]):
    """English on the left, the German source passage on the right."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "close", "Close", show=False),
        Binding("o", "close", "Close", show=False),
    ]

    def __init__(self, scenario: Scenario, entry: Entry) -> None:
        super().__init__()
        self._scenario = scenario
        self._entry = entry

    def compose(self) -> ComposeResult:
        entry = self._entry
        who = speaker_name(self._scenario, entry.speaker) or "Narration"
        with Vertical(classes="dialog -wide"):
            yield Static(
                Content.assemble(("Source  ", style("label")), (who, "bold")),
                classes="dialog-title",
            )
            yield Static(
                Content.styled(
                    f"{hhmm(entry.time)} · {source_label(entry.said_by, entry.use)}",
                    style("muted"),
                ),
                classes="dialog-help",
            )
            with Horizontal(id="languages"):
                english = Static(Content(entry.text), classes="language")
                english.border_title = "English"
                yield english
                german = Static(
                    Content.styled(entry.source or "", style("german")), classes="language"
                )
                german.border_title = "Deutsch (original)"
                yield german
            yield Static(Content.styled("Esc close", style("muted")), classes="dialog-keys")
