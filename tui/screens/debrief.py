"""The debrief: how the day ended, the score and its parts, the tension curve, the turning points."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar

from textual.app import ComposeResult, RenderResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Sparkline, Static

from scenario import Game
from scenario.engine.scoring import ScoreLine

from .. import reports, views, wording
from ..hanging import Hanging
from ..styling import BARS, classes, style, tone_class
from ..widgets.bars import bar
from ..widgets.footer import ChairFooter
from .base import ChairScreen

BAR_WIDTH = 20
NUMBERS = 13  # " 19.2 / 40" and a margin


class ScoreBreakdown(Widget):
    """One line per component: label, a bar of points out of its weight, and the numbers.

    The label column takes what the width leaves after the bar and numbers, up to the longest
    label, so a long label is cut (with an ellipsis) only on a narrow terminal.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = classes(*BARS, "label", "muted")

    def __init__(self, lines: Sequence[ScoreLine]) -> None:
        super().__init__()
        self.lines = tuple(lines)

    def render(self) -> RenderResult:
        width = self.content_region.width or 76
        longest = max((len(line.label) for line in self.lines), default=0) + 2
        label_width = max(8, min(longest, width - BAR_WIDTH - NUMBERS))
        rows = []
        for line in self.lines:
            label = Content(line.label).truncate(label_width - 2, ellipsis=True)
            rows.append(
                Content.assemble(
                    label.pad_right(label_width - label.cell_length).stylize(style("label")),
                    bar(line.points, 0, line.weight, BAR_WIDTH),
                    (f" {line.points:5.1f}", "bold"),
                    (f" / {line.weight:g}", style("muted")),
                )
            )
        return Content("\n").join(rows)


class DebriefScreen(ChairScreen[None]):
    """Shows a finished game's outcome; from here: the minutes, a new game, or the title.

    The footer's keys are the way on (they are clickable), so the outcome fits one screen.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,m", "minutes", "Read the minutes"),
        Binding("n", "new_game", "New game"),
        Binding("t", "title", "Title screen"),
        Binding("question_mark", "app.help", "Help"),
    ]

    def __init__(self, game: Game) -> None:
        super().__init__()
        self.game = game

    def compose(self) -> ComposeResult:
        outcome = self.game.outcome
        assert outcome is not None, "the debrief is only shown for a finished game"
        ending, card = outcome.ending, outcome.score
        with VerticalScroll(id="debrief"), Vertical(id="debrief-page"):
            yield Static(Content.styled(ending.title, style(tone_class(ending.tone))), id="ending")
            yield Static(
                Content.styled(
                    f"{self.game.content.title} · closed at {self.game.clock} after "
                    f"{self.game.round} rounds",
                    style("muted"),
                ),
                id="ending-when",
            )
            yield Static(Content(ending.debrief), classes="paragraph")
            yield Static(
                Content.assemble(
                    (f"{card.total}", "bold"),
                    ("/100  ", style("muted")),
                    (card.grade, "bold"),
                    ("  ", ""),
                    card.label,
                ),
                id="total",
            )
            yield from self._breakdown()
            yield from self._curve()
            yield from self._turns()
            yield from self._history()
        yield ChairFooter()

    def _history(self) -> Iterator[Widget]:
        """What the sources report really happened, beside the player's day."""
        history = self.game.content.history
        if not history:
            return
        yield Static(Content("What really happened"), classes="heading")
        for paragraph in history:
            text = paragraph.text if not paragraph.title else f"{paragraph.title}. {paragraph.text}"
            yield Static(Content(text), classes="paragraph")

    def _breakdown(self) -> Iterator[Widget]:
        outcome = self.game.outcome
        assert outcome is not None
        yield Static(Content("The score"), classes="heading")
        yield ScoreBreakdown(outcome.score.breakdown)

    def _curve(self) -> Iterator[Widget]:
        tension = views.tension_meter(self.game.content)
        if tension is None:
            return
        series = self.game.meter_series(tension.id)
        yield Static(Content(f"{tension.label} over the day"), classes="heading")
        yield Static(Content.styled(wording.curve_summary(series), style("muted")))
        yield Sparkline(series, summary_function=max, id="curve")

    def _turns(self) -> Iterator[Widget]:
        turns = reports.turning_points(self.game)
        yield Static(Content("Turning points"), classes="heading")
        if not turns:
            yield Static(Content.styled(wording.NO_TURNING_POINTS, style("muted")))
        for turn in turns:
            sign = "bar--good" if turn.delta > 0 else "bar--poor"
            when = Content.assemble(
                (turn.clock, style("minutes--time")),
                "  ",
                (f"{turn.delta:+d}".rjust(4), style(sign)),
                "  ",
            )
            # A long action wraps under its own text, not under the time.
            why = ", ".join(f"{label} {points:+g}" for label, points in turn.moved)
            said = Content(f"You {turn.what}.") if not why else Content(f"You {turn.what}: {why}.")
            if turn.meanwhile:
                said += Content.styled(f" Meanwhile: {turn.meanwhile}.", style("muted"))
            yield Static(Hanging(when, said, when.cell_length), classes="turn")

    def on_mount(self) -> None:
        # Nothing pops up over the outcome and the score: events and walk-outs are in the minutes.
        self.app.clear_notifications()
        self.query_one("#debrief", VerticalScroll).focus()
        self.call_after_refresh(self.chair_app.collector.pause)  # the player reads the debrief

    def action_minutes(self) -> None:
        self.dismiss(None)

    def action_new_game(self) -> None:
        self.chair_app.to_title()
        self.chair_app.new_game()

    def action_title(self) -> None:
        self.chair_app.to_title()
