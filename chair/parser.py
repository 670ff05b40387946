"""The command line's arguments: every command, its options and their help.

A command's function is named here (`Command`) and imported only when it runs, so that parsing
the arguments (and `chair --help`) loads none of the commands' modules, and the headless commands
never load the app.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from scenario.tools.finding import DEFAULT_SCENARIO, LOOKUP_HELP

JSON_HELP = "print one JSON object instead of the minutes"
COMMANDS = (
    "play",
    "serve",
    "check",
    "run",
    "replay",
    "playtest",
    "new",
    "schema",
    "completion",
)
"""The commands, in the order `chair --help` lists them."""


class Command:
    """A command's function, by module and name, imported when the command runs."""

    def __init__(self, module: str, name: str, *extra: object) -> None:
        self.module, self.name, self.extra = module, name, extra

    def __call__(self, args: argparse.Namespace) -> int:
        module = f"{__package__}.{self.module}"
        __import__(module)  # the builtin: importlib itself would be one more module to load
        result: int = getattr(sys.modules[module], self.name)(args, *self.extra)
        return result


class _Version(argparse.Action):
    """`--version`: looked up only when asked for, so that other commands never pay for it."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("the-chair")
        except PackageNotFoundError:  # a checkout used without installing it
            number = "unknown (not installed)"
        print(f"the-chair {number}")
        parser.exit()


def build_parser(prog: str = "chair", argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """Every command and option; a command's function is named, not imported (`Command`).

    Given the arguments to parse (`argv`) that start with a command, only that command gets its
    parser and options: the others are known by name only, since parsing never reaches them.
    Making every command's parser and options costs about 5 ms, a twentieth of a `chair check`;
    what is accepted, printed and refused is the same either way (a mistyped option's
    suggestion is looked up in the full parser, `Parser.complete`).
    """
    from .arguments import ExamplesFormatter, Parser

    parser = Parser(
        prog=prog,
        description="Chair a crisis negotiation. With no command, plays the default scenario.",
    )
    parser.add_argument("--version", action=_Version)
    wanted = argv[0] if argv and argv[0] in COMMANDS and argv[0] != "completion" else None
    sub = _Commands(parser.add_subparsers(metavar="COMMAND"), wanted)
    if wanted is not None:
        parser.complete = lambda: build_parser(prog)

    play = sub.add_parser("play", help="play a scenario in the terminal")
    play.add_argument(
        "scenario",
        nargs="?",
        help=f"opens at its briefing: {LOOKUP_HELP} (default: the title screen, {DEFAULT_SCENARIO})",
    )
    play.add_argument("--seed", type=int, default=None, help="the game's seed (default: random)")
    play.add_argument("--load", type=Path, metavar="SAVE", help="continue a saved game")
    play.add_argument("--saves", type=Path, metavar="DIR", help=_saves_help())
    play.add_argument(
        "--theme",
        metavar="NAME",
        help="the colour theme for this game (default: the last one picked in the app, kept in "
        "settings.toml in the user's config folder; $TEXTUAL_THEME sets one too)",
    )
    play.add_argument(  # chair serve gives each visitor's game a saves folder of its own
        "--saves-in-new-folder", type=Path, metavar="DIR", help=argparse.SUPPRESS
    )
    play.add_argument(
        "--plain",
        action="store_true",
        help="play in plain text, line by line (screen readers, pipes, no full-screen UI)",
    )
    play.add_argument(
        "--watch",
        action="store_true",
        help="reload the scenario when its files change and replay the game to where it was",
    )
    play.set_defaults(run=Command("playing", "play"))

    serve = sub.add_parser(
        "serve", help="serve the game to web browsers: one game and saves folder per visitor"
    )
    serve.add_argument(
        "scenario", nargs="?", default=None, help="a folder or an id (default: the title screen)"
    )
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        help="the address to listen on (default 127.0.0.1: this machine only)",
    )
    serve.add_argument("--port", type=_port, default=8000, help="the port (default 8000)")
    serve.add_argument(
        "--public-url",
        metavar="URL",
        help="the address browsers use, if not http://HOST:PORT (say, http://192.168.1.20:8000 "
        "when serving a class with --host 0.0.0.0)",
    )
    serve.set_defaults(run=Command("playing", "serve"))

    check = sub.add_parser("check", help="check scenarios; errors as FILE:LINE:COL: error: MESSAGE")
    check.add_argument(
        "scenarios", nargs="*", help="folders or ids (default: every scenario found)"
    )
    check.add_argument("--quiet", "-q", action="store_true", help="print only problems")
    check.add_argument("--strict", action="store_true", help="warnings fail the check too (exit 1)")
    check.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object: each scenario's status and diagnostics",
    )
    check.add_argument(
        "--fresh",
        action="store_true",
        help="check again even if the scenario checked clean before and has not changed",
    )
    check.add_argument(
        "--sources",
        action="store_true",
        help="print the fidelity report: for every sentence of the seeds, which lines use it and "
        "how, what no line uses, and the coverage",
    )
    check.set_defaults(run=Command("checking", "check"))

    run = sub.add_parser("run", help="play an action script headless")
    run.add_argument("scenario", help="a scenario folder or id (see chair play --help)")
    run.add_argument(
        "--script",
        required=True,
        metavar="FILE",
        help="a YAML file: seed and actions ('-' reads standard input)",
    )
    run.add_argument("--seed", type=int, default=None, help="overrides the script's seed")
    run.add_argument("--json", action="store_true", help=JSON_HELP)
    run.add_argument("--save", type=Path, metavar="FILE", help="save the game to FILE (JSON)")
    run.set_defaults(run=Command("headless", "run"))

    replay = sub.add_parser("replay", help="replay a save headless; the same output as run")
    replay.add_argument("save", type=Path, help="a save file")
    replay.add_argument("--json", action="store_true", help=JSON_HELP)
    replay.set_defaults(run=Command("headless", "replay"))

    playtest = sub.add_parser(
        "playtest", help="play many random games and report balance and coverage"
    )
    playtest.add_argument("scenario", help="a scenario folder or id (see chair play --help)")
    playtest.add_argument(
        "--runs", type=_positive, default=1000, help="how many games (default 1000)"
    )
    playtest.add_argument("--seed", type=int, default=0, help="run i is seeded from this and i")
    playtest.add_argument(
        "--jobs",
        type=_jobs,
        default="auto",
        help="processes to spread the runs over; auto (the default): one per core this process "
        "may use, fewer for a small playtest. The report is the same whatever the number",
    )
    playtest.add_argument(
        "--mode",
        choices=("uniform", "coverage"),
        default="uniform",
        help="choose uniformly, or prefer the least-used choices",
    )
    playtest.add_argument("--json", action="store_true", help="print the report as JSON")
    playtest.add_argument(
        "--search",
        type=_positive,
        metavar="DEPTH",
        help="instead of random games, search the best and worst lines within DEPTH actions",
    )
    playtest.add_argument(
        "--beam", type=_positive, default=200, help="states kept per depth in --search"
    )
    playtest.set_defaults(run=Command("playtesting", "playtest"))

    new = sub.add_parser(
        "new", help="scaffold a scenario folder that checks clean and can be played"
    )
    new.add_argument("name", help="a name, created under ./content if it exists, or a path")
    new.set_defaults(run=Command("authoring", "new"))

    schema = sub.add_parser("schema", help="print the JSON Schema of the scenario format")
    schema.add_argument(
        "--part",
        choices=("scenario", "delegation", "reactions", "events", "campaign"),
        default="scenario",
        help="which file's schema: scenario.yaml, delegations/*.yaml, reactions/*.yaml or events/*.yaml",
    )
    schema.set_defaults(run=Command("authoring", "schema"))

    completion = sub.add_parser(
        "completion",
        help="print a shell completion script (bash, zsh or fish)",
        description="Print a script that completes commands, options, scenario ids and files.\n"
        '  bash, in ~/.bashrc:               eval "$(chair completion bash)"\n'
        '  zsh, in ~/.zshrc after compinit:  eval "$(chair completion zsh)"\n'
        "  fish, once:  chair completion fish > ~/.config/fish/completions/chair.fish",
        formatter_class=ExamplesFormatter,
    )
    completion.add_argument("shell", nargs="?", choices=("bash", "zsh", "fish"))
    completion.add_argument(
        "--ids",
        action="store_true",
        help="list the scenario ids found from here (the scripts use it)",
    )
    completion.set_defaults(run=Command("authoring", "completion", parser))
    return parser


class _Commands:
    """The subcommands being added; a command other than the one wanted gets its name only."""

    def __init__(self, action: Any, wanted: str | None) -> None:
        self.action, self.wanted = action, wanted

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if self.wanted in (None, name):
            return self.action.add_parser(name, **kwargs)
        unused = _Unused()  # a parser of its own would cost a millisecond among them all
        self.action.choices[name] = unused
        return unused


class _Unused:
    """A command that this parse will not reach: its options are not added."""

    def add_argument(self, *args: object, **kwargs: object) -> None:
        pass

    def set_defaults(self, **kwargs: object) -> None:
        pass


def _saves_help() -> str:
    from scenario.tools.places import saves_folder

    here = str(saves_folder()).replace("%", "%%")
    return (
        "where games are saved (default: $CHAIR_SAVES, else saves/ in a source checkout, "
        f"else saves/ in the user's data folder; here: {here})"
    )


def _port(text: str) -> int:
    value = int(text)
    if not 0 < value < 65536:
        raise argparse.ArgumentTypeError("a port is a number from 1 to 65535")
    return value


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _jobs(text: str) -> int | str:
    if text == "auto":
        return text
    try:
        return _positive(text)
    except ValueError:
        raise argparse.ArgumentTypeError("a number of processes, or auto") from None
