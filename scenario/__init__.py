"""The Chair's engine: scenario format, checking, the deterministic negotiation game, tools.

The small public API:

    from scenario import Game, check, load
    report = check("content/tutorial")      # diagnostics, and the content if it is clean
    game = Game.start("tutorial", seed=7)   # a folder, or an id found in content/
    game.act("consult russia"); game.legal_actions(); game.read("tension"); game.outcome
"""

from .engine.actions import (
    Action,
    ActionError,
    ActionSyntaxError,
    IllegalAction,
    UnknownTarget,
    parse_action,
)
from .engine.compiler import Report, check_scenario, load_content
from .engine.content import Content
from .engine.game import legal_actions, new_state, state_hash, step
from .engine.session import Game
from .format.diagnostics import Diagnostic, Location, ScenarioError
from .tools.finding import find_scenario


def check(scenario: str) -> Report:
    """Check a scenario given as a folder or an id; never raises for problems in its content."""
    try:
        folder = find_scenario(scenario)
    except ScenarioError as exc:
        return Report(None, exc.diagnostics)
    return check_scenario(folder)


def load(scenario: str) -> Content:
    """The playable content of a scenario (folder or id); `ScenarioError` if it has errors."""
    return load_content(find_scenario(scenario))


__all__ = [
    "Action",
    "ActionError",
    "ActionSyntaxError",
    "Content",
    "Diagnostic",
    "Game",
    "IllegalAction",
    "Location",
    "Report",
    "ScenarioError",
    "UnknownTarget",
    "check",
    "legal_actions",
    "load",
    "new_state",
    "parse_action",
    "state_hash",
    "step",
]
