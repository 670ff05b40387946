"""The words both ways of playing use to turn the game into text, with no Textual in sight.

The app (`tui.app`) and the plain text mode (`tui.plain`) say the same things: who a speaker is,
how a quote is set, how the game is played, how the day's tension went, how a list or a count is
said. They live here, beside the view models (`tui.views` and its neighbours), so that the plain
mode can import them without importing Textual and neither mode keeps its own copy.
"""

from __future__ import annotations

from collections.abc import Sequence

from scenario.engine import phrasing
from scenario.engine.content import Content as Scenario

HOW_TO_PLAY = (
    "You chair a crisis negotiation under the consensus rule: a measure passes only if no "
    "delegation at the table blocks it. Keep every delegation at the table and bring tension "
    "down before the session closes.",
    "Listen before you propose: a private consultation shows how far a delegation can move, its "
    "red lines, and how it would answer each measure now. Table the small things first; never "
    "push a red line to a vote. Every act costs minutes, and patience runs out with time.",
)
"""The rules in two paragraphs (the help screen, and `help` in plain mode)."""

NO_TURNING_POINTS = "No single action moved the score."


def plural(scenario: Scenario, speaker: str | None) -> bool:
    """Whether a speaker, as `speaker_name` names it, takes a plural verb ('NATO allies say');
    a delegation named by its head ('Aleksandr Grushko (Russia)') never does."""
    d = scenario.delegation_by_id.get(speaker) if speaker else None
    return d is not None and d.plural and not d.head


def speaker_name(scenario: Scenario, speaker: str | None) -> str:
    """How a speaker is named in the minutes: 'Aleksandr Grushko (Russia)', 'Ukraine', a voice."""
    if speaker is None:
        return ""
    if speaker == "chair":
        return scenario.chair.name
    known = scenario.speakers.get(speaker)
    if known is not None and known.kind == "delegation":
        d = scenario.delegation(speaker)
        return f"{d.head} ({d.short})" if d.head else d.name
    return scenario.speaker_name(speaker)


def quoted(text: str) -> str:
    """A line as speech (`phrasing.quoted`: nested quotation marks made single)."""
    return phrasing.quoted(text)


def curve_summary(series: Sequence[int]) -> str:
    """How a meter went over the day, in words (the debrief, under its curve)."""
    return (
        f"opened at {series[0]}, closed at {series[-1]}; "
        f"highest {max(series)}, lowest {min(series)}"
    )


def times(n: int) -> str:
    """'once', 'twice', '3 times'."""
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


def listed(names: Sequence[str]) -> str:
    """'Russia', 'Russia and Ukraine', 'Russia, Ukraine and Poland' (`phrasing.listed`)."""
    return phrasing.listed(names)
