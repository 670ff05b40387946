"""Live reload for authors: notice edits to a scenario folder, and say what a reload changed.

No file-watching dependency: the table polls a fingerprint of the folder's YAML files (path,
modification time, size) a couple of times a second, which costs a few stat calls.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from scenario.engine.session import Replayed
from scenario.engine.transcript import Entry, hhmm

Fingerprint = tuple[tuple[str, int, int], ...]


def fingerprint(folder: Path) -> Fingerprint:
    """The folder's YAML files with their modification times and sizes, in a stable order."""
    found = []
    for pattern in ("*.yaml", "*.yml"):
        for path in folder.rglob(pattern):
            try:
                stat = path.stat()
            except OSError:  # removed while we looked: the next poll sees it gone
                continue
            found.append((str(path.relative_to(folder)), stat.st_mtime_ns, stat.st_size))
    return tuple(sorted(found))


class FolderWatch:
    """Remembers a folder's fingerprint; `changed()` is true once per edit."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._last = fingerprint(folder)

    def changed(self) -> bool:
        now = fingerprint(self.folder)
        if now == self._last:
            return False
        self._last = now
        return True


def first_difference(before: Sequence[Entry], after: Sequence[Entry]) -> int | None:
    """The index of the first entry that differs between two transcripts, or None if equal."""
    for index, (old, new) in enumerate(zip(before, after, strict=False)):
        if old != new:
            return index
    if len(before) != len(after):
        return min(len(before), len(after))
    return None


def reload_message(before: Sequence[Entry], replayed: Replayed, wanted: int) -> str:
    """What the player should know after a reload: how far the game replayed, what changed."""
    after = replayed.game.transcript
    if replayed.stopped_at is not None:
        done = replayed.stopped_at - 1
        where = (
            f"The game replays to action {done} of {wanted} ({replayed.game.clock}); "
            f"action {replayed.stopped_at} is no longer possible ({replayed.reason}). "
            "Play on from there, or fix the scenario and the rest replays."
        )
    else:
        where = f"All {wanted} actions replayed."
    changed = first_difference(before, after)
    if changed is None:
        return f"{where} The minutes are unchanged."
    moment = after[changed].time if changed < len(after) else before[changed].time
    return f"{where} The minutes change from {hhmm(moment)}."
