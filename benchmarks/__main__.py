"""The speed figures: `python -m benchmarks [--quick] [--json FILE]`.

Each figure is the median of several runs. Where a figure has a natural floor, the floor is
measured in the same run and the figure is also given as a ratio to it, because these machines
are noisy and a ratio travels better than a number of milliseconds. The results are printed as a
table and written as JSON (by default to benchmarks/results/latest.json).

| figure | target |
| --- | --- |
| engine time per step on vienna-2022, random legal actions (lean: in place, by tuple; with transcript) | <= 10 us, <= 3.5x its floor |
| playtest games per second, one process (CPU time) | >= 4,000 (or >= 45,000 actions/s) |
| playtest, two processes against one | >= 1.7x |
| app start to first full frame in a real terminal (tmux), against a minimal Textual app | <= 1.2x |
| key press to refreshed table, in the app (Pilot) | <= 16 ms |
| chair check content/vienna-2022, against python -c "import pydantic, yaml" | <= 2x |
| peak memory: playing; a 100,000-run playtest | <= 150 MB; flat in the number of runs |
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import random
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VIENNA = ROOT / "content" / "vienna-2022"


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    target: str
    met: bool
    floor: float | None = None  # the natural floor, measured in the same run
    ratio: float | None = None  # value / floor
    note: str = ""


def median_of(runs: int, measure) -> float:
    return statistics.median(measure() for _ in range(runs))


def medians_alternating(runs: int, measure, floor) -> tuple[float, float]:
    """Medians of `measure` and of its `floor`, run in turn: on a machine whose speed drifts
    within a minute, a figure and its floor measured one after the other see the same drift."""
    pairs = [(measure(), floor()) for _ in range(runs)]
    return statistics.median(a for a, _ in pairs), statistics.median(b for _, b in pairs)


# --------------------------------------------------------------------------- the engine


def _random_games(content, count: int, seed: int = 1) -> list[tuple[int, list]]:
    from scenario.engine.game import legal_actions, new_state, step
    from scenario.engine.layout import ENDED

    chooser = random.Random(seed)
    games = []
    for game_seed in range(count):
        state, actions = new_state(content, game_seed), []
        while not state[ENDED]:
            options = legal_actions(content, state)
            action = options[-1] if chooser.random() < 0.02 else chooser.choice(options[:-1])
            state, _ = step(content, state, action)
            actions.append(action)
        games.append((game_seed, actions))
    return games


def engine_step(quick: bool) -> list[Figure]:
    """Time per step replaying random games, against copying and updating a state-sized dict:
    the full step (`step`, with the transcript the app and `Game` keep), the lean step on one
    list for a whole game (`advance_in_place`, which playtest plays by) and the lean step from
    a state tuple to a new one (`advance`, which search uses: it keeps the states it branches
    from). All three reach the same states, and the lean ones keep no transcript. Opening each
    game (drawing its hidden values) is counted in, spread over its steps. Timed in CPU time
    (`process_time`), as is the floor: on a shared machine, time spent waiting for a core is
    neither the engine's nor the floor's."""
    from scenario.engine.compiler import load_content
    from scenario.engine.game import advance, advance_in_place, new_state, step

    content = load_content(VIENNA)
    games = _random_games(content, 300 if quick else 2000)
    steps = sum(len(actions) for _, actions in games)

    def replay() -> float:
        started = time.process_time()
        for game_seed, actions in games:
            state = new_state(content, game_seed)
            for action in actions:
                state, _ = step(content, state, action)
        return (time.process_time() - started) / steps * 1e6

    def lean() -> float:
        started = time.process_time()
        for game_seed, actions in games:
            state = new_state(content, game_seed)
            for action in actions:
                state = advance(content, state, action)
        return (time.process_time() - started) / steps * 1e6

    def in_place() -> float:
        started = time.process_time()
        for game_seed, actions in games:
            held = list(new_state(content, game_seed))
            for action in actions:
                advance_in_place(content, held, action)
        return (time.process_time() - started) / steps * 1e6

    size = content.size

    def floor() -> float:  # a bare dict-copy-and-update step on a state this size
        state = {f"slot{i}": i for i in range(size)}
        started = time.process_time()
        for _ in range(steps):
            state = {**state, "slot0": state["slot0"] + 1}
            state = {**state, "slot5": state["slot5"] - 1}
            state = {**state, "slot9": 3}
        return (time.process_time() - started) / steps * 1e6

    lean(), in_place()  # each action's lean step is written out when first taken: not timed
    runs = 5 if quick else 15
    fulls, leans, helds, floors = [], [], [], []
    for _ in range(runs):  # interleaved, so that all four see the same noise
        fulls.append(replay())
        leans.append(lean())
        helds.append(in_place())
        floors.append(floor())
    full, light, held, bare = (statistics.median(x) for x in (fulls, leans, helds, floors))
    note = (
        f"{steps:,} steps of random play ({steps / len(games):.1f} a game); floor: "
        f"copy-and-update a {size}-key dict three times"
    )
    target = "<= 10 us and <= 3.5x the floor"
    return [
        Figure(
            "engine step, lean, one list a game (playtest)",
            held,
            "us",
            target,
            held <= 10 and held / bare <= 3.5,
            bare,
            held / bare,
            note,
        ),
        Figure(
            "engine step, lean, a new tuple a step (search)",
            light,
            "us",
            target,
            light <= 10 and light / bare <= 3.5,
            bare,
            light / bare,
        ),
        Figure(
            "engine step, with its transcript (the app)",
            full,
            "us",
            "none: for information (the step's target is playtest's and search's, which may "
            "keep no transcript)",
            True,
            bare,
            full / bare,
        ),
    ]


def _playtest_rate(content, runs: int, jobs: int) -> tuple[float, float, float]:
    """Games a second, actions a second, and CPU seconds a game (this process and its workers),
    of what `chair playtest` does: play the games and tally the report's figures."""
    import resource

    from scenario.tools.playtest_runs import tally_runs

    before = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    actions = tally_runs(content, runs, seed=3, jobs=jobs).actions
    took = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = sum(
        (a.ru_utime + a.ru_stime) - (b.ru_utime + b.ru_stime)
        for a, b in zip(after, before, strict=True)
    )
    return runs / took, actions / took, cpu / runs


def playtest_speed(quick: bool) -> list[Figure]:
    import os

    from scenario.engine.compiler import load_content

    content = load_content(VIENNA)
    runs = 1000 if quick else 5000
    ones, twos = [], []
    loads = [os.getloadavg()[0]] if hasattr(os, "getloadavg") else []
    for _ in range(3):  # in turns: one process, then two
        ones.append(_playtest_rate(content, runs, 1))
        twos.append(_playtest_rate(content, runs, 2))
    if loads:
        loads.append(os.getloadavg()[0])
    one, one_actions, one_cpu = (statistics.median(x) for x in zip(*ones, strict=True))
    two, _, two_cpu = (statistics.median(x) for x in zip(*twos, strict=True))
    per_game = one_actions / one
    # one process's throughput in CPU time, as the engine's step is timed: on a shared machine,
    # time spent waiting for a core is not the playtest's (the wall-clock rate is in the note)
    cpu_games, cpu_actions = 1 / one_cpu, per_game / one_cpu
    return [
        Figure(
            "playtest games per second, one process (CPU time)",
            cpu_games,
            "games/s",
            ">= 4,000, or >= 45,000 actions/s",
            cpu_games >= 4000 or cpu_actions >= 45_000,
            note=f"{cpu_actions:,.0f} actions a second, {per_game:.1f} actions a game; "
            f"by the wall clock {one:,.0f} games, {one_actions:,.0f} actions a second",
        ),
        Figure(
            "playtest games per second, two processes",
            two,
            "games/s",
            ">= 1.7x one process",
            two / one >= 1.7,
            one,
            two / one,
            f"CPU time a game: {two_cpu * 1e6:,.0f} us with two processes against "
            f"{one_cpu * 1e6:,.0f} us with one ({one_cpu / two_cpu:.0%} as efficient): what "
            "two free cores would give; the ratio measured depends on what else the machine runs"
            + (
                f" (load average {loads[0]:.1f} before, {loads[1]:.1f} after, on "
                f"{os.cpu_count()} cores)"
                if loads
                else ""
            ),
        ),
    ]


# --------------------------------------------------------------------------- processes


def _wall(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - started


def app_start(quick: bool) -> Figure:
    runs = 5 if quick else 11
    _wall([sys.executable, "-m", "benchmarks.app_start", "chair"])  # warm the scenario cache
    chair, minimal = medians_alternating(
        runs,
        lambda: _wall([sys.executable, "-m", "benchmarks.app_start", "chair"]),
        lambda: _wall([sys.executable, "-m", "benchmarks.app_start", "minimal"]),
    )
    ratio = chair / minimal
    return Figure(
        "app start to the complete title screen, headless",
        chair * 1000,
        "ms",
        "none: for information",
        True,
        minimal * 1000,
        ratio,
        "the scenario loaded before the app starts, the cache warm; both started headless the "
        "same way. The target is the first frame in a real terminal (next figure), where "
        "`chair` loads the scenario after its first frame",
    )


def terminal_start(quick: bool) -> list[Figure]:
    """The first frame in a real terminal (tmux), against the minimal app, in turns; and the
    title screen complete (the scenario loaded just after the first frame)."""
    from benchmarks import terminal_start as terminal

    if not terminal.available():
        return []
    times = terminal.measure(5 if quick else 11)
    minimal = statistics.median(times["minimal"])
    figures = []
    for kind, name, target in (
        ("chair", "first frame in a real terminal (tmux)", "<= 1.2x a minimal Textual app"),
        (
            "chair, complete",
            "title screen complete in a real terminal (tmux)",
            "none: for information",
        ),
    ):
        ratios = terminal.ratios(times, kind)
        ratio = statistics.median(ratios)
        figures.append(
            Figure(
                name,
                statistics.median(times[kind]) * 1000,
                "ms",
                target,
                ratio <= 1.2 if kind == "chair" else True,
                minimal * 1000,
                ratio,
                "`chair` as a player starts it, against the minimal app, started in turns; the "
                f"ratio is the median of each round's ({min(ratios):.2f}-{max(ratios):.2f}x)"
                + _processor_time(times, kind),
            )
        )
    return figures


def _processor_time(times: dict[str, list[float]], kind: str) -> str:
    """The ratio of processor time at the first frame, which the machine's load hardly moves."""
    from benchmarks import terminal_start as terminal

    cpu = f"{kind}, processor time"
    if cpu not in times or "minimal, processor time" not in times:
        return ""
    ratio = statistics.median(terminal.ratios(times, cpu, "minimal, processor time"))
    return f"; processor time to the first frame {ratio:.2f}x the minimal app's"


def check_speed(quick: bool) -> list[Figure]:
    """`chair check` against importing pydantic and YAML: unchanged since it last checked clean
    (answered from the cache, as a linter would), and from scratch (--fresh)."""
    runs = 5 if quick else 11
    chair = str(Path(sys.executable).with_name("chair"))
    figures = []
    for label, extra in (("unchanged", []), ("from scratch, --fresh", ["--fresh"])):
        took, floor = medians_alternating(  # in turns: the machine's drift hits both alike
            runs,
            lambda extra=extra: _wall([chair, "check", "-q", *extra, str(VIENNA)]),
            lambda: _wall([sys.executable, "-c", "import pydantic, yaml"]),
        )
        ratio = took / floor
        target = '<= 2x python -c "import pydantic, yaml"'
        figures.append(
            Figure(
                f"chair check vienna-2022 ({label})",
                took * 1000,
                "ms",
                target,
                ratio <= 2,
                floor * 1000,
                ratio,
            )
        )
    return figures


def _peak_mb(code: str) -> float:
    """Peak resident memory of a fresh process running `code`.

    Read from /proc/self/status (VmHWM), not getrusage: on Linux a child's ru_maxrss starts at
    its parent's, which here is the benchmark itself, grown by the app.
    """
    script = (
        f"{code}\n"
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM:')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, check=True, capture_output=True, text=True
    )
    return int(out.stdout.strip().splitlines()[-1]) / 1024  # kB


def memory(quick: bool) -> list[Figure]:
    large = 20_000 if quick else 100_000
    small = large // 5  # past the first few thousand runs, whose counters are still filling
    run = (
        "from scenario.engine.compiler import load_content\n"
        "from scenario.tools.playtest import playtest\n"
        f"playtest(load_content(__import__('pathlib').Path({str(VIENNA)!r})), {{runs}}, progress=False)"
    )
    few, many = _peak_mb(run.format(runs=small)), _peak_mb(run.format(runs=large))
    playing = _peak_mb("import asyncio, benchmarks.app_play as p\nasyncio.run(p.play_a_game())")
    growth = many / few
    return [
        Figure(
            "peak memory, playing a game in the app", playing, "MB", "<= 150 MB", playing <= 150
        ),
        Figure(
            f"peak memory, a {large:,}-run playtest",
            many,
            "MB",
            "<= 150 MB, flat in runs",
            many <= 150 and growth <= 1.1,
            few,
            growth,
            f"against {small:,} runs",
        ),
    ]


# --------------------------------------------------------------------------- the app, in process


def key_press(quick: bool) -> Figure:
    from benchmarks.app_play import (
        DIALOG,
        TABLE_KINDS,
        chair_latencies,
        floor_latencies,
        least_latencies,
        percentile,
    )

    # In turns, so that the app and its floors see the same drift of the machine's speed.
    rounds, presses = (1, 8) if quick else (3, 10)
    timings: dict[str, list[float]] = {}
    floors: list[float] = []
    leasts: list[float] = []
    for _ in range(rounds):
        for kind, values in asyncio.run(chair_latencies(presses)).items():
            timings.setdefault(kind, []).extend(values)
        floors += asyncio.run(floor_latencies(2 * presses))
        leasts += asyncio.run(least_latencies(2 * presses))
    acting = [t for kind in TABLE_KINDS for t in timings.get(kind, [])]
    floor = statistics.median(floors)
    least = statistics.median(leasts)
    value = statistics.median(acting)
    opening = statistics.median(timings["open a choice"])
    closing = statistics.median(timings["close a dialog"])
    dialog = statistics.median(timings[DIALOG])
    return Figure(
        "key press to refreshed table (Pilot)",
        value,
        "ms",
        "<= 16 ms",
        value <= 16,
        floor,
        value / floor,
        f"first frame after an action's key, {len(acting)} presses over several games of "
        f"vienna-2022 (90% within {percentile(acting, 0.9):.0f} ms); floor: a plain Textual app "
        f"redrawing a screen like the table's; one Textual widget changing all its 30 lines: "
        f"{least:.0f} ms; opening a choice: {opening:.0f} ms; closing a dialog: {closing:.0f} ms; "
        f"a consultation's dialog on screen: {dialog:.0f} ms",
    )


# --------------------------------------------------------------------------- running


def compiled() -> None:
    """Compile the project's modules to bytecode before anything is timed, as installing it
    does: with PYTHONDONTWRITEBYTECODE set (some shells and containers set it), a module never
    imported before would be compiled from source in every process the benchmarks start, which
    once put 15-20 ms on `chair check` and on the app's start."""
    import compileall

    for package in ("chair", "scenario", "tui"):
        compileall.compile_dir(ROOT / package, quiet=1)


def main() -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--quick", action="store_true", help="fewer runs: under 30 seconds")
    parser.add_argument(
        "--json", type=Path, default=ROOT / "benchmarks" / "results" / "latest.json"
    )
    args = parser.parse_args()
    compiled()
    started = time.perf_counter()
    figures: list[Figure] = []
    for measure in (
        engine_step,
        playtest_speed,
        key_press,
        app_start,
        terminal_start,
        check_speed,
        memory,
    ):
        found = measure(args.quick)
        figures.extend(found if isinstance(found, list) else [found])
    elapsed = time.perf_counter() - started
    print(table(figures))
    print(f"\n{machine()}; {elapsed:.0f} s{' (quick)' if args.quick else ''}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "machine": machine(),
                "quick": args.quick,
                "seconds": round(elapsed, 1),
                "figures": [asdict(f) for f in figures],
            },
            indent=2,
        )
        + "\n"
    )
    return 0


def table(figures: list[Figure]) -> str:
    lines = [
        f"{'figure':<44} {'value':>12} {'floor':>10} {'ratio':>7}  {'target':<34} ok",
        "-" * 112,
    ]
    for f in figures:
        floor = f"{f.floor:,.1f}" if f.floor is not None else ""
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else ""
        lines.append(
            f"{f.name:<44} {f.value:>9,.1f} {f.unit:<3}{floor:>9} {ratio:>7}  {f.target:<34} {'yes' if f.met else 'NO'}"
        )
        if f.note:
            lines.append(f"{'':<46}{f.note}")
    return "\n".join(lines)


def machine() -> str:
    import os

    return f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores, {platform.system()}"


if __name__ == "__main__":
    sys.exit(main())
