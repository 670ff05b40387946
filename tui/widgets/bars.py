"""Horizontal bars for a delegation's trust and patience, and the score's components.

A bar is drawn with eighth-block characters, so it reads at one-cell precision on any terminal,
and its colour says good, fair or poor; the number beside it says the same without colour.
"""

from __future__ import annotations

from textual.content import Content

from ..styling import style

EIGHTHS = " ▏▎▍▌▋▊▉█"


def level(fraction: float) -> str:
    """The colour class for a fill level: poor below a third, fair below two thirds, else good."""
    if fraction < 1 / 3:
        return "bar--poor"
    if fraction < 2 / 3:
        return "bar--fair"
    return "bar--good"


def bar(value: float, low: float, high: float, width: int, colour: str | None = None) -> Content:
    """`value` on a `low`..`high` scale as a bar `width` cells wide (at least one cell)."""
    width = max(1, width)
    span = high - low
    fraction = 0.0 if span <= 0 else min(1.0, max(0.0, (value - low) / span))
    eighths = round(fraction * width * 8)
    full, part = divmod(eighths, 8)
    filled = "█" * full + (EIGHTHS[part] if part else "")
    empty = "░" * (width - len(filled))
    return Content.assemble(
        (filled, style(colour or level(fraction))), (empty, style("bar--empty"))
    )
