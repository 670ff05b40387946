"""The small language of conditions and effects, checked and compiled once.

Authors write conditions such as ``tension > 60 and trust.russia < 30`` and effects such as
``trust.usa += 3``. We parse them with our own tokenizer and precedence-climbing parser rather than
Python's ``ast``: the grammar is exactly what ``docs/authoring.md`` documents (no chained
comparisons, no attribute access, no calls beyond four functions), every error carries the
column it is about, and messages speak the author's language, not Python's.

Grammar (lowest precedence first)::

    condition := or
    or        := and ("or" and)*
    and       := not ("and" not)*
    not       := "not" not | compare
    compare   := sum (("<" | "<=" | ">" | ">=" | "==" | "!=") sum)?
    sum       := product (("+" | "-") product)*
    product   := unary (("*" | "/") unary)*
    unary     := "-" unary | atom
    atom      := NUMBER | TIME | "true" | "false" | NAME ("." NAME)*
               | ("min" | "max" | "abs" | "if") "(" condition ("," condition)* ")"
               | "(" condition ")"
    effect    := NAME ("." NAME)* ("=" | "+=" | "-=") sum

``TIME`` is a clock time such as ``14:10`` and means minutes since midnight. Names are resolved by
the caller (the scenario's namespace) to slots of the game state, so the compiled code reads
``v[12]`` and never contains any text the author wrote. Compilation turns the checked tree into a
Python expression over those slots and compiles it once; that source is built only from our own
node types, slot numbers and numbers re-printed with ``repr``, which is why handing it to
``compile``/``eval`` is safe. A compiled condition costs about 0.2 µs to call.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

MAX_LENGTH = 1000
MAX_DEPTH = 40
MAX_NUMBER = 10**15
"""The largest number an expression may write; larger ones (or a float that becomes infinite,
such as a 400-digit literal) would turn into `inf` or overflow in the compiled code."""
MAX_REACH = 1e100
"""The largest value an expression may compute, as far as the checker can bound it."""

NUMBER = "number"
BOOL = "true/false"


class ExpressionError(Exception):
    """A problem in an expression, at `offset` characters from its start.

    `quiet` marks a name that is unknown only because its definition had errors of its own,
    which were reported there; reporting it again here would be noise.
    """

    def __init__(self, message: str, offset: int, *, quiet: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset
        self.quiet = quiet


def _lookup_failed(exc: LookupError, offset: int) -> ExpressionError:
    message = str(exc.args[0]) if exc.args else "unknown name"
    return ExpressionError(message, offset, quiet=getattr(exc, "quiet", False))


@dataclass(frozen=True)
class Symbol:
    """What a name means: how to read it, its type and range, and whether effects may set it."""

    code: str  # Python over the state list `v`, e.g. "v[12]" or "(v[12] > 0)"
    type: str  # NUMBER or BOOL
    lo: float = 0
    hi: float = 0
    slot: int | None = None  # set when effects may assign it
    describe: str = ""  # for messages: "tension ranges from 0 to 100"


Resolver = Callable[[tuple[str, ...]], Symbol]
"""Resolves a dotted name; raises `LookupError` with a helpful message when it is unknown."""


# --------------------------------------------------------------------------- tokens

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<time>\d{1,2}:\d\d(?![\d:]))
  | (?P<number>\d+(?:\.\d+)?|\.\d+)
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op><=|>=|==|!=|\+=|-=|[-+*/<>=().,])
    """,
    re.VERBOSE,
)
_KEYWORDS = {"and", "or", "not", "true", "false"}
FUNCTIONS = {"min": (2, None), "max": (2, None), "abs": (1, 1), "if": (3, 3)}


@dataclass(frozen=True)
class Token:
    kind: str  # time, number, name, op, keyword, end
    text: str
    offset: int


def tokenize(source: str) -> list[Token]:
    tokens: list[Token] = []
    offset = 0
    while offset < len(source):
        match = _TOKEN.match(source, offset)
        if match is None:
            char = source[offset]
            hint = " (use 'and', 'or', 'not')" if char in "&|!" else ""
            if char == "'" or char == '"':
                hint = " (expressions have no text values)"
            raise ExpressionError(f"unexpected character {char!r}{hint}", offset)
        kind = match.lastgroup or ""
        text = match.group()
        if kind != "space":
            if kind == "name" and text in _KEYWORDS:
                kind = "keyword"
            tokens.append(Token(kind, text, offset))
        offset = match.end()
    tokens.append(Token("end", "", len(source)))
    return tokens


# --------------------------------------------------------------------------- tree


@dataclass(frozen=True)
class Node:
    offset: int


@dataclass(frozen=True)
class Num(Node):
    value: float | int


@dataclass(frozen=True)
class Flag(Node):
    value: bool


@dataclass(frozen=True)
class Name(Node):
    parts: tuple[str, ...]

    @property
    def dotted(self) -> str:
        return ".".join(self.parts)


@dataclass(frozen=True)
class Unary(Node):
    op: str  # "-" or "not"
    operand: Node


@dataclass(frozen=True)
class Binary(Node):
    op: str  # + - * / < <= > >= == != and or
    left: Node
    right: Node


@dataclass(frozen=True)
class Call(Node):
    function: str
    args: tuple[Node, ...]


@dataclass(frozen=True)
class Assign(Node):
    target: Name
    op: str  # = += -=
    value: Node


class _Parser:
    def __init__(self, source: str) -> None:
        if len(source) > MAX_LENGTH:
            raise ExpressionError(f"expression is longer than {MAX_LENGTH} characters", 0)
        self.source = source
        self.tokens = tokenize(source)
        self.i = 0
        self.depth = 0

    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def at(self, *texts: str) -> bool:
        return self.tok.kind in ("op", "keyword") and self.tok.text in texts

    def expect(self, text: str, what: str) -> Token:
        if not self.at(text):
            raise ExpressionError(
                f"expected {what}, found {self.describe(self.tok)}", self.tok.offset
            )
        return self.take()

    @staticmethod
    def describe(tok: Token) -> str:
        return "the end" if tok.kind == "end" else repr(tok.text)

    def finish(self) -> None:
        if self.tok.kind != "end":
            tok = self.tok
            hint = ""
            if tok.text in ("=", "+=", "-="):
                hint = " (a condition compares with '=='; effects go under 'effects:')"
            elif tok.text in ("<", "<=", ">", ">=", "==", "!="):
                hint = " (comparisons cannot be chained: write 'a < b and b < c')"
            raise ExpressionError(f"unexpected {self.describe(tok)}{hint}", tok.offset)

    # precedence climbing, one method a level
    def condition(self) -> Node:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError(f"nested more than {MAX_DEPTH} levels deep", self.tok.offset)
        node = self.and_()
        while self.at("or"):
            op = self.take()
            node = Binary(op.offset, "or", node, self.and_())
        self.depth -= 1
        return node

    def and_(self) -> Node:
        node = self.not_()
        while self.at("and"):
            op = self.take()
            node = Binary(op.offset, "and", node, self.not_())
        return node

    def not_(self) -> Node:
        if self.at("not"):
            op = self.take()
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise ExpressionError(f"nested more than {MAX_DEPTH} levels deep", op.offset)
            node = Unary(op.offset, "not", self.not_())
            self.depth -= 1
            return node
        return self.compare()

    def compare(self) -> Node:
        node = self.sum()
        if self.at("<", "<=", ">", ">=", "==", "!="):
            op = self.take()
            node = Binary(op.offset, op.text, node, self.sum())
        return node

    def sum(self) -> Node:
        node = self.product()
        while self.at("+", "-"):
            op = self.take()
            node = Binary(op.offset, op.text, node, self.product())
        return node

    def product(self) -> Node:
        node = self.unary()
        while self.at("*", "/"):
            op = self.take()
            node = Binary(op.offset, op.text, node, self.unary())
        return node

    def unary(self) -> Node:
        if self.at("-"):
            op = self.take()
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise ExpressionError(f"nested more than {MAX_DEPTH} levels deep", op.offset)
            node = Unary(op.offset, "-", self.unary())
            self.depth -= 1
            return node
        return self.atom()

    def atom(self) -> Node:
        tok = self.tok
        if tok.kind == "number":
            self.take()
            value = float(tok.text) if "." in tok.text else int(tok.text)
            if abs(value) > MAX_NUMBER:  # also catches a float literal that became inf
                shown = tok.text if len(tok.text) <= 24 else f"{tok.text[:20]}…"
                raise ExpressionError(
                    f"the number {shown} is too large (numbers here are at most {MAX_NUMBER:,})",
                    tok.offset,
                )
            return Num(tok.offset, value)
        if tok.kind == "time":
            self.take()
            hours, minutes = (int(x) for x in tok.text.split(":"))
            if hours > 23 or minutes > 59:
                raise ExpressionError(f"{tok.text!r} is not a clock time", tok.offset)
            return Num(tok.offset, hours * 60 + minutes)
        if tok.kind == "keyword" and tok.text in ("true", "false"):
            self.take()
            return Flag(tok.offset, tok.text == "true")
        if tok.kind == "name":
            if tok.text in FUNCTIONS and self.tokens[self.i + 1].text == "(":
                return self.call()
            return self.name()
        if self.at("("):
            self.take()
            node = self.condition()
            self.expect(")", "')'")
            return node
        if tok.kind == "end":
            raise ExpressionError("expression ends too early", tok.offset)
        raise ExpressionError(f"expected a value, found {self.describe(tok)}", tok.offset)

    def name(self) -> Name:
        first = self.take()
        parts = [first.text]
        while self.at("."):
            self.take()
            if self.tok.kind not in ("name", "keyword"):
                raise ExpressionError(
                    f"expected a name after '.', found {self.describe(self.tok)}", self.tok.offset
                )
            parts.append(self.take().text)
        return Name(first.offset, tuple(parts))

    def call(self) -> Call:
        fn = self.take()
        self.expect("(", "'('")
        args = [self.condition()]
        while self.at(","):
            self.take()
            args.append(self.condition())
        self.expect(")", "')' or ','")
        return Call(fn.offset, fn.text, tuple(args))

    def effect(self) -> Assign:
        if self.tok.kind != "name":
            raise ExpressionError(
                f"an effect starts with what it changes, found {self.describe(self.tok)}",
                self.tok.offset,
            )
        target = self.name()
        if not self.at("=", "+=", "-="):
            raise ExpressionError(
                f"expected '=', '+=' or '-=' after {target.dotted!r}, found {self.describe(self.tok)}",
                self.tok.offset,
            )
        op = self.take()
        value = self.sum()
        return Assign(target.offset, target, op.text, value)


def parse_condition(source: str) -> Node:
    parser = _Parser(source)
    node = parser.condition()
    parser.finish()
    return node


def parse_effect(source: str) -> Assign:
    parser = _Parser(source)
    node = parser.effect()
    parser.finish()
    return node


# --------------------------------------------------------------------------- checking


@dataclass(frozen=True)
class Typed:
    """A checked subtree: its Python code, type, value interval and whether it stays integral."""

    code: str
    type: str
    lo: float
    hi: float
    integral: bool


_ARITH = {"+", "-", "*", "/"}
_ORDER = {"<", "<=", ">", ">="}


class _Checker:
    def __init__(self, resolve: Resolver) -> None:
        self.resolve = resolve

    def check(self, node: Node) -> Typed:
        method = getattr(self, "_" + type(node).__name__.lower())
        return method(node)

    def _num(self, node: Num) -> Typed:
        return Typed(repr(node.value), NUMBER, node.value, node.value, isinstance(node.value, int))

    def _flag(self, node: Flag) -> Typed:
        value = 1 if node.value else 0
        return Typed(repr(node.value), BOOL, value, value, True)

    def _name(self, node: Name) -> Typed:
        try:
            symbol = self.resolve(node.parts)
        except LookupError as exc:
            raise _lookup_failed(exc, node.offset) from None
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


# --------------------------------------------------------------------------- compiling


def _div(a: float, b: float) -> float:
    """Division that gives 0 for a zero divisor, so no authored formula can crash a game."""
    return a / b if b else 0.0


_GLOBALS: dict[str, Any] = {
    "__builtins__": {},
    "min": min,
    "max": max,
    "abs": abs,
    "round": round,
    "_div": _div,
}


@dataclass(frozen=True)
class Condition:
    source: str
    run: Callable[[Sequence[int]], bool]  # reads the state: a tuple, or the step's list
    can_be_true: bool
    can_be_false: bool


@dataclass(frozen=True)
class Formula:
    """A numeric expression (the score's components)."""

    source: str
    run: Callable[[Sequence[int]], float]
    lo: float
    hi: float


@dataclass(frozen=True)
class Effect:
    source: str
    slot: int
    code: str  # Python statement over `v`


def _lambda(typed: Typed) -> Callable[[Sequence[int]], Any]:
    """The one place checked code becomes a function: `typed.code` is built by `_Checker` from
    our own node types, slot numbers and re-printed numbers, never from the author's text."""
    return _compiled(f"lambda v: {typed.code}")


@functools.lru_cache(maxsize=4096)
def _compiled(code: str) -> Any:
    """`code` compiled once: a scenario repeats its conditions (`present.russia`, effects like
    `tension -= 3`), and a pure function of the state can be shared by all who write it."""
    return eval(compile(code, "<expression>", "eval"), _GLOBALS)


def compile_condition(source: str, resolve: Resolver) -> Condition:
    """Parse, check and compile a condition; raises `ExpressionError` with an offset."""
    typed = _Checker(resolve).check(parse_condition(source))
    if typed.type != BOOL:
        raise ExpressionError(
            f"a condition must be true or false, but this is a {typed.type} "
            "(compare it: 'tension > 60')",
            0,
        )
    run = _lambda(typed)
    return Condition(source, run, typed.hi > 0, typed.lo < 1)


def compile_formula(source: str, resolve: Resolver) -> Formula:
    """Parse, check and compile a numeric expression."""
    typed = _Checker(resolve).check(parse_condition(source))
    if typed.type != NUMBER:
        raise ExpressionError(f"this must be a number, but it is a {typed.type}", 0)
    run = _lambda(typed)
    return Formula(source, run, typed.lo, typed.hi)


def check_effect(source: str, resolve: Resolver) -> Effect:
    """Parse and check an effect; the statement is compiled with its siblings by `compile_effects`."""
    node = parse_effect(source)
    try:
        target = resolve(node.target.parts)
    except LookupError as exc:
        raise _lookup_failed(exc, node.target.offset) from None
    if target.slot is None:
        raise ExpressionError(
            f"{node.target.dotted!r} cannot be changed by an effect", node.target.offset
        )
    value = _Checker(resolve).check(node.value)
    if value.type != target.type:
        raise ExpressionError(
            f"{node.target.dotted!r} is a {target.type}, but the value is a {value.type}",
            node.value.offset,
        )
    if target.type == BOOL and node.op != "=":
        raise ExpressionError(f"{node.target.dotted!r} is true/false: set it with '='", node.offset)
    slot = f"v[{target.slot}]"
    expr = value.code
    if node.op == "+=":
        expr = f"{slot} + {expr}"
    elif node.op == "-=":
        expr = f"{slot} - {expr}"
    if target.type == BOOL:
        statement = f"{slot} = 1 if ({expr}) else 0"
    else:
        if not value.integral:
            expr = f"round({expr})"
        lo, hi = int(target.lo), int(target.hi)
        # kept in range without calls: two statements are cheaper than min(max()) in the hot loop
        statement = f"_x = {expr}\n    {slot} = {lo} if _x < {lo} else ({hi} if _x > {hi} else _x)"
    return Effect(source, target.slot, statement)


def compile_effects(effects: list[Effect]) -> Callable[[list[int]], None] | None:
    """One function that applies `effects` in order to a state list; None when there are none."""
    if not effects:
        return None
    return _applier("\n".join(f"    {e.code}" for e in effects))


@functools.lru_cache(maxsize=4096)
def _applier(body: str) -> Callable[[list[int]], None]:
    namespace: dict[str, Any] = dict(_GLOBALS)
    code = compile(f"def apply(v):\n{body}\n", "<effects>", "exec")
    eval(code, namespace)  # defines `apply` from checked trees only
    return namespace["apply"]


def compile_value(source: str, resolve: Resolver) -> Callable[[Sequence[int]], Any]:
    """Any expression, number or true/false, as a callable (for reading a state by name)."""
    typed = _Checker(resolve).check(parse_condition(source))
    return _lambda(typed)
