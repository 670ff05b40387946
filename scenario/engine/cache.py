"""A cache of checked scenarios, so that playing one starts without YAML or pydantic.

Reading, validating and checking a scenario costs about a seventh of a second (the YAML, the
article's attribution, the lowering); a player would feel that at every start. Once a scenario has
checked clean, its checked form (`checked.Scenario`) is kept as JSON under the user's cache folder,
keyed by a hash of the scenario's files and of the engine's own source. The next start reads that
JSON back into the checked form, every value's type checked (`checked_codec`), and lowers it again:
expressions are parsed and checked again by our own small compiler, so nothing in the cache is
trusted as code, and text in it is held to the format's rule against control characters. A cache
entry that is missing, stale, unreadable, of another shape or for other seeds is simply ignored and
rewritten; the cache can be deleted at any time.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from ..format.atomic import atomic_write
from ..format.files import content_hash, scenario_files
from ..format.reading import read_regular
from ..format.sources import MAX_SEED_BYTES
from . import checked, checked_codec

FORMAT = 3
"""The layout of an entry: the checked form (1 was the validated model's own dump; 3 added a
delegation's `plural`)."""


def cache_folder() -> Path | None:
    """$CHAIR_CACHE, else $XDG_CACHE_HOME/the-chair, else ~/.cache/the-chair; None: no caching."""
    configured = os.environ.get("CHAIR_CACHE")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "the-chair"


@functools.cache
def engine_digest() -> str:
    """A fingerprint of the engine's source: a cache written by other code is never used.

    Each source file's path, size and time of last change, as Python's own bytecode cache
    checks its sources: an edit, a checkout or an install changes them. Reading and hashing
    every file instead cost 2 ms of each start and each check, for no case this misses (a file
    rewritten with the same size within the same nanosecond)."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return hashlib.sha256("\n".join(sorted(_sources(package, ""))).encode()).hexdigest()


def _sources(folder: str, prefix: str) -> list[str]:
    """'path:size:mtime' of each Python file under `folder`, its path relative to the package."""
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    found += _sources(entry.path, f"{prefix}{entry.name}/")
            elif entry.name.endswith(".py"):
                stat = entry.stat()
                found.append(f"{prefix}{entry.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return found


def _entry(folder: Path) -> tuple[Path, str] | None:
    root = cache_folder()
    if root is None:
        return None
    try:
        files_hash = content_hash(folder, scenario_files(folder))
    except OSError:
        return None
    key = hashlib.sha256(
        f"{FORMAT}:{engine_digest()}:{folder.resolve()}:{files_hash}".encode()
    ).hexdigest()
    return root / f"{key[:40]}.json", files_hash


def fresh(folder: Path) -> bool:
    """Whether the folder, as it is now, has an entry: it checked clean under this engine."""
    return _fresh_entry(folder) is not None


def read(folder: Path) -> tuple[checked.Scenario, str] | None:
    """The cached checked form and content hash of a folder, if fresh and whole; else None."""
    found = _fresh_entry(folder)
    if found is None:
        return None
    entry, files_hash = found
    try:
        sc = checked_codec.scenario(entry["data"], exact=True)
    except checked.FormError:  # damaged, or written by other code
        return None
    return sc, files_hash


def _fresh_entry(folder: Path) -> tuple[dict[str, Any], str] | None:
    """The folder's entry, as plain data, if its files and seeds are as they were checked."""
    found = _entry(folder)
    if found is None:
        return None
    path, files_hash = found
    try:
        entry = json.loads(read_regular(path, 64 * 1024 * 1024).decode("utf-8"))
    except (OSError, ValueError, RecursionError):  # missing, unreadable, not JSON, too deep
        return None
    if not isinstance(entry, dict) or entry.get("content_hash") != files_hash:
        return None
    data = entry.get("data")
    names = data.get("seeds") if isinstance(data, dict) else None
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        return None
    if _seed_hashes(folder, tuple(names)) != entry.get("seeds"):
        return None
    return entry, files_hash


def write(folder: Path, sc: checked.Scenario, files_hash: str) -> None:
    """Keep the checked form of a clean scenario; failing to write is never an error."""
    found = _entry(folder)
    if found is None or found[1] != files_hash:
        return
    entry = {
        "content_hash": files_hash,
        "seeds": _seed_hashes(folder, sc.seeds),
        "data": checked_codec.plain(sc),
    }
    try:
        # a cache may be lost (a crash before the disk has it), never half-written: no syncs
        data = json.dumps(entry, ensure_ascii=False).encode("utf-8")
        atomic_write(found[0], data, durable=False)
    except OSError:
        return


def _seed_hashes(folder: Path, seeds: tuple[str, ...]) -> dict[str, str]:
    """The seeds' hashes: quoted passages were checked against them, so they must not change."""
    hashes = {}
    for name in seeds:
        try:
            raw = read_regular(folder / name, MAX_SEED_BYTES)
            hashes[name] = hashlib.sha256(raw).hexdigest()
        except (OSError, ValueError):  # ValueError: a name with a NUL in it
            hashes[name] = "unreadable"
        # who says what in the seed was checked too: a changed declaration beside it re-checks
        try:
            declared = (folder / name).with_name(Path(name).stem + ".attribution.yaml")
            if declared.is_file():
                raw = read_regular(declared, MAX_SEED_BYTES)
                hashes[f"{name}#attribution"] = hashlib.sha256(raw).hexdigest()
        except (OSError, ValueError):
            hashes[f"{name}#attribution"] = "unreadable"
    return hashes
