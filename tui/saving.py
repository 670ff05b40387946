"""Saving and loading from the app, on top of the engine's saves.

The engine writes atomically and never replaces a file that is not a save; the app adds the
policy: autosave after every action and, if that fails, say so once and play on; named saves
checked before writing; and what the load screen says about each file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from scenario import Game, ScenarioError
from scenario.format.diagnostics import printable
from scenario.tools import saves

from .library import Library


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


def rows(folder: Path) -> list[SaveRow]:
    """Every save in the folder, newest first; damaged ones say why they cannot be loaded."""
    try:
        listed = saves.list_saves(folder)
    except OSError as exc:  # an unreadable folder is a row that says so, not a crash
        return [
            SaveRow(
                folder,
                printable(folder.name or str(folder)),
                f"cannot be read: {printable(problem(exc))}",
                False,
            )
        ]
    found = []
    for item in listed:
        save = item.save
        if save is None:
            # a file's name and what is wrong with it quote the file: shown with escapes, so
            # a name like '\x1b[2J.json' cannot clear the screen
            name, why = printable(item.path.name), printable(item.problem or "")
            found.append(SaveRow(item.path, name, f"damaged: {why}", False))
            continue
        s = save.summary
        kind = "autosave" if item.is_autosave else save.name
        tension = f" · tension {s.tension}" if s.tension is not None else ""
        state = f"ended: {s.ending}" if s.ending else f"round {s.round} · {s.clock}{tension}"
        found.append(
            SaveRow(
                item.path,
                f"{kind} — {save.scenario.title}",
                f"{when(save.saved_at)} · {state} · score {s.score}",
                True,
            )
        )
    return found


def when(saved_at: str) -> str:
    """A save's UTC timestamp in the local time zone, to the minute."""
    try:
        moment = datetime.strptime(saved_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return saved_at
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def latest(folder: Path) -> saves.Listed | None:
    """The newest readable autosave of a game still in play (none if the folder cannot be read):
    a finished game is for the debrief and the load screen, not for 'continue'."""
    try:
        listed = saves.list_saves(folder)
    except OSError:
        return None
    for item in listed:
        if item.is_autosave and item.save is not None and item.save.summary.ending is None:
            return item
    return None


@dataclass(frozen=True)
class Continuation:
    """What 'continue' on the title screen resumes, and how the menu describes it."""

    detail: str
    game: Game | None = None  # the game still open in this run
    path: Path | None = None  # else an autosave to load

    @property
    def possible(self) -> bool:
        return self.game is not None or self.path is not None


def continuation(last: Game | None, folder: Path) -> Continuation:
    """The game last played in this run if there is one, else the newest unfinished autosave."""
    if last is not None:
        if last.over:
            result = last.outcome
            ended = result.ending.title if result else "the session closed"
            return Continuation(f"your last game has ended ({ended}): load it to read the debrief")
        return Continuation(f"{last.content.title} · round {last.round}, {last.clock}", game=last)
    found = latest(folder)
    if found is None or found.save is None:
        return Continuation("no game to continue yet")
    s = found.save.summary
    return Continuation(
        f"{found.save.scenario.title} · round {s.round}, {s.clock}", path=found.path
    )
