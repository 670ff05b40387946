"""Finding a scenario from what a user typed: a folder, or an id under a content/ folder."""

from __future__ import annotations

import os
from pathlib import Path

from ..format.diagnostics import Location, ScenarioError
from ..format.files import SCENARIO_FILE

DEFAULT_SCENARIO = "vienna-2022"
PROJECT_CONTENT = Path(__file__).resolve().parents[2] / "content"


def content_roots() -> list[Path]:
    """Where scenario ids are looked up: $CHAIR_CONTENT, ./content, then the project's content/."""
    roots = []
    if os.environ.get("CHAIR_CONTENT"):
        roots.append(Path(os.environ["CHAIR_CONTENT"]))
    roots.append(Path.cwd() / "content")
    roots.append(PROJECT_CONTENT)
    unique: list[Path] = []
    for root in roots:
        if root.is_dir() and all(root.resolve() != r.resolve() for r in unique):
            unique.append(root)
    return unique


def find_scenario(name: str) -> Path:
    """The folder for a scenario argument; `ScenarioError` naming the known ids if there is none."""
    path = Path(name)
    if (path / SCENARIO_FILE).is_file():
        return path
    if path.is_dir():
        inside = path / SCENARIO_FILE
        if inside.is_dir():
            problem = f"{inside} is a folder, not a file"
        elif inside.exists():
            problem = f"{inside} is not a regular file (a device, FIFO or socket)"
        else:
            problem = f"has no {SCENARIO_FILE}"
        raise ScenarioError.at(Location(name), f"not a scenario folder: {problem}")
    if path.name == SCENARIO_FILE and path.is_file():
        return path.parent
    if "/" not in name and os.sep not in name:
        for root in content_roots():
            candidate = root / name
            if (candidate / SCENARIO_FILE).is_file():
                return candidate
    known = ", ".join(available()) or "none"
    raise ScenarioError.at(
        Location(name), f"no scenario folder or id {name!r} (known ids: {known})"
    )


def available() -> list[str]:
    """The ids of the scenarios in the content folders, sorted."""
    ids: set[str] = set()
    for root in content_roots():
        for child in root.iterdir():
            if (child / SCENARIO_FILE).is_file():
                ids.add(child.name)
    return sorted(ids)
