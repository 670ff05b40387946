"""What every screen of the app shares: the named text styles, and the too-small notice.

Textual collects COMPONENT_CLASSES only along a screen's Textual base classes, so the styles are
declared on two bases, one for full screens and one for modals, rather than on a mixin.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, TypeVar

from textual.binding import Binding, BindingType
from textual.screen import ModalScreen, Screen

from ..styling import STYLE_CLASSES
from ..widgets.too_small import TooSmall

if TYPE_CHECKING:
    from ..app import ChairApp

T = TypeVar("T")


class ChairScreen(Screen[T]):
    """A full screen of the app."""

    COMPONENT_CLASSES: ClassVar[set[str]] = set(STYLE_CLASSES)

    @property
    def chair_app(self) -> ChairApp:
        """The app, typed: screens ask it to navigate (title, new game, load)."""
        return self.app  # type: ignore[return-value]

    def on_mount(self) -> None:
        self.mount(TooSmall())


class ChairModal(ModalScreen[T]):
    """A dialog over the table; Escape closes it without a choice."""

    COMPONENT_CLASSES: ClassVar[set[str]] = set(STYLE_CLASSES)
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Close")]

    def on_mount(self) -> None:
        self.mount(TooSmall())

    def action_close(self) -> None:
        self.dismiss(None)
