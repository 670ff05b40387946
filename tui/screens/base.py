"""What every screen of the app shares: the named text styles, and the too-small notice.

Textual collects COMPONENT_CLASSES only along a screen's Textual base classes, so the styles are
declared on two bases, one for full screens and one for modals, rather than on a mixin.

Below 80×24 the stylesheet hides a screen's children (by the breakpoint classes the app sets)
and the screen draws the notice as its own content, in place of a broken layout: no extra widget
to mount on every screen, and nothing to act on by mistake while the table cannot be seen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, TypeVar

from textual.app import RenderResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.screen import ModalScreen, Screen

from ..styling import STYLE_CLASSES

if TYPE_CHECKING:
    from ..app import ChairApp

T = TypeVar("T")

MIN_WIDTH, MIN_HEIGHT = 80, 24
"""The smallest terminal the table is laid out for."""


def too_small(size: Size) -> bool:
    return size.width < MIN_WIDTH or size.height < MIN_HEIGHT


def notice(size: Size) -> Content:
    """What the player sees instead of a layout that cannot fit."""
    return Content.from_markup(
        "[b]The terminal is too small[/b]\n\n"
        "It is $width×$height; The Chair needs at least $min_width×$min_height.\n"
        "Enlarge the window (or make the font smaller) and the game comes back as it was.",
        width=size.width,
        height=size.height,
        min_width=MIN_WIDTH,
        min_height=MIN_HEIGHT,
    )


class _Fitted:
    """What both kinds of screen do about the terminal's size."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Nothing on a screen that cannot be seen can be done by accident (Ctrl+Q still quits)."""
        return not too_small(self.app.size)  # type: ignore[attr-defined]


class ChairScreen(_Fitted, Screen[T]):
    """A full screen of the app."""

    COMPONENT_CLASSES: ClassVar[set[str]] = set(STYLE_CLASSES)

    @property
    def chair_app(self) -> ChairApp:
        """The app, typed: screens ask it to navigate (title, new game, load)."""
        return self.app  # type: ignore[return-value]

    def render(self) -> RenderResult:
        return notice(self.app.size) if too_small(self.app.size) else super().render()


class ChairModal(_Fitted, ModalScreen[T]):
    """A dialog over the table; Escape closes it without a choice."""

    COMPONENT_CLASSES: ClassVar[set[str]] = set(STYLE_CLASSES)
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Close")]

    def render(self) -> RenderResult:
        return notice(self.app.size) if too_small(self.app.size) else super().render()

    def action_close(self) -> None:
        self.dismiss(None)
