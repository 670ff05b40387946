"""Undo at the table: `u` and Ctrl+Z take back the last action; what revealed something stands."""

from __future__ import annotations

from pathlib import Path

from scenario import Content, Game
from scenario.tools import saves
from tests.tui.conftest import SEED, open_game, screen_text, table
from tui.app import ChairApp
from tui.screens.save import SaveModal
from tui.widgets.transcript import Transcript


async def test_u_after_a_recess_returns_the_table_to_the_round_before_and_a_save_replays_there(
    tutorial: Content, saves_dir: Path
):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot, ["floor russia", "recess"])
        before = Game.replay(tutorial, SEED, ["floor russia", "recess"])
        await pilot.press("r")  # a second recess, by key
        await pilot.pause()
        assert screen.game.round == 3 and "round 3" in screen_text(app)
        await pilot.press("u")
        await pilot.pause()
        game = screen.game
        assert [str(a) for a in game.actions] == ["floor russia", "recess"]
        assert game.round == 2 and game.state_hash == before.state_hash
        assert "round 2" in screen_text(app)
        minutes = screen.query_one(Transcript)
        assert [e.to_json() for e in minutes.entries] == [e.to_json() for e in before.transcript]
        await pilot.press("ctrl+z")  # the first recess too
        await pilot.pause()
        assert [str(a) for a in game.actions] == ["floor russia"]
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, SaveModal)
        await pilot.press(*"undone", "enter")
        await pilot.pause()
        autosave = saves.autosave_path(saves_dir, tutorial.id)
        for path in (saves_dir / "undone.json", autosave):
            restored = saves.restore(tutorial, saves.read_save(path))
            assert restored.complete and restored.game.state_hash == game.state_hash
            assert [str(a) for a in restored.game.actions] == ["floor russia"]


async def test_a_first_consultation_cannot_be_taken_back_and_the_table_says_why(
    tutorial: Content, saves_dir: Path
):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    told: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot, ["consult russia"])
        app.notify = lambda message, **_: told.append(message)  # type: ignore[method-assign]
        await pilot.press("u")
        await pilot.pause()
        assert [str(a) for a in screen.game.actions] == ["consult russia"]
        name = tutorial.delegation("russia").name
        assert any(f"consultation with the {name} revealed its red lines" in m for m in told)


async def test_an_ironman_game_from_the_title_screen_takes_nothing_back(
    tutorial: Content, saves_dir: Path
):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("i")  # the title screen's ironman game
        await pilot.pause()
        assert "New ironman game" in screen_text(app)
        await pilot.press("enter")  # the scenario
        await pilot.pause()
        await pilot.press("enter")  # the briefing: take the chair
        await pilot.pause()
        game = table(app).game
        assert game.ironman
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        assert [str(a) for a in game.actions] == ["recess"]
        saved = saves.read_save(saves.autosave_path(saves_dir, tutorial.id))
        assert saved.ironman and list(saved.actions) == ["recess"]


async def test_the_pop_ups_of_an_action_go_when_it_is_taken_back(saves_dir: Path):
    from scenario.engine.compiler import load_content
    from tests.conftest import VIENNA

    vienna = load_content(VIENNA)
    app = ChairApp(vienna, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await open_game(pilot)
        await pilot.press("r")
        await pilot.pause()
        await pilot.pause()
        events = [e for e in screen.game.steps[-1] if e.kind == "event"]
        assert events  # the recess lets the morning's events happen
        assert "Event" in [notice.title for notice in app._notifications]
        await pilot.press("u")
        await pilot.pause()
        assert [notice.title for notice in app._notifications] == ["Undo"]
        assert screen.game.actions == []
