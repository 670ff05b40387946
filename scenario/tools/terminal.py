"""What the terminal can take: the app needs a real one; printed text must fit its encoding.

The app reads keys from standard input and, like every Textual app, draws on standard error.
Started from a pipe (`echo | chair`), with input from a file (`chair < /dev/null`) or with no
terminal at all, it would draw a screen no one sees and wait for keys that never come (Textual
then spins at full speed); with standard error sent away (`chair 2>/dev/null`) it draws nothing.
`app_refusal` says why the app cannot start, so `chair play` can say what to do instead.

Text written to a terminal wraps to its width, as a reader expects; text written anywhere else (a
pipe, a file, a test) keeps a fixed 100 columns, so that it is the same on every machine and the
golden transcripts stay stable (`width`).

Headless output (`chair run`, `check`, …) goes wherever it is sent, in whatever encoding the
locale gives (`LC_ALL=C` without Python's UTF-8 mode is ASCII). The minutes are full of dashes,
quotes and German umlauts; rather than fail with UnicodeEncodeError, `fit_output` makes the
streams write the closest ASCII (a dash for an em dash, `a` for `ä`) and `?` for the rest.
"""

from __future__ import annotations

import codecs
import os
import sys
import unicodedata
from typing import TextIO

PIPED_WIDTH = 100
NARROWEST = 40
"""Below this, wrapped minutes would be a column of single words; wider lines read better."""
ADVICE = (
    "To play without the full-screen app, use 'chair play --plain' (plain lines, for pipes and "
    "screen readers); to play a script headless, 'chair run SCENARIO --script FILE'."
)
_HANDLER = "the-chair-ascii"
_NEAREST = {
    "\u2014": "--",
    "\u2013": "-",
    "\u2012": "-",
    "\u2212": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2039": "'",
    "\u203a": "'",
    "\u2026": "...",
    "\u00b7": "*",
    "\u2022": "*",
    "\u2192": "->",
    "\u2190": "<-",
    "\u00a0": " ",
    "\u202f": " ",
    "\u00df": "ss",
    "\u2248": "~",
    "\u00d7": "x",
    "\u2264": "<=",
    "\u2265": ">=",
    "\u20ac": "EUR",
}


def is_utf8(stream: TextIO) -> bool:
    """Whether the stream encodes as UTF-8 (any spelling of it)."""
    try:
        return codecs.lookup(stream.encoding or "ascii").name == "utf-8"
    except (LookupError, AttributeError):
        return False


def app_refusal(stdin: TextIO | None = None, stderr: TextIO | None = None) -> str | None:
    """Why the full-screen app cannot run on these streams, or None if it can.

    Under another Textual driver (`chair serve` runs each visitor's game with textual-serve's
    web driver, which sets TEXTUAL_DRIVER) the keys and the screen travel by other ways than
    these streams, and nothing is refused."""
    if os.environ.get("TEXTUAL_DRIVER"):
        return None
    stdin = stdin if stdin is not None else sys.stdin
    stderr = stderr if stderr is not None else sys.stderr
    if stdin is None or not isatty(stdin):
        return (
            "the app needs a terminal to read keys from, and standard input is not one "
            "(a pipe, a file or /dev/null)"
        )
    if stderr is None or not isatty(stderr):
        return (
            "the app draws on standard error, and standard error is not a terminal "
            "(sent to a file or /dev/null?); leave it on the terminal"
        )
    if not is_utf8(stderr):
        return (
            f"the terminal's encoding is {stderr.encoding}, and the app draws with Unicode; "
            "use a UTF-8 locale (for example LANG=C.UTF-8) or PYTHONUTF8=1"
        )
    return None


def isatty(stream: object) -> bool:
    """Whether `stream` is a terminal (False for closed, detached or stand-in streams)."""
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):  # closed or detached streams
        return False


def fit_output(*streams: TextIO) -> None:
    """Make streams that cannot encode every character write the nearest ASCII instead."""
    _register()
    for stream in streams:
        if stream is None or is_utf8(stream):
            continue
        try:
            stream.reconfigure(errors=_HANDLER)  # type: ignore[attr-defined]
        except (AttributeError, ValueError, OSError):  # not a TextIOWrapper: leave it as it is
            continue


def nearest_ascii(text: str) -> str:
    """`text` in ASCII: punctuation by its nearest look-alike, letters without their accents."""
    out = []
    for char in text:
        if char.isascii():
            out.append(char)
        elif char in _NEAREST:
            out.append(_NEAREST[char])
        else:
            base = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
            out.append(base or "?")
    return "".join(out)


def _replace(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return nearest_ascii(error.object[error.start : error.end]), error.end


def _register() -> None:
    try:
        codecs.lookup_error(_HANDLER)
    except LookupError:
        codecs.register_error(_HANDLER, _replace)


def is_terminal(stream: TextIO) -> bool:
    """Whether `stream` is an interactive terminal (False for a closed or odd stream)."""
    return isatty(stream)


def width(stream: TextIO | None = None) -> int:
    """The width to wrap text for `stream` (standard output by default)."""
    stream = stream if stream is not None else sys.stdout
    if not is_terminal(stream):
        return PIPED_WIDTH
    import shutil  # only for a terminal: it imports the compression modules, for archives

    # $COLUMNS first, as other tools do; then the terminal's own size.
    return max(NARROWEST, shutil.get_terminal_size((PIPED_WIDTH, 24)).columns)
