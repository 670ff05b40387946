"""The engine stands alone: importing it never imports Textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def test_engine_does_not_import_textual():
    code = (
        "import sys, scenario, chair.cli, chair.parser, scenario.engine.game; "
        "from scenario import Game; Game.start('tutorial').act('recess'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tui')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "[]"


def test_engine_sources_never_mention_textual():
    for path in (ROOT / "scenario").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "import textual" not in text and "from textual" not in text, path


def test_plain_mode_does_not_import_textual():
    """`chair play --plain` is for terminals without a UI, and starts without loading Textual."""
    code = (
        "import sys, io; from scenario import Game; from tui.plain.session import run_plain; "
        "run_plain(Game.start('tutorial').content, seed=1, saves_folder=__import__('pathlib')"
        ".Path('.'), stdin=io.StringIO(''), stdout=io.StringIO()); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_layers_are_stated_without_exceptions():
    """`scenario` never imports the app or the command line, the app never imports the command
    line, and no contract carries a list of imports it lets through."""
    import tomllib

    linter = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "importlinter"
    ]
    assert set(linter["root_packages"]) == {"scenario", "tui", "chair"}
    forbidden = {}
    for contract in linter["contracts"]:
        assert "ignore_imports" not in contract, contract["name"]
        assert contract["type"] == "forbidden", contract["name"]
        for source in contract["source_modules"]:
            forbidden.setdefault(source, set()).update(contract["forbidden_modules"])
    assert {"tui", "chair"} <= forbidden["scenario"]
    assert "chair" in forbidden["tui"]
    assert "scenario.tools" in forbidden["scenario.engine"] & forbidden["scenario.format"]


def test_the_import_contracts_hold():
    """The layers stated in pyproject.toml ([tool.importlinter]): the engine and the format never
    import the tools or the app; `scenario` never imports the app or the command line; the app
    never imports the command line."""
    lint = Path(sys.executable).parent / "lint-imports"
    if not lint.exists():
        pytest.fail("lint-imports is missing: install the test extras (pip install -e '.[test]')")
    result = subprocess.run(
        [str(lint), "--no-cache"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_game_started_by_id_finds_its_scenario_through_the_installed_lookup():
    """`Game.start("tutorial")` still works, the id found by the tools' lookup, which the
    `scenario` package installs: the engine never imports it."""
    code = (
        "import sys; from scenario.engine.session import Game; g = Game.start('tutorial'); "
        "print(g.content.folder.name, 'scenario.tools.finding' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.split() == ["tutorial", "True"]
