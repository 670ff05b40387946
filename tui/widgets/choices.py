"""Choosing what a verb acts on: only what is legal now, each with a line on what it does.

The choice is a panel over the table rather than a dialog screen. Nearly every verb asks for a
target, so this opens more than anything else in the game, and a screen of its own cost three
frames each time: Textual restyles and lays out the new screen and draws the whole table again
beneath it, dimmed. The panel is part of the table's screen and is only shown and hidden, and it
never takes the focus (a change of focus restyles both widgets and redraws them): the table's
screen sends it the keys while it is open and keeps its own keys off until it closes.

It posts what was chosen; the screen acts on it and closes the panel.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..hanging import Hanging
from ..styling import classes, style
from ..views import Choice

KEYS = "↑↓ move · Enter or 1–9 choose · Esc cancel"


def choice_prompt(number: int, choice: Choice) -> Hanging:
    """Its number in the margin; the title, what it does, and what the chair already knows."""
    parts: list[Content] = [
        Content.styled(choice.title, style("strong")),
        Content.styled(choice.detail, style("muted")),
    ]
    if choice.warning:
        parts.append(Content.styled(choice.warning, style("warning")))
    gutter = Content.styled(str(number) if number < 10 else "", style("label"))
    return Hanging(gutter, Content("\n").join(parts), 3)


class ChoiceList(OptionList, can_focus=False):
    """Textual's OptionList, driven by the table's keys rather than focused.

    OptionList drops every rendered option when it is resized; shown again at the size it had,
    the panel's list was drawn twice each time it opened. This one keeps them unless the width
    changed.
    """

    _width: int | None = None
    drawn = False
    """Whether the list has been drawn since it was filled: until then it has not laid its
    options out in lines, and moving a page through it would fail."""

    def render_lines(self, crop: Region) -> list[Strip]:
        self.drawn = True
        return super().render_lines(crop)

    def _on_resize(self, event: events.Resize) -> None:
        width = self.scrollable_content_region.width
        if width == self._width:
            event.prevent_default()  # Textual calls OptionList's own handler next otherwise
        self._width = width


class ChoicePanel(Vertical):
    """A list of targets for one verb, shown over the table until one is chosen or it is closed.

    '1' is the first choice, as the list numbers them.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = classes("strong", "muted", "warning", "label")

    class Chosen(Message):
        """The chair chose `target` for `verb`."""

        def __init__(self, verb: str, target: str) -> None:
            super().__init__()
            self.verb = verb
            self.target = target

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="dialog")
        self.verb: str | None = None
        self.open = False
        """Whether the panel is showing (it starts hidden, by the stylesheet)."""
        self._choices: list[Choice] = []

    def compose(self) -> ComposeResult:
        yield Static(classes="dialog-title")
        yield Static(classes="dialog-help")
        yield ChoiceList(id="choices")
        yield Static(Content.styled(KEYS, style("muted")), classes="dialog-keys")

    def ask(self, verb: str, title: str, explanation: str, choices: Sequence[Choice]) -> None:
        """Show the choices for `verb`, the first one highlighted."""
        self.verb, self._choices = verb, list(choices)
        self.query_one(".dialog-title", Static).update(Content(title))
        self.query_one(".dialog-help", Static).update(Content(explanation))
        options = self.query_one(ChoiceList)
        options.clear_options()
        listed: list[Option | None] = []
        for number, choice in enumerate(self._choices, start=1):
            listed += [Option(choice_prompt(number, choice), id=choice.id), None]  # None: a rule
        options.add_options(listed)  # in one call: one at a time, each is measured again
        options.drawn = False
        self.open = self.display = True
        if self._choices:
            options.highlighted = 0

    def close(self) -> None:
        self.open = self.display = False
        self.verb = None

    def move(self, action: str) -> None:
        """Run one of the list's own moves: 'cursor_up', 'page_down', 'first', ...; a key
        pressed before the list was first drawn moves it once it is."""
        options = self.query_one(ChoiceList)
        if options.drawn:
            getattr(options, f"action_{action}")()
        else:
            self.call_after_refresh(self.move, action)

    def pick(self, index: int | None = None) -> tuple[str, str] | None:
        """The verb and the target of the `index`-th choice (0-based) or of the highlighted one,
        now taken: the panel answers no second key before the table acts and closes it."""
        if index is None:
            index = self.query_one(ChoiceList).highlighted
        if index is None or not 0 <= index < len(self._choices) or self.verb is None:
            return None
        verb, self.verb = self.verb, None
        return verb, self._choices[index].id

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """A click on a choice: the table hears of it as `Chosen`."""
        event.stop()
        chosen = self.pick(event.option_index)
        if chosen is not None:
            self.post_message(self.Chosen(*chosen))
