"""Action scripts: a seed and a list of the chair's actions, in YAML, played headless.

    seed: 7
    actions:
      - consult: russia
      - frame: all_dimensions
      - propose: monitor_access
      - consensus: monitor_access
      - recess
      - adjourn

Every problem is reported at the line and column of the action concerned, with the choices that
were legal at that point.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from yaml.nodes import ScalarNode

from ..engine.actions import Action, ActionError, parse_action
from ..engine.content import Content
from ..engine.session import Game
from ..format.diagnostics import Diagnostic, Location, ScenarioError, display_path
from ..format.yamlfile import MAX_BYTES, YamlFile, parse_yaml, read_yaml

MAX_ACTIONS = 10_000
_KEYS = ("seed", "actions")


def _standard_input() -> bytes:
    """Standard input as bytes, read no further than the size limit that files have too."""
    try:
        return sys.stdin.buffer.read(MAX_BYTES + 1)
    except (OSError, AttributeError, ValueError) as exc:  # closed, or not a byte stream
        raise ScenarioError.at(Location("<stdin>"), f"cannot read standard input: {exc}") from None


@dataclass
class Script:
    file: YamlFile
    seed: int | None
    actions: list[Action]
    lines: list[Location]  # where each action is written


STDIN = "-"
"""`--script -`: the script comes from standard input (a file named '-' is `./-`)."""


def read_script(path: Path | str) -> Script:
    """Read and parse a script (`STDIN`: from standard input); `ScenarioError` if it is bad."""
    if isinstance(path, str) and path == STDIN:
        shown = "<stdin>"
        yaml_file = parse_yaml(_standard_input(), shown)
    else:
        path = Path(path)
        shown = display_path(path)
        yaml_file = read_yaml(path, shown)
    data = yaml_file.data
    problems: list[Diagnostic] = list(yaml_file.problems)  # duplicate keys, refused tags
    written = {key.value for key, _ in yaml_file.node.value if isinstance(key, ScalarNode)}
    for key in data:
        if key not in _KEYS:
            problems.append(
                Diagnostic(
                    yaml_file.locate((key,), key=True),
                    f"unknown key {key!r}; a script has 'seed' and 'actions'",
                )
            )
    seed = data.get("seed")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
        problems.append(Diagnostic(yaml_file.locate(("seed",)), "the seed must be a whole number"))
        seed = None
    items = data.get("actions")
    if items is None and "actions" in written:  # a refused tag (reported) or an empty value
        if not yaml_file.problems:
            problems.append(
                Diagnostic(
                    yaml_file.locate(("actions",)),
                    "'actions' is empty: list the chair's actions, one an item",
                )
            )
        items = []
    elif items is None:
        problems.append(
            Diagnostic(
                yaml_file.locate(()), "missing key 'actions' (a list of the chair's actions)"
            )
        )
        items = []
    elif not isinstance(items, list):
        problems.append(
            Diagnostic(
                yaml_file.locate(("actions",)), "'actions' must be a list, one action an item"
            )
        )
        items = []
    elif len(items) > MAX_ACTIONS:
        problems.append(
            Diagnostic(
                yaml_file.locate(("actions",)),
                f"too many actions ({len(items):,}; the limit is {MAX_ACTIONS:,})",
            )
        )
        items = []
    actions, lines = [], []
    for index, item in enumerate(items):
        where = yaml_file.locate(("actions", index))
        try:
            actions.append(parse_action(item))
            lines.append(where)
        except ActionError as exc:
            problems.append(Diagnostic(where, _with_choices(exc)))
    if problems:
        raise ScenarioError(problems)
    return Script(yaml_file, seed, actions, lines)


def _with_choices(exc: ActionError) -> str:
    if not exc.choices:
        return exc.message
    return exc.message + "\n  choices: " + "\n           ".join(exc.choices)


def play_script(content: Content, script: Script, seed: int | None = None) -> Game:
    """Play a script to its end; `ScenarioError` at the first action that is not legal.

    The error says where the action is written, why it was refused and what was legal then.
    """
    chosen = seed if seed is not None else (script.seed if script.seed is not None else 0)
    game = Game(content, chosen)
    for action, where in zip(script.actions, script.lines, strict=True):
        if game.over:
            ended = game.outcome
            assert ended is not None  # a game that is over has its outcome
            raise ScenarioError(
                [
                    Diagnostic(
                        where,
                        f"the game has ended ({ended.ending.title}); '{action}' comes too late",
                    )
                ]
            )
        try:
            game.act(action)
        except ActionError as exc:
            raise ScenarioError(
                [Diagnostic(where, f"'{action}' at {game.clock}: {_with_choices(exc)}")]
            ) from None
    return game
