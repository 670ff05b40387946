"""The scenarios the app can play: the one it started with, and the others it can find.

New games, "continue" and loading a save may each need another scenario than the one on the command
line. The library loads each at most once; a live reload replaces the watched one, so a new game
started after an edit plays the edited version.

The first scenario may be given as a folder, loaded on first use: the title screen is drawn
before the compiler is even imported (see `ChairApp`), and asks for it just after.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from scenario.format.diagnostics import ScenarioError

if TYPE_CHECKING:
    from scenario import Content as Scenario


@dataclass(frozen=True)
class Listing:
    """A scenario as the picker lists it; `problem` says why it cannot be played."""

    id: str
    title: str
    subtitle: str | None
    problem: str | None = None


class Library:
    """Loaded scenarios by id; the first one is given loaded, or as a folder to load on use."""

    def __init__(self, first: Scenario | Path) -> None:
        self._loaded: dict[str, Scenario] = {}
        self._first: Scenario | None = None
        self._first_folder: Path | None = None
        if isinstance(first, Path):
            self._first_folder = first
        else:
            self.put(first)
            self._first = first

    @property
    def ready(self) -> bool:
        """Whether the first scenario is loaded (reading `first` would not load it)."""
        return self._first is not None

    @property
    def first(self) -> Scenario:
        """The scenario the app opened with, loaded now if it was given as a folder;
        `ScenarioError` if it has errors."""
        if self._first is None:
            from scenario.engine.compiler import load_content

            assert self._first_folder is not None
            self._first = load_content(self._first_folder)
            self._loaded.setdefault(self._first.id, self._first)
        return self._first

    def get(self, scenario_id: str) -> Scenario:
        """The scenario with this id; `ScenarioError` if it cannot be found or has errors."""
        content = self._loaded.get(scenario_id)
        if content is None:
            from scenario.engine.compiler import load_content
            from scenario.tools.finding import find_scenario

            content = self._loaded[scenario_id] = load_content(find_scenario(scenario_id))
        return content

    def put(self, content: Scenario) -> None:
        """Use this version of a scenario from now on (after a live reload)."""
        self._loaded[content.id] = content

    def listing(self) -> list[Listing]:
        """The playable scenario first, then every other one found, with any errors."""
        from scenario.tools.finding import available

        found = [self._listing(self.first.id)]
        for scenario_id in available():
            if scenario_id != self.first.id:
                found.append(self._listing(scenario_id))
        return found

    def _listing(self, scenario_id: str) -> Listing:
        content = self._loaded.get(scenario_id)
        if content is None:
            from scenario.engine.compiler import check_scenario
            from scenario.tools.finding import find_scenario

            try:
                report = check_scenario(find_scenario(scenario_id))
            except ScenarioError as exc:
                return Listing(scenario_id, scenario_id, None, _first(exc.diagnostics))
            if report.content is None:
                return Listing(scenario_id, scenario_id, None, _first(report.errors))
            content = self._loaded[scenario_id] = report.content
        return Listing(content.id, content.title, content.subtitle)


def _first(diagnostics: list) -> str:
    if not diagnostics:
        return "it cannot be loaded"
    more = f" (and {len(diagnostics) - 1} more)" if len(diagnostics) > 1 else ""
    return f"{diagnostics[0]}{more}"
