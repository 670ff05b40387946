"""The app under stress: tiny terminals, resizing, a very long transcript, and 1,000 random keys."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from textual import events

from scenario import Game
from scenario.engine.compiler import load_content
from scenario.engine.transcript import Entry
from tests.conftest import TUTORIAL, VIENNA
from tui.app import ChairApp
from tui.screens.rollcall import RollCallModal
from tui.screens.table import TableScreen
from tui.widgets.transcript import Transcript


def screen_text(app: ChairApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def table(app: ChairApp) -> TableScreen | None:
    return next((s for s in reversed(app.screen_stack) if isinstance(s, TableScreen)), None)


@pytest.fixture(scope="module")
def tutorial():
    return load_content(TUTORIAL)


async def test_a_tiny_terminal_shows_a_notice_and_keys_do_nothing(tutorial, tmp_path: Path):
    app = ChairApp(tutorial, seed=7, saves=tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        app.open_game(Game(tutorial, 7))
        await pilot.pause()
        assert "The terminal is too small" in screen_text(app)
        await pilot.press("r", "a", "y")
        await pilot.pause()
        assert table(app).game.actions == []  # nothing happened behind the notice


@pytest.mark.slow
async def test_resizing_back_and_forth_keeps_the_layout(tutorial, tmp_path: Path):
    app = ChairApp(tutorial, seed=7, saves=tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_game(Game.replay(tutorial, 7, ["floor russia", "consult russia"]))
        await pilot.pause()
        await pilot.press("enter")
        before = screen_text(app)
        for size in [(40, 12), (80, 24), (200, 60), (79, 23), (120, 35), (100, 30)] * 3:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            text = screen_text(app)
            if size[0] < 80 or size[1] < 24:
                assert "The terminal is too small" in text
            else:
                assert "Score now" in text and "The terminal is too small" not in text
        after = screen_text(app).splitlines()
        # the same table: header, delegations column and footer as before (the minutes may have
        # scrolled while they were reflowed)
        assert after[0] == before.splitlines()[0] and after[-1] == before.splitlines()[-1]
        assert [row[:24] for row in after] == [row[:24] for row in before.splitlines()]
        await pilot.press("r")  # and it still plays
        await pilot.pause()
        assert [str(a) for a in table(app).game.actions][-1] == "recess"


async def test_a_transcript_of_ten_thousand_lines_still_scrolls(tutorial, tmp_path: Path):
    game = Game(tutorial, 7)
    game.transcript.extend(
        Entry(
            "speech",
            600 + i // 60,
            f"Line {i}: the delegate repeats the position once more.",
            "russia",
        )
        for i in range(10_000)
    )
    app = ChairApp(tutorial, seed=7, saves=tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_game(game)
        await pilot.pause()
        minutes = app.screen.query_one(Transcript)
        assert len(minutes.entries) >= 10_000
        await pilot.press("home")
        await pilot.pause()
        top = minutes.scroll_y
        for _ in range(5):
            await pilot.press("pagedown")
        await pilot.pause()
        assert minutes.scroll_y > top
        await pilot.press("end")
        await pilot.pause()
        assert "Line 9999" in screen_text(app)
        await pilot.press("r")  # acting on top of it still works
        await pilot.pause()
        assert [str(a) for a in table(app).game.actions] == ["recess"]


KEYS = [
    *"fcpvmsrabdto123456789",
    *("enter", "escape", "space", "up", "down", "pageup", "pagedown", "home", "end", "tab"),
    *("ctrl+s", "question_mark", "y", "n", "x"),
]
"""Every key the app answers, and some it does not (q and Ctrl+Q quit, so they are left out)."""


@pytest.mark.slow
async def test_a_thousand_random_keys_never_crash_and_every_game_matches_a_replay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    seed = 1
    monkeypatch.setattr(RollCallModal, "REVEAL_SECONDS", 0)  # the roll-call's pacing is for people
    played: dict[int, Game] = {}
    act = Game.act

    def recording(game: Game, action):  # every game the app plays, whichever screen holds it
        played[id(game)] = game
        return act(game, action)

    monkeypatch.setattr(Game, "act", recording)
    content = load_content(VIENNA)
    chooser = random.Random(seed)
    app = ChairApp(content, seed=seed, saves=tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_game(Game(content, seed))
        await pilot.pause()
        for index in range(1000):
            # faster than any player types: keys are queued as the terminal would send them, and
            # the app catches up every twenty
            key = chooser.choice(KEYS)
            char = {"space": " ", "question_mark": "?"}.get(key, key if len(key) == 1 else None)
            app._driver.send_message(events.Key(key, char))
            if index % 20 == 19:
                await pilot.pause()
        await pilot.pause()
    monkeypatch.setattr(Game, "act", act)  # replaying below is not part of what the app played
    games = list(played.values())
    actions = sum(len(game.actions) for game in games)
    assert actions >= 10, f"only {actions} actions: the keys hardly played"
    for game in games:
        replayed = Game.replay(content, game.seed, [str(a) for a in game.actions])
        assert replayed.state_hash == game.state_hash
        assert [e.to_json() for e in replayed.transcript] == [e.to_json() for e in game.transcript]
