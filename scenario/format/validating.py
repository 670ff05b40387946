"""The merged document of a scenario validated against the format, with pydantic-core alone.

The format is stated once, as pydantic models (`model`); what `chair check` runs is their core
schema, generated ahead of time (`validation_schema`, written by `validation_schema_build`), with
each model as a typed dict. The same input gives the same errors as the models' validator, up to
the name of the error for a value that is not a mapping (``dict_type`` where a model says
``model_type``; the loader words both alike), and valid input gives the model's
``model_dump(mode="json")``: plain data, defaults filled in, in the models' field order. This
spares a check pydantic's model machinery (importing it, defining about thirty models, building
their validator), which cost several times what reading and validating a scenario costs.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from pydantic_core import SchemaValidator

if TYPE_CHECKING:
    from pydantic_core import CoreSchema


@functools.cache
def _validator() -> SchemaValidator:
    from .validation_schema import SCHEMA

    return SchemaValidator(SCHEMA)


def validate(data: Any) -> dict[str, Any]:
    """The validated document, as plain data; `pydantic_core.ValidationError` if it is not."""
    validated: dict[str, Any] = _validator().validate_python(data)
    return validated


def fields_at(loc: tuple[Any, ...]) -> list[str]:
    """The keys the format allows at `loc` (a location in the document), for "did you mean"."""
    from .validation_schema import SCHEMA

    definitions = {d["ref"]: d for d in SCHEMA["definitions"]}
    current: dict[str, Any] = _bare(SCHEMA["schema"], definitions)
    for part in loc:
        kind = current["type"]
        if kind == "typed-dict":
            field = current["fields"].get(str(part))
            if field is None:
                return []
            current = field["schema"]
        elif kind == "dict":
            current = current["values_schema"]
        elif kind == "list":
            current = current["items_schema"]
        else:
            return []
        current = _bare(current, definitions)
    return list(current["fields"]) if current["type"] == "typed-dict" else []


def _bare(schema: CoreSchema | dict[str, Any], definitions: dict[str, Any]) -> dict[str, Any]:
    """A schema without what wraps a value's kind: a reference, a default, `None` allowed."""
    current: Any = schema
    while True:
        if current["type"] == "definition-ref":
            current = definitions[current["schema_ref"]]
        elif current["type"] in ("default", "nullable"):
            current = current["schema"]
        else:
            return current
