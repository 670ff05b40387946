"""The command line as people expect it: version, `python -m`, suggestions, no abbreviations."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from importlib.metadata import version

import pytest

from scenario.tools.cli import main
from tests.conftest import ROOT


def test_version(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out == f"the-chair {version('the-chair')}\n"


def test_python_dash_m_scenario_runs_the_command_line(tmp_path):
    script = ROOT / "content" / "tutorial" / "scripts" / "skilled.yaml"
    result = subprocess.run(
        [sys.executable, "-m", "scenario", "run", "tutorial", "--script", str(script)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "State hash: " in result.stdout
    usage = subprocess.run(
        [sys.executable, "-m", "scenario", "--help"], capture_output=True, text=True, check=True
    )
    assert usage.stdout.startswith("usage: python -m scenario ")


def _stdin(monkeypatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))


def test_script_dash_reads_standard_input(monkeypatch, capsys):
    script = ROOT / "content" / "tutorial" / "scripts" / "skilled.yaml"
    assert main(["run", "tutorial", "--script", str(script), "--json"]) == 0
    from_file = json.loads(capsys.readouterr().out)
    _stdin(monkeypatch, script.read_text(encoding="utf-8"))
    assert main(["run", "tutorial", "--script", "-", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == from_file


def test_a_bad_script_on_standard_input_is_located_there(monkeypatch, capsys):
    _stdin(monkeypatch, "seed: 3\nactions:\n  - recss\n")
    assert main(["run", "tutorial", "--script", "-"]) == 2
    assert capsys.readouterr().err.startswith("<stdin>:3:5: error: unknown verb 'recss'")
