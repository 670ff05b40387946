"""What the player types in plain mode, read into a command; no game is needed to read it.

A line is a number (a choice from the list just shown), one of the mode's own words (`help`,
`status`, `source`, `save NAME`, `quit`, ...), or an action in the words of scripts:
`consult russia`, `propose monitor-access`, `consensus: monitor_access`, `recess`. Several
words after a verb make one id (`propose monitor access` is `monitor_access`), since people say
ids as words. Whether the target exists, or the action is allowed now, is the session's and the
engine's business: this module only reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from scenario.engine.verbs import NAMES, verb

MODE_WORDS = {
    "help": "help",
    "?": "help",
    "status": "status",
    "source": "source",
    "original": "source",
    "save": "save",
    "quit": "quit",
    "exit": "quit",
    "q": "quit",
    "back": "back",
    "cancel": "back",
    "briefing": "briefing",
    "minutes": "minutes",
    "list": "list",
    "dossier": "dossier",
    "undo": "undo",
    "next": "next",
    "yes": "yes",
    "y": "yes",
    "no": "no",
    "n": "no",
}
"""Words of the plain mode itself (not verbs of the game), and the command each means."""


@dataclass(frozen=True)
class Command:
    """One line read: `kind` says what to do; `verb`, `target`, `number` and `text` fill it in.

    Kinds: "empty", "number", "act" (a verb, and its target if it takes one), "choose" (a verb
    that takes a target, given without one: the list of targets comes next), a mode word from
    `MODE_WORDS` ("save" and "dossier" take `text`), or "unknown".
    """

    kind: str
    verb: str | None = None
    target: str | None = None
    number: int | None = None
    text: str | None = None


def as_id(words: list[str]) -> str:
    """Words typed for an id, as the id: lower case, '-' and spaces as '_'."""
    return "_".join(w.strip().lower().replace("-", "_") for w in words if w.strip())


def _number(word: str) -> int | None:
    """A choice's number: ASCII digits only ('²' is not 2), and not absurdly long."""
    return int(word) if word.isascii() and word.isdigit() and len(word) <= 6 else None


def parse(line: str) -> Command:
    """Read one line typed by the player."""
    words = line.replace(":", " ").split()
    if not words:
        return Command("empty")
    head = words[0].lower()
    rest = words[1:]
    if _number(head) is not None and not rest:
        return Command("number", number=_number(head))
    if head in NAMES:
        if verb(head).target is None:
            if rest:
                return Command("unknown", text=f"'{head}' takes nothing after it")
            return Command("act", verb=head)
        if not rest:
            return Command("choose", verb=head)
        if len(rest) == 1 and _number(rest[0]) is not None:
            return Command("choose", verb=head, number=_number(rest[0]))
        return Command("act", verb=head, target=as_id(rest))
    kind = MODE_WORDS.get(head)
    if kind is None:
        return Command("unknown", text=line.strip())
    if kind in ("save", "dossier"):
        return Command(kind, text=" ".join(rest) or None)
    if rest:
        return Command("unknown", text=line.strip())
    return Command(kind)
