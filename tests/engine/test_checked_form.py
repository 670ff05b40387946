"""The checked form of a scenario: one form, fresh or cached, of the models' shape, read strictly."""

from __future__ import annotations

import json

import pytest

from scenario.engine import cache, checked, checked_codec
from scenario.engine import content as rt
from scenario.engine.compiler import check_scenario, load_content
from scenario.engine.lowering import Lowering
from scenario.format import model as fmt
from scenario.records import FrozenError, fields, is_record
from tests.conftest import CONTENT


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("CHAIR_CACHE", str(folder))
    return folder


def _form_classes() -> list[type]:
    return [
        value
        for value in vars(checked).values()
        if isinstance(value, type)
        and (is_record(value) or hasattr(value, "_fields"))
        and value.__module__ == checked.__name__
    ]


def _names(cls: type) -> list[str]:
    if is_record(cls):
        return list(fields(cls))
    return list(cls._fields)  # type: ignore[attr-defined]  # a named tuple


def test_each_class_of_the_form_reads_fields_of_the_model_of_its_name():
    """Same names as the models, so an author's path names the same thing in both."""
    for cls in _form_classes():
        if cls in (checked.Range, checked.OneOf):  # how a drawn value is written, not a model
            continue
        model = getattr(fmt, cls.__name__)
        assert set(_names(cls)) <= set(model.model_fields), cls.__name__
    assert list(fields(checked.OneOf)) == list(fmt.OneOfPoints.model_fields)


@pytest.mark.parametrize("name", ["tutorial", "vienna-2022", "brussels-2022"])
def test_the_form_reads_back_from_json_as_it_was_written(name):
    report = check_scenario(CONTENT / name)
    assert report.model is not None
    text = json.dumps(checked_codec.plain(report.model))
    assert checked_codec.scenario(json.loads(text), exact=True) == report.model


def test_the_form_is_frozen_all_the_way_down():
    sc = check_scenario(CONTENT / "tutorial").model
    assert sc is not None
    with pytest.raises(AttributeError):  # a named tuple's fields cannot be set
        sc.model.weights.trust = 2  # type: ignore[misc]
    with pytest.raises(FrozenError):  # nor a record's of the form
        sc.clock.start = "10:00"  # type: ignore[misc]
    delegation = next(iter(sc.delegations.values()))
    assert isinstance(delegation.floor, tuple)
    assert isinstance(delegation.floor[0].effects, tuple)


def _damaged(good: dict, change) -> dict:
    data = json.loads(json.dumps(good))
    change(data)
    return data


def _first(mapping: dict) -> dict:
    return next(iter(mapping.values()))


DAMAGE = {
    "a number where text goes": lambda d: d.update(title=5),
    "a field of another engine": lambda d: d.update(tables={}),
    "a field left out": lambda d: d.pop("clock"),
    "a list where a table goes": lambda d: d.update(meters=[]),
    "a truth where a number goes": lambda d: _first(d["meters"]).update(min=True),
    "a float where a whole number goes": lambda d: _first(d["meters"]).update(start=50.5),
    "an escape sequence in a text": lambda d: d.update(title="\x1b[2Jhello"),
    "a bidirectional override in a key": lambda d: d["meters"].update(
        {"t\u202ex": d["meters"][next(iter(d["meters"]))]}
    ),
    "a time that is no time": lambda d: d["clock"].update(start="25:99"),
    "an unknown tone": lambda d: d["endings"][0].update(tone="great"),
    "a range that goes down": lambda d: _first(_first(d["delegations"])["positions"]).update(
        position=[60, 40]
    ),
    "no alternatives to draw": lambda d: _first(_first(d["delegations"])["positions"]).update(
        red_line={"one_of": []}
    ),
}


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_a_cache_entry_of_another_shape_is_checked_again(scenario_copy, cache_dir, damage):
    folder = scenario_copy()
    expected = load_content(folder)  # checks, and writes the cache
    (entry,) = cache_dir.glob("*.json")
    good = json.loads(entry.read_text(encoding="utf-8"))
    bad = {**good, "data": _damaged(good["data"], DAMAGE[damage])}
    entry.write_text(json.dumps(bad), encoding="utf-8")
    assert cache.read(folder) is None
    assert load_content(folder).initial == expected.initial  # from the folder, without a traceback
    assert json.loads(entry.read_text(encoding="utf-8")) == good  # and written again, whole


def test_a_cache_entry_nested_too_deep_is_checked_again(scenario_copy, cache_dir):
    folder = scenario_copy()
    load_content(folder)
    (entry,) = cache_dir.glob("*.json")
    entry.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert cache.read(folder) is None
    assert load_content(folder).id == "tutorial"


def test_a_bug_in_the_lowering_is_not_taken_for_a_damaged_cache(
    scenario_copy, cache_dir, monkeypatch
):
    """Only a cache entry of the wrong shape falls back to checking; a compiler bug surfaces."""
    folder = scenario_copy()
    load_content(folder)
    assert cache.read(folder) is not None

    def broken(self):
        raise KeyError("a bug")

    monkeypatch.setattr(Lowering, "meters", broken)
    with pytest.raises(KeyError, match="a bug"):
        load_content(folder)


def test_the_numbers_are_the_models_numbers_by_one_naming_rule():
    content = load_content(CONTENT / "vienna-2022")
    sc = check_scenario(CONTENT / "vienna-2022").model
    assert sc is not None
    n, m = content.numbers, sc.model
    assert n.minutes == m.minutes._asdict()
    groups = {"w": m.weights, "patience": m.patience, "trust": m.trust, "face": m.face}
    groups["engagement"] = m.engagement
    for prefix, group in groups.items():
        for name in group._fields:
            assert getattr(n, f"{prefix}_{name}") == getattr(group, name)
    for name in ("support_at", "return_trust", "wary_cares", "varied_writing", "standing_failed"):
        assert getattr(n, name) == getattr(m, name)
    assert n.tension_slot == content.meters["tension"].slot


def test_contents_tables_are_derived_once_and_typed():
    content = load_content(CONTENT / "vienna-2022")
    assert content.delegation_by_id is content.delegation_by_id
    assert [content.delegation(d.id) for d in content.delegations] == list(content.delegations)
    assert [content.measure(m.id) for m in content.measures] == list(content.measures)
    rules = content.all_rules()
    rules.clear()  # a copy: the table itself cannot be changed by a caller
    assert len(content.all_rules()) == len(content.rules) > 0
    slots = [r.slot for r in content.rules if r.kind == "reaction"]
    assert slots == sorted(slots)
    assert all(isinstance(r, rt.Rule) for r in content.rules)


@pytest.mark.parametrize("name", ["tutorial", "vienna-2022", "brussels-2022"])
def test_a_check_that_plays_nothing_finds_the_same(name):
    """`chair check` lowers with its expressions compiled only when called: same form, same
    diagnostics, and a content that still plays the same."""
    playable, checked_only = (
        check_scenario(CONTENT / name),
        check_scenario(CONTENT / name, playable=False),
    )
    assert checked_only.diagnostics == playable.diagnostics
    assert checked_only.model == playable.model
    assert checked_only.content is not None and playable.content is not None
    from scenario.engine.game import legal_actions, new_state, step

    states = []
    for content in (playable.content, checked_only.content):
        state = new_state(content, 3)
        for _ in range(12):
            state, _ = step(content, state, legal_actions(content, state)[0])
        states.append(state)
    assert states[0] == states[1]
