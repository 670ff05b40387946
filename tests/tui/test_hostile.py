"""Authored text is shown literally: brackets in a scenario are brackets, never markup.

The fixture scenario puts `[/]` (a markup error), `[bold]`, `[@click=app.quit]x[/]` (a live link)
and `[Offer]` (silently dropped as a style) into every kind of text the app shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scenario import Content
from tests.tui.conftest import screen_text, table
from tui.app import ChairApp
from tui.screens.debrief import DebriefScreen
from tui.screens.rollcall import RollCallModal
from tui.screens.source import SourceModal


@pytest.mark.slow
async def test_hostile_text_plays_through_and_shows_literally(hostile: Content, saves_dir: Path):
    app = ChairApp(hostile, seed=1, saves=saves_dir)
    seen: list[str] = []

    async with app.run_test(size=(100, 30), notifications=True) as pilot:

        def look() -> str:
            seen.append(screen_text(app))
            return seen[-1]

        await pilot.press("n")
        assert "Hostile [/] title [bold]B[/bold]" in look()
        await pilot.press("enter")  # the briefing
        text = look()
        assert "A [bold]briefing[/bold] with [@click=app.quit]x[/] and list[int]." in text
        assert "Ein Text mit [/] und [bold]fett[/bold] und [@click=app.quit]x[/] und" in text
        await pilot.press("enter")
        await pilot.press("f", "1", "down")  # the floor; the cursor on East's line
        assert "“[b]NATO[/i] clings [/] to" in look()
        await pilot.press("o")
        assert isinstance(app.screen, SourceModal)
        text = look()
        assert "Der Vorsitz sagt [$accent]nichts[/] und" in text
        assert "[b]x[/i] zu list[int]." in text
        await pilot.press("escape", "c", "1")
        text = look()
        assert "“We sign nothing [Offer] today" in text
        assert "[@click=app.quit]x[/].”" in text
        await pilot.press("enter", "m", "1", "p", "1", "v", "1", "space")
        assert isinstance(app.screen, RollCallModal)
        assert "Call for consensus  [Offer] access [/]" in look()
        await pilot.press("enter", "1")  # East's dossier
        assert "Wants [/] an end to list[int] and [Offer] more." in look()
        await pilot.press("escape", "ctrl+p", *"declar")
        await pilot.pause(0.3)
        assert "Table a measure: [@click=app.quit]Declaration[/]" in look()  # the palette
        await pilot.press("escape", "s", "1", "a", "y")
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)
        text = look()
        outcome = table(app).game.outcome
        assert outcome is not None
        assert outcome.ending.title in text  # "An agreement [Offer]"
        assert f"{outcome.score.grade}  {outcome.score.label}" in text  # "[b]  [/] good"
        assert "Tension [/] down" in text
        assert app.is_running and app.return_code is None
        assert [str(a) for a in table(app).game.actions][-1] == "adjourn"

    everything = "\n".join(seen)
    for literal in ("[/]", "[bold]", "[@click=app.quit]x[/]", "[Offer]"):
        assert literal in everything
