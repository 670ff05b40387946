"""The keys of the table, in one place: the bindings, the footer, the palette, the help screen, the
guide and plain play read these."""

from __future__ import annotations

from dataclasses import dataclass

from scenario.engine.verbs import verb


@dataclass(frozen=True, slots=True)
class VerbKey:
    """A verb of the engine's table (`scenario.engine.verbs`) as the app offers it."""

    verb: str
    key: str
    label: str
    """Its name in the footer."""
    title: str
    """How it reads as a command: the palette, the dialogs, the list of targets."""
    done: str
    """How it reads once done, "{}" for its target: the debrief's turning points, undo."""
    short: str = ""
    """A shorter word for the footer of a narrow terminal (80 columns), so that help and the
    command palette's key still fit beside the eight verbs; empty: the label is short enough.
    The help screen and the palette say them in full."""
    explained: str = ""
    """What choosing a target will do, said before the choice (verbs that take a target)."""
    nothing: str = ""
    """Said when there is no target to choose now (verbs that take a target)."""
    unlocked: str = ""
    """'You can now <unlocked> “…”' when the last action made a held-back target possible
    (verbs whose targets a scenario can hold back with `requires:`)."""

    @property
    def help(self) -> str:
        """What the verb does, in the engine's words (the footer's tooltip, the help screen)."""
        return verb(self.verb).help


VERB_KEYS: tuple[VerbKey, ...] = (
    VerbKey(
        "floor",
        "f",
        "Floor",
        "Give the floor",
        "gave the floor to {}",
        explained="It states its position: its engagement rises, and a hard line can raise "
        "tension.",
        nothing="No delegation is at the table to give the floor to.",
    ),
    VerbKey(
        "consult",
        "c",
        "Consult",
        "Consult in private",
        "consulted {} in private",
        explained="A private meeting: it builds trust and, the first time, reveals the "
        "delegation's room to move, its red lines and how it would answer each measure.",
        nothing="There is no delegation to consult.",
    ),
    VerbKey(
        "propose",
        "p",
        "Propose",
        "Table a measure",
        "tabled {}",
        short="Table",
        explained="Puts a measure on the table. A delegation whose red line it crosses protests, "
        "and loses patience and trust.",
        nothing="No measure can be tabled now: each is tabled, adopted, or not yet possible.",
        unlocked="table",
    ),
    VerbKey(
        "consensus",
        "v",  # the vote-like call for consensus
        "Consensus",
        "Call for consensus",
        "called for consensus on {}",
        short="Vote",
        explained="Each delegation supports, acquiesces or blocks; one block and the measure "
        "fails, and each delegation that blocks loses patience.",
        nothing="No measure is on the table: table one first (p).",
    ),
    VerbKey(
        "frame",
        "m",  # fraMe
        "Frame",
        "Frame the talks",
        "framed the talks as {}",
        explained="Sets how the talks are framed: what weighs most for whom from now on.",
        nothing="No other framing is possible now.",
        unlocked="frame the talks as",
    ),
    VerbKey(
        "statement",
        "s",
        "Statement",
        "Make a statement",
        "made the statement {}",
        short="Speak",
        explained="The chair speaks without needing consensus: it can reassure, and can cost "
        "neutrality. Each statement once.",
        nothing="No statement is left to make now.",
        unlocked="make the statement",
    ),
    VerbKey("recess", "r", "Recess", "Call a recess", "called a recess", short="Pause"),
    VerbKey("adjourn", "a", "Adjourn", "Adjourn the session", "adjourned the session", short="End"),
)
"""One key per verb, in the engine's order: the table's bindings, the footer, the palette, the
help screen, the guide and plain play all read this."""

_BY_VERB = {k.verb: k for k in VERB_KEYS}


def key_of(verb_name: str) -> VerbKey:
    """The app's key and words for a verb of the engine."""
    return _BY_VERB[verb_name]


def short_labels() -> dict[str, str]:
    """Footer label -> its shorter word, for the verbs that have one."""
    return {k.label: k.short for k in VERB_KEYS if k.short}


OTHER_KEYS = (
    (
        "u / Ctrl+Z",
        "undo: take back the last action (not a first consultation, not a call for "
        "consensus, not the close; never in an ironman game)",
    ),
    (
        "g",
        "the agenda and the soundings: every measure against every delegation, as far as "
        "you have learnt, with the reasons; the issues in full",
    ),
    ("1–9", "a delegation's dossier (or click it)"),
    ("o", "the German original of the line under the cursor (or click the line)"),
    ("↑ ↓ PgUp PgDn", "move through the minutes"),
    ("b", "the briefing again"),
    ("d", "the debrief, once the session is closed"),
    ("Ctrl+S", "save under a name"),
    ("Ctrl+O", "load a saved game"),
    ("Ctrl+P", "the command palette: every verb, save, load, theme"),
    ("? / F1", "this help"),
    ("t", "back to the title screen (the game is saved; Continue resumes it)"),
    ("Esc", "close a dialog"),
    ("Ctrl+Q", "quit"),
)
