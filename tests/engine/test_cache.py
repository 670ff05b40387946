"""The cache of checked scenarios: used when fresh, ignored when stale or damaged, never trusted."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from scenario.engine import cache
from scenario.engine.compiler import load_content
from scenario.engine.game import state_hash
from scenario.engine.session import Game
from tests.conftest import ROOT, edit


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("CHAIR_CACHE", str(folder))
    return folder


def _play(content):
    return Game.replay(
        content,
        7,
        ["floor russia", "consult russia", "propose monitor_access", "consensus monitor_access"],
    )


def test_the_cached_content_plays_exactly_like_the_checked_one(scenario_copy, cache_dir):
    folder = scenario_copy()
    first = load_content(folder)  # checks, and writes the cache
    assert len(list(cache_dir.glob("*.json"))) == 1
    second = load_content(folder)  # from the cache
    assert state_hash(_play(first).state) == state_hash(_play(second).state)
    assert [e.to_json() for e in _play(first).transcript] == [
        e.to_json() for e in _play(second).transcript
    ]
    assert second.content_hash == first.content_hash


def test_playing_a_cached_scenario_imports_neither_yaml_nor_pydantic(cache_dir):
    load_content(ROOT / "content" / "vienna-2022")
    code = (
        "import sys; from scenario import Game; Game.start('vienna-2022').act('recess'); "
        "print(sorted(m for m in ('yaml', 'pydantic') if m in sys.modules))"
    )
    env = {"CHAIR_CACHE": str(cache_dir), "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, check=True
    )
    assert result.stdout.strip() == "[]"


def test_an_edit_makes_the_cache_stale(scenario_copy, cache_dir):
    folder = scenario_copy()
    load_content(folder)
    edit(folder / "scenario.yaml", "start: 70", "start: 65")
    assert load_content(folder).initial[load_content(folder).meters["tension"].slot] == 65


def test_a_changed_seed_text_makes_the_cache_stale(scenario_copy, cache_dir):
    folder = scenario_copy()
    load_content(folder)
    seeds = folder.parent.parent / "seeds" / "000_5d925ebf82e8c0f8.txt"
    seeds.write_text("something else entirely", encoding="utf-8")
    with pytest.raises(Exception, match="not found verbatim"):
        load_content(folder)


def test_a_damaged_cache_entry_is_ignored_and_rewritten(scenario_copy, cache_dir):
    folder = scenario_copy()
    load_content(folder)
    (entry,) = cache_dir.glob("*.json")
    good = json.loads(entry.read_text(encoding="utf-8"))
    for damage in (
        "{",
        json.dumps({"content_hash": good["content_hash"]}),
        json.dumps({**good, "data": {**good["data"], "reactions": 5}}),
        json.dumps({**good, "data": {"seeds": []}}),
    ):
        entry.write_text(damage, encoding="utf-8")
        assert load_content(folder).id == "tutorial"
    assert json.loads(entry.read_text(encoding="utf-8")) == good  # rewritten whole


def test_no_cache_when_disabled(scenario_copy, monkeypatch, tmp_path):
    monkeypatch.setenv("CHAIR_CACHE", "")
    folder = scenario_copy()
    assert load_content(folder).id == "tutorial"
    assert cache.cache_folder() is None


def test_the_engine_fingerprint_changes_with_any_source_file_and_only_with_them(tmp_path):
    """What keys the cache to the engine's code: every Python file, nested too, by its path,
    size and time of change; bytecode and other files do not count."""
    import os

    (tmp_path / "engine" / "__pycache__").mkdir(parents=True)
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / "engine" / "b.py").write_text("y = 2\n")

    def fingerprint() -> list[str]:
        return sorted(cache._sources(str(tmp_path), ""))

    before = fingerprint()
    assert [line.split(":")[0] for line in before] == ["a.py", "engine/b.py"]
    (tmp_path / "engine" / "__pycache__" / "b.cpython-311.pyc").write_bytes(b"\0")
    (tmp_path / "notes.txt").write_text("not code")
    assert fingerprint() == before
    stat = (tmp_path / "engine" / "b.py").stat()
    os.utime(tmp_path / "engine" / "b.py", ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
    touched = fingerprint()
    assert touched != before
    (tmp_path / "engine" / "b.py").write_text("y = 22\n")
    os.utime(tmp_path / "engine" / "b.py", ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
    assert fingerprint() != touched  # the same time, another size
    (tmp_path / "engine" / "c.py").write_text("")
    assert len(fingerprint()) == 3
    assert len(cache.engine_digest()) == 64
