"""The source window says whose words a line's German passage is, and how the line uses it."""

from __future__ import annotations

from pathlib import Path

from scenario.engine.compiler import load_content
from scenario.engine.transcript import source_label
from tests.conftest import ROOT
from tests.tui.conftest import open_game, screen_text
from tui.app import ChairApp
from tui.screens.source import SourceModal

FIXTURE = ROOT / "tests" / "fixtures" / "format2" / "who-says-what"


def test_the_label_never_claims_more_than_the_content_declares():
    assert source_label("Jens Stoltenberg", "quote") == "Stoltenberg, quoted in the article:"
    assert source_label("Grushko", "reported") == "Grushko, as the article reports:"
    assert source_label(None, "reported") == "the article reports:"
    assert source_label(None, "context") == "context from the article:"
    assert source_label("Kadri Liik", "context") == "context from the article (Liik's words):"
    assert "renders" not in source_label(None, None)


async def test_the_source_window_names_the_speaker_of_a_quote(saves_dir: Path):
    app = ChairApp(load_content(FIXTURE), seed=7, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_game(pilot, ["floor usa"])
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, SourceModal)
        text = screen_text(app)
        assert "Sherman, quoted in the article:" in text
        assert "this line renders" not in text
