"""`chair serve` in a real browser: Debian's Chromium, headless, driven over DevTools.

The test opens the served page, sees the title screen, plays keys to the table, takes a
recess there (the visitor's own autosave proves the keys reached the game), keeps screenshots,
and stops the server with Ctrl+C. Nothing is downloaded: the page must not ask any host but the
server. Where Chromium is missing the test is skipped, except under CI, where it fails.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scenario.tools import saves
from tests.conftest import ROOT
from tests.tui.browser import chromium, find_chromium

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Served:
    def __init__(self, process: subprocess.Popen[str], url: str, temp: Path) -> None:
        self.process, self.url, self.temp = process, url, temp

    def stop(self) -> str:
        """Ctrl+C, as a person would stop it; what it printed."""
        self.process.send_signal(signal.SIGINT)
        out, _ = self.process.communicate(timeout=60)
        return out


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    """`chair serve` on a free port, its temporary folders under tmp_path."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "chair.cli", "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=ROOT,
        env={**os.environ, "TMPDIR": str(temp), "CHAIR_SAVES": str(tmp_path / "shared-saves")},
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    assert first.strip() == f"The Chair is served on http://127.0.0.1:{port}", first
    try:
        yield Served(process, f"http://127.0.0.1:{port}/", temp)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def require_chromium() -> None:
    if find_chromium() is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: CI installs it (apt-get install -y chromium)")
        pytest.skip("Chromium is not installed (apt-get install -y chromium)")


def visitors(root: Path) -> list[Path]:
    """The saves folders the served games made for themselves."""
    return sorted(root.glob("chair-serve-*/visitor-*"))


async def test_a_browser_reaches_the_table_of_the_served_game(served: Served, tmp_path: Path):
    require_chromium()
    async with chromium(tmp_path / "profile") as page:
        await page.send("Network.enable")
        await page.send("Page.enable")
        await page.send("Page.navigate", url=served.url)
        await page.wait_for_text("T H E   C H A I R")
        await page.wait_for_text("New game")
        await page.screenshot(tmp_path / "title.png")
        await page.send(
            "Runtime.evaluate",
            expression="document.querySelector('.xterm-helper-textarea').focus()",
        )
        await page.press("n")
        await page.wait_for_text("Choose a scenario.")
        await page.press("Enter")
        await page.wait_for_text("The situation")
        await page.press("Enter")
        await page.wait_for_text("Propose")  # the table's footer: a key for each verb
        await page.wait_for_text("opens the session")
        await page.screenshot(tmp_path / "serve.png")
        await page.press("r")
        await page.wait_for_text("recess")
        outside = [
            url
            for url in page.requests
            if not url.startswith((served.url, served.url.replace("http", "ws", 1), "data:"))
        ]
        assert outside == []  # no font or script from another host: the page works offline

    folders = visitors(served.temp)
    assert len(folders) == 1  # the visitor's own saves folder, not the shared one
    autosaves = list(folders[0].glob("autosave-*.json"))
    assert len(autosaves) == 1
    assert list(saves.read_save(autosaves[0]).actions) == ["recess"]
    assert not (tmp_path / "shared-saves").exists()

    out = served.stop()
    assert served.process.returncode == 0, out
    assert "Traceback" not in out, out
    assert out.rstrip().endswith("The Chair is no longer served.")
    assert visitors(served.temp) == []  # the visitors' folders go with the server
    assert await games_end(served.temp), "a visitor's game outlived the server"


async def games_end(temp: Path) -> bool:
    """Whether every game started under `temp` has ended (told to quit, a game takes a moment)."""
    for _ in range(300):
        running = []
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                running.append(str(temp).encode() in cmdline.read_bytes())
            except OSError:
                continue
        if not any(running):
            return True
        await asyncio.sleep(0.1)
    return False


def test_two_visitors_get_two_saves_folders(tmp_path: Path):
    """What keeps visitors apart: each served `chair play` makes its own folder under the root."""
    from tui.serving import visitor_command

    command = visitor_command("tutorial", tmp_path)
    assert "--saves-in-new-folder" in command and str(tmp_path) in command
    for _ in range(2):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "chair.cli",
                "play",
                "--plain",
                "tutorial",
                "--seed",
                "1",
                "--saves-in-new-folder",
                str(tmp_path),
            ],
            input="recess\n",
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
    folders = sorted(tmp_path.glob("visitor-*"))
    assert len(folders) == 2
    for folder in folders:
        assert [p.name for p in folder.iterdir()] == ["autosave-tutorial.json"]


def test_a_taken_port_is_reported_before_anything_is_served(capsys: pytest.CaptureFixture[str]):
    from chair.cli import main

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--port", str(port)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"chair serve: error: cannot serve on 127.0.0.1:{port}: ")


def test_an_unknown_scenario_is_reported_before_serving(capsys: pytest.CaptureFixture[str]):
    from chair.cli import main

    assert main(["serve", "no-such-scenario", "--port", "1"]) == 2
    assert "no-such-scenario" in capsys.readouterr().err
