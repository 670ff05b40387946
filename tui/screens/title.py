"""The title screen: new game, continue, load, help, quit.

Started with a scenario's folder (`chair`), the screen's first frame is drawn before anything
of the engine is imported: the logo, the tagline and the menu, with Continue waiting. Just
after it, the app loads the scenario and the screen completes itself: the scenario's title on
the tagline, what Continue resumes, and the campaign, if there is one. Keys work all along: a
choice made before then loads what it needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..styling import style
from ..widgets.footer import ChairFooter
from .base import ChairScreen

if TYPE_CHECKING:
    from ..saving import Continuation

TAGLINE = "Chair a crisis negotiation"
LOOKING = "looking for your last game"
"""Continue's detail in the first frame, until the saves folder is read."""


def item(title: str, detail: str) -> Content:
    return Content.assemble((title, "bold"), "\n", (detail, style("muted")))


class TitleScreen(ChairScreen[None]):
    """The menu; it asks the app to start, continue or load a game."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "pick('new')", "New game"),
        Binding("i", "pick('ironman')", "Ironman", show=False),
        Binding("c", "pick('continue')", "Continue"),
        Binding("l", "pick('load')", "Load"),
        Binding("q", "pick('quit')", "Quit"),
        Binding("question_mark", "pick('help')", "Help"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._shown: tuple[object, ...] = ()
        """What the menu shows: each option's id, whether it is disabled, and its words."""

    def compose(self) -> ComposeResult:
        with Center(id="title-page"), Vertical(id="title-box"):
            yield Static(Content("T H E   C H A I R"), id="logo")
            yield Static(Content.styled(self.tagline(), style("muted")), id="tagline")
            yield OptionList(id="menu")
        yield ChairFooter()

    def tagline(self) -> str:
        """What the game is, and the scenario it opened with (the default one, if none given):
        the scenario's title once it is loaded."""
        library = self.chair_app.library
        return f"{TAGLINE} · {library.first.title}" if library.ready else TAGLINE

    def on_mount(self) -> None:
        if self.chair_app.library.ready:
            self.refresh_menu()
        else:  # completed by the app once the first frame is shown (`ChairApp.on_ready`)
            self._fill_menu(None, [])
        self.query_one("#menu", OptionList).focus()

    def on_screen_resume(self) -> None:
        if self.chair_app.library.ready:  # else not yet: see on_mount
            self.refresh_menu()

    def refresh_menu(self) -> None:
        """Rebuild the menu: what 'continue' would resume changes after every game."""
        tagline = self.query_one("#tagline", Static)
        tagline.update(Content.styled(self.tagline(), style("muted")))
        self._fill_menu(self.chair_app.continuation(), self._campaigns())

    def _fill_menu(self, resume: Continuation | None, campaigns: list[Option]) -> None:
        """The menu; with no `resume` (the saves not read yet), Continue waits, disabled."""
        menu = self.query_one("#menu", OptionList)
        possible = resume is not None and resume.possible
        detail = resume.detail if resume is not None else LOOKING
        items = [
            Option(item("New game", "choose a scenario and read the briefing"), id="new"),
            Option(item("New ironman game", "no undo: every action stands"), id="ironman"),
            Option(item("Continue", detail), id="continue", disabled=not possible),
            *campaigns,
            Option(item("Load a game", "from the saved games"), id="load"),
            Option(item("How to play", "the rules and every key"), id="help"),
            Option(item("Quit", "Ctrl+Q anywhere"), id="quit"),
        ]
        # Back from a dialog (load, help, the scenarios) the menu is the same: it keeps its
        # highlight. Rebuilt, the highlight went to the top, and Up from there wrapped round to
        # Quit: a player going back up to "Play the week" quit the app.
        shown = tuple((o.id, o.disabled, o.prompt) for o in items)
        if shown == self._shown:
            return
        self._shown = shown
        menu.clear_options()
        for option in items:
            menu.add_options([option, None])
        menu.highlighted = 2 if possible else 0

    def _campaigns(self) -> list[Option]:
        """A campaign to play, if one is found: several days as one story."""
        from scenario.tools.campaigns import campaign_heading
        from scenario.tools.finding import available_campaigns, find_campaign

        found = available_campaigns()
        folder = find_campaign(found[0]) if found else None
        if folder is None:
            return []
        return [Option(item("Play the week", campaign_heading(folder)), id="campaign")]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_pick(event.option.id or "")

    def action_pick(self, choice: str) -> None:
        app = self.chair_app
        if choice == "new":
            app.new_game()
        elif choice == "ironman":
            app.new_game(ironman=True)
        elif choice == "continue":
            app.continue_game()
        elif choice == "campaign":
            app.start_campaign()
        elif choice == "load":
            app.action_load()
        elif choice == "help":
            app.action_help()
        elif choice == "quit":
            app.exit(0)
