"""What a scenario says: a line of dialogue or narration, a delegation's speech, a paragraph.

Every text may carry the passage of the article it is based on (`source`), whose words that
passage is (`said_by`) and how the text uses it (`use`); `chair check` holds these against the
seed (`attribution`, `fidelity`).
"""

from __future__ import annotations

from pydantic import Field

from .field_types import EffectText, Expression, Id, SaidBy, Short, Source, Strict, Text, Use


class Line(Strict):
    """A line of dialogue or narration."""

    speaker: Id | None = Field(
        None,
        description="Who speaks: a delegation, a voice or 'chair'; none for narration. "
        "Lines a delegation says on the floor or in private default to that delegation.",
    )
    text: Text = Field(
        description="What is said, in English. With model.varied_writing, '{tension}', "
        "'{trust.russia}' or '{name.russia}' put in a value or a name; '{{' is a brace."
    )
    source: Source | None = None
    said_by: SaidBy | None = None
    use: Use | None = None
    when: Expression | None = Field(
        None, description="Said only when this holds (checked when the line is due)."
    )
    variants: list[Text] = Field(
        default_factory=list,
        max_length=50,
        description="Other wordings of 'text'; each time, the game's seeded generator picks one "
        "of the text and its variants.",
    )
    repeat: bool = Field(
        False,
        description="A floor or consultation line that may be said again (with "
        "model.varied_writing, lines are otherwise said once a game).",
    )


class Speech(Line):
    """What a delegation says on the floor or in private, and what saying it changes."""

    effects: list[EffectText] = Field(default_factory=list)


class Paragraph(Strict):
    title: Short | None = None
    text: Text
    source: Source | None = None
    said_by: SaidBy | None = None
    use: Use | None = None
