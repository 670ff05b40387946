"""Saves: the seed and the action log, written atomically and replayed on load.

A save does not store the game state; it stores what produced it (scenario id and content hash,
seed, actions) and the state hash it led to. Loading replays the actions and checks the hash, so a
save can never put the engine in a state the rules could not reach, and a save stays meaningful
when the scenario changes: it replays as far as the new content allows and says where it stopped.

Nothing is lost: a save is written to a temporary file in the same folder, flushed, synced and
renamed over the old one, so a crash leaves the previous save whole; a file that is not a save
of ours (damaged, foreign, too new) is reported, listed as damaged, and never overwritten.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from ..engine.content import Content
from ..engine.session import Game
from ..format.atomic import atomic_write
from ..format.diagnostics import Location, ScenarioError, display_path, printable
from ..format.reading import TooLarge, read_regular
from .save_format import (
    FORMAT,
    MAX_BYTES,
    OLDEST_READABLE,
    VERSION,
    Damaged,
    SavedScenario,
    SaveFile,
    Summary,
)

AUTOSAVE_PREFIX = "autosave-"
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$")
MAX_PATH_PARTS = 64
LEFTOVER_AGE = 60.0
"""Seconds after which a temporary file of an interrupted write is surely abandoned."""


# --------------------------------------------------------------------------- where


def default_folder() -> Path:
    """$CHAIR_SAVES, else a source checkout's saves/ folder, else the user's data folder."""
    from .places import saves_folder

    return saves_folder()


def slot_path(folder: Path, name: str) -> Path:
    """The file for a named slot; `ScenarioError` for a name that could leave the folder."""
    clean = name.strip()
    if clean.endswith(".json"):
        clean = clean[: -len(".json")]
    if not _SAFE_NAME.fullmatch(clean) or clean in (".", ".."):
        raise ScenarioError.at(
            Location(printable(name)),
            "a save name is a plain name of up to 64 letters, digits, spaces, '.', '_' or '-' "
            "(no folders)",
        )
    if clean.lower().startswith(AUTOSAVE_PREFIX):
        raise ScenarioError.at(
            Location(name),
            f"names starting with '{AUTOSAVE_PREFIX}' are kept for the autosaves; choose another",
        )
    return folder / f"{clean}.json"


def autosave_path(folder: Path, scenario_id: str) -> Path:
    return folder / f"{AUTOSAVE_PREFIX}{scenario_id}.json"


# --------------------------------------------------------------------------- writing


def to_save(game: Game, name: str) -> SaveFile:
    content = game.content
    tension = content.numbers.tension_slot
    result = game.outcome
    return SaveFile(
        format=FORMAT,
        version=VERSION,
        name=name,
        saved_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        scenario=SavedScenario(id=content.id, hash=content.content_hash, title=content.title),
        seed=game.seed,
        actions=[str(a) for a in game.actions],
        state_hash=game.state_hash,
        summary=Summary(
            round=game.round,
            clock=game.clock,
            tension=game.state[tension] if tension is not None else None,
            score=(result.score if result else game.score()).total,
            ending=result.ending.title if result else None,
        ),
        ironman=game.ironman,
    )


def write_save(game: Game, path: Path, name: str | None = None) -> Path:
    """Write `game` to `path` atomically; refuse to replace a file that is not one of our saves."""
    path = Path(path)
    if len(path.parts) > MAX_PATH_PARTS:
        raise ScenarioError.at(
            Location(str(path)[:60] + "..."),
            f"the path is too long (at most {MAX_PATH_PARTS} folders)",
        )
    if path.is_symlink() and not path.exists():
        raise ScenarioError.at(
            Location(display_path(path)),
            "is a symlink that leads nowhere (or in a loop); it was left as it is",
        )
    if path.exists():
        if path.is_dir():
            raise ScenarioError.at(Location(display_path(path)), "is a folder, not a save file")
        try:
            read_save(path)
        except ScenarioError:
            raise ScenarioError.at(
                Location(display_path(path)),
                "exists and is not a save of The Chair (or is damaged); it was left as it is — "
                "choose another name",
            ) from None
    return write_json(path, to_save(game, name or path.stem).to_json())


def write_json(path: Path, data: dict[str, Any]) -> Path:
    """Write a save's data as JSON, atomically; `ScenarioError` says why it could not be."""
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    try:
        atomic_write(path, text.encode("utf-8"))
    except OSError as exc:  # a full disk, a read-only or immutable folder, a file as a folder
        reason = exc.strerror or str(exc)
        if isinstance(exc, FileExistsError | NotADirectoryError):
            reason = "a part of its folder's path is a file, not a folder"
        raise ScenarioError.at(
            Location(display_path(path)), f"cannot write the save: {reason}"
        ) from None
    return path


def keep_as(folder: Path, save: SaveFile, stem: str) -> Path:
    """Write `save` again under the first free slot named `stem`, `stem-2`, …; never replaces."""
    for number in range(1, 1000):
        path = slot_path(folder, stem if number == 1 else f"{stem}-{number}")
        if not path.exists() and not path.is_symlink():
            break
    else:
        raise ScenarioError.at(Location(stem), "no free name to keep the save under")
    return write_json(path, replace(save, name=path.stem).to_json())


# --------------------------------------------------------------------------- reading


def read_save(path: Path) -> SaveFile:
    """Read and validate a save file; `ScenarioError` says precisely what is wrong with it."""
    path = Path(path)
    shown = display_path(path)
    try:
        raw = read_regular(path, MAX_BYTES)
    except IsADirectoryError:
        raise ScenarioError.at(Location(shown), "is a folder, not a save file") from None
    except TooLarge as exc:
        raise ScenarioError.at(
            Location(shown), f"is too large to be a save ({exc.size:,} bytes)"
        ) from None
    except OSError as exc:
        raise ScenarioError.at(Location(shown), f"cannot read the save: {exc.strerror}") from None
    if not raw.strip():
        raise ScenarioError.at(Location(shown), "the save is empty")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ScenarioError.at(
            Location(shown), f"the save is damaged: not UTF-8 at byte {exc.start}"
        ) from None
    except json.JSONDecodeError as exc:
        raise ScenarioError.at(
            Location(shown, exc.lineno, exc.colno),
            f"the save is damaged (not valid JSON: {exc.msg})",
        ) from None
    except ValueError:  # a number of thousands of digits
        raise ScenarioError.at(
            Location(shown), "the save is damaged: it holds a number too long to read"
        ) from None
    except RecursionError:
        raise ScenarioError.at(
            Location(shown), "the save is damaged: it is nested far too deep"
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ScenarioError.at(Location(shown), "is not a save of The Chair")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ScenarioError.at(Location(shown), "the save has no valid format version")
    if version > VERSION:
        raise ScenarioError.at(
            Location(shown),
            f"the save was written by a newer version of The Chair (save format {version}; "
            f"this version reads {OLDEST_READABLE} to {VERSION})",
        )
    if version < OLDEST_READABLE:
        raise ScenarioError.at(
            Location(shown),
            f"the save format {version} is too old (this version reads {OLDEST_READABLE} to {VERSION})",
        )
    try:
        return SaveFile.from_json(data)
    except Damaged as exc:
        raise ScenarioError.at(Location(shown), f"the save is damaged: {exc}") from None


@dataclass
class Restored:
    """A replayed save: the game, and whether it reached the saved state."""

    game: Game
    complete: bool
    note: str | None = None  # what the player should know (the scenario changed, where it stopped)


def restore(content: Content, save: SaveFile, shown: str = "save") -> Restored:
    """Replay a save on `content`.

    Same scenario content: every action must replay and reach the saved state hash, or the save is
    damaged (`ScenarioError`). Changed content: replay as far as the actions stay legal and say
    where it stopped; the player can go on from there.
    """
    if save.scenario.id != content.id:
        raise ScenarioError.at(
            Location(shown),
            f"the save is for the scenario {save.scenario.id!r}, not {content.id!r}",
        )
    same_content = save.scenario.hash == content.content_hash
    if not same_content and save.scenario.title != content.title:
        # Both the content and the title differ: this is not the same scenario, changed since,
        # but another one (an id edited by hand, or a folder reused for a new scenario).
        raise ScenarioError.at(
            Location(shown),
            f"the save is for {save.scenario.title!r}, but the scenario {content.id!r} is now "
            f"{content.title!r}: a different scenario, so the save is not loaded",
        )
    replayed = Game.replay_prefix(content, save.seed, save.actions, ironman=save.ironman)
    game, index = replayed.game, replayed.stopped_at
    if index is not None:
        text = save.actions[index - 1]
        if same_content:
            raise ScenarioError.at(
                Location(shown),
                f"the save is damaged: action {index} ({text!r}) cannot be replayed: {replayed.reason}",
            )
        note = (
            f"The scenario has changed since this game was saved: it replays to action "
            f"{index - 1} of {len(save.actions)} ({game.clock}); '{text}' is no longer possible "
            f"({replayed.reason})."
        )
        return Restored(game, False, note)
    if game.state_hash == save.state_hash:
        return Restored(game, True)
    if same_content:
        raise ScenarioError.at(
            Location(shown), "the save is damaged: its actions do not lead to the saved state"
        )
    note = (
        f"The scenario has changed since this game was saved: all {len(save.actions)} actions replay, "
        "but the game now stands differently than when it was saved."
    )
    return Restored(game, False, note)


# --------------------------------------------------------------------------- listing


def clean_leftovers(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the temporary files of writes that were killed halfway (`.NAME.json.*.tmp`).

    An atomic write renames its temporary file into place, or removes it when it fails; only a
    process killed in between (SIGKILL, a power cut) leaves one. A file younger than
    `LEFTOVER_AGE` may belong to a write in progress in another process, so it is left alone.
    Returns what was removed; failing to remove is never an error.
    """
    moment = time.time() if now is None else now
    removed = []
    try:
        candidates = list(folder.glob(".*.json.*.tmp"))
    except OSError:
        return []
    for path in candidates:
        try:
            if path.is_file() and moment - path.stat().st_mtime > LEFTOVER_AGE:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


class Dated(Protocol):
    """A save of either kind, as far as a list orders it."""

    @property
    def saved_at(self) -> str: ...


S = TypeVar("S", bound=Dated)


@dataclass
class Listed(Generic[S]):
    """A file of a saves folder as a list shows it: `save` None if damaged, `problem` why."""

    path: Path
    save: S | None
    problem: str | None  # why it cannot be loaded, for a damaged entry

    @property
    def is_autosave(self) -> bool:
        return self.path.name.startswith(AUTOSAVE_PREFIX)


def list_saves(folder: Path) -> list[Listed[SaveFile]]:
    """Every .json file in the folder, newest first; damaged ones listed with what is wrong."""
    return list_files(folder, read_save)


def list_files(folder: Path, read: Callable[[Path], S]) -> list[Listed[S]]:
    """Every .json file in the folder as `read` reads it, newest first (a game's saves, or a
    campaign's); a file it refuses is listed with the first thing wrong with it."""
    if not folder.is_dir():
        return []
    listed: list[Listed[S]] = []
    for path in folder.glob("*.json"):
        try:
            listed.append(Listed(path, read(path), None))
        except ScenarioError as exc:
            listed.append(Listed(path, None, exc.diagnostics[0].message))
    return sorted(
        listed,
        key=lambda item: (item.save.saved_at if item.save else "", item.path.name),
        reverse=True,
    )


def latest_autosave(folder: Path) -> Listed[SaveFile] | None:
    for item in list_saves(folder):
        if item.is_autosave and item.save is not None:
            return item
    return None


def load_game(path: Path, content_for: Any) -> Restored:
    """Read a save and replay it; `content_for(scenario_id)` gives the content to replay on."""
    save = read_save(path)
    shown = display_path(path)
    try:
        content = content_for(save.scenario.id)
    except ScenarioError as exc:
        reason = exc.diagnostics[0].message if exc.diagnostics else "it cannot be loaded"
        raise ScenarioError.at(
            Location(shown), f"the save is for the scenario {save.scenario.id!r}: {reason}"
        ) from None
    return restore(content, save, shown)
