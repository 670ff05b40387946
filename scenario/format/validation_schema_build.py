"""Writes `validation_schema`, the format's core schema, from the pydantic models.

The models (`model` and the modules it names) are the one statement of the format: the JSON
Schema for editors and the validator of `chair check` both come from them. Building a model's
validator costs pydantic's whole model machinery, several times what reading and checking a
scenario costs, so a check validates with pydantic-core directly, from this core schema,
generated ahead of time and kept in the repository. `python -m scenario.format.validation_schema_build`
rewrites it after a change to the models; a test fails while it is stale.

What changes from the models' own core schema, and why the result validates alike:
- each model becomes a typed dict with the same fields in the same order, the same config
  (unknown keys forbidden, strict, no inf or nan) and the same field schemas, so the same input
  gives the same errors (type, location, message, input) and, for valid input, a dict equal to
  the model's `model_dump(mode="json")` (defaults filled, in field order);
- a default made by a factory of model defaults becomes that default, as plain data;
- what only serialising or the JSON Schema reads (serializers, metadata, the JSON Schema's
  view of a value checked by hand) is left out;
- the functions that check single values are named from `value_checks`, which the generated
  module imports (none may live elsewhere);
- every model is a definition named after it, and the annotated kinds of value of
  `field_types` (Id, Short, Text, ...) are named constants, so the module can be read.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel, TypeAdapter

from . import field_types, model_delegation, model_rules, value_checks
from . import model as fmt

TARGET = Path(__file__).with_name("validation_schema.py")

_HEADER = '''"""The scenario format's core schema, for pydantic-core's `SchemaValidator` (`validating`).

GENERATED from the models (`model` and the modules it names) by
`python -m scenario.format.validation_schema_build`; do not edit by hand. A test fails when this
file no longer matches the models.
"""

# fmt: off

from typing import Any

from .value_checks import clock, drawn_point, drawn_salience, plain_text, targets
'''

_DROPPED = {
    "metadata",
    "serialization",
    "json_schema_input_schema",
    "cls",
    "custom_init",
    "root_model",
    "post_init",
    "computed_fields",
    "model_name",
    "title",
    "ref",
}

_KINDS = {  # the annotated kinds of value, named in the generated module
    name: getattr(module, name)
    for module, names in (
        (field_types, ("Id", "Short", "Text", "Expression", "EffectText", "ClockTime")),
        (field_types, ("Source", "SaidBy", "Use", "Percent", "Scale")),
        (model_rules, ("Trigger", "Targets")),
        (model_delegation, ("DrawnScale", "DrawnSalience")),
    )
    for name in names
}


class _Named:
    """A name in the generated source (a kind, a model's reference, a function)."""

    def __init__(self, source: str) -> None:
        self.source = source


def _functions() -> dict[int, str]:
    found = {}
    for name, value in vars(value_checks).items():
        if callable(value) and not name.startswith("_") and not isinstance(value, type):
            found[id(value)] = name
    return found


class _Converter:
    def __init__(self) -> None:
        self.functions = _functions()
        self.models: dict[str, dict[str, Any]] = {}  # by name, in the order first met
        self.definitions: dict[str, dict[str, Any]] = {}  # pydantic's, by reference
        self.kinds: dict[str, _Named] = {}  # the source of a converted kind -> its name

    def model_name(self, schema: dict[str, Any]) -> str:
        return str(schema["cls"].__name__)

    def convert(self, value: Any) -> Any:
        if isinstance(value, list):
            return [self.convert(item) for item in value]
        if isinstance(value, tuple):
            return tuple(self.convert(item) for item in value)
        if not isinstance(value, dict):
            if callable(value) and not isinstance(value, type):
                name = self.functions.get(id(value))
                if name is None:
                    raise ValueError(f"{value!r} is not a function of value_checks")
                return _Named(name)
            if value in (list, dict):
                return _Named(value.__name__)
            return value
        kind = value.get("type")
        if kind == "definitions":
            for definition in value["definitions"]:
                self.definitions[definition["ref"]] = definition
            return self.convert(value["schema"])
        if kind == "definition-ref":
            value = self.definitions[value["schema_ref"]]
            kind = value["type"]
        if kind == "model":
            name = self.model_name(value)
            if name not in self.models:
                self.typed_dict(value)
            return {"type": "definition-ref", "schema_ref": name}
        if kind == "default" and "default_factory" in value:
            factory = value["default_factory"]
            owner = getattr(factory, "__self__", None)
            if isinstance(owner, type) and issubclass(owner, BaseModel):
                default = owner.model_construct().model_dump(mode="json")
                return {
                    "type": "default",
                    "schema": self.convert(value["schema"]),
                    "default": default,
                }
        converted = {k: self.convert(v) for k, v in value.items() if k not in _DROPPED}
        if converted.get("default_factory_takes_data") is False:  # the default: said once here
            del converted["default_factory_takes_data"]
        return self.kinds.get(_source(converted), converted)

    def typed_dict(self, schema: dict[str, Any]) -> None:
        name = self.model_name(schema)
        self.models[name] = {}  # taken: a model that refers to itself does not recurse
        fields = {}
        for field_name, field in schema["schema"]["fields"].items():
            inner = self.convert(field["schema"])
            required = not (isinstance(inner, dict) and inner.get("type") == "default")
            fields[field_name] = {"type": "typed-dict-field", "schema": inner, "required": required}
        config = {k: v for k, v in schema.get("config", {}).items() if k != "title"}
        self.models[name] = {"type": "typed-dict", "fields": fields, "config": config, "ref": name}


def _source(value: Any) -> str:
    """Python source for a converted schema, on one line, names as names."""
    if isinstance(value, _Named):
        return value.source
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {_source(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_source(v) for v in value) + "]"
    if isinstance(value, tuple):
        return "(" + ", ".join(_source(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    return repr(value)


def _model_source(name: str, typed_dict: dict[str, Any]) -> str:
    """A model's typed dict: its kind, name and config on one line, then a line a field."""
    head = {k: v for k, v in typed_dict.items() if k != "fields"}
    fields = "".join(
        f"    {field!r}: {_source(schema)},\n" for field, schema in typed_dict["fields"].items()
    )
    return f"{name} = {_source(head)[:-1]}, 'fields': {{\n{fields}}}}}\n"


def generated_text() -> str:
    """The text `validation_schema.py` should have."""
    converter = _Converter()
    lines = [_HEADER]
    for name, kind in _KINDS.items():
        schema = converter.convert(TypeAdapter(kind).core_schema)
        lines.append(f"{name} = {_source(schema)}\n")
        converter.kinds[_source(schema)] = _Named(name)
    fmt.Scenario.model_rebuild()
    root = converter.convert(fmt.Scenario.__pydantic_core_schema__)
    lines.append("")
    for name, typed_dict in converter.models.items():
        lines.append(_model_source(name, typed_dict))
    definitions = ", ".join(converter.models)
    lines.append(
        "SCHEMA: dict[str, Any] = {\n"
        "    'type': 'definitions',\n"
        f"    'schema': {_source(root)},\n"
        f"    'definitions': [{definitions}],\n"
        "}\n"
        '"""The whole scenario: a typed dict of the merged document."""\n'
    )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    text = generated_text()
    if argv[1:] == ["--check"]:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        return 0 if current == text else 1
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
