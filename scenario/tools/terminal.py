"""How the command line writes for a person: wrapped to the terminal, or 100 columns otherwise.

Text written to a terminal wraps to its width, as a reader expects. Text written anywhere else (a
pipe, a file, a test) keeps a fixed 100 columns, so that it is the same on every machine and the
golden transcripts stay stable.
"""

from __future__ import annotations

import shutil
import sys
from typing import TextIO

PIPED_WIDTH = 100
NARROWEST = 40
"""Below this, wrapped minutes would be a column of single words; wider lines read better."""


def is_terminal(stream: TextIO) -> bool:
    """Whether `stream` is an interactive terminal (False for a closed or odd stream)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def width(stream: TextIO | None = None) -> int:
    """The width to wrap text for `stream` (standard output by default)."""
    stream = stream if stream is not None else sys.stdout
    if not is_terminal(stream):
        return PIPED_WIDTH
    # $COLUMNS first, as other tools do; then the terminal's own size.
    return max(NARROWEST, shutil.get_terminal_size((PIPED_WIDTH, 24)).columns)
