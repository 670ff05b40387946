"""The campaign format: days played one after another, and what each day carries into the next.

A campaign is a folder with a `campaign.yaml`:

    title: "January 2022"
    days:
      - id: brussels
        scenario: brussels-2022
      - id: vienna
        scenario: vienna-2022
        carry:
          - effects: ["tension += (brussels.tension - 70) / 2"]
          - when: "not brussels.present.russia"
            effects: ["patience.russia -= 20"]
            note: "Russia's delegation arrives angry: it left the table in Brussels."
    score:
      components:
        - { id: brussels, label: "Brussels", weight: 40, value: "brussels.score / 100" }
        - ...

Carry-over rules are the scenario expression language: the left side of an effect names the
new day's quantity; the right side, and `when`, read any earlier day by its id
(`brussels.tension`, `brussels.adopted.talks_series`, `brussels.score`,
`brussels.ending.useful`) and the new day's opening values by their plain names. The models
here are the edge (YAML in); `scenario.engine.campaign` checks the expressions and plays.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .model import EffectText, Expression, Id, Score, Short, Strict, Text


class Carry(Strict):
    """One carry-over rule: applied to the opening state of its day, when `when` holds."""

    when: Expression | None = Field(
        None,
        description="Applies only when this holds; reads earlier days by their id "
        "('not brussels.present.russia').",
    )
    effects: list[EffectText] = Field(
        default_factory=list,
        description="Changes to this day's opening state, e.g. "
        "'tension += (brussels.tension - 70) / 2'.",
    )
    note: Text | None = Field(
        None, description="Said at the opening of the day when the rule applies."
    )


class Day(Strict):
    """One day of the campaign: a scenario, and what the days before it carry into it."""

    id: Id = Field(description="The day's name in expressions: 'brussels.tension'.")
    scenario: Short = Field(
        description="The scenario: the id of a scenario beside the campaign's folder, or a "
        "folder relative to it."
    )
    title: Short | None = Field(None, description="The day's title; default: the scenario's.")
    carry: list[Carry] = Field(
        default_factory=list,
        max_length=200,
        description="What carries over from the days before (none for the first day).",
    )


class CampaignFile(Strict):
    """`campaign.yaml`: days played in order; the week's score over all of them."""

    format: Literal[1] = Field(1, description="The campaign format version.")
    title: Short
    subtitle: Short | None = None
    description: Text = ""
    days: list[Day] = Field(min_length=1, max_length=20)
    score: Score = Field(
        description="The week's score: components read any day by its id ('vienna.score / "
        "100', 'vienna.tension'), weights add up to 100, grades as in a scenario."
    )
