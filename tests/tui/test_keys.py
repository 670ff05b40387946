"""The app's key table covers the engine's verbs, once each, with the words each screen needs."""

from __future__ import annotations

from scenario.engine.compiler import load_content
from scenario.engine.legality import table
from scenario.engine.verbs import NAMES, verb
from tests.conftest import ROOT
from tui.keys import OTHER_KEYS, VERB_KEYS, key_of, short_labels


def test_every_verb_has_one_key_in_the_engines_order():
    assert tuple(k.verb for k in VERB_KEYS) == NAMES
    keys = [k.key for k in VERB_KEYS]
    assert len(set(keys)) == len(keys)
    other = {part.strip().lower() for key, _ in OTHER_KEYS for part in key.split("/")}
    assert not set(keys) & other
    assert all(key_of(k.verb) is k for k in VERB_KEYS)


def test_verbs_with_a_target_say_what_choosing_does_and_when_there_is_nothing():
    for k in VERB_KEYS:
        takes = verb(k.verb).target is not None
        assert bool(k.explained) is takes and bool(k.nothing) is takes, k.verb
        assert k.title and k.label and k.help


def test_the_footer_shortens_only_to_shorter_words():
    for label, short in short_labels().items():
        assert len(short) < len(label)


def test_every_verb_whose_targets_a_scenario_holds_back_says_so_when_they_open():
    held_back = set()
    for name in ("tutorial", "vienna-2022", "brussels-2022"):
        legality = table(load_content(ROOT / "content" / name))
        for (verb_name, _), checks in legality.checks.items():
            if any(check.holds is not None for check in checks):
                held_back.add(verb_name)
    assert held_back
    # A measure becomes open to a vote each time it is tabled, so consensus says no "now
    # possible"; a tabled measure its `requires:` keeps from a vote is named when the call opens
    # (`choosing.nothing`, tests/tui/test_views.py).
    assert held_back - {"consensus"} <= {k.verb for k in VERB_KEYS if k.unlocked}
