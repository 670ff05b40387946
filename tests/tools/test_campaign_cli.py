"""Campaigns on the command line: check, run (one action list a day), --json with the
carry-over and the week, saves and replays, playtest; bad input located, never a traceback."""

from __future__ import annotations

import json

from chair.cli import main
from tests.conftest import CONTENT

WEEK = CONTENT / "january-2022"
SKILLED = WEEK / "scripts" / "skilled.yaml"


def run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_check_names_the_campaign(capsys):
    code, out, _ = run(["check", "january-2022", "--fresh"], capsys)
    assert code == 0
    assert "january-2022: ok (0 errors, 0 warnings; campaign of 2 days)" in out


def test_run_json_has_a_day_each_the_carry_over_and_the_week(capsys):
    code, out, err = run(["run", "january-2022", "--script", str(SKILLED), "--json"], capsys)
    assert code == 0 and err == ""
    data = json.loads(out)
    assert [d["day"] for d in data["days"]] == ["brussels", "vienna"]
    for day in data["days"]:  # each day is the object `chair run` prints for one scenario
        assert {"scenario", "seed", "ending", "score", "state_hash", "transcript"} <= set(day)
    assert data["carry"][0]["into"] == "vienna"
    assert data["carry"][0]["changes"]["status.missiles"] == {"from": 20, "to": 45}
    assert set(data["week"]) >= {"total", "grade", "breakdown"}
    assert data["over"] is True and len(data["state_hash"]) == 64


def test_run_prints_the_minutes_of_the_week(capsys):
    code, out, _ = run(["run", "january-2022", "--script", str(SKILLED)], capsys)
    assert code == 0
    assert "== Day 1: Brussels, January 2022 ==" in out and "== Day 2:" in out
    assert "carried over: tension" in out and "The week:" in out


def test_a_day_left_open_is_located(tmp_path, capsys):
    script = tmp_path / "open.yaml"
    script.write_text("seed: 1\ndays:\n  - [consult: russia]\n  - [floor: usa]\n", encoding="utf-8")
    code, _, err = run(["run", "january-2022", "--script", str(script)], capsys)
    assert code != 0
    assert f"{script.name}:3:" in err and "not over" in err and "adjourn" in err


def test_an_illegal_action_is_located_with_the_choices(tmp_path, capsys):
    script = tmp_path / "bad.yaml"
    script.write_text("seed: 1\ndays:\n  - [consult: austria]\n", encoding="utf-8")
    code, _, err = run(["run", "january-2022", "--script", str(script)], capsys)
    assert code != 0 and f"{script.name}:3:" in err and "russia" in err


def test_save_and_replay_reach_the_same_week(tmp_path, capsys):
    save = tmp_path / "week.json"
    code, out, _ = run(
        ["run", "january-2022", "--script", str(SKILLED), "--json", "--save", str(save)], capsys
    )
    assert code == 0
    ran = json.loads(out)
    code, out, _ = run(["replay", str(save), "--json"], capsys)
    assert code == 0 and json.loads(out) == ran


def test_a_damaged_campaign_save_is_refused(tmp_path, capsys):
    save = tmp_path / "week.json"
    run(["run", "january-2022", "--script", str(SKILLED), "--save", str(save)], capsys)
    data = json.loads(save.read_text(encoding="utf-8"))
    data["days"][1] = [*data["days"][1][:-3], "recess", "recess", "adjourn"]
    save.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run(["replay", str(save)], capsys)
    assert code != 0 and "do not lead to the saved state" in err
    assert json.loads(save.read_text(encoding="utf-8")) == data  # left as it was


def test_playtest_covers_both_days(capsys):
    code, out, _ = run(["playtest", "january-2022", "--runs", "40", "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["runs"] == 40 and [d["day"] for d in data["days"]] == ["brussels", "vienna"]
    assert sum(e["count"] for e in data["days"][1]["endings"].values()) == 40
    assert set(data["week"]) == {"min", "median", "max"}


def test_a_broken_campaign_fails_the_check_with_a_location(tmp_path, capsys):
    import shutil

    from tests.conftest import ROOT

    for name in ("brussels-2022", "vienna-2022", "january-2022"):
        shutil.copytree(CONTENT / name, tmp_path / "content" / name)
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    path = tmp_path / "content" / "january-2022" / "campaign.yaml"
    text = path.read_text(encoding="utf-8")
    line = text[: text.index("days:\n")].count("\n") + 1
    path.write_text(text.replace("days:\n", "dayz: 1\ndays:\n", 1), encoding="utf-8")
    code, out, err = run(["check", str(path.parent)], capsys)
    assert code == 1 and "FAILED" in out
    assert f"campaign.yaml:{line}:1: error: unknown key 'dayz'" in err


def test_watching_a_campaign_says_what_to_do_instead(capsys):
    """--watch reloads one scenario; a campaign is refused with what to watch instead (a week
    plays in plain text: tests/tui/test_plain.py)."""
    code, _, err = run(["play", "--watch", "january-2022"], capsys)
    assert code == 2
    assert "not a campaign" in err and "chair play --watch brussels-2022" in err


def test_check_sources_of_a_campaign_reports_each_day(capsys):
    code, out, _ = run(["check", "--sources", "january-2022"], capsys)
    assert code == 0
    assert "brussels-2022:" in out and "vienna-2022:" in out
