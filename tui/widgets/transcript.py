"""The transcript: the minutes of the session, scrollable, with a cursor on one entry.

The minutes are the table's busiest part: every action adds lines and scrolls them into view.
They are an `EntryList` (each entry drawn once per width and kept), so a frame after an
action draws only the new entries.

The cursor picks the line whose German source the source key opens; a click on a line moves the
cursor there and asks for the source. Textual's scrollbar on the right can be clicked and
dragged, and the mouse wheel scrolls.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message

from scenario.engine.content import Content as Scenario
from scenario.engine.transcript import Entry

from ..minutes import Minutes
from .entry_list import EntryList


class Transcript(EntryList, can_focus=True):
    """Shows entries as minutes; a click on a line asks for its German source."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"transcript--cursor"}
    """The minutes' named styles are the screen's (every screen declares them all): declared here
    too, Textual would style all thirty again each time the minutes gain or lose the focus."""
    CURSOR = "transcript--cursor"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", "Previous line", show=False),
        Binding("down", "cursor(1)", "Next line", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "first", "First line", show=False),
        Binding("end", "last", "Last line", show=False),
        # Enter is left alone: it is pressed out of habit after closing a dialog.
        Binding("enter", "nothing", show=False),
    ]

    class SourceWanted(Message):
        """The reader wants the original of a line."""

        def __init__(self, entry: Entry) -> None:
            self.entry = entry
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._entries: list[Entry] = []
        self._minutes: Minutes | None = None

    @property
    def entries(self) -> Sequence[Entry]:
        return self._entries

    @property
    def entry(self) -> Entry | None:
        """The entry under the cursor."""
        return None if self.cursor is None else self._entries[self.cursor]

    def show(self, scenario: Scenario, entries: Sequence[Entry]) -> None:
        """Replace the minutes (a new game, or the same game replayed on reloaded content)."""
        self._minutes = Minutes(scenario)
        self._entries = []
        self.set_visuals([])
        self.extend(entries, cursor_at="last")

    def extend(self, entries: Sequence[Entry], *, cursor_at: str = "first") -> None:
        """Add what an action produced, and put the cursor on the first new line (or the last)."""
        if not entries or self._minutes is None:
            return
        start = len(self._entries)
        minutes = self._minutes
        self.add_visuals(
            [minutes.line(entry, first=start + n == 0) for n, entry in enumerate(entries)]
        )
        self._entries.extend(entries)
        cursor = start if cursor_at == "first" else len(self._entries) - 1
        self.move_cursor(cursor, top=cursor_at == "first")

    def action_nothing(self) -> None:
        """Enter does not open anything here (the source key is 'o')."""

    def on_click(self, event: events.Click) -> None:
        if not self._entries:
            return
        event.stop()
        index = self.entry_at(event)
        if index is not None:
            self.move_cursor(index)
            self.post_message(self.SourceWanted(self._entries[index]))
