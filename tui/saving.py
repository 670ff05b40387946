"""Saving and loading from the app, on top of the engine's saves.

The engine writes atomically and never replaces a file that is not a save; the app adds the
policy: autosave after every action and, if that fails, say so once and play on; named saves
checked before writing; and what the load screen says about each file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scenario import Game, ScenarioError
from scenario.engine.campaign import CampaignGame
from scenario.format.diagnostics import printable
from scenario.tools import saves
from scenario.tools.campaign_saves import (
    CampaignSave,
    list_campaign_saves,
    week_where,
    write_campaign_save,
)

from .library import Library

CAMPAIGN_SAVES = "campaigns"
"""Campaign saves live in a folder of their own inside the saves folder: a week replays as a
week, never one of its days alone, so its files are kept apart from the single games'."""


def campaign_folder(saves: Path) -> Path:
    return saves / CAMPAIGN_SAVES


def week_autosave_path(folder: Path, campaign_id: str) -> Path:
    """Where a week is autosaved: one slot per campaign, in the campaigns folder."""
    return campaign_folder(folder) / f"{saves.AUTOSAVE_PREFIX}{campaign_id}.json"


def autosave_week(week: CampaignGame, folder: Path) -> Path:
    """Write the week to its autosave slot; `ScenarioError` or `OSError` with what went wrong."""
    return _write_week(week, week_autosave_path(folder, week.campaign.id), "autosave")


def save_week_named(week: CampaignGame, folder: Path, name: str) -> Path:
    """Save the week in the named slot of the campaigns folder (names as `check_name` allows)."""
    return _write_week(week, saves.slot_path(campaign_folder(folder), name), name.strip())


def _write_week(week: CampaignGame, path: Path, name: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_campaign_save(week, path, name)


class Autosaver:
    """Writes the game to its scenario's autosave file after each action.

    The autosave slot holds one game per scenario. It is overwritten only by the game it holds,
    played on, or when that game has ended: another unfinished game found there (the player
    started a new game, or loaded another) is first kept under a name of its own.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.told = False  # the player has been told that autosaving fails
        self.checked = False  # the slot's earlier game has been looked at
        self.off = False  # autosaving would destroy a game that could not be kept

    def keep_unfinished(self, game: Game) -> str | None:
        """Before the first autosave: keep another unfinished game found in the slot.

        Returns what to tell the player, or None when there was nothing to keep.
        """
        if self.checked:
            return None
        self.checked = True
        try:
            old = saves.read_save(saves.autosave_path(self.folder, game.content.id))
        except ScenarioError:  # none; or damaged, which write_save never replaces anyway
            return None
        mine = [str(action) for action in game.actions]
        if old.summary.ending is not None or not old.actions:
            return None
        if old.seed == game.seed and list(old.actions) == mine[: len(old.actions)]:
            return None  # this very game, played on
        where = f"{old.scenario.title}, round {old.summary.round}, {old.summary.clock}"
        stem = "unfinished " + when(old.saved_at).replace(":", ".")
        try:
            kept = saves.keep_as(self.folder, old, stem)
        except ScenarioError as exc:
            self.off = True
            return (
                f"The autosave holds an unfinished game ({where}) that could not be kept under "
                f"another name ({problem(exc)}), so autosave is off for this game and that game "
                "stays as it is. Save this one under a name with Ctrl+S."
            )
        return (
            f"The autosave held an unfinished game ({where}); it is kept as the save "
            f"'{kept.stem}' (Ctrl+O to load it)."
        )

    def save(self, game: Game) -> str | None:
        """Autosave; the message to show the first time it fails, else None (also on success)."""
        if self.off:
            return None
        try:
            saves.write_save(game, saves.autosave_path(self.folder, game.content.id), "autosave")
        except (ScenarioError, OSError) as exc:
            if self.told:
                return None
            self.told = True
            return (
                f"Autosave failed and is off for this game: {problem(exc)}. "
                "Nothing was overwritten; save under a name with Ctrl+S."
            )
        return None


def problem(exc: ScenarioError | OSError) -> str:
    """One line a player can read, for either kind of failure."""
    if isinstance(exc, ScenarioError):
        return "; ".join(str(d) for d in exc.diagnostics) or "the save could not be written"
    return f"{exc.strerror or exc} ({exc.filename})" if exc.filename else str(exc.strerror or exc)


def check_name(folder: Path, name: str) -> str | None:
    """Why a save name is refused, or None if it is fine."""
    try:
        saves.slot_path(folder, name)
    except ScenarioError as exc:
        return exc.diagnostics[0].message
    return None


def save_named(game: Game, folder: Path, name: str) -> Path:
    """Save in the named slot; `ScenarioError` or `OSError` with what went wrong."""
    return saves.write_save(game, saves.slot_path(folder, name), name.strip())


def existing(folder: Path, name: str) -> bool:
    """Whether a slot of that name already exists (saving replaces it)."""
    try:
        return saves.slot_path(folder, name).exists()
    except ScenarioError:
        return False


def restore(path: Path, library: Library) -> saves.Restored:
    """Read a save and replay it on its scenario; `ScenarioError` says why it cannot be loaded."""
    save = saves.read_save(path)
    return saves.restore(library.get(save.scenario.id), save, path.name)


@dataclass(frozen=True)
class SaveRow:
    """A save file as the load screen lists it."""

    path: Path
    title: str
    detail: str
    loadable: bool
    saved_at: str = ""  # for the order of the list: newest first, games and weeks together


def rows(folder: Path) -> list[SaveRow]:
    """Every save in the folder and every week's save in its campaigns folder, newest first;
    damaged ones say why they cannot be loaded."""
    try:
        games = saves.list_saves(folder)
        weeks = list_campaign_saves(campaign_folder(folder))
    except OSError as exc:  # an unreadable folder is a row that says so, not a crash
        return [
            SaveRow(
                folder,
                printable(folder.name or str(folder)),
                f"cannot be read: {printable(problem(exc))}",
                False,
            )
        ]
    found = [_damaged(item, "") if item.save is None else _game_row(item) for item in games]
    found += [
        _damaged(item, f"{CAMPAIGN_SAVES}/") if item.save is None else _week_row(item)
        for item in weeks
    ]
    return sorted(found, key=lambda row: row.saved_at, reverse=True)


def _damaged(item: saves.Listed[Any], inside: str) -> SaveRow:
    # a file's name and what is wrong with it quote the file: shown with escapes, so a name
    # like '\x1b[2J.json' cannot clear the screen
    name, why = printable(inside + item.path.name), printable(item.problem or "")
    return SaveRow(item.path, name, f"damaged: {why}", False)


def _game_row(item: saves.Listed[saves.SaveFile]) -> SaveRow:
    save = item.save
    assert save is not None
    s = save.summary
    kind = "autosave" if item.is_autosave else save.name
    tension = f" · tension {s.tension}" if s.tension is not None else ""
    state = f"ended: {s.ending}" if s.ending else f"round {s.round} · {s.clock}{tension}"
    return SaveRow(
        item.path,
        f"{kind} — {save.scenario.title}",
        f"{when(save.saved_at)} · {state} · score {s.score}",
        True,
        save.saved_at,
    )


def _week_row(item: saves.Listed[CampaignSave]) -> SaveRow:
    save = item.save
    assert save is not None
    kind = "autosave" if item.is_autosave else printable(save.name or item.path.stem)
    title = printable(save.title or save.campaign_id)
    state = "the week is over" if save.finished else printable(save.where) or "in play"
    return SaveRow(
        item.path,
        f"{kind} — the week: {title}",
        f"{when(save.saved_at)} · {state}",
        True,
        save.saved_at,
    )


def when(saved_at: str) -> str:
    """A save's UTC timestamp in the local time zone, to the minute."""
    try:
        moment = datetime.strptime(saved_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return saved_at
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def latest(folder: Path) -> Continuation | None:
    """The newest readable autosave of a game or a week still in play (none if the folder
    cannot be read): a finished one is for the debrief and the load screen, not for 'continue'."""
    try:
        games = saves.list_saves(folder)
        weeks = list_campaign_saves(campaign_folder(folder))
    except OSError:
        return None
    found: list[tuple[str, Continuation]] = []
    for item in games:
        save = item.save
        if item.is_autosave and save is not None and save.summary.ending is None:
            s = save.summary
            found.append(
                (
                    save.saved_at,
                    Continuation(_where(save.scenario.title, s.round, s.clock), path=item.path),
                )
            )
            break  # newest first: the first is the newest
    for week in weeks:
        saved = week.save
        if week.is_autosave and saved is not None and not saved.finished:
            where = printable(saved.where or f"{saved.title or saved.campaign_id} (the week)")
            found.append((saved.saved_at, Continuation(where, path=week.path)))
            break
    return max(found, key=lambda pair: pair[0])[1] if found else None


def _where(title: str, round_: int, clock: str) -> str:
    return f"{title} · round {round_}, {clock}"


@dataclass(frozen=True)
class Continuation:
    """What 'continue' on the title screen resumes, and how the menu describes it."""

    detail: str
    game: Game | CampaignGame | None = None  # the game or week still open in this run
    path: Path | None = None  # else an autosave to load (a game's or a week's)

    @property
    def possible(self) -> bool:
        return self.game is not None or self.path is not None


def continuation(last: Game | CampaignGame | None, folder: Path) -> Continuation:
    """The game or week last played in this run if there is one, else the newest unfinished
    autosave of either."""
    if isinstance(last, CampaignGame):
        if last.over:
            return Continuation("your last week has ended: load it to read the debrief")
        day, number = last.current, last.day_index + 1
        where = week_where(day.content.title, number, len(last.campaign.days), day.round, day.clock)
        return Continuation(where, game=last)
    if last is not None:
        if last.over:
            result = last.outcome
            ended = result.ending.title if result else "the session closed"
            return Continuation(f"your last game has ended ({ended}): load it to read the debrief")
        return Continuation(_where(last.content.title, last.round, last.clock), game=last)
    return latest(folder) or Continuation("no game to continue yet")
