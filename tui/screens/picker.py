"""Choosing the scenario for a new game."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..library import Listing
from ..styling import style
from .base import ChairModal


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


class ScenarioPicker(ChairModal[str | None]):
    """Dismisses with the chosen scenario's id, or None."""

    def __init__(self, listings: Sequence[Listing]) -> None:
        super().__init__()
        self._listings = list(listings)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content("New game"), classes="dialog-title")
            yield Static(Content("Choose a scenario."), classes="dialog-help")
            options = OptionList(id="scenarios")
            for listing in self._listings:
                options.add_option(
                    Option(listing_prompt(listing), id=listing.id, disabled=bool(listing.problem))
                )
                options.add_option(None)
            yield options
            yield Static(
                Content.styled("↑↓ move · Enter play · Esc back", style("muted")),
                classes="dialog-keys",
            )

    def on_mount(self) -> None:
        options = self.query_one("#scenarios", OptionList)
        options.highlighted = 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)
