"""The JSON Schema of each kind of scenario file, for editors (yaml-language-server) and tools.

Generated from the pydantic models, so it can never disagree with what `chair check` accepts
structurally. The copies kept in content/ are checked against this by the tests.
"""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from . import model as fmt

PARTS = {
    "scenario": ("scenario.schema.json", "A scenario of The Chair (scenario.yaml)"),
    "delegation": (
        "delegation.schema.json",
        "One delegation of a scenario (delegations/<id>.yaml)",
    ),
    "reactions": ("reactions.schema.json", "A list of reactions (reactions/*.yaml)"),
    "events": ("events.schema.json", "A list of events (events/*.yaml)"),
    "campaign": ("campaign.schema.json", "A campaign of The Chair (campaign.yaml)"),
}


def schema_for(part: str) -> dict[str, Any]:
    if part == "scenario":
        schema = fmt.Scenario.model_json_schema()
    elif part == "delegation":
        schema = fmt.Delegation.model_json_schema()
    elif part == "reactions":
        schema = TypeAdapter(list[fmt.Reaction]).json_schema()
    elif part == "events":
        schema = TypeAdapter(list[fmt.Event]).json_schema()
    elif part == "campaign":
        from .campaign import CampaignFile

        schema = CampaignFile.model_json_schema()
    else:
        raise ValueError(f"unknown schema part {part!r}")
    title = PARTS[part][1]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": title,
        **{k: v for k, v in schema.items() if k != "title"},
    }
