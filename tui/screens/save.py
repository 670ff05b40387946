"""Saving under a name: the name is checked as it is typed, and a refused name says why."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, Static

from ..styling import style
from .base import ChairModal

Check = Callable[[str], str | None]
"""Given a name: why it is refused, or None."""
Save = Callable[[str], str | None]
"""Given a name: save, and return why it failed, or None."""


class SaveModal(ChairModal[str | None]):
    """Asks for a name; dismisses with the name once `save` succeeded, None on Escape."""

    def __init__(
        self, suggestion: str, check: Check, save: Save, replaces: Callable[[str], bool]
    ) -> None:
        super().__init__()
        self._suggestion = suggestion
        self._check = check
        self._save = save
        self._replaces = replaces

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog -narrow"):
            yield Static(Content("Save the game"), classes="dialog-title")
            yield Static(
                Content(
                    "A name of letters, digits, spaces, '.', '_' or '-'; "
                    "Enter on an empty field takes the name shown."
                ),
                classes="dialog-help",
            )
            yield Input(placeholder=self._suggestion, id="name")
            yield Static(Content(), id="problem")
            yield Static(
                Content.styled("Enter save · Esc cancel", style("muted")), classes="dialog-keys"
            )

    def on_mount(self) -> None:
        self._report(self._suggestion)
        self.query_one("#name", Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        self._report(event.value)

    def _report(self, name: str) -> None:
        name = name.strip() or self._suggestion
        problem = self._check(name)
        label = self.query_one("#problem", Static)
        if problem:
            label.update(Content.styled(problem, style("warning")))
        elif self._replaces(name):
            label.update(Content.styled(f"Replaces the save '{name}'.", style("muted")))
        else:
            label.update(Content())

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        name = event.value.strip() or self._suggestion
        problem = self._check(name) or self._save(name)
        if problem:
            self.query_one("#problem", Static).update(Content.styled(problem, style("warning")))
            return
        self.dismiss(name)
