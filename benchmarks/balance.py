"""The depth figures of a scenario: `python -m benchmarks.balance [SCENARIO] [--beam N] [--seeds 1,2,3]`.

Not speed: the figures that say whether a scenario is a game worth playing twice (docs/model.md,
"What makes it deep"). Through the public search API, for each seed:

- the best line a beam search finds (to the end of the day), and the best line of a chair who
  never gives the floor and never consults;
- the best line of each seed played on the other seeds (an action not legal there adjourns the
  game), and how much it loses on average: hidden positions and chance events are drawn per game,
  so a line that only fits one game's truth should lose elsewhere;
- 1,000 random games: how often they reach an ending as good as the best line's, the distinct
  spoken lines (numbers masked), and the share whose minutes go back in time.

A beam of 200 takes a minute or two a seed on a laptop.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from typing import Any

from scenario import Game
from scenario.engine.compiler import load_content
from scenario.format.diagnostics import ScenarioError
from scenario.tools.finding import find_scenario
from scenario.tools.playtest import playtest
from scenario.tools.search import best_line, never_listens, play_line

RANDOM_GAMES = 1000


def measure(scenario: str, seeds: list[int], beam: int, others: list[int]) -> dict[str, Any]:
    content = load_content(find_scenario(scenario))
    best, deaf = {}, {}
    for seed in seeds:
        best[seed] = best_line(content, seed=seed, depth=60, beam=beam)
        deaf[seed] = best_line(content, seed=seed, depth=60, beam=beam, allow=never_listens)
        print(
            f"seed {seed}: best {best[seed].score} ({best[seed].ending}), never listening "
            f"{deaf[seed].score} ({deaf[seed].ending})",
            file=sys.stderr,
            flush=True,
        )
    losses = []
    for seed, line in best.items():
        for other in [s for s in seeds + others if s != seed]:
            losses.append(line.score - play_line(content, line.actions, other).score)
    report = playtest(content, RANDOM_GAMES, seed=0, progress=False)
    best_endings = {line.ending for line in best.values()}
    reached = sum(report["endings"].get(e, {}).get("count", 0) for e in best_endings)
    return {
        "scenario": content.id,
        "beam": beam,
        "seeds": {
            str(s): {
                "best": best[s].score,
                "best_ending": best[s].ending,
                "best_line": [str(a) for a in best[s].actions],
                "never_listening": deaf[s].score,
                "never_listening_line": [str(a) for a in deaf[s].actions],
            }
            for s in seeds
        },
        "transfer_loss_mean": round(statistics.mean(losses), 1),
        "random_games": RANDOM_GAMES,
        "random_reaching_best_endings": round(reached / RANDOM_GAMES, 3),
        "distinct_lines": report["distinct_lines"],
        "minutes_out_of_order": _out_of_order(content, 300),
    }


def _out_of_order(content: Any, games: int) -> float:
    """The share of random games whose minutes print an earlier time after a later one."""
    chooser = random.Random(0)
    bad = 0
    for seed in range(games):
        game = Game.start(content, seed=seed)
        while not game.over:
            game.act(chooser.choice(game.legal_actions()))
        times = [entry.time for entry in game.transcript]
        bad += times != sorted(times)
    return round(bad / games, 3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.balance", description=__doc__)
    parser.add_argument("scenario", nargs="?", default="vienna-2022")
    parser.add_argument("--beam", type=int, default=200)
    parser.add_argument("--seeds", default="1,2,3", help="seeds searched, comma-separated")
    parser.add_argument("--others", default="4,5,6", help="further seeds the lines are tried on")
    args = parser.parse_args(argv)
    seeds = [int(s) for s in args.seeds.split(",")]
    others = [int(s) for s in args.others.split(",")]
    try:
        figures = measure(args.scenario, seeds, args.beam, others)
    except (
        ScenarioError
    ) as exc:  # a scenario that does not check: its diagnostics, as `chair check` gives them
        print(exc, file=sys.stderr)
        return 2
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
