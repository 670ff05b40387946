"""`chair run` and `chair replay`: a game played headless, printed as minutes or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from scenario.tools.terminal import is_utf8

from .output import EXIT_ERRORS, EXIT_OK

if TYPE_CHECKING:
    from scenario.engine.session import Game


def run(args: argparse.Namespace) -> int:
    from scenario.engine.compiler import load_content
    from scenario.tools.finding import find_campaign, find_scenario
    from scenario.tools.scripts import play_script, read_script

    campaign_folder = find_campaign(args.scenario)
    if campaign_folder is not None:
        return _run_campaign(args, campaign_folder)
    content = load_content(find_scenario(args.scenario))
    script = read_script(args.script)
    game = play_script(content, script, args.seed)
    if args.save is not None:
        from scenario.tools.saves import write_save

        write_save(game, args.save)
    _print_game(game, args.json)
    return EXIT_OK


def _run_campaign(args: argparse.Namespace, folder: Path) -> int:
    """`chair run CAMPAIGN --script FILE`: one list of actions a day."""
    from scenario.engine.campaign import load_campaign
    from scenario.tools.campaign_saves import write_campaign_save
    from scenario.tools.campaigns import play_campaign_script, read_campaign_script

    campaign = load_campaign(folder)
    script = read_campaign_script(args.script)
    game = play_campaign_script(campaign, script, args.seed)
    if args.save is not None:
        write_campaign_save(game, args.save)
    _print_campaign(game, args.json)
    return EXIT_OK


def _print_campaign(game: object, as_json: bool) -> None:
    from scenario.tools.campaigns import campaign_text
    from scenario.tools.terminal import width

    if as_json:
        print(json.dumps(game.to_json(), ensure_ascii=not is_utf8(sys.stdout), indent=2))  # type: ignore[attr-defined]
        return
    print(campaign_text(game, width=width()), end="")  # type: ignore[arg-type]


def replay(args: argparse.Namespace) -> int:
    from scenario.engine.compiler import load_content
    from scenario.tools.campaign_saves import is_campaign_save, load_campaign_game
    from scenario.tools.finding import find_scenario
    from scenario.tools.saves import load_game

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
    from scenario.engine.transcript import minutes_text

    if as_json:
        print(json.dumps(game.to_json(), ensure_ascii=not is_utf8(sys.stdout), indent=2))
        return
    from scenario.tools.terminal import width

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
