"""What the player chose that outlives a game: the theme, kept in a small TOML file.

The file is ``settings.toml`` in the platform's config folder (``$XDG_CONFIG_HOME/the-chair`` or
``~/.config/the-chair`` on Linux, ``~/Library/Application Support/the-chair`` on macOS,
``%LOCALAPPDATA%\\the-chair`` on Windows), for example::

    theme = "nord"

The app reads it when `chair play` starts and writes it when the player picks a theme. A file
that cannot be read is left exactly as it is: the app says why and remembers nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scenario.format.atomic import atomic_write
from scenario.tools.places import config_folder

FILE_NAME = "settings.toml"


def settings_path() -> Path:
    return config_folder() / FILE_NAME


@dataclass
class Settings:
    path: Path
    values: dict[str, Any] = field(default_factory=dict)
    problem: str | None = None
    """Why the file could not be used; it is then never written over."""

    @classmethod
    def read(cls, path: Path) -> Settings:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls(path)
        except (OSError, UnicodeDecodeError) as exc:
            return cls(path, problem=f"{path}: error: cannot read: {exc}")
        import tomllib  # only when there is a file: 2 ms of the app's start otherwise

        try:
            values = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            return cls(path, problem=f"{path}: error: not valid TOML: {exc}")
        if not all(_simple(v) for v in values.values()):
            return cls(path, values, problem=f"{path}: error: holds more than plain settings")
        return cls(path, values)

    @property
    def theme(self) -> str | None:
        theme = self.values.get("theme")
        return theme if isinstance(theme, str) and theme else None

    def remember(self, key: str, value: str) -> None:
        """Set one setting and write the file atomically (not if it could not be read)."""
        if self.problem is not None or self.values.get(key) == value:
            return
        self.values[key] = value
        lines = [f"{name} = {_toml(v)}" for name, v in self.values.items() if _bare(name)]
        atomic_write(self.path, ("\n".join(lines) + "\n").encode("utf-8"))


def _simple(value: Any) -> bool:
    return isinstance(value, str | bool | int | float)


def _bare(name: str) -> bool:
    return name.replace("-", "").replace("_", "").isalnum() and name.isascii()


def _toml(value: str | bool | int | float) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a TOML basic string
    return repr(value)
