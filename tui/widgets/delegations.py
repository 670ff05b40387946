"""The delegations at the table: who they are, their mood, and whether they are still there.

Each card says its status in words ("at the table", "walked out") as well as in colour, and shows
trust and patience as bars with their numbers. A click on a card asks for the delegation's dossier.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import RenderResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.events import Click
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from ..styling import speaker_class, style
from ..views import DelegationView
from .bars import bar

LABEL = 9  # "patience "


class DelegationCard(Widget):
    """One delegation: name and head, status, trust and patience."""

    view: reactive[DelegationView | None] = reactive(None)

    class Pressed(Message):
        """The card was clicked: the screen shows the delegation's dossier."""

        def __init__(self, delegation_id: str) -> None:
            self.delegation_id = delegation_id
            super().__init__()

    def __init__(self, view: DelegationView) -> None:
        super().__init__(id=f"delegation-{view.id}", classes=speaker_class(view.index))
        self.view = view

    def watch_view(self, view: DelegationView | None) -> None:
        self.set_class(view is not None and not view.present, "-absent")

    def render(self) -> RenderResult:
        view = self.view
        if view is None:
            return Content()
        colour = style(speaker_class(view.index))
        width = self.content_region.width or 20
        number_width = 4
        bar_width = max(3, width - LABEL - number_width)
        status = (
            Content.styled("● at the table", style("answer--supports"))
            if view.present
            else Content.styled("✗ walked out", style("answer--blocks"))
        )
        name = Content.styled(view.short, colour)
        if view.consulted:
            tag = Content.styled("consulted", style("muted"))
            gap = width - name.cell_length - tag.cell_length
            name = Content.assemble(name, " " * gap, tag) if gap >= 1 else name
        who = view.head or (view.name if view.name != view.short else "head not named")
        lines = [
            name,
            Content.styled(who, style("muted")),
            status,
            self._meter("trust", view.trust, bar_width, number_width),
            self._meter("patience", view.patience, bar_width, number_width),
        ]
        return Content("\n").join(lines)

    @staticmethod
    def _meter(label: str, value: int, bar_width: int, number_width: int) -> Content:
        return Content.assemble(
            (label.ljust(LABEL), style("label")),
            bar(value, 0, 100, bar_width),
            str(value).rjust(number_width),
        )

    def on_click(self, event: Click) -> None:
        if self.view is not None:
            self.post_message(self.Pressed(self.view.id))


class DelegationList(VerticalScroll):
    """The cards, in the scenario's order."""

    can_focus = False

    def show(self, views: Sequence[DelegationView]) -> None:
        """Update the cards in place (mount them the first time, or if the delegations changed)."""
        cards = list(self.query(DelegationCard))
        if [c.view.id for c in cards if c.view] != [v.id for v in views]:
            self.remove_children()
            self.mount_all(DelegationCard(v) for v in views)
            return
        for card, view in zip(cards, views, strict=True):
            card.view = view
