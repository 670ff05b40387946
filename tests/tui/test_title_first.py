"""`chair` draws its title screen before it loads the scenario, and then completes it.

Given a scenario's folder, the app's first frame needs nothing of the engine; once it is shown,
the scenario is loaded and the title screen must end up exactly as when the app is given the
loaded scenario. A scenario that cannot be loaded ends the app with its errors and exit code 2.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from scenario import Content
from tests.conftest import TUTORIAL
from tui.app import ChairApp
from tui.screens.picker import ScenarioPicker
from tui.screens.title import TitleScreen

from .conftest import screen_text

ROOT = Path(__file__).resolve().parents[2]
BROKEN = ROOT / "tests" / "corpus" / "scenarios" / "bad-clock"


async def test_given_a_folder_the_title_screen_ends_as_given_the_scenario(
    tutorial: Content, saves_dir: Path
):
    shown = []
    for first in (tutorial, TUTORIAL):
        app = ChairApp(first, seed=7, saves=saves_dir)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, TitleScreen)
            assert app.library.ready
            shown.append(screen_text(app))
    assert shown[0] == shown[1]
    assert f"· {tutorial.title}" in shown[1]


async def test_a_key_before_the_scenario_is_loaded_loads_what_it_needs(saves_dir: Path):
    app = ChairApp(TUTORIAL, seed=7, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ScenarioPicker)
        assert app.library.first.folder.resolve() == TUTORIAL.resolve()


async def test_a_scenario_that_cannot_be_loaded_ends_the_app_with_its_errors(
    saves_dir: Path, monkeypatch
):
    app = ChairApp(BROKEN, seed=7, saves=saves_dir)
    told = []
    leave = app.exit
    monkeypatch.setattr(
        app, "exit", lambda *a, **k: (told.append(k.get("message")), leave(*a, **k))
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
    assert app.return_code == 2
    assert "bad-clock/scenario.yaml:5:33: error: clock.start" in str(told)


def test_the_app_imports_nothing_of_the_engine_before_its_first_frame():
    """What `tui.app` imports is all the title screen's first frame needs: no compiler, no
    engine, no saves, no pydantic and no YAML (the first frame in a terminal depends on it)."""
    code = (
        "import sys, tui.app\n"
        "heavy = ('scenario.engine.', 'scenario.tools.saves', 'scenario.tools.campaigns', "
        "'scenario.tools.campaign_saves', "
        "'pydantic', 'yaml')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy) and m != 'scenario.engine.lookup'))"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert found.stdout.strip() == "[]"
