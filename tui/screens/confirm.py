"""A yes-or-no question before something that cannot be undone (adjourning ends the game)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from ..styling import style
from .base import ChairModal


class ConfirmModal(ChairModal[bool]):
    """Dismisses with True for yes (Enter or y), False for no (Escape or n)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", show=False),
        Binding("n", "answer(False)", "No", show=False),
    ]

    def __init__(self, question: str, detail: str, yes: str) -> None:
        super().__init__()
        self._question = question
        self._detail = detail
        self._yes = yes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog -narrow"):
            yield Static(Content(self._question), classes="dialog-title")
            yield Static(Content(self._detail), classes="dialog-help")
            with Horizontal(classes="buttons"):
                yield Button(Content(self._yes), id="yes", variant="warning", compact=True)
                yield Button(Content("Not yet"), id="no", compact=True)
            # "Not yet" has the focus, so Enter keeps the game going: say how to say yes.
            keys = f"y {self._yes.lower()} · n, Esc or Enter not yet · Tab moves"
            yield Static(Content.styled(keys, style("muted")), classes="dialog-keys")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)

    def action_close(self) -> None:
        self.dismiss(False)
