"""Shell completion: what bash, zsh and fish really offer, run in each shell that is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from chair.completion import commands, script
from chair.parser import build_parser as _parser

HERE = Path(__file__).parent / "completion"
CHAIR = Path(sys.executable).parent / "chair"

CASES = [
    ("chair pl", {"play", "playtest"}),
    ("chair play tu", {"tutorial"}),
    ("chair run tutorial --script scripts/", {"scripts/a.yaml"}),
    ("chair playtest x --mode ", {"uniform", "coverage"}),
    ("chair check --st", {"--strict"}),
    ("chair completion ", {"bash", "zsh", "fish"}),
    ("chair replay ", {"game.json"}),
]


@pytest.fixture
def folder(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A working folder with a script, a save and another file; `chair` first on PATH."""
    if not CHAIR.exists():
        pytest.skip("the chair command is not installed in this environment")
    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "a.yaml").write_text("actions: []\n")
    (tmp_path / "game.json").write_text("{}\n")
    (tmp_path / "notes.txt").write_text("\n")
    env = dict(os.environ, PATH=f"{CHAIR.parent}{os.pathsep}{os.environ['PATH']}")
    return tmp_path, env


def _shell(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


BASH_DRIVER = """
eval "$(chair completion bash)"
read -ra COMP_WORDS <<< "$1"
[[ $1 == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
_chair
printf '%s\\n' "${COMPREPLY[@]}"
"""


@pytest.mark.parametrize(("line", "expected"), CASES)
def test_bash(line, expected, folder):
    cwd, env = folder
    result = subprocess.run(
        [_shell("bash"), "-c", BASH_DRIVER, "_", line],
        cwd=cwd, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    offered = set(result.stdout.split())
    assert expected <= offered, offered
    if not line.endswith(("/", "replay ")):
        assert offered == expected


@pytest.mark.parametrize(("line", "expected"), CASES)
def test_fish(line, expected, folder, tmp_path):
    cwd, env = folder
    completions = tmp_path / "chair.fish"
    completions.write_text(script("fish", _parser()))
    result = subprocess.run(
        [_shell("fish"), "--no-config", "-c", f"source {completions}; complete -C {line!r}"],
        cwd=cwd, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    offered = {row.split("\t")[0] for row in result.stdout.splitlines()}
    assert expected <= offered, offered


@pytest.mark.parametrize(("line", "expected"), CASES)
def test_zsh(line, expected, folder):
    cwd, env = folder
    result = subprocess.run(
        [_shell("zsh"), "-f", str(HERE / "zsh_capture.zsh"), line],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    offered = {row.strip()[len("HIT:") :] for row in result.stdout.splitlines() if "HIT:" in row}
    # zsh offers a file under its own name inside the folder being completed
    offered |= {f"scripts/{name}" for name in offered}
    assert expected <= offered, (offered, result.stderr)


def test_every_command_is_completed():
    parser = _parser()
    names = [command.name for command in commands(parser)]
    assert {"play", "check", "run", "replay", "playtest", "new", "schema", "completion"} <= set(
        names
    )
    for shell in ("bash", "zsh", "fish"):
        text = script(shell, parser)
        assert all(name in text for name in names), shell


def test_ids_lists_the_scenarios_from_here(capsys, tmp_path, monkeypatch):
    from chair.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["completion", "--ids"]) == 0
    assert {"tutorial", "vienna-2022"} <= set(capsys.readouterr().out.split())


def test_a_shell_must_be_named(capsys):
    from chair.cli import main

    assert main(["completion"]) == 2
    assert "name a shell: bash, zsh or fish" in capsys.readouterr().err
