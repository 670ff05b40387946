"""Reading one YAML file safely, keeping where every value came from.

The document is composed once into PyYAML's node tree (with libyaml's C parser when present) and
checked on that tree before anything walks it: size, nesting depth, alias expansion (a "billion
laughs" file is refused in milliseconds), duplicate keys and YAML tags. Only then are plain Python
values built, by our own small constructor, so that:

- scalars follow YAML 1.2's core schema: ``on``, ``yes`` and ``NO`` stay strings and ``14:10`` is
  not the sexagesimal integer 850 (PyYAML's YAML 1.1 resolver would change all of these);
- mapping keys are always the strings the author wrote;
- no tag can build a Python object.

The node tree is kept, so a later error about ``delegations.russia.trust`` can be reported at the
line and column where that value is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .diagnostics import Diagnostic, Location, ScenarioError
from .reading import TooLarge, read_regular

_PLAIN = "tag:the-chair,2026:plain"
"""The tag we give untagged plain scalars, so that our constructor resolves them (YAML 1.2)."""

try:  # libyaml's parser is about nine times faster than the pure-Python one
    _Base: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - wheels without libyaml
    _Base = yaml.SafeLoader


class _Loader(_Base):
    """Composes nodes only; leaves untagged plain scalars for `_scalar` to resolve."""

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        if kind is ScalarNode and implicit[0]:
            return _PLAIN
        # what the safe resolver gives any other untagged node, as it has no path resolvers
        # (tests/format/test_yamlfile.py holds it to that)
        return _DEFAULT_TAGS[kind]


_DEFAULT_TAGS = {
    ScalarNode: yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG,
    SequenceNode: yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG,
    MappingNode: yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
}


MAX_BYTES = 2 * 1024 * 1024
"""Larger files are refused: a scenario file is a few dozen kilobytes."""
MAX_DEPTH = 64
"""The format nests about eight levels deep; anything far deeper is a mistake or an attack."""
MAX_DIGITS = 1000
"""Longer whole numbers are refused (Python itself refuses to read more than 4,300 digits)."""
MAX_EXPANDED_NODES = 200_000
"""Nodes after alias expansion: aliases may share, but not multiply, the document."""

_STANDARD_TAG = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {_PLAIN} | {
    _STANDARD_TAG + name for name in ("str", "int", "float", "bool", "null", "map", "seq", "merge")
}
_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_NULLS = {"", "~", "null", "Null", "NULL"}
_TRUES = {"true", "True", "TRUE"}
_FALSES = {"false", "False", "FALSE"}


def _where(file: str, mark: Any) -> Location:
    if mark is None:
        return Location(file)
    return Location(file, mark.line + 1, mark.column + 1)


@dataclass
class YamlFile:
    """A parsed YAML file: its values, its node tree and its name for messages.

    `problems` holds what was wrong but did not stop reading (a duplicate key, a refused tag),
    so that the rest of the file can still be checked in the same run.
    """

    file: str
    node: Node
    data: Any
    problems: list[Diagnostic]
    _keys: dict[int, dict[str, tuple[Node, Node]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    """Each mapping's keys, indexed when first searched: locating N unknown keys is linear."""

    def locate(self, path: tuple[Any, ...], *, key: bool = False) -> Location:
        """Where the value at `path` is written; the nearest existing ancestor if it is missing.

        With ``key=True`` and a path ending in a mapping key, the key itself is pointed at (the
        right place for "unknown key" and "duplicate id").
        """
        node = self.node
        for depth, part in enumerate(path):
            last = depth == len(path) - 1
            child = self._child(node, part, key=key and last)
            if child is None:
                break
            node = child
        return _where(self.file, node.start_mark)

    def scalar_style(self, path: tuple[Any, ...]) -> str | None:
        """The quoting style of the scalar at `path` ('' plain, '"', "'", '|', '>'), if any."""
        node = self.node
        for part in path:
            child = self._child(node, part)
            if child is None:
                return None
            node = child
        return node.style if isinstance(node, ScalarNode) else None

    def _child(self, node: Node, part: Any, *, key: bool = False) -> Node | None:
        if isinstance(node, MappingNode):
            index = self._keys.get(id(node))
            if index is None:
                index = self._keys[id(node)] = {}
                for knode, vnode in node.value:
                    if isinstance(knode, ScalarNode):
                        index.setdefault(knode.value, (knode, vnode))
            pair = index.get(str(part))
            if pair is None:
                return None
            return pair[0] if key else pair[1]
        return _item(node, part)


def _item(node: Node, part: Any) -> Node | None:
    """A sequence's item (mappings are looked up through `YamlFile`'s index)."""
    if isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        return node.value[part]
    return None


def read_yaml(path: Path, shown_as: str, *, root: str = "mapping") -> YamlFile:
    """Read and check one YAML file; `root` is "mapping" or "sequence".

    Raises `ScenarioError` with every problem found in the file; never anything else for bad
    content (an unreadable file is a `ScenarioError` too).
    """
    try:
        raw = read_regular(path, MAX_BYTES)
    except IsADirectoryError:
        raise ScenarioError.at(Location(shown_as), "is a folder, not a YAML file") from None
    except TooLarge as exc:
        raise ScenarioError.at(Location(shown_as), f"file is {exc.strerror}") from None
    except OSError as exc:
        raise ScenarioError.at(Location(shown_as), f"cannot read: {exc.strerror}") from None
    return parse_yaml(raw, shown_as, root=root)


def parse_yaml(raw: bytes, shown_as: str, *, root: str = "mapping") -> YamlFile:
    """Parse YAML bytes; see `read_yaml`."""
    if len(raw) > MAX_BYTES:
        raise ScenarioError.at(
            Location(shown_as),
            f"file is too large ({len(raw):,} bytes; the limit is {MAX_BYTES:,})",
        )
    if b"\x00" in raw[:8192]:
        raise ScenarioError.at(Location(shown_as, 1, 1), "this is a binary file, not YAML text")
    text = _decode(raw, shown_as)
    try:
        node = _Loader(text).get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if mark is not None and _char_at(text, mark.line, mark.column) == "\t":
            problem += " (a tab: YAML indents with spaces only)"
        raise ScenarioError.at(_where(shown_as, mark), f"YAML syntax: {problem}") from None
    except yaml.YAMLError as exc:  # ReaderError: a character YAML does not allow
        position = getattr(exc, "position", None)
        location = (
            _offset_location(text, position, shown_as)
            if position is not None
            else Location(shown_as)
        )
        reason = getattr(exc, "reason", None) or "unreadable YAML"
        raise ScenarioError.at(location, f"YAML: {reason}") from None
    if node is None:
        raise ScenarioError.at(Location(shown_as, 1, 1), "the file is empty")
    want = MappingNode if root == "mapping" else SequenceNode
    if not isinstance(node, want):
        article = "a mapping (key: value)" if root == "mapping" else "a list (- item)"
        raise ScenarioError.at(_where(shown_as, node.start_mark), f"the file must hold {article}")
    problems = _check_tree(node, shown_as, text)
    if node.tag not in _ALLOWED_TAGS:  # a tag on the whole document: there is nothing to read
        raise ScenarioError(problems)
    return YamlFile(shown_as, node, _construct(node, shown_as), problems)


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.split("\n")
    if 0 <= line < len(lines) and 0 <= column < len(lines[line]):
        return lines[line][column]
    return ""


def _decode(raw: bytes, shown_as: str) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        raise ScenarioError.at(
            Location(shown_as, line, column),
            f"not UTF-8: byte 0x{raw[exc.start]:02x} cannot be decoded (save the file as UTF-8)",
        ) from None
    return text.removeprefix("\ufeff")


def _offset_location(text: str, offset: int, shown_as: str) -> Location:
    before = text[:offset]
    line = before.count("\n") + 1
    return Location(shown_as, line, offset - (before.rfind("\n") + 1) + 1)


def _check_tree(node: Node, shown_as: str, text: str) -> list[Diagnostic]:
    """Refuse what cannot be read safely; return what can be read but is wrong.

    Visits every node once, depth first in document order, iteratively (a node met twice is an
    alias, which may expand: `_check_expansion` then counts what it would become).
    """
    problems: list[Diagnostic] = []
    seen: set[int] = set()
    shared = False
    stack = [(node, 1)]
    while stack:
        current, depth = stack.pop()
        if id(current) in seen:
            shared = True
            continue
        seen.add(id(current))
        if depth > MAX_DEPTH:
            raise ScenarioError.at(
                _where(shown_as, current.start_mark),
                f"nested more than {MAX_DEPTH} levels deep",
            )
        if current.tag not in _ALLOWED_TAGS:
            problems.append(
                Diagnostic(
                    _where(shown_as, current.start_mark),
                    f"YAML tag {current.tag!r} is not allowed (only plain data: text, numbers, lists, mappings)",
                )
            )
        if isinstance(current, MappingNode):
            keys = {k.value for k, _ in current.value if type(k) is ScalarNode}
            if len(keys) != len(current.value) or "<<" in keys:  # else nothing to report
                problems.extend(_duplicate_keys(current, shown_as))
            for k, v in reversed(current.value):
                stack.append((v, depth + 1))
                stack.append((k, depth + 1))
        elif isinstance(current, SequenceNode):
            stack.extend((child, depth + 1) for child in reversed(current.value))
        elif isinstance(current, ScalarNode) and current.style == ">":
            problems.extend(_folded_list_items(current, shown_as, text))
    if shared or len(seen) > MAX_EXPANDED_NODES:  # without aliases, a tree is its own size
        _check_expansion(node, shown_as)
    return problems


def _folded_list_items(node: ScalarNode, shown_as: str, text: str) -> Iterator[Diagnostic]:
    """A line starting with "- " inside folded text (`>`), at the text's own indentation: YAML
    folds it into the sentence before it, so an item meant for a list (a forgotten
    `variants:`) would be shown to the player as part of that text."""
    lines = text[node.start_mark.index : node.end_mark.index].split("\n")
    indent = None
    for offset, line in enumerate(lines[1:], start=1):  # the first holds the `>` indicator
        stripped = line.lstrip(" ")
        if not stripped:
            continue
        column = len(line) - len(stripped)
        indent = column if indent is None else indent
        if column == indent and (stripped == "-" or stripped.startswith("- ")):
            yield Diagnostic(
                Location(shown_as, node.start_mark.line + offset + 1, column + 1),
                'this line starts with "- " but is folded into the text above it; if it is a '
                "list item, it needs a key of its own (variants:?)",
                "warning",
            )


def _duplicate_keys(node: MappingNode, shown_as: str) -> Iterator[Diagnostic]:
    first: dict[str, Node] = {}
    for knode, _ in node.value:
        if not isinstance(knode, ScalarNode):
            yield Diagnostic(_where(shown_as, knode.start_mark), "a key must be plain text")
            continue
        if _is_merge(knode):
            continue
        if knode.value in first:
            line = first[knode.value].start_mark.line + 1
            yield Diagnostic(
                _where(shown_as, knode.start_mark),
                f"duplicate key {knode.value!r} (first given on line {line})",
            )
        else:
            first[knode.value] = knode


def _check_expansion(node: Node, shown_as: str) -> None:
    """Refuse documents whose aliases would expand beyond `MAX_EXPANDED_NODES`, and cycles.

    Sizes are memoised by node identity, so a billion-laughs file costs a few hundred steps.
    """
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    # iterative post-order: (node, children_done)
    stack: list[tuple[Node, bool]] = [(node, False)]
    while stack:
        current, done = stack.pop()
        key = id(current)
        if done:
            on_path.discard(key)
            children = _children(current)
            total = 1 + sum(sizes[id(c)] for c in children)
            if total > MAX_EXPANDED_NODES:
                raise ScenarioError.at(
                    _where(shown_as, current.start_mark),
                    f"aliases expand this document beyond {MAX_EXPANDED_NODES:,} values "
                    "(an alias bomb?); write the values out or share less",
                )
            sizes[key] = total
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise ScenarioError.at(
                _where(shown_as, current.start_mark), "an alias refers to itself (a cycle)"
            )
        on_path.add(key)
        stack.append((current, True))
        for child in _children(current):
            if id(child) in on_path:
                raise ScenarioError.at(
                    _where(shown_as, child.start_mark), "an alias refers to itself (a cycle)"
                )
            if id(child) not in sizes:
                stack.append((child, False))


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, SequenceNode):
        return list(node.value)
    return []


def _construct(node: Node, shown_as: str) -> Any:
    """Plain Python values from a checked node tree (depth is bounded, so recursion is safe).

    A node with a refused tag becomes None (already reported); of duplicate keys the first wins.
    """
    if node.tag not in _ALLOWED_TAGS:
        return None
    if isinstance(node, ScalarNode):
        return _scalar(node, shown_as)
    if isinstance(node, SequenceNode):
        return [_construct(child, shown_as) for child in node.value]
    if not isinstance(node, MappingNode):  # there is no fourth kind of node
        return None
    result: dict[str, Any] = {}
    for knode, vnode in _merged_pairs(node, shown_as):
        if isinstance(knode, ScalarNode) and knode.value not in result:
            result[knode.value] = _construct(vnode, shown_as)
    return result


def _merged_pairs(node: MappingNode, shown_as: str) -> list[tuple[Node, Node]]:
    """The mapping's pairs with YAML merge keys (``<<: *base``) applied; own keys win."""
    own: list[tuple[Node, Node]] = []
    merged: list[tuple[Node, Node]] = []
    for knode, vnode in node.value:
        if _is_merge(knode):
            sources = vnode.value if isinstance(vnode, SequenceNode) else [vnode]
            for source in sources:
                if not isinstance(source, MappingNode):
                    raise ScenarioError.at(
                        _where(shown_as, source.start_mark), "'<<' must merge a mapping"
                    )
                merged.extend(_merged_pairs(source, shown_as))
        else:
            own.append((knode, vnode))
    if not merged:
        return own
    keys = {k.value for k, _ in own}
    return [pair for pair in merged if pair[0].value not in keys] + own


def _is_merge(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.style in (None, "") and node.value == "<<"


def _scalar(node: ScalarNode, shown_as: str) -> Any:
    """YAML 1.2 core schema for untagged plain scalars; quoted scalars and ``!!str`` are text."""
    text = node.value
    if node.tag == _STANDARD_TAG + "str" or node.style not in (None, ""):
        return text
    if text in _NULLS:
        return None
    if text in _TRUES:
        return True
    if text in _FALSES:
        return False
    if _INT.fullmatch(text):
        if len(text) > MAX_DIGITS:
            raise ScenarioError.at(
                _where(shown_as, node.start_mark),
                f"a number of {len(text):,} digits; numbers here have at most {MAX_DIGITS:,}",
            )
        return int(text)
    if _FLOAT.fullmatch(text):
        return float(text)
    return text
