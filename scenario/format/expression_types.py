"""The types of the expression language: each tree checked against the scenario's names.

A name is resolved by the caller (the scenario's namespace) to a `Symbol`: a slot of the game
state, its type and its range. Checking a tree gives its type (a number or true/false), the
interval its value can take (so that a condition that can never hold, or a value that could
overflow, is found before play) and the Python code over the state's slots that computes it.
That code is built only from our own node types, slot numbers and numbers re-printed with
``repr``; `expressions` compiles it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import NamedTuple

from .expression_grammar import (
    FUNCTIONS,
    Binary,
    Call,
    ExpressionError,
    Flag,
    Name,
    Node,
    Num,
    Unary,
)

MAX_REACH = 1e100
"""The largest value an expression may compute, as far as the checker can bound it."""

NUMBER = "number"
BOOL = "true/false"


def lookup_failed(exc: LookupError, offset: int) -> ExpressionError:
    """A name the resolver did not know, as an error at the name (quiet if its definition failed)."""
    message = str(exc.args[0]) if exc.args else "unknown name"
    return ExpressionError(message, offset, quiet=getattr(exc, "quiet", False))


class Symbol(NamedTuple):
    """What a name means: how to read it, its type and range, and whether effects may set it."""

    code: str  # Python over the state list `v`, e.g. "v[12]" or "(v[12] > 0)"
    type: str  # NUMBER or BOOL
    lo: float = 0
    hi: float = 0
    slot: int | None = None  # set when effects may assign it
    describe: str = ""  # for messages: "tension ranges from 0 to 100"


Resolver = Callable[[tuple[str, ...]], Symbol]
"""Resolves a dotted name; raises `LookupError` with a helpful message when it is unknown."""


# --------------------------------------------------------------------------- checking


class Typed(NamedTuple):
    """A checked subtree: its Python code, type, value interval and whether it stays integral."""

    code: str
    type: str
    lo: float
    hi: float
    integral: bool


_ARITH = {"+", "-", "*", "/"}
_ORDER = {"<", "<=", ">", ">="}


MAX_NESTED = 150
"""The most operations one expression may nest in one another (a sum of 151 terms nests 150):
the compiled code puts each in parentheses, and Python compiles no more than 200 levels."""


class Checker:
    """Types a tree bottom-up: each node becomes a `Typed`, or an `ExpressionError` at its offset."""

    def __init__(self, resolve: Resolver) -> None:
        self.resolve = resolve
        self.depth = 0

    def check(self, node: Node) -> Typed:
        self.depth += 1
        try:
            if self.depth > MAX_NESTED:
                raise ExpressionError(
                    f"too many operations in one expression (more than {MAX_NESTED} nested or in "
                    "a row): split it into parts",
                    node.offset,
                )
            method = getattr(self, "_" + type(node).__name__.lower())
            result: Typed = method(node)
            return result
        finally:
            self.depth -= 1

    def _num(self, node: Num) -> Typed:
        return Typed(repr(node.value), NUMBER, node.value, node.value, isinstance(node.value, int))

    def _flag(self, node: Flag) -> Typed:
        value = 1 if node.value else 0
        return Typed(repr(node.value), BOOL, value, value, True)

    def _name(self, node: Name) -> Typed:
        try:
            symbol = self.resolve(node.parts)
        except LookupError as exc:
            raise lookup_failed(exc, node.offset) from None
        return Typed(symbol.code, symbol.type, symbol.lo, symbol.hi, True)

    def _unary(self, node: Unary) -> Typed:
        inner = self.check(node.operand)
        if node.op == "not":
            self.want(inner, BOOL, node.operand, "'not'")
            return Typed(f"(not {inner.code})", BOOL, 1 - inner.hi, 1 - inner.lo, True)
        self.want(inner, NUMBER, node.operand, "'-'")
        return Typed(f"(-{inner.code})", NUMBER, -inner.hi, -inner.lo, inner.integral)

    def _binary(self, node: Binary) -> Typed:
        left, right = self.check(node.left), self.check(node.right)
        op = node.op
        if op in ("and", "or"):
            self.want(left, BOOL, node.left, f"'{op}'")
            self.want(right, BOOL, node.right, f"'{op}'")
            if op == "and":
                lo, hi = min(left.lo, right.lo), min(left.hi, right.hi)
            else:
                lo, hi = max(left.lo, right.lo), max(left.hi, right.hi)
            return Typed(f"({left.code} {op} {right.code})", BOOL, lo, hi, True)
        if op in ("==", "!="):
            if left.type != right.type:
                raise ExpressionError(
                    f"cannot compare a {left.type} with a {right.type} using {op!r}", node.offset
                )
            return Typed(
                f"({left.code} {op} {right.code})", BOOL, *_equality(op, left, right), True
            )
        self.want(left, NUMBER, node.left, repr(op))
        self.want(right, NUMBER, node.right, repr(op))
        if op in _ORDER:
            return Typed(
                f"({left.code} {op} {right.code})", BOOL, *_ordering(op, left, right), True
            )
        lo, hi = _interval(op, left, right)
        if max(abs(left.lo), abs(left.hi), abs(right.lo), abs(right.hi)) < math.inf and not (
            abs(lo) <= MAX_REACH and abs(hi) <= MAX_REACH
        ):  # bounded operands, unbounded result: the compiled code would overflow to inf
            raise ExpressionError(
                f"this can reach {hi if abs(hi) > abs(lo) else lo:.3g}, far beyond any number "
                "a game holds",
                node.offset,
            )
        if op == "/":
            if right.lo == right.hi and right.lo != 0:
                code = f"({left.code} / {right.code})"
            else:
                code = f"_div({left.code}, {right.code})"
            return Typed(code, NUMBER, lo, hi, False)
        return Typed(
            f"({left.code} {op} {right.code})", NUMBER, lo, hi, left.integral and right.integral
        )

    def _call(self, node: Call) -> Typed:
        low, high = FUNCTIONS[node.function]
        if len(node.args) < low or (high is not None and len(node.args) > high):
            count = f"{low}" if low == high else f"at least {low}"
            raise ExpressionError(f"{node.function}() takes {count} value(s)", node.offset)
        args = [self.check(arg) for arg in node.args]
        if node.function == "if":
            return self._if(node, *args)
        for arg, raw in zip(args, node.args, strict=True):
            self.want(arg, NUMBER, raw, f"{node.function}()")
        integral = all(a.integral for a in args)
        code = f"{node.function}({', '.join(a.code for a in args)})"
        if node.function == "abs":
            (a,) = args
            lo = 0.0 if a.lo <= 0 <= a.hi else min(abs(a.lo), abs(a.hi))
            return Typed(code, NUMBER, lo, max(abs(a.lo), abs(a.hi)), integral)
        pick = min if node.function == "min" else max
        return Typed(code, NUMBER, pick(a.lo for a in args), pick(a.hi for a in args), integral)

    def _if(self, node: Call, test: Typed, then: Typed, otherwise: Typed) -> Typed:
        """``if(condition, a, b)``: a when the condition holds, else b (both of one type)."""
        self.want(test, BOOL, node.args[0], "the first value of if()")
        if then.type != otherwise.type:
            raise ExpressionError(
                f"if() needs two values of one type, got a {then.type} and a {otherwise.type}",
                node.args[2].offset,
            )
        if test.lo == test.hi:  # the condition is constant: only one branch can happen
            chosen = then if test.lo else otherwise
            lo, hi = chosen.lo, chosen.hi
        else:
            lo, hi = min(then.lo, otherwise.lo), max(then.hi, otherwise.hi)
        code = f"({then.code} if {test.code} else {otherwise.code})"
        return Typed(code, then.type, lo, hi, then.integral and otherwise.integral)

    @staticmethod
    def want(typed: Typed, kind: str, node: Node, where: str) -> None:
        if typed.type != kind:
            raise ExpressionError(
                f"{where} needs a {kind}, but this is a {typed.type}", node.offset
            )


def _equality(op: str, left: Typed, right: Typed) -> tuple[float, float]:
    can_equal = not (left.hi < right.lo or right.hi < left.lo)
    must_equal = left.lo == left.hi == right.lo == right.hi
    lo, hi = (1 if must_equal else 0), (1 if can_equal else 0)
    return (lo, hi) if op == "==" else (1 - hi, 1 - lo)


def _ordering(op: str, a: Typed, b: Typed) -> tuple[float, float]:
    always, never = {
        "<": (a.hi < b.lo, a.lo >= b.hi),
        "<=": (a.hi <= b.lo, a.lo > b.hi),
        ">": (a.lo > b.hi, a.hi <= b.lo),
        ">=": (a.lo >= b.hi, a.hi < b.lo),
    }[op]
    return (1 if always else 0), (0 if never else 1)


def _interval(op: str, a: Typed, b: Typed) -> tuple[float, float]:
    if op == "+":
        return a.lo + b.lo, a.hi + b.hi
    if op == "-":
        return a.lo - b.hi, a.hi - b.lo
    if op == "*":
        products = [x * y for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
        products = [0.0 if math.isnan(p) else p for p in products]
        return min(products), max(products)
    if b.lo <= 0 <= b.hi:
        if b.integral:  # a whole divisor is 0 (then _div gives 0) or at least 1 in size
            bound = max(abs(a.lo), abs(a.hi))
            return -bound, bound
        return -math.inf, math.inf
    quotients = [x / y for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
    return min(quotients), max(quotients)
