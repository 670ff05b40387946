"""Errors and warnings a user can cause, each with the place it points at.

Every message the tool prints about bad input goes through `Diagnostic`, so that the form
``FILE:LINE:COL: error: MESSAGE`` is written in one place and editors can jump to it.
A traceback is a bug; a `Diagnostic` is an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with control characters written as escapes (``\\x1b``), so printing it is safe.

    Messages quote what the user wrote (an action, a key, a file name), and what they wrote may
    hold an escape sequence that clears the screen or retitles the terminal, or a bidirectional
    override that makes the message read backwards. Line breaks and tabs are kept.
    """
    return _UNPRINTABLE.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class Location(NamedTuple):
    """A place in a file. Line and column count from 1, as editors do; 0 means unknown."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if self.line <= 0:
            return self.file
        if self.column <= 0:
            return f"{self.file}:{self.line}"
        return f"{self.file}:{self.line}:{self.column}"

    def shifted(self, columns: int) -> Location:
        """The same line, `columns` further right (for a position inside a scalar)."""
        if self.line <= 0:
            return self
        return Location(self.file, self.line, max(1, self.column) + columns)


class Diagnostic(NamedTuple):
    location: Location
    message: str
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        return printable(f"{self.location}: {self.severity}: {self.message}")

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


@dataclass
class ScenarioError(Exception):
    """Raised when input cannot be used; carries every diagnostic found, in file order."""

    diagnostics: list[Diagnostic] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(str(d) for d in self.diagnostics)

    @classmethod
    def at(cls, location: Location, message: str) -> ScenarioError:
        return cls([Diagnostic(location, message)])


def display_path(path: Path | str) -> str:
    """A path as the user should see it: relative to the working directory when inside it."""
    p = Path(path)
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return str(p)


def sort_key(d: Diagnostic) -> tuple:
    return (d.location.file, d.location.line, d.location.column, d.severity, d.message)
