"""A campaign in plain text: one day after another, as the app plays the week.

The week's session is a plain game whose game is the current day's; what a week changes is
small and lives here: after a day's debrief comes the week so far and `next`, saves hold the
whole week (in the campaigns folder, as the app keeps them), and leaving says how to go on.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from scenario import ScenarioError
from scenario.engine.campaign import CampaignGame

from .. import saving
from . import text
from .session import PlainSession, plain_width


class PlainWeek(PlainSession):
    """A week of days played over a pair of text streams."""

    def __init__(
        self,
        week: CampaignGame,
        *,
        saves_folder: Path,
        stdin: TextIO,
        stdout: TextIO,
        width: int | None = None,
    ) -> None:
        super().__init__(
            week.current, saves_folder=saves_folder, stdin=stdin, stdout=stdout, width=width
        )
        self.week = week
        self._save_failed = False

    def when_over(self) -> str:
        if self.week.can_advance:
            number = self.week.day_index + 2
            following = self.week.campaign.days[number - 1].content.title
            return (
                f"The day is over. Type next for day {number}, {following}; or minutes, source, "
                "save NAME, or quit."
            )
        return "The week is over. Type minutes, source, save NAME, or quit."

    def debrief(self) -> None:
        super().debrief()
        self.gap()
        self.say(text.week(self.week))

    def next_day(self) -> None:
        if not self.week.can_advance:
            why = "the day is not over yet" if not self.game.over else "this was the last day"
            self.say(f"There is no next day now: {why}.")
            return
        self.game = self.week.next_day()
        self.choosing, self.choices, self.last_time = None, [], None
        self.autosave()
        self.gap()
        self.say(text.briefing(self.game.content))
        self.gap()
        self.say("The minutes.")
        self.show_minutes(self.game.transcript)  # what the days before carried into this one
        self.gap()
        self.prompt_list()

    def autosave(self) -> None:
        try:
            saving.autosave_week(self.week, self.saves)
        except (ScenarioError, OSError) as exc:
            if not self._save_failed:
                self._save_failed = True
                self.say(
                    f"Autosave failed and is off for this week: {saving.problem(exc)}. "
                    "Nothing was overwritten; save under a name with save NAME."
                )

    def autosave_path(self) -> Path:
        return saving.week_autosave_path(self.saves, self.week.campaign.id)

    def played(self) -> bool:
        return any(day.actions for day in self.week.days)

    def finished(self) -> bool:
        return self.week.over

    def default_save_name(self) -> str:
        return f"{self.week.campaign.id} day {self.week.day_index + 1}"

    def save_as(self, name: str) -> Path:
        return saving.save_week_named(self.week, self.saves, name)


def run_plain_week(
    week: CampaignGame, *, loaded: bool, saves_folder: Path, stdin: TextIO, stdout: TextIO
) -> int:
    """`chair play --plain CAMPAIGN` (or `--load` of a week's save): the week in plain text."""
    session = PlainWeek(
        week, saves_folder=saves_folder, stdin=stdin, stdout=stdout, width=plain_width(stdout)
    )
    campaign = week.campaign
    if loaded:
        session.say(
            f"Continuing the week {campaign.title} (seed {week.seed}), day {week.day_index + 1} "
            f"of {len(campaign.days)}, at {text.clock(week.current.clock)}."
        )
        return session.run(intro=False)
    session.say(
        f"The Chair, in plain text: the week {campaign.title}, {len(campaign.days)} days, "
        f"seed {week.seed}. Type help at any time."
    )
    session.gap()
    return session.run()
