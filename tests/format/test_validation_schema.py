"""The generated core schema validates as the models do, and cannot drift from them.

`chair check` validates with pydantic-core from `validation_schema`, generated from the pydantic
models; the models stay the statement of the format (the JSON Schema, the docs). These tests hold
the two together: the file is what the generator writes now, and on the shipped scenarios and on
many broken variants of one, both validators give the same result (the same JSON dump, or the
same errors, but for a non-mapping's error name, which the loader words alike).
"""

from __future__ import annotations

import copy
import types
import typing
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from scenario.format import loading
from scenario.format import model as fmt
from scenario.format.validating import fields_at, validate
from scenario.format.validation_schema_build import TARGET, generated_text
from tests.conftest import CONTENT

SCENARIOS = ["vienna-2022", "brussels-2022", "tutorial"]


def test_the_generated_schema_is_what_the_models_give():
    assert TARGET.read_text(encoding="utf-8") == generated_text(), (
        "the models changed: run python -m scenario.format.validation_schema_build"
    )


def _document(name: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The merged document of a shipped scenario, as the loader hands it to validation."""
    seen: list[dict[str, Any]] = []

    def keep(data: Any) -> dict[str, Any]:
        seen.append(copy.deepcopy(data))
        return validate(data)

    monkeypatch.setattr(loading, "validate", keep)
    loading.load_scenario(CONTENT / name)
    return seen[0]


def _by_models(data: Any) -> tuple[str, Any]:
    try:
        return "valid", fmt.Scenario.model_validate(data).model_dump(mode="json")
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
    for error in errors:  # a typed dict names it as a dict; the message is the loader's
        if error["type"] == "model_type":
            error.update(type="dict_type", msg="Input should be a valid dictionary")
            del error["ctx"]
    return "invalid", _comparable(errors)


def _by_schema(data: Any) -> tuple[str, Any]:
    try:
        return "valid", validate(data)
    except ValidationError as exc:
        return "invalid", _comparable(exc.errors(include_url=False))


def _comparable(errors: list[Any]) -> list[Any]:
    for error in errors:  # ValueError instances compare by identity
        if "error" in error.get("ctx", {}):
            error["ctx"]["error"] = repr(error["ctx"]["error"])
    return errors


def _broken(document: dict[str, Any]) -> list[Any]:
    """Variants of a document with one thing wrong, at every level of the format."""
    bad = [5, -1, 1.5, True, None, "x", "", "Bad Id", "\x1b[31m", [], [1, 2], {}, {"a": 1}]
    places: list[tuple[Any, ...]] = [()]
    for key, value in document.items():
        places.append((key,))
        if isinstance(value, dict) and value:
            first = next(iter(value))
            places.append((key, first))
            if isinstance(value[first], dict):
                places += [(key, first, field) for field in value[first]]
        elif isinstance(value, list) and value:
            places.append((key, 0))
            if isinstance(value[0], dict):
                places += [(key, 0, field) for field in value[0]]
    variants: list[Any] = ["not a mapping", None]
    for index, place in enumerate(places):
        if not place:
            continue
        for value in (bad[index % len(bad)], bad[(index * 7 + 3) % len(bad)], "unknown key"):
            variant = copy.deepcopy(document)
            parent = variant
            for part in place[:-1]:
                parent = parent[part]
            if value == "unknown key":
                if isinstance(parent[place[-1]], dict):
                    parent[place[-1]]["colour"] = 1
                else:
                    del parent[place[-1]]  # a missing key, where it is required
            else:
                parent[place[-1]] = value
            variants.append(variant)
    return variants


@pytest.mark.parametrize("name", SCENARIOS)
def test_a_shipped_scenario_validates_to_the_models_dump(name, monkeypatch):
    document = _document(name, monkeypatch)
    assert _by_schema(document) == _by_models(document)
    kind, data = _by_schema(document)
    assert kind == "valid" and list(data) == list(fmt.Scenario.model_fields)


def test_broken_documents_give_the_models_errors(monkeypatch):
    variants = _broken(_document("vienna-2022", monkeypatch))
    assert len(variants) > 100
    for variant in variants:
        assert _by_schema(variant) == _by_models(variant)


# --------------------------------------------------------------------------- did you mean


def _fields_by_models(loc: tuple[Any, ...]) -> list[str]:
    """The keys allowed at `loc`, read from the models' annotations (the reference)."""
    current: Any = fmt.Scenario
    parts = list(loc)
    while parts:
        if isinstance(current, type) and issubclass(current, BaseModel):
            info = current.model_fields.get(str(parts.pop(0)))
            if info is None:
                return []
            current = info.annotation
            continue
        current = _unwrap(current)
        if typing.get_origin(current) in (dict, list):
            parts.pop(0)
            current = typing.get_args(current)[-1]
            continue
        return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _unwrap(annotation: Any) -> Any:
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
            continue
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if origin in (typing.Union, types.UnionType) and len(args) == 1:
            annotation = args[0]
            continue
        return annotation


def _locations(value: Any, path: tuple[Any, ...] = ()) -> typing.Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, (dict, list)):
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            yield from _locations(item, (*path, key))


def test_the_keys_suggested_are_the_models_fields(monkeypatch):
    document = validate(_document("vienna-2022", monkeypatch))
    locations = set(_locations(document))
    locations |= {(*loc, "nowhere") for loc in list(locations)}
    assert len(locations) > 1000
    for loc in locations:
        assert fields_at(loc) == _fields_by_models(loc), loc
