"""The delegations at the table: who they are, their mood, and whether they are still there.

Each card says its status in words ("at the table", "walked out") as well as in colour, and shows
trust and patience as bars with their numbers. A click on a card asks for the delegation's dossier.
Every delegation has a card in view: where the column is too short for full cards (seven
delegations at 30 rows), the cards drop the blank rows between them, then the head of delegation
and the status line (a walk-out is still said on the name's row), then the bars' labels; the
full card is the tooltip of its compact form.

All the cards are the rows of one `LinePanel`. Every action wears down some delegation's
patience, so after every key several cards change by a row or two; drawn as rows of one panel
only those rows are rendered again, where cards as widgets (three apiece) made every frame walk
and compose twenty-odd widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.message import Message
from textual.widget import Widget

from ..labels import cut, cut_content
from ..styling import BARS, SPEAKERS, classes, speaker_class, style
from ..views import DelegationView, change
from .bars import bar
from .lines import LinePanel

LABEL = 9  # "patience "
NUMBER = 4  # " 100"
CHANGE = 4  # " ▼15": how much the chair's last action moved it
CARD_ROWS = 5  # name, head, status, trust, patience
FORMS: tuple[tuple[int, int], ...] = ((1, 5), (0, 5), (1, 3), (0, 3), (0, 2))
"""A card's forms, fullest first, as (blank rows above it, its rows): the cards take the fullest
form in which all of them fit the column's height."""
KEPT_ROWS = 2000
"""Rows kept by what they show, across cards and actions (a bar's row for each value seen)."""
EDGE = "▌ "  # the card's coloured edge, and a space


class DelegationCards(LinePanel):
    """One card per delegation, in the scenario's order, with a blank row above each."""

    COMPONENT_CLASSES: ClassVar[set[str]] = classes(
        *SPEAKERS, *BARS, "answer--supports", "answer--blocks", "muted", "label", "warning"
    ) | {"card--absent", "card--hover"}

    class Pressed(Message):
        """A card was clicked: the screen shows the delegation's dossier."""

        def __init__(self, delegation_id: str) -> None:
            self.delegation_id = delegation_id
            super().__init__()

    def __init__(self) -> None:
        super().__init__()
        self.views: tuple[DelegationView, ...] = ()
        self._hover: int | None = None
        self._kept_rows: dict[tuple[object, ...], Content] = {}

    def show(self, views: Sequence[DelegationView]) -> None:
        self.views = tuple(views)
        self.redraw()

    # ------------------------------------------------------------------ rows

    @property
    def form(self) -> tuple[int, int]:
        """(blank rows above each card, rows of a card): the fullest in which every card fits."""
        parent = self.parent
        room = parent.scrollable_content_region.height if isinstance(parent, Widget) else 0
        count = len(self.views)
        if not room or not count:
            return FORMS[0]
        return next(((gap, rows) for gap, rows in FORMS if count * (gap + rows) <= room), FORMS[-1])

    @property
    def gap(self) -> int:
        """Blank rows above each card."""
        return self.form[0]

    def lines(self, width: int) -> list[Content]:
        gap, size = self.form
        rows: list[Content] = []
        for index, view in enumerate(self.views):
            rows.extend([Content()] * gap)
            rows.extend(self._card(view, width, size, hovered=index == self._hover))
        return rows

    def _card(
        self, view: DelegationView, width: int, size: int = CARD_ROWS, *, hovered: bool
    ) -> list[Content]:
        """The card's rows, each kept by what it shows: after an action usually only a bar or
        two of each card has moved, and only those rows are made again."""
        look = (view.index, view.present, hovered, width)  # what the frame of every row shows

        def row(shows: tuple[object, ...], make: Callable[[], Content]) -> Content:
            key = (*shows, *look)
            kept = self._kept_rows.get(key)
            if kept is None:
                if len(self._kept_rows) > KEPT_ROWS:
                    self._kept_rows.clear()
                kept = self._kept_rows[key] = _framed(view, make(), width, hovered)
            return kept

        if size == CARD_ROWS:
            return [
                row(("name", view.short, view.consulted), lambda: _name(view, width)),
                row(("who", view.head, view.name, view.short), lambda: _who(view, width)),
                row(("status", view.risk), lambda: _status(view)),
                row(
                    ("trust", view.trust, view.trust_change),
                    lambda: _mood("trust", view.trust, view.trust_change, width),
                ),
                row(
                    ("patience", view.patience, view.patience_change),
                    lambda: _mood("patience", view.patience, view.patience_change, width),
                ),
            ]
        name = row(
            ("name", view.short, view.consulted, view.risk, "tagged"),
            lambda: _name(view, width, True),
        )
        if size == 2:
            moods = (view.trust, view.patience)
            return [name, row(("moods", *moods), lambda: _moods(*moods, width))]
        return [
            name,
            row(
                ("trust", view.trust, view.trust_change),
                lambda: _mood("trust", view.trust, view.trust_change, width),
            ),
            row(
                ("patience", view.patience, view.patience_change),
                lambda: _mood("patience", view.patience, view.patience_change, width),
            ),
        ]

    # ------------------------------------------------------------------ where the cards are

    def card_at(self, y: int) -> int | None:
        """The index of the card on row `y` of the panel (None between cards or below them)."""
        gap, size = self.form
        index, row = divmod(y, size + gap)
        return index if row >= gap and index < len(self.views) else None

    def card_region(self, delegation_id: str) -> Region:
        """Where a delegation's card is on the screen."""
        gap, size = self.form
        index = [view.id for view in self.views].index(delegation_id)
        content = self.content_region
        top = content.y + index * (size + gap) + gap
        return Region(content.x, top, content.width, size)

    def _row(self, event: events.MouseEvent) -> int:
        return event.y - (self.content_region.y - self.region.y)

    def on_click(self, event: events.Click) -> None:
        index = self.card_at(self._row(event))
        if index is not None:
            event.stop()  # the click is the card's: the screen hears of it as `Pressed`
            self.post_message(self.Pressed(self.views[index].id))

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hovering(self.card_at(self._row(event)))

    def on_leave(self, event: events.Leave) -> None:
        self._hovering(None)

    def _hovering(self, index: int | None) -> None:
        if index != self._hover:
            self._hover = index
            self.tooltip = None if index is None else _card_tooltip(self.views[index], index)
            self.redraw()


class DelegationList(VerticalScroll):
    """The cards, scrolling when they do not fit."""

    can_focus = False

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._cards = DelegationCards()

    def compose(self) -> ComposeResult:
        yield self._cards

    def show(self, views: Sequence[DelegationView]) -> None:
        self._cards.show(views)

    def on_resize(self) -> None:
        self._cards.redraw()  # a taller or shorter column may take a fuller or a compacter form


def _inner(width: int) -> int:
    """The cells of a card's row right of its coloured edge."""
    return max(1, width - len(EDGE))


def _name(view: DelegationView, width: int, tagged: bool = False) -> Content:
    """The short name, and on the right 'consulted' (or, on a compact card, which has no status
    row, 'walked out' or the risk the chair can see coming)."""
    name = Content.styled(view.short, style(speaker_class(view.index)))
    inner = _inner(width)
    tag = None
    if tagged and not view.present:
        tag = Content.styled("walked out", style("answer--blocks"))
    elif tagged and view.risk is not None:
        # The warning is the one tag that must show: its words cut to the room beside the name
        # ("Russia ⚠ red line…" on a compact card at 100 columns), or the sign alone, the name
        # cut if even that does not fit. The card's tooltip and the dossier say it in full.
        room = inner - name.cell_length - 1
        words = cut(view.risk.short, room - 2) if room >= 4 else ""
        tag = Content.styled(f"⚠ {words}" if words else "⚠", style("warning"))
        name = cut_content(name, max(1, inner - tag.cell_length - 1))
    elif view.consulted:
        tag = Content.styled("consulted", style("muted"))
    if tag is not None:
        gap = inner - name.cell_length - tag.cell_length
        name = Content.assemble(name, " " * gap, tag) if gap >= 1 else name
    return name


def _who(view: DelegationView, width: int) -> Content:
    who = view.head or (view.name if view.name != view.short else "—")
    return Content.styled(cut(who, _inner(width)), style("muted"))


def _status(view: DelegationView) -> Content:
    """At the table or not; and, at the table, what the chair can see coming (its dossier and
    the previews of a verb say why)."""
    if view.present and view.risk is not None:
        return Content.styled(f"⚠ {view.risk.short}", style("warning"))
    if view.present:
        return Content.styled("● at the table", style("answer--supports"))
    return Content.styled("✗ walked out", style("answer--blocks"))


def _mood(label: str, value: int, moved: int, width: int) -> Content:
    """'trust ███░░ 30 ▼15': the bar, the number, and the last action's change (up is good)."""
    bar_width = _inner(width) - LABEL - NUMBER - CHANGE
    shown = change(moved)
    # Too narrow for a bar of 3 cells: the number and its change say more than the bar.
    drawn = bar(value, 0, 100, bar_width) if bar_width >= 3 else Content(" " * max(0, bar_width))
    return Content.assemble(
        (label.ljust(LABEL), style("label")),
        drawn,
        str(value).rjust(NUMBER),
        (
            (" " + shown if len(shown) < CHANGE else shown).ljust(CHANGE),
            style("bar--good" if moved > 0 else "bar--poor"),
        ),
    )


def _moods(trust: int, patience: int, width: int) -> Content:
    """Trust and patience on one row, for the most compact card: 'T ███ 39  P ███ 44'."""
    bar_width = max(2, (_inner(width) - 2 * (2 + NUMBER) - 1) // 2)
    return Content.assemble(
        ("T ", style("label")),
        bar(trust, 0, 100, bar_width),
        str(trust).rjust(NUMBER),
        ("  P ", style("label")),
        bar(patience, 0, 100, bar_width),
        str(patience).rjust(NUMBER),
    )


def _card_tooltip(view: DelegationView, index: int) -> Content:
    """The whole card in words, for the mouse over a card however compact."""
    who = f"{view.name} — {view.head}" if view.head else view.name
    status = "at the table" if view.present else "walked out"
    consulted = ", consulted" if view.consulted else ""
    key = f" (or {index + 1})" if index < 9 else ""
    return Content(
        f"{who}\n{status}{consulted}\ntrust {view.trust} · patience {view.patience}\n"
        f"click{key} for the dossier"
    )


def _framed(view: DelegationView, row: Content, width: int, hovered: bool) -> Content:
    """A row of a card: the delegation's coloured edge, the row cut to fit, and the card's
    background when it is under the mouse or the delegation has walked out."""
    edge = Content.styled(
        EDGE, style(speaker_class(view.index) if view.present else "answer--blocks")
    )
    framed = Content.assemble(edge, cut_content(row, _inner(width)))
    backdrop = "card--hover" if hovered else None if view.present else "card--absent"
    if backdrop:
        framed = framed.pad_right(width - framed.cell_length).stylize_before(style(backdrop))
    return framed
