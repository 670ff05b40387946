"""Playing a campaign in the app: one table a day, the debrief leads to the next day, and the
last debrief covers the week.

Everything here sits on the engine's `CampaignGame` and on the app's own screens, extended
rather than changed: the table of a campaign day saves the whole campaign (a day after the first
opens with what the days before carried into it, so it cannot be saved alone), and its debrief
offers the next day, or, after the last day, the week's score.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from scenario import Game, ScenarioError
from scenario.engine.campaign import CampaignGame

from . import reports
from .saving import autosave_week, save_week_named
from .screens.acting import ActionController
from .screens.debrief import DebriefScreen, ScoreBreakdown
from .screens.table import TableScreen
from .styling import style, tone_class


class CampaignActions(ActionController):
    """A campaign day's actions: the autosave keeps the whole week, in the campaign's folder."""

    table: CampaignTableScreen

    def __init__(self, table: TableScreen) -> None:
        super().__init__(table)
        self._save_failed = False

    def autosave(self) -> None:
        table = self.table
        table.chair_app.collector.after_frame()
        try:
            autosave_week(table.week, table.saves)
        except (ScenarioError, OSError) as exc:
            if not self._save_failed:
                self._save_failed = True
                table.notify(
                    f"Autosave failed and is off for this week: {exc}",
                    title="Autosave",
                    severity="error",
                    markup=False,
                )


class CampaignTableScreen(TableScreen):
    """The table of one day of a campaign."""

    ACTING = CampaignActions

    def __init__(self, week: CampaignGame, *, saves: Path) -> None:
        self.week = week  # before the table's own start: its controller reads it
        super().__init__(week.current, saves=saves)

    def _save_as(self, name: str) -> str | None:
        try:
            save_week_named(self.week, self.saves, name)
        except (ScenarioError, OSError) as exc:
            return str(exc)
        return None

    def action_debrief(self) -> None:
        if self.game.over:
            self.app.push_screen(CampaignDebriefScreen(self.game, self.week))


class CampaignDebriefScreen(DebriefScreen):
    """A day's debrief; the way on is the next day, and after the last day, the week."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("v", "next_day", "Next day"),
        *DebriefScreen.BINDINGS,
    ]

    def __init__(self, game: Game, week: CampaignGame) -> None:
        super().__init__(game)
        self.week = week

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next_day":
            return self.week.can_advance and self.week.current is self.game
        return super().check_action(action, parameters)

    def _turns(self) -> Iterator[Widget]:
        yield from super()._turns()
        yield from self._week()

    def _week(self) -> Iterator[Widget]:
        """The week so far: each day's ending and score, what carried over, the week's score."""
        view = reports.week(self.week)
        yield Static(Content(f"The week: {view.title}"), classes="heading")
        for day in view.days:
            outcome = day.outcome
            if outcome is None:
                line = Content(f"Day {day.number}, {day.title}: in progress")
            else:
                line = Content.assemble(
                    f"Day {day.number}, {day.title}: ",
                    (outcome.ending.title, style(tone_class(outcome.ending.tone))),
                    f" · {outcome.score.total}/100",
                )
            yield Static(line)
            for note in day.carried:
                yield Static(Content.styled(f"  carried over: {note}", style("muted")))
        if view.following is not None:
            number, title = view.following
            yield Static(Content.styled(f"Next: day {number}, {title}. Press v.", style("label")))
        week = view.score
        if week is not None:
            yield Static(Content("The week's score"), classes="heading")
            yield Static(
                Content.assemble(
                    (f"{week.total}", "bold"),
                    ("/100  ", style("muted")),
                    (week.grade, "bold"),
                    "  ",
                    week.label,
                ),
                id="week-total",
            )
            yield ScoreBreakdown(week.breakdown)

    def action_next_day(self) -> None:
        if self.week.can_advance:
            self.chair_app.open_campaign_day(self.week)
