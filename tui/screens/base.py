"""What every screen of the app shares: the named text styles, and the too-small notice.

Textual collects COMPONENT_CLASSES only along a screen's Textual base classes, so the styles are
declared on the base of full screens rather than on a mixin; dialogs borrow them from the screen
beneath (see `ChairModal.get_component_styles`).

Below 80×24 the stylesheet hides a screen's children (by the breakpoint classes the app sets)
and the screen draws the notice as its own content, in place of a broken layout: no extra widget
to mount on every screen, and nothing to act on by mistake while the table cannot be seen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, TypeVar

from textual.app import ComposeResult, RenderResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.css.styles import RenderStyles
from textual.geometry import Size
from textual.reactive import Reactive
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..styling import STYLE_CLASSES, style

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
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
    """Textual's screen redraws all of itself when the focus moves, though only the two widgets
    that gain and lose it change, and they redraw themselves: this one does not."""
    ALLOW_IN_MAXIMIZED_VIEW: ClassVar[str | None] = "ChairFooter"
    """A widget maximized from the palette (the minutes, to read them at full width) keeps the
    footer below it, as Textual's own `Footer` is kept: the keys stay in view and at hand."""

    @property
    def chair_app(self) -> ChairApp:
        """The app, typed: screens ask it to navigate (title, new game, load)."""
        return self.app  # type: ignore[return-value]

    # Textual types Screen.render as a Rich renderable only, narrower than Widget.render, whose
    # result (a Visual such as Content, too) Textual draws the same way for a screen.
    def render(self) -> RenderResult:  # type: ignore[override]
        return notice(self.app.size) if too_small(self.app.size) else super().render()


class ChairModal(_Fitted, ModalScreen[T]):
    """A dialog over the table; Escape closes it without a choice."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Close")]
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
    """As on `ChairScreen`: a dialog is not redrawn whole, the table beneath included, when
    the focus moves from one of its buttons to another."""

    # Textual types Screen.render as a Rich renderable only, narrower than Widget.render, whose
    # result (a Visual such as Content, too) Textual draws the same way for a screen.
    def render(self) -> RenderResult:  # type: ignore[override]
        return notice(self.app.size) if too_small(self.app.size) else super().render()

    def get_component_styles(self, *names: str) -> RenderStyles:
        """The app's named text styles, borrowed from the screen beneath the dialog.

        Textual styles every class a screen declares each time the screen opens, one by one
        against the whole stylesheet: declared here, the forty-odd named styles cost a dialog 15
        ms before its first frame. Their rules have no parent (see chair.tcss), so they are the
        same on any screen, and a full screen of the app is always beneath a dialog.
        """
        beneath = self._beneath()
        if beneath is not None and names and all(name in STYLE_CLASSES for name in names):
            return beneath.get_component_styles(*names)
        return super().get_component_styles(*names)

    def _beneath(self) -> ChairScreen[object] | None:
        return next(
            (s for s in reversed(self.app.screen_stack) if isinstance(s, ChairScreen)), None
        )

    def action_close(self) -> None:
        self.dismiss(None)


class ListModal(ChairModal[T]):
    """A dialog that lists options and closes with the one chosen: a scenario, or a save to
    load. Subclasses give the header, the options and what a choice returns.
    """

    LIST_ID: ClassVar[str] = "choices"
    KEYS: ClassVar[str] = "↑↓ move · Enter choose · Esc back"
    WIDE: ClassVar[bool] = False

    def header(self) -> ComposeResult:
        """The title and the line under it."""
        raise NotImplementedError

    def options(self) -> list[Option]:
        raise NotImplementedError

    def result(self, option_id: str) -> T:
        """What the dialog returns for the option chosen."""
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog -wide" if self.WIDE else "dialog"):
            yield from self.header()
            listed = self.options()
            options = OptionList(id=self.LIST_ID)
            for option in listed:
                options.add_option(option)
                options.add_option(None)
            options.display = bool(listed)
            yield options
            yield Static(Content.styled(self.KEYS, style("muted")), classes="dialog-keys")

    def on_screen_resume(self) -> None:
        """Each time the dialog opens: the first choice highlighted, the list focused."""
        options = self.query_one(f"#{self.LIST_ID}", OptionList)
        choosable = [
            i for i in range(options.option_count) if not options.get_option_at_index(i).disabled
        ]
        if choosable:
            options.highlighted = choosable[0]
            options.scroll_to_highlight()
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.is_current:  # a second Enter, queued behind the first, finds it closed
            self.dismiss(self.result(event.option.id or ""))
