"""Saving from the app: named saves, autosave and 'continue', the load screen, changed scenarios."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from scenario import Action, Content, Game
from scenario.engine.compiler import load_content
from scenario.tools import saves
from tests.conftest import edit
from tests.tui.conftest import SEED, open_game, screen_text, table
from tui.app import ChairApp
from tui.screens.load import LoadModal
from tui.screens.save import SaveModal
from tui.screens.table import TableScreen


async def test_save_quit_start_again_and_continue_where_it_was(tutorial: Content, saves_dir: Path):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_game(pilot, ["floor ukraine", "consult russia"])
        await pilot.press("p", "1")  # one action by key: the autosave follows it
        played = table(app).game
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, SaveModal)
        await pilot.press(*"vote", "enter")
        assert isinstance(app.screen, TableScreen)
        actions, state_hash = list(played.actions), played.state_hash
        await pilot.press("ctrl+q")
    assert (saves_dir / "vote.json").is_file()
    assert list(saves.read_save(saves_dir / "vote.json").actions) == [str(a) for a in actions]

    again = ChairApp(tutorial, saves=saves_dir)  # no seed given: continuing keeps the saved one
    async with again.run_test(size=(100, 30)) as pilot:
        assert "Continue" in screen_text(again) and "round 3" in screen_text(again)
        await pilot.press("c")
        game = table(again).game
        assert game.actions == actions and game.state_hash == state_hash
        await pilot.press("ctrl+o")
        assert isinstance(again.screen, LoadModal)
        text = screen_text(again)
        assert "vote — A first session in Vienna" in text
        assert "autosave — A first session in Vienna" in text
        assert "round 3 · 10:35 · tension" in text


async def test_unsafe_save_names_are_refused_with_the_reason(tutorial: Content, saves_dir: Path):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_game(pilot, ["recess"])
        await pilot.press("ctrl+s", *"../escape", "enter")
        assert isinstance(app.screen, SaveModal)  # still asking
        assert "no folders" in screen_text(app)
        await pilot.press("escape")
    assert sorted(p.name for p in saves_dir.iterdir()) == []
    assert not (saves_dir.parent / "escape.json").exists()


async def test_a_damaged_autosave_is_reported_once_and_never_overwritten(
    tutorial: Content, saves_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    damaged = saves.autosave_path(saves_dir, tutorial.id)
    damaged.write_text("{ not a save", encoding="utf-8")
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    told: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: told.append(message))
    async with app.run_test(size=(100, 30)) as pilot:
        await open_game(pilot)
        await pilot.press("r", "r")
        await pilot.pause()
        assert [str(a) for a in table(app).game.actions] == ["recess", "recess"]
    assert len([m for m in told if m.startswith("Autosave failed")]) == 1
    assert damaged.read_text(encoding="utf-8") == "{ not a save"


async def test_the_load_screen_lists_damaged_saves_as_damaged(tutorial: Content, saves_dir: Path):
    saves.write_save(Game.replay(tutorial, SEED, ["recess"]), saves_dir / "good.json", "good")
    (saves_dir / "broken.json").write_text("[]", encoding="utf-8")
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("l")
        text = screen_text(app)
        assert "broken.json" in text and "damaged: is not a save of The Chair" in text
        await pilot.press("enter")  # the damaged one cannot be chosen; the good one is first
        assert [str(a) for a in table(app).game.actions] == ["recess"]


async def test_a_save_of_a_changed_scenario_says_where_it_stopped(
    scenario_copy: Callable[..., Path], saves_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    folder = scenario_copy("tutorial")
    before = load_content(folder)
    path = saves_dir / "old.json"
    saves.write_save(Game.replay(before, SEED, ["consult russia", "propose hotline"]), path, "old")
    edit(folder / "scenario.yaml", "consulted.russia > 0", "consulted.russia > 1")
    after = load_content(folder)
    app = ChairApp(after, seed=SEED, saves=saves_dir)
    told: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: told.append(message))
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_save(path)
        await pilot.pause()
        assert [str(a) for a in table(app).game.actions] == ["consult russia"]
    assert any("replays to action 1 of 2" in m for m in told)


async def test_continue_resumes_the_game_last_played_never_a_finished_one(
    tutorial: Content, saves_dir: Path
):
    """A finished game's autosave is the newest; a named save is loaded, then the title screen:
    Continue is the loaded game, though nothing was played on it."""
    finished = Game.replay(tutorial, SEED, ["recess", "adjourn"])
    saves.write_save(finished, saves.autosave_path(saves_dir, tutorial.id), "autosave")
    loaded = Game.replay(tutorial, SEED, ["floor ukraine", "recess"])
    saves.write_save(loaded, saves_dir / "morning.json", "morning")
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        assert "no game to continue yet" in screen_text(app)  # the only autosave has ended
        app.open_save(saves_dir / "morning.json")
        await pilot.pause()
        await pilot.press("t")  # back to the title screen without acting
        await pilot.pause()
        assert "round 2, 10:" in screen_text(app)
        await pilot.press("c")
        await pilot.pause()
        assert table(app).game.state_hash == loaded.state_hash
        await pilot.press("r")  # play on, then adjourn: the last game has ended
        table(app).act(Action("adjourn"))
        await pilot.pause()
        assert table(app).game.over
        app.to_title()
        await pilot.pause()
        assert "your last game has ended" in screen_text(app)
        await pilot.press("c")
        await pilot.pause()
        assert len(app.screen_stack) == 1  # nothing resumed
