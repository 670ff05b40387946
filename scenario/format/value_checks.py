"""The checks of single values that the format's validator runs: text, clock times, targets and
values drawn per game.

They are plain functions, free of pydantic, because two validators call them: the models' (the
annotated types of `field_types`, `model_rules` and `model_delegation` wrap them) and the one a
check builds from the generated core schema (`validation_schema`), which refers to them by name
without importing the models.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def plain_text(value: str) -> str:
    """Refuse characters that could drive a terminal or disguise text.

    Control characters other than newline and tab (an ESC would start a terminal escape
    sequence), and the bidirectional overrides used to make text read differently than it is
    stored. Ordinary right-to-left scripts, combining marks and joiners are fine.
    """
    found = REFUSED.search(value)  # one pass in C: this runs on every text of a scenario
    if found is not None:
        index, char = found.start(), found.group()
        raise ValueError(
            f"text may not contain the control character U+{ord(char):04X} (at character {index + 1})"
        )
    return value


REFUSED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + "".join(sorted(_BIDI_CONTROLS)) + "]")
"""Unicode's control characters (category Cc: U+0000-U+001F, U+007F-U+009F) but newline and
tab, and the bidirectional controls."""


def clock(value: str) -> str:
    match = re.fullmatch(r"(\d{1,2}):(\d\d)", value)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValueError(f"{value!r} is not a clock time like '09:30'")
    return value


def targets(value: object) -> object:
    """One id, or a list of distinct ids (validated by hand for one plain message)."""
    pattern = re.compile(r"[a-z][a-z0-9_]*")
    items = value if isinstance(value, list) else [value]
    if isinstance(value, list) and not 1 <= len(value) <= 100:
        raise ValueError("a list of targets needs 1 to 100 ids")
    for item in items:
        if not isinstance(item, str) or not pattern.fullmatch(item) or len(item) > 40:
            raise ValueError(
                f"{item!r} is not a valid id: use lower-case letters, digits and '_', "
                "starting with a letter"
            )
    if isinstance(value, list) and len(set(value)) != len(value):
        raise ValueError("a target is listed twice")
    return value


def _drawn(lo: float, hi: float, integral: bool, what: str) -> Callable[[object], object]:
    """A value that is either fixed or drawn per game: a number, a range `[lo, hi]`, or
    `{one_of: [a, b, ...]}`. Checked by hand so that a mistake gives one plain message at the
    value's own line, not one message per form the value might have taken."""

    def number(value: object) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"expected a number for {what}, got {value!r}")
        if integral and not isinstance(value, int):
            raise ValueError(f"{what} must be a whole number, got {value!r}")
        if value != value or not lo <= value <= hi:
            raise ValueError(f"{what} must lie between {lo:g} and {hi:g}, got {value!r}")
        return value

    def validate(value: object) -> object:
        if isinstance(value, list):
            if len(value) != 2:
                raise ValueError(
                    f"a range is two numbers, [lowest, highest]; got {len(value)} items"
                )
            low, high = number(value[0]), number(value[1])
            if low > high:
                raise ValueError(
                    f"the range [{low:g}, {high:g}] goes down: write the lowest value first"
                )
            return [low, high]
        if isinstance(value, dict):
            if set(value) != {"one_of"}:
                raise ValueError(
                    "expected a number, a range [lowest, highest] or {one_of: [a, b, ...]}"
                )
            options = value["one_of"]
            if not isinstance(options, list) or not 1 <= len(options) <= 100:
                raise ValueError("one_of needs a list of 1 to 100 values")
            return {"one_of": [number(option) for option in options]}
        return number(value)

    return validate


drawn_point = _drawn(0, 100, True, "a point on the scale")
"""A point on an issue's scale, 0 to 100, fixed or drawn per game."""
drawn_salience = _drawn(0, 1, False, "a salience")
"""A salience, 0 to 1, fixed or drawn per game."""
