"""A playtest's report: its figures, tallied run by run, and the text a person reads.

The figures are counters, so a playtest of 100,000 games takes as little memory as one of 1,000,
and the tallies of batches played in different processes merge into the same report.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..engine.content import Content
    from .playtest import RunResult

_DIGITS = re.compile(r"\d+")
KEPT_ERRORS = 20
"""Failed runs kept whole (seed and actions) for the report; the rest are counted."""


@dataclass
class Tally:
    """The report's figures, accumulated run by run in constant memory.

    Tallies merge: a worker process tallies its own batch of runs and sends back this, a few
    counters, instead of every run's result, and the parent merges the batches in the order of
    their runs. Every figure is a sum, a union or (the first errors) kept in run order, so the
    merged tally is the one a single process would have made.
    """

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
            if len(self.errors) < KEPT_ERRORS:
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
        # only the delegations that answered or blocked are counted: a counter reads a missing
        # key as 0, and most games have no roll-call at all, or one with few blocks
        for index, given in enumerate(result.answered):
            if given:
                self.answers[index] += given
        for index, blocked in enumerate(result.blocked):
            if blocked:
                self.blocks[index] += blocked
                self.blocking_games[index] += 1
        meters = self.meters
        for index, value in enumerate(result.meters):
            counts = meters.get(index)
            if counts is None:  # not `setdefault`, which would build a Counter every time
                counts = meters[index] = Counter()
            counts[value] += 1
        self.said.update(result.said)

    def merge(self, other: Tally) -> None:
        """Add the tally of the runs that come after this one's."""
        self.runs += other.runs
        self.error_count += other.error_count
        self.errors.extend(other.errors[: max(0, KEPT_ERRORS - len(self.errors))])
        for mine, theirs in (
            (self.endings, other.endings),
            (self.scores, other.scores),
            (self.lengths, other.lengths),
            (self.clocks, other.clocks),
            (self.fired_games, other.fired_games),
            (self.adopted_games, other.adopted_games),
            (self.walked_games, other.walked_games),
            (self.blocking_games, other.blocking_games),
            (self.answers, other.answers),
            (self.blocks, other.blocks),
        ):
            mine.update(theirs)
        self.fired |= other.fired
        self.adopted |= other.adopted
        for index, values in other.meters.items():
            self.meters.setdefault(index, Counter()).update(values)
        self.said |= other.said

    @property
    def actions(self) -> int:
        """The actions of every game that played to its end."""
        return sum(length * games for length, games in self.lengths.items())

    def report(self, content: Content, seconds: float, seed: int, mode: str) -> dict[str, Any]:
        """The playtest report as plain data (what `--json` prints)."""
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
    median = int(_median(counts) or 0)  # never None: counts is not empty
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
