"""Progress a person can read, on standard error, only when standard error is a terminal.

A long playtest or search shows what it is doing, how fast and how long is left, drawn by
`rich.progress` (which Textual already installs). In a pipe, a log or a test nothing is drawn and
rich is never imported, so the headless commands start as fast as before and their output stays
clean.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from .terminal import is_terminal


class Tracker(Protocol):
    def advance(self, steps: int = 1) -> None: ...

    def describe(self, text: str) -> None: ...


class _Silent:
    """What a command reports progress to when no one is watching."""

    def advance(self, steps: int = 1) -> None:
        pass

    def describe(self, text: str) -> None:
        pass


@contextmanager
def progress(total: int, what: str, unit: str | None, *, enabled: bool = True) -> Iterator[Tracker]:
    """A bar for `total` steps of `what`: the rate in `unit`s a second (if given), time left."""
    if not enabled or not is_terminal(sys.stderr):
        yield _Silent()
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.0f} {unit}/s" if speed else f"– {unit}/s", style="cyan")

    bar = Progress(
        TextColumn("{task.description}", markup=False),  # our words, literally
        BarColumn(),
        MofNCompleteColumn(),
        *([Rate()] if unit else []),
        TimeElapsedColumn(),
        TextColumn("·"),
        TimeRemainingColumn(),
        TextColumn("left"),
        console=Console(file=sys.stderr),
        transient=False,
    )
    task = bar.add_task(what, total=total)

    class _Shown:
        def advance(self, steps: int = 1) -> None:
            bar.advance(task, steps)

        def describe(self, text: str) -> None:
            bar.update(task, description=text)

    with bar:
        yield _Shown()
