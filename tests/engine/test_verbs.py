"""The verbs' table: `legal_actions`, `is_legal`, `check_action` and the reason an action is
refused agree on every action in every state random play reaches; legality is what the rules
say (docs/model.md); each verb takes the minutes the table says."""

from __future__ import annotations

import re
from functools import cache
from typing import get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scenario.engine import legality
from scenario.engine.actions import Action, ActionSyntaxError, IllegalAction, UnknownTarget
from scenario.engine.compiler import load_content
from scenario.engine.content import Content
from scenario.engine.game import advance, check_action, is_legal, legal_actions, new_state
from scenario.engine.layout import ADOPTED, CLOCK, ENDED, FRAMING, PRESENT, TABLED
from scenario.engine.verbs import NAMES, REGISTRY, verb
from scenario.format.model import Minutes, Trigger
from scenario.records import replace
from tests.conftest import ROOT

SHIPPED = ("tutorial", "vienna-2022", "brussels-2022")
SCENARIOS = (*SHIPPED, "tutorial, no return")


@cache
def scenario(name: str) -> Content:
    """A shipped scenario; "tutorial, no return" is the tutorial without `return_trust`, so that
    a delegation that walked out cannot be consulted (no shipped scenario says so)."""
    if name == "tutorial, no return":
        content = scenario("tutorial")
        return replace(content, numbers=replace(content.numbers, return_trust=None))
    return load_content(ROOT / "content" / name)


def candidates(content: Content) -> list[Action]:
    """Every verb with no target and with every id the scenario has, of any kind: the legal, the
    illegal and the ill-formed (a framing given to `floor`, a target given to `recess`)."""
    ids = sorted(
        {
            item.id
            for pool in (content.delegations, content.measures, content.framings)
            for item in pool
        }
        | {s.id for s in content.statements}
    )
    return [Action(name, target) for name in NAMES for target in (None, *ids)]


def reached(content: Content, seed: int, choices: list[int]) -> list[tuple[int, ...]]:
    """The states of a game of legal actions picked by `choices`, from the opening to the end."""
    state = new_state(content, seed)
    states = [state]
    for choice in choices:
        legal = legal_actions(content, state)
        if not legal:
            break
        state = advance(content, state, legal[choice % len(legal)])
        states.append(state)
    return states


def is_sentence(text: str) -> bool:
    """A reason as the player reads it after "Not possible:": words, no code leaking through."""
    return (
        bool(text)
        and text == text.strip()
        and re.search(r"[A-Za-z]{2}", text) is not None
        and not re.search(r"\bNone\b|\{|\}|<function|\blambda\b", text)
    )


games = st.tuples(
    st.sampled_from(SCENARIOS),
    st.integers(0, 2**32),
    st.lists(st.integers(0, 10_000), max_size=60),
)


@settings(max_examples=60, deadline=None)
@given(games)
def test_listing_testing_and_refusing_agree_on_every_action(game):
    name, seed, choices = game
    content = scenario(name)
    wellformed = legality.table(content).by_key
    everything = candidates(content)
    for state in reached(content, seed, choices):
        legal = legal_actions(content, state)
        assert len(set(legal)) == len(legal)
        assert all((a.verb, a.target) in wellformed for a in legal)
        shown = [str(a) for a in legal]
        for action in everything:
            listed = action in legal
            if (action.verb, action.target) not in wellformed:
                assert not listed
                takes = verb(action.verb).target is not None
                with pytest.raises(UnknownTarget if takes else ActionSyntaxError):
                    check_action(content, state, action)
                continue
            reason = legality.why_not(content, state, action)
            assert is_legal(content, state, action) is listed, action
            assert (reason is None) is listed, (action, reason)
            if listed:
                check_action(content, state, action)  # raises nothing
                continue
            assert reason is not None and is_sentence(reason), (action, reason)
            with pytest.raises(IllegalAction) as refused:
                check_action(content, state, action)
            assert refused.value.message == reason
            assert refused.value.choices == shown


@settings(max_examples=40, deadline=None)
@given(games)
def test_legality_is_what_the_rules_say(game):
    """The rules as docs/model.md states them, written out here as an oracle."""
    name, seed, choices = game
    content = scenario(name)
    returns = content.numbers.return_trust is not None
    for v in reached(content, seed, choices):
        expected: list[Action] = []
        if not v[ENDED]:
            for d in content.delegations:
                if v[d.base + PRESENT]:
                    expected.append(Action("floor", d.id))
            for d in content.delegations:
                if v[d.base + PRESENT] or returns:
                    expected.append(Action("consult", d.id))
            for m in content.measures:
                free = not (v[m.base + TABLED] or v[m.base + ADOPTED])
                if free and (m.requires is None or m.requires.run(v)):
                    expected.append(Action("propose", m.id))
            for m in content.measures:
                if v[m.base + TABLED]:
                    expected.append(Action("consensus", m.id))
            for f in content.framings:
                if v[FRAMING] != f.number and (f.requires is None or f.requires.run(v)):
                    expected.append(Action("frame", f.id))
            for s in content.statements:
                if not v[s.slot] and (s.requires is None or s.requires.run(v)):
                    expected.append(Action("statement", s.id))
            expected += [Action("recess"), Action("adjourn")]
        assert legal_actions(content, v) == expected


@settings(max_examples=30, deadline=None)
@given(games)
def test_each_action_takes_the_minutes_its_verb_says(game):
    name, seed, choices = game
    content = scenario(name)
    for state in reached(content, seed, choices):
        for action in legal_actions(content, state):
            minutes = verb(action.verb).minutes(content, action.target)
            after = advance(content, state, action)[CLOCK]
            assert after == min(content.end, state[CLOCK] + minutes), action


def test_the_table_names_each_verb_once_with_what_it_does():
    assert len(set(NAMES)) == len(NAMES) == len(REGISTRY)
    for v in REGISTRY:
        assert v.help and v.help == v.help.strip() and v.help[0].islower()
        assert verb(v.name) is v


@pytest.mark.parametrize("name", SCENARIOS)
def test_the_generated_code_holds_no_authored_text(name):
    """Only slot numbers and our own names reach `compile`: every line is one of a few forms."""
    source = legality.table(scenario(name)).source
    test = r"(not )?v\[\d+\]( != \d+)?|h\d+_\d+\(v\)"
    forms = [
        r"def (listing|failing\d+)\(v\):",
        r"    if v\[\d+\]:",
        r"        return (\[\]|-?\d+)",
        r"    (out = \[\]|add = out\.append|return out|return -1)",
        rf"    if ({test})( and ({test}))*:",
        r"    if not \((" + test + r")\):",
        r"    (    )?add\(a\d+\)",
    ]
    for line in source.splitlines():
        assert any(re.fullmatch(form, line) for form in forms), line


def test_the_formats_lists_of_verbs_are_the_tables():
    """The YAML format spells the verbs out for its schema (`on:` triggers, `model.minutes`):
    they must name exactly the table's verbs."""
    triggers = set(get_args(Trigger)) - {"walkout", "failed", "any"}
    assert triggers == set(NAMES)
    timed = {v.name for v in REGISTRY if v.name != "adjourn"}  # adjourning takes no time
    assert set(Minutes.model_fields) == timed


def test_a_measure_is_put_to_a_vote_only_while_what_it_requires_holds():
    """Vienna's monitors need Moscow in the room to be tabled; tabled before Moscow walked
    out, they could once be adopted behind its back. The vote asks for `requires` too."""
    content = scenario("vienna-2022")
    russia = content.delegation("russia")
    monitors = Action("consensus", "monitor_access")
    assert content.measure("monitor_access").requires.source == "present.russia"
    state = list(new_state(content, 1))
    state[content.measure("monitor_access").base + TABLED] = 1
    assert is_legal(content, tuple(state), monitors)
    state[russia.base + PRESENT] = 0  # Moscow has walked out
    assert not is_legal(content, tuple(state), monitors)
    assert monitors not in legal_actions(content, tuple(state))
    with pytest.raises(IllegalAction, match=r"cannot be put to a vote now \(it requires: present"):
        check_action(content, tuple(state), monitors)
    state[russia.base + PRESENT] = 1  # and is back
    assert is_legal(content, tuple(state), monitors)
