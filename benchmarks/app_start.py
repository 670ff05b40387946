"""Start an app headless and exit after its first full frame: `python -m benchmarks.app_start KIND`.

KIND is `chair` (what `chair` does: find and load the default scenario, open the title screen)
or `minimal` (a minimal Textual app: header, a few widgets, footer). Both are started the same
way, so the ratio of their times measures what The Chair adds to Textual's own floor.
"""

from __future__ import annotations

import sys


async def _first_frame_then_exit(pilot) -> None:
    await pilot.pause()
    pilot.app.exit()


def minimal() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Label, Log, OptionList

    class Minimal(App):
        def compose(self) -> ComposeResult:
            yield Header()
            yield Label("A minimal app")
            yield OptionList("one", "two", "three")
            yield Log()
            yield Footer()

    Minimal().run(headless=True, size=(100, 30), auto_pilot=_first_frame_then_exit)


def chair() -> None:
    from scenario.engine.compiler import load_content
    from scenario.tools.finding import DEFAULT_SCENARIO, find_scenario
    from scenario.tools.saves import default_folder
    from tui.app import ChairApp

    content = load_content(find_scenario(DEFAULT_SCENARIO))
    app = ChairApp(content, seed=1, saves=default_folder())
    app.run(headless=True, size=(100, 30), auto_pilot=_first_frame_then_exit)


if __name__ == "__main__":
    {"minimal": minimal, "chair": chair}[sys.argv[1]]()
