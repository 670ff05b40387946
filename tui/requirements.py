"""What made a measure, a framing or a statement possible, in words.

A scenario says when an item may be used with a condition (`requires: "adopted.monitor_access"`).
When it becomes possible the player should read why ("Better access for the monitors was
adopted"), not the expression. The condition is split at its top-level `and`/`or`; each part
that holds now is said in words when it has a familiar shape, and shown as written otherwise.
"""

from __future__ import annotations

import ast
import re

from scenario import Game
from scenario.engine.content import Content as Scenario
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
    """What in a condition holds now, in words: why the item is possible now."""
    holding = [p for p in parts(source) if _holds(game, p)] or parts(source)
    said = [words(game.content, p) for p in holding]
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]


def _holds(game: Game, part: str) -> bool:
    try:
        return bool(game.read(part))
    except ExpressionError:  # a part the reader cannot take alone: say the whole instead
        return False
