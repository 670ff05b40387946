"""The app and the saves folder: every field of a save is untrusted, and no game is lost.

A save is a file anyone can edit: its summary (shown on the title and load screens without a
replay), its names, even its file name may hold escape sequences; the folder may hold a FIFO or
the leftovers of a killed write. And the autosave slot holds one game per scenario: starting
another never silently throws an unfinished one away.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from textual.widgets import Static

from scenario import Content, Game
from scenario.tools import saves
from tests.tui.conftest import SEED, screen_text, table
from tui.app import ChairApp
from tui.screens.load import LoadModal
from tui.screens.save import SaveModal


def autosave(tutorial: Content, folder: Path, actions: list[str], seed: int = SEED) -> Path:
    game = Game.replay(tutorial, seed, actions)
    return saves.write_save(game, saves.autosave_path(folder, tutorial.id), "autosave")


def edited(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


async def test_escape_sequences_in_saves_never_reach_the_screen(tutorial: Content, saves_dir):
    path = autosave(tutorial, saves_dir, ["recess"])
    edited(path, lambda d: d["summary"].__setitem__("clock", "\x1b[2J\x1b[31mPWNED"))
    named = saves.write_save(Game.replay(tutorial, SEED, []), saves_dir / "named.json", "named")
    edited(named, lambda d: d.__setitem__("name", "\x1b[2J\x1b[H"))
    ending = saves.write_save(Game.replay(tutorial, SEED, []), saves_dir / "end.json", "end")
    edited(ending, lambda d: d["summary"].__setitem__("ending", "\x1b]0;title\x07"))
    (saves_dir / "\x1b[2J.json").write_text("{}", encoding="utf-8")
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        title = screen_text(app)
        assert "\x1b" not in title and "PWNED" not in title
        assert "no game to continue yet" in title  # the edited autosave is not offered
        await pilot.press("l")
        assert isinstance(app.screen, LoadModal)
        listed = screen_text(app)
        assert "\x1b" not in listed and "\x07" not in listed
        assert "\\x1b[2J.json" in listed  # the file's name, with its escape shown as text
        assert "summary.clock: expected a time" in listed


async def test_a_fifo_in_the_saves_folder_does_not_stop_the_app(tutorial: Content, saves_dir):
    os.mkfifo(saves_dir / "pipe.json")
    os.mkfifo(saves_dir / f"{saves.AUTOSAVE_PREFIX}{tutorial.id}.json")
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("l")
        assert "not a regular file (a FIFO)" in screen_text(app)
        await pilot.press("escape", "q")
    assert app.return_code == 0


async def test_a_scenario_id_of_5000_characters_is_not_continued(tutorial: Content, saves_dir):
    path = autosave(tutorial, saves_dir, ["recess"])
    edited(path, lambda d: d["scenario"].__setitem__("id", "x" * 5000))
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("c")  # disabled: nothing happens, nothing crashes
        await pilot.pause()
        assert "no game to continue yet" in screen_text(app)


async def test_a_new_game_keeps_the_unfinished_one_in_the_autosave(
    tutorial: Content, saves_dir, monkeypatch: pytest.MonkeyPatch
):
    earlier = ["floor ukraine", "consult russia", "recess"]
    autosave(tutorial, saves_dir, earlier)
    app = ChairApp(tutorial, seed=SEED + 1, saves=saves_dir)
    told: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: told.append(message))
    async with app.run_test(size=(100, 30)) as pilot:
        # a new game: the scenario, the briefing, then one action
        await pilot.press("n", "enter", "enter", "r")
        await pilot.pause()
        assert [str(a) for a in table(app).game.actions] == ["recess"]
    slot = saves.read_save(saves.autosave_path(saves_dir, tutorial.id))
    assert list(slot.actions) == ["recess"]
    kept = [p for p in saves_dir.glob("unfinished *.json")]
    assert len(kept) == 1
    assert list(saves.read_save(kept[0]).actions) == earlier
    assert any(f"kept as the save '{kept[0].stem}'" in m for m in told)


async def test_continuing_the_autosave_keeps_no_copy(tutorial: Content, saves_dir):
    autosave(tutorial, saves_dir, ["floor ukraine"])
    app = ChairApp(tutorial, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("c", "r")
        await pilot.pause()
    slot = saves.read_save(saves.autosave_path(saves_dir, tutorial.id))
    assert list(slot.actions) == ["floor ukraine", "recess"]
    assert sorted(p.name for p in saves_dir.iterdir()) == [f"autosave-{tutorial.id}.json"]


def test_a_finished_game_in_the_slot_is_simply_replaced(tutorial: Content, saves_dir):
    from tui.saving import Autosaver

    autosave(tutorial, saves_dir, ["adjourn"])
    autosaver = Autosaver(saves_dir)
    game = Game.replay(tutorial, SEED + 1, ["recess"])
    assert autosaver.keep_unfinished(game) is None
    assert autosaver.save(game) is None
    assert sorted(p.name for p in saves_dir.iterdir()) == [f"autosave-{tutorial.id}.json"]


def test_an_unfinished_game_that_cannot_be_kept_is_not_replaced(
    tutorial: Content, saves_dir, monkeypatch: pytest.MonkeyPatch
):
    from tui.saving import Autosaver

    path = autosave(tutorial, saves_dir, ["floor ukraine"])
    before = path.read_bytes()

    def full(*args, **kwargs):
        raise saves.ScenarioError.at(saves.Location("x"), "cannot write the save: disk full")

    monkeypatch.setattr(saves, "keep_as", full)
    autosaver = Autosaver(saves_dir)
    game = Game.replay(tutorial, SEED + 1, ["recess"])
    assert "autosave is off for this game" in (autosaver.keep_unfinished(game) or "")
    autosaver.save(game)
    assert path.read_bytes() == before


@pytest.mark.slow
async def test_ctrl_s_refuses_the_autosave_slots_names(tutorial: Content, saves_dir):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_game(Game.replay(tutorial, SEED, ["recess"]))
        await pilot.pause()
        await pilot.press("ctrl+s", *f"Autosave-{tutorial.id}", "enter")
        assert isinstance(app.screen, SaveModal)  # still asking
        problem = app.screen.query_one("#problem", Static)
        assert "kept for the autosaves" in str(problem.content)
        await pilot.press("escape")
    assert list(saves_dir.iterdir()) == []


async def test_leftovers_of_killed_writes_are_cleaned_at_start(tutorial: Content, saves_dir):
    old = saves_dir / ".g.json.k2j4h1.tmp"
    old.write_bytes(b'{"format": "the-chair-')
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    fresh = saves_dir / ".h.json.a8f3k2.tmp"  # may be another process's write in progress
    fresh.write_bytes(b"{")
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
    assert not old.exists() and fresh.exists()
