"""The keys of the table, in one place: the bindings, the help screen and the guide use these."""

from __future__ import annotations

VERB_KEYS = {
    "floor": "f",
    "consult": "c",
    "propose": "p",
    "consensus": "v",
    "frame": "m",
    "statement": "s",
    "recess": "r",
    "adjourn": "a",
}
"""One key per verb; 'v' for the vote-like call for consensus, 'm' for fraMe."""

VERB_LABELS = {
    "floor": "Floor",
    "consult": "Consult",
    "propose": "Propose",
    "consensus": "Consensus",
    "frame": "Frame",
    "statement": "Statement",
    "recess": "Recess",
    "adjourn": "Adjourn",
}
"""The verbs as the footer names them."""

SHORT_LABELS = {
    "Propose": "Table",
    "Consensus": "Vote",
    "Statement": "Speak",
    "Recess": "Pause",
    "Adjourn": "End",
}
"""Shorter words for the footer of a narrow terminal (80 columns), so that help and the command
palette's key still fit beside the eight verbs; the help screen and the palette say them in full."""

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
