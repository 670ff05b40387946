"""How a consulted delegation would answer each measure now: shared by consultation and dossier."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from textual.content import Content
from textual.widgets import Static

from ..hanging import Hanging, Stacked
from ..minutes import ANSWER_ICONS
from ..reports import SoundingLine
from ..styling import answer_class, style

STATES = {"tabled": "on the table", "open": "not tabled"}


def sounding_rows(lines: Sequence[SoundingLine]) -> Iterator[Static]:
    """A heading, then one row per measure not yet adopted: the answer, and why."""
    yield Static(
        Content.styled("If you called for consensus now", style("strong")), classes="section"
    )
    if not lines:
        yield Static(Content.styled("Every measure is adopted.", style("muted")))
        return
    yield Static(Stacked([sounding_row(line) for line in lines]), classes="sounding")


def sounding_row(line: SoundingLine) -> Hanging:
    """'✓ Hotline  not tabled' and, beneath it, 'supports: the reason'."""
    cls = style(answer_class(line.answer))
    body = Content.assemble(
        (line.measure, "bold"),
        (f"  {STATES.get(line.state, line.state)}", style("muted")),
        "\n",
        (line.answer, cls),
        (": " + line.reason, style("muted")),
    )
    icon = Content.styled(f" {ANSWER_ICONS.get(line.answer, '·')}", cls)
    return Hanging(icon, body, 3)
