"""The briefing: the situation, the delegations and the issues, each with its German source."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Button, Static

from scenario.engine.content import Content as Scenario
from scenario.engine.transcript import hhmm

from ..styling import speaker_class, style
from ..widgets.footer import ChairFooter
from .base import ChairScreen


def source_line(text: str | None) -> Iterator[Static]:
    """The German passage a paragraph renders, set apart beneath it."""
    if text:
        yield Static(
            Content.assemble(("Original  ", style("label")), (text, style("german"))),
            classes="source",
        )


class BriefingScreen(ChairScreen[bool]):
    """Dismisses with True when the chair takes the seat; as a reading, just goes back."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "begin", "Take the chair", priority=True),
        Binding("escape", "back", "Back"),
        Binding("question_mark", "app.help", "Help"),
    ]

    def __init__(self, scenario: Scenario, *, reading: bool = False) -> None:
        super().__init__()
        self.scenario = scenario
        self.reading = reading

    def compose(self) -> ComposeResult:
        s = self.scenario
        with VerticalScroll(id="briefing"), Vertical(id="briefing-page"):
            yield Static(Content(s.title), id="briefing-title")
            if s.subtitle:
                yield Static(Content.styled(s.subtitle, style("muted")), id="briefing-subtitle")
            yield Static(
                Content.styled(
                    f"{s.date} · {hhmm(s.start)} to {hhmm(s.end)} · "
                    f"you chair: {s.chair.name}, {s.chair.role or 'the chair'}",
                    style("label"),
                ),
                id="briefing-date",
            )
            yield from self._situation()
            yield from self._delegations()
            yield from self._issues()
            label = "Back to the table" if self.reading else "Take the chair  ▸"
            yield Button(Content(label), id="begin", variant="primary")
        yield ChairFooter()

    def _situation(self) -> Iterator[Widget]:
        yield Static(Content("The situation"), classes="heading")
        for paragraph in self.scenario.briefing:
            if paragraph.title:
                yield Static(Content.styled(paragraph.title, style("strong")), classes="subheading")
            yield Static(Content(paragraph.text), classes="paragraph")
            yield from source_line(paragraph.source)

    def _delegations(self) -> Iterator[Widget]:
        yield Static(Content("Around the table"), classes="heading")
        for d in self.scenario.delegations:
            who = ", ".join(x for x in (d.head, d.role) if x)
            yield Static(
                Content.assemble(
                    (d.name, style(speaker_class(d.index))),
                    (f"  {who}" if who else "", style("muted")),
                ),
                classes="subheading",
            )
            yield Static(Content(d.summary), classes="paragraph")
            yield from source_line(d.source)

    def _issues(self) -> Iterator[Widget]:
        yield Static(Content("The issues"), classes="heading")
        for issue in self.scenario.issues.values():
            yield Static(
                Content.assemble(
                    (issue.title, style("strong")),
                    (f"  today at {issue.status_quo} on a scale of 0 to 100", style("muted")),
                ),
                classes="subheading",
            )
            for end, words in (("0", issue.low), ("100", issue.high)):
                yield Static(
                    Content.assemble((end.rjust(5) + "  ", style("label")), words),
                    classes="scale",
                )
            yield from source_line(issue.source)

    def on_mount(self) -> None:
        # The page is read from the top; Enter takes the chair from anywhere on it.
        self.query_one("#briefing", VerticalScroll).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_begin()

    def action_begin(self) -> None:
        self.dismiss(not self.reading)

    def action_back(self) -> None:
        self.dismiss(False)
