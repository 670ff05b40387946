"""Campaigns at the edge: finding them, scripts of one action list a day, saves, playtests.

The engine side (checking, carry-over, the week's score) is `scenario.engine.campaign`; this
module does for campaigns what `finding`, `scripts`, `saves` and `playtest` do for a scenario,
with the same contracts: located errors, atomic saves that replay to a checked hash, and
playtests whose results depend only on the seed.

A campaign script:

    seed: 7
    days:
      - [consult: russia, propose: meet_again, consensus: meet_again, adjourn]
      - [floor: usa, floor: russia, adjourn]
"""

from __future__ import annotations

import json
import random
import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..engine.actions import Action, ActionError, parse_action
from ..engine.campaign import CAMPAIGN_FILE, Campaign, CampaignGame, load_campaign
from ..engine.game import legal_actions
from ..format.atomic import atomic_write
from ..format.diagnostics import Diagnostic, Location, ScenarioError, display_path
from ..format.reading import TooLarge, read_regular
from ..format.yamlfile import YamlFile, read_yaml

# Found where scenarios are found (`finding`); named here too for the callers that look here.
from .finding import available_campaigns as available_campaigns
from .finding import find_campaign
from .playtest import ADJOURN_CHANCE, run_seed
from .saves import Listed, list_files
from .scripts import MAX_ACTIONS, STDIN, _standard_input, _with_choices

SAVE_FORMAT = "the-chair-campaign-save"
SAVE_VERSION = 1
MAX_SAVE_BYTES = 5 * 1024 * 1024


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


# --------------------------------------------------------------------------- saves


def write_campaign_save(game: CampaignGame, path: Path, name: str | None = None) -> Path:
    """Write the campaign's seed and action lists atomically; never over a file not ours."""
    path = Path(path)
    if path.exists():
        try:
            read_campaign_save(path)
        except ScenarioError:
            raise ScenarioError.at(
                Location(display_path(path)),
                "exists and is not a campaign save of The Chair (or is damaged); it was left as "
                "it is — choose another name",
            ) from None
    week = game.week_score()
    data = {
        "format": SAVE_FORMAT,
        "version": SAVE_VERSION,
        "name": name or path.stem,
        "saved_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "campaign": {
            "id": game.campaign.id,
            "hash": game.campaign.content_hash,
            "title": game.campaign.title,
        },
        "seed": game.seed,
        "days": [[str(a) for a in day.actions] for day in game.days],
        "state_hash": game.state_hash,
        "summary": {
            "day": game.day_index + 1,
            "days": len(game.campaign.days),
            "title": game.current.content.title,
            "round": game.current.round,
            "clock": game.current.clock,
            "week": week.total if week else None,
        },
    }
    try:
        atomic_write(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode())
    except OSError as exc:
        raise ScenarioError.at(
            Location(display_path(path)), f"cannot write the save: {exc.strerror or exc}"
        ) from None
    return path


def is_campaign_save(path: Path) -> bool:
    """Whether a file looks like a campaign save (read cheaply; damage is reported on reading)."""
    try:
        head = read_regular(Path(path), MAX_SAVE_BYTES)
        return f'"{SAVE_FORMAT}"' in head.decode("utf-8", "replace")[:4000]
    except (OSError, TooLarge):
        return False


@dataclass(frozen=True)
class CampaignSave:
    campaign_id: str
    campaign_hash: str
    seed: int
    days: list[list[str]]
    state_hash: str
    name: str = ""
    saved_at: str = ""  # UTC, as written
    title: str = ""  # the campaign's title when it was saved
    finished: bool = False  # the week was over when it was saved
    where: str = ""  # the day and the time it was saved at, in words
    """What a list of saves shows. Read leniently ("" when a file does not say): none of it is
    needed to replay the week, and saves written before a field was added lack it."""


def read_campaign_save(path: Path) -> CampaignSave:
    """Read and check a campaign save; `ScenarioError` says what is wrong."""
    shown = display_path(path)
    try:
        raw = read_regular(Path(path), MAX_SAVE_BYTES)
        data = json.loads(raw.decode("utf-8"))
    except (OSError, TooLarge) as exc:
        raise ScenarioError.at(Location(shown), f"cannot read the save: {exc}") from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ScenarioError.at(Location(shown), "the save is damaged (not valid JSON)") from None
    if not isinstance(data, dict) or data.get("format") != SAVE_FORMAT:
        raise ScenarioError.at(Location(shown), "is not a campaign save of The Chair")
    if data.get("version") != SAVE_VERSION:
        raise ScenarioError.at(Location(shown), "the campaign save has an unknown format version")
    campaign, seed, days, state = (
        data.get("campaign"),
        data.get("seed"),
        data.get("days"),
        data.get("state_hash"),
    )
    if not (
        isinstance(campaign, dict)
        and isinstance(campaign.get("id"), str)
        and isinstance(campaign.get("hash"), str)
        and isinstance(seed, int)
        and not isinstance(seed, bool)
        and isinstance(days, list)
        and all(isinstance(d, list) and all(isinstance(a, str) for a in d) for d in days)
        and sum(len(d) for d in days) <= MAX_ACTIONS
        and isinstance(state, str)
    ):
        raise ScenarioError.at(
            Location(shown), "the save is damaged: fields missing or of the wrong type"
        )
    summary = data.get("summary")
    summary = summary if isinstance(summary, dict) else {}
    return CampaignSave(
        campaign["id"],
        campaign["hash"],
        seed,
        days,
        state,
        _text(data.get("name")),
        _text(data.get("saved_at")),
        _text(campaign.get("title")),
        isinstance(summary.get("week"), int),
        _where(summary),
    )


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _where(summary: dict[str, Any]) -> str:
    """Where the week was when it was saved, as far as the save says (see `week_where`)."""
    day = _whole(summary.get("day"))
    if day is None:
        return ""
    title, clock = _text(summary.get("title")), _text(summary.get("clock"))
    return week_where(title, day, _whole(summary.get("days")), _whole(summary.get("round")), clock)


def _whole(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def week_where(title: str, day: int, days: int | None, round_: int | None, clock: str) -> str:
    """'Brussels, January 2022 (day 1 of 2) · round 2, 10:40': a single game's words (its title,
    round and clock) with the day of the week; parts the caller does not know are left out."""
    of = f" of {days}" if days is not None else ""
    where = f"{title} (day {day}{of})" if title else f"day {day}{of}"
    if round_ is not None:
        where += f" · round {round_}" + (f", {clock}" if clock else "")
    return where


def list_campaign_saves(folder: Path) -> list[Listed[CampaignSave]]:
    """Every .json file in a folder of campaign saves, newest first; damaged ones with why."""
    return list_files(folder, read_campaign_save)


def load_campaign_game(path: Path) -> CampaignGame:
    """Read a campaign save and replay it; the replay must reach the saved state hash."""
    save = read_campaign_save(path)
    shown = display_path(path)
    folder = find_campaign(save.campaign_id)
    if folder is None:
        raise ScenarioError.at(Location(shown), f"no campaign {save.campaign_id!r} to replay it on")
    campaign = load_campaign(folder)
    try:
        game = CampaignGame.replay(campaign, save.seed, save.days)
    except (ActionError, ValueError) as exc:
        raise ScenarioError.at(
            Location(shown), f"the save cannot be replayed: {getattr(exc, 'message', exc)}"
        ) from None
    if game.state_hash != save.state_hash:
        changed = save.campaign_hash != campaign.content_hash
        reason = "the campaign has changed since" if changed else "the save is damaged"
        raise ScenarioError.at(
            Location(shown), f"{reason}: its actions do not lead to the saved state"
        )
    return game


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
