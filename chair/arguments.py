"""An argparse parser that behaves like the command lines people know (pip, ruff, pytest).

Two things argparse does by default surprise people: it accepts any unambiguous prefix of an
option (`--js` for `--json`), so a typo can silently mean something else and a new option can
break an old script; and a mistyped command gets the whole list of commands back but no hint.
Here options are never abbreviated, and an unknown command or option suggests the nearest one.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any


class Parser(argparse.ArgumentParser):
    """`ArgumentParser` with abbreviations off and suggestions for a mistyped command or option.

    Its subcommand parsers are of the same kind (argparse makes them with ``type(self)``).
    """

    complete: Callable[[], argparse.ArgumentParser] | None = None
    """The parser with every command's options, when this one was built for one command."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        # argparse checks a command against the choices before it runs the subparsers action;
        # this is where "invalid choice" is raised, so this is where the suggestion goes.
        choices = action.choices
        if isinstance(action, argparse._SubParsersAction) and choices is not None:
            if value not in choices:
                raise argparse.ArgumentError(action, unknown_command(value, list(choices)))
            return
        super()._check_value(action, value)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            every = self.complete() if self.complete is not None else self
            hint = _nearest(extras[0], sorted(_option_strings(every)))
            self.error(f"unrecognized arguments: {' '.join(extras)}{hint}")
        return parsed


class Formatter(argparse.HelpFormatter):
    """Help wrapped like the rest of the output: to the terminal, else at 100 columns."""

    def __init__(self, prog: str, **kwargs: Any) -> None:
        from scenario.tools.terminal import width

        kwargs.setdefault("width", width() - 2)  # argparse's own margin
        super().__init__(prog, **kwargs)


class ExamplesFormatter(argparse.RawDescriptionHelpFormatter, Formatter):
    """For a description that is a list of commands to copy: its lines are kept as written."""


def _option_strings(parser: argparse.ArgumentParser) -> set[str]:
    """Every option of a parser and of its subcommands."""
    found: set[str] = set()
    for action in parser._actions:
        found.update(action.option_strings)
        if isinstance(action, argparse._SubParsersAction):
            for subparser in action.choices.values():
                found |= _option_strings(subparser)
    return found


def _nearest(word: str, options: list[str]) -> str:
    option = word.split("=", 1)[0]
    if not option.startswith("--"):
        return ""
    import difflib  # only for a mistyped option: a command that parses never imports it

    close = difflib.get_close_matches(option, options, n=1, cutoff=0.7)
    return f" (did you mean {close[0]!r}?)" if close else ""


def unknown_command(name: str, commands: list[str]) -> str:
    """'unknown command 'ply' (did you mean 'play'?)', else the list of commands."""
    import difflib  # only for a mistyped command

    close = difflib.get_close_matches(name, commands, n=1, cutoff=0.6)
    if not close:  # a prefix is a good guess too: 'pl' for 'play', 'comp' for 'completion'
        close = [c for c in commands if c.startswith(name)][:1] if len(name) >= 2 else []
    if close:
        return f"unknown command {name!r} (did you mean {close[0]!r}?)"
    return f"unknown command {name!r} (choose from {', '.join(commands)})"
