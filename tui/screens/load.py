"""The saved games: what each holds, newest first; damaged files listed as damaged, with why."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static
from textual.widgets.option_list import Option

from scenario.format.diagnostics import printable

from ..saving import SaveRow, rows
from ..styling import style
from .base import ListModal


def row_prompt(row: SaveRow) -> Content:
    if not row.loadable:
        return Content.assemble((row.title, style("muted")), "\n", (row.detail, style("warning")))
    return Content.assemble((row.title, "bold"), "\n", (row.detail, style("muted")))


class LoadModal(ListModal[Path | None]):
    """Dismisses with the path of the chosen save, or None."""

    LIST_ID = "saves"
    KEYS = "↑↓ move · Enter load · Esc back"
    WIDE = True

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self._folder = folder
        self._rows = rows(folder)

    def header(self) -> ComposeResult:
        yield Static(Content("Load a game"), classes="dialog-title")
        yield Static(
            Content.styled(printable(str(self._folder)), style("muted")), classes="dialog-help"
        )
        if not self._rows:
            yield Static(Content("There are no saved games yet."), id="empty")

    def options(self) -> list[Option]:
        return [
            Option(row_prompt(row), id=str(index), disabled=not row.loadable)
            for index, row in enumerate(self._rows)
        ]

    def result(self, option_id: str) -> Path | None:
        return self._rows[int(option_id or 0)].path
