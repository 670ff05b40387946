"""The footer, redrawn only when the keys it shows change.

Textual's Footer rebuilds all its keys whenever the screen's bindings might have changed, which
is on every focus change and every return from a dialog: a new layout of the whole screen each
time. At the table that happens after nearly every key press, for a footer that rarely changes.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class ChairFooter(Footer):
    """A Footer that skips rebuilding when the shown keys, labels and states are the same."""

    def __init__(self, *, compact: bool = True) -> None:
        super().__init__(compact=compact)
        self._shown: tuple | None = None

    def _signature(self, screen: Screen) -> tuple:
        return (
            self.show_command_palette,
            tuple(
                (binding.key, binding.description, binding.action, enabled)
                for (_, binding, enabled, _) in screen.active_bindings.values()
                if binding.show
            ),
        )

    def bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self.screen and screen.app.app_focus:
            signature = self._signature(screen)
            if signature == self._shown:
                return
            self._shown = signature
        super().bindings_changed(screen)
