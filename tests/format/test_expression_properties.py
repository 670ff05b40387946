"""Properties of compiled expressions: they run on any in-range state, and the checker is right.

The checker bounds every expression (an interval for numbers; "can be true", "can be false" for
conditions) and warns about content that can never fire on those bounds. If the bounds were
wrong, a warning would be a lie, or compiled code would meet a value it cannot handle (an
infinite number, an overflow) in the middle of a game. So: random expressions over a small
namespace, random states inside the namespace's ranges, and the compiled code must run, stay
within its interval, and never contradict the checker.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scenario.format.expressions import (
    BOOL,
    NUMBER,
    ExpressionError,
    Symbol,
    check_effect,
    compile_condition,
    compile_effects,
    compile_formula,
)

# name -> (symbol, range of its slot's values)
NAMESPACE = {
    ("tension",): Symbol("v[0]", NUMBER, 0, 100, 0),
    ("trust", "russia"): Symbol("v[1]", NUMBER, -50, 50, 1),
    ("clock",): Symbol("v[2]", NUMBER, 570, 1080, None),
    ("round",): Symbol("v[3]", NUMBER, 0, 1000, None),
    ("present", "russia"): Symbol("(v[4] == 1)", BOOL, 0, 1, 4),
    ("stated", "calm"): Symbol("(v[5] == 1)", BOOL, 0, 1, 5),
}
RANGES = [(0, 100), (-50, 50), (570, 1080), (0, 1000), (0, 1), (0, 1)]
NUMBERS = ["tension", "trust.russia", "clock", "round"]
FLAGS = ["present.russia", "stated.calm", "true", "false"]


def resolve(parts: tuple[str, ...]) -> Symbol:
    if parts not in NAMESPACE:
        raise LookupError(f"unknown name {'.'.join(parts)!r}")
    return NAMESPACE[parts]


literals = st.one_of(
    st.integers(0, 2000).map(str),
    st.sampled_from(["0.5", "0.25", "1.5", "0.001", "100.75", "1000000", "14:10", "09:30"]),
)
numbers = st.recursive(
    st.one_of(st.sampled_from(NUMBERS), literals),
    lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from(["+", "-", "*", "/"]), inner).map(
            lambda t: f"({t[0]} {t[1]} {t[2]})"
        ),
        inner.map(lambda a: f"-{a}"),
        inner.map(lambda a: f"abs({a})"),
        st.tuples(st.sampled_from(["min", "max"]), inner, inner).map(
            lambda t: f"{t[0]}({t[1]}, {t[2]})"
        ),
        st.tuples(st.sampled_from(FLAGS), inner, inner).map(
            lambda t: f"if({t[0]}, {t[1]}, {t[2]})"
        ),
    ),
    max_leaves=8,
)
comparisons = st.tuples(numbers, st.sampled_from(["<", "<=", ">", ">=", "==", "!="]), numbers).map(
    lambda t: f"{t[0]} {t[1]} {t[2]}"
)
conditions = st.recursive(
    st.one_of(comparisons, st.sampled_from(FLAGS)),
    lambda inner: st.one_of(
        inner.map(lambda c: f"not ({c})"),
        st.tuples(inner, st.sampled_from(["and", "or"]), inner).map(
            lambda t: f"({t[0]}) {t[1]} ({t[2]})"
        ),
    ),
    max_leaves=4,
)
states = st.tuples(*(st.integers(lo, hi) for lo, hi in RANGES)).map(list)


@settings(deadline=None)
@given(conditions, st.lists(states, min_size=1, max_size=8))
def test_a_condition_runs_and_never_contradicts_the_checker(source, samples):
    try:
        condition = compile_condition(source, resolve)
    except ExpressionError:
        return  # refused at check (a value too large): nothing reaches a game
    for state in samples:
        result = bool(condition.run(state))
        if not condition.can_be_true:
            assert result is False, f"{source!r} was called never-true, but is true on {state}"
        if not condition.can_be_false:
            assert result is True, f"{source!r} was called always-true, but is false on {state}"


@settings(deadline=None)
@given(numbers, st.lists(states, min_size=1, max_size=8))
def test_a_formula_stays_finite_and_inside_its_interval(source, samples):
    try:
        formula = compile_formula(source, resolve)
    except ExpressionError:
        return
    for state in samples:
        value = formula.run(state)
        assert math.isfinite(value)
        slack = 1e-9 * max(1.0, abs(formula.lo), abs(formula.hi))
        assert formula.lo - slack <= value <= formula.hi + slack, (source, state, value)


@settings(deadline=None)
@given(numbers, st.sampled_from(["=", "+=", "-="]), states)
def test_an_effect_keeps_its_target_in_range(source, op, state):
    try:
        apply = compile_effects([check_effect(f"tension {op} {source}", resolve)])
    except ExpressionError:
        return
    assert apply is not None
    apply(state)
    assert 0 <= state[0] <= 100 and isinstance(state[0], int)


@pytest.mark.parametrize(
    "source",
    [
        "tension -= " + "9" * 400 + ".5",  # a float literal that is infinite
        "tension += " + "9" * 400,  # a whole number that overflows any float
        "tension = 1000000000000000.5 * 1000000000000000 * 1000000000000000 * 1000000000000000"
        " * 1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000"
        " * 1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000"
        " * 1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000"
        " * 1000000000000000 * 1000000000000000 * 1000000000000000 * 1000000000000000"
        " * 1000000000000000",  # every literal allowed, the product infinite
    ],
)
def test_non_finite_numbers_are_refused_at_check(source):
    with pytest.raises(ExpressionError) as caught:
        check_effect(source, resolve)
    assert "too large" in caught.value.message or "far beyond" in caught.value.message
