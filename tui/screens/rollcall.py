"""The roll-call on a call for consensus: delegation by delegation, each answer and its reason.

Answers appear one at a time, as they would around the table; Space or Enter shows the rest at
once, and Enter (or Escape) closes once the result is in.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Static

from ..hanging import Hanging
from ..minutes import ANSWER_ICONS
from ..reports import AnswerLine, RollCallView
from ..styling import answer_class, speaker_class, style
from .base import ChairModal


def answer_visual(line: AnswerLine) -> Hanging:
    """'✓ Ukraine supports' with the reason wrapped beneath, indented."""
    cls = style(answer_class(line.answer))
    word = line.answer or "does not answer"
    body = Content.assemble(
        (line.name, style(speaker_class(line.index))),
        "  ",
        (word, cls),
        "\n",
        (line.reason, style("muted")),
    )
    icon = ANSWER_ICONS.get(line.answer or "", "·")
    return Hanging(Content.styled(f" {icon}", cls), body, 3)


class RollCallModal(ChairModal[None]):
    """Shows a `RollCallView`; the answers are revealed every `REVEAL_SECONDS`."""

    REVEAL_SECONDS: ClassVar[float] = 0.35
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "next", "Continue", priority=True),
        Binding("space", "reveal", "Show all", show=False),
    ]

    def __init__(self, view: RollCallView) -> None:
        super().__init__()
        self._view = view
        self._shown = 0
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        view = self._view
        with Vertical(classes="dialog -wide"):
            yield Static(
                Content.assemble(("Call for consensus  ", style("label")), (view.measure, "bold")),
                classes="dialog-title",
            )
            yield Static(
                Content.styled(
                    f"{view.time} · one objection and the measure fails", style("muted")
                ),
                classes="dialog-help",
            )
            with VerticalScroll(id="answers"):
                for line in view.answers:
                    yield Static(answer_visual(line), classes="answer")
                outcome = "-adopted" if view.adopted else "-failed"
                yield Static(
                    Content.styled(
                        view.result,
                        style("minutes--adopted" if view.adopted else "minutes--failed"),
                    ),
                    id="result",
                    classes=outcome,
                )
            yield Static(
                Content.styled("Space show all · Enter continue", style("muted")),
                id="rollcall-keys",
                classes="dialog-keys",
            )

    def on_mount(self) -> None:
        for row in self.query(".answer"):
            row.display = False
        self.query_one("#result").display = False
        if self.REVEAL_SECONDS > 0:
            self._timer = self.set_interval(self.REVEAL_SECONDS, self._reveal_one)
            self._reveal_one()
        else:
            self.action_reveal()

    @property
    def complete(self) -> bool:
        """Whether every answer and the result are shown."""
        return self._shown > len(self._view.answers)

    def _reveal_one(self) -> None:
        rows = list(self.query(".answer"))
        if self._shown < len(rows):
            rows[self._shown].display = True
        else:
            self.query_one("#result").display = True
            if self._timer is not None:
                self._timer.stop()
            # All is shown: Space has nothing more to show.
            keys = self.query_one("#rollcall-keys", Static)
            keys.update(Content.styled("Enter continue", style("muted")))
        self._shown += 1

    def action_reveal(self) -> None:
        while not self.complete:
            self._reveal_one()

    def action_next(self) -> None:
        if self.complete:
            self.dismiss(None)
        else:
            self.action_reveal()
