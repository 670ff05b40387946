"""The first frame in a real terminal: `python -m benchmarks.terminal_start [--runs N]`.

The headless start (`benchmarks.app_start`) never talks to a terminal. Here each app runs in
tmux, a real terminal with its own screen, started in turns with a minimal Textual app (a
header, a label, an option list, a log and a footer): the time is from asking tmux to start the
command to the moment tmux's screen shows the app's first full frame, read with `capture-pane`
every few milliseconds. Both are then quit with Ctrl+Q. `chair` is started as a player starts
it, by its command, with the scenario cache warm.

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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (100, 30)
SOCKET = f"chair-bench-{os.getpid()}"
TIMEOUT = 30.0

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


IMPORTS = "import chair.cli, scenario.engine.compiler, tui.app\n"
LOADS = (
    "from scenario.engine.compiler import load_content\n"
    "from scenario.tools.finding import DEFAULT_SCENARIO, find_scenario\n"
    "load_content(find_scenario(DEFAULT_SCENARIO))\n"
)


def commands(breakdown: bool = False) -> dict[str, tuple[list[str], tuple[str, ...]]]:
    """What is started, and the texts that show its first full frame is on the screen.

    With `breakdown`, two steps between the two: the minimal app after importing what `chair`
    imports, and after loading the scenario too. The differences between the four say where
    the time goes: imports, loading, and the app itself (its stylesheet, the title screen's
    compose, the first layout and drawing a fuller screen).
    """
    chair = str(Path(sys.executable).with_name("chair"))
    minimal = ("A minimal app", "three")
    found = {
        "chair": ([chair], ("T H E   C H A I R", "How to play")),
        "minimal": ([sys.executable, "-c", MINIMAL], minimal),
    }
    if breakdown:
        found["minimal + chair's imports"] = ([sys.executable, "-c", IMPORTS + MINIMAL], minimal)
        found["minimal + imports + loading"] = (
            [sys.executable, "-c", IMPORTS + LOADS + MINIMAL],
            minimal,
        )
    return found


def _tmux(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["tmux", "-L", SOCKET, *args], capture_output=True, text=True, check=check
    )


def first_frame(argv: list[str], markers: tuple[str, ...], name: str) -> float:
    """Seconds from starting `argv` in a new tmux window to its first frame on the screen."""
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
        str(ROOT),
        shlex.join(argv),
    )
    try:
        while True:
            screen = _tmux("capture-pane", "-p", "-t", name, check=False).stdout
            if all(marker in screen for marker in markers):
                return time.perf_counter() - started
            if time.perf_counter() - started > TIMEOUT:
                raise TimeoutError(f"{argv[0]}: no frame after {TIMEOUT:.0f} s:\n{screen}")
            time.sleep(0.002)
    finally:
        _tmux("send-keys", "-t", name, "C-q", check=False)
        until = time.perf_counter() + 5
        while (
            time.perf_counter() < until
            and _tmux("has-session", "-t", name, check=False).returncode == 0
        ):
            time.sleep(0.01)
        _tmux("kill-session", "-t", name, check=False)


def measure(runs: int, breakdown: bool = False) -> dict[str, list[float]]:
    """Each app `runs` times, in turns (after one start of each to warm caches and tmux)."""
    found = commands(breakdown)
    times: dict[str, list[float]] = {kind: [] for kind in found}
    try:
        for round_ in range(runs + 1):
            for kind, (argv, markers) in found.items():
                took = first_frame(argv, markers, f"{kind.split()[0]}{len(kind)}-{round_}")
                if round_:
                    times[kind].append(took)
    finally:
        _tmux("kill-server", check=False)
        _socket().unlink(missing_ok=True)  # tmux leaves the socket of a server it stopped
    return times


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
        "--breakdown", action="store_true", help="also the minimal app after chair's imports"
    )
    args = parser.parse_args()
    if not available():
        print("tmux is not installed: nothing to measure", file=sys.stderr)
        return 1
    times = measure(args.runs, args.breakdown)
    chair, minimal = statistics.median(times["chair"]), statistics.median(times["minimal"])
    for kind, values in times.items():
        print(
            f"{kind:<28} median {statistics.median(values) * 1000:6.0f} ms  "
            f"({', '.join(f'{v * 1000:.0f}' for v in values)})"
        )
    print(f"{'ratio, chair to minimal':<28} {chair / minimal:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
