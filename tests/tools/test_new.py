"""`chair new`: the scaffold checks clean, plays, and never overwrites anything."""

from __future__ import annotations

import json

from chair.cli import main
from scenario import Game
from scenario.engine.compiler import check_scenario


def test_the_scaffold_checks_clean_and_plays(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "river-talks"]) == 0
    folder = tmp_path / "river-talks"
    report = check_scenario(folder)
    assert report.diagnostics == []
    game = Game.start(str(folder), seed=1)
    for action in [
        "consult south",
        "frame shared_river",
        "propose joint_patrols",
        "consensus joint_patrols",
        "adjourn",
    ]:
        game.act(action)
    assert game.outcome.ending.id == "agreement"
    assert (
        main(["run", str(folder), "--script", str(folder / "scripts" / "example.yaml"), "--json"])
        == 0
    )
    capsys.readouterr()
    assert main(["playtest", str(folder), "--runs", "100", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["error_count"] == 0


def test_schema_lines_point_at_real_schemas(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "content").mkdir()
    assert main(["new", "x"]) == 0
    for path in (tmp_path / "content" / "x").rglob("*.yaml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        if path.parent.name == "scripts":
            continue
        target = (path.parent / first.split("$schema=", 1)[1]).resolve()
        assert target.is_file(), path


def test_an_existing_folder_is_never_overwritten(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "notes.txt").write_text("mine")
    assert main(["new", "taken"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert (tmp_path / "taken" / "notes.txt").read_text() == "mine"
    assert sorted(p.name for p in (tmp_path / "taken").iterdir()) == ["notes.txt"]


def test_bad_names(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "Bad Name!"]) == 2
    assert "a scenario name is" in capsys.readouterr().err
