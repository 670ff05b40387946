"""A private consultation: what was said, what the chair learnt, and how the delegation stands."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from scenario.engine.content import Content as Scenario
from scenario.engine.transcript import Entry

from ..minutes import Minutes
from ..reports import DossierView
from ..styling import style
from .base import ChairModal
from .sounding import sounding_rows

SHOWN_KINDS = frozenset({"private", "return", "notice"})
"""What of the consultation's step is shown here: what was said in private, and whether a
delegation that had walked out came back. The finding gets its own section; events that happened
meanwhile are in the minutes."""


class ConsultationModal(ChairModal[None]):
    """After `consult`: the lines said in private, the findings, and the sounding."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "close", "Continue", priority=True)]

    def __init__(self, scenario: Scenario, dossier: DossierView, entries: Sequence[Entry]) -> None:
        super().__init__()
        self._scenario = scenario
        self._dossier = dossier
        self._entries = [e for e in entries if e.kind in SHOWN_KINDS]

    def compose(self) -> ComposeResult:
        d = self._dossier.delegation
        who = f"{d.head} ({d.name})" if d.head else d.name
        minutes = Minutes(self._scenario)
        with Vertical(classes="dialog -wide"):
            yield Static(
                Content.assemble(("In private  ", style("label")), (who, "bold")),
                classes="dialog-title",
            )
            # What the chair came for first, so that it shows without scrolling at 80×24: how
            # the delegation would answer each measure now; then what was learnt of its red
            # lines and room to move; then its words.
            with VerticalScroll(id="consultation"):
                if self._dossier.findings:
                    yield from sounding_rows(self._dossier.sounding)
                    yield Static(
                        Content.styled("What you learnt", style("strong")), classes="section"
                    )
                    yield Static(
                        Content.styled(self._dossier.findings, style("minutes--finding")),
                        classes="said",
                    )
                if self._entries:
                    yield Static(Content.styled("In private", style("strong")), classes="section")
                for entry in self._entries:
                    yield Static(minutes.body(entry), classes="said")
            yield Static(Content.styled("Enter continue", style("muted")), classes="dialog-keys")
