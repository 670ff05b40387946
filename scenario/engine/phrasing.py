"""How the engine puts the model into words: red lines with their direction, and names in
sentences.

The minutes, the findings of a consultation and the roll-call's reasons are the engine's own
text; they are built here so that one red line or one delegation reads the same wherever it
appears.
"""

from __future__ import annotations


def red_line_words(issue: str, position: int, red_line: int) -> str:
    """'NATO's open door to 10 or below': where the red line lies seen from the position (a
    measure that lands at or beyond it is blocked), said with its direction."""
    side = "below" if red_line <= position else "above"
    return f"{issue} to {red_line} or {side}"


def blocks_words(lines: list[str]) -> str:
    """'it blocks anything that moves A to 10 or below, or B to 25 or below'."""
    return "it blocks anything that moves " + ", or ".join(lines)
