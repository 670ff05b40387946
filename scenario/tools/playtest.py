"""Playtesting: thousands of random games, and what they say about a scenario's balance.

Run *i* of a playtest with seed *S* is a pure function of (S, i): its game seed and its chooser
are derived from them, so a report does not depend on how runs are spread over processes, and
any run can be reproduced alone (errors are reported with the seed and the actions).

Two ways of choosing:

- ``uniform``: every legal action equally likely, except adjourning, which a random chair does
  with a chance of `ADJOURN_CHANCE` at each action; otherwise it plays on until the clock or an
  ending closes the session. (With adjourn one choice in a dozen, uniform games would mostly end
  before ten o'clock; never adjourning would leave the reactions to an adjournment untested.)
- ``coverage``: prefers the actions chosen least often so far: an action's odds fall with how
  often earlier rounds chose it per game and how often this game already has. Runs go in
  rounds of `ROUND` runs, and a round only looks at earlier rounds, so the report still does
  not depend on the number of processes.

Coverage is read from the final states themselves: every reaction and event has a counter in
the state, every measure an "adopted" flag, so nothing is instrumented.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import sys
import time
from collections import Counter, deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..engine.actions import Action
from ..engine.content import Content
from ..engine.game import advance, legal_actions, new_state
from ..engine.layout import ADOPTED, ANSWER, BLOCK, CLOCK, ENDED, NO_ANSWER
from ..engine.scoring import score

ROUND = 256
_DIGITS = re.compile(r"\d+")
MODES = ("uniform", "coverage")
ADJOURN_CHANCE = 0.02


def run_seed(seed: int, index: int) -> int:
    """The seed of run `index` of a playtest seeded `seed` (stable across processes)."""
    digest = hashlib.sha256(f"chair-playtest:{seed}:{index}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


@dataclass(frozen=True)
class RunResult:
    index: int
    seed: int
    ending: str | None
    score: int
    actions: int
    clock: int
    fired: tuple[int, ...]  # indices of rules that fired
    adopted: tuple[int, ...]  # indices of measures adopted
    chosen: tuple[tuple[str, str | None], ...]  # (verb, target) of every action, for coverage
    error: str | None = None
    log: tuple[str, ...] = ()  # the actions, kept only when the run failed
    walked: tuple[int, ...] = ()  # indices of delegations that walked out (at any time)
    answered: tuple[int, ...] = ()  # by delegation index: answers given in roll-calls
    blocked: tuple[int, ...] = ()  # by delegation index: blocks among them
    meters: tuple[int, ...] = ()  # each meter at the close, in the scenario's order
    said: frozenset[str] = frozenset()  # the texts of speech and private lines


def play_one(
    content: Content, index: int, seed: int, mode: str, weights: dict | None = None
) -> RunResult:
    """One random game; never raises (an engine error is returned as the result's `error`)."""
    game_seed = run_seed(seed, index)
    chooser = random.Random(game_seed)
    state = new_state(content, game_seed)
    taken: list[Action] = []
    used: Counter = Counter()
    index_of = {d.id: d.index for d in content.delegations}
    walked: set[int] = set()
    answered = [0] * len(content.delegations)
    blocked = [0] * len(content.delegations)
    said: set[str] = set()
    answers = tuple(d.base + ANSWER for d in content.delegations)
    spoken: list = []
    try:
        while not state[ENDED]:
            options = legal_actions(content, state)
            if chooser.random() < ADJOURN_CHANCE:
                action = options[-1]  # adjourn is always legal and always last
            else:
                action = _choose(options[:-1], chooser, mode, used, weights)
            if weights is not None:  # only coverage reads how often this game chose it
                used[action.verb, action.target] += 1
            taken.append(action)
            # the lean step: the same states as `step`, with only the lines said and the
            # walk-outs written (see `advance`); a roll-call's answers are read from the state
            state = advance(content, state, action, spoken)
            if action.verb == "consensus":
                for i, slot in enumerate(answers):
                    code = state[slot]
                    if code != NO_ANSWER:  # it was at the table and answered
                        answered[i] += 1
                        if code == BLOCK:
                            blocked[i] += 1
            if spoken:
                for entry in spoken:  # by index: a named tuple's fields are slower to read
                    if entry[0] == "walkout":
                        walked.add(index_of[entry[6]])
                    else:
                        said.add(entry[2])  # numbers are masked once, in the report
                spoken.clear()
    except Exception as exc:  # a content error the checker could not see: report, do not crash
        return RunResult(
            index,
            game_seed,
            None,
            0,
            len(taken),
            state[CLOCK],
            (),
            (),
            (),
            f"{type(exc).__name__}: {exc}",
            tuple(map(str, taken)),
        )
    ending = content.endings[state[ENDED] - 1].id
    return RunResult(
        index=index,
        seed=game_seed,
        ending=ending,
        score=score(content, state).total,
        actions=len(taken),
        clock=state[CLOCK],
        fired=tuple(i for i, slot in enumerate(content.tables.rule_slots) if state[slot]),
        adopted=tuple(m.index for m in content.measures if state[m.base + ADOPTED]),
        chosen=tuple((a.verb, a.target) for a in taken),
        walked=tuple(sorted(walked)),
        answered=tuple(answered),
        blocked=tuple(blocked),
        meters=tuple(state[m.slot] for m in content.meters.values()),
        said=frozenset(said),
    )


def _choose(
    options: list[Action], chooser: random.Random, mode: str, used: Counter, weights: dict | None
) -> Action:
    if mode == "uniform" or weights is None:
        return chooser.choice(options)
    # coverage: the less an action was used (per game, in earlier rounds) and in this game, the
    # likelier it is; soft, so that one rare action does not take over a whole round
    odds = [
        1.0 / ((1.0 + weights.get((a.verb, a.target), 0.0)) * (1 + used[a.verb, a.target]))
        for a in options
    ]
    return chooser.choices(options, odds)[0]


# --------------------------------------------------------------------------- running many


_WORKER_CONTENT: dict[str, Content] = {}
BATCH = 64
"""Runs sent to a worker process at a time."""


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, which a container or `taskset`
    may narrow), not the machine's count."""
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


def _worker_batch(
    folder: str, indices: range, seed: int, mode: str, weights: dict | None
) -> list[RunResult]:
    from ..engine.compiler import load_content

    content = _WORKER_CONTENT.get(folder)
    if content is None:
        content = _WORKER_CONTENT[folder] = load_content(Path(folder))
    return [play_one(content, i, seed, mode, weights) for i in indices]


def iter_runs(
    content: Content, runs: int, seed: int = 0, jobs: int = 1, mode: str = "uniform"
) -> Iterator[RunResult]:
    """Every run, in index order, as it finishes; the same sequence whatever `jobs` is.

    Nothing is kept but what coverage mode needs (how often each action was chosen), so a
    100,000-run playtest uses as little memory as a 1,000-run one.
    """
    chosen: Counter = Counter()
    played = 0
    rounds = [range(start, min(runs, start + ROUND)) for start in range(0, runs, ROUND)]
    if mode == "uniform":
        rounds = [range(runs)] if runs else []
    pool = None
    if jobs > 1:
        # Workers started by fork inherit the compiled scenario, its tables already built,
        # instead of each loading and compiling it again (elsewhere they load it from its folder).
        _WORKER_CONTENT[str(content.folder)] = content
        pool = ProcessPoolExecutor(
            max_workers=jobs, initializer=_watch_parent, initargs=(os.getpid(),)
        )
    try:
        for indices in rounds:
            weights = (
                {a: n / max(1, played) for a, n in chosen.items()} if mode == "coverage" else None
            )
            batches = [indices[i : i + BATCH] for i in range(0, len(indices), BATCH)]
            if pool is None:
                results = (play_one(content, i, seed, mode, weights) for b in batches for i in b)
            else:
                results = _pooled(pool, str(content.folder), batches, seed, mode, weights, jobs)
            for result in results:
                played += 1
                if mode == "coverage":
                    chosen.update(result.chosen)
                yield result
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _pooled(
    pool, folder: str, batches: list[range], seed: int, mode: str, weights: dict | None, jobs: int
) -> Iterator[RunResult]:
    """Results of the batches in order, with a bounded number in flight (memory stays flat)."""
    window = deque()
    pending = iter(batches)
    for batch in pending:
        window.append(pool.submit(_worker_batch, folder, batch, seed, mode, weights))
        if len(window) >= 4 * jobs:
            break
    while window:
        yield from window.popleft().result()
        following = next(pending, None)
        if following is not None:
            window.append(pool.submit(_worker_batch, folder, following, seed, mode, weights))


def run_many(
    content: Content, runs: int, seed: int = 0, jobs: int = 1, mode: str = "uniform"
) -> list[RunResult]:
    """All runs as a list (for tests and small numbers of runs)."""
    return list(iter_runs(content, runs, seed, jobs, mode))


# --------------------------------------------------------------------------- the report


@dataclass
class Tally:
    """The report's figures, accumulated run by run in constant memory."""

    content: Content
    runs: int = 0
    endings: Counter = field(default_factory=Counter)
    scores: Counter = field(default_factory=Counter)
    lengths: Counter = field(default_factory=Counter)
    clocks: Counter = field(default_factory=Counter)
    fired: set[int] = field(default_factory=set)
    adopted: set[int] = field(default_factory=set)
    errors: list[RunResult] = field(default_factory=list)
    error_count: int = 0
    fired_games: Counter = field(default_factory=Counter)  # rule index -> games it fired in
    adopted_games: Counter = field(default_factory=Counter)  # measure index -> games
    walked_games: Counter = field(default_factory=Counter)  # delegation index -> games
    blocking_games: Counter = field(default_factory=Counter)  # delegation index -> games
    answers: Counter = field(default_factory=Counter)  # delegation index -> answers given
    blocks: Counter = field(default_factory=Counter)  # delegation index -> blocks
    meters: dict[int, Counter] = field(default_factory=dict)  # meter index -> value -> games
    said: set[str] = field(default_factory=set)

    def add(self, result: RunResult) -> None:
        self.runs += 1
        if result.error is not None:
            self.error_count += 1
            if len(self.errors) < 20:
                self.errors.append(result)
            return
        self.endings[result.ending] += 1
        self.scores[result.score] += 1
        self.lengths[result.actions] += 1
        self.clocks[result.clock] += 1
        self.fired.update(result.fired)
        self.adopted.update(result.adopted)
        self.fired_games.update(result.fired)
        self.adopted_games.update(result.adopted)
        self.walked_games.update(result.walked)
        for index, (given, blocked) in enumerate(zip(result.answered, result.blocked, strict=True)):
            self.answers[index] += given
            self.blocks[index] += blocked
            if blocked:
                self.blocking_games[index] += 1
        for index, value in enumerate(result.meters):
            self.meters.setdefault(index, Counter())[value] += 1
        self.said.update(result.said)

    def report(self, seconds: float, seed: int, mode: str) -> dict[str, Any]:
        """The playtest report as plain data (what `--json` prints)."""
        content = self.content
        rules = content.all_rules()
        ok = self.runs - self.error_count

        def share(count: int) -> float:
            return round(count / max(1, ok), 4)

        return {
            "scenario": content.id,
            "runs": self.runs,
            "seed": seed,
            "mode": mode,
            "endings": {
                e.id: {
                    "title": e.title,
                    "count": self.endings[e.id],
                    "share": round(self.endings[e.id] / max(1, ok), 4),
                }
                for e in content.endings
            },
            "score": _distribution(self.scores) | {"histogram": _histogram(self.scores)},
            "length": {
                "actions": _distribution(self.lengths),
                "closing_time": _clock_distribution(self.clocks),
            },
            "never_fired": {
                "reactions": [
                    r.id
                    for i, r in enumerate(rules)
                    if r.kind == "reaction" and i not in self.fired
                ],
                "events": [
                    r.id for i, r in enumerate(rules) if r.kind == "event" and i not in self.fired
                ],
                "endings": [e.id for e in content.endings if self.endings[e.id] == 0],
                "measures_never_adopted": [
                    m.id for m in content.measures if m.index not in self.adopted
                ],
            },
            "rates": {
                "endings": {e.id: share(self.endings[e.id]) for e in content.endings},
                "measures_adopted": {
                    m.id: share(self.adopted_games[m.index]) for m in content.measures
                },
                "reactions_fired": {
                    r.id: share(self.fired_games[i])
                    for i, r in enumerate(rules)
                    if r.kind == "reaction"
                },
                "events_fired": {
                    r.id: share(self.fired_games[i])
                    for i, r in enumerate(rules)
                    if r.kind == "event"
                },
            },
            "delegations": {
                d.id: {
                    "walkout_rate": share(self.walked_games[d.index]),
                    "games_with_a_block": share(self.blocking_games[d.index]),
                    "block_rate": round(self.blocks[d.index] / max(1, self.answers[d.index]), 4),
                    "answers": self.answers[d.index],
                }
                for d in content.delegations
            },
            "meters_at_close": {
                meter_id: {
                    key: value
                    for key, value in _distribution(self.meters.get(index, Counter())).items()
                    if key != "mean"
                }
                for index, meter_id in enumerate(content.meters)
            },
            "distinct_lines": len({_DIGITS.sub("#", text) for text in self.said}),
            "errors": [
                {"run": r.index, "seed": r.seed, "error": r.error, "actions": list(r.log)}
                for r in self.errors
            ],
            "error_count": self.error_count,
            "seconds": round(seconds, 3),
            "runs_per_second": round(self.runs / seconds, 1) if seconds > 0 else None,
        }


def _median(counts: Counter) -> float | None:
    """The median of values given as value -> how often (as `statistics.median` would give it)."""
    total = sum(counts.values())
    if not total:
        return None
    lower, upper = (total - 1) // 2, total // 2
    seen, low = 0, None
    for value in sorted(counts):
        seen += counts[value]
        if low is None and lower < seen:
            low = value
        if upper < seen:
            return low if low == value else (low + value) / 2
    return low


def _distribution(counts: Counter) -> dict[str, float | None]:
    if not counts:
        return {"min": None, "median": None, "max": None, "mean": None}
    total = sum(counts.values())
    return {
        "min": min(counts),
        "median": _median(counts),
        "max": max(counts),
        "mean": round(sum(v * n for v, n in counts.items()) / total, 2),
    }


def _clock_distribution(counts: Counter) -> dict[str, str | None]:
    if not counts:
        return {"min": None, "median": None, "max": None}
    median = int(_median(counts))
    return {
        key: f"{v // 60:02d}:{v % 60:02d}"
        for key, v in (("min", min(counts)), ("median", median), ("max", max(counts)))
    }


def _histogram(scores: Counter) -> dict[str, int]:
    buckets: Counter = Counter()
    for score_, count in scores.items():
        buckets[min(score_ // 10, 9)] += count
    return {f"{b * 10}-{b * 10 + 9 if b < 9 else 100}": buckets[b] for b in range(10)}


def text_report(data: dict[str, Any]) -> str:
    """The report for a person: endings, scores, length, coverage, errors, speed."""
    lines = [
        f"Playtest of {data['scenario']}: {data['runs']:,} games ({data['mode']}, seed {data['seed']})",
        "",
    ]
    lines.append("Endings")
    for ending_id, e in data["endings"].items():
        lines.append(
            f"  {e['title']:<44} {e['count']:>7,}  {e['share'] * 100:5.1f}%  ({ending_id})"
        )
    s = data["score"]
    lines += ["", f"Score   min {s['min']}  median {s['median']}  max {s['max']}  mean {s['mean']}"]
    peak = max(s["histogram"].values() or [1]) or 1
    for bucket, count in s["histogram"].items():
        lines.append(f"  {bucket:>6}  {'#' * round(40 * count / peak):<40} {count:,}")
    length = data["length"]
    lines += [
        "",
        f"Length  actions min {length['actions']['min']}  median {length['actions']['median']}  max {length['actions']['max']};"
        f" the session closed at {length['closing_time']['median']} (median)",
        "",
        "Never fired",
    ]
    for kind, ids in data["never_fired"].items():
        lines.append(f"  {kind.replace('_', ' ')}: {', '.join(ids) if ids else '-'}")
    rates = data.get("rates")
    if rates:
        for kind in ("measures_adopted", "reactions_fired", "events_fired"):
            lines += ["", f"Rates: {kind.replace('_', ' ')} (share of games)"]
            for item, rate in rates[kind].items():
                lines.append(f"  {item:<40} {rate * 100:5.1f}%")
    if data.get("delegations"):
        lines += ["", "Delegations     walked out  blocked in  blocks/answers"]
        for delegation, d in data["delegations"].items():
            lines.append(
                f"  {delegation:<14} {d['walkout_rate'] * 100:8.1f}%  {d['games_with_a_block'] * 100:8.1f}%"
                f"  {d['block_rate'] * 100:8.1f}%"
            )
    if data.get("meters_at_close"):
        lines += ["", "Meters at the close   min  median  max"]
        for meter, m in data["meters_at_close"].items():
            lines.append(f"  {meter:<18} {m['min']!s:>5} {m['median']!s:>7} {m['max']!s:>4}")
    if "distinct_lines" in data:
        lines += ["", f"Distinct lines spoken (numbers masked): {data['distinct_lines']:,}"]
    if data["error_count"]:
        lines += ["", f"Errors in {data['error_count']} games; the first:"]
        for error in data["errors"][:5]:
            lines.append(f"  run {error['run']} (game seed {error['seed']}): {error['error']}")
            lines.append(f"    actions: {', '.join(error['actions'])}")
    lines += ["", f"{data['runs_per_second']:,} games a second ({data['seconds']} s)"]
    return "\n".join(lines) + "\n"


def playtest(
    content: Content,
    runs: int,
    seed: int = 0,
    jobs: int = 1,
    mode: str = "uniform",
    progress: bool = True,
) -> dict[str, Any]:
    """Play `runs` games and report on them; progress, rate and time left on a terminal."""
    from .progress import progress as shown

    tally = Tally(content)
    started = time.perf_counter()
    with shown(runs, f"Playing {content.id}", "games", enabled=progress) as bar:
        for result in iter_runs(content, runs, seed, jobs, mode):
            tally.add(result)
            if tally.runs % BATCH == 0:
                bar.advance(BATCH)
        bar.advance(tally.runs % BATCH)
    return tally.report(time.perf_counter() - started, seed, mode)
