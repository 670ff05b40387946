"""The save file's format: its fields, and the checks that make every one of them safe to use.

A save is read before anything is replayed (the title and load screens list saves with their
summary), so every field is untrusted: its presence and type are checked by hand (importing
pydantic at the app's start would cost about a fifth of a second), text that would reach the
screen may hold no control character, and the summary must be within what a game can reach.
A save that fails a check raises `Damaged`, which the reader turns into a located error.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

FORMAT = "the-chair-save"
VERSION = 2
"""2 added `ironman`; a version 1 save is a game with undo."""
OLDEST_READABLE = 1
MAX_BYTES = 5 * 1024 * 1024
MAX_ACTIONS = 10_000


_HASH = re.compile(r"^[0-9a-f]{64}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""No text in a save may hold these: they would reach the terminal (escape sequences, bidi)."""
_SCENARIO_ID = re.compile(r"^[^./\\][^/\\]{0,99}$")
"""A folder name: no path separators, not hidden, not '.' or '..', at most 100 characters."""
_SAVED_AT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
_CLOCK = re.compile(r"^\d{2}:\d{2}$")
MAX_TEXT = 300
"""The longest text field of a save (names, titles, actions); a scenario's titles are at most 200."""
MAX_METER = 10**9


class Damaged(ValueError):
    """A save whose JSON is well formed but whose content is not a save's."""


@dataclass(frozen=True)
class SavedScenario:
    id: str
    hash: str
    title: str


@dataclass(frozen=True)
class Summary:
    """What a load screen shows without replaying anything."""

    round: int
    clock: str
    tension: int | None
    score: int
    ending: str | None


@dataclass(frozen=True)
class SaveFile:
    """A save as read and checked. Validated by hand: the app lists saves at its start, where
    the cost of importing pydantic (about a fifth of a second) would be felt."""

    format: str
    version: int
    name: str
    saved_at: str
    scenario: SavedScenario
    seed: int
    actions: list[str]
    state_hash: str
    summary: Summary
    ironman: bool = False

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["actions"] = list(self.actions)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SaveFile:
        """Check every field's presence and type (booleans are not numbers); raise `Damaged`.

        Every field is untrusted: text that would reach the screen may hold no control
        character, and the summary (shown without replaying) must be within what a game can reach.
        """
        spec = _SAVE_FIELDS if data.get("version", VERSION) >= 2 else _SAVE_FIELDS_1
        top = _fields(data, "", spec)
        if len(top["actions"]) > MAX_ACTIONS:
            raise Damaged(f"actions: more than {MAX_ACTIONS:,}")
        for index, action in enumerate(top["actions"]):
            if not isinstance(action, str):
                raise Damaged(f"actions.{index}: expected text")
            _text(action, f"actions.{index}")
        _text(top["name"], "name")
        if not _SAVED_AT.fullmatch(top["saved_at"]):
            raise Damaged("saved_at: expected a time like 2022-01-13T09:30:00Z")
        if not _HASH.fullmatch(top["state_hash"]):
            raise Damaged("state_hash: expected 64 hexadecimal digits")
        scenario = SavedScenario(**_fields(top["scenario"], "scenario.", _SCENARIO_FIELDS))
        if not _HASH.fullmatch(scenario.hash):
            raise Damaged("scenario.hash: expected 64 hexadecimal digits")
        if not _SCENARIO_ID.fullmatch(scenario.id) or _CONTROL.search(scenario.id):
            raise Damaged("scenario.id: expected a scenario's folder name (at most 100 characters)")
        _text(scenario.title, "scenario.title")
        summary = Summary(**_fields(top["summary"], "summary.", _SUMMARY_FIELDS))
        _check_summary(summary, len(top["actions"]))
        return cls(
            **{**top, "scenario": scenario, "summary": summary, "actions": tuple(top["actions"])}
        )


_SAVE_FIELDS = {
    "format": str,
    "version": int,
    "name": str,
    "saved_at": str,
    "scenario": dict,
    "seed": int,
    "actions": list,
    "state_hash": str,
    "summary": dict,
    "ironman": bool,
}
_SAVE_FIELDS_1 = {key: kind for key, kind in _SAVE_FIELDS.items() if key != "ironman"}
_SCENARIO_FIELDS = {"id": str, "hash": str, "title": str}
_SUMMARY_FIELDS = {
    "round": int,
    "clock": str,
    "tension": (int, None),
    "score": int,
    "ending": (str, None),
}
_TYPE_WORDS = {
    str: "text",
    int: "a whole number",
    dict: "a mapping",
    list: "a list",
    bool: "true or false",
}


def _text(value: str, where: str) -> None:
    if len(value) > MAX_TEXT:
        raise Damaged(f"{where}: longer than {MAX_TEXT} characters")
    found = _CONTROL.search(value)
    if found:
        raise Damaged(f"{where}: holds the control character U+{ord(found.group()):04X}")


def _check_summary(summary: Summary, actions: int) -> None:
    """The summary is shown on the title and load screens without a replay: hold it in range."""
    if not 0 <= summary.round <= actions + 1:
        raise Damaged(f"summary.round: {summary.round} after {actions} actions")
    if not _CLOCK.fullmatch(summary.clock) or int(summary.clock[:2]) > 47:
        raise Damaged("summary.clock: expected a time like 09:30")
    if not 0 <= summary.score <= 100:
        raise Damaged("summary.score: expected 0 to 100")
    if summary.tension is not None and abs(summary.tension) > MAX_METER:
        raise Damaged("summary.tension: out of range")
    if summary.ending is not None:
        _text(summary.ending, "summary.ending")


def _fields(data: Any, where: str, spec: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise Damaged(f"{where.rstrip('.') or 'the save'}: expected a mapping")
    for key in data:
        if key not in spec:
            raise Damaged(f"{where}{key}: unknown key")
    for key, kind in spec.items():
        if key not in data:
            raise Damaged(f"{where}{key}: missing")
        kinds = kind if isinstance(kind, tuple) else (kind,)
        value = data[key]
        if value is None and None in kinds:
            continue
        if (isinstance(value, bool) and bool not in kinds) or not isinstance(
            value, tuple(k for k in kinds if k is not None)
        ):
            raise Damaged(f"{where}{key}: expected {_TYPE_WORDS[kinds[0]]}")
    return dict(data)
