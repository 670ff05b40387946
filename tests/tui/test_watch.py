"""Live reload: an author edits the scenario while playing, and the game follows without loss."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from scenario.engine.compiler import load_content
from tests.conftest import edit
from tests.tui.conftest import SEED, screen_text, table, widget_text
from tui.app import ChairApp
from tui.screens.table import TableScreen
from tui.widgets.problems import ReloadProblems
from tui.widgets.transcript import Transcript


def minutes(app: ChairApp) -> str:
    return widget_text(app, app.screen.query_one(Transcript))


async def until(pilot: Pilot, done: Callable[[], bool], seconds: float = 10) -> None:
    """Let the table notice the edit and reload (off-thread) until `done`, or fail after a while."""
    for _ in range(int(seconds / 0.05)):
        await pilot.pause(0.05)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if done():
            return
    raise AssertionError("the edit was not picked up")


async def test_an_edit_under_watch_reloads_and_replays_the_game(
    scenario_copy: Callable[..., Path], saves_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(TableScreen, "POLL_SECONDS", 0.05)
    folder = scenario_copy("tutorial")
    app = ChairApp(load_content(folder), seed=SEED, saves=saves_dir, watch=folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n", "enter", "enter", "f", "1", "c", "1", "enter", "home")
        before = table(app).game
        assert "NATO clings to the Cold War tactic" in minutes(app)

        russia = folder / "delegations" / "russia.yaml"
        edit(russia, "NATO clings to the Cold War tactic", "The Alliance clings to the old tactic")
        await until(pilot, lambda: table(app).game is not before)
        await pilot.press("home")
        game = table(app).game
        assert game is not before and game.actions == before.actions
        assert "The Alliance clings to the old tactic" in minutes(app)

        edit(russia, "trust: 40", "trust: [broken")  # a YAML error: keep playing the last good one
        problems = app.screen.query_one(ReloadProblems)
        await until(pilot, lambda: problems.display)
        assert "delegations/russia.yaml:" in screen_text(app)
        await pilot.press("r")  # play goes on
        assert [str(a) for a in table(app).game.actions][-1] == "recess"

        edit(russia, "trust: [broken", "trust: 40")
        await until(pilot, lambda: not problems.display)
        assert [str(a) for a in table(app).game.actions] == [
            "floor russia",
            "consult russia",
            "recess",
        ]


async def test_an_edit_that_makes_an_action_impossible_stops_there_and_says_so(
    scenario_copy: Callable[..., Path], saves_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(TableScreen, "POLL_SECONDS", 0.05)
    folder = scenario_copy("tutorial")
    app = ChairApp(load_content(folder), seed=SEED, saves=saves_dir, watch=folder)
    told: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: told.append(message))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n", "enter", "enter", "c", "1", "enter", "p", "2")
        assert [str(a) for a in table(app).game.actions] == ["consult russia", "propose hotline"]
        edit(folder / "scenario.yaml", "consulted.russia > 0", "consulted.russia > 1")
        await until(pilot, lambda: len(table(app).game.actions) == 1)
        assert [str(a) for a in table(app).game.actions] == ["consult russia"]
        assert any("action 2 is no longer possible" in m for m in told)
        edit(folder / "scenario.yaml", "consulted.russia > 1", "consulted.russia > 0")
        await until(pilot, lambda: len(table(app).game.actions) == 2)  # fixed: all of it replays
        assert [str(a) for a in table(app).game.actions] == ["consult russia", "propose hotline"]
