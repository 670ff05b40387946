"""The content's sourced items, and how the article attributes each passage they use.

Every item that carries a `source:` is found by walking the validated document, with the speaker it
is spoken by (`Sourced`); each occurrence of its passage in the seeds is seen through the
attribution's units (`View`). Both the check (`fidelity`) and the coverage report
(`source_coverage`) start from here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from .attribution import QUOTE, Attribution, Unit, attribute
from .sources import seed_outside, seed_roots

_TEXT_KEYS = ("text", "summary", "description", "debrief", "title")
_DEFAULT_SPEAKER = {"floor": "delegation", "consult": "delegation", "walkout": "delegation"}


class Sourced(NamedTuple):
    """One content item with a `source:`, and what the checks need to know about it."""

    path: tuple[Any, ...]  # of the item's mapping in the validated document
    passage: str
    said_by: str | None
    use: str | None
    text: str | None  # the English that presents it
    speaker: str | None  # a delegation, voice or 'chair' that speaks it; None: not spoken
    variants: tuple[str, ...] = ()  # other wordings of `text`; each must present it alike


class View(NamedTuple):
    """How the article attributes one occurrence of a passage."""

    start: int
    end: int
    units: tuple[Unit, ...]
    accepts: frozenset[str]  # every said_by the article allows; empty: it spans two attributions
    speaker: str | None  # whose words it is (a person or body), None: the article's narration
    quoted: bool


# --------------------------------------------------------------------------- the items


def sourced_items(sc: dict[str, Any]) -> Iterator[Sourced]:
    """Every item with a source, wherever the format allows one, with its speaker if spoken.

    Walks the validated document (`validating`: plain data), so that a new place for a line is
    covered without a change here: a delegation's floor, consult and walkout lines default to the
    delegation, a framing's lines to the chair, a statement is the chair's, and any other line
    speaks as its `speaker:` says.
    """
    found: list[Sourced] = []
    _walk(sc, (), None, found)
    return iter(found)


def _walk(value: Any, path: tuple[Any, ...], default: str | None, found: list[Sourced]) -> None:
    """Add the items at and below `value` to `found`, in document order."""
    if isinstance(value, dict):
        if isinstance(value.get("source"), str):
            speaker = value.get("speaker") or default
            if path[:1] == ("statements",) and len(path) == 2:
                speaker = "chair"
            text = next((value[k] for k in _TEXT_KEYS if isinstance(value.get(k), str)), None)
            variants = value.get("variants")
            found.append(
                Sourced(
                    path,
                    value["source"],
                    value.get("said_by"),
                    value.get("use"),
                    text,
                    speaker or None,
                    tuple(variants) if isinstance(variants, list) else (),
                )
            )
        for key, item in value.items():
            if isinstance(item, (dict, list)):  # a text or a number holds no item
                _walk(item, (*path, key), _default_for(path, key, default), found)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, (dict, list)):
                _walk(item, (*path, index), default, found)


def _default_for(path: tuple[Any, ...], key: Any, inherited: str | None) -> str | None:
    """Who speaks the lines below `path + (key,)` when they name no speaker."""
    if len(path) == 2 and path[0] == "delegations" and key in _DEFAULT_SPEAKER:
        return str(path[1])
    if len(path) == 2 and path[0] == "framings" and key == "say":
        return "chair"
    if len(path) >= 1 and path[0] in ("delegations", "framings"):
        return inherited
    return None


# --------------------------------------------------------------------------- reading it


def seed_paths(sc: dict[str, Any], folder: Path) -> list[Path] | None:
    """The scenario's seed files, or None if any is missing or refused (the compiler says why).

    Confined to the same roots as the source check (`sources.seed_roots`), so that attribution
    never reads a file the source check would refuse."""
    roots = seed_roots(folder)
    paths = []
    for name in sc["seeds"]:
        try:
            path = (folder / name).resolve()
            if seed_outside(path, roots) or not path.is_file():
                return None
        except (OSError, RuntimeError, ValueError):  # too long, a symlink loop, a NUL
            return None
        paths.append(path)
    return paths or None


def read_attribution(sc: dict[str, Any], folder: Path) -> Attribution | None:
    paths = seed_paths(sc, folder)
    if paths is None:
        return None
    try:
        return attribute(paths)
    except (OSError, ValueError):  # unreadable, too large, not UTF-8: the source check says so
        return None


def views(attr: Attribution, passage: str) -> list[View]:
    out = []
    for start, end in attr.occurrences(passage):
        units = tuple(attr.units_in(start, end))
        if not units:
            continue
        # a name in quotation marks given to no one (a title) does not decide whose words it is
        deciding = [u for u in units if not (u.kind == QUOTE and u.speaker is None)] or units
        accepts = frozenset.intersection(*(u.accepts for u in deciding))
        speakers = [u.speaker for u in units if u.speaker is not None and u.speaker in accepts]
        speaker = speakers[0] if speakers else None
        quoted = all(u.kind == QUOTE for u in units)
        out.append(View(start, end, units, accepts, speaker, quoted))
    return out


def pick(found: list[View], said_by: str | None) -> View:
    """The occurrence that best fits the declared attribution (a passage may occur twice)."""
    fitting = [v for v in found if said_by in v.accepts] or found
    return sorted(fitting, key=lambda v: (not v.quoted, v.start))[0]
