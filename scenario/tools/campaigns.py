"""Campaigns at the edge: finding them, scripts of one action list a day, playtests.

The engine side (checking, carry-over, the week's score) is `scenario.engine.campaign`; this
module does for campaigns what `finding`, `scripts` and `playtest` do for a scenario, with the
same contracts: located errors, and playtests whose results depend only on the seed. A week's
saves are `campaign_saves`.

A campaign script:

    seed: 7
    days:
      - [consult: russia, propose: meet_again, consensus: meet_again, adjourn]
      - [floor: usa, floor: russia, adjourn]
"""

from __future__ import annotations

import random
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..engine.actions import Action, ActionError, parse_action
from ..engine.campaign import CAMPAIGN_FILE, Campaign, CampaignGame
from ..engine.game import legal_actions
from ..format.diagnostics import Diagnostic, Location, ScenarioError, display_path
from ..format.yamlfile import YamlFile, read_yaml
from .playtest import ADJOURN_CHANCE, run_seed
from .scripts import MAX_ACTIONS, STDIN, _standard_input, _with_choices

# --------------------------------------------------------------------------- finding


def campaign_heading(folder: Path) -> str:
    """A campaign's title and subtitle for a menu, read from its file without checking the
    days (cheap enough for the title screen); the folder's name if the file cannot be read."""
    try:
        data = read_yaml(folder / CAMPAIGN_FILE, CAMPAIGN_FILE).data
    except ScenarioError:
        return folder.name
    title, subtitle = data.get("title"), data.get("subtitle")
    if not isinstance(title, str):
        return folder.name
    return f"{title}: {subtitle}" if isinstance(subtitle, str) else title


# --------------------------------------------------------------------------- scripts


@dataclass
class CampaignScript:
    file: YamlFile
    seed: int | None
    days: list[list[Action]]
    lines: list[list[Location]]


def read_campaign_script(path: Path | str) -> CampaignScript:
    """A campaign script: `seed` and `days`, a list of action lists; errors at their place."""
    if isinstance(path, str) and path == STDIN:
        from ..format.yamlfile import parse_yaml

        yaml_file = parse_yaml(_standard_input(), "<stdin>")
    else:
        yaml_file = read_yaml(Path(path), display_path(Path(path)))
    data = yaml_file.data
    problems: list[Diagnostic] = list(yaml_file.problems)
    for key in data:
        if key not in ("seed", "days"):
            hint = " (a campaign script has one action list a day, under 'days')"
            problems.append(
                Diagnostic(
                    yaml_file.locate((key,), key=True),
                    f"unknown key {key!r}; a campaign script has 'seed' and 'days'"
                    + (hint if key == "actions" else ""),
                )
            )
    seed = data.get("seed")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
        problems.append(Diagnostic(yaml_file.locate(("seed",)), "the seed must be a whole number"))
        seed = None
    days = data.get("days")
    if not isinstance(days, list) or not days:
        problems.append(
            Diagnostic(
                yaml_file.locate(("days",) if "days" in data else ()),
                "'days' must be a list with one list of actions a day",
            )
        )
        days = []
    parsed: list[list[Action]] = []
    lines: list[list[Location]] = []
    total = 0
    for d, items in enumerate(days):
        if not isinstance(items, list):
            problems.append(
                Diagnostic(
                    yaml_file.locate(("days", d)), f"day {d + 1}: expected a list of actions"
                )
            )
            continue
        total += len(items)
        if total > MAX_ACTIONS:
            problems.append(Diagnostic(yaml_file.locate(("days", d)), "too many actions"))
            break
        actions, where = [], []
        for i, item in enumerate(items):
            at = yaml_file.locate(("days", d, i))
            try:
                actions.append(parse_action(item))
                where.append(at)
            except ActionError as exc:
                problems.append(Diagnostic(at, _with_choices(exc)))
        parsed.append(actions)
        lines.append(where)
    if problems:
        raise ScenarioError(problems)
    return CampaignScript(yaml_file, seed, parsed, lines)


def play_campaign_script(
    campaign: Campaign, script: CampaignScript, seed: int | None = None
) -> CampaignGame:
    """Play each day's actions; a day must be over before the next day's list starts."""
    chosen = seed if seed is not None else (script.seed if script.seed is not None else 0)
    if len(script.days) > len(campaign.days):
        extra = script.lines[len(campaign.days)][:1] or [script.file.locate(("days",))]
        raise ScenarioError(
            [Diagnostic(extra[0], f"the campaign has {len(campaign.days)} days; this is one more")]
        )
    game = CampaignGame(campaign, chosen)
    for d, (actions, lines) in enumerate(zip(script.days, script.lines, strict=True)):
        if d:
            if not game.current.over:
                at = (
                    script.lines[d - 1][-1]
                    if script.lines[d - 1]
                    else script.file.locate(("days", d - 1))
                )
                raise ScenarioError(
                    [
                        Diagnostic(
                            at,
                            f"day {d} ({campaign.days[d - 1].id}) is not over after its actions "
                            f"(at {game.current.clock}): end it with 'adjourn'",
                        )
                    ]
                )
            game.next_day()
        for action, where in zip(actions, lines, strict=True):
            current = game.current
            if current.over:
                raise ScenarioError(
                    [
                        Diagnostic(
                            where,
                            f"the day has ended ({current.outcome.ending.title}); "  # type: ignore[union-attr]
                            f"'{action}' comes too late (the next day's actions go in the next list)",
                        )
                    ]
                )
            try:
                game.act(action)
            except ActionError as exc:
                raise ScenarioError(
                    [Diagnostic(where, f"'{action}' at {current.clock}: {_with_choices(exc)}")]
                ) from None
    return game


# --------------------------------------------------------------------------- the minutes


def campaign_text(game: CampaignGame, width: int = 100) -> str:
    """The minutes of every day, what carried over, and the week's score, as plain text."""
    from ..engine.transcript import minutes_text

    parts = [f"{game.campaign.title}\n"]
    for index, day in enumerate(game.days):
        parts.append(f"\n== Day {index + 1}: {game.campaign.days[index].title} ==\n")
        if index:
            carried = game.carried[index - 1]
            for name, (before, after) in carried.changes.items():
                parts.append(f"  carried over: {name} {before} -> {after}\n")
        parts.append(minutes_text(day.content, day.transcript, width=width))
        result = day.outcome
        card = result.score if result else day.score()
        ending = result.ending.title if result else f"not over ({day.clock})"
        parts.append(f"\nEnding: {ending}. Score: {card.total}/100 ({card.grade}, {card.label})\n")
    week = game.week_score()
    if week is not None:
        parts.append(f"\nThe week: {week.total}/100 ({week.grade}, {week.label})\n")
        for line in week.breakdown:
            parts.append(f"  {line.label:<32} {line.points:5.1f} / {line.weight:g}\n")
    else:
        parts.append(
            f"\nThe week is not over (day {game.day_index + 1} of {len(game.campaign.days)}).\n"
        )
    parts.append(f"State hash: {game.state_hash}\n")
    return "".join(parts)


# --------------------------------------------------------------------------- playtest


def campaign_playtest(campaign: Campaign, runs: int, seed: int = 0) -> dict[str, Any]:
    """Random campaigns: every day played by a random chair (as `chair playtest` plays a
    scenario: uniform choices, adjourning with a small chance), carried over into the next.
    Reports each day's endings and scores, how often each carry-over note applied, and the
    week's scores."""
    endings: list[Counter[str]] = [Counter() for _ in campaign.days]
    scores: list[list[int]] = [[] for _ in campaign.days]
    notes: Counter = Counter()
    week: list[int] = []
    for index in range(runs):
        game_seed = run_seed(seed, index)
        chooser = random.Random(game_seed)
        game = CampaignGame(campaign, game_seed)
        while True:
            current = game.current
            while not current.over:
                options = legal_actions(current.content, current.state)
                action = (
                    options[-1]
                    if chooser.random() < ADJOURN_CHANCE
                    else chooser.choice(options[:-1])
                )
                current.act(action)
            result = current.outcome
            endings[game.day_index][result.ending.id] += 1  # type: ignore[union-attr]
            scores[game.day_index].append(result.score.total)  # type: ignore[union-attr]
            if not game.can_advance:
                break
            game.next_day()
            notes.update(game.carried[-1].notes)
        week.append(game.week_score().total)  # type: ignore[union-attr]

    def spread(values: list[int]) -> dict[str, float]:
        return {"min": min(values), "median": statistics.median(values), "max": max(values)}

    return {
        "campaign": campaign.id,
        "runs": runs,
        "seed": seed,
        "days": [
            {
                "day": day.id,
                "scenario": day.content.id,
                "endings": {
                    k: {"count": v, "share": round(v / runs, 4)}
                    for k, v in endings[i].most_common()
                },
                "score": spread(scores[i]),
            }
            for i, day in enumerate(campaign.days)
        ],
        "carry_notes": {k: round(v / runs, 4) for k, v in notes.most_common()},
        "week": spread(week),
    }


def campaign_playtest_text(data: dict[str, Any]) -> str:
    lines = [
        f"Playtest of the campaign {data['campaign']}: {data['runs']:,} random weeks (seed {data['seed']})",
        "",
    ]
    for day in data["days"]:
        s = day["score"]
        lines.append(
            f"Day {day['day']} ({day['scenario']}): score min {s['min']} median {s['median']} max {s['max']}"
        )
        for ending, found in day["endings"].items():
            lines.append(f"  {ending:<40} {found['count']:>7,} {found['share']:7.1%}")
    lines.append("")
    lines.append("Carried over (share of weeks)")
    for note, share in data["carry_notes"].items():
        lines.append(f"  {share:6.1%}  {note[:88]}")
    w = data["week"]
    lines.append("")
    lines.append(f"The week: min {w['min']} median {w['median']} max {w['max']}")
    return "\n".join(lines) + "\n"
