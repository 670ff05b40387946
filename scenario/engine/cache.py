"""A cache of checked scenarios, so that playing one starts without YAML or pydantic.

Reading and validating a scenario costs about a fifth of a second, most of it building the
pydantic models; a player feels that at every start. Once a scenario has checked clean, its
validated data is kept as JSON under the user's cache folder, keyed by a hash of the scenario's
files and of the engine's own source. The next start reads that JSON and compiles it again —
expressions are parsed and checked again by our own small compiler, so nothing in the cache is
trusted as code. A cache entry that is missing, stale, unreadable or for other seeds is simply
ignored and rewritten; the cache can be deleted at any time.
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

FORMAT = 1


def cache_folder() -> Path | None:
    """$CHAIR_CACHE, else $XDG_CACHE_HOME/the-chair, else ~/.cache/the-chair; None: no caching."""
    configured = os.environ.get("CHAIR_CACHE")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "the-chair"


@functools.cache
def engine_digest() -> str:
    """A hash of the engine's source: a cache written by other code is never used."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


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


def read(folder: Path) -> tuple[dict[str, Any], str] | None:
    """The cached validated data and content hash of a folder, if fresh; else None."""
    found = _entry(folder)
    if found is None:
        return None
    path, files_hash = found
    try:
        entry = json.loads(read_regular(path, 64 * 1024 * 1024).decode("utf-8"))
        if (
            entry.get("content_hash") != files_hash
            or _seed_hashes(folder, entry["data"]) != entry["seeds"]
        ):
            return None
        return entry["data"], files_hash
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write(folder: Path, data: dict[str, Any], files_hash: str) -> None:
    """Keep the validated data of a clean scenario; failing to write is never an error."""
    found = _entry(folder)
    if found is None or found[1] != files_hash:
        return
    entry = {"content_hash": files_hash, "seeds": _seed_hashes(folder, data), "data": data}
    try:
        atomic_write(found[0], json.dumps(entry, ensure_ascii=False).encode("utf-8"))
    except OSError:
        return


def _seed_hashes(folder: Path, data: dict[str, Any]) -> dict[str, str]:
    """The seeds' hashes: quoted passages were checked against them, so they must not change."""
    hashes = {}
    for name in data.get("seeds", []):
        try:
            raw = read_regular(folder / name, MAX_SEED_BYTES)
            hashes[name] = hashlib.sha256(raw).hexdigest()
        except OSError:
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


class Plain(dict):
    """Validated data read back from the cache, whose keys also read as attributes.

    The compiler reads models by attribute (``delegation.positions``); this lets it read the
    cached plain data the same way, without pydantic. No field of the format shares a name with
    a method of dict (a test makes sure).
    """

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def plain(value: Any) -> Any:
    if isinstance(value, dict):
        return Plain((key, plain(item)) for key, item in value.items())
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value
