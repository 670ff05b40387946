"""What made a measure, a framing or a statement possible, in words.

A scenario says when an item may be used with a condition (`requires: "adopted.monitor_access"`).
When it becomes possible the player should read why ("Better access for the monitors was
adopted"), not the expression. The condition is taken apart at its `and`, `or` and brackets, to
the simple parts that hold now; of those, the ones the last action made true are the reason (a
`not adopted.x` that held all along is not). Each is said in words when it has a familiar shape,
and shown as written otherwise.
"""

from __future__ import annotations

import re
from itertools import pairwise

from scenario import Game
from scenario.engine.content import Content as Scenario
from scenario.engine.game import State
from scenario.format.expression_grammar import Token, tokenize
from scenario.format.expressions import ExpressionError

_COMPARE = {
    ">": "above",
    ">=": "at least",
    "<": "below",
    "<=": "at most",
    "==": "at",
    "!=": "not at",
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
    return _split(source)[1]


def words(content: Scenario, part: str) -> str:
    """One part of a condition in words, or as written when its shape is not a familiar one."""
    tokens = _tokens(part)
    if tokens is None:
        return part
    name = _name(tokens)
    if name is not None:
        return _flag(content, name) or part
    compared = _comparison(part, tokens)
    if compared is None:
        return part
    name, op, value = compared
    if value == 0 and op in (">", "!="):
        said = _flag(content, name)
        if said:
            return said
    if name == "agreements" and op in (">", ">=") and isinstance(value, int):
        least = value + 1 if op == ">" else value
        return "a measure was adopted" if least == 1 else f"{least} measures were adopted"
    if name in _COUNTS and op in (">", ">=") and isinstance(value, int):
        least = value + 1 if op == ">" else value
        return _COUNTS[name].format(n=least, s="" if least == 1 else "s")
    label = _meter(content, name)
    if label:
        return f"{label} is {_COMPARE[op]} {value}"
    return part


# --------------------------------------------------------------------------- reading a condition
# With the engine's own tokenizer: the condition is the scenario's, in the scenario's grammar.


def _tokens(source: str) -> list[Token] | None:
    """The tokens of `source`, without the end; None if the grammar cannot read it."""
    try:
        return tokenize(source)[:-1]
    except ExpressionError:
        return None


def _top_level(tokens: list[Token]) -> list[Token]:
    """The tokens outside any brackets."""
    depth, found = 0, []
    for token in tokens:
        if token.text == "(" and token.kind == "op":
            depth += 1
        elif token.text == ")" and token.kind == "op":
            depth -= 1
        elif depth == 0:
            found.append(token)
    return found


def _split(source: str) -> tuple[str | None, list[str]]:
    """The operator a condition's top level joins its parts with (`or` binds loosest, then
    `and`; None: neither) and the parts, as written, outer brackets taken off."""
    text = _unbracketed(source.strip())
    tokens = _tokens(text)
    if tokens is None:
        return None, [text]
    top = _top_level(tokens)
    for op in ("or", "and"):
        cuts = [t.offset for t in top if t.kind == "keyword" and t.text == op]
        if cuts:
            bounds = [0, *cuts, len(text)]
            pieces = [
                text[start + (len(op) if index else 0) : stop]
                for index, (start, stop) in enumerate(pairwise(bounds))
            ]
            return op, [_unbracketed(piece.strip()) for piece in pieces]
    return None, [text]


def _unbracketed(text: str) -> str:
    """`text` without brackets around the whole of it: '(a or b)' is 'a or b'."""
    while text.startswith("(") and text.endswith(")"):
        tokens = _tokens(text)
        if tokens is None or _closing(tokens) != len(tokens) - 1:
            break
        text = text[1:-1].strip()
    return text


def _closing(tokens: list[Token]) -> int:
    """The index of the bracket that closes the first token's, or -1."""
    depth = 0
    for index, token in enumerate(tokens):
        if token.kind == "op" and token.text == "(":
            depth += 1
        elif token.kind == "op" and token.text == ")":
            depth -= 1
            if depth == 0:
                return index
    return -1


def _name(tokens: list[Token]) -> str | None:
    """'consulted.russia' if the tokens are one dotted name, else None."""
    if not tokens or tokens[0].kind != "name" or len(tokens) % 2 == 0:
        return None
    for dot, part in zip(tokens[1::2], tokens[2::2], strict=True):
        if dot.text != "." or part.kind not in ("name", "keyword"):
            return None
    return "".join(token.text for token in tokens)


def _comparison(source: str, tokens: list[Token]) -> tuple[str, str, int | float] | None:
    """(name, operator, number) for a part like 'tension > 60', else None."""
    if len(tokens) < 3 or tokens[-1].kind != "number" or tokens[-2].text not in _COMPARE:
        return None
    name = _name(tokens[:-2])
    if name is None:
        return None
    number = tokens[-1].text
    return name, tokens[-2].text, float(number) if "." in number else int(number)


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
        if family == "present":
            return f"{content.delegation(item).short} is at the table"
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
    op, pieces = _split(source)
    if op is None:
        part = pieces[0]
        tokens = _tokens(part)
        if tokens and tokens[0].kind == "keyword" and tokens[0].text == "not":
            return []  # something that has not happened does not say why an item is possible
        return [part] if _holds(game, part) else []
    return [found for piece in pieces if _holds(game, piece) for found in _holding(game, piece)]


def _holds(game: Game, part: str, state: State | None = None) -> bool:
    try:
        return bool(game.read(part, state))
    except ExpressionError:  # a part the reader cannot take alone
        return False
