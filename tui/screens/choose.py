"""Choosing what a verb acts on: only what is legal now, each with a line on what it does."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import Static
from textual.widgets.option_list import Option

from ..hanging import Hanging
from ..styling import style
from ..views import Choice
from .base import ListModal


def choice_prompt(number: int, choice: Choice) -> Hanging:
    """Its number in the margin; the title, what it does, and what the chair already knows."""
    parts: list[Content] = [
        Content.styled(choice.title, style("strong")),
        Content.styled(choice.detail, style("muted")),
    ]
    if choice.warning:
        parts.append(Content.styled(choice.warning, style("warning")))
    gutter = Content.styled(str(number) if number < 10 else "", style("label"))
    return Hanging(gutter, Content("\n").join(parts), 3)


class ChoiceModal(ListModal[str | None]):
    """A list of targets for one verb; dismisses with the chosen id, or None on Escape.

    Digits choose directly: '1' is the first choice, as the list numbers them.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(str(n), f"choose({n - 1})", show=False) for n in range(1, 10)
    ]

    KEYS = "↑↓ move · Enter or 1–9 choose · Esc cancel"

    def __init__(self, title: str, explanation: str, choices: Sequence[Choice]) -> None:
        super().__init__()
        self._title = title
        self._explanation = explanation
        self._choices = list(choices)

    def ask(self, title: str, explanation: str, choices: Sequence[Choice]) -> None:
        """Put a new question to a dialog that is kept for reuse.

        Building a dialog's widgets and styling them costs several frames; the table keeps one
        choice dialog and fills it again for each verb instead.
        """
        self._title, self._explanation, self._choices = title, explanation, list(choices)
        if self.is_mounted:
            self.query_one(".dialog-title", Static).update(Content(title))
            self.query_one(".dialog-help", Static).update(Content(explanation))
            self.refill()

    def header(self) -> ComposeResult:
        yield Static(Content(self._title), classes="dialog-title")
        yield Static(Content(self._explanation), classes="dialog-help")

    def options(self) -> list[Option]:
        return [
            Option(choice_prompt(number, choice), id=choice.id)
            for number, choice in enumerate(self._choices, start=1)
        ]

    def result(self, option_id: str) -> str | None:
        return option_id

    def action_choose(self, index: int) -> None:
        if 0 <= index < len(self._choices):
            self.dismiss(self._choices[index].id)
