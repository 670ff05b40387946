"""Atomic writes leave files with the mode the user expects: the umask's, or the old file's."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from chair.cli import main
from scenario.format import atomic
from scenario.format.atomic import atomic_write

pytestmark = pytest.mark.skipif(not hasattr(os, "fchmod"), reason="no Unix file modes")


@pytest.fixture
def umask_022() -> Iterator[None]:
    """Run under umask 022, as most users do; the cached umask is read again."""
    before = os.umask(0o022)
    atomic.umask.cache_clear()
    yield
    os.umask(before)
    atomic.umask.cache_clear()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_files_chair_new_writes_are_readable_by_group_and_others(
    umask_022, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "river-talks"]) == 0
    files = [p for p in (tmp_path / "river-talks").rglob("*") if p.is_file()]
    assert files
    assert {p.relative_to(tmp_path).as_posix(): _mode(p) for p in files} == {
        p.relative_to(tmp_path).as_posix(): 0o644 for p in files
    }


def test_a_save_follows_the_umask(umask_022, tmp_path):
    script = Path(__file__).parents[2] / "content" / "tutorial" / "scripts" / "skilled.yaml"
    save = tmp_path / "game.json"
    assert main(["run", "tutorial", "--script", str(script), "--save", str(save)]) == 0
    assert _mode(save) == 0o644


def test_a_stricter_umask_is_followed_too(tmp_path):
    before = os.umask(0o077)
    atomic.umask.cache_clear()
    try:
        atomic_write(tmp_path / "private.txt", b"x")
    finally:
        os.umask(before)
        atomic.umask.cache_clear()
    assert _mode(tmp_path / "private.txt") == 0o600


def test_a_replaced_file_keeps_its_mode(umask_022, tmp_path):
    target = tmp_path / "kept.txt"
    target.write_text("old")
    target.chmod(0o640)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert _mode(target) == 0o640


def test_a_write_that_need_not_last_is_still_whole(tmp_path, monkeypatch):
    """The cache is written without syncs (it is rebuilt if lost), but still by a rename: the
    old content or the new, and no temporary file left."""
    target = tmp_path / "entry.json"
    target.write_bytes(b"old")
    synced: list[int] = []
    monkeypatch.setattr(os, "fsync", synced.append)
    atomic_write(target, b"new" * 1000, durable=False)
    assert target.read_bytes() == b"new" * 1000 and synced == []
    assert [p.name for p in tmp_path.iterdir()] == ["entry.json"]
    atomic_write(target, b"saved", durable=True)  # a save: the file and the folder are synced
    assert target.read_bytes() == b"saved" and len(synced) == 2
