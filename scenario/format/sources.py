"""The source texts a scenario is built from, and the check that a quoted passage is in them.

A content item that claims a source carries the original passage verbatim. Verbatim here means:
the same characters, with runs of whitespace (line breaks, double spaces) counted as one space,
since YAML folds lines and authors wrap long quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True)
class Seeds:
    """The normalised text of a scenario's seeds, joined; passages are searched in it."""

    text: str

    @classmethod
    def read(cls, paths: list[Path]) -> Seeds:
        """Join the files' texts; raises OSError or UnicodeDecodeError for the caller to report."""
        return cls("\n\n".join(normalise(p.read_text(encoding="utf-8")) for p in paths))

    def contains(self, passage: str) -> bool:
        wanted = normalise(passage)
        return bool(wanted) and wanted in self.text

    def closest(self, passage: str) -> str | None:
        """The longest leading part of the passage that is found, to show where it departs."""
        wanted = normalise(passage)
        lo, hi = 0, len(wanted)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if wanted[:mid] in self.text:
                lo = mid
            else:
                hi = mid - 1
        return wanted[:lo] if lo >= 12 else None
