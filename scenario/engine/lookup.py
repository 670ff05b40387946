"""How the engine turns a scenario's id into its folder, without knowing where scenarios live.

Where they live (content/ in the working directory, the user's data folder, $CHAIR_CONTENT, the
bundled scenarios) is the tools' knowledge (`scenario.tools.finding`), and the engine never
imports the tools (an import-linter contract in pyproject.toml). The `scenario` package, which
stands above both and is imported before any of its modules, installs the tools' lookup here;
`Game.start("vienna-2022")` goes through it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

Finder = Callable[[str], Path]
"""What a user typed (a folder, or a scenario's id) -> the scenario's folder; raises
`ScenarioError` when there is none."""

_installed: list[Finder] = []


def install(finder: Finder) -> None:
    """Use `finder` from now on to find scenarios named by id."""
    _installed[:] = [finder]


def find(name: str) -> Path:
    """The folder of the scenario `name` names (taken as a folder if no lookup is installed)."""
    return _installed[0](name) if _installed else Path(name)
