"""The delegations at the table: who they are, their mood, and whether they are still there.

Each card says its status in words ("at the table", "walked out") as well as in colour, and shows
trust and patience as bars with their numbers. A click on a card asks for the delegation's dossier.

A card is two widgets: who and where (which rarely changes) and the mood (which changes with
every action, as patience runs down). Only what changed is drawn again, which keeps a key press
within a frame with seven delegations at the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult, RenderResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.events import Click
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from ..styling import BARS, SPEAKERS, classes, speaker_class, style
from ..views import DelegationView
from .bars import bar

LABEL = 9  # "patience "
NUMBER = 4  # " 100"


class CardHead(Widget):
    """Short name (and 'consulted'), head of delegation, status in words."""

    COMPONENT_CLASSES: ClassVar[set[str]] = classes(
        *SPEAKERS, "answer--supports", "answer--blocks", "muted"
    )

    view: reactive[tuple[str, str, int, bool, bool] | None] = reactive(None)
    """(short name, head or full name, colour index, present, consulted)"""

    def render(self) -> RenderResult:
        if self.view is None:
            return Content()
        short, who, index, present, consulted = self.view
        width = self.content_region.width or 20
        name = Content.styled(short, style(speaker_class(index)))
        if consulted:
            tag = Content.styled("consulted", style("muted"))
            gap = width - name.cell_length - tag.cell_length
            name = Content.assemble(name, " " * gap, tag) if gap >= 1 else name
        status = (
            Content.styled("● at the table", style("answer--supports"))
            if present
            else Content.styled("✗ walked out", style("answer--blocks"))
        )
        return Content("\n").join([name, Content.styled(who, style("muted")), status])


class CardMood(Widget):
    """Trust and patience, as bars with their numbers."""

    COMPONENT_CLASSES: ClassVar[set[str]] = classes(*BARS, "label")

    view: reactive[tuple[int, int] | None] = reactive(None)
    """(trust, patience)"""

    def render(self) -> RenderResult:
        if self.view is None:
            return Content()
        width = self.content_region.width or 20
        bar_width = max(3, width - LABEL - NUMBER)
        return Content("\n").join(
            Content.assemble(
                (label.ljust(LABEL), style("label")),
                bar(value, 0, 100, bar_width),
                str(value).rjust(NUMBER),
            )
            for label, value in zip(("trust", "patience"), self.view, strict=True)
        )


class DelegationCard(Vertical):
    """One delegation: who, where, and its mood."""

    class Pressed(Message):
        """The card was clicked: the screen shows the delegation's dossier."""

        def __init__(self, delegation_id: str) -> None:
            self.delegation_id = delegation_id
            super().__init__()

    def __init__(self, view: DelegationView) -> None:
        super().__init__(id=f"delegation-{view.id}", classes=f"-colour-{speaker_class(view.index)}")
        self.delegation_id = view.id
        self._first = view

    def compose(self) -> ComposeResult:
        yield CardHead()
        yield CardMood()

    def on_mount(self) -> None:
        self.show(self._first)

    def show(self, view: DelegationView) -> None:
        """Draw the view; parts that did not change are not drawn again."""
        who = view.head or (view.name if view.name != view.short else "—")
        self.query_one(CardHead).view = (
            view.short,
            who,
            view.index,
            view.present,
            view.consulted,
        )
        self.query_one(CardMood).view = (view.trust, view.patience)
        self.set_class(not view.present, "-absent")

    def on_click(self, event: Click) -> None:
        self.post_message(self.Pressed(self.delegation_id))


class DelegationList(VerticalScroll):
    """The cards, in the scenario's order."""

    can_focus = False

    def show(self, views: Sequence[DelegationView]) -> None:
        """Update the cards in place (mount them the first time, or if the delegations changed)."""
        cards = list(self.query(DelegationCard))
        if [c.delegation_id for c in cards] != [v.id for v in views]:
            self.remove_children()
            self.mount_all(DelegationCard(v) for v in views)
            return
        for card, view in zip(cards, views, strict=True):
            card.show(view)
