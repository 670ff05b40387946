"""`chair play` and `chair serve`: the two commands that start the app.

They are the only code that imports `tui`, and only when they run: the headless commands never
load Textual. A scenario, a save or a campaign named on the command line is found and checked
before the app starts, so a wrong name or a damaged save is reported in the terminal.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from scenario.tools.finding import DEFAULT_SCENARIO, find_scenario
from scenario.tools.places import saves_folder

from .output import EXIT_USAGE

if TYPE_CHECKING:
    from scenario import Content
    from scenario.engine.campaign import Campaign, CampaignGame


def play(args: argparse.Namespace) -> int:
    """Plain `chair` imports neither the engine nor pydantic before the app's first frame: the
    app gets the scenario's folder and loads it once its title screen is up. Anything named on
    the command line (a scenario, a campaign, a save) is loaded here, so that its errors are
    answered in the terminal before the app starts."""
    from scenario.tools.terminal import ADVICE, app_refusal, isatty

    load = getattr(args, "load", None)
    given = getattr(args, "scenario", None)
    if given is not None or load is not None:  # only then can it be a campaign
        campaign = _campaign_to_play(given, load)
        if campaign is not None:
            return _play_campaign(args, campaign)
    scenario = given or DEFAULT_SCENARIO
    if load is not None:
        from scenario.tools.saves import read_save

        save = read_save(load)  # a damaged save is reported before the app starts
        if given is None:
            scenario = save.scenario.id
    folder = find_scenario(scenario)
    plain, watch = getattr(args, "plain", False), getattr(args, "watch", False)
    saves = getattr(args, "saves", None) or saves_folder()
    if getattr(args, "saves_in_new_folder", None) is not None:
        import tempfile

        saves = Path(tempfile.mkdtemp(prefix="visitor-", dir=args.saves_in_new_folder))
    if plain:
        if watch:
            print(
                "chair play: error: --watch reloads the app; it does not work with --plain",
                file=sys.stderr,
            )
            return EXIT_USAGE
        from scenario.engine.compiler import load_content
        from tui.plain.session import run_plain

        return run_plain(
            load_content(folder),
            seed=getattr(args, "seed", None),
            load=load,
            saves_folder=saves,
            stdin=sys.stdin,
            stdout=sys.stdout,
        )
    from tui.app import run_app

    opened: Content | Path = folder  # plain `chair`: the app loads it after its first frame
    if given is not None or load is not None or watch:
        from scenario.engine.compiler import load_content

        opened = load_content(folder)

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
        opened,
        refuse=refuse,
        seed=getattr(args, "seed", None),
        load=load,
        saves=saves,
        watch=folder if watch else None,
        briefing=given is not None and load is None,
        theme=getattr(args, "theme", None),
    )


def _campaign_to_play(given: str | None, load: Path | None) -> Campaign | CampaignGame | None:
    """The campaign `chair play` should open: a campaign id or folder, or a campaign save
    given with --load (replayed, so a damaged one is reported before the app starts)."""
    from scenario.tools.campaign_saves import is_campaign_save, load_campaign_game
    from scenario.tools.finding import find_campaign

    if load is not None and is_campaign_save(load):
        return load_campaign_game(load)
    folder = find_campaign(given) if given else None
    if folder is None:
        return None
    from scenario.engine.campaign import load_campaign

    return load_campaign(folder)


def _play_campaign(args: argparse.Namespace, campaign: Campaign | CampaignGame) -> int:
    """`chair play CAMPAIGN`: the app, at the first day's briefing (or a loaded week); with
    --plain, the week in plain text."""
    if getattr(args, "watch", False):
        print(
            "chair play: error: --watch reloads one scenario as it is edited, not a campaign "
            "(watch a day of it, e.g. 'chair play --watch brussels-2022')",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if getattr(args, "plain", False):
        return _play_week_plain(args, campaign)
    from tui.app import run_app

    first = campaign.days[0].content  # the first day's, or a loaded week's first game's
    return run_app(
        first,
        seed=getattr(args, "seed", None),
        saves=getattr(args, "saves", None) or saves_folder(),
        theme=getattr(args, "theme", None),
        campaign=campaign,
    )


def _play_week_plain(args: argparse.Namespace, campaign: Campaign | CampaignGame) -> int:
    import secrets

    from scenario.engine.campaign import CampaignGame
    from tui.plain.week import run_plain_week

    if isinstance(campaign, CampaignGame):
        week, loaded = campaign, True
    else:
        seed = getattr(args, "seed", None)
        week = CampaignGame(campaign, seed if seed is not None else secrets.randbelow(2**31))
        loaded = False
    return run_plain_week(
        week,
        loaded=loaded,
        saves_folder=getattr(args, "saves", None) or saves_folder(),
        stdin=sys.stdin,
        stdout=sys.stdout,
    )


def serve(args: argparse.Namespace) -> int:
    if args.scenario is not None:
        from scenario.tools.finding import find_scenario

        find_scenario(args.scenario)  # a wrong name is reported here, not in every browser tab
    from tui.serving import serve as serve_app

    try:
        return serve_app(args.scenario, host=args.host, port=args.port, public_url=args.public_url)
    except OSError as exc:  # the port is taken, the address is not this machine's, ...
        print(
            f"chair serve: error: cannot serve on {args.host}:{args.port}: {exc.strerror or exc}",
            file=sys.stderr,
        )
        return EXIT_USAGE
