"""Many random games, in this process or spread over worker processes, in the same order.

Run *i* is a pure function of the playtest's seed and *i* (see `playtest.play_one`), so how the
runs are spread never changes a result. Runs go to the workers in batches of `BATCH`. For a
report (`tally_runs`) a worker tallies its batch itself and sends back the tally, a few counters,
instead of every run's result: the parent then only merges one small object per batch, and
leaves the cores to the workers. `iter_runs` gives every result,
in order, for the Python API and the tests.

Why two processes gained little (CPU time a game on vienna-2022, 5,000 games, one process and
two in turns, eight times): one process spent 402 µs a game; with two, the workers spent 429 µs
a game and the parent 27 µs more, unpickling every run's result (about 800 bytes) and adding it
to the report, work that competes with the workers for the two cores. Now a worker tallies its
batch and sends the tally, leaving out the lines it has already sent (most lines are spoken in
every batch): the parent's share is 8 µs a game, and two processes use 93-97% of one process's
CPU a game (88% before). On a quiet machine, two processes against one: 1.89x (1.81x before). The rest is the two sharing the machine (caches, memory, the host's
other guests). Start-up and shutdown are small: forked with the compiled scenario, two workers
start and stop in 10-20 ms. Freezing the inherited objects before the fork (`gc.freeze`) made
no difference that these runs could measure. Beyond that, two workers get two cores only when
nothing else on the machine wants them.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from itertools import count
from pathlib import Path
from typing import TypeVar

from ..engine.content import Content
from .playtest import RunResult, play_one
from .playtest_report import Tally

BATCH = 64
"""Runs sent to a worker process at a time: about 25 ms of play, long enough that sending the
batch and its tally back costs little, short enough that the last batches keep both cores busy."""

Weights = dict[tuple[str, str | None], float]
Batch = TypeVar("Batch")

_WORKER_CONTENT: dict[str, Content] = {}
_PLAYTESTS = count()


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, which a container or `taskset`
    may narrow), not the machine's count."""
    counted = getattr(
        os, "process_cpu_count", None
    )  # Python 3.13+: the affinity, or PYTHON_CPU_COUNT
    if counted is not None:
        return max(1, counted() or 1)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return max(1, os.cpu_count() or 1)


def auto_jobs(runs: int) -> int:
    """The processes `--jobs auto` uses: one per usable core, but no more than there are pairs
    of batches to share, since a worker costs its start-up and a small playtest is over before
    a second one would pay for itself."""
    return max(1, min(usable_cores(), runs // (2 * BATCH)))


PARENT_POLL = 0.5
"""Seconds between a worker's looks at whether its parent is still there."""


def _watch_parent(parent: int) -> None:
    """Make this worker end when the playtest that started it ends, however it ends.

    A pool's workers would otherwise outlive a parent killed by SIGTERM or SIGKILL, orphaned and
    still computing. On Linux the kernel sends the worker SIGTERM when its parent dies
    (PR_SET_PDEATHSIG); everywhere, a daemon thread checks the parent's id and leaves when the
    worker has been handed to another parent.
    """
    import signal
    import threading

    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, int(signal.SIGTERM), 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover - no libc: the thread is enough
            pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL)
        os._exit(1)

    if os.getppid() != parent:  # the parent died before this worker got here
        os._exit(1)
    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def _content(folder: str) -> Content:
    """The compiled scenario in a worker: inherited from the parent when the worker was forked,
    else loaded from its folder once (other start methods)."""
    content = _WORKER_CONTENT.get(folder)
    if content is None:
        from ..engine.compiler import load_content

        content = _WORKER_CONTENT[folder] = load_content(Path(folder))
    return content


def _worker_batch(
    folder: str, indices: range, seed: int, mode: str, weights: Weights | None
) -> list[RunResult]:
    content = _content(folder)
    return [play_one(content, i, seed, mode, weights) for i in indices]


def _tally_batch(
    content: Content, indices: range, seed: int, mode: str, weights: Weights | None
) -> tuple[Tally, Counter[tuple[str, str | None]]]:
    """A batch's tally, and how often it chose each action (what coverage mode weighs)."""
    tally: Tally = Tally()
    chosen: Counter[tuple[str, str | None]] = Counter()
    for index in indices:
        result = play_one(content, index, seed, mode, weights)
        tally.add(result)
        if mode == "coverage":
            chosen.update(result.chosen)
    return tally, chosen


_SENT: dict[str, set[str]] = {}
"""The lines this worker has already sent back, by playtest: most lines are spoken in every
batch, and the report only counts the distinct ones, so each is sent once per worker."""


def _worker_tally(
    playtest_id: str, folder: str, indices: range, seed: int, mode: str, weights: Weights | None
) -> tuple[Tally, Counter[tuple[str, str | None]]]:
    tally, chosen = _tally_batch(_content(folder), indices, seed, mode, weights)
    if playtest_id not in _SENT:  # a new playtest in this worker: forget the last one's lines
        _SENT.clear()
        _SENT[playtest_id] = set()
    sent = _SENT[playtest_id]
    tally.said -= sent
    sent |= tally.said
    return tally, chosen


@contextmanager
def _workers(content: Content, jobs: int) -> Iterator[ProcessPoolExecutor | None]:
    """A pool of `jobs` worker processes, or None for one process."""
    if jobs <= 1:
        yield None
        return
    # Workers started by fork inherit the compiled scenario, its tables already built,
    # instead of each loading and compiling it again (elsewhere they load it from its folder).
    _WORKER_CONTENT[str(content.folder)] = content
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_watch_parent, initargs=(os.getpid(),))
    try:
        yield pool
    finally:
        pool.shutdown(cancel_futures=True)


def _rounds(runs: int, mode: str) -> list[range]:
    """Uniform runs are one round; coverage runs go in rounds that weigh only earlier rounds."""
    from .playtest import ROUND

    if mode == "uniform":
        return [range(runs)] if runs else []
    return [range(start, min(runs, start + ROUND)) for start in range(0, runs, ROUND)]


def _batches(indices: range) -> list[range]:
    return [indices[i : i + BATCH] for i in range(0, len(indices), BATCH)]


def _weights(chosen: Counter[tuple[str, str | None]], played: int, mode: str) -> Weights | None:
    return {a: n / max(1, played) for a, n in chosen.items()} if mode == "coverage" else None


def iter_runs(
    content: Content, runs: int, seed: int = 0, jobs: int = 1, mode: str = "uniform"
) -> Iterator[RunResult]:
    """Every run, in index order, as it finishes; the same sequence whatever `jobs` is.

    Nothing is kept but what coverage mode needs (how often each action was chosen), so a
    100,000-run playtest uses as little memory as a 1,000-run one.
    """
    chosen: Counter[tuple[str, str | None]] = Counter()
    played = 0
    with _workers(content, jobs) as pool:
        for indices in _rounds(runs, mode):
            weights = _weights(chosen, played, mode)
            batches = _batches(indices)
            results: Iterator[RunResult]
            if pool is None:
                results = (play_one(content, i, seed, mode, weights) for b in batches for i in b)
            else:
                folder = str(content.folder)
                lists = _pooled(pool, _worker_batch, folder, batches, seed, mode, weights, jobs)
                results = (result for batch in lists for result in batch)
            for result in results:
                played += 1
                if mode == "coverage":
                    chosen.update(result.chosen)
                yield result


def tally_runs(
    content: Content,
    runs: int,
    seed: int = 0,
    jobs: int = 1,
    mode: str = "uniform",
    advance: Callable[[int], object] | None = None,
) -> Tally:
    """The tally of every run, batch by batch; the same whatever `jobs` is. `advance` is told
    how many runs each batch added (a progress bar)."""
    tally = Tally()
    chosen: Counter[tuple[str, str | None]] = Counter()
    with _workers(content, jobs) as pool:
        for indices in _rounds(runs, mode):
            weights = _weights(chosen, tally.runs, mode)
            batches = _batches(indices)
            parts: Iterator[tuple[Tally, Counter[tuple[str, str | None]]]]
            if pool is None:
                parts = (_tally_batch(content, b, seed, mode, weights) for b in batches)
            else:
                work = partial(_worker_tally, f"{os.getpid()}:{next(_PLAYTESTS)}")
                folder = str(content.folder)
                parts = _pooled(pool, work, folder, batches, seed, mode, weights, jobs)
            for part, part_chosen in parts:
                tally.merge(part)
                chosen.update(part_chosen)
                if advance is not None:
                    advance(part.runs)
    return tally


def _pooled(
    pool: Executor,
    work: Callable[[str, range, int, str, Weights | None], Batch],
    folder: str,
    batches: Sequence[range],
    seed: int,
    mode: str,
    weights: Weights | None,
    jobs: int,
) -> Iterator[Batch]:
    """What `work` gives for each batch, in order, with a bounded number in flight (memory
    stays flat)."""
    window: deque[Future[Batch]] = deque()
    pending = iter(batches)
    for batch in pending:
        window.append(pool.submit(work, folder, batch, seed, mode, weights))
        if len(window) >= 4 * jobs:
            break
    while window:
        yield window.popleft().result()
        following = next(pending, None)
        if following is not None:
            window.append(pool.submit(work, folder, following, seed, mode, weights))


def run_many(
    content: Content, runs: int, seed: int = 0, jobs: int = 1, mode: str = "uniform"
) -> list[RunResult]:
    """All runs as a list (for tests and small numbers of runs)."""
    return list(iter_runs(content, runs, seed, jobs, mode))
