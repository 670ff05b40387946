"""Saves: round trips, damaged files, atomic writes, safe names, changed scenarios."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chair.cli import main
from scenario import Game, ScenarioError
from scenario.engine.compiler import load_content
from scenario.tools import saves
from tests.conftest import OPENING_MOVES, TUTORIAL, edit, random_game

CONTENT = load_content(TUTORIAL)
SKILLED = OPENING_MOVES


def played(actions: list[str] = SKILLED, seed: int = 7) -> Game:
    return Game.replay(CONTENT, seed, actions)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(0, 1000), max_size=30), st.integers(-(2**63), 2**63))
def test_any_legal_game_saved_and_loaded_has_the_same_hash(tmp_path, choices, seed):
    game = random_game(CONTENT, seed, choices)
    path = saves.write_save(game, tmp_path / "g.json")
    restored = saves.restore(CONTENT, saves.read_save(path))
    assert restored.complete and restored.note is None
    assert restored.game.state_hash == game.state_hash
    assert [str(a) for a in restored.game.actions] == [str(a) for a in game.actions]


def test_summary_for_the_load_screen(tmp_path):
    save = saves.read_save(saves.write_save(played(), tmp_path / "g.json"))
    assert save.summary.round == 5 and save.summary.clock == played().clock
    assert save.summary.tension == played().read("tension")
    assert save.scenario.id == "tutorial" and save.scenario.hash == CONTENT.content_hash


def test_a_save_truncated_anywhere_gives_our_error_and_stays_as_it_was(tmp_path):
    whole = saves.write_save(played(), tmp_path / "whole.json").read_bytes()
    path = tmp_path / "cut.json"
    assert whole.endswith(b"}\n")
    for offset in range(len(whole) - 1):  # all but the final newline, without which it is whole
        path.write_bytes(whole[:offset])
        before = digest(path)
        with pytest.raises(ScenarioError) as caught:
            saves.read_save(path)
        assert caught.value.diagnostics[0].message
        assert digest(path) == before


def _edited(tmp_path: Path, change) -> Path:
    path = saves.write_save(played(), tmp_path / "g.json")
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["actions"].__setitem__(0, "floor usa"),
            "its actions do not lead to the saved state",
        ),
        (
            lambda d: d["actions"].__setitem__(4, "consensus hotline"),
            "action 5 ('consensus hotline') cannot be replayed",
        ),
        (lambda d: d["actions"].__setitem__(1, "dance"), "action 2 ('dance') cannot be replayed"),
        (
            lambda d: d.__setitem__("state_hash", "0" * 64),
            "its actions do not lead to the saved state",
        ),
        (lambda d: d.__setitem__("state_hash", "xyz"), "the save is damaged: state_hash"),
        (
            lambda d: d.__setitem__("version", 99),
            "newer version of The Chair (save format 99; this version reads 1 to 2)",
        ),
        (lambda d: d.__setitem__("version", "1"), "no valid format version"),
        (lambda d: d.__setitem__("format", "other"), "is not a save of The Chair"),
        (
            lambda d: d["scenario"].__setitem__("id", "vienna-2022"),
            "the save is for the scenario 'vienna-2022', not 'tutorial'",
        ),
        (lambda d: d.__setitem__("seed", "7"), "the save is damaged: seed"),
        (lambda d: d.pop("actions"), "the save is damaged: actions"),
        (lambda d: d.__setitem__("extra", 1), "the save is damaged: extra"),
    ],
)
def test_edited_saves_are_refused_and_left_unchanged(tmp_path, change, message):
    path = _edited(tmp_path, change)
    before = digest(path)
    with pytest.raises(ScenarioError) as caught:
        saves.restore(CONTENT, saves.read_save(path), "g.json")
    assert message in caught.value.diagnostics[0].message
    assert digest(path) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the save is empty"),
        (b"[1, 2]", "is not a save of The Chair"),
        (b'{"format": "the-chair-save"', "not valid JSON"),
        (b"\xff\xfe", "not UTF-8"),
        (b'{"name": "a foreign file"}', "is not a save of The Chair"),
    ],
)
def test_foreign_and_broken_files(tmp_path, content, message):
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(ScenarioError) as caught:
        saves.read_save(path)
    assert message in str(caught.value)
    assert path.read_bytes() == content


def test_a_folder_where_a_save_should_be(tmp_path):
    (tmp_path / "x.json").mkdir()
    with pytest.raises(ScenarioError, match="is a folder"):
        saves.read_save(tmp_path / "x.json")
    with pytest.raises(ScenarioError, match="is a folder"):
        saves.write_save(played(), tmp_path / "x.json")


def test_an_unreadable_save(tmp_path, monkeypatch):
    path = saves.write_save(played(), tmp_path / "g.json")

    def denied(path, limit):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(saves, "read_regular", denied)
    with pytest.raises(ScenarioError, match="cannot read the save: Permission denied"):
        saves.read_save(path)


def test_a_damaged_file_is_never_overwritten(tmp_path):
    path = tmp_path / "notes.json"
    path.write_text('{"my": "notes"}')
    with pytest.raises(ScenarioError, match="is not a save of The Chair"):
        saves.write_save(played(), path)
    assert path.read_text() == '{"my": "notes"}'


def test_a_crash_before_the_rename_leaves_the_previous_save(tmp_path, monkeypatch):
    path = saves.write_save(played(SKILLED[:2]), tmp_path / "g.json")
    before = path.read_bytes()

    def crash(src, dst):
        raise OSError("disk unplugged")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(ScenarioError, match="cannot write the save: disk unplugged"):
        saves.write_save(played(), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert (
        saves.restore(CONTENT, saves.read_save(path)).game.state_hash
        == played(SKILLED[:2]).state_hash
    )
    assert [p.name for p in tmp_path.iterdir()] == ["g.json"]  # no temporary file left behind


def test_a_writer_killed_halfway_leaves_the_previous_save(tmp_path):
    """A real process is killed while writing: the old save is whole, the new one never appeared."""
    import subprocess
    import sys
    import textwrap

    path = saves.write_save(played(SKILLED[:2]), tmp_path / "g.json")
    before = path.read_bytes()
    writer = textwrap.dedent(
        f"""
        import os, signal
        real = os.fsync
        def stop(fd):
            real(fd)
            os.kill(os.getpid(), signal.SIGKILL)  # dies after writing the temporary file
        os.fsync = stop
        from scenario.format.atomic import atomic_write
        atomic_write(__import__("pathlib").Path({str(path)!r}), b"x" * 100000)
        """
    )
    result = subprocess.run([sys.executable, "-c", writer], check=False)
    assert result.returncode != 0
    assert path.read_bytes() == before
    saves.read_save(path)
    left = [p.name for p in tmp_path.iterdir() if p.name != "g.json"]
    assert len(left) == 1 and left[0].startswith(".g.json.") and left[0].endswith(".tmp")
    import time

    assert saves.clean_leftovers(tmp_path) == []  # young: it might be a write in progress
    removed = saves.clean_leftovers(tmp_path, now=time.time() + 2 * saves.LEFTOVER_AGE)
    assert [p.name for p in removed] == left  # the next start removes it
    assert [p.name for p in tmp_path.iterdir()] == ["g.json"]


@pytest.mark.parametrize(
    "name", ["../x", "/etc/passwd", "a/b", "", ".hidden", "..", "x" * 65, "a\\b"]
)
def test_save_names_cannot_leave_the_folder(tmp_path, name):
    with pytest.raises(ScenarioError, match="a save name is a plain name"):
        saves.slot_path(tmp_path, name)


def test_plain_save_names(tmp_path):
    assert saves.slot_path(tmp_path, "Before the vote") == tmp_path / "Before the vote.json"
    assert saves.slot_path(tmp_path, "game-2.json") == tmp_path / "game-2.json"


def test_a_changed_scenario_replays_as_far_as_it_can(scenario_copy):
    folder = scenario_copy()
    path = saves.write_save(played(), folder.parent / "g.json")
    edit(folder / "scenario.yaml", "  all_dimensions:\n", "  broad:\n")
    edit(folder / "scenario.yaml", "engagement.russia += 10", "engagement.russia += 10")
    changed = load_content(folder)
    restored = saves.restore(changed, saves.read_save(path))
    assert not restored.complete
    assert "replays to action 2 of 5" in restored.note and "'frame all_dimensions'" in restored.note
    assert len(restored.game.actions) == 2
    restored.game.act("recess")  # and the player can go on from there


def test_a_changed_scenario_that_still_replays_says_so(scenario_copy):
    folder = scenario_copy()
    path = saves.write_save(played(), folder.parent / "g.json")
    edit(folder / "scenario.yaml", '      - "tension -= 8"', '      - "tension -= 9"')
    restored = saves.restore(load_content(folder), saves.read_save(path))
    assert not restored.complete and "all 5 actions replay" in restored.note


def test_listing_marks_damaged_saves_and_finds_the_latest_autosave(tmp_path):
    saves.write_save(played(SKILLED[:1]), saves.autosave_path(tmp_path, "tutorial"))
    saves.write_save(played(), tmp_path / "mine.json")
    (tmp_path / "broken.json").write_text("{")
    listed = {item.path.name: item for item in saves.list_saves(tmp_path)}
    assert listed["broken.json"].save is None and "not valid JSON" in listed["broken.json"].problem
    assert listed["mine.json"].save.summary.round == 5
    latest = saves.latest_autosave(tmp_path)
    assert latest is not None and latest.path.name == "autosave-tutorial.json"


def test_replay_command(tmp_path, capsys):
    path = saves.write_save(played(), tmp_path / "g.json")
    assert main(["replay", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["state_hash"] == played().state_hash and data["actions"] == SKILLED


def test_replay_of_a_damaged_save_is_exit_2(tmp_path, capsys):
    path = tmp_path / "g.json"
    path.write_text("{")
    assert main(["replay", str(path)]) == 2
    assert "g.json:1:2: error: the save is damaged (not valid JSON" in capsys.readouterr().err


def test_run_save_writes_a_loadable_save(tmp_path, capsys):
    target = tmp_path / "run.json"
    assert (
        main(
            [
                "run",
                "tutorial",
                "--script",
                str(TUTORIAL / "scripts" / "skilled.yaml"),
                "--save",
                str(target),
            ]
        )
        == 0
    )
    save = saves.read_save(target)
    assert save.seed == 7 and save.actions[-1] == "adjourn"


def test_a_save_after_an_undo_holds_the_game_as_it_stands(tmp_path):
    game = played([*SKILLED, "recess", "floor usa"])
    game.undo()
    path = saves.write_save(game, tmp_path / "g.json")
    restored = saves.restore(CONTENT, saves.read_save(path))
    assert restored.complete and restored.game.state_hash == game.state_hash
    assert [str(a) for a in restored.game.actions] == [*SKILLED, "recess"]


def test_an_ironman_game_stays_ironman_through_a_save(tmp_path):
    game = Game.replay(CONTENT, 7, ["recess"], ironman=True)
    path = saves.write_save(game, tmp_path / "g.json")
    assert json.loads(path.read_text())["ironman"] is True
    restored = saves.restore(CONTENT, saves.read_save(path))
    assert restored.game.ironman and not restored.game.can_undo()


def test_a_save_of_format_1_is_a_game_with_undo(tmp_path):
    path = _edited(tmp_path, lambda d: (d.pop("ironman"), d.__setitem__("version", 1)))
    restored = saves.restore(CONTENT, saves.read_save(path))
    assert restored.complete and not restored.game.ironman
    assert "ironman" not in (restored.game.why_not_undo() or "")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.__setitem__("ironman", "yes"), "ironman: expected true or false"),
        (lambda d: d.__setitem__("ironman", 1), "ironman: expected true or false"),
        (lambda d: d.pop("ironman"), "ironman: missing"),
        (lambda d: d.__setitem__("version", 1), "ironman: unknown key"),
    ],
)
def test_a_damaged_ironman_flag_is_refused(tmp_path, change, message):
    path = _edited(tmp_path, change)
    with pytest.raises(ScenarioError, match=message):
        saves.read_save(path)


@pytest.mark.parametrize("name", ["autosave-vienna-2022", "Autosave-tutorial", "AUTOSAVE-x.json"])
def test_save_names_cannot_take_the_autosave_slots(tmp_path, name):
    with pytest.raises(ScenarioError, match="kept for the autosaves"):
        saves.slot_path(tmp_path, name)


@pytest.mark.parametrize("name", ["careful", "partisan", "careless"])
def test_the_documented_playthroughs_replay_to_what_their_page_says(name, capsys):
    """docs/playthroughs/ shows three games by hand; their saves replay cleanly, with no warning
    that the scenario changed, to the ending and score the page and the save's summary give."""
    save = Path(__file__).resolve().parents[2] / "docs" / "playthroughs" / f"{name}.json"
    summary = json.loads(save.read_text(encoding="utf-8"))["summary"]
    assert main(["replay", str(save), "--json"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    report = json.loads(out)
    assert (report["ending"]["title"], report["score"]["total"]) == (
        summary["ending"],
        summary["score"],
    )
