"""Finding a scenario from what a user typed: a folder, or an id under a content folder.

An id is looked up, first match wins, in:

1. ``content/`` in the working directory (an author's own project);
2. ``content/`` in the user's data folder (scenarios installed for this user; see `places`);
3. the folder named by ``$CHAIR_CONTENT``;
4. the scenarios bundled with the package (found with `importlib.resources`, so they are there
   from any working directory, in a checkout and installed alike).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..format.diagnostics import Location, ScenarioError
from ..format.files import CAMPAIGN_FILE, SCENARIO_FILE
from .places import data_folder

DEFAULT_SCENARIO = "vienna-2022"
LOOKUP_HELP = (
    "a scenario folder, or an id looked up in ./content, then in the user's data folder "
    "(content/), then in $CHAIR_CONTENT, then among the bundled scenarios"
)
"""The lookup order in one sentence, for `--help`."""


def bundled_content() -> Path | None:
    """The folder of the scenarios that ship with the package; None if it is not on disk.

    The package holds them as data (`scenario.bundled`), so `importlib.resources` finds them
    wherever the package is installed. Playing needs real files (a scenario's seeds are read by
    relative path), so a package imported from a zip file has no bundled scenarios.
    """
    from importlib.resources import files

    root = files("scenario.bundled") / "content"
    return root if isinstance(root, Path) and root.is_dir() else None


def user_content() -> Path:
    """Where a user keeps scenarios of their own, outside any project."""
    return data_folder() / "content"


def content_roots() -> list[Path]:
    """The content folders that exist, in lookup order, each once."""
    roots = [Path.cwd() / "content", user_content()]
    if os.environ.get("CHAIR_CONTENT"):
        roots.append(Path(os.environ["CHAIR_CONTENT"]))
    bundled = bundled_content()
    if bundled is not None:
        roots.append(bundled)
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


def find_campaign(name: str) -> Path | None:
    """The folder of a campaign given as a folder or an id; None when `name` is no campaign."""
    path = Path(name)
    if (path / CAMPAIGN_FILE).is_file():
        return path
    if path.name == CAMPAIGN_FILE and path.is_file():
        return path.parent
    if "/" not in name and os.sep not in name:
        for root in content_roots():
            if (root / name / CAMPAIGN_FILE).is_file():
                return root / name
    return None


def available_campaigns() -> list[str]:
    """The ids of the campaigns in the content folders, sorted."""
    ids: set[str] = set()
    for root in content_roots():
        for child in root.iterdir():
            if (child / CAMPAIGN_FILE).is_file():
                ids.add(child.name)
    return sorted(ids)
