"""The app under Pilot for the benchmarks: how long a key takes to reach the screen, and a game.

    python -m benchmarks.app_play [--presses N]    # key-press latency by kind of key

A key press is timed from the moment its key event is sent to the first frame the app composes
after it (the compositor's update, which a real terminal would then be sent); headless, so the
terminal's own drawing is not included. The floor is a plain Textual app with a screen like the
table's (cards, a long option list, meters with sparklines) that changes all of them on a key:
what Textual itself costs for a full redraw on this machine.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import ClassVar

from textual import events

from tui.keys import key_of

VIENNA = Path(__file__).resolve().parents[1] / "content" / "vienna-2022"
ROUND = [
    ("open a choice", key_of("floor").key),
    ("choose and act", "1"),
    ("act at once", key_of("recess").key),
    ("open a choice", key_of("consult").key),
    ("consult (acts; its dialog follows)", "2"),
    ("close a dialog", "enter"),
]
"""Kinds of key press, in the order a round plays them. The first two kinds that change the
table are the figure; the others are printed for the record."""
DIALOG = "consult: until its dialog is on screen"
"""Not a key of its own: the consult key's press, timed until the frame that shows its dialog."""
TABLE_KINDS = ("choose and act", "act at once")


def _frame_clock(app, dialog_frames: list[float] | None = None) -> list[float]:
    """Times of the frames the app composes from now on (a list the caller clears); those
    composed for a dialog are also added to `dialog_frames`."""
    from textual.screen import ModalScreen

    frames: list[float] = []
    original = app._display

    def display(screen, renderable) -> None:
        if renderable is not None:
            frames.append(time.perf_counter())
            if dialog_frames is not None and isinstance(screen, ModalScreen):
                dialog_frames.append(frames[-1])
        original(screen, renderable)

    app._display = display
    return frames


SETTLE_SECONDS = 0.1
"""How long the app is left before a key, as a player's fingers would leave it: work an action
leaves for after its frame (the autosave, a collection, a pop-up) is not timed as the next key's."""


async def _press(app, pilot, frames: list[float], key: str) -> tuple[float, float | None]:
    """When `key` was sent, and milliseconds from then to the first frame after it (None if
    none came within half a second).

    The wait for that frame yields to the event loop and nothing else: Pilot's own `pause`
    posts a callback to every widget (work a terminal never causes, landing in the middle of
    the key's) and then forces a frame, which is not when Textual would have drawn one.
    """
    await pilot.pause(SETTLE_SECONDS)
    frames.clear()
    sent = time.perf_counter()
    app._driver.send_message(events.Key(key, key if len(key) == 1 else None))
    took = None
    while time.perf_counter() - sent < 0.5:
        after = [f for f in frames if f > sent]
        if after:
            took = (after[0] - sent) * 1000
            break
        await asyncio.sleep(0)
    await pilot.pause()  # let the key's work finish before the next (not timed)
    return sent, took


async def _until_dialog(pilot, dialog_frames: list[float], sent: float) -> float | None:
    """Milliseconds from `sent` to the first frame composed for a dialog (None if none came
    within a second)."""
    while time.perf_counter() - sent < 1:
        after = [f for f in dialog_frames if f > sent]
        if after:
            return (after[0] - sent) * 1000
        await pilot.pause()
    return None


async def chair_latencies(presses: int) -> dict[str, list[float]]:
    """Milliseconds per key press by kind, playing vienna-2022 by keys.

    Games are played one after another (seeds 1, 2, ...) until every kind of key has been
    pressed at least `presses` times, so that a figure is a median of many presses, not of the
    few one game allows.
    """
    from scenario import Game
    from scenario.engine.compiler import load_content
    from tui.app import ChairApp
    from tui.screens.rollcall import RollCallModal
    from tui.screens.table import TableScreen

    content = load_content(VIENNA)
    timings: dict[str, list[float]] = {kind: [] for kind, _ in ROUND}
    timings[DIALOG] = []
    with tempfile.TemporaryDirectory() as saves:
        app = ChairApp(content, seed=1, saves=Path(saves))
        RollCallModal.REVEAL_SECONDS = 0
        async with app.run_test(size=(100, 30)) as pilot:
            dialog_frames: list[float] = []
            frames = _frame_clock(app, dialog_frames)
            await pilot.press("n", "enter", "enter")
            for seed in range(2, 2 + 4 * presses):  # a bound, in case a kind stops answering
                if min(len(timings[kind]) for kind, _ in ROUND) >= presses:
                    break
                table = next(s for s in reversed(app.screen_stack) if isinstance(s, TableScreen))
                if app.screen is not table or table.game.over or seed % 4 == 0:
                    app.open_game(Game(content, seed))  # a fresh game every few rounds
                    await pilot.pause()
                for kind, key in ROUND:
                    if type(app.screen).__name__ == "DebriefScreen":
                        break
                    sent, took = await _press(app, pilot, frames, key)
                    if took is not None:
                        timings[kind].append(took)
                    if kind.startswith("consult") and took is not None:
                        shown = await _until_dialog(pilot, dialog_frames, sent)
                        if shown is not None:
                            timings[DIALOG].append(shown)
    return timings


async def floor_latencies(presses: int) -> list[float]:
    """The same measurement on a plain Textual app whose screen changes as much as the table's."""
    from textual.app import App, ComposeResult
    from textual.containers import Horizontal, Vertical
    from textual.widgets import Footer, Header, OptionList, Sparkline, Static

    class Floor(App):
        BINDINGS: ClassVar = [("r", "update", "Update")]

        def compose(self) -> ComposeResult:
            yield Header()
            with Horizontal():
                with Vertical(id="cards"):
                    for index in range(7):
                        yield Static(
                            f"Delegation {index}\nat the table\ntrust 50\npatience 60",
                            classes="card",
                        )
                yield OptionList(
                    *(
                        f"{i:04d}  A line of the minutes, long enough to wrap once or twice in its column."
                        for i in range(300)
                    )
                )
                with Vertical(id="meters"):
                    for index in range(5):
                        yield Static(f"Meter {index}  50", classes="meter")
                        yield Sparkline([50, 52, 49], classes="spark")
            yield Footer()

        def action_update(self) -> None:
            self.turn = getattr(self, "turn", 0) + 1
            for index, card in enumerate(self.query(".card").results(Static)):
                card.update(
                    f"Delegation {index}\nat the table\ntrust {50 + self.turn % 7}\npatience {60 - self.turn % 9}"
                )
            for index, meter in enumerate(self.query(".meter").results(Static)):
                meter.update(f"Meter {index}  {50 + self.turn % 11}")
            for spark in self.query(Sparkline):
                spark.data = [*spark.data, 50 + self.turn % 5]
            minutes = self.query_one(OptionList)
            minutes.add_options(
                [f"{self.turn:04d}  A new line of the minutes after the key." for _ in range(3)]
            )
            minutes.scroll_end(animate=False)

    return await _press_r(Floor(), presses)


async def least_latencies(presses: int) -> list[float]:
    """The least a full-screen change costs in Textual here: one widget, 30 new lines, a key."""
    from textual.app import App, ComposeResult
    from textual.content import Content
    from textual.widgets import Static

    class OneWidget(App):
        BINDINGS: ClassVar = [("r", "update", "Update")]
        turn = 0

        def compose(self) -> ComposeResult:
            yield Static()

        def action_update(self) -> None:
            self.turn += 1
            lines = (f"line {i} after key {self.turn} " + "x" * 80 for i in range(30))
            self.query_one(Static).update(Content("\n".join(lines)))

    return await _press_r(OneWidget(), presses)


async def _press_r(app, presses: int) -> list[float]:
    """Milliseconds to the first frame, `presses` times, for a comparison app bound to 'r'."""
    timings: list[float] = []
    async with app.run_test(size=(100, 30)) as pilot:
        frames = _frame_clock(app)
        await pilot.pause()
        for _ in range(presses):
            _, took = await _press(app, pilot, frames, "r")
            if took is not None:
                timings.append(took)
    return timings


async def play_a_game() -> None:
    """A whole day played by keys in the app (for its peak memory)."""
    from scenario import Game
    from scenario.engine.compiler import load_content
    from tui.app import ChairApp
    from tui.screens.table import TableScreen

    content = load_content(VIENNA)
    with tempfile.TemporaryDirectory() as saves:
        app = ChairApp(content, seed=7, saves=Path(saves))
        async with app.run_test(size=(100, 30)) as pilot:
            app.open_game(Game(content, 7))
            await pilot.pause()
            for turn in range(60):
                table = next(s for s in reversed(app.screen_stack) if isinstance(s, TableScreen))
                if table.game.over:
                    break
                floor, recess = key_of("floor").key, key_of("recess").key
                await pilot.press(*((floor, str(1 + turn % 7)), (recess,))[turn % 2])
                await pilot.pause()


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of the values lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=30, help="presses of each kind of key")
    args = parser.parse_args()
    timings = asyncio.run(chair_latencies(args.presses))
    floor = asyncio.run(floor_latencies(2 * args.presses))
    least = asyncio.run(least_latencies(2 * args.presses))
    for kind, values in [
        *timings.items(),
        ("a plain Textual app, full redraw (the floor)", floor),
        ("one Textual widget, 30 new lines (the least)", least),
    ]:
        print(
            f"{kind:<46} median {statistics.median(values):6.1f} ms"
            f"   90% {percentile(values, 0.9):6.1f} ms   ({len(values)} presses)"
        )


if __name__ == "__main__":
    main()
