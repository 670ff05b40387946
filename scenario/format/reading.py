"""Reading a file the user named, without trusting what kind of file it is.

Every input the tool reads (scenario files, seeds, scripts, saves) comes through `read_regular`:
only a regular file is read, and never more than a limit. A name can point anywhere: at
`/dev/zero` (endless bytes: memory grows until the system kills the process), at a FIFO (opening
it for reading blocks until someone writes, so a FIFO in the saves folder would freeze the app at
its start), or at a terminal. The file is opened without blocking and checked with `fstat` on
the open descriptor, so a name swapped between a check and the read cannot slip through.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class Refused(OSError):
    """The file is not read: not a regular file, or larger than the limit.

    An `OSError`, so that callers which already report an unreadable file report this too; its
    `strerror` is a sentence a user can read.
    """


class TooLarge(Refused):
    """Larger than the limit; `size` is the size found (at least, for a file that grows)."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(errno.EFBIG, f"too large ({size:,} bytes; the limit is {limit:,})")
        self.size = size
        self.limit = limit


def read_regular(path: Path | str, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; `OSError` (or `Refused`) otherwise."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    descriptor = os.open(path, flags)
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", str(path))
        if not stat.S_ISREG(info.st_mode):
            raise Refused(
                errno.EINVAL, f"not a regular file ({_kind(info.st_mode)}); it is not read"
            )
        if info.st_size > limit:
            raise TooLarge(info.st_size, limit)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:  # st_size can lie (files in /proc say 0), so count as we read
            chunk = os.read(descriptor, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise TooLarge(total, limit)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode):
        return "a device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"
