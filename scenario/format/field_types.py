"""The kinds of value a scenario file holds, and the base every model of the format shares.

Ids, short and long text, expressions, clock times and sourced passages are annotated strings;
each says what an author may write (its length, its pattern, no terminal control characters) and,
through its description, what an editor shows when hovering over a key. `Strict` makes unknown
keys errors and keeps numbers and text apart.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from .value_checks import clock as _clock
from .value_checks import plain_text as _plain_text

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=40),
    Field(description="An identifier: lower-case letters, digits and '_', starting with a letter."),
]
Short = Annotated[str, StringConstraints(min_length=1, max_length=200), AfterValidator(_plain_text)]
Text = Annotated[str, StringConstraints(max_length=4000), AfterValidator(_plain_text)]
Expression = Annotated[
    str,
    StringConstraints(min_length=1, max_length=1000),
    AfterValidator(_plain_text),
    Field(description="An expression, e.g. 'tension > 60 and trust.russia < 30'."),
]
EffectText = Annotated[
    str,
    StringConstraints(min_length=1, max_length=1000),
    AfterValidator(_plain_text),
    Field(description="An effect, e.g. 'tension -= 5' or 'trust.usa += 3'."),
]
ClockTime = Annotated[str, AfterValidator(_clock), Field(description="A time of day, 'HH:MM'.")]
Source = Annotated[
    str,
    StringConstraints(min_length=1, max_length=4000),
    AfterValidator(_plain_text),
    Field(description="The passage this is based on, verbatim from the scenario's seeds."),
]
SaidBy = Annotated[
    str,
    StringConstraints(min_length=1, max_length=200),
    AfterValidator(_plain_text),
    Field(
        description="Whose words the source passage is, as the article gives them: a person "
        "('Jens Stoltenberg' or 'Stoltenberg'), a body the article gives words to ('NATO', "
        "'Russia'), or 'article' for the article's own narration. Checked against the seed."
    ),
]
Use = Annotated[
    Literal["quote", "reported", "context"],
    Field(
        description="How the text uses the source passage: 'quote' (spoken as its speaker's own "
        "words), 'reported' (presented as someone's words, naming them in the English text), "
        "or 'context' (background or paraphrase)."
    ),
]
Percent = Annotated[int, Field(ge=0, le=100)]
Scale = Annotated[int, Field(ge=0, le=100, description="A point on an issue's scale, 0 to 100.")]


class Strict(BaseModel):
    """Unknown keys are errors; numbers are not text and text is not a number."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, strict=True, allow_inf_nan=False, defer_build=True
    )
