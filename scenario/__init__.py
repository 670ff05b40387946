"""The Chair's engine: scenario format, checking, the deterministic negotiation game, tools.

The small public API:

    from scenario import Game, check, load
    report = check("content/tutorial")      # diagnostics, and the content if it is clean
    game = Game.start("tutorial", seed=7)   # a folder, or an id found in content/
    game.act("consult russia"); game.legal_actions(); game.read("tension"); game.outcome
    best = best_line(game.content, seed=1, depth=40, allow=never_listens)  # a beam search
    play_line(game.content, best.actions, seed=2)    # the same line on another game

Names are imported on first use (PEP 562), so that `import scenario` stays cheap and playing a
checked scenario never imports pydantic or YAML at all.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .engine import lookup

_WHERE = {
    "Action": "engine.actions",
    "ActionError": "engine.actions",
    "ActionSyntaxError": "engine.actions",
    "IllegalAction": "engine.actions",
    "UnknownTarget": "engine.actions",
    "parse_action": "engine.actions",
    "Report": "engine.compiler",
    "check_scenario": "engine.compiler",
    "load_content": "engine.compiler",
    "Content": "engine.content",
    "legal_actions": "engine.game",
    "new_state": "engine.game",
    "state_hash": "engine.game",
    "step": "engine.game",
    "CannotUndo": "engine.session",
    "Game": "engine.session",
    "Diagnostic": "format.diagnostics",
    "Location": "format.diagnostics",
    "ScenarioError": "format.diagnostics",
    "find_scenario": "tools.finding",
    "best_line": "tools.search",
    "never_listens": "tools.search",
    "play_line": "tools.search",
}

__all__ = [
    "Action",
    "ActionError",
    "ActionSyntaxError",
    "CannotUndo",
    "Content",
    "Diagnostic",
    "Game",
    "IllegalAction",
    "Location",
    "Report",
    "ScenarioError",
    "UnknownTarget",
    "best_line",
    "check",
    "check_scenario",
    "find_scenario",
    "legal_actions",
    "load",
    "load_content",
    "never_listens",
    "new_state",
    "parse_action",
    "play_line",
    "state_hash",
    "step",
]


def _find(scenario: str) -> Path:
    """The tools' lookup of a scenario by folder or id, installed for the engine below."""
    from .tools.finding import find_scenario

    return find_scenario(scenario)


# The engine finds scenarios by id through this (it never imports the tools itself).
lookup.install(_find)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'scenario' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def check(scenario: str) -> Report:
    """Check a scenario given as a folder or an id; never raises for problems in its content."""
    from .engine.compiler import Report, check_scenario
    from .format.diagnostics import ScenarioError
    from .tools.finding import find_scenario

    try:
        folder = find_scenario(scenario)
    except ScenarioError as exc:
        return Report(None, exc.diagnostics)
    return check_scenario(folder)


def load(scenario: str) -> Content:
    """The playable content of a scenario (folder or id); `ScenarioError` if it has errors."""
    from .engine.compiler import load_content
    from .tools.finding import find_scenario

    return load_content(find_scenario(scenario))


if TYPE_CHECKING:
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
    from .engine.session import CannotUndo, Game
    from .format.diagnostics import Diagnostic, Location, ScenarioError
    from .tools.finding import find_scenario
    from .tools.search import best_line, never_listens, play_line
