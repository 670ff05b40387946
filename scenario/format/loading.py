"""A scenario folder read into a validated document (plain data), with every error located.

A scenario is a folder: ``scenario.yaml``, plus optionally ``delegations/<id>.yaml`` (one
delegation a file, its id the file's name) and ``reactions/*.yaml`` and ``events/*.yaml`` (each a
list, taken in file-name order). The files are merged into one document; a `SourceMap` remembers
which file and YAML node every part of it came from, so that an error found anywhere later
(the validator's, or a dangling reference found by the compiler) is reported at its file, line
and column. The document is validated against the format's models by pydantic-core alone
(`validating`), and comes out as the models' JSON dump would: plain dicts and lists.

Validation is lenient on purpose: items that fail are reported and left out, and the rest is
still validated and compiled, so one run reports every error in every file instead of one at a
time. References to items that were left out are not reported again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic_core import ValidationError

from .diagnostics import Diagnostic, Location, ScenarioError, display_path
from .files import (
    FOLDER_SECTIONS,
    SCENARIO_FILE,
    SECTIONS_BY_ID,
    SECTIONS_LISTED,
    SourceMap,
    content_hash,
)
from .validating import fields_at, validate
from .yamlfile import YamlFile, read_yaml

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass
class LoadedScenario:
    """What reading a folder gave: the validated document (None if unusable), every diagnostic."""

    folder: Path
    id: str
    data: dict[str, Any] | None
    sourcemap: SourceMap
    diagnostics: list[Diagnostic]
    files: list[Path]
    broken: set[tuple[str, str]] = field(default_factory=set)
    content_hash: str = ""

    @property
    def ok(self) -> bool:
        return self.data is not None and not any(d.is_error for d in self.diagnostics)


def load_scenario(folder: Path) -> LoadedScenario:
    """Read, merge and validate a scenario folder. Never raises for problems in the content."""
    folder = Path(folder)
    scenario_id = folder.resolve().name
    sourcemap = SourceMap()
    diagnostics: list[Diagnostic] = []
    main_path = folder / SCENARIO_FILE
    shown = display_path(main_path)
    files: list[Path] = []
    if not folder.is_dir():
        raise ScenarioError.at(Location(display_path(folder)), "no such scenario folder")
    if not main_path.is_file():
        raise ScenarioError.at(Location(shown), f"a scenario folder needs a {SCENARIO_FILE}")
    files.append(main_path)
    try:
        main = read_yaml(main_path, shown)
    except ScenarioError as exc:
        return LoadedScenario(folder, scenario_id, None, sourcemap, exc.diagnostics, files)
    diagnostics.extend(main.problems)
    sourcemap.add((), main)
    data: dict[str, Any] = dict(main.data)
    _register_list_items(data, sourcemap, main)
    broken: set[tuple[str, str]] = set()
    _merge_folders(folder, data, sourcemap, diagnostics, files, broken)
    loaded = LoadedScenario(folder, scenario_id, None, sourcemap, diagnostics, files, broken)
    loaded.data = _validate(data, loaded)
    loaded.content_hash = content_hash(folder, files)
    return loaded


def _register_list_items(data: dict[str, Any], sourcemap: SourceMap, yaml_file: YamlFile) -> None:
    for section in SECTIONS_LISTED:
        items = data.get(section)
        if isinstance(items, list):
            for index in range(len(items)):
                sourcemap.add((section, index), yaml_file, (section, index))


def _merge_folders(
    folder: Path,
    data: dict[str, Any],
    sourcemap: SourceMap,
    diagnostics: list[Diagnostic],
    files: list[Path],
    broken: set[tuple[str, str]],
) -> None:
    for section, root in FOLDER_SECTIONS.items():
        sub = folder / section
        if not sub.is_dir():
            continue
        for path in sorted(sub.glob("*.yaml"), key=lambda p: p.name):
            files.append(path)
            shown = display_path(path)
            try:
                part = read_yaml(path, shown, root=root)
            except ScenarioError as exc:
                diagnostics.extend(exc.diagnostics)
                if root == "mapping":
                    broken.add((section, path.stem))  # so references to it do not cascade
                else:
                    broken.add((section, "*"))
                continue
            diagnostics.extend(part.problems)
            if root == "mapping":
                _merge_item(section, path.stem, part, data, sourcemap, diagnostics)
            else:
                _merge_list(section, part, data, sourcemap, diagnostics)


def _merge_item(
    section: str,
    key: str,
    part: YamlFile,
    data: dict[str, Any],
    sourcemap: SourceMap,
    diagnostics: list[Diagnostic],
) -> None:
    if not ID_PATTERN.fullmatch(key):
        diagnostics.append(
            Diagnostic(
                Location(part.file),
                f"the file name {key!r} is the {section[:-1]}'s id: use lower-case letters, digits and '_'",
            )
        )
        return
    existing = data.get(section)
    if existing is None:
        existing = data[section] = {}
    if not isinstance(existing, dict):
        return  # the type error is reported by validation of scenario.yaml
    if key in existing:
        first = sourcemap.locate((section, key), key=True)
        diagnostics.append(
            Diagnostic(
                Location(part.file, 1, 1), f"{section[:-1]} {key!r} is also defined at {first}"
            )
        )
        return
    data[section] = {**existing, key: part.data}
    sourcemap.add((section, key), part)


def _merge_list(
    section: str,
    part: YamlFile,
    data: dict[str, Any],
    sourcemap: SourceMap,
    diagnostics: list[Diagnostic],
) -> None:
    existing = data.get(section)
    if existing is None:
        existing = []
    if not isinstance(existing, list):
        return
    start = len(existing)
    data[section] = existing + list(part.data)
    for index in range(len(part.data)):
        sourcemap.add((section, start + index), part, (index,))


# --------------------------------------------------------------------------- validation


def _validate(data: dict[str, Any], loaded: LoadedScenario) -> dict[str, Any] | None:
    try:
        return validate(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
    # a value already refused while reading (a YAML tag, say) is not reported again as invalid
    reported = {d.location for d in loaded.diagnostics}
    found = (_diagnostic(err, loaded.sourcemap) for err in errors)
    loaded.diagnostics.extend(d for d in found if d.location not in reported)
    pruned = _prune(data, errors, loaded)
    if pruned is None:
        return None
    try:
        return validate(pruned)
    except ValidationError:
        return None  # what remains still fails: the errors above say why


def _prune(
    data: dict[str, Any], errors: list[Any], loaded: LoadedScenario
) -> dict[str, Any] | None:
    """The document without the items that failed; None if an error is outside any item.

    An item is an entry of a section (a delegation, a reaction, ...) or a score component or
    grade. Leaving it out lets everything else be checked; its id is remembered as broken so
    that references to it are not reported a second time.
    """
    drops: dict[tuple[str, ...], set[Any]] = {}
    for err in errors:
        found = _item_of(tuple(err["loc"]), data)
        if found is None:
            return None
        container, key = found
        drops.setdefault(container, set()).add(key)
    pruned = dict(data)
    for container, bad in drops.items():
        if len(container) == 2:  # score.components or score.grades
            score = dict(pruned["score"])
            items = score[container[1]]
            kept = [i for i in range(len(items)) if i not in bad]
            score[container[1]] = [items[i] for i in kept]
            pruned["score"] = score
            loaded.broken.add(("score", container[1]))
            _renumber(loaded.sourcemap, container, kept)
            continue
        section = container[0]
        items = data[section]
        if isinstance(items, dict):
            pruned[section] = {k: v for k, v in items.items() if k not in bad}
            loaded.broken.update((section, k) for k in bad if isinstance(k, str))
            continue
        kept = [i for i in range(len(items)) if i not in bad]
        for index in bad:
            item = items[index] if isinstance(index, int) and index < len(items) else None
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                loaded.broken.add((section, item["id"]))
        pruned[section] = [items[i] for i in kept]
        _renumber(loaded.sourcemap, container, kept)
    return pruned


def _item_of(loc: tuple[Any, ...], data: dict[str, Any]) -> tuple[tuple[str, ...], Any] | None:
    """The (container path, key) of the item an error is inside, if it is inside one."""
    in_section = len(loc) >= 2 and loc[0] in SECTIONS_BY_ID + SECTIONS_LISTED
    if in_section and isinstance(data.get(loc[0]), (dict, list)):
        return (loc[0],), loc[1]
    if len(loc) >= 3 and loc[0] == "score" and loc[1] in ("components", "grades"):
        score = data.get("score")
        if isinstance(score, dict) and isinstance(score.get(loc[1]), list):
            return ("score", loc[1]), loc[2]
    return None


def _renumber(sourcemap: SourceMap, container: tuple[Any, ...], kept: list[int]) -> None:
    """After list items are left out, point the new indices at the items' original places.

    Every entry under ``container + (old,)`` moves to ``container + (new,)``; an item that was
    not registered is registered now at its original place, so its location survives.
    """
    depth = len(container)
    moved: dict[tuple[Any, ...], tuple[YamlFile, tuple[Any, ...]]] = {}
    for new_index, old_index in enumerate(kept):
        path = (*container, old_index)
        found = sourcemap._find(path)
        if found is not None:
            moved[(*container, new_index)] = found
        for entry_path, entry in sourcemap.entries.items():
            if len(entry_path) > depth + 1 and entry_path[: depth + 1] == path:
                moved[(*container, new_index, *entry_path[depth + 1 :])] = entry
    for entry_path in [p for p in sourcemap.entries if len(p) > depth and p[:depth] == container]:
        del sourcemap.entries[entry_path]
    sourcemap.entries.update(moved)


def _diagnostic(err: Any, sourcemap: SourceMap) -> Diagnostic:
    loc = tuple(err["loc"])
    kind = err["type"]
    if kind == "missing":
        return Diagnostic(
            sourcemap.locate(loc[:-1]), f"missing key {loc[-1]!r}{_context(loc[:-1])}"
        )
    if kind == "extra_forbidden":
        name = str(loc[-1])
        message = f"unknown key {name!r}{_context(loc[:-1])}"
        import difflib  # only for a key that is wrong: a clean check never imports it

        suggestion = difflib.get_close_matches(name, fields_at(loc[:-1]), n=1)
        if suggestion:
            message += f" (did you mean {suggestion[0]!r}?)"
        else:
            known = fields_at(loc[:-1])
            if known:
                message += f"; expected one of: {', '.join(known)}"
        return Diagnostic(sourcemap.locate(loc, key=True), message)
    if loc and loc[-1] == "[key]":
        key = loc[-2]
        return Diagnostic(
            sourcemap.locate(loc[:-1], key=True),
            f"{key!r} is not a valid id: use lower-case letters, digits and '_', starting with a letter",
        )
    return Diagnostic(sourcemap.locate(loc), _message(err, loc))


def _context(loc: tuple[Any, ...]) -> str:
    return f" in {_dotted(loc)}" if loc else ""


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


_FRIENDLY = {
    "string_type": "expected text",
    "int_type": "expected a whole number",
    "float_type": "expected a number",
    "bool_type": "expected true or false",
    "dict_type": "expected a mapping (key: value)",
    "list_type": "expected a list",
    "model_type": "expected a mapping (key: value)",
    "int_from_float": "expected a whole number",
    "finite_number": "expected a finite number",
}


def _message(err: Any, loc: tuple[Any, ...]) -> str:
    kind = err["type"]
    where = _dotted(loc)
    if kind in _FRIENDLY:
        got = _describe_input(err.get("input"))
        return f"{where}: {_FRIENDLY[kind]}, got {got}"
    if kind == "string_pattern_mismatch":
        return f"{where}: {err.get('input')!r} is not a valid id: use lower-case letters, digits and '_'"
    message = str(err.get("msg", "invalid value"))
    message = message.removeprefix("Value error, ")
    message = message[:1].lower() + message[1:]
    return f"{where}: {message}"


def _describe_input(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"text {shown!r}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__
