"""Writing a file so that a crash never leaves it half-written.

Write to a temporary file in the same folder, flush, fsync, rename over the target, and fsync the
folder: at every moment the target holds either its old content or its complete new content.
Saves, the scenario cache and `chair new` all write this way.

The temporary file is created private (0600) and new (never an existing file or a symlink), as
`tempfile.mkstemp` makes one, with a random name; before the rename it gets the mode a file
written in place would have had: the mode of the file it replaces, or for a new file 0666 less
the umask, as `open()` and every other tool give it. It is made here rather than by `tempfile`,
whose imports (`shutil`, `random`, the compression modules) cost a check more than the write.
"""

from __future__ import annotations

import contextlib
import functools
import os
import stat
from pathlib import Path

_CREATE = (
    os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
)
"""A new file only: never an existing one, nor a symlink planted in its place (as `mkstemp`)."""


def atomic_write(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write via a temporary file in the same folder, flushed, synced and renamed into place.

    `durable=False` skips the syncs, for a file that may be lost but must never be half-written
    (the scenario cache, which is rebuilt when missing): the rename still replaces it whole.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = _temporary(path)
    try:
        _give_mode(handle, path)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            if durable:
                os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    if not durable:
        return
    try:  # make the rename itself durable
        directory = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(directory)
    except OSError:
        pass
    finally:
        os.close(directory)


def _temporary(path: Path) -> tuple[int, str]:
    """A new private file beside `path`, `.NAME.RANDOM.tmp`, open for writing."""
    for _ in range(100):  # a name taken (by another write in progress): draw another
        temporary = str(path.parent / f".{path.name}.{os.urandom(6).hex()}.tmp")
        try:
            return os.open(temporary, _CREATE, 0o600), temporary
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


def _give_mode(handle: int, path: Path) -> None:
    """The mode of the file being replaced, else that of a new file under the umask."""
    if not hasattr(os, "fchmod"):  # Windows: no Unix modes to follow
        return
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mode = 0o666 & ~umask()
    os.fchmod(handle, mode)


@functools.cache
def umask() -> int:
    """The process's umask. Linux shows it in /proc; elsewhere it is read by setting it and
    setting it back, once, so that a thread creating files meanwhile is exposed only once."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    current = os.umask(0o022)
    os.umask(current)
    return current
