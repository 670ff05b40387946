"""The corpus of bad inputs in tests/corpus: each gets exactly its answer, and nothing is harmed.

Each scenario case is a folder with the answer `chair check` must print in `expected`; each
script and save has its answer (and exit code) in a `.expected` file beside it, and plays the
small scenario in tests/corpus/content/corpus-base, which never changes with the real content. Regenerate an
answer only after reading it: it is what a user will see.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from chair.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SCENARIOS = sorted(p for p in (CORPUS / "scenarios").iterdir() if p.is_dir())
SCRIPTS = sorted((CORPUS / "scripts").glob("*.yaml"))
SAVES = sorted((CORPUS / "saves").glob("*.json"))


def checksums(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def answer(argv: list[str], capsys, cwd: Path, monkeypatch) -> tuple[int, str]:
    monkeypatch.chdir(cwd)
    monkeypatch.setenv(
        "CHAIR_CONTENT", str(CORPUS / "content")
    )  # scripts and saves play corpus-base
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.err


@pytest.mark.parametrize("case", SCENARIOS, ids=[p.name for p in SCENARIOS])
def test_scenario_case(case: Path, capsys, monkeypatch):
    before = checksums(case)
    code, err = answer(["check", "-q", case.name], capsys, case.parent, monkeypatch)
    expected = (case / "expected").read_text(encoding="utf-8")
    assert err == expected
    assert code == (1 if ": error: " in expected else 0)
    assert "Traceback" not in err
    assert checksums(case) == before


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.stem for p in SCRIPTS])
def test_script_case(script: Path, capsys, monkeypatch):
    before = checksums(script.parent)
    code, err = answer(
        ["run", "corpus-base", "--script", f"scripts/{script.name}"], capsys, CORPUS, monkeypatch
    )
    *lines, exit_line = script.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
    assert err.splitlines() == lines
    assert f"exit {code}" == exit_line
    assert checksums(script.parent) == before


@pytest.mark.parametrize("save", SAVES, ids=[p.stem for p in SAVES])
def test_save_case(save: Path, capsys, monkeypatch):
    before = checksums(save.parent)
    code, err = answer(["replay", f"saves/{save.name}"], capsys, CORPUS, monkeypatch)
    *lines, exit_line = save.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
    assert err.splitlines() == lines
    assert f"exit {code}" == exit_line
    assert checksums(save.parent) == before


def test_a_very_large_scenario_file(tmp_path, capsys, monkeypatch):
    case = tmp_path / "large"
    case.mkdir()
    (case / "scenario.yaml").write_bytes(b"title: x\n# " + b"x" * (2 * 1024 * 1024) + b"\n")
    code, err = answer(["check", "-q", "large"], capsys, tmp_path, monkeypatch)
    assert code == 1
    assert (
        err
        == "large/scenario.yaml: error: file is too large (2,097,164 bytes; the limit is 2,097,152)\n"
    )


def test_a_huge_script(tmp_path, capsys, monkeypatch):
    (tmp_path / "huge.yaml").write_text("actions:\n" + "  - recess\n" * 20_000, encoding="utf-8")
    code, err = answer(
        ["run", "corpus-base", "--script", "huge.yaml"], capsys, tmp_path, monkeypatch
    )
    assert (code, err) == (
        2,
        "huge.yaml:2:3: error: too many actions (20,000; the limit is 10,000)\n",
    )


def test_a_folder_where_a_save_should_be(tmp_path, capsys, monkeypatch):
    (tmp_path / "game.json").mkdir()
    code, err = answer(["replay", "game.json"], capsys, tmp_path, monkeypatch)
    assert (code, err) == (2, "game.json: error: is a folder, not a save file\n")


def test_a_folder_where_scenario_yaml_should_be(tmp_path, capsys, monkeypatch):
    (tmp_path / "case" / "scenario.yaml").mkdir(
        parents=True
    )  # git keeps no empty folders: made here
    code, err = answer(["check", "-q", "case"], capsys, tmp_path, monkeypatch)
    assert (code, err) == (
        1,
        "case: error: not a scenario folder: case/scenario.yaml is a folder, not a file\n",
    )
