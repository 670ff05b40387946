"""`chair serve`: the app in browsers, one game and one saves folder per visitor (textual-serve).

textual-serve starts the command it is given once per browser connection, with Textual's web
driver. Each of those `chair play` processes is told to make a new saves folder of its own inside
one temporary folder that lives as long as the server: without that, every visitor would share
one autosave slot, and one visitor's *Continue* would resume another's game. The page is
textual-serve's, with its font served from its own static files instead of an outside host, so
that it works without a network.
"""

from __future__ import annotations

import shlex
import sys
import tempfile
from pathlib import Path

from aiohttp import web
from textual_serve.server import Server

TEMPLATES = Path(__file__).parent / "templates"
TITLE = "The Chair"


class ChairServer(Server):
    """textual-serve's server with The Chair's page and a plain start-up message."""

    def __init__(self, command: str, *, host: str, port: int) -> None:
        super().__init__(command, host=host, port=port, title=TITLE, templates_path=TEMPLATES)

    async def on_startup(self, app: web.Application) -> None:
        print(f"The Chair is served on {self.public_url}", flush=True)
        print("Open it in a browser; every tab plays its own game. Ctrl+C stops.", flush=True)


def visitor_command(scenario: str | None, saves_root: Path) -> str:
    """The shell command textual-serve runs for each visitor: this Python, this package."""
    words = [sys.executable, "-m", "scenario.tools.cli", "play"]
    if scenario is not None:
        words.append(scenario)
    words += ["--saves-in-new-folder", str(saves_root)]
    return shlex.join(words)


def serve(scenario: str | None, *, host: str, port: int) -> int:
    """Serve until Ctrl+C (or SIGTERM); the visitors' saves go with the server."""
    with tempfile.TemporaryDirectory(prefix="chair-serve-") as root:
        server = ChairServer(visitor_command(scenario, Path(root)), host=host, port=port)
        server.serve()
    print("The Chair is no longer served.", flush=True)
    return 0
