"""The command palette (Ctrl+P): every legal action of the moment, and the table's other commands.

The palette's own fuzzy highlighter parses its candidate as markup, which authored titles must
never be; hits here are highlighted on plain `Content` instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from scenario import Action
from scenario.engine.verbs import verb

from .keys import key_of
from .screens.table import TableScreen

Command = tuple[str, Callable[[], object], str]


def table_commands(screen: TableScreen) -> Iterator[Command]:
    """(text, callback, help) for each legal action, then saving and reading."""
    game = screen.game
    for action in game.legal_actions():
        text = key_of(action.verb).title
        kind = verb(action.verb).target
        if kind is not None and action.target is not None:
            text += ": " + kind.title(game.content, action.target)
        yield text, partial(_perform, screen, action), verb(action.verb).help
    if game.can_undo():
        yield "Undo the last action", screen.action_undo, "take it back (u, Ctrl+Z)"
    yield (
        "Show the agenda and the soundings",
        screen.action_overview,
        "every measure against every delegation, as far as you have learnt (g)",
    )
    yield "Save the game", screen.action_save, "save under a name (Ctrl+S)"
    yield "Show the source of this line", screen.action_source, "the German original (o)"
    yield "Read the briefing", screen.action_briefing, "the situation and the delegations (b)"
    if game.over:
        yield "Show the debrief", screen.action_debrief, "the outcome and the score (d)"
    yield (
        "Back to the title screen",
        screen.action_leave,
        "the game is saved; Continue resumes it (t)",
    )


def _perform(screen: TableScreen, action: Action) -> None:
    if action.verb == "adjourn":
        screen.action_verb("adjourn")  # asks first
    else:
        screen.act(action)


def highlighted(query: str, text: str, provider: Provider) -> tuple[float, Content]:
    """The fuzzy score of `text` and the text with the matched letters styled, never as markup."""
    matcher = provider.matcher(query)
    score, offsets = matcher.fuzzy_search.match(query, text)
    content = Content(text)
    for offset in offsets:
        if not text[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return score, content


class TableCommands(Provider):
    """Commands of the table screen; nothing on other screens."""

    def _commands(self) -> list[Command]:
        screen = self.screen
        return list(table_commands(screen)) if isinstance(screen, TableScreen) else []

    async def discover(self) -> Hits:
        for text, callback, help_text in self._commands():
            yield DiscoveryHit(Content(text), callback, text=text, help=Content(help_text))  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        for text, callback, help_text in self._commands():
            score, content = highlighted(query, text, self)
            if score > 0:
                yield Hit(score, content, callback, text=text, help=Content(help_text))  # type: ignore[arg-type]
