"""Placeholders in authored lines: `{tension}`, `{trust.russia}`, `{name.russia}`; `{{` is a brace.

A line's text is split once, at load, into literal pieces and the names between braces. The
names are then checked against the same namespace as every other expression (an unknown name is
an error at its line and column) and compiled; at play, each value is turned into plain text and
joined with the literal pieces. Nothing is ever passed to `str.format` or a markup parser, so an
author's text cannot reach into the program, and a value cannot become markup.
"""

from __future__ import annotations

from typing import NamedTuple

from .expressions import ExpressionError


class Slot(NamedTuple):
    """The expression between a pair of braces, and where it starts in the text."""

    source: str
    offset: int


def split(text: str) -> list[str | Slot]:
    """The literal pieces and placeholders of `text`; `ExpressionError` at a lone brace."""
    if not has_slots(text):  # most lines: nothing to split
        return [text] if text else []
    pieces: list[str | Slot] = []
    literal: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char in "{}" and text[index : index + 2] == char * 2:
            literal.append(char)
            index += 2
            continue
        if char == "}":
            raise ExpressionError("a lone '}': write '}}' for a brace in the text", index)
        if char == "{":
            close = text.find("}", index + 1)
            opened = text.find("{", index + 1)
            if close < 0 or (0 <= opened < close):
                raise ExpressionError(
                    "a '{' without its '}': write '{{' for a brace in the text", index
                )
            source = text[index + 1 : close]
            if not source.strip():
                raise ExpressionError("empty braces: put a name inside, e.g. {tension}", index)
            if literal:
                pieces.append("".join(literal))
                literal = []
            pieces.append(Slot(source.strip(), index + 1 + (len(source) - len(source.lstrip()))))
            index = close + 1
            continue
        literal.append(char)
        index += 1
    if literal:
        pieces.append("".join(literal))
    return pieces


def has_slots(text: str) -> bool:
    """Whether the text has any placeholder at all (or a doubled brace to undo)."""
    return "{" in text or "}" in text
