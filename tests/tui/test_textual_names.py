"""No method of the app takes a name Textual uses privately.

Textual calls its private methods on every widget: a method of ours with the same name is called
in its place with the wrong arguments (the minutes' `_render` crashed a copy with Ctrl+C).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

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
