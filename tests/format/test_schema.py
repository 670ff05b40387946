"""The JSON Schemas kept in content/ match the format, and every scenario file points at one."""

from __future__ import annotations

import json

import pytest

from scenario.format.schema import PARTS, schema_for
from tests.conftest import CONTENT


@pytest.mark.parametrize("part", list(PARTS))
def test_kept_schema_is_current(part: str):
    filename = PARTS[part][0]
    kept = json.loads((CONTENT / filename).read_text(encoding="utf-8"))
    assert kept == schema_for(part), f"run: chair schema --part {part} > content/{filename}"


def test_schema_forbids_unknown_keys_and_knows_the_verbs():
    schema = schema_for("scenario")
    assert schema["additionalProperties"] is False
    reaction = schema["$defs"]["Reaction"]
    assert "floor" in reaction["properties"]["on"]["enum"]


def test_every_scenario_file_names_its_schema():
    expected = {
        "scenario.yaml": "scenario.schema.json",
        "delegations": "delegation.schema.json",
        "reactions": "reactions.schema.json",
        "events": "events.schema.json",
        "campaign.yaml": "campaign.schema.json",
    }
    for path in CONTENT.rglob("*.yaml"):
        if path.parent.name == "scripts":  # action scripts are not scenario files
            continue
        first = path.read_text(encoding="utf-8").splitlines()[0]
        key = path.name if path.name in ("scenario.yaml", "campaign.yaml") else path.parent.name
        assert first.startswith("# yaml-language-server: $schema="), path
        target = (path.parent / first.split("$schema=", 1)[1]).resolve()
        assert target == (CONTENT / expected[key]).resolve(), path
