"""The first frame in a real terminal: `python -m benchmarks.terminal_start [--runs N]`.

The headless start (`benchmarks.app_start`) never talks to a terminal. Here each app runs in
tmux, a real terminal with its own screen, started in turns with a minimal Textual app (a
header, a label, an option list, a log and a footer), both at 100×30: the time is from asking
tmux to start the command to the moment tmux's screen shows the app's first full frame, read
with `capture-pane` every 2 ms. Both are then quit with Ctrl+Q. `chair` is started as a player
starts it, by its command, from a source checkout, with the scenario cache warm.

`chair` shows its title screen first and completes it just after (the scenario's title on the
tagline, what Continue resumes, the campaign): both moments are timed, the first frame (the logo
and the whole menu) and the complete title screen.

Each round starts every command once, in an order that alternates from round to round, after
one round that is not counted (it warms the caches and tmux). The ratio is taken within each
round, so that a drift of the machine's speed between rounds cancels out; the report gives
medians and the spread (lowest and highest), since a shared machine varies by a third.

On a busy machine the wall-clock times stretch with the processor time each start needs, so
the processor time the app's processes have used when its first frame is seen is reported too
(read from /proc, on Linux): it hardly moves with the machine's load. It is read a poll after
the frame, so for `chair`, which starts loading the moment its first frame is up, it includes a
little of that loading: it is an upper bound.

tmux runs on a server of its own (a private socket), which is stopped at the end; nothing of a
tmux the user runs is touched.
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (100, 30)
SOCKET = f"chair-bench-{os.getpid()}"
TIMEOUT = 30.0
POLL = 0.002

MINIMAL = """
from textual.app import App
from textual.widgets import Footer, Header, Label, Log, OptionList

class Minimal(App):
    def compose(self):
        yield Header()
        yield Label("A minimal app")
        yield OptionList("one", "two", "three")
        yield Log()
        yield Footer()

Minimal().run()
"""
MINIMAL_FRAME = ("A minimal app", "three")

# What `chair` has imported when it would take the terminal: its command, run where it must
# refuse to start the app (no terminal), lists the modules it imported that the minimal app
# does not need. Taken from the command itself, so that the breakdown follows its entry point.
WHAT_CHAIR_IMPORTS = """
import atexit, runpy, sys
before = set(sys.modules)
def listed():
    own = ("scenario", "tui", "pydantic", "pydantic_core", "yaml", "chair")
    print(" ".join(sorted(m for m in set(sys.modules) - before if m.split(".")[0] in own)),
          file=sys.__stdout__)
atexit.register(listed)
sys.argv = [sys.argv[1]]
runpy.run_path(sys.argv[0], run_name="__main__")
"""

LOADS = (
    "from scenario.engine.compiler import load_content\n"
    "from scenario.tools.finding import DEFAULT_SCENARIO, find_scenario\n"
    "load_content(find_scenario(DEFAULT_SCENARIO))\n"
)


@dataclass(frozen=True)
class Start:
    """A command to start, and what its screen shows at each moment timed (first is first)."""

    argv: list[str]
    moments: dict[str, tuple[str, ...]]
    folder: Path = ROOT


def checkout_command(folder: Path) -> list[str]:
    """`chair` as another source checkout has it (say, the code before a change), run with
    this Python: its command-line module, with the checkout first on the import path."""
    module = "chair" if (folder / "chair" / "__main__.py").is_file() else "scenario.tools.cli"
    return ["env", f"PYTHONPATH={folder}", sys.executable, "-m", module]


def chair_command() -> str:
    return str(Path(sys.executable).with_name("chair"))


def chair_imports() -> str:
    """An import statement for what `chair` imports before it takes the terminal."""
    found = subprocess.run(
        [sys.executable, "-c", WHAT_CHAIR_IMPORTS, chair_command()],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        cwd=ROOT,
    )
    names = found.stdout.split()
    if not names:
        raise RuntimeError(f"could not list what chair imports:\n{found.stderr}")
    return "import " + ", ".join(names) + "\n"


def default_title() -> str:
    """The default scenario's title, which `chair`'s complete title screen shows (loading it
    here also warms the scenario cache)."""
    from scenario.engine.compiler import load_content
    from scenario.tools.finding import DEFAULT_SCENARIO, find_scenario

    return load_content(find_scenario(DEFAULT_SCENARIO)).title


def commands(breakdown: bool = False, against: Path | None = None) -> dict[str, Start]:
    """What is started, and the texts that show each of its moments is on the screen.

    With `breakdown`, two steps between the two: the minimal app after importing what `chair`
    imports before it takes the terminal, and after loading the scenario too. The differences
    say where the time goes: imports, loading (which `chair` now does after its first frame),
    and the app itself (its stylesheet, the title screen's compose, the first layout and
    drawing a fuller screen).

    With `against`, `chair` from that source checkout too, in the same turns.
    """
    logo_and_menu = ("T H E   C H A I R", "How to play")
    found = {
        "chair": Start(
            [chair_command()],
            {
                "first frame": logo_and_menu,
                "complete": (*logo_and_menu, f"· {default_title()}", "Play the week"),
            },
        ),
        "minimal": Start([sys.executable, "-c", MINIMAL], {"first frame": MINIMAL_FRAME}),
    }
    if against is not None:
        found["chair at " + against.name] = Start(
            checkout_command(against), found["chair"].moments, against
        )
    if breakdown:
        imports = chair_imports()
        found["minimal + chair's imports"] = Start(
            [sys.executable, "-c", imports + MINIMAL], {"first frame": MINIMAL_FRAME}
        )
        found["minimal + imports + loading"] = Start(
            [sys.executable, "-c", imports + LOADS + MINIMAL], {"first frame": MINIMAL_FRAME}
        )
    return found


def _tmux(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["tmux", "-L", SOCKET, *args], capture_output=True, text=True, check=check
    )


def _cpu_seconds(pid: int) -> float | None:
    """Processor time used so far by a process (all its threads) and its descendants, from
    /proc (the scheduler's nanoseconds); None where there is no /proc."""
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
        used = sum(int((task / "schedstat").read_text().split()[0]) for task in tasks) / 1e9
        children = [int(c) for task in tasks for c in (task / "children").read_text().split()]
    except (OSError, ValueError, IndexError):
        return None
    return used + sum(_cpu_seconds(child) or 0.0 for child in children)


def timed(start: Start, name: str) -> dict[str, float]:
    """Seconds from starting the command in a new tmux session to each of its moments, and
    ("cpu") the processor time its processes had used when the first moment was seen."""
    width, height = SIZE
    started = time.perf_counter()
    _tmux(
        "new-session",
        "-d",
        "-s",
        name,
        "-x",
        str(width),
        "-y",
        str(height),
        "-c",
        str(start.folder),
        shlex.join(start.argv),
    )
    pane = _tmux("display-message", "-p", "-t", name, "#{pane_pid}", check=False).stdout
    seen: dict[str, float] = {}
    try:
        while len(seen.keys() & start.moments.keys()) < len(start.moments):
            screen = _tmux("capture-pane", "-p", "-t", name, check=False).stdout
            now = time.perf_counter() - started
            for moment, markers in start.moments.items():
                if moment not in seen and all(marker in screen for marker in markers):
                    seen[moment] = now
                    cpu = _cpu_seconds(int(pane)) if pane.strip().isdigit() else None
                    if moment == "first frame" and cpu is not None:
                        seen["cpu"] = cpu
            if now > TIMEOUT:
                raise TimeoutError(f"{start.argv[0]}: no frame after {TIMEOUT:.0f} s:\n{screen}")
            time.sleep(POLL)
        return seen
    finally:
        _tmux("send-keys", "-t", name, "C-q", check=False)
        until = time.perf_counter() + 5
        while (
            time.perf_counter() < until
            and _tmux("has-session", "-t", name, check=False).returncode == 0
        ):
            time.sleep(0.01)
        _tmux("kill-session", "-t", name, check=False)


def measure(
    runs: int, breakdown: bool = False, against: Path | None = None
) -> dict[str, list[float]]:
    """Each command `runs` times, in turns, after one round not counted. Keys are
    "chair" (its first frame), "chair, complete", "minimal", and the breakdown's steps."""
    found = commands(breakdown, against)
    times: dict[str, list[float]] = {}
    try:
        for round_ in range(runs + 1):
            order = list(found.items())
            if round_ % 2:
                order.reverse()
            for kind, start in order:
                took = timed(start, f"{kind.split()[0]}{len(kind)}-{round_}")
                if round_:
                    for moment, seconds in took.items():
                        key = kind if moment == "first frame" else f"{kind}, {moment}"
                        key = f"{kind}, processor time" if moment == "cpu" else key
                        times.setdefault(key, []).append(seconds)
    finally:
        _tmux("kill-server", check=False)
        _socket().unlink(missing_ok=True)  # tmux leaves the socket of a server it stopped
    return times


def ratios(times: dict[str, list[float]], kind: str, floor: str = "minimal") -> list[float]:
    """`kind` over `floor` within each round."""
    return [a / b for a, b in zip(times[kind], times[floor], strict=True)]


def _socket() -> Path:
    """Where tmux keeps this benchmark's server socket (its documented default place)."""
    folder = Path(os.environ.get("TMUX_TMPDIR") or "/tmp") / f"tmux-{os.getuid()}"
    return folder / SOCKET


def available() -> bool:
    try:
        return subprocess.run(["tmux", "-V"], capture_output=True).returncode == 0
    except OSError:
        return False


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.terminal_start")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument(
        "--breakdown",
        action="store_true",
        help="also the minimal app after chair's imports, and after loading the scenario",
    )
    parser.add_argument(
        "--against",
        type=Path,
        metavar="CHECKOUT",
        help="also chair from another source checkout (say, the code before a change)",
    )
    args = parser.parse_args()
    if not available():
        print("tmux is not installed: nothing to measure", file=sys.stderr)
        return 1
    times = measure(args.runs, args.breakdown, args.against and args.against.resolve())
    for kind, values in times.items():
        print(
            f"{kind:<28} median {statistics.median(values) * 1000:6.0f} ms  "
            f"(lowest {min(values) * 1000:.0f}, highest {max(values) * 1000:.0f}; "
            f"{', '.join(f'{v * 1000:.0f}' for v in values)})"
        )
    for kind in [k for k in times if k.startswith("chair")]:
        floor = "minimal, processor time" if kind.endswith("processor time") else "minimal"
        if floor not in times:
            continue
        each = ratios(times, kind, floor)
        print(
            f"{'ratio, ' + kind + ' to minimal':<40} median {statistics.median(each):.2f}x "
            f"(lowest {min(each):.2f}, highest {max(each):.2f}, within each round)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
