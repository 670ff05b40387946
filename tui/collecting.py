"""Garbage collection between frames, not in the middle of one.

Python's cyclic collector runs whenever enough objects have been allocated, and a Textual frame
allocates thousands (strips, segments, styles), so collections land inside the frames that
answer keys: about 1 ms for the younger generations and, now and then, 40-50 ms for a full
collection of this app's heap on a small machine: a visible stall after a key. While the app
runs it collects on its own schedule instead: what start-up built is frozen out of the
collector's way; the young generations are collected just after a key's answer is on the
screen (and every few seconds, for frames that no key caused); and the whole heap when the
player is reading anyway (when a game opens and when it ends) and after every fortieth young
collection, so that a long game's garbage does not pile up. Nothing here touches the engine, and
the collector is given back as it was when the app stops (tests run the app, then carry on).

Measured (docs/app.md, "Garbage collection"): with Python's own schedule about three
collections land inside each key's frame; with this, none, and the median key that acts was
faster in every interleaved run. Freezing start-up's objects alone, with the collector left
on, was no better than Python's default: it is the schedule that helps.
"""

from __future__ import annotations

import gc

IDLE_SECONDS = 2.0
"""How often the young generations are collected when no key has asked for it."""
FULL_EVERY = 40
"""Every so many young collections, the whole heap too: cycles that outlived a young
collection are otherwise only freed when a game opens or ends."""


class Collector:
    """Owns the collector while the app runs; gives it back, as it was, when the app stops."""

    def __init__(self) -> None:
        self._was_enabled = gc.isenabled()
        self.running = False
        self._young = 0

    def start(self) -> None:
        """Collect and freeze what exists now (modules, styles, the scenarios), then take over."""
        gc.collect()
        gc.freeze()
        gc.disable()
        self.running = True

    def after_frame(self) -> None:
        """The young generations (a few milliseconds) after the frame is painted; now and
        then the whole heap."""
        if self.running:
            self._young += 1
            gc.collect(2 if self._young % FULL_EVERY == 0 else 1)

    def pause(self) -> None:
        """Everything: for a moment when the player is reading, not pressing keys."""
        if self.running:
            gc.collect()

    def stop(self) -> None:
        if self.running:
            gc.unfreeze()
            if self._was_enabled:
                gc.enable()
            self.running = False
