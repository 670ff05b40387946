"""The saved games: what each holds, newest first; damaged files listed as damaged, with why."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..saving import SaveRow, rows
from ..styling import style
from .base import ChairModal


def row_prompt(row: SaveRow) -> Content:
    if not row.loadable:
        return Content.assemble((row.title, style("muted")), "\n", (row.detail, style("warning")))
    return Content.assemble((row.title, "bold"), "\n", (row.detail, style("muted")))


class LoadModal(ChairModal[Path | None]):
    """Dismisses with the path of the chosen save, or None."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self._folder = folder
        self._rows = rows(folder)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog -wide"):
            yield Static(Content("Load a game"), classes="dialog-title")
            yield Static(Content.styled(str(self._folder), style("muted")), classes="dialog-help")
            if not self._rows:
                yield Static(Content("There are no saved games yet."), id="empty")
            options = OptionList(id="saves")
            for index, row in enumerate(self._rows):
                options.add_option(
                    Option(row_prompt(row), id=str(index), disabled=not row.loadable)
                )
                options.add_option(None)
            options.display = bool(self._rows)
            yield options
            yield Static(
                Content.styled("↑↓ move · Enter load · Esc back", style("muted")),
                classes="dialog-keys",
            )

    def on_mount(self) -> None:
        options = self.query_one("#saves", OptionList)
        loadable = [i for i, row in enumerate(self._rows) if row.loadable]
        if loadable:
            options.highlighted = loadable[0]
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self._rows[int(event.option.id or 0)].path)
