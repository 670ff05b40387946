"""The `chair` command.

Exit codes: 0 success; 1 a scenario has errors (`check`); 2 bad usage, a bad script or save.
Errors about input are printed as ``FILE:LINE:COL: error: MESSAGE`` on standard error; a
traceback would be a bug. The Textual app is imported only by `play`, so the headless commands
start quickly.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..format.diagnostics import Diagnostic, Location, ScenarioError, display_path, printable
from .finding import DEFAULT_SCENARIO, LOOKUP_HELP
from .terminal import fit_output, is_utf8

if TYPE_CHECKING:
    from ..engine.session import Game

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
JSON_HELP = "print one JSON object instead of the minutes"
MAX_REPORTED = 100
"""Diagnostics printed per report; the rest are counted (a file of 50,000 typos is one mistake)."""


def main(argv: Sequence[str] | None = None, prog: str = "chair") -> int:
    fit_output(sys.stdout, sys.stderr)  # an ASCII locale gets the nearest ASCII, not a crash
    parser = _parser(prog)
    args = parser.parse_args(argv)
    command: Callable[[argparse.Namespace], int] = getattr(args, "run", None) or _play
    try:
        return command(args)
    except ScenarioError as exc:
        _report(exc.diagnostics)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `chair run ... | head`
        return EXIT_OK
    except OSError as exc:  # the system refused something not caught closer: say what, briefly
        where = printable(str(exc.filename)) if exc.filename else "chair"
        print(f"{where}: error: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE


def _report(diagnostics: Sequence[Diagnostic]) -> None:
    for diagnostic in diagnostics[:MAX_REPORTED]:
        print(diagnostic, file=sys.stderr)
    rest = diagnostics[MAX_REPORTED:]
    if rest:
        errors = sum(d.is_error for d in rest)
        counts = [(errors, "error"), (len(rest) - errors, "warning")]
        shown = " and ".join(f"{n:,} {word}{'' if n == 1 else 's'}" for n, word in counts if n)
        print(f"... and {shown} not shown", file=sys.stderr)


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


def _parser(prog: str = "chair") -> argparse.ArgumentParser:
    from .arguments import ExamplesFormatter, Parser

    parser = Parser(
        prog=prog,
        description="Chair a crisis negotiation. With no command, plays the default scenario.",
    )
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(metavar="COMMAND")

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
    play.set_defaults(run=_play)

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
    serve.set_defaults(run=_serve)

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
    check.set_defaults(run=_check)

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
    run.set_defaults(run=_run)

    replay = sub.add_parser("replay", help="replay a save headless; the same output as run")
    replay.add_argument("save", type=Path, help="a save file")
    replay.add_argument("--json", action="store_true", help=JSON_HELP)
    replay.set_defaults(run=_replay)

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
    playtest.set_defaults(run=_playtest)

    new = sub.add_parser(
        "new", help="scaffold a scenario folder that checks clean and can be played"
    )
    new.add_argument("name", help="a name, created under ./content if it exists, or a path")
    new.set_defaults(run=_new)

    schema = sub.add_parser("schema", help="print the JSON Schema of the scenario format")
    schema.add_argument(
        "--part",
        choices=("scenario", "delegation", "reactions", "events", "campaign"),
        default="scenario",
        help="which file's schema: scenario.yaml, delegations/*.yaml, reactions/*.yaml or events/*.yaml",
    )
    schema.set_defaults(run=_schema)

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
    completion.set_defaults(run=lambda args: _completion(args, parser))
    return parser


def _saves_help() -> str:
    from .places import saves_folder

    here = str(saves_folder()).replace("%", "%%")
    return (
        "where games are saved (default: $CHAIR_SAVES, else saves/ in a source checkout, "
        f"else saves/ in the user's data folder; here: {here})"
    )


def _play(args: argparse.Namespace) -> int:
    from ..engine.compiler import load_content
    from .finding import find_scenario
    from .saves import default_folder, read_save
    from .terminal import ADVICE, app_refusal, isatty

    load = getattr(args, "load", None)
    given = getattr(args, "scenario", None)
    campaign = _campaign_to_play(given, load)
    if campaign is not None:
        return _play_campaign(args, campaign)
    scenario = given or DEFAULT_SCENARIO
    if load is not None:
        save = read_save(load)  # a damaged save is reported before the app starts
        if given is None:
            scenario = save.scenario.id
    folder = find_scenario(scenario)
    content = load_content(folder)
    saves = getattr(args, "saves", None) or default_folder()
    if getattr(args, "saves_in_new_folder", None) is not None:
        import tempfile

        saves = Path(tempfile.mkdtemp(prefix="visitor-", dir=args.saves_in_new_folder))
    if getattr(args, "plain", False):
        if getattr(args, "watch", False):
            print(
                "chair play: error: --watch reloads the app; it does not work with --plain",
                file=sys.stderr,
            )
            return EXIT_USAGE
        from tui.plain.session import run_plain

        return run_plain(
            content,
            seed=getattr(args, "seed", None),
            load=load,
            saves_folder=saves,
            stdin=sys.stdin,
            stdout=sys.stdout,
        )
    from tui.app import run_app

    def refuse() -> int | None:
        """No terminal to play in: say what to do instead (after bad input was answered)."""
        refusal = app_refusal()
        if refusal is None:
            return None
        message = f"chair: error: {refusal}.\n{ADVICE}"
        print(message, file=sys.stderr)
        if not isatty(sys.stderr) and isatty(sys.stdout):  # `chair 2>/dev/null`: be seen
            print(message)
        return EXIT_USAGE

    return run_app(
        content,
        refuse=refuse,
        seed=getattr(args, "seed", None),
        load=load,
        saves=saves,
        watch=folder if getattr(args, "watch", False) else None,
        briefing=given is not None and load is None,
        theme=getattr(args, "theme", None),
    )


def _campaign_to_play(given: str | None, load: Path | None) -> object | None:
    """The campaign `chair play` should open: a campaign id or folder, or a campaign save
    given with --load (replayed, so a damaged one is reported before the app starts)."""
    from .campaigns import find_campaign, is_campaign_save, load_campaign_game

    if load is not None and is_campaign_save(load):
        return load_campaign_game(load)
    folder = find_campaign(given) if given else None
    if folder is None:
        return None
    from ..engine.campaign import load_campaign

    return load_campaign(folder)


def _play_campaign(args: argparse.Namespace, campaign: object) -> int:
    """`chair play CAMPAIGN`: the app, at the first day's briefing (or a loaded week)."""
    from .saves import default_folder

    if getattr(args, "plain", False) or getattr(args, "watch", False):
        print(
            "chair play: error: a campaign plays in the app; --plain and --watch play one "
            "scenario (a day of it, e.g. 'chair play --plain brussels-2022')",
            file=sys.stderr,
        )
        return EXIT_USAGE
    from tui.app import run_app

    first = campaign.days[0].content  # type: ignore[attr-defined]  # a day, or a day's game
    return run_app(
        first,
        seed=getattr(args, "seed", None),
        saves=getattr(args, "saves", None) or default_folder(),
        theme=getattr(args, "theme", None),
        campaign=campaign,
    )


def _serve(args: argparse.Namespace) -> int:
    if args.scenario is not None:
        from .finding import find_scenario

        find_scenario(args.scenario)  # a wrong name is reported here, not in every browser tab
    from tui.serving import serve

    try:
        return serve(args.scenario, host=args.host, port=args.port, public_url=args.public_url)
    except OSError as exc:  # the port is taken, the address is not this machine's, ...
        print(
            f"chair serve: error: cannot serve on {args.host}:{args.port}: {exc.strerror or exc}",
            file=sys.stderr,
        )
        return EXIT_USAGE


def _port(text: str) -> int:
    value = int(text)
    if not 0 < value < 65536:
        raise argparse.ArgumentTypeError("a port is a number from 1 to 65535")
    return value


def _check(args: argparse.Namespace) -> int:
    # A check is short and what it builds (the format's validator, the compiled scenario) lives
    # until it ends: the collector's passes over it, during the check and again as the process
    # exits, free nothing and cost about a sixth of `check --fresh` (see README.md, speed).
    import atexit
    import gc

    collecting = gc.isenabled()
    gc.disable()
    atexit.register(gc.freeze)  # spares the final collection if this process ends after the check
    try:
        return _check_all(args)
    finally:
        if collecting:
            gc.enable()


def _check_all(args: argparse.Namespace) -> int:
    from ..engine.compiler import Report, check_scenario, known_clean, remember_if_clean
    from .finding import available, available_campaigns, find_campaign, find_scenario

    names = args.scenarios or available() + available_campaigns()
    if getattr(args, "sources", False):
        return _sources_report(names)
    results = []
    missing = failed = False
    for name in names:
        campaign_folder = find_campaign(name)
        if campaign_folder is not None:  # a campaign: its file, its days, its carry-over
            ok = _check_campaign(args, name, campaign_folder, results)
            failed = failed or not ok
            continue
        try:
            folder = find_scenario(name)
        except ScenarioError as exc:
            # No such folder or id is bad input (2), as everywhere; a folder that is there but
            # is no scenario fails the check (1), as a scenario with errors does.
            missing = missing or not Path(name).exists()
            failed = True
            results.append(_checked(name, None, exc.diagnostics, ok=False))
            if not args.json:
                _report(exc.diagnostics)
            continue
        if not args.fresh and known_clean(folder):  # unchanged since it last checked clean
            report = Report(None, [])
        else:
            report = check_scenario(folder)
            remember_if_clean(folder, report)
        errors, warnings = len(report.errors), len(report.warnings)
        ok = not errors and not (args.strict and warnings)
        failed = failed or not ok
        results.append(_checked(name, display_path(folder), report.diagnostics, ok=ok))
        if args.json:
            continue
        _report(report.diagnostics)
        if not args.quiet:
            status = "ok" if ok else "FAILED"
            counts = f"{_count(errors, 'error')}, {_count(warnings, 'warning')}"
            version = _format_version(folder, report)
            print(f"{display_path(folder)}: {status} ({counts}; format {version})")
    code = EXIT_USAGE if missing else EXIT_ERRORS if failed else EXIT_OK
    if args.json:
        data = {"ok": code == EXIT_OK, "strict": args.strict, "scenarios": results}
        print(json.dumps(data, indent=2, ensure_ascii=False))
    return code


def _check_campaign(
    args: argparse.Namespace, name: str, folder: Path, results: list[dict[str, object]]
) -> bool:
    """`chair check` of a campaign: campaign.yaml, each day's scenario, the carry-over."""
    from ..engine.campaign import check_campaign

    report = check_campaign(folder)
    errors, warnings = len(report.errors), len(report.warnings)
    ok = not errors and not (args.strict and warnings)
    results.append(_checked(name, display_path(folder), report.diagnostics, ok=ok))
    if not args.json:
        _report(report.diagnostics)
        if not args.quiet:
            status = "ok" if ok else "FAILED"
            days = len(report.campaign.days) if report.campaign else "?"
            counts = f"{_count(errors, 'error')}, {_count(warnings, 'warning')}"
            print(f"{display_path(folder)}: {status} ({counts}; campaign of {days} days)")
    return ok


def _checked(
    name: str, folder: str | None, diagnostics: Sequence[Diagnostic], *, ok: bool
) -> dict[str, object]:
    """One scenario in `check --json`: what was asked, where it was found, what was wrong."""
    return {
        "name": name,
        "folder": folder,
        "ok": ok,
        "errors": sum(d.is_error for d in diagnostics),
        "warnings": sum(not d.is_error for d in diagnostics),
        "diagnostics": [
            {
                "file": d.location.file,
                "line": d.location.line,
                "column": d.location.column,
                "severity": d.severity,
                "message": d.message,
            }
            for d in diagnostics
        ],
    }


def _format_version(folder: Path, report: object) -> str:
    """The format version a scenario declares, for the check's summary line."""
    model = getattr(report, "model", None)
    if model is not None:
        return str(model.format)
    from ..format.files import SCENARIO_FILE
    from ..format.yamlfile import read_yaml

    try:
        data = read_yaml(folder / SCENARIO_FILE, SCENARIO_FILE).data
    except ScenarioError:
        return "?"
    value = data.get("format", 1) if isinstance(data, dict) else "?"
    return str(value)


def _sources_report(names: Sequence[str]) -> int:
    """`chair check --sources`: the fidelity report of each scenario."""
    from ..format.fidelity import fidelity
    from ..format.loading import load_scenario
    from .campaigns import find_campaign
    from .finding import find_scenario

    failed = False
    expanded: list[str] = []
    for name in names:  # a campaign's report is its days' reports
        campaign_folder = find_campaign(name)
        if campaign_folder is None:
            expanded.append(name)
            continue
        from ..engine.campaign import check_campaign

        report = check_campaign(campaign_folder)
        if report.campaign is None:
            _report(report.errors)
            failed = True
            continue
        expanded += [str(day.content.folder) for day in report.campaign.days]
    for index, name in enumerate(expanded):
        try:
            folder = find_scenario(name)
            loaded = load_scenario(folder)
        except ScenarioError as exc:
            _report(exc.diagnostics)
            failed = True
            continue
        if loaded.model is None:  # unreadable: the report needs a scenario that validates
            _report([d for d in loaded.diagnostics if d.is_error])
            failed = True
            continue
        found = fidelity(loaded.model, folder, loaded.sourcemap)
        if index:
            print()
        print(f"{display_path(folder)}:")
        if found is None:
            print("no readable seeds: nothing to report")
            continue
        print(found.text(), end="")
    return EXIT_ERRORS if failed else EXIT_OK


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _run(args: argparse.Namespace) -> int:
    from ..engine.compiler import load_content
    from .campaigns import find_campaign
    from .finding import find_scenario
    from .scripts import play_script, read_script

    campaign_folder = find_campaign(args.scenario)
    if campaign_folder is not None:
        return _run_campaign(args, campaign_folder)
    content = load_content(find_scenario(args.scenario))
    script = read_script(args.script)
    game = play_script(content, script, args.seed)
    if args.save is not None:
        from .saves import write_save

        write_save(game, args.save)
    _print_game(game, args.json)
    return EXIT_OK


def _run_campaign(args: argparse.Namespace, folder: Path) -> int:
    """`chair run CAMPAIGN --script FILE`: one list of actions a day."""
    from ..engine.campaign import load_campaign
    from .campaigns import play_campaign_script, read_campaign_script, write_campaign_save

    campaign = load_campaign(folder)
    script = read_campaign_script(args.script)
    game = play_campaign_script(campaign, script, args.seed)
    if args.save is not None:
        write_campaign_save(game, args.save)
    _print_campaign(game, args.json)
    return EXIT_OK


def _print_campaign(game: object, as_json: bool) -> None:
    from .campaigns import campaign_text
    from .terminal import width

    if as_json:
        print(json.dumps(game.to_json(), ensure_ascii=not is_utf8(sys.stdout), indent=2))  # type: ignore[attr-defined]
        return
    print(campaign_text(game, width=width()), end="")  # type: ignore[arg-type]


def _replay(args: argparse.Namespace) -> int:
    from ..engine.compiler import load_content
    from .campaigns import is_campaign_save, load_campaign_game
    from .finding import find_scenario
    from .saves import load_game

    if is_campaign_save(args.save):
        _print_campaign(load_campaign_game(args.save), args.json)
        return EXIT_OK

    restored = load_game(args.save, lambda scenario_id: load_content(find_scenario(scenario_id)))
    if restored.note:
        print(f"{args.save}: warning: {restored.note}", file=sys.stderr)
    _print_game(restored.game, args.json)
    return EXIT_OK if restored.complete else EXIT_ERRORS


def _print_game(game: Game, as_json: bool) -> None:
    """The minutes and the outcome, or the JSON object of the headless contract."""
    from ..engine.transcript import minutes_text

    if as_json:
        print(json.dumps(game.to_json(), ensure_ascii=not is_utf8(sys.stdout), indent=2))
        return
    from .terminal import width

    print(minutes_text(game.content, game.transcript, width=width()), end="")
    print()
    result = game.outcome
    card = result.score if result else game.score()
    if result:
        print(f"Ending: {result.ending.title}")
    else:
        print(f"The script ends at {game.clock}, before the session closes.")
    capped = f"; the ending caps it at {card.capped}" if card.capped is not None else ""
    print(f"Score: {card.total}/100 ({card.grade}, {card.label}{capped})")
    for line in card.breakdown:
        print(f"  {line.label:<28} {line.points:5.1f} / {line.weight:g}")
    print(f"State hash: {game.state_hash}")


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


def _playtest(args: argparse.Namespace) -> int:
    from ..engine.compiler import load_content
    from .campaigns import find_campaign
    from .finding import find_scenario
    from .playtest import auto_jobs, playtest, text_report

    campaign_folder = find_campaign(args.scenario)
    if campaign_folder is not None:
        from ..engine.campaign import load_campaign
        from .campaigns import campaign_playtest, campaign_playtest_text

        if args.search:
            print(
                "chair playtest: error: --search works on one scenario (a day of the "
                "campaign), not on a campaign",
                file=sys.stderr,
            )
            return EXIT_USAGE
        data = campaign_playtest(load_campaign(campaign_folder), args.runs, args.seed)
        print(
            json.dumps(data, indent=2) if args.json else campaign_playtest_text(data),
            end="\n" if args.json else "",
        )
        return EXIT_OK
    content = load_content(find_scenario(args.scenario))
    if args.search:
        from . import search

        found = search.search(content, args.search, args.seed, args.beam, progress=True)
        data = found.to_json(content)
        print(
            json.dumps(data, indent=2) if args.json else search.text_report(data),
            end="\n" if args.json else "",
        )
        return EXIT_OK
    jobs = auto_jobs(args.runs) if args.jobs == "auto" else args.jobs
    data = playtest(content, args.runs, args.seed, jobs, args.mode)
    print(
        json.dumps(data, indent=2) if args.json else text_report(data),
        end="\n" if args.json else "",
    )
    return EXIT_OK


def _new(args: argparse.Namespace) -> int:
    from .scaffold import scaffold

    target = Path(args.name)
    if len(target.parts) == 1 and Path("content").is_dir():
        target = Path("content") / args.name
    scaffold(target, target.parent)  # the schemas beside it, else copies in the new folder
    print(f"Created {target}. Next:")
    print(f"  chair check {target}")
    print(f"  chair play {target} --watch")
    return EXIT_OK


def _completion(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.ids:
        from .finding import available

        print("\n".join(available()))
        return EXIT_OK
    if args.shell is None:
        raise ScenarioError.at(Location("completion"), "name a shell: bash, zsh or fish")
    from .completion import script

    print(script(args.shell, parser), end="")
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from ..format.schema import schema_for

    print(json.dumps(schema_for(args.part), indent=2, ensure_ascii=not is_utf8(sys.stdout)))
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
