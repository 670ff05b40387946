"""How the engine puts the model into words: red lines with their direction, and names in
sentences.

The minutes, the findings of a consultation and the roll-call's reasons are the engine's own
text; they are built here so that one red line or one delegation reads the same wherever it
appears.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .content import Position


def red_line_words(issue: str, position: int, red_line: int) -> str:
    """'NATO's open door to 10 or below': where the red line lies seen from the position (a
    measure that lands at or beyond it is blocked), said with its direction."""
    side = "below" if red_line <= position else "above"
    return f"{issue} to {red_line} or {side}"


def red_line_of(issue: str, p: Position) -> str:
    """A delegation's red line on an issue in words (its position if it has none)."""
    return red_line_words(issue, p.position, p.position if p.red_line is None else p.red_line)


def blocks_words(lines: list[str]) -> str:
    """'it blocks anything that moves A to 10 or below, or B to 25 or below'."""
    return "it blocks anything that moves " + ", or ".join(lines)


ARTICLE_WORDS = frozenset(
    {
        "Republic",
        "Russian",
        "United",
        "European",
        "Kingdom",
        "Federal",
        "Federation",
        "Holy",
        "Netherlands",
        "Principality",
        "Grand",
        "Islamic",
        "Democratic",
        "Czech",
        "Slovak",
        "NATO",
        "OSCE",
        "Allied",
    }
)
"""First words of names that take 'the' in a sentence: the Republic of Moldova, the Russian
Federation, the United States, the European Union, the NATO allies (but Georgia, Ukraine)."""


def definite(name: str) -> str:
    """A name as it reads inside a sentence: 'the Republic of Moldova', 'Georgia'."""
    first = name.split(" ", 1)[0]
    return f"the {name}" if first in ARTICLE_WORDS else name


def opening_name(name: str) -> str:
    """A name as it reads at the start of a sentence: 'The Republic of Moldova', 'Georgia'."""
    inside = definite(name)
    return inside[0].upper() + inside[1:]


def titled(title: str) -> str:
    """An authored title inside a sentence, in quotation marks, so that its own capital reads as
    a title's ('framed the talks as “The people affected…”')."""
    return f"“{title}”"
