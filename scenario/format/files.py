"""Which files make a scenario, and where each part of the merged document came from.

Kept apart from the loader (and free of pydantic and YAML) because playing a scenario that has
already been checked needs only this: the list of files to hash, not the machinery to read them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .diagnostics import Location
from .reading import read_regular

if TYPE_CHECKING:
    from .yamlfile import YamlFile

SCENARIO_FILE = "scenario.yaml"
CAMPAIGN_FILE = "campaign.yaml"
MAX_HASHED_BYTES = 8 * 1024 * 1024
"""No file of a scenario is that large; a larger one (or a device) is hashed as unreadable."""
FOLDER_SECTIONS = {"delegations": "mapping", "reactions": "sequence", "events": "sequence"}
"""Sections that may also live in a folder of their own: one item a file, or a list a file."""
SECTIONS_BY_ID = (
    "meters",
    "voices",
    "issues",
    "delegations",
    "blocs",
    "measures",
    "framings",
    "statements",
)
"""Sections whose items are keyed by their id (a mapping)."""
SECTIONS_LISTED = ("briefing", "history", "reactions", "events", "endings", "guide")
"""Sections whose items are a list, in order."""


def scenario_files(folder: Path) -> list[Path]:
    """The YAML files of a scenario folder, in the order the loader reads them."""
    files = [folder / SCENARIO_FILE]
    for section in FOLDER_SECTIONS:
        sub = folder / section
        if sub.is_dir():
            files.extend(sorted(sub.glob("*.yaml"), key=lambda p: p.name))
    return files


def content_hash(folder: Path, files: list[Path]) -> str:
    """sha256 over the scenario's files (relative names and bytes), in a fixed order."""
    digest = hashlib.sha256()
    for path in sorted(files, key=lambda p: p.relative_to(folder).as_posix()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(b"\0")
        try:
            digest.update(read_regular(path, MAX_HASHED_BYTES))
        except OSError:
            digest.update(b"<unreadable>")
        digest.update(b"\0")
    return digest.hexdigest()


@dataclass
class SourceMap:
    """Which file and node each part of the merged document came from."""

    entries: dict[tuple[Any, ...], tuple[YamlFile, tuple[Any, ...]]] = field(default_factory=dict)

    def add(self, path: tuple[Any, ...], yaml_file: YamlFile, inner: tuple[Any, ...] = ()) -> None:
        self.entries[path] = (yaml_file, inner)

    def _find(self, path: tuple[Any, ...]) -> tuple[YamlFile, tuple[Any, ...]] | None:
        for cut in range(len(path), -1, -1):
            entry = self.entries.get(path[:cut])
            if entry is not None:
                yaml_file, inner = entry
                return yaml_file, inner + tuple(path[cut:])
        return None

    def locate(self, path: tuple[Any, ...], *, key: bool = False) -> Location:
        found = self._find(path)
        if found is None:
            return Location("?")
        yaml_file, inner = found
        return yaml_file.locate(inner, key=key)

    def locate_in_text(self, path: tuple[Any, ...], offset: int) -> Location:
        """Where character `offset` of the text value at `path` is, as exactly as YAML allows."""
        found = self._find(path)
        if found is None:
            return Location("?")
        yaml_file, inner = found
        start = yaml_file.locate(inner)
        style = yaml_file.scalar_style(inner)
        if style in (None, ""):
            return start.shifted(offset)
        if style in ('"', "'"):
            return start.shifted(offset + 1)
        return start

    def file_of(self, path: tuple[Any, ...]) -> str:
        found = self._find(path)
        return found[0].file if found else "?"
