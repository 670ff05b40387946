"""What happened, line by line: the entries a step returns, and the minutes they make.

The engine returns entries; the app styles them, `chair run` prints them as the minutes of the
meeting, and `--json` gives them to scripts. Every entry keeps the English text and, where the
content has one, the German source passage it translates.
"""

from __future__ import annotations

import textwrap
from typing import Any, NamedTuple

from .content import Content
from .phrasing import answered, quoted

KINDS = (
    "opening",  # the session opens
    "action",  # what the chair does, narrated
    "speech",  # a line said on the floor (or narration, with no speaker)
    "private",  # a line said in a private consultation
    "finding",  # what a consultation revealed
    "notice",  # a protest or other aside
    "answer",  # one delegation's answer in a roll-call
    "result",  # adopted, or no consensus
    "event",  # something happens (its title; its lines follow as speech)
    "walkout",  # a delegation leaves
    "return",  # a delegation comes back
    "ending",  # the game's ending
)


class Entry(NamedTuple):
    """One line of the transcript. A named tuple rather than a frozen dataclass: steps make
    several of these, and a frozen dataclass's __init__ costs a call per field."""

    kind: str
    time: int  # minutes since midnight
    text: str
    speaker: str | None = None
    source: str | None = None
    answer: str | None = None  # "supports", "acquiesces" or "blocks", for kind "answer"
    ref: str | None = None  # the id of the rule, measure or ending concerned
    said_by: str | None = None  # whose words the source is (as the content names them); None:
    # the article's own narration, or not declared (format 1: then `use` is None too)
    use: str | None = None  # how the text uses the source: "quote", "reported" or "context"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"time": hhmm(self.time), "kind": self.kind}
        for key in ("speaker", "text", "answer", "source", "ref"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.source is not None and self.use is not None:
            # whose words and how, wherever the content declares it (every sourced line in
            # format 2); a format-1 transcript stays byte for byte what it was
            out["said_by"] = self.said_by
            out["use"] = self.use
        return out


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def minutes_text(content: Content, entries: list[Entry], width: int = 100) -> str:
    """The transcript as the minutes of the meeting, plain text."""
    lines: list[str] = []
    last_time: int | None = None
    last_reason: str | None = None
    indent = " " * 7
    for entry in entries:
        stamp = hhmm(entry.time) + "  " if entry.time != last_time else indent
        last_time = entry.time
        body = _line(content, entry)
        if entry.kind == "answer":  # a roll-call reads better without the same reason seven times
            if entry.text == last_reason:
                body = f"- {answered(content, entry.speaker, entry.answer)}: likewise"
            last_reason = entry.text
        else:
            last_reason = None
        wrapped = textwrap.wrap(body, width=width - 7) or [""]
        if entry.kind in ("action", "event", "ending", "opening") and lines:
            lines.append("")
        lines.append(stamp + wrapped[0])
        lines.extend(indent + rest for rest in wrapped[1:])
    return "\n".join(lines) + "\n"


def _line(content: Content, entry: Entry) -> str:
    if entry.kind == "speech" and entry.speaker:
        return f"{_speaker(content, entry.speaker)}: {quoted(entry.text)}"
    if entry.kind == "private":
        return f"{_speaker(content, entry.speaker)}, in private: {quoted(entry.text)}"
    if entry.kind == "answer":
        return f"- {answered(content, entry.speaker, entry.answer)}: {entry.text}"
    if entry.kind == "event":
        return f"** {entry.text} **"
    if entry.kind == "ending":
        return f"=== {entry.text} ==="
    return entry.text


def _speaker(content: Content, speaker: str | None) -> str:
    found = content.speakers.get(speaker or "")
    if found is None:
        return speaker or ""
    if found.kind == "delegation":
        head = content.delegation(found.id).head
        return f"{head} ({found.name})" if head else found.name
    return found.name


def source_label(said_by: str | None, use: str | None) -> str:
    """How the source window introduces a line's German passage: whose words, used how.

    Never claims more than the content declares: a quote is a person's own words, a report is
    someone's words the line presents as theirs, context is background; an undeclared source
    (format 1) is only "behind" the line.
    """
    name = said_by.split()[-1] if said_by and said_by.split() else None
    if use == "quote":
        return f"{name}, quoted in the article:" if name else "the article reports:"
    if use == "reported":
        return f"{name}, as the article reports:" if name else "the article reports:"
    if use == "context":
        return (
            f"context from the article ({name}'s words):" if name else "context from the article:"
        )
    return "the passage of the article behind this line:"
