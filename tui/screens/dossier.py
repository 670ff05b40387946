"""A delegation's dossier: who it is, what it says in public, and what the chair learnt in private.

Opened by clicking a delegation or pressing its number; from here the chair can give it the floor
or consult it, which is also how the mouse reaches those verbs.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Static

from ..keys import key_of
from ..reports import DossierView
from ..styling import speaker_class, style
from .base import ChairModal
from .sounding import sounding_rows


class DossierModal(ChairModal[str | None]):
    """Dismisses with "floor" or "consult" when the chair acts from here, else None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(key_of(verb).key, f"act('{verb}')", key_of(verb).label, show=False)
        for verb in ("floor", "consult")
    ]

    def __init__(self, view: DossierView, *, can_floor: bool, can_consult: bool) -> None:
        super().__init__()
        self._view = view
        self._can = {"floor": can_floor, "consult": can_consult}

    def compose(self) -> ComposeResult:
        view = self._view
        d = view.delegation
        with Vertical(classes="dialog -wide"):
            yield Static(
                Content.styled(d.name, style(speaker_class(d.index))), classes="dialog-title"
            )
            head = ", ".join(x for x in (d.head, view.role) if x)
            status = "at the table" if d.present else "walked out"
            yield Static(
                Content.styled(
                    f"{head + ' · ' if head else ''}{status} · trust {d.trust} · patience {d.patience}",
                    style("muted"),
                ),
                classes="dialog-help",
            )
            with VerticalScroll(id="dossier"):
                if d.present and d.risk is not None:
                    yield Static(Content.styled(f"⚠ {d.risk.why}", style("warning")))
                if view.way_back:
                    yield Static(Content.styled(view.way_back, style("warning")))
                yield Static(Content(view.summary))
                if view.source:
                    yield Static(Content.styled(view.source, style("german")), classes="source")
                if view.findings:
                    yield Static(
                        Content.styled("Learnt in private", style("strong")), classes="section"
                    )
                    yield Static(Content.styled(view.findings, style("minutes--finding")))
                    yield from sounding_rows(view.sounding)
                yield Static(Content.styled("In public", style("strong")), classes="section")
                for issue, words in view.positions:
                    yield Static(Content.assemble((issue, "bold"), ": ", words))
                if not view.findings:
                    yield Static(
                        Content.styled(
                            "Not yet consulted: a private consultation reveals its room to move "
                            "and its red lines.",
                            style("muted"),
                        ),
                        classes="section",
                    )
            with Horizontal(classes="buttons"):
                yield Button(
                    Content(f"Give the floor ({key_of('floor').key})"),
                    id="floor",
                    disabled=not self._can["floor"],
                    compact=True,
                )
                yield Button(
                    Content(f"Consult ({key_of('consult').key})"),
                    id="consult",
                    disabled=not self._can["consult"],
                    compact=True,
                )
                yield Button(Content("Close (Esc)"), id="close", compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None if event.button.id == "close" else event.button.id)

    def action_act(self, verb: str) -> None:
        if self._can.get(verb):
            self.dismiss(verb)
