"""The small language of conditions and effects, checked and compiled once.

Authors write conditions such as ``tension > 60 and trust.russia < 30`` and effects such as
``trust.usa += 3``. Three steps, a module each: `expression_grammar` parses the text into a tree
(every error at its column, in the author's language), `expression_types` checks the tree against
the scenario's names, and this module compiles the checked code into callables. The names other
modules use are all importable from here (`__all__`).

Names are resolved by the caller (the scenario's namespace) to slots of the game state, so
the compiled code reads ``v[12]`` and never contains any text the author wrote. Compilation turns
the checked tree into a Python expression over those slots and compiles it once; that source is
built only from our own node types, slot numbers and numbers re-printed with ``repr``, which is
why handing it to ``compile``/``eval`` is safe. A compiled condition costs about 0.2 µs to call.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from typing import Any, NamedTuple

from .expression_grammar import ExpressionError, parse_condition, parse_effect
from .expression_types import BOOL, NUMBER, Checker, Resolver, Symbol, Typed, lookup_failed

__all__ = [
    "BOOL",
    "NUMBER",
    "Condition",
    "Effect",
    "ExpressionError",
    "Formula",
    "Resolver",
    "Symbol",
    "check_effect",
    "compile_condition",
    "compile_effects",
    "compile_formula",
    "compile_value",
    "compiled_when_called",
]
"""What other modules use, named here whichever step defines it."""

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


class Condition(NamedTuple):
    source: str
    run: Callable[[Sequence[int]], bool]  # reads the state: a tuple, or the step's list
    can_be_true: bool
    can_be_false: bool


class Formula(NamedTuple):
    """A numeric expression (the score's components)."""

    source: str
    run: Callable[[Sequence[int]], float]
    lo: float
    hi: float


class Effect(NamedTuple):
    source: str
    slot: int
    code: str  # Python statement over `v`


def _lambda(typed: Typed) -> Callable[[Sequence[int]], Any]:
    """The one place checked code becomes a function: `typed.code` is built by `Checker` from
    our own node types, slot numbers and re-printed numbers, never from the author's text."""
    code = f"lambda v: {typed.code}"
    if _DEFERRED.get():

        def run(v: Sequence[int]) -> Any:
            return _compiled(code)(v)

        return run
    return _compiled(code)


_DEFERRED: ContextVar[bool] = ContextVar("compiled_when_called", default=False)


@contextlib.contextmanager
def compiled_when_called() -> Iterator[None]:
    """Within it, conditions and effects are compiled when first called, not when checked.

    `chair check` checks every expression but runs none, and compiling them to Python is half of
    what lowering a scenario costs. What is made within it works all the same, one call slower
    each time; what the engine plays is compiled at once, outside it.
    """
    token = _DEFERRED.set(True)
    try:
        yield
    finally:
        _DEFERRED.reset(token)


@functools.lru_cache(maxsize=4096)
def _compiled(code: str) -> Any:
    """`code` compiled once: a scenario repeats its conditions (`present.russia`, effects like
    `tension -= 3`), and a pure function of the state can be shared by all who write it."""
    return eval(compile(code, "<expression>", "eval"), _GLOBALS)


def compile_condition(source: str, resolve: Resolver) -> Condition:
    """Parse, check and compile a condition; raises `ExpressionError` with an offset."""
    typed = Checker(resolve).check(parse_condition(source))
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
    typed = Checker(resolve).check(parse_condition(source))
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
        raise lookup_failed(exc, node.target.offset) from None
    if target.slot is None:
        raise ExpressionError(
            f"{node.target.dotted!r} cannot be changed by an effect", node.target.offset
        )
    value = Checker(resolve).check(node.value)
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
    body = "\n".join(f"    {e.code}" for e in effects)
    if _DEFERRED.get():

        def apply(v: list[int]) -> None:
            _applier(body)(v)

        return apply
    return _applier(body)


@functools.lru_cache(maxsize=4096)
def _applier(body: str) -> Callable[[list[int]], None]:
    namespace: dict[str, Any] = dict(_GLOBALS)
    code = compile(f"def apply(v):\n{body}\n", "<effects>", "exec")
    eval(code, namespace)  # defines `apply` from checked trees only
    return namespace["apply"]


def compile_value(source: str, resolve: Resolver) -> Callable[[Sequence[int]], Any]:
    """Any expression, number or true/false, as a callable (for reading a state by name)."""
    typed = Checker(resolve).check(parse_condition(source))
    return _lambda(typed)
