"""Names that point at something other than a small regular file, everywhere input is read.

A device (`/dev/zero` gives bytes forever), a FIFO (opening it blocks until someone writes), a
symlink loop, a folder, a file too large: each gets a located answer at once, without reading
it. And writes aimed at odd places (`/dev/full`, a file used as a folder, `/proc`) say why they
failed, leaving the earlier file as it was. An alarm fails a test that would otherwise hang.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from chair.cli import main
from scenario import Game
from scenario.engine.compiler import load_content
from scenario.format.diagnostics import ScenarioError
from scenario.tools import saves

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and /dev/zero")

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "content" / "tutorial" / "scripts"


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    """A read that blocks (a FIFO) or never ends (/dev/zero) fails the test instead of hanging it."""

    def hung(signum, frame):
        raise TimeoutError("a read blocked or never ended")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(30)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def special(tmp_path: Path, kind: str, name: str) -> Path:
    path = tmp_path / name
    if kind == "device":
        path.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "loop":
        path.symlink_to(path.name)
    elif kind == "folder":
        path.mkdir()
    return path


KINDS = ["device", "fifo", "loop", "folder"]


def run(argv: list[str], capsys) -> tuple[int, str]:
    code = main(argv)
    err = capsys.readouterr().err
    assert "Traceback" not in err and "\x1b" not in err
    return code, err


@pytest.mark.parametrize("kind", KINDS)
def test_a_special_file_as_a_script(tmp_path, capsys, monkeypatch, kind):
    monkeypatch.chdir(tmp_path)
    path = special(tmp_path, kind, "script.yaml")
    code, err = run(["run", "tutorial", "--script", path.name], capsys)
    assert code == 2 and err.startswith("script.yaml: error: ")


@pytest.mark.parametrize("kind", KINDS)
def test_a_special_file_as_a_save(tmp_path, capsys, monkeypatch, kind):
    monkeypatch.chdir(tmp_path)
    path = special(tmp_path, kind, "game.json")
    code, err = run(["replay", path.name], capsys)
    assert code == 2 and err.startswith("game.json: error: ")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("where", ["scenario.yaml", "delegations/north.yaml", "seeds/source.txt"])
def test_a_special_file_in_a_scenario(tmp_path, capsys, monkeypatch, kind, where):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "mine"]) == 0
    target = tmp_path / "mine" / where
    target.unlink()
    special(target.parent, kind, target.name)
    capsys.readouterr()
    code, err = run(["check", "--fresh", "-q", "mine"], capsys)
    assert code in (1, 2) and err.startswith("mine")
    assert err.count("error:") >= 1


def test_a_fifo_in_the_saves_folder_is_listed_as_damaged(tmp_path):
    os.mkfifo(tmp_path / "pipe.json")
    listed = saves.list_saves(tmp_path)
    assert [item.path.name for item in listed] == ["pipe.json"]
    assert "not a regular file (a FIFO)" in (listed[0].problem or "")


def test_a_save_larger_than_the_limit_is_not_read(tmp_path):
    path = tmp_path / "big.json"
    with path.open("wb") as out:
        out.truncate(saves.MAX_BYTES + 1)  # sparse: large without using the disk
    with pytest.raises(ScenarioError, match="too large to be a save"):
        saves.read_save(path)


@pytest.fixture
def earlier(tmp_path: Path) -> Path:
    tutorial = load_content(ROOT / "content" / "tutorial")
    return saves.write_save(Game.replay(tutorial, 1, ["recess"]), tmp_path / "g.json")


@pytest.mark.parametrize(
    "target",
    ["/dev/full", "/proc/self/x.json", "g.json/x.json", "/proc/self/fd/x.json"],
)
def test_saving_into_an_odd_place_says_why(tmp_path, capsys, monkeypatch, earlier, target):
    monkeypatch.chdir(tmp_path)
    before = earlier.read_bytes()
    code, err = run(
        ["run", "tutorial", "--script", str(SCRIPT / "skilled.yaml"), "--save", target], capsys
    )
    assert code == 2 and "error:" in err
    assert earlier.read_bytes() == before


@pytest.mark.parametrize("kind", ["loop", "dangling", "deep"])
def test_saving_onto_a_broken_symlink_or_a_deep_path_says_why(tmp_path, capsys, monkeypatch, kind):
    monkeypatch.chdir(tmp_path)
    if kind == "loop":
        (tmp_path / "g.json").symlink_to("g.json")
        target = "g.json"
    elif kind == "dangling":
        (tmp_path / "g.json").symlink_to("nowhere/else.json")
        target = "g.json"
    else:
        target = "x/" * 2000 + "g.json"
    code, err = run(
        ["run", "tutorial", "--script", str(SCRIPT / "skilled.yaml"), "--save", target], capsys
    )
    assert code == 2 and "error:" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == (["g.json"] if kind != "deep" else [])
    if kind != "deep":
        assert (tmp_path / "g.json").is_symlink()  # left as it was


def test_saving_into_an_immutable_folder_says_why(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "frozen"
    folder.mkdir()
    if shutil.which("chattr") is None:
        pytest.skip("no chattr")
    made = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip("the file system has no immutable flag here")
    try:
        code, err = run(
            [
                "run",
                "tutorial",
                "--script",
                str(SCRIPT / "skilled.yaml"),
                "--save",
                str(folder / "x.json"),
            ],
            capsys,
        )
        assert code == 2 and "cannot write the save: Operation not permitted" in err
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=False)


def test_a_symlink_loop_is_shown_by_its_name(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "loop").symlink_to("loop")
    for argv in (["replay", "loop"], ["run", "tutorial", "--script", "loop"], ["check", "loop"]):
        code, err = run(argv, capsys)
        assert code in (1, 2) and err.startswith("loop")


@pytest.mark.parametrize("kind", ["proc", "dangling", "deep", "file-as-folder"])
def test_chair_new_in_odd_places_leaves_nothing_behind(tmp_path, capsys, monkeypatch, kind):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "file").write_text("x", encoding="utf-8")
    (tmp_path / "dangling").symlink_to("nowhere")
    name = {
        "proc": "/proc/self/x",
        "dangling": "dangling",
        "deep": "a/" * 2000 + "x",
        "file-as-folder": "file/x",
    }[kind]
    before = sorted(p.name for p in tmp_path.iterdir())
    code, err = run(["new", name], capsys)
    assert code == 2 and "error:" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_failed_chair_new_can_be_run_again(tmp_path, capsys, monkeypatch):
    from scenario.tools import scaffold

    monkeypatch.chdir(tmp_path)
    written = []

    def fail_on_the_third(path, data):
        written.append(path)
        if len(written) == 3:
            raise OSError(28, "No space left on device")
        return real(path, data)

    real = scaffold.atomic_write
    monkeypatch.setattr(scaffold, "atomic_write", fail_on_the_third)
    code, err = run(["new", "deeper/mine"], capsys)
    assert code == 2 and "No space left on device" in err
    assert list(tmp_path.iterdir()) == []  # neither the folder nor the parent made for it
    monkeypatch.undo()
    monkeypatch.chdir(tmp_path)
    assert main(["new", "deeper/mine"]) == 0


def test_the_tool_reads_no_file_that_is_not_regular_even_through_python(tmp_path):
    """The bounded reader itself: a device, a FIFO and a growing /proc file are all answered."""
    from scenario.format.reading import Refused, TooLarge, read_regular

    with pytest.raises(Refused, match="a device"):
        read_regular("/dev/zero", 100)
    os.mkfifo(tmp_path / "p")
    with pytest.raises(Refused, match="a FIFO"):
        read_regular(tmp_path / "p", 100)
    if Path("/proc/self/environ").exists() and len(os.environ) > 3:
        with pytest.raises(TooLarge):  # /proc says its size is 0; the reader counts anyway
            read_regular("/proc/self/environ", 8)


@pytest.mark.skipif(sys.platform != "linux", reason="/dev/zero as a scenario needs Linux")
def test_a_device_as_the_scenario_file_in_a_subprocess(tmp_path):
    """The whole command, as a user runs it: an answer at once, and memory never grows."""
    folder = tmp_path / "sc"
    folder.mkdir()
    (folder / "scenario.yaml").symlink_to("/dev/zero")
    done = subprocess.run(
        [sys.executable, "-m", "chair.cli", "check", str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode in (1, 2) and "not a regular file" in done.stderr
