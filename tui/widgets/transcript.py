"""The transcript: the minutes of the session, scrollable line by line.

An `OptionList` gives what the minutes need for free: a cursor line to read from (and to open the
German source of), paging, mouse clicks, and rendering only the lines in view, so a long session
stays quick. Each entry is one option; the chair's acts and events open a section with a rule
drawn by the line itself, so adding lines never invalidates those already drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from scenario.engine.content import Content as Scenario
from scenario.engine.transcript import Entry

from ..minutes import Minutes
from ..styling import ANSWERS, MINUTES, SPEAKERS, classes


class Transcript(OptionList):
    """Shows entries as minutes; a click on a line asks for its German source."""

    COMPONENT_CLASSES: ClassVar[set[str]] = classes(*MINUTES, *ANSWERS, *SPEAKERS, "muted")

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)
    """Growing the minutes changes only what scrolls, never the layout of the table: without
    this, every line added would lay the whole screen out again (the scrollbar is always shown,
    see chair.tcss, so it never appears or disappears either)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Enter is left to the screen: it is pressed out of habit after closing a dialog.
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
        index = self.highlighted
        return self._entries[index] if index is not None and index < len(self._entries) else None

    def show(self, scenario: Scenario, entries: Sequence[Entry]) -> None:
        """Replace the minutes (a new game, or the same game replayed on reloaded content)."""
        self._minutes = Minutes(scenario)
        self._entries = []
        self.clear_options()
        self.extend(entries, cursor_at="last")

    def extend(self, entries: Sequence[Entry], *, cursor_at: str = "first") -> None:
        """Add what an action produced, and put the cursor on the first new line (or the last)."""
        if not entries or self._minutes is None:
            return
        start = len(self._entries)
        options = [
            Option(self._minutes.line(entry, first=start + n == 0))
            for n, entry in enumerate(entries)
        ]
        self._entries.extend(entries)
        self.add_options(options)
        self.highlighted = start if cursor_at == "first" else len(self._entries) - 1
        # Scrolled now, not after the next refresh: one frame shows the new lines, not two.
        self.scroll_to_highlight(top=cursor_at == "first")

    def action_nothing(self) -> None:
        """Enter does not open anything here (the source key is 'o')."""

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entry = self.entry
        if entry is not None:
            self.post_message(self.SourceWanted(entry))
