"""The `chair` command: parse the arguments, run the command, turn errors into exit codes.

Errors about input are printed as ``FILE:LINE:COL: error: MESSAGE`` on standard error; a
traceback would be a bug. Each command lives in the module of its job (checking, headless
games, playtesting, playing in the app, authoring) and is imported only when it runs, so the
headless commands start quickly and never load Textual.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from scenario.format.diagnostics import ScenarioError, printable
from scenario.tools.terminal import fit_output

from .output import EXIT_OK, EXIT_USAGE, MAX_REPORTED, print_diagnostics
from .parser import Command, build_parser

if TYPE_CHECKING:
    import argparse

__all__ = ["MAX_REPORTED", "main"]


def main(argv: Sequence[str] | None = None, prog: str = "chair") -> int:
    fit_output(sys.stdout, sys.stderr)  # an ASCII locale gets the nearest ASCII, not a crash
    whole_process = argv is None  # the command line itself, not a caller in Python
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(prog, argv)
    args = parser.parse_args(argv)
    command: Callable[[argparse.Namespace], int] = getattr(args, "run", None) or Command(
        "playing", "play"
    )
    code = _run(command, args)
    if whole_process and getattr(command, "name", None) == "check":
        _end_now(code)
    return code


def _end_now(code: int) -> None:
    """End a `chair check` process at once, its output flushed, without tearing down Python.

    A check holds no open file and nothing that needs finalizing, and freeing the thousands of
    objects it built (modules, the scenario, the article) costs about a twentieth of it. If the
    output cannot be flushed (a closed pipe), the process ends the ordinary way instead.
    """
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(code)


def _run(command: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return command(args)
    except ScenarioError as exc:
        print_diagnostics(exc.diagnostics)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `chair run ... | head`
        return EXIT_OK
    except OSError as exc:  # the system refused something not caught closer: say what, briefly
        where = printable(str(exc.filename)) if exc.filename else "chair"
        print(f"{where}: error: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
