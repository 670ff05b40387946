"""Help: how the game is played, and every key."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from ..glossary import GLOSSARY
from ..keys import OTHER_KEYS, VERB_KEYS
from ..styling import style
from ..wording import HOW_TO_PLAY
from .base import ChairModal


def key_line(key: str, what: str) -> Content:
    return Content.assemble((key.ljust(14), "bold"), (what, style("muted")))


class HelpModal(ChairModal[None]):
    """The rules in two paragraphs, the verbs, the words on the table, and the other keys."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "close", "Close", show=False),
        Binding("question_mark", "close", "Close", show=False),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog -wide"):
            yield Static(Content("How to chair"), classes="dialog-title")
            with VerticalScroll(id="help"):
                for paragraph in HOW_TO_PLAY:
                    yield Static(Content(paragraph), classes="paragraph")
                yield Static(
                    Content.styled("The chair's verbs", style("strong")), classes="section"
                )
                for k in VERB_KEYS:
                    yield Static(key_line(k.key, f"{k.verb}: {k.help}"))
                yield Static(
                    Content.styled("The words on the table", style("strong")), classes="section"
                )
                for term, meaning in GLOSSARY:
                    yield Static(
                        Content.assemble((term, "bold"), ": ", (meaning, style("muted"))),
                        classes="term",
                    )
                yield Static(Content.styled("Other keys", style("strong")), classes="section")
                for key, what in OTHER_KEYS:
                    yield Static(key_line(key, what))
            yield Static(Content.styled("Esc close", style("muted")), classes="dialog-keys")
