"""The kinds of value a scenario file holds, and the base every model of the format shares.

Ids, short and long text, expressions, clock times and sourced passages are annotated strings;
each says what an author may write (its length, its pattern, no terminal control characters) and,
through its description, what an editor shows when hovering over a key. `Strict` makes unknown
keys errors and keeps numbers and text apart.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _plain_text(value: str) -> str:
    """Refuse characters that could drive a terminal or disguise text.

    Control characters other than newline and tab (an ESC would start a terminal escape
    sequence), and the bidirectional overrides used to make text read differently than it is
    stored. Ordinary right-to-left scripts, combining marks and joiners are fine.
    """
    found = _REFUSED.search(value)  # one pass in C: this runs on every text of a scenario
    if found is not None:
        index, char = found.start(), found.group()
        raise ValueError(
            f"text may not contain the control character U+{ord(char):04X} (at character {index + 1})"
        )
    return value


_REFUSED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + "".join(sorted(_BIDI_CONTROLS)) + "]")
"""Unicode's control characters (category Cc: U+0000-U+001F, U+007F-U+009F) but newline and
tab, and the bidirectional controls."""


def _clock(value: str) -> str:
    match = re.fullmatch(r"(\d{1,2}):(\d\d)", value)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValueError(f"{value!r} is not a clock time like '09:30'")
    return value


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
