"""The app uses Textual's public API only: no private name imported, read, shadowed or hidden.

Textual calls its private methods on every widget: a method of ours with the same name is called
in its place with the wrong arguments (the minutes' `_render` crashed a copy with Ctrl+C).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap
from pathlib import Path

from textual.reactive import Reactive

import tui


def _defined_here(cls: type) -> dict[str, object]:
    """Functions and properties written in the class body (not those Textual's metaclass adds)."""
    return {
        name: value
        for name, value in vars(cls).items()
        if inspect.isfunction(value) or isinstance(value, property)
    }


def test_no_method_shadows_a_private_textual_name():
    clashes = []
    for info in pkgutil.walk_packages(tui.__path__, "tui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            theirs = [b for b in cls.__mro__ if b.__module__.startswith(("textual.", "rich."))]
            for name in _defined_here(cls):
                if name.startswith("_") and not name.startswith("__"):
                    clashes += [
                        f"{cls.__module__}.{cls.__qualname__}.{name} ({base.__module__})"
                        for base in theirs
                        if name in vars(base)
                    ][:1]
    assert clashes == []


ROOT = Path(tui.__file__).parent


def _sources() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in ROOT.rglob("*.py")]


def test_no_private_textual_module_or_name_is_imported():
    """Textual's private modules and names change without notice between releases."""
    found = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module.split(".")[0] not in ("textual", "rich"):
                    continue
                private_module = any(part.startswith("_") for part in node.module.split("."))
                names = [a.name for a in node.names if a.name.startswith("_")]
                if private_module or names:
                    found.append(f"{path.name}:{node.lineno} {node.module} {names}")
            elif isinstance(node, ast.Import):
                found += [
                    f"{path.name}:{node.lineno} {a.name}"
                    for a in node.names
                    if a.name.split(".")[0] in ("textual", "rich")
                    and any(part.startswith("_") for part in a.name.split("."))
                ]
    assert found == []


def test_no_private_attribute_is_read_from_textual():
    """Every `x._name` in the app names something the app itself defines: anything else is one of
    Textual's (or Rich's) private attributes (`namedtuple._replace` is public)."""
    ours: set[str] = {"_replace"}
    used: list[tuple[str, str]] = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                ours.add(node.name)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                ours.add(node.id)
            elif isinstance(node, ast.Attribute) and node.attr.startswith("_"):
                if isinstance(node.ctx, ast.Store):
                    ours.add(node.attr)
                elif not node.attr.startswith("__"):
                    used.append((node.attr, f"{path.name}:{node.lineno}"))
    assert [f"{where} {name}" for name, where in used if name not in ours] == []


# Reactives the app declares again, each for a reason its docstring gives; any other is a mistake.
REDECLARED_REACTIVES = {("ChairScreen", "focused"), ("ChairModal", "focused")}


def test_nothing_of_ours_replaces_a_public_textual_method_or_reactive():
    """An attribute named like one of Textual's methods hides the method (the app's `watch`, a
    folder, once hid `DOMNode.watch`); a redeclared reactive changes what Textual does on every
    change of it."""
    clashes = []
    for info in pkgutil.walk_packages(tui.__path__, "tui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            theirs = [b for b in cls.__mro__ if b.__module__.startswith(("textual.", "rich."))]
            if not theirs:
                continue
            # Instance attributes assigned in the class's own methods.
            assigned = {
                node.attr
                for node in ast.walk(ast.parse(textwrap.dedent(inspect.getsource(cls))))
                if isinstance(node, ast.Attribute)
                and isinstance(node.ctx, ast.Store)
                and isinstance(node.value, ast.Name)
                and node.value.id == "self"
            }
            for base in theirs:
                for name, value in vars(base).items():
                    if name.startswith("_"):
                        continue
                    callable_there = inspect.isfunction(value) or isinstance(value, property)
                    if name in assigned and callable_there and not isinstance(value, property):
                        clashes.append(f"{cls.__qualname__}.{name} hides {base.__qualname__}")
                    if (
                        isinstance(value, Reactive)
                        and isinstance(vars(cls).get(name), Reactive)
                        and (cls.__qualname__, name) not in REDECLARED_REACTIVES
                    ):
                        clashes.append(f"{cls.__qualname__}.{name} redeclares a reactive")
    assert sorted(set(clashes)) == []


def _stored(cls: type) -> set[str]:
    """Names a class body defines or its methods assign on `self`."""
    try:
        source = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):
        return set(vars(cls))
    return set(vars(cls)) | {
        node.attr
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute)
        and isinstance(node.ctx, ast.Store)
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
    }


def test_no_attribute_of_ours_takes_a_private_textual_name():
    """A `self._lines` or `_kept` of ours that Textual also keeps on the same object would be
    overwritten by Textual, or overwrite what Textual keeps, without an error."""
    clashes = []
    for info in pkgutil.walk_packages(tui.__path__, "tui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            theirs = [b for b in cls.__mro__ if b.__module__.startswith(("textual.", "rich."))]
            if not theirs:
                continue
            # What Textual's metaclass writes into every subclass's body is not ours, nor what a
            # reactive declared in the body writes beside itself.
            added = set(vars(type("Probe", (cls,), {}))) | {
                f"_{kind}_{name}"
                for name, value in vars(cls).items()
                if isinstance(value, Reactive)
                for kind in ("default", "reactive")
            }
            ours = {
                name
                for name in _stored(cls) - added
                if name.startswith("_") and not name.startswith("__")
            }
            textual = set().union(*(_stored(base) for base in theirs))
            clashes += [f"{cls.__qualname__}.{name}" for name in sorted(ours & textual)]
    assert clashes == []
