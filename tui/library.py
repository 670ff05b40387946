"""The scenarios the app can play: the one it started with, and the others it can find.

New games, "continue" and loading a save may each need another scenario than the one on the command
line. The library loads each at most once; a live reload replaces the watched one, so a new game
started after an edit plays the edited version.
"""

from __future__ import annotations

from dataclasses import dataclass

from scenario import Content as Scenario
from scenario import ScenarioError
from scenario.engine.compiler import check_scenario, load_content
from scenario.tools.finding import available, find_scenario


@dataclass(frozen=True)
class Listing:
    """A scenario as the picker lists it; `problem` says why it cannot be played."""

    id: str
    title: str
    subtitle: str | None
    problem: str | None = None


class Library:
    """Loaded scenarios by id."""

    def __init__(self, first: Scenario) -> None:
        self.first = first
        self._loaded: dict[str, Scenario] = {first.id: first}

    def get(self, scenario_id: str) -> Scenario:
        """The scenario with this id; `ScenarioError` if it cannot be found or has errors."""
        content = self._loaded.get(scenario_id)
        if content is None:
            content = self._loaded[scenario_id] = load_content(find_scenario(scenario_id))
        return content

    def put(self, content: Scenario) -> None:
        """Use this version of a scenario from now on (after a live reload)."""
        self._loaded[content.id] = content

    def listing(self) -> list[Listing]:
        """The playable scenario first, then every other one found, with any errors."""
        found = [self._listing(self.first.id)]
        for scenario_id in available():
            if scenario_id != self.first.id:
                found.append(self._listing(scenario_id))
        return found

    def _listing(self, scenario_id: str) -> Listing:
        content = self._loaded.get(scenario_id)
        if content is None:
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
