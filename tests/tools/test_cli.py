"""The command line as people expect it: version, `python -m`, suggestions, no abbreviations."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from importlib.metadata import version

import pytest

from chair.cli import main
from tests.conftest import ROOT


def test_version(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out == f"the-chair {version('the-chair')}\n"


def test_python_dash_m_scenario_runs_the_command_line(tmp_path):
    script = ROOT / "content" / "tutorial" / "scripts" / "skilled.yaml"
    result = subprocess.run(
        [sys.executable, "-m", "chair", "run", "tutorial", "--script", str(script)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "State hash: " in result.stdout
    usage = subprocess.run(
        [sys.executable, "-m", "chair", "--help"], capture_output=True, text=True, check=True
    )
    assert usage.stdout.startswith("usage: python -m chair ")


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


@pytest.mark.parametrize(
    ("argv", "hint"),
    [
        (["ply"], "unknown command 'ply' (did you mean 'play'?)"),
        (["chek", "tutorial"], "unknown command 'chek' (did you mean 'check'?)"),
        (["comp", "bash"], "unknown command 'comp' (did you mean 'completion'?)"),
        (["run", "tutorial", "--script", "x.yaml", "--js"], "--js (did you mean '--json'?)"),
        (["check", "--strct"], "--strct (did you mean '--strict'?)"),
        (["check", "--seeed"], "--seeed (did you mean '--seed'?)"),  # another command's option
    ],
)
def test_a_typo_gets_a_suggestion_and_runs_nothing(argv, hint, capsys):
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    captured = capsys.readouterr()
    assert hint in captured.err
    assert captured.out == ""


def test_options_are_never_abbreviated(capsys):
    script = ROOT / "content" / "tutorial" / "scripts" / "skilled.yaml"
    with pytest.raises(SystemExit):
        main(["run", "tutorial", "--scr", str(script)])
    assert "the following arguments are required: --script" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "no/such/folder"],
        ["run", "no/such/folder", "--script", "x.yaml"],
        ["playtest", "no/such/folder", "--runs", "1"],
        ["replay", "no/such/save.json"],
        ["play", "no/such/folder"],
        ["run", "tutorial", "--script", "no/such/script.yaml"],
        ["play", "--load", "no/such/save.json"],
    ],
)
def test_a_missing_folder_or_file_is_bad_input(argv, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "no/such/" in err and ": error: " in err and "Traceback" not in err


def _check_json(argv, capsys) -> tuple[int, dict]:
    code = main(["check", "--json", *argv])
    captured = capsys.readouterr()
    assert captured.err == ""  # everything is in the JSON
    return code, json.loads(captured.out)


def test_check_json_reports_each_scenario(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    code, data = _check_json(["tutorial", "no-such-scenario"], capsys)
    assert code == 2
    assert data["ok"] is False and data["strict"] is False
    tutorial, missing = data["scenarios"]
    assert tutorial == {
        "name": "tutorial",
        "folder": "content/tutorial",
        "ok": True,
        "errors": 0,
        "warnings": 0,
        "diagnostics": [],
    }
    assert missing["folder"] is None and missing["ok"] is False and missing["errors"] == 1
    assert missing["diagnostics"][0]["severity"] == "error"
    assert "no scenario folder or id" in missing["diagnostics"][0]["message"]


CORPUS = ROOT / "tests" / "corpus" / "scenarios"


def test_strict_makes_warnings_fail(capsys, monkeypatch):
    monkeypatch.chdir(CORPUS)
    assert main(["check", "never-true-warning"]) == 0
    assert ": warning: " in capsys.readouterr().err
    assert main(["check", "--strict", "never-true-warning"]) == 1
    assert "never-true-warning: FAILED (0 errors, " in capsys.readouterr().out
    code, data = _check_json(["--strict", "never-true-warning"], capsys)
    assert code == 1
    (only,) = data["scenarios"]
    assert only["ok"] is False and only["errors"] == 0 and only["warnings"] >= 1
    warning = only["diagnostics"][0]
    assert warning["severity"] == "warning" and warning["line"] > 0 and warning["column"] > 0


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_width_is_the_terminals_on_a_terminal_and_100_otherwise(monkeypatch):
    from scenario.tools.terminal import width

    monkeypatch.setenv("COLUMNS", "60")
    assert width(_Terminal()) == 60
    assert width(io.StringIO()) == 100
    monkeypatch.setenv("COLUMNS", "12")
    assert width(_Terminal()) == 40  # no narrower than a readable column


def test_the_minutes_wrap_to_the_terminal_and_keep_100_columns_in_a_pipe(monkeypatch, capsys):
    script = str(ROOT / "content" / "tutorial" / "scripts" / "skilled.yaml")
    monkeypatch.setenv("COLUMNS", "60")
    assert main(["run", "tutorial", "--script", script]) == 0
    piped = capsys.readouterr().out.splitlines()
    assert max(map(len, piped)) > 60 and max(map(len, piped)) <= 100
    monkeypatch.setattr(sys, "stdout", _Terminal())
    assert main(["run", "tutorial", "--script", script]) == 0
    on_terminal = sys.stdout.getvalue().splitlines()
    assert max(len(line) for line in on_terminal[:-1]) <= 60  # all but the state hash
    assert on_terminal[-1] == piped[-1]  # the same game: the state hash


def test_a_parser_built_for_one_command_parses_as_the_whole_one():
    """`chair COMMAND ...` adds only that command's options: the same names, the same result."""
    from chair.parser import COMMANDS, build_parser

    whole = build_parser()
    assert tuple(whole._subparsers._group_actions[0].choices) == COMMANDS
    for argv in (
        ["check", "-q", "--fresh", "--json", "--strict", "tutorial", "vienna-2022"],
        ["check", "--sources"],
        ["run", "tutorial", "--script", "x.yaml", "--seed", "3", "--json"],
        ["playtest", "tutorial", "--runs", "5", "--jobs", "2", "--mode", "coverage"],
        ["play", "--plain", "--seed", "4"],
        ["schema", "--part", "events"],
        ["replay", "save.json"],
        ["new", "x"],
        ["serve", "--port", "9000"],
    ):
        lazy = build_parser(argv=argv)
        assert tuple(lazy._subparsers._group_actions[0].choices) == COMMANDS
        one, every = vars(lazy.parse_args(argv)), vars(whole.parse_args(argv))
        assert {k: v for k, v in one.items() if k != "run"} == {
            k: v for k, v in every.items() if k != "run"
        }
        assert vars(one["run"]) == vars(every["run"])
