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
from textual.cache import LRUCache
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Size
from textual.message import Message

from ..choosing import Choice
from ..hanging import Hanging
from ..styling import classes, style
from .entry_list import EntryList
from .lines import TextPanel

RULE = ".choice-list--rule"
PROMPTS_KEPT = 200
"""Prompts kept for choices asked again (a few verbs' worth)."""
KEYS = "↑↓ move · Enter or its number choose · Esc cancel"


def choice_prompt(number: int, choice: Choice) -> Hanging:
    """Its key in the margin (the same all game); the title, what made it possible if that is
    news, what it does, and what the chair already knows; a rule above all but the first
    (`number` is its place in this list)."""
    parts: list[Content] = [Content.styled(choice.title, style("strong"))]
    if choice.unlocked:
        parts.append(Content.styled(f"New: possible now that {choice.unlocked}.", style("label")))
    parts.append(Content.styled(choice.detail, style("muted")))
    if choice.warning:
        parts.append(Content.styled(choice.warning, style("warning")))
    key = choice.key or number
    gutter = Content.styled(str(key) if key < 100 else "", style("label"))
    return Hanging(gutter, Content("\n").join(parts), 3, rule=number > 1, rule_style=RULE)


class ChoiceList(EntryList, can_focus=False):
    """The choices, one entry each with a rule between, the cursor on the one highlighted;
    driven by the table's keys rather than focused."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "choice-list--cursor",
        "choice-list--hover",
        "choice-list--rule",
    }
    CURSOR = "choice-list--cursor"
    HOVER = "choice-list--hover"

    class Clicked(Message):
        """A click on the `index`-th choice."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As many lines as the choices take at this width (the panel grows to fit them)."""
        return sum(visual.height(max(1, width)) for visual in self._visuals)

    def on_click(self, event: events.Click) -> None:
        event.stop()
        index = self.entry_at(event)
        if index is not None:
            self.post_message(self.Clicked(index))


class ChoicePanel(Vertical):
    """A list of targets for one verb, shown over the table until one is chosen or it is closed.

    Each choice keeps its number all game (its place in the scenario), so after an adoption
    'p 2' still means the measure it meant before; numbers of what is not possible now are
    skipped. Digits are typed as a number: '1' chooses at once unless a longer number such as
    12 is on the list, in which case it highlights choice 1 and waits for the next digit
    (Enter takes the one highlighted).
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
        self._typed = ""  # the digits typed so far, while a longer number may follow
        self._prompts: LRUCache[tuple[int, Choice], Hanging] = LRUCache(PROMPTS_KEPT)
        self._title = TextPanel(classes="dialog-title")
        self._help = TextPanel(classes="dialog-help")
        self._list = ChoiceList(id="choices")

    def compose(self) -> ComposeResult:
        yield self._title
        yield self._help
        yield self._list
        yield TextPanel(Content.styled(KEYS, style("muted")), classes="dialog-keys")

    def ask(self, verb: str, title: str, explanation: str, choices: Sequence[Choice]) -> None:
        """Show the choices for `verb`, the first one highlighted."""
        self.verb, self._choices = verb, list(choices)
        self._typed = ""
        self._title.update(Content(title))
        self._help.update(Content(explanation))
        options = self._list
        options.set_visuals(
            [self._prompt(number, choice) for number, choice in enumerate(choices, start=1)]
        )
        options.refresh(layout=True)  # its height is the choices'
        self.open = self.display = True
        if self._choices:
            options.move_cursor(0, top=True)

    def _prompt(self, number: int, choice: Choice) -> Hanging:
        """The same prompt for the same choice: the list keeps what it drew for it."""
        prompt = self._prompts.get((number, choice))
        if prompt is None:
            prompt = self._prompts[(number, choice)] = choice_prompt(number, choice)
        return prompt

    def close(self) -> None:
        self.open = self.display = False
        self.verb = None

    def move(self, move: str) -> None:
        """Move the highlight: 'up', 'down', 'page_up', 'page_down', 'first' or 'last'; a key
        pressed before the list was first laid out moves it once it is."""
        options = self._list
        if not options.laid_out:
            self.call_after_refresh(self.move, move)
            return
        moves = {
            "up": lambda: options.action_cursor(-1),
            "down": lambda: options.action_cursor(1),
            "page_up": lambda: options.action_page(-1),
            "page_down": lambda: options.action_page(1),
            "first": options.action_first,
            "last": options.action_last,
        }
        moves[move]()

    def pick(self, index: int | None = None) -> tuple[str, str] | None:
        """The verb and the target of the `index`-th choice (0-based) or of the highlighted one,
        now taken: the panel answers no second key before the table acts and closes it."""
        if index is None:
            index = self._list.cursor
        if index is None or not 0 <= index < len(self._choices) or self.verb is None:
            return None
        verb, self.verb = self.verb, None
        return verb, self._choices[index].id

    def forget_typed(self) -> None:
        """Any other key ends a number being typed: '1', a stray key, '1' is 1 again, never 11."""
        self._typed = ""

    def type_digit(self, digit: int) -> tuple[str, str] | None:
        """A digit typed while the choice is open: the verb and target chosen once the number
        typed can be no other; until then the highlight moves to the best match."""
        keys = [str(choice.key) for choice in self._choices]
        typed = self._typed + str(digit)
        if not any(key.startswith(typed) for key in keys):
            typed = str(digit)  # a fresh number
        matches = [i for i, key in enumerate(keys) if key.startswith(typed)]
        if not matches:
            self._typed = ""
            return None
        exact = next((i for i in matches if keys[i] == typed), None)
        if exact is not None and len(matches) == 1:
            self._typed = ""
            return self.pick(exact)
        self._typed = typed
        target = exact if exact is not None else matches[0]
        self._list.move_cursor(target)
        return None

    def on_choice_list_clicked(self, event: ChoiceList.Clicked) -> None:
        """A click on a choice: the table hears of it as `Chosen`."""
        event.stop()
        chosen = self.pick(event.index)
        if chosen is not None:
            self.post_message(self.Chosen(*chosen))
