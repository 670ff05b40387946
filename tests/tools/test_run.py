"""`chair run`: minutes, JSON, and bad scripts answered with a location and the legal choices."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from chair.cli import main
from tests.conftest import ROOT, TUTORIAL


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "script.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_contract(capsys):
    code, out, err = run(
        ["run", str(TUTORIAL), "--script", str(TUTORIAL / "scripts" / "skilled.yaml"), "--json"],
        capsys,
    )
    assert code == 0 and err == ""
    data = json.loads(out)
    assert {"scenario", "seed", "ending", "score", "state_hash", "transcript"} <= set(data)
    assert set(data["ending"]) >= {"id", "title"}
    assert set(data["score"]) >= {"total", "grade", "breakdown"}
    assert data["scenario"] == "tutorial" and data["seed"] == 7
    assert len(data["state_hash"]) == 64


def test_minutes_read_like_minutes(capsys):
    code, out, _ = run(
        ["run", "tutorial", "--script", str(TUTORIAL / "scripts" / "skilled.yaml")], capsys
    )
    assert code == 0
    assert out.startswith("09:30  Vienna, Thursday 13 January 2022.")
    assert "Ending: Two small agreements" in out


def test_seed_option_overrides_the_script(capsys, tmp_path):
    script = write(tmp_path, "seed: 1\nactions:\n  - recess\n  - adjourn\n")
    _, out, _ = run(["run", "tutorial", "--script", str(script), "--seed", "99", "--json"], capsys)
    assert json.loads(out)["seed"] == 99


def test_illegal_action_is_located_with_the_legal_choices(capsys, tmp_path):
    script = write(tmp_path, "seed: 1\nactions:\n  - recess\n  - consensus: hotline\n")
    code, out, err = run(["run", "tutorial", "--script", str(script)], capsys)
    assert code == 2 and out == ""
    first = err.splitlines()[0]
    assert first.endswith(
        "script.yaml:4:5: error: 'consensus hotline' at 10:00: 'A risk-reduction hotline' is not on the table: propose it first"
    )
    assert "  choices: floor russia" in err
    assert "adjourn" in err


def test_unknown_target_lists_what_exists(capsys, tmp_path):
    script = write(tmp_path, "actions:\n  - floor: rusia\n")
    code, _, err = run(["run", "tutorial", "--script", str(script)], capsys)
    assert code == 2
    assert (
        "script.yaml:2:5: error: 'floor rusia' at 09:30: unknown delegation 'rusia' for 'floor'"
        in err
    )
    assert "russia" in err.splitlines()[1]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("actions:\n  - dance\n", "script.yaml:2:5: error: unknown verb 'dance'"),
        ("actions:\n  - recess: now\n", "script.yaml:2:5: error: 'recess' takes no target"),
        (
            "actions:\n  - {floor: russia, consult: usa}\n",
            "script.yaml:2:5: error: an action is one verb and its target",
        ),
        ("actions: recess\n", "script.yaml:1:10: error: 'actions' must be a list"),
        ("seed: x\nactions: []\n", "script.yaml:1:7: error: the seed must be a whole number"),
        ("acts: []\n", "script.yaml:1:1: error: unknown key 'acts'"),
        ("", "script.yaml:1:1: error: the file is empty"),
        ("- recess\n", "script.yaml:1:1: error: the file must hold a mapping"),
    ],
)
def test_bad_scripts(capsys, tmp_path, text, message):
    script = write(tmp_path, text)
    code, _, err = run(["run", "tutorial", "--script", str(script)], capsys)
    assert code == 2
    assert message in err


def test_actions_after_the_end_are_refused(capsys, tmp_path):
    script = write(tmp_path, "actions:\n  - adjourn\n  - recess\n")
    code, _, err = run(["run", "tutorial", "--script", str(script)], capsys)
    assert code == 2
    assert "script.yaml:3:5: error: the game has ended" in err


def test_missing_script_file(capsys, tmp_path):
    code, _, err = run(["run", "tutorial", "--script", str(tmp_path / "nope.yaml")], capsys)
    assert code == 2
    assert "nope.yaml: error: cannot read" in err


def test_a_huge_script_is_refused(capsys, tmp_path):
    script = write(tmp_path, "actions:\n" + "  - recess\n" * 10_001)
    code, _, err = run(["run", "tutorial", "--script", str(script)], capsys)
    assert code == 2
    assert "too many actions" in err


def test_bad_script_in_a_subprocess_has_no_traceback(tmp_path):
    script = write(tmp_path, "actions:\n  - consensus: nothing\n")
    result = subprocess.run(
        [sys.executable, "-m", "chair.cli", "run", "tutorial", "--script", str(script)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert ": error: " in result.stderr
