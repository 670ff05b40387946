"""Where the platform keeps a program's own files: the user's data folder and config folder.

An installed copy has no repository to write into, so saves and the user's own scenarios go to
the data folder, and settings (the theme) to the config folder, where each platform expects them:

- Linux and other Unix: ``$XDG_DATA_HOME`` (else ``~/.local/share``) and ``$XDG_CONFIG_HOME``
  (else ``~/.config``), each with a ``the-chair`` folder;
- macOS: ``~/Library/Application Support/the-chair`` for both;
- Windows: ``%LOCALAPPDATA%\\the-chair`` for both (else ``~\\AppData\\Local``).

These are the folders the `platformdirs` package picks; they are worked out here in a few lines
rather than adding a dependency.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "the-chair"


def data_folder() -> Path:
    """The user's data folder for The Chair (it may not exist yet)."""
    return _base("XDG_DATA_HOME", Path(".local") / "share") / APP


def saves_folder() -> Path:
    """Where games are saved: $CHAIR_SAVES, else a source checkout's saves/, else the data folder.

    A checkout is recognised by the `saves/` folder beside the package (git keeps it, empty); an
    installed copy has none. (Worked out here, not in `saves`, so that `--help` can say it
    without importing the engine.)
    """
    if os.environ.get("CHAIR_SAVES"):
        return Path(os.environ["CHAIR_SAVES"])
    project = Path(__file__).resolve().parents[2] / "saves"
    if project.is_dir() and os.access(project, os.W_OK):
        return project
    return data_folder() / "saves"


def config_folder() -> Path:
    """The user's config folder for The Chair (it may not exist yet)."""
    return _base("XDG_CONFIG_HOME", Path(".config")) / APP


def _base(xdg_variable: str, xdg_default: Path) -> Path:
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        return Path(local) if local else Path.home() / "AppData" / "Local"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support"
    configured = os.environ.get(xdg_variable)
    # The XDG spec: a relative path in these variables is invalid and is ignored.
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path.home() / xdg_default
