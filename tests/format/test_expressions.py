"""The expression language: parsing, checking, compiling, and located errors."""

from __future__ import annotations

import builtins
import io
import tokenize as pytokenize
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scenario.format import expressions
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

# a tiny namespace: tension in slot 0 (0..100), trust.russia in slot 1, present.russia in slot 2
NAMES = {
    ("tension",): Symbol("v[0]", NUMBER, 0, 100, 0),
    ("trust", "russia"): Symbol("v[1]", NUMBER, 0, 100, 1),
    ("present", "russia"): Symbol("(v[2] == 1)", BOOL, 0, 1, 2),
    ("clock",): Symbol("v[3]", NUMBER, 540, 1080),
}


def resolve(parts: tuple[str, ...]) -> Symbol:
    if parts not in NAMES:
        raise LookupError(f"unknown name {'.'.join(parts)!r}")
    return NAMES[parts]


def error_of(source: str, kind: str = "condition") -> tuple[int, str]:
    compile_fn = {
        "condition": compile_condition,
        "formula": compile_formula,
        "effect": check_effect,
    }[kind]
    with pytest.raises(ExpressionError) as caught:
        compile_fn(source, resolve)
    return caught.value.offset, caught.value.message


def test_conditions_compile_and_run():
    cond = compile_condition("tension > 60 and trust.russia < 30", resolve)
    assert cond.run([70, 20, 1, 600]) is True
    assert cond.run([50, 20, 1, 600]) is False
    assert compile_condition("not present.russia or clock >= 14:10", resolve).run([0, 0, 1, 851])


def test_precedence_and_arithmetic():
    formula = compile_formula("(72 - tension) / 40 + 2 * 3 - -1", resolve)
    assert formula.run([32, 0, 0, 0]) == pytest.approx(8.0)
    assert (
        compile_formula("min(tension, 10) + max(1, 2, 3) + abs(-4)", resolve).run([50, 0, 0, 0])
        == 17
    )


def test_if_chooses_between_two_values():
    formula = compile_formula("if(present.russia, tension / 100, 0)", resolve)
    assert formula.run([50, 0, 1, 0]) == 0.5 and formula.run([50, 0, 0, 0]) == 0
    assert (formula.lo, formula.hi) == (0, 1)
    assert compile_condition("if(tension > 50, present.russia, false)", resolve).run([60, 0, 1, 0])
    assert error_of("if(tension, 1, 2) > 0") == (
        3,
        "the first value of if() needs a true/false, but this is a number",
    )
    assert error_of("if(present.russia, 1, true) > 0") == (
        22,
        "if() needs two values of one type, got a number and a true/false",
    )


def test_division_by_a_variable_zero_gives_zero_not_a_crash():
    assert compile_formula("10 / tension", resolve).run([0, 0, 0, 0]) == 0.0


def test_effects_clamp_to_the_range_and_round():
    effects = [
        check_effect("tension += 500", resolve),
        check_effect("trust.russia -= tension / 3", resolve),
        check_effect("present.russia = false", resolve),
    ]
    apply = compile_effects(effects)
    state = [90, 50, 1, 600]
    apply(state)
    assert state == [100, 17, 0, 600]  # 50 - 100/3 = 16.67 rounds to 17; tension clamped at 100


@pytest.mark.parametrize(
    ("source", "offset", "message"),
    [
        ("tension >", 9, "expression ends too early"),
        ("tension > 60 and trsut.russia < 3", 17, "unknown name 'trsut.russia'"),
        ("tension > 60 && x", 13, "unexpected character '&' (use 'and', 'or', 'not')"),
        (
            "tension = 60",
            8,
            "unexpected '=' (a condition compares with '=='; effects go under 'effects:')",
        ),
        (
            "1 < tension < 5",
            12,
            "unexpected '<' (comparisons cannot be chained: write 'a < b and b < c')",
        ),
        (
            "tension + 1",
            0,
            "a condition must be true or false, but this is a number (compare it: 'tension > 60')",
        ),
        ("present.russia > 1", 0, "'>' needs a number, but this is a true/false"),
        ("tension and present.russia", 0, "'and' needs a true/false, but this is a number"),
        ("(tension > 1", 12, "expected ')', found the end"),
        ("abs(1, 2) > 0", 0, "abs() takes 1 value(s)"),
        ("clock > 25:00", 8, "'25:00' is not a clock time"),
        ("tension == present.russia", 8, "cannot compare a number with a true/false using '=='"),
        ("'x' == 1", 0, 'unexpected character "\'" (expressions have no text values)'),
    ],
)
def test_condition_errors_point_at_the_problem(source: str, offset: int, message: str):
    assert error_of(source) == (offset, message)


@pytest.mark.parametrize(
    ("source", "offset", "message"),
    [
        ("tension", 7, "expected '=', '+=' or '-=' after 'tension', found the end"),
        ("clock2 += 1", 0, "unknown name 'clock2'"),
        ("5 += 1", 0, "an effect starts with what it changes, found '5'"),
        (
            "trust.russia += present.russia",
            16,
            "'trust.russia' is a number, but the value is a true/false",
        ),
        ("present.russia += 1", 18, "'present.russia' is a true/false, but the value is a number"),
        ("present.russia += true", 0, "'present.russia' is true/false: set it with '='"),
    ],
)
def test_effect_errors(source: str, offset: int, message: str):
    assert error_of(source, "effect") == (offset, message)


def test_interval_analysis_knows_what_can_never_be_true():
    assert not compile_condition("tension > 100", resolve).can_be_true
    assert not compile_condition("tension < 0 or trust.russia > 150", resolve).can_be_true
    assert compile_condition("tension > 99", resolve).can_be_true
    assert not compile_condition("clock < 08:00", resolve).can_be_true
    assert not compile_condition("tension >= 0", resolve).can_be_false


def test_deep_nesting_is_an_error_not_a_crash():
    assert "nested more than" in error_of("(" * 100 + "1" + ")" * 100 + " > 0")[1]
    assert "nested more than" in error_of("not " * 100 + "present.russia")[1]
    assert "nested more than" in error_of("-" * 100 + "1 > 0")[1]
    assert "longer than" in error_of("1 + " * 300 + "1 > 0")[1]


def test_a_long_chain_is_an_error_not_a_crash():
    """A sum of 240 terms fits in 1,000 characters, but its compiled code would nest 240
    parentheses, more than Python compiles (it was a SyntaxError, a traceback in `chair check`)."""
    offset, message = error_of(" + ".join(["1"] * 240) + " > 0")
    assert "too many operations" in message and 0 < offset < 1000
    with pytest.raises(ExpressionError, match="too many operations"):
        check_effect("tension += " + " + ".join(["1"] * 160), resolve)
    compile_condition(" + ".join(["1"] * 140) + " > 0", resolve)  # long, but compiles
    effect = check_effect("tension += " + " + ".join(["1"] * 140), resolve)
    assert compile_effects([effect]) is not None


OUR_NAMES = {"lambda", "def", "apply", "v", "_x", "and", "or", "not", "if", "else"} | set(
    expressions._GLOBALS
)
"""Every name the generated code may contain: its own keywords, the state list and helpers."""


def compiled_sources(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every piece of code the expressions module hands to `compile()` from now on."""
    seen: list[str] = []
    # compiled code is kept by its text: start empty, so every piece here reaches compile()
    expressions._compiled.cache_clear()
    expressions._applier.cache_clear()

    def recording(source: str, filename: str, mode: str) -> Any:
        seen.append(source)
        return builtins.compile(source, filename, mode)

    monkeypatch.setattr(expressions, "compile", recording, raising=False)
    return seen


def authored_text_in(code: str) -> list[str]:
    """The tokens of generated code that could have come from an author: unknown names, strings."""
    found = []
    for token in pytokenize.generate_tokens(io.StringIO(code).readline):
        if token.type == pytokenize.STRING or (
            token.type == pytokenize.NAME and token.string not in OUR_NAMES
        ):
            found.append(token.string)
    return found


def test_compiled_code_contains_no_authored_text(monkeypatch: pytest.MonkeyPatch):
    # names become slots and numbers are re-printed: nothing the author typed reaches compile()
    code = compiled_sources(monkeypatch)
    conditions = [
        "tension > 60 and trust.russia >= 30",
        "not present.russia or clock >= 14:10",
        "min(tension, trust.russia) / 2 > 0.50",
        "abs(tension - 50) * 10 < 007.50",
    ]
    for source in conditions:
        compile_condition(source, resolve)
    compile_formula("tension / 4 + max(trust.russia, 10)", resolve)
    effects = ["tension -= trust.russia / 3", "present.russia = (tension < 40)", "trust.russia = 2"]
    compile_effects([check_effect(source, resolve) for source in effects])
    assert len(code) == len(conditions) + 2  # each was compiled, and is looked at here
    assert all("v[" in text for text in code)
    assert [authored_text_in(text) for text in code] == [[]] * len(code)
    for text in code:
        for name in ("tension", "trust", "russia", "present", "clock", "14:10", "007"):
            assert name not in text
    with pytest.raises(ExpressionError):
        compile_condition("__import__('os')", resolve)
    with pytest.raises(ExpressionError):
        compile_condition("tension.__class__ > 1", resolve)
    assert len(code) == len(conditions) + 2  # neither reached compile()


@given(st.text(max_size=80))
def test_any_text_compiles_or_gives_a_located_error(source: str):
    for kind in ("condition", "formula", "effect"):
        try:
            {"condition": compile_condition, "formula": compile_formula, "effect": check_effect}[
                kind
            ](source, resolve)
        except ExpressionError as exc:
            assert 0 <= exc.offset <= len(source)
            assert exc.message


_tokens = st.sampled_from(
    [
        "tension",
        "trust.russia",
        "present.russia",
        "clock",
        "and",
        "or",
        "not",
        "(",
        ")",
        "<",
        ">=",
        "==",
        "+",
        "-",
        "*",
        "/",
        "1",
        "0.5",
        "14:10",
        "true",
        "min(",
        "abs(",
        ",",
        "+=",
        "=",
    ]
)


@given(st.lists(_tokens, max_size=14).map(" ".join))
def test_token_soup_compiles_or_gives_a_located_error(source: str):
    try:
        cond = compile_condition(source, resolve)
    except ExpressionError as exc:
        assert 0 <= exc.offset <= len(source)
    else:
        assert isinstance(cond.run([50, 50, 1, 600]), bool)


def test_compiled_when_called_gives_the_same_functions_later():
    """`chair check` compiles nothing it does not run; what it makes still runs alike."""
    from scenario.format.expressions import compiled_when_called

    sources = ["tension > 60 and trust.russia < 30", "present.russia or tension == 0"]
    effect_sources = ["tension += 5", "trust.russia -= tension / 10"]
    with compiled_when_called():
        deferred = [compile_condition(s, resolve) for s in sources]
        deferred_effects = compile_effects([check_effect(s, resolve) for s in effect_sources])
    eager = [compile_condition(s, resolve) for s in sources]
    eager_effects = compile_effects([check_effect(s, resolve) for s in effect_sources])
    assert deferred_effects is not None and eager_effects is not None
    for state in ([70, 20, 0], [0, 50, 1], [100, 100, 0]):
        assert [c.run(state) for c in deferred] == [c.run(state) for c in eager]
        a, b = list(state), list(state)
        deferred_effects(a)
        eager_effects(b)
        assert a == b
