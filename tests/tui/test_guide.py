"""The guided game at the table: the current step above the minutes, with the keys that take
it, moving on as the player does what it says; no panel for a scenario without a guide."""

from __future__ import annotations

from pathlib import Path

import pytest

from scenario import Content
from tests.tui.conftest import open_game, region_text, widget_text
from tui import choosing
from tui.app import ChairApp
from tui.widgets.guide import GuidePanel


async def test_the_tutorial_shows_its_guide_and_moves_on(tutorial: Content, saves_dir: Path):
    app = ChairApp(tutorial, seed=7, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot)
        panel = screen.query_one(GuidePanel)
        assert panel.display
        text = widget_text(app, panel)
        assert text.startswith("Guide 1/9") and "press f, then 1 (Russian Federation)" in text
        await pilot.press("f", "1")  # what the guide says: the floor to Russia
        await pilot.pause()
        assert widget_text(app, panel).startswith("Guide 2/9")
        assert "press c, then 1" in widget_text(app, panel)


async def test_a_scenario_without_a_guide_shows_no_panel(saves_dir: Path):
    from scenario.engine.compiler import load_content
    from tests.conftest import VIENNA

    app = ChairApp(load_content(VIENNA), seed=7, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot)
        assert not screen.query_one(GuidePanel).display


def test_the_guides_keys_name_the_choice_by_its_number(tutorial: Content):
    from scenario import Game

    game = Game(tutorial, 7)
    for words in ("floor russia", "consult russia", "frame all_dimensions"):
        game.act(words)
    view = choosing.guide(game)
    assert view is not None and view.number == 4
    assert view.keys.startswith("press p, then ") and "Better access for the monitors" in view.keys


async def test_a_stray_key_ends_a_number_being_typed(saves_dir: Path):
    """'p 1' waits for a second digit while 10-13 are listed; a stray key between two 1s must
    not make them 11 (it tabled the moratorium in a game played by hand)."""
    from scenario.engine.compiler import load_content
    from tests.conftest import VIENNA

    app = ChairApp(load_content(VIENNA), seed=11, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot)
        await pilot.press("p", "1", "v", "1", "enter")
        await pilot.pause()
        assert [str(a) for a in screen.game.actions] == ["propose humanitarian_aid"]


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_every_step_of_the_guide_is_shown_whole(
    tutorial: Content, saves_dir: Path, size: tuple[int, int]
):
    """The step's last words are on the screen: at 100×30 the first step lost 'to compromise.',
    at 80×24 the third lost half its text to a panel of seven rows."""
    app = ChairApp(tutorial, seed=7, saves=saves_dir)
    async with app.run_test(size=size) as pilot:
        for number, step in enumerate(tutorial.guide):
            screen = await open_game(pilot, [s.action for s in tutorial.guide[:number] if s.action])
            await pilot.pause()
            shown = region_text(app, screen.query_one(GuidePanel).content_region)
            assert shown.startswith(f"Guide {number + 1}/")
            assert shown.endswith(" ".join(step.text.split())), f"step {number + 1}: {shown!r}"
