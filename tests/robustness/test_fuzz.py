"""Fuzzing: mutated scenarios, random scripts and random saves get success or our own error.

Bounded for CI; run longer with HYPOTHESIS_PROFILE=thorough (5,000 examples a test).
"""

from __future__ import annotations

import copy
import shutil
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scenario import Game, ScenarioError
from scenario.engine.compiler import check_scenario, load_content
from scenario.format.yamlfile import read_yaml
from scenario.tools import saves
from scenario.tools.scripts import play_script, read_script
from tests.conftest import ROOT, TUTORIAL

FILES = [
    "scenario.yaml",
    "delegations/russia.yaml",
    "delegations/usa.yaml",
    "delegations/ukraine.yaml",
]
ORIGINAL = {name: read_yaml(TUTORIAL / name, name).data for name in FILES}
CONTENT = load_content(TUTORIAL)


def paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path to a value inside a document."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*prefix, index))
    return found


REPLACEMENTS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.builds(list),  # a new one each time: the mutations below edit what they put in
    st.builds(dict),
    st.just("tension > 60 and"),
    st.just("[/]"),
    st.builds(dict, x=st.just(1)),
    st.just("\x1b[31m"),
)


@st.composite
def mutation(draw):
    name = draw(st.sampled_from(FILES))
    document = copy.deepcopy(ORIGINAL[name])
    targets = [p for p in paths(document) if p]
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(targets))
        parent = document
        for part in path[:-1]:
            parent = (
                parent[part]
                if isinstance(parent, (dict, list))
                and (
                    (isinstance(parent, dict) and part in parent)
                    or (isinstance(parent, list) and isinstance(part, int) and part < len(parent))
                )
                else None
            )
            if parent is None:
                break
        if parent is None:
            continue
        key = path[-1]
        kind = draw(st.sampled_from(["replace", "remove", "repeat", "rename"]))
        try:
            if kind == "replace":
                parent[key] = draw(REPLACEMENTS)
            elif kind == "remove":
                del parent[key]
            elif kind == "repeat" and isinstance(parent, list):
                parent.insert(key, copy.deepcopy(parent[key]))
            elif kind == "rename" and isinstance(parent, dict):
                parent[draw(st.sampled_from(["on", "yes", "x", "Title", "when", key + "s"]))] = (
                    parent.pop(key)
                )
        except (KeyError, IndexError, TypeError):
            continue
    return name, document


@pytest.mark.slow
@settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], deadline=None
)
@given(mutation())
def test_mutated_tutorial_gives_success_or_located_errors(tmp_path_factory, change):
    name, document = change
    folder = tmp_path_factory.mktemp("mutant") / "tutorial"
    shutil.copytree(TUTORIAL, folder)
    shutil.copytree(ROOT / "seeds", folder.parent.parent / "seeds", dirs_exist_ok=True)
    (folder / name).write_text(
        yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    report = check_scenario(folder)  # must not raise
    for diagnostic in report.diagnostics:
        assert diagnostic.location.file != "?"
        assert diagnostic.message
    if report.content is None:  # refused: and it says why, as an error, in a file of the scenario
        errors = [d for d in report.diagnostics if d.severity == "error"]
        assert errors
        assert all(d.location.file.endswith((".yaml", ".yml", ".md", ".txt")) for d in errors)
    else:  # still valid: it must also play, to an ending with a score in range
        game = Game(report.content, 1)
        while not game.over:
            game.act(game.legal_actions()[0])
        assert game.outcome is not None
        assert 0 <= game.score().total <= 100


ACTION_ITEMS = st.one_of(
    st.sampled_from(
        [
            "recess",
            "adjourn",
            "floor russia",
            "consult usa",
            "propose hotline",
            "consensus monitor_access",
            "dance",
            "",
            "floor",
        ]
    ),
    st.dictionaries(
        st.sampled_from(["floor", "consult", "propose", "consensus", "frame", "recess", "x"]),
        st.one_of(st.text(max_size=12), st.integers(), st.none()),
        max_size=2,
    ),
    st.integers(),
    st.none(),
    st.lists(st.text(max_size=5), max_size=2),
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(
    st.lists(ACTION_ITEMS, max_size=25), st.one_of(st.none(), st.integers(), st.text(max_size=4))
)
def test_random_scripts_play_or_give_a_located_error(tmp_path_factory, items, seed):
    path = tmp_path_factory.mktemp("script") / "script.yaml"
    document = {"actions": items} if seed is None else {"seed": seed, "actions": items}
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    try:
        game = play_script(CONTENT, read_script(path))
    except ScenarioError as exc:
        assert exc.diagnostics
        assert all(str(d).startswith(str(path)) or "script.yaml" in str(d) for d in exc.diagnostics)
    else:
        # every item was one action, and the game they made is the one they make again
        assert len(game.actions) == len(items)
        assert Game.replay(CONTENT, game.seed, list(game.actions)).state_hash == game.state_hash


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_as_a_save(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("save") / "save.json"
    path.write_bytes(data)
    try:
        restored = saves.restore(CONTENT, saves.read_save(path), str(path))
    except ScenarioError as exc:
        assert exc.diagnostics
        assert all("save.json" in str(d.location) for d in exc.diagnostics)
    else:  # bytes that happen to be a save: then a game that replays to its own state
        assert Game.replay(CONTENT, restored.game.seed, list(restored.game.actions)).state_hash == (
            restored.game.state_hash
        )
    assert path.read_bytes() == data


ORIGINAL_GAME = Game.replay(CONTENT, 3, ["consult russia", "recess"])
GOOD_SAVE: dict[str, Any] = saves.to_save(ORIGINAL_GAME, "g").to_json()


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.sampled_from(sorted(GOOD_SAVE)), REPLACEMENTS)
def test_a_save_with_any_field_changed(tmp_path_factory, field, value):
    import json

    path = tmp_path_factory.mktemp("save") / "save.json"
    path.write_text(json.dumps({**GOOD_SAVE, field: value}), encoding="utf-8")
    before = path.read_bytes()
    try:
        restored = saves.restore(CONTENT, saves.read_save(path), str(path))
    except ScenarioError as exc:
        assert exc.diagnostics
        assert all("save.json" in str(d.location) for d in exc.diagnostics)
    else:  # a change the save survives leaves the game it holds intact
        assert restored.complete
        assert list(restored.game.actions) == list(ORIGINAL_GAME.actions)
        assert restored.game.state_hash == ORIGINAL_GAME.state_hash
    assert path.read_bytes() == before


def test_nothing_is_written_outside_the_folders_given(tmp_path, monkeypatch):
    """Every command, good input or bad: files appear only in the saves file asked for and the cache."""
    from chair.cli import main

    home = tmp_path / "home"
    work = tmp_path / "work"
    for folder in (home, work):
        folder.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("CHAIR_CACHE", str(home / "cache"))
    monkeypatch.setenv("CHAIR_SAVES", str(home / "saves"))
    monkeypatch.chdir(work)
    (work / "bad.yaml").write_text("actions:\n  - dance\n", encoding="utf-8")
    (work / "good.yaml").write_text(
        "seed: 1\nactions:\n  - recess\n  - adjourn\n", encoding="utf-8"
    )
    before = {p for p in tmp_path.rglob("*")}
    main(["check", "tutorial", "vienna-2022"])
    main(["run", "tutorial", "--script", "bad.yaml"])
    main(["run", "tutorial", "--script", "good.yaml", "--json"])
    main(["run", "tutorial", "--script", "good.yaml", "--save", "game.json"])
    main(["replay", "game.json"])
    main(["replay", "nope.json"])
    main(["playtest", "tutorial", "--runs", "20"])
    main(["schema"])
    new = {p for p in tmp_path.rglob("*")} - before
    outside = [p for p in new if p != work / "game.json" and not p.is_relative_to(home / "cache")]
    assert outside == []
