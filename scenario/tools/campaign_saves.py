"""A week's saves: its seed and each day's actions, written atomically, replayed on load to a
checked state hash (as `saves` does for one game), and what a list of saves shows of them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..engine.actions import ActionError
from ..engine.campaign import CampaignGame, load_campaign
from ..format.diagnostics import Location, ScenarioError, display_path
from ..format.reading import TooLarge, read_regular
from .finding import find_campaign
from .saves import Listed, list_files, write_json
from .scripts import MAX_ACTIONS

SAVE_FORMAT = "the-chair-campaign-save"
SAVE_VERSION = 1
MAX_SAVE_BYTES = 5 * 1024 * 1024


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
    return write_json(path, data)


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
