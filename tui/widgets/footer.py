"""The footer: each key the screen shows, in one line; a click on a key presses it.

Textual's Footer is a container with a widget per key (a dozen at the table) that it composes
again whenever the screen's bindings might have changed. Every time a dialog closes, the table's
styles are worked out again for each of its widgets, so those dozen cost time on every choice
of a target. This footer is one widget that draws the same keys in the same colours (the
theme's footer variables), redraws only when what it shows changes, and finds the key under
the mouse by its column.
"""

from __future__ import annotations

from functools import lru_cache
from typing import ClassVar, NamedTuple

from textual import events
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen

from .lines import LinePanel

PALETTE_EDGE = "▏"


class Key(NamedTuple):
    key: str
    display: str
    description: str
    enabled: bool
    tooltip: str


Columns = tuple[tuple[int, int, Key], ...]
"""Where each key is drawn: (start, end, key), end excluded."""


class ChairFooter(LinePanel, can_focus=False):
    """The screen's shown bindings, and the command palette's key on the right."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {"footer--key", "footer--description", "footer--hover"}
    DEFAULT_CSS = """
    ChairFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        text-wrap: nowrap;
        & > .footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .footer--hover {
            background: $block-hover-background;
        }
    }
    """

    show_command_palette: reactive[bool] = reactive(True)

    def __init__(self, short_labels: dict[str, str] | None = None) -> None:
        super().__init__()
        self.short_labels: tuple[tuple[str, str], ...] = tuple((short_labels or {}).items())
        """Shorter descriptions, used when the keys and the palette's key do not fit."""
        self._keys: tuple[Key, ...] = ()
        self._palette: Key | None = None
        self._columns: Columns = ()  # where each key is drawn: [start, end)
        self._hover: str | None = None  # the key under the mouse

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._read(self.screen)

    def watch_show_command_palette(self) -> None:
        if self.is_mounted:
            self._read(self.screen)

    def _bindings_changed(self, screen: Screen) -> None:
        if screen is self.screen and screen.app.app_focus:
            self._read(screen)

    def _read(self, screen: Screen) -> None:
        """Take the keys from the screen's bindings; redraw only if they changed."""
        app = self.app
        active = screen.active_bindings
        first: dict[str, Key] = {}  # one key per action (Escape and m may both close a screen)
        for _, b, enabled, tooltip in active.values():
            if b.show and b.action not in first:
                display = app.get_key_display(b)
                first[b.action] = Key(b.key, display, b.description, enabled, tooltip or b.tooltip)
        keys = tuple(first.values())
        palette = None
        if self.show_command_palette and app.ENABLE_COMMAND_PALETTE:
            found = active.get(app.COMMAND_PALETTE_BINDING)
            if found is not None:
                _, b, enabled, tooltip = found
                palette = Key(b.key, app.get_key_display(b), b.description, enabled, tooltip)
        if (keys, palette) != (self._keys, self._palette):
            self._keys, self._palette = keys, palette
            self.redraw()

    def lines(self, width: int) -> list[Content]:
        line, self._columns = _footer_line(self._keys, self._palette, self._hover, width)
        if self.short_labels and not self._fits(width):
            short = dict(self.short_labels)
            keys = tuple(
                k._replace(description=short.get(k.description, k.description)) for k in self._keys
            )
            line, self._columns = _footer_line(keys, self._palette, self._hover, width)
        return [line]

    def _fits(self, width: int) -> bool:
        """Whether every key and the palette's (if shown) are drawn at this width."""
        drawn = len(self._keys) + (self._palette is not None)
        return len(self._columns) == drawn and all(end <= width for _, end, _ in self._columns)

    def key_at(self, x: int) -> Key | None:
        """The key drawn at column `x`, if any."""
        return next((key for start, end, key in self._columns if start <= x < end), None)

    def column_of(self, key: str) -> int:
        """Where a key is drawn (for pointing at it)."""
        return next(start for start, _, shown in self._columns if shown.key == key)

    def on_click(self, event: events.Click) -> None:
        key = self.key_at(event.x)
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        key = self.key_at(event.x)
        self.tooltip = key.tooltip if key is not None and key.tooltip else None
        self._hovering(None if key is None else key.key)

    def on_leave(self, event: events.Leave) -> None:
        self._hovering(None)

    def _hovering(self, key: str | None) -> None:
        if key != self._hover:
            self._hover = key
            self.redraw()


@lru_cache(maxsize=32)
def _footer_line(
    keys: tuple[Key, ...], palette: Key | None, hover: str | None, width: int
) -> tuple[Content, Columns]:
    """The footer's line and where each key is drawn on it: [start, end). Kept, since the table's
    footer switches between two sets of keys (the verbs, and a choice's) at every choice."""
    parts: list[Content] = []
    columns: list[tuple[int, int, Key]] = []
    x = 0
    for key in keys:
        item = _item(key, hover)
        columns.append((x, x + item.cell_length, key))
        parts.extend([item, Content(" ")])
        x += item.cell_length + 1
    line = Content.assemble(*parts[:-1])  # no space after the last key
    if palette is not None:
        shown = _item(palette, hover)
        start = width - shown.cell_length
        if start - len(PALETTE_EDGE) >= line.cell_length:
            columns.append((start, width, palette))
            gap = " " * (start - len(PALETTE_EDGE) - line.cell_length)
            edge = Content.styled(PALETTE_EDGE, "$foreground 20%")
            line = Content.assemble(line, gap, edge, shown)
    return line, tuple(columns)


def _item(key: Key, hover: str | None) -> Content:
    item = Content.assemble(
        (key.display, ".footer--key"), " ", (key.description, ".footer--description")
    )
    if key.key == hover:
        item = item.stylize(".footer--hover")
    return item if key.enabled else item.stylize("dim")
