"""The package as a user installs it: the sdist and the wheel carry the scenarios, and play.

The slow test builds the sdist, builds the wheel from it (as pip does from an sdist), installs the
wheel into a fresh virtual environment and runs the installed `chair` from an unrelated folder.
Nothing is downloaded: the build uses this environment's setuptools (--no-build-isolation), the
install takes no dependencies (--no-deps, --no-index), and the new environment sees this one's
packages (textual, pydantic, PyYAML) instead.
"""

from __future__ import annotations

import fnmatch
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import textwrap
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import CONTENT, ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
BUNDLED = PYPROJECT["tool"]["setuptools"]["package-data"]["scenario.bundled"]
JUNK = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis"
)


def _bundled_files() -> list[str]:
    """Every file under content/ and seeds/, as the package names it (content/..., seeds/...)."""
    names = []
    for top in ("content", "seeds"):
        for path in sorted((ROOT / top).rglob("*")):
            if path.is_file() and not any(part.startswith(".") for part in path.parts):
                names.append(path.relative_to(ROOT).as_posix())
    return names


def test_every_file_of_the_bundled_scenarios_is_packaged():
    """A new kind of file in content/ or seeds/ needs a package-data pattern, or it is lost."""
    missing = [
        name
        for name in _bundled_files()
        if not any(
            fnmatch.fnmatch(name, pattern) or fnmatch.fnmatch(name, pattern.replace("**/", ""))
            for pattern in BUNDLED
        )
    ]
    assert missing == []


def test_the_bundled_folders_are_the_repositorys():
    """scenario/bundled/content and .../seeds are links to the folders authors edit."""
    bundled = ROOT / "scenario" / "bundled"
    assert (bundled / "content").resolve() == CONTENT.resolve()
    assert (bundled / "seeds").resolve() == (ROOT / "seeds").resolve()


def _run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None, stdin: str = ""):
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result


def _build_wheel(tmp_path: Path) -> Path:
    """sdist from a copy of the checkout, then the wheel from the unpacked sdist."""
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, symlinks=True, ignore=JUNK)
    dist = tmp_path / "dist"
    dist.mkdir()
    build = "from setuptools import build_meta; print(build_meta.build_sdist({!r}))"
    name = _run(sys.executable, "-c", build.format(str(dist)), cwd=source).stdout.split()[-1]
    with tarfile.open(dist / name) as archive:
        archive.extractall(tmp_path / "unpacked", filter="data")
    (unpacked,) = (tmp_path / "unpacked").iterdir()
    for name in _bundled_files():  # the sdist holds real files, not links
        assert (unpacked / "scenario" / "bundled" / name).is_file(), name
    _run(
        sys.executable, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "--no-index",
        "--wheel-dir", dist, unpacked, cwd=tmp_path,
    )  # fmt: skip
    (wheel,) = dist.glob("*.whl")
    return wheel


def _fresh_environment(folder: Path) -> Path:
    """A virtual environment that sees this one's packages; its python."""
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(folder)
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if sys.prefix != sys.base_prefix:
        # Run from a virtual environment, --system-site-packages reaches the base Python's
        # packages, not this environment's: point the new one at ours, after its own.
        purelib = _run(
            python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=folder
        ).stdout.strip()
        ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
        Path(purelib, "the-tests-packages.pth").write_text("\n".join(sorted(ours)) + "\n")
    return python


def _dist_info(names: list[str]) -> str:
    return next(name.split("/")[0] for name in names if ".dist-info/" in name)


APP_CHECK = textwrap.dedent(
    """
    import asyncio, sys
    from pathlib import Path
    import chair, scenario, tui.app
    from chair import cli
    for package in (chair, scenario):  # the installed copies, not the checkout's
        assert Path(package.__file__).is_relative_to(sys.prefix), package.__file__
    shown = []
    real_app = tui.app.ChairApp

    def run_app(content, **options):
        options.pop("refuse", None)  # the terminal check: this test drives the app headless

        async def drive():
            app = real_app(content, **options)
            async with app.run_test(size=(100, 30)) as pilot:
                await pilot.pause()
                shown.append((type(app.screen).__name__, app.screen.scenario.id))
                await pilot.press("enter")  # take the chair
                await pilot.press("r")  # a recess: the game is saved
                await pilot.pause()
                shown.append((type(app.screen).__name__, app.screen.game.content.id))
        asyncio.run(drive())
        return 0

    tui.app.run_app = run_app
    code = cli.main(["play", "tutorial", "--seed", "1"])
    print(shown)
    sys.exit(code)
    """
)


class _Terminal:
    """A program in a pseudo-terminal, 100×30, read as a player would see its text."""

    def __init__(self, argv: list[str], cwd: Path, env: dict[str, str]) -> None:
        import fcntl
        import pty
        import struct
        import termios

        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: becomes the program
            os.chdir(cwd)
            os.execve(argv[0], argv, env | {"TERM": "xterm-256color"})
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        self.seen = b""

    def wait_for(self, text: str, limit: float = 60) -> bool:
        """Read until `text` is on screen (escape sequences aside); False at the limit or EOF."""
        import re
        import select
        import time

        needle = text.encode()
        end = time.monotonic() + limit
        while time.monotonic() < end:
            if needle in re.sub(rb"\x1b\[[0-9;?<>=]*[a-zA-Z~]", b"", self.seen):
                return True
            if select.select([self.fd], [], [], 0.2)[0]:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:  # the program has ended
                    return False
                if not chunk:
                    return False
                self.seen += chunk
        return False

    def press(self, keys: bytes) -> None:
        os.write(self.fd, keys)

    def exit_code(self) -> int:
        """Read to the end (a program blocked on a full terminal never ends), then its code."""
        self.seen = b""
        self.wait_for("\0never\0", limit=60)
        os.close(self.fd)
        return os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])


@pytest.mark.slow
def test_the_built_wheel_installs_and_plays_from_any_folder(tmp_path):
    wheel = _build_wheel(tmp_path)
    names = zipfile.ZipFile(wheel).namelist()
    for name in _bundled_files():
        assert f"scenario/bundled/{name}" in names
    assert "tui/chair.tcss" in names
    # The command line is a package of its own, above `scenario` and `tui`.
    command_line = {"chair/__init__.py", "chair/__main__.py", "chair/cli.py", "chair/parser.py"}
    assert command_line <= set(names)
    entry_points = zipfile.ZipFile(wheel).read(f"{_dist_info(names)}/entry_points.txt").decode()
    assert "chair = chair.cli:main" in entry_points.splitlines()
    metadata = zipfile.ZipFile(wheel).read(f"{_dist_info(names)}/METADATA").decode()
    assert "License-Expression: MIT" in metadata.splitlines()  # SPDX, not the deprecated table
    assert any(name.endswith("licenses/LICENSE") for name in names)

    python = _fresh_environment(tmp_path / "env")
    _run(
        sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
        "--ignore-installed", wheel, cwd=tmp_path,
    )  # fmt: skip
    chair = python.parent / ("chair.exe" if os.name == "nt" else "chair")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("CHAIR_CONTENT", "CHAIR_SAVES", "PYTHONPATH")
    }
    env |= {
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "CHAIR_CACHE": str(tmp_path / "cache"),
    }

    version = PYPROJECT["project"]["version"]
    assert _run(chair, "--version", cwd=elsewhere, env=env).stdout == f"the-chair {version}\n"
    module = _run(python, "-m", "chair", "--version", cwd=elsewhere, env=env).stdout
    assert module == f"the-chair {version}\n"

    checked = _run(chair, "check", "vienna-2022", cwd=elsewhere, env=env).stdout
    assert checked.startswith(str(tmp_path / "env")), checked
    assert checked.rstrip().endswith("vienna-2022: ok (0 errors, 0 warnings; format 2)")

    script = (CONTENT / "tutorial" / "scripts" / "skilled.yaml").read_text(encoding="utf-8")
    (elsewhere / "game.yaml").write_text(script, encoding="utf-8")
    ran = _run(chair, "run", "tutorial", "--script", "game.yaml", "--json", cwd=elsewhere, env=env)
    here = _run(
        sys.executable, "-m", "chair", "run", "tutorial", "--script", "-", "--json",
        cwd=ROOT, stdin=script,
    )  # fmt: skip
    assert json.loads(ran.stdout) == json.loads(here.stdout)

    helped = _run(chair, "play", "--help", cwd=elsewhere, env=env).stdout
    saves = tmp_path / "data" / "the-chair" / "saves"
    assert f"here: {saves}" in "".join(helped.split()).replace("here:", "here: ")

    if os.name == "posix":  # the real command in a real (pseudo-)terminal
        terminal = _Terminal([str(chair), "play", "tutorial", "--seed", "1"], elsewhere, env)
        assert terminal.wait_for("Take the chair"), terminal.seen[-2000:]  # its briefing
        assert terminal.wait_for("A first session in Vienna")
        terminal.press(b"\r")
        assert terminal.wait_for("Recess")  # the table's footer
        terminal.press(b"\x11")  # Ctrl+Q
        assert terminal.exit_code() == 0

    played = _run(python, "-c", APP_CHECK, cwd=elsewhere, env=env).stdout
    assert played.strip() == "[('BriefingScreen', 'tutorial'), ('TableScreen', 'tutorial')]"
    # An installed copy saves to the user's data folder.
    assert list((tmp_path / "data" / "the-chair" / "saves").glob("*tutorial*.json"))
