"""The table's header: the scenario on the left; the clock, round and closing time on the right.

The scenario's title and the session's date often name the same place ("Vienna, January 2022",
"Vienna, Thursday 13 January 2022"): the header says each thing once (`once`).
"""

from __future__ import annotations

import re
from typing import ClassVar

from textual.content import Content

from ..labels import cut_content
from ..styling import classes, style
from ..views import HeaderView
from .lines import ViewPanel

_WORD = re.compile(r"\w+")


def once(title: str, date: str) -> tuple[str, str]:
    """The title and the date to show, neither repeating the other: the date alone when it says
    all the title says; else the date without a leading place that the title names already."""
    title_words = {w.casefold() for w in _WORD.findall(title)}
    date_words = {w.casefold() for w in _WORD.findall(date)}
    if title_words and title_words <= date_words:
        return "", date
    place, comma, rest = date.partition(",")
    if comma and rest.strip() and place.strip().casefold() in title.casefold():
        return title, rest.strip()
    return title, date


class TableHeader(ViewPanel[HeaderView]):
    """One line; the scenario's title gives way (with an ellipsis) before the clock does."""

    COMPONENT_CLASSES: ClassVar[set[str]] = classes("muted")

    def lines(self, width: int) -> list[Content]:
        view = self.view
        if view is None:
            return [Content()]
        # Once closed, the time it was to close is past news: "session closed  closes 13:30"
        # read as if it were still open.
        state = "  session closed" if view.over else f"  round {view.round}  closes {view.closes}"
        right = Content.assemble((view.clock, "bold"), (state, style("muted")))
        title, date = once(view.title, view.date)
        left = Content.assemble(("THE CHAIR", "bold"), ("  ", ""), title)
        if not title:
            left = Content.assemble(left, date)
        elif width - right.cell_length - left.cell_length >= len(date) + 5:
            left = Content.assemble(left, ("  ·  ", style("muted")), (date, style("muted")))
        left = cut_content(left, max(1, width - right.cell_length - 2))
        gap = max(2, width - left.cell_length - right.cell_length)
        return [Content.assemble(left, " " * gap, right)]
