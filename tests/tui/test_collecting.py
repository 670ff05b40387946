"""Garbage collection on the app's schedule: it frees cycles, and gives the collector back."""

from __future__ import annotations

import gc
import weakref

from tui.collecting import FULL_EVERY, Collector


class Node:
    """Something that can be part of a reference cycle."""

    def __init__(self) -> None:
        self.other: Node | None = None


def cycle() -> weakref.ref[Node]:
    """A reference cycle that nothing else holds, and a weak reference to watch it go."""
    a, b = Node(), Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def test_while_running_only_the_app_collects_and_cycles_are_still_freed():
    was_enabled = gc.isenabled()
    collector = Collector()
    collector.start()
    try:
        assert not gc.isenabled() and gc.get_freeze_count() > 0
        watched = cycle()
        assert watched() is not None  # automatic collection is off
        collector.after_frame()
        assert watched() is None
        watched = cycle()
        for _ in range(FULL_EVERY):  # the full collections come round too
            collector.after_frame()
        assert watched() is None
    finally:
        collector.stop()
    assert gc.isenabled() == was_enabled and gc.get_freeze_count() == 0
