"""The grammar of the expression language: text to a tree, every error at its column.

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

``TIME`` is a clock time such as ``14:10`` and means minutes since midnight. The tree is checked
by `expression_types` and compiled by `expressions`.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

MAX_LENGTH = 1000
MAX_DEPTH = 40
MAX_NUMBER = 10**15
"""The largest number an expression may write; larger ones (or a float that becomes infinite,
such as a 400-digit literal) would turn into `inf` or overflow in the compiled code."""


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


class Token(NamedTuple):
    kind: str  # time, number, name, op, keyword, end
    text: str
    offset: int


def tokenize(source: str) -> list[Token]:
    tokens: list[Token] = []
    offset = 0
    for match in _TOKEN.finditer(source):  # each token where the last one ended, or an error
        if match.start() != offset:
            break
        kind = match.lastgroup or ""
        text = match.group()
        if kind != "space":
            if kind == "name" and text in _KEYWORDS:
                kind = "keyword"
            tokens.append(Token(kind, text, offset))
        offset = match.end()
    if offset < len(source):
        char = source[offset]
        hint = " (use 'and', 'or', 'not')" if char in "&|!" else ""
        if char == "'" or char == '"':
            hint = " (expressions have no text values)"
        raise ExpressionError(f"unexpected character {char!r}{hint}", offset)
    tokens.append(Token("end", "", len(source)))
    return tokens


# --------------------------------------------------------------------------- tree


# Each kind of node is a named tuple whose first field is its `offset` in the source (where an
# error about it points): a parse makes thousands of tokens and nodes, and a check defines these
# classes, both of which cost a fraction of what frozen dataclasses cost.


class Num(NamedTuple):
    offset: int
    value: float | int


class Flag(NamedTuple):
    offset: int
    value: bool


class Name(NamedTuple):
    offset: int
    parts: tuple[str, ...]

    @property
    def dotted(self) -> str:
        return ".".join(self.parts)


class Unary(NamedTuple):
    offset: int
    op: str  # "-" or "not"
    operand: Node


class Binary(NamedTuple):
    offset: int
    op: str  # + - * / < <= > >= == != and or
    left: Node
    right: Node


class Call(NamedTuple):
    offset: int
    function: str
    args: tuple[Node, ...]


class Assign(NamedTuple):
    offset: int
    target: Name
    op: str  # = += -=
    value: Node


Node = Num | Flag | Name | Unary | Binary | Call
"""A node of a condition or a value (an effect's whole is an `Assign`)."""


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


@functools.lru_cache(maxsize=4096)
def parse_condition(source: str) -> Node:
    """The tree of a condition or value. Cached: a scenario repeats many (`present.russia`), and
    a tree is immutable, so all who write the same text can share it."""
    parser = _Parser(source)
    node = parser.condition()
    parser.finish()
    return node


@functools.lru_cache(maxsize=4096)
def parse_effect(source: str) -> Assign:
    """The tree of an effect (cached, as `parse_condition`)."""
    parser = _Parser(source)
    node = parser.effect()
    parser.finish()
    return node
