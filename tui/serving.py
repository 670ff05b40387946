"""`chair serve`: the app in browsers, one game and one saves folder per visitor (textual-serve).

textual-serve starts the command it is given once per browser connection, with Textual's web
driver. Each of those `chair play` processes is told to make a new saves folder of its own inside
one temporary folder that lives as long as the server: without that, every visitor would share
one autosave slot, and one visitor's *Continue* would resume another's game. The page is
textual-serve's, with its font served from its own static files instead of an outside host, so
that it works without a network.
"""

from __future__ import annotations

import logging
import shlex
import socket
import sys
import tempfile
from pathlib import Path
from typing import Any

from aiohttp import web
from textual_serve.server import Server

TEMPLATES = Path(__file__).parent / "templates"
TITLE = "The Chair"


class ChairServer(Server):
    """textual-serve's server with The Chair's page and a plain start-up message."""

    def __init__(
        self, command: str, *, host: str, port: int, public_url: str | None = None
    ) -> None:
        super().__init__(
            command,
            host=host,
            port=port,
            title=TITLE,
            public_url=public_url,
            templates_path=TEMPLATES,
        )

    async def on_startup(self, app: web.Application) -> None:
        print(f"The Chair is served on {self.public_url}", flush=True)
        print("Open it in a browser; every tab plays its own game. Ctrl+C stops.", flush=True)


def visitor_command(scenario: str | None, saves_root: Path) -> str:
    """The shell command textual-serve runs for each visitor: this Python, this package."""
    words = [sys.executable, "-m", "chair.cli", "play"]
    if scenario is not None:
        words.append(scenario)
    words += ["--saves-in-new-folder", str(saves_root)]
    return shlex.join(words)


def check_address(host: str, port: int) -> None:
    """`OSError` now if the address cannot be listened on (taken, not this machine's), before
    anything says that the game is served."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind((host, port))


def _quiet_about_ending_games() -> None:
    """Drop the two reports asyncio makes about a game that ends just after the server's loop.

    textual-serve reads a visitor's game until the game closes its output, but never waits for
    its process to end. Stopped between the two (a tab closed just before Ctrl+C), asyncio logs
    "Loop ... that handles pid ... is closed" and prints an "Exception ignored ... Event loop is
    closed" traceback, though the game has been told to quit and ends by itself (the browser
    test checks that no game outlives the server). Only those two reports are dropped.
    """
    logging.getLogger("asyncio").addFilter(
        lambda record: (
            not (
                isinstance(record.msg, str) and record.msg.endswith("that handles pid %r is closed")
            )
        )
    )
    previous = sys.unraisablehook

    def hook(report: Any) -> None:
        closed = isinstance(report.exc_value, RuntimeError) and (
            str(report.exc_value) == "Event loop is closed"
        )
        if not (
            closed
            and "SubprocessTransport" in type(report.object).__qualname__ + repr(report.object)
        ):
            previous(report)

    sys.unraisablehook = hook


WILDCARDS = frozenset({"0.0.0.0", "::", ""})


def serve(scenario: str | None, *, host: str, port: int, public_url: str | None = None) -> int:
    """Serve until Ctrl+C (or SIGTERM); the visitors' saves go with the server.

    The page names the server by `public_url` (default: http://HOST:PORT) for its files and its
    websocket, so a server listening on every address needs the address visitors use.
    """
    check_address(host, port)
    if host in WILDCARDS and public_url is None:
        print(
            f"Listening on every address: give --public-url http://THIS-MACHINE:{port} so that "
            "browsers on other machines can load the page.",
            file=sys.stderr,
        )
    _quiet_about_ending_games()
    with tempfile.TemporaryDirectory(prefix="chair-serve-") as root:
        command = visitor_command(scenario, Path(root))
        server = ChairServer(command, host=host, port=port, public_url=public_url)
        server.serve()
    print("The Chair is no longer served.", flush=True)
    return 0
