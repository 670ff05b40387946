"""Live reload at the table (`--watch`): an author edits the scenario and the game plays on.

The folder is polled (`watching.FolderWatch`); an edit is checked on a worker thread, since a
check takes longer than a frame, and its result is applied on the app's thread. Edits can come
faster than checks finish, so each is numbered and only the latest one's result is applied.
A clean scenario replays the player's actions onto it; one with errors leaves the game as it was
and lists the errors below the minutes.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual.timer import Timer

from scenario import Game
from scenario.engine.compiler import Report, check_scenario

from ..watching import FolderWatch, reload_message

if TYPE_CHECKING:
    from .table import TableScreen


class Reloader:
    """Watches one scenario folder for the table; `start` on mount, `stop` on unmount."""

    def __init__(self, table: TableScreen, folder: Path) -> None:
        self.table = table
        self.folder_watch = FolderWatch(folder)
        self._poll: Timer | None = None
        self._edits = 0  # counts the edits seen, so that only the latest one's check is applied

    def start(self, every: float) -> None:
        self._poll = self.table.set_interval(every, self._check_watch)

    def stop(self) -> None:
        if self._poll is not None:
            self._poll.stop()

    def _check_watch(self) -> None:
        if self.folder_watch.changed():
            self._edits += 1
            self.table.run_worker(
                partial(self._check, self.folder_watch.folder, self._edits),
                group="reload",
                thread=True,
            )

    def _check(self, folder: Path, edit: int) -> None:
        """On a worker thread: check the edited scenario; the result is applied on the app's."""
        report = check_scenario(folder)
        self.table.app.call_from_thread(self._checked, report, edit)

    def _checked(self, report: Report, edit: int) -> None:
        # A quicker check of a later edit may have finished first; and the table may be gone.
        if edit == self._edits and self.table.is_mounted:
            self.apply(report)

    def apply(self, report: Report) -> None:
        """Play on with the edited scenario if it is clean; otherwise show its errors."""
        table = self.table
        if report.content is None:
            table.problems.show(report.errors or report.diagnostics)
            table.notify(
                "The scenario has errors: see the list below the minutes.",
                title="Reload",
                severity="warning",
                markup=False,
            )
            return
        table.problems.show([])
        before = list(table.game.transcript)
        replayed = Game.replay_prefix(
            report.content, table.game.seed, table.script, ironman=table.game.ironman
        )
        table.game = replayed.game
        table.chair_app.last_game = table.game
        table.chair_app.library.put(report.content)
        table.minutes.show(table.game.content, table.game.transcript)
        table.refresh_panels()
        table.notify(
            reload_message(before, replayed, len(table.script)),
            title="Reloaded",
            severity="information" if replayed.stopped_at is None else "warning",
            timeout=10,
            markup=False,
        )
