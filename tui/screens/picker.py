"""Choosing the scenario for a new game."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static
from textual.widgets.option_list import Option

from ..library import Listing
from ..styling import style
from .base import ListModal


def listing_prompt(listing: Listing) -> Content:
    if listing.problem:
        return Content.assemble(
            (listing.id, style("muted")),
            "\n",
            (f"cannot be played: {listing.problem}", style("warning")),
        )
    parts = [Content.styled(listing.title, "bold")]
    if listing.subtitle:
        parts.append(Content.styled(listing.subtitle, style("muted")))
    return Content("\n").join(parts)


class ScenarioPicker(ListModal[str | None]):
    """Dismisses with the chosen scenario's id, or None."""

    LIST_ID = "scenarios"
    KEYS = "↑↓ move · Enter play · Esc back"

    def __init__(self, listings: Sequence[Listing], *, ironman: bool = False) -> None:
        super().__init__()
        self._listings = list(listings)
        self._ironman = ironman

    def header(self) -> ComposeResult:
        title = "New ironman game" if self._ironman else "New game"
        yield Static(Content(title), classes="dialog-title")
        help_text = (
            "Choose a scenario. No undo: every action stands."
            if self._ironman
            else ("Choose a scenario.")
        )
        yield Static(Content(help_text), classes="dialog-help")

    def options(self) -> list[Option]:
        return [
            Option(listing_prompt(listing), id=listing.id, disabled=bool(listing.problem))
            for listing in self._listings
        ]

    def result(self, option_id: str) -> str | None:
        return option_id
