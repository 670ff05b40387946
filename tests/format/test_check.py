"""`chair check` on broken copies of the tutorial: each error exactly located, all in one run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from chair.cli import main
from tests.conftest import ROOT, edit


def where(path: Path, needle: str, offset: int = 0) -> str:
    """FILE:LINE:COL of the first occurrence of `needle` (plus `offset` characters) in `path`."""
    text = path.read_text(encoding="utf-8")
    index = text.index(needle) + offset
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return f"{path.relative_to(Path.cwd()).as_posix()}:{line}:{column}"


def check(folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["check", "-q", str(folder)])
    err = capsys.readouterr().err
    return code, [line for line in err.splitlines() if ": error: " in line or ": warning: " in line]


def test_the_shipped_scenarios_are_clean(capsys):
    """Clean in format 2; in format 1, only the attribution warnings that say how to move on."""
    code = main(["check", str(ROOT / "content" / "tutorial")])
    out = capsys.readouterr()
    assert code == 0, out.err
    if "format 1)" in out.out:
        assert all(
            ": warning: a sourced item should say whose words" in line
            for line in out.err.splitlines()
        ), out.err
    else:
        assert out.err == ""


def test_yaml_syntax_error(scenario_copy, capsys):
    folder = scenario_copy()
    main_file = folder / "scenario.yaml"
    edit(main_file, "moves: { transparency: 25 }", "moves: { transparency: 25")
    code, lines = check(folder, capsys)
    assert code == 1
    # libyaml notices at the next key, where the mapping should have been closed
    assert lines == [
        f"{where(main_file, 'effects:', 7)}: error: YAML syntax: did not find expected ',' or '}}'"
    ]


def test_unknown_key_points_at_the_key_and_suggests(scenario_copy, capsys):
    folder = scenario_copy()
    main_file = folder / "scenario.yaml"
    edit(main_file, "    start: 70\n", "    start: 70\n    strat: 71\n")
    code, lines = check(folder, capsys)
    assert code == 1
    assert lines == [
        f"{where(main_file, 'strat')}: error: unknown key 'strat' in meters.tension (did you mean 'start'?)"
    ]


def test_wrong_type(scenario_copy, capsys):
    folder = scenario_copy()
    russia = folder / "delegations" / "russia.yaml"
    edit(russia, "trust: 40", "trust: high")
    code, lines = check(folder, capsys)
    assert code == 1
    assert lines == [
        f"{where(russia, 'high')}: error: delegations.russia.trust: expected a whole number, got text 'high'"
    ]


def test_missing_field_points_at_its_mapping(scenario_copy, capsys):
    folder = scenario_copy()
    usa = folder / "delegations" / "usa.yaml"
    edit(
        usa,
        'summary: "Washington insists that NATO\'s door stays open and wants technical talks on arms control."\n',
        "",
    )
    code, lines = check(folder, capsys)
    assert code == 1
    assert lines == [f"{where(usa, 'name:')}: error: missing key 'summary' in delegations.usa"]


def test_dangling_reference_suggests_the_id(scenario_copy, capsys):
    folder = scenario_copy()
    main_file = folder / "scenario.yaml"
    edit(main_file, "    target: usa\n", "    target: uas\n")
    code, lines = check(folder, capsys)
    assert code == 1
    assert lines == [
        f"{where(main_file, 'uas')}: error: unknown delegation 'uas' (did you mean 'usa'?)"
    ]


def test_expression_with_an_unknown_name(scenario_copy, capsys):
    folder = scenario_copy()
    main_file = folder / "scenario.yaml"
    edit(main_file, '"incidents -= 30"', '"incidnts -= 30"')
    code, lines = check(folder, capsys)
    assert code == 1
    assert lines == [
        f"{where(main_file, 'incidnts')}: error: unknown name 'incidnts' (did you mean 'incidents'?)"
    ]


def test_expression_with_a_syntax_error(scenario_copy, capsys):
    folder = scenario_copy()
    main_file = folder / "scenario.yaml"
    edit(main_file, 'when: "heard.russia == 1"', 'when: "heard.russia == 1 and and"')
    code, lines = check(folder, capsys)
    assert code == 1
    assert lines == [f"{where(main_file, 'and and', 4)}: error: expected a value, found 'and'"]


def test_duplicate_key(scenario_copy, capsys):
    folder = scenario_copy()
    russia = folder / "delegations" / "russia.yaml"
    edit(russia, "trust: 40\n", "trust: 40\npatience: 30\n")
    code, lines = check(folder, capsys)
    assert code == 1
    first_line = where(russia, "patience: 30").split(":")[1]
    assert lines == [
        f"{where(russia, 'patience: 55')}: error: duplicate key 'patience' (first given on line {first_line})"
    ]


def test_alias_bomb(scenario_copy, capsys):
    folder = scenario_copy()
    main_file = folder / "scenario.yaml"
    bomb = 'lol: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        bomb += f"{name}{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]\n"
    text = main_file.read_text(encoding="utf-8")
    main_file.write_text(text + bomb, encoding="utf-8")
    code, lines = check(folder, capsys)
    assert code == 1
    assert len(lines) == 1
    # 9**6 values under 'ff' is the first node past the limit
    assert lines[0].startswith(
        f"{where(main_file, 'ff: &f', 4)}: error: aliases expand this document beyond"
    )


def test_passage_not_in_the_seeds(scenario_copy, capsys):
    folder = scenario_copy()
    main_file = folder / "scenario.yaml"
    edit(main_file, 'source: "Er will die Missionen', 'source: "Sie will die Missionen')
    code, lines = check(folder, capsys)
    assert code == 1
    assert lines == [
        f"{where(main_file, 'Sie will', -1)}: error: this passage is not found verbatim in the seeds"
    ]


def test_control_character(scenario_copy, capsys):
    folder = scenario_copy()
    russia = folder / "delegations" / "russia.yaml"
    edit(russia, 'head: "Aleksandr Grushko"', 'head: "Aleksandr\\e[31m Grushko"')
    code, lines = check(folder, capsys)
    assert code == 1
    assert lines == [
        f"{where(russia, 'Aleksandr')[:-1]}{int(where(russia, 'Aleksandr').rsplit(':', 1)[1]) - 1}: error: delegations.russia.head: text may not contain the control character U+001B (at character 10)"
    ]


def test_several_errors_in_several_files_in_one_run(scenario_copy, capsys):
    folder = scenario_copy()
    main_file = folder / "scenario.yaml"
    russia = folder / "delegations" / "russia.yaml"
    edit(main_file, "    start: 70\n", "    start: 70\n    strat: 71\n")
    edit(main_file, '"incidents -= 30"', '"incidnts -= 30"')
    edit(main_file, "    target: usa\n", "    target: uas\n")
    edit(russia, "trust: 40", "trust: high")
    code, lines = check(folder, capsys)
    assert code == 1
    assert len(lines) == 4
    assert {line.split(":")[0] for line in lines} == {
        "content/tutorial/scenario.yaml",
        "content/tutorial/delegations/russia.yaml",
    }


def test_an_item_with_errors_does_not_cascade(scenario_copy, capsys):
    """A delegation that fails is reported once; the many references to it are not errors too."""
    folder = scenario_copy()
    russia = folder / "delegations" / "russia.yaml"
    edit(russia, "trust: 40", "trust: high")
    _, lines = check(folder, capsys)
    assert len(lines) == 1


def test_check_never_shows_a_traceback(scenario_copy):
    folder = scenario_copy()
    (folder / "scenario.yaml").write_bytes(b"\xff\xfe garbage \x00")
    result = subprocess.run(
        [sys.executable, "-m", "chair.cli", "check", str(folder)],
        capture_output=True,
        text=True,
        cwd=folder.parent.parent,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (
        result.stderr
        == "content/tutorial/scenario.yaml:1:1: error: this is a binary file, not YAML text\n"
    )


def test_missing_folder_and_unknown_id(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["check", "no-such-scenario"]) == 2  # bad input, as a missing file is anywhere
    assert "no scenario folder or id 'no-such-scenario'" in capsys.readouterr().err


def test_a_check_imports_no_campaign_engine_game_or_workers():
    """Checking a scenario needs the format and the compiler, not the campaign engine, the game
    or playtest's process pool: importing those cost a check from scratch a tenth of its time.
    Nor `difflib`, which only suggests a name for one that is wrong."""
    code = (
        "import sys; from chair.cli import main; "
        f"main(['check', '-q', '--fresh', {str(ROOT / 'content' / 'tutorial')!r}]); "
        "print(sorted(m for m in sys.modules if m in ("
        "'scenario.engine.campaign', 'scenario.format.campaign', 'scenario.engine.game', "
        "'scenario.tools.campaigns', 'scenario.tools.playtest', 'concurrent.futures', "
        "'difflib')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout == "[]\n", result.stdout


def test_a_check_leaves_garbage_collection_as_it_found_it(capsys):
    """A check collects no garbage while it runs, and gives the collector back afterwards."""
    import gc

    assert gc.isenabled()
    assert main(["check", "-q", "--fresh", str(ROOT / "content" / "tutorial")]) == 0
    assert gc.isenabled()
    gc.disable()
    try:
        main(["check", "-q", "--fresh", str(ROOT / "content" / "tutorial")])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_check_turns_off_pydantic_plugins_only_while_it_runs(monkeypatch, capsys):
    """A check skips pydantic's search for plugins, unless the user chose otherwise, and puts
    the environment back as it was: no other command, and no child process, sees the change."""
    import os

    import scenario.engine.compiler as compiler

    seen: list[str | None] = []
    real = compiler.check_scenario

    def spying(folder: Path, **options: bool) -> compiler.Report:
        seen.append(os.environ.get("PYDANTIC_DISABLE_PLUGINS"))
        return real(folder, **options)

    monkeypatch.setattr(compiler, "check_scenario", spying)
    tutorial = str(ROOT / "content" / "tutorial")
    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    assert main(["check", "-q", "--fresh", tutorial]) == 0
    assert "PYDANTIC_DISABLE_PLUGINS" not in os.environ
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "some-plugin")  # the user's own choice
    assert main(["check", "-q", "--fresh", tutorial]) == 0
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == "some-plugin"
    assert seen == ["__all__", "some-plugin"]
