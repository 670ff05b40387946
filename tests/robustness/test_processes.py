"""Processes and time: playtest workers never outlive their parent; floods of errors stay fast.

`playtest --jobs N` runs its games in worker processes. However the parent ends (Ctrl+C,
SIGTERM from a job scheduler, SIGKILL), its workers end too, instead of computing on, orphaned.
A file with tens of thousands of mistakes is answered in linear time, with the first hundred
shown and the rest counted.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chair.cli import MAX_REPORTED, main

ROOT = Path(__file__).resolve().parents[2]


def children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(n) for n in (task / "children").read_text().split()}
        except OSError:
            continue
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][:1]
    except OSError:
        return False
    return state != "Z"


def wait_until(test, seconds: float = 60.0) -> bool:
    """Poll `test` until it holds or `seconds` pass (a bound for a broken build, not a timing)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if test():
            return True
        time.sleep(0.1)
    return test()


@pytest.mark.skipif(
    not Path("/proc/self/task").is_dir(), reason="finding a process's children needs /proc"
)
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["TERM", "KILL"])
def test_playtest_workers_end_when_the_parent_ends(sig):
    parent = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "chair.cli",
            "playtest",
            "tutorial",
            "--runs",
            "100000000",
            "--jobs",
            "2",
            "--json",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert wait_until(lambda: len(children(parent.pid)) >= 2), "the workers never started"
        workers = children(parent.pid)
        parent.send_signal(sig)
        parent.wait(timeout=60)
        assert wait_until(lambda: not any(alive(w) for w in workers)), "workers outlived the parent"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()


@pytest.mark.slow
def test_fifty_thousand_unknown_keys_are_counted_not_all_printed(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    keys = "".join(f"k{i}: 1\n" for i in range(50_000))
    (tmp_path / "many.yaml").write_text("seed: 1\nactions: [recess]\n" + keys, encoding="utf-8")
    assert main(["run", "tutorial", "--script", "many.yaml"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == MAX_REPORTED + 1
    assert lines[0] == "many.yaml:3:1: error: unknown key 'k0'; a script has 'seed' and 'actions'"
    assert lines[-1] == f"... and {50_000 - MAX_REPORTED:,} errors not shown"


@pytest.mark.slow
def test_forty_thousand_unknown_keys_in_a_scenario(scenario_copy, capsys):
    folder = scenario_copy("tutorial")
    with (folder / "scenario.yaml").open("a", encoding="utf-8") as out:
        out.writelines(f"zz{i}: 1\n" for i in range(40_000))
    assert main(["check", "--fresh", "-q", str(folder)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == MAX_REPORTED + 1
    assert lines[-1] == f"... and {40_000 - MAX_REPORTED:,} errors not shown"


def test_locating_keys_is_linear():
    """Each mapping is indexed once, however many keys are looked up in it (no timing: a count)."""
    from scenario.format import yamlfile

    text = "".join(f"k{i}: {i}\n" for i in range(20_000)).encode()
    parsed = yamlfile.parse_yaml(text, "big.yaml")
    for i in range(0, 20_000, 7):
        assert parsed.locate((f"k{i}",), key=True).line == i + 1
    assert len(parsed._keys) == 1
