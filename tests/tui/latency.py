"""How long a key press takes to reach the screen, on the default scenario (not a test).

    python -m tests.tui.latency [SCENARIO] [--rounds N]

Plays a game by keys under Pilot and times each press from the moment the key event is sent to
the first frame the app composes after it (the compositor's update, which a real terminal would
then be sent). Headless, so the terminal's own drawing is not included. Prints the median and the
90th percentile by kind of key: a verb that opens a choice, a choice that acts, a consultation
(which acts and opens its dialog), closing a dialog, and a verb that acts at once (recess).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from textual import events

from scenario import load
from tui.app import ChairApp
from tui.screens.rollcall import RollCallModal

ROUND = [
    ("open a choice", "f"),
    ("choose and act", "1"),
    ("open a choice", "c"),
    ("consult (opens its dialog)", "2"),
    ("close a dialog", "enter"),
    ("act at once", "r"),
]


async def measure(scenario: str, rounds: int) -> dict[str, list[float]]:
    """Milliseconds per key press, by kind."""
    content = load(scenario)
    timings: dict[str, list[float]] = defaultdict(list)
    frames: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        app = ChairApp(content, seed=1, saves=Path(folder))
        RollCallModal.REVEAL_SECONDS = 0
        original = app._display

        def display(screen, renderable) -> None:  # type: ignore[no-untyped-def]
            if renderable is not None:
                frames.append(time.perf_counter())
            original(screen, renderable)

        app._display = display  # type: ignore[method-assign]
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("n", "enter", "enter")
            for _ in range(rounds):
                for kind, key in ROUND:
                    if app.screen.__class__.__name__ == "DebriefScreen":
                        return timings
                    frames.clear()
                    sent = time.perf_counter()
                    app._driver.send_message(events.Key(key, key if len(key) == 1 else None))  # type: ignore[union-attr]
                    await pilot.pause()
                    await pilot.pause()
                    after = [f for f in frames if f > sent]
                    if after:
                        timings[kind].append((after[0] - sent) * 1000)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenario", nargs="?", default="vienna-2022")
    parser.add_argument("--rounds", type=int, default=12)
    args = parser.parse_args()
    timings = asyncio.run(measure(args.scenario, args.rounds))
    everything = [t for values in timings.values() for t in values]
    for kind, values in [*timings.items(), ("all presses", everything)]:
        values = sorted(values)
        p90 = values[int(0.9 * (len(values) - 1))]
        print(
            f"{kind:28} n={len(values):3}  median {statistics.median(values):5.1f} ms  "
            f"p90 {p90:5.1f} ms"
        )


if __name__ == "__main__":
    main()
