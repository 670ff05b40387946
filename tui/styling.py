"""The named styles that text is drawn with; their colours live in chair.tcss.

Text built in Python (the minutes, bars, the roll-call) refers to styles by component-class name
(`Content.styled(text, ".minutes--event")`). Textual resolves such a name against the widget's
ancestors, so every screen of the app declares these classes (`STYLE_CLASSES`) and the stylesheet gives
them colours from the theme. That keeps every colour in one file and lets themes recolour all of
it, NO_COLOR included.
"""

from __future__ import annotations

SPEAKER_COLOURS = 6
"""Delegations are told apart by one of this many colours, in the order they are written."""

MINUTES = (
    "minutes--time",
    "minutes--opening",
    "minutes--action",
    "minutes--narration",
    "minutes--private",
    "minutes--finding",
    "minutes--notice",
    "minutes--adopted",
    "minutes--failed",
    "minutes--event",
    "minutes--walkout",
    "minutes--return",
    "minutes--ending",
    "minutes--source",
    "minutes--rule",
)
ANSWERS = ("answer--supports", "answer--acquiesces", "answer--blocks", "answer--absent")
BARS = ("bar--good", "bar--fair", "bar--poor", "bar--empty")
SPEAKERS = ("speaker--chair", "speaker--voice", *(f"speaker--{n}" for n in range(SPEAKER_COLOURS)))
TONES = ("tone--good", "tone--mixed", "tone--bad")
OTHER = ("label", "muted", "strong", "warning", "german", "trend")


def style(name: str) -> str:
    """The style string that refers to one of the component classes above."""
    return "." + name


def speaker_class(index: int) -> str:
    """The colour class of the delegation written `index`-th (0-based) in the scenario."""
    return f"speaker--{index % SPEAKER_COLOURS}"


def answer_class(answer: str | None) -> str:
    """The class for a roll-call answer ('supports', 'acquiesces', 'blocks', or None: absent)."""
    return (
        f"answer--{answer}" if answer in ("supports", "acquiesces", "blocks") else "answer--absent"
    )


def tone_class(tone: str) -> str:
    """An ending's tone ('good', 'mixed', 'bad'; anything else reads as mixed)."""
    return f"tone--{tone}" if tone in ("good", "bad") else "tone--mixed"


STYLE_CLASSES: frozenset[str] = frozenset(MINUTES + ANSWERS + BARS + SPEAKERS + TONES + OTHER)
"""Every screen declares these as its COMPONENT_CLASSES (see tui.screens.base)."""


def classes(*names: str) -> set[str]:
    """The COMPONENT_CLASSES of a widget that draws text in these styles.

    A widget declares only the styles it uses: Textual works out each declared class's style
    when the widget is mounted, and a style is then found on the widget itself rather than by
    walking up to the screen.
    """
    unknown = set(names) - STYLE_CLASSES
    assert not unknown, f"no such style: {unknown}"
    return set(names)
