"""What made a measure, a framing or a statement possible, in words.

A scenario says when an item may be used with a condition (`requires: "adopted.monitor_access"`).
When it becomes possible the player should read why ("Better access for the monitors was
adopted"), not the expression. The condition is taken apart at its `and`, `or` and brackets, to
the simple parts that hold now; of those, the ones the last action made true are the reason (a
`not adopted.x` that held all along is not). Each is said in words when it has a familiar shape,
and shown as written otherwise.
"""

from __future__ import annotations

import ast
import re

from scenario import Game
from scenario.engine.content import Content as Scenario
from scenario.engine.game import State
from scenario.format.expressions import ExpressionError

_COMPARE = {
    ast.Gt: "above",
    ast.GtE: "at least",
    ast.Lt: "below",
    ast.LtE: "at most",
    ast.Eq: "at",
    ast.NotEq: "not at",
}
_NAME = re.compile(r"^([a-z_]+)\.([A-Za-z0-9_-]+)$")
_COUNTS = {
    "listened_count": "you heard or consulted {n} delegation{s}",
    "heard_count": "{n} delegation{s} had the floor",
    "consulted_count": "you consulted {n} delegation{s}",
}
"""The engine's counts of delegations, as a condition's `at least n` says them."""


def parts(source: str) -> list[str]:
    """The top-level parts of a condition joined by `and` or `or` (the whole if neither)."""
    try:
        tree = ast.parse(source.strip(), mode="eval").body
    except SyntaxError:
        return [source]
    if isinstance(tree, ast.BoolOp):
        return [ast.get_source_segment(source.strip(), v) or source for v in tree.values]
    return [source.strip()]


def words(content: Scenario, part: str) -> str:
    """One part of a condition in words, or as written when its shape is not a familiar one."""
    try:
        tree = ast.parse(part.strip(), mode="eval").body
    except SyntaxError:
        return part
    if isinstance(tree, ast.Attribute | ast.Name):
        said = _flag(content, ast.unparse(tree))
        if said:
            return said
    if (
        isinstance(tree, ast.Compare)
        and len(tree.ops) == 1
        and isinstance(tree.comparators[0], ast.Constant)
    ):
        name, op, value = ast.unparse(tree.left), type(tree.ops[0]), tree.comparators[0].value
        if isinstance(value, int) and value == 0 and op in (ast.Gt, ast.NotEq):
            said = _flag(content, name)
            if said:
                return said
        if name == "agreements" and op in (ast.Gt, ast.GtE) and isinstance(value, int):
            least = value + 1 if op is ast.Gt else value
            return "a measure was adopted" if least == 1 else f"{least} measures were adopted"
        if name in _COUNTS and op in (ast.Gt, ast.GtE) and isinstance(value, int):
            least = value + 1 if op is ast.Gt else value
            return _COUNTS[name].format(n=least, s="" if least == 1 else "s")
        label = _meter(content, name)
        if label and op in _COMPARE and isinstance(value, int | float):
            return f"{label} is {_COMPARE[op]} {value}"
    return part


def _flag(content: Scenario, name: str) -> str | None:
    """'adopted.x', 'consulted.russia', 'framing.y' … said as what happened."""
    match = _NAME.match(name)
    if not match:
        return None
    family, item = match.groups()
    try:
        if family == "adopted":
            return f"{content.measure(item).title} was adopted"
        if family == "tabled":
            return f"{content.measure(item).title} was tabled"
        if family == "consulted":
            return f"you consulted {content.delegation(item).short}"
        if family == "heard":
            return f"{content.delegation(item).short} had the floor"
        if family == "framing":
            return f"the talks are framed as “{content.framing(item).title}”"
        if family == "stated":
            return f"you made the statement “{content.statement(item).title}”"
        if family == "fired":
            rule = next(r for r in (*content.events, *_reactions(content)) if r.id == item)
            return f"“{rule.title}” happened" if rule.title else None
    except (KeyError, StopIteration, ValueError):
        return None
    return None


def _reactions(content: Scenario) -> list:
    return [rule for rules in content.reactions.values() for rule in rules]


def _meter(content: Scenario, name: str) -> str | None:
    meter = content.meters.get(name)
    return meter.label if meter else None


def because(game: Game, source: str) -> str:
    """What in a condition holds now, in words: why the item is possible now.

    "(adopted.meet_again or consulted.russia > 0) and not adopted.missile_talks", just after a
    consultation of Russia, is "you consulted Russia": the alternative that holds, and of the
    parts that hold, those the last action made true."""
    holding = _holding(game, source.strip())
    if not holding:
        holding = parts(source)
    fresh = [p for p in holding if not _holds(game, p, game.before)]
    said = list(dict.fromkeys(words(game.content, p) for p in fresh or holding))
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]


def _holding(game: Game, source: str) -> list[str]:
    """The simple parts of a condition (no `and`, `or` or `not`) that make it hold now."""
    try:
        tree = ast.parse(source, mode="eval").body
    except SyntaxError:
        return [source] if _holds(game, source) else []
    return _holding_in(game, source, tree)


def _holding_in(game: Game, source: str, node: ast.expr) -> list[str]:
    if isinstance(node, ast.BoolOp):
        return [
            part
            for value in node.values
            if _holds(game, ast.get_source_segment(source, value) or "")
            for part in _holding_in(game, source, value)
        ]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return []  # something that has not happened does not say why an item is possible
    part = ast.get_source_segment(source, node) or ""
    return [part] if _holds(game, part) else []


def _holds(game: Game, part: str, state: State | None = None) -> bool:
    try:
        return bool(game.read(part, state))
    except (ExpressionError, SyntaxError):  # a part the reader cannot take alone
        return False
