"""Odd terminals: none at all, input from a pipe, standard error sent away, an ASCII locale.

The full-screen app needs a terminal on standard input and standard error (Textual draws
there); without one it would spin, drawing for no one, so `chair` says what to do instead and
exits 2. Headless output fits any encoding: ASCII locales get the nearest ASCII.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from chair.cli import main
from scenario.tools.terminal import app_refusal, fit_output, nearest_ascii

ROOT = Path(__file__).resolve().parents[2]
SKILLED = ROOT / "content" / "tutorial" / "scripts" / "skilled.yaml"
CARELESS = ROOT / "content" / "vienna-2022" / "scripts" / "careless.yaml"  # dashes, quotes


class Stream(io.StringIO):
    def __init__(self, tty: bool, encoding: str = "utf-8") -> None:
        super().__init__()
        self._tty = tty
        self._encoding = encoding

    def isatty(self) -> bool:
        return self._tty

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding


def test_the_app_runs_only_with_a_terminal_on_both_sides():
    assert app_refusal(Stream(True), Stream(True)) is None
    assert "standard input is not one" in (app_refusal(Stream(False), Stream(True)) or "")
    assert "draws on standard error" in (app_refusal(Stream(True), Stream(False)) or "")
    assert "UTF-8 locale" in (app_refusal(Stream(True), Stream(True, "ascii")) or "")
    assert app_refusal(Stream(True), Stream(True, "UTF8")) is None


def test_a_browsers_game_needs_no_terminal(monkeypatch):
    """`chair serve` runs each visitor's game under textual-serve's web driver: keys and screen
    go through the browser, and the game must not refuse its piped streams."""
    monkeypatch.setenv("TEXTUAL_DRIVER", "textual.drivers.web_driver:WebDriver")
    assert app_refusal(Stream(False), Stream(False)) is None


@pytest.mark.parametrize("argv", [[], ["play"], ["play", "tutorial"]])
def test_chair_without_a_terminal_says_what_to_do(argv, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # as `chair < /dev/null` (not a terminal)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "standard input is not one" in err and "chair play --plain" in err
    assert "chair run SCENARIO --script FILE" in err


def _chair(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "chair.cli", *args],
        capture_output=True,
        timeout=120,
        check=False,
        cwd=ROOT,
        **kwargs,
    )


def test_a_pipe_on_standard_input_ends_at_once_with_exit_2():
    done = _chair(input=b"\n")  # `echo | chair`
    assert done.returncode == 2 and b"chair play --plain" in done.stderr
    done = _chair("play", stdin=subprocess.DEVNULL)  # `chair < /dev/null`
    assert done.returncode == 2


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_standard_error_sent_away_is_said_on_standard_output():
    """`chair 2>/dev/null` on a terminal: Textual would draw on the discarded stream."""
    master, slave = os.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "chair.cli"],
            stdin=slave,
            stdout=slave,
            stderr=subprocess.DEVNULL,
            timeout=120,
            check=False,
            cwd=ROOT,
        )
        os.close(slave)
        slave = -1
        said = b""
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the terminal's other side is closed: all is read
                break
            if not chunk:
                break
            said += chunk
    finally:
        if slave != -1:
            os.close(slave)
        os.close(master)
    assert done.returncode == 2
    assert b"draws on standard error" in said and b"chair play --plain" in said


@pytest.mark.parametrize(
    "env",
    [{"PYTHONIOENCODING": "ascii"}, {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"}],
    ids=["PYTHONIOENCODING=ascii", "LC_ALL=C"],
)
def test_an_ascii_locale_gets_ascii_not_a_crash(env):
    environment = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LANG", "LC_CTYPE")}
    environment.pop("PYTHONIOENCODING", None)
    environment |= env
    done = _chair("run", "vienna-2022", "--script", str(CARELESS), env=environment)
    assert done.returncode == 0, done.stderr
    assert done.stdout.isascii() and b"Traceback" not in done.stderr
    assert b"Score:" in done.stdout
    as_json = _chair("run", "tutorial", "--script", str(SKILLED), "--json", env=environment)
    assert as_json.returncode == 0 and as_json.stdout.isascii()  # \u escapes: the same JSON


def test_the_nearest_ascii():
    text = "Gespräch — „Tür“ … 14:10 · Straße"
    assert nearest_ascii(text) == 'Gesprach -- "Tur" ... 14:10 * Strasse'
    assert nearest_ascii("日本") == "??"


def test_fit_output_leaves_utf8_streams_alone_and_fixes_ascii_ones():
    raw = io.BytesIO()
    ascii_stream = io.TextIOWrapper(raw, encoding="ascii")
    fit_output(ascii_stream)
    ascii_stream.write("Wien — Gespräch\n")
    ascii_stream.flush()
    assert raw.getvalue() == b"Wien -- Gesprach\n"
