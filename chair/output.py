"""What every command shares on its way out: the exit codes and how diagnostics are printed.

Exit codes: 0 success; 1 a scenario has errors (`check`); 2 bad usage, a bad script or save.
Errors about input are printed as ``FILE:LINE:COL: error: MESSAGE`` on standard error.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from scenario.format.diagnostics import Diagnostic

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
MAX_REPORTED = 100
"""Diagnostics printed per report; the rest are counted (a file of 50,000 typos is one mistake)."""


def print_diagnostics(diagnostics: Sequence[Diagnostic]) -> None:
    for diagnostic in diagnostics[:MAX_REPORTED]:
        print(diagnostic, file=sys.stderr)
    rest = diagnostics[MAX_REPORTED:]
    if rest:
        errors = sum(d.is_error for d in rest)
        counts = [(errors, "error"), (len(rest) - errors, "warning")]
        shown = " and ".join(f"{n:,} {word}{'' if n == 1 else 's'}" for n, word in counts if n)
        print(f"... and {shown} not shown", file=sys.stderr)


def count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")
