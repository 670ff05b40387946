"""The Chair as a Textual app: `run_app` is what `chair play` calls.

The app only navigates: title → briefing → table → debrief, and loading, continuing and help.
The table screen holds the game; the app holds what outlives a game (the scenarios, the saves
folder, the seed, the folder to watch).

The title screen is drawn before the engine is imported: given a scenario's folder rather than
its content, the app loads it, reads the saves folder and looks for a campaign just after the
first frame (see `TitleScreen`), so that `chair` shows its title screen about as fast as a
minimal Textual app shows its first frame (measured by benchmarks/terminal_start.py).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.color import Color, ColorParseError
from textual.screen import Screen

from scenario.format.diagnostics import Location, ScenarioError

from .collecting import IDLE_SECONDS, Collector
from .library import Library
from .screens.base import MIN_HEIGHT, MIN_WIDTH
from .screens.title import TitleScreen

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.theme import Theme

    from scenario import Content, Game
    from scenario.engine.campaign import CampaignGame

    from . import saving
    from .settings import Settings

# Only the title screen is imported at start: the first frame needs nothing else, and the engine,
# the saves, the table, the dialogs and the command palette's provider are imported when first
# used (start-up is measured against a minimal Textual app; see benchmarks/).


def _table_commands() -> type[Provider]:
    from .commands import TableCommands

    return TableCommands


SPEAKER_COLOURS = {
    "speaker-0": "#e06c75",
    "speaker-1": "#61afef",
    "speaker-2": "#d19a66",
    "speaker-3": "#98c379",
    "speaker-4": "#c678dd",
    "speaker-5": "#56b6c2",
}
"""Delegations' colours, distinct from the colours that mean supports/blocks; a theme may override."""


class ChairApp(App[int]):
    """Navigation between the screens, and what every screen may need."""

    CSS_PATH = "chair.tcss"
    TITLE = "The Chair"
    COMMANDS = App.COMMANDS | {_table_commands}
    # Textual declares both as `ClassVar[list[...]] | None`, which mypy reads as an instance
    # variable that a ClassVar may not override: the ignores are for that reading only.
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [  # type: ignore[misc]
        (0, "-too-narrow"),
        (MIN_WIDTH, "-narrow"),
        (100, "-wide"),
    ]
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [  # type: ignore[misc]
        (0, "-too-short"),
        (MIN_HEIGHT, "-short"),
        (30, "-tall"),
    ]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark,f1", "help", "Help", show=False),
        Binding("ctrl+o", "load", "Load", show=False),
    ]

    def __init__(
        self,
        content: Content | Path,
        *,
        seed: int | None = None,
        load: Path | None = None,
        saves: Path | None = None,
        watch: Path | None = None,
        briefing: bool = False,
        settings: Settings | None = None,
        theme: str | None = None,
        campaign: object | None = None,
    ) -> None:
        """`content`: the scenario the app opens with, or its folder, loaded once the title
        screen is up (its errors then end the app with exit code 2, as the command line's would).

        `briefing`: open `content` at its briefing rather than at the title screen.

        `campaign`: a `Campaign` to start (with `briefing`), or a `CampaignGame` to play on.

        `settings`: where the chosen theme is remembered (`chair play` passes the user's file;
        without one, as in tests, nothing is read or written). `theme`: this session's theme,
        else the remembered one, unless $TEXTUAL_THEME sets it.
        """
        super().__init__()
        self.settings = settings
        self._theme_at_start = theme or (
            settings.theme if settings and not os.environ.get("TEXTUAL_THEME") else None
        )
        self.library = Library(content)
        self.seed = seed
        if saves is None:
            from scenario.tools.places import saves_folder

            saves = saves_folder()
        self.saves = saves
        self.watched = watch
        self._load_at_start = load
        self._brief_at_start = briefing
        self._campaign_at_start = campaign
        self.collector = Collector()
        self.last_game: Game | CampaignGame | None = None  # what Continue resumes in this run
        """The game last put on the table in this run: what Continue resumes while it runs."""

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(SPEAKER_COLOURS)

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables, plus `$chair-muted`: quiet text as an opaque colour.

        Textual's `$text-muted` is 'auto 60%', a contrast colour worked out against the
        background it is drawn on; in text styled by name (as the minutes are) there is no such
        background yet, and on light themes it came out nearly white. Blending the theme's own
        foreground into its background gives the same quiet grey on every theme.
        """
        variables = super().get_css_variables()
        try:
            background = Color.parse(variables["background"])
            foreground = Color.parse(variables["foreground"])
        except (KeyError, ColorParseError):
            variables["chair-muted"] = variables.get("text-muted", "ansi_default")
        else:
            variables["chair-muted"] = background.blend(foreground, 0.6).hex
        return variables

    def get_default_screen(self) -> Screen:
        return TitleScreen()

    def on_mount(self) -> None:
        if self.library.ready:  # else once the title screen is up (`open_library`)
            self.clean_saves()
        if self._theme_at_start in self.available_themes:
            self.theme = self._theme_at_start
        self._theme_remembered = self.theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        if self.settings is not None and self.settings.problem:
            self.notify(self.settings.problem, title="Settings", severity="warning", markup=False)
        self.set_interval(IDLE_SECONDS, self.collector.after_frame, name="collect")
        if self._campaign_at_start is not None:
            self.start_campaign(self._campaign_at_start)
        elif self._load_at_start is not None:
            self.open_save(self._load_at_start)
        elif self._brief_at_start:
            self.open_briefing(self.library.first)

    def on_ready(self) -> None:
        """The first frame is on the screen: now load what the title screen left for later,
        and collect garbage once the screen is complete (a full collection takes 10-15 ms; after
        the loading, the scenario is frozen with the rest)."""
        if not self.library.ready and self.open_library() and isinstance(self.screen, TitleScreen):
            self.screen.refresh_menu()
        self.call_after_refresh(self.collector.start)

    def clean_saves(self) -> None:
        """Remove what writes killed halfway left behind in the saves folder."""
        from scenario.tools.saves import clean_leftovers

        clean_leftovers(self.saves)

    def open_library(self) -> bool:
        """Load the scenario the app was given as a folder, and clean the saves folder: what
        the app does just after its first frame. False, and the app ends with the
        scenario's errors (exit code 2, as on the command line), if it cannot be loaded."""
        self.clean_saves()
        try:
            _ = self.library.first  # loads it
        except ScenarioError as exc:
            lines = [str(d) for d in exc.diagnostics] or ["chair: error: cannot load the scenario"]
            self.exit(2, return_code=2, message="\n".join(lines))
            return False
        return True

    def _remember_theme(self, theme: Theme) -> None:
        """A theme the player picks is the theme of the next game too."""
        if self.settings is None or theme.name == self._theme_remembered:
            return
        self._theme_remembered = theme.name
        try:
            self.settings.remember("theme", theme.name)
        except OSError as exc:
            self.notify(f"The theme is not remembered: {exc}", severity="warning", markup=False)

    def on_unmount(self) -> None:
        self.collector.stop()

    # ------------------------------------------------------------------ navigation

    def to_title(self) -> None:
        """Back to the title screen, closing whatever is open above it."""
        while len(self.screen_stack) > 1:
            self.pop_screen()

    def new_game(self, *, ironman: bool = False) -> None:
        """Pick a scenario, read its briefing, take the chair (in an ironman game: no undo)."""
        from .screens.picker import ScenarioPicker

        self.push_screen(
            ScenarioPicker(self.library.listing(), ironman=ironman),
            lambda chosen: self._picked(chosen, ironman),
        )

    def _picked(self, scenario_id: str | None, ironman: bool = False) -> None:
        if scenario_id is None:
            return
        try:
            content = self.library.get(scenario_id)
        except ScenarioError as exc:
            self._error("Cannot play that scenario", exc)
            return
        self.open_briefing(content, ironman=ironman)

    def open_briefing(self, content: Content, *, ironman: bool = False) -> None:
        """Show a scenario's briefing; taking the chair starts a new game of it (in an ironman
        game: no undo)."""
        from scenario import Game

        from .screens.briefing import BriefingScreen

        self.push_screen(
            BriefingScreen(content),
            lambda begin: (
                self.open_game(Game(content, self.new_seed(), ironman=ironman)) if begin else None
            ),
        )

    # ------------------------------------------------------------------ campaigns

    def start_campaign(self, campaign: object | None = None) -> None:
        """Start a campaign (the first found, if none is given) at its first day's briefing,
        or play on a `CampaignGame` (a loaded campaign save)."""
        from scenario.engine.campaign import Campaign, CampaignGame, load_campaign
        from scenario.tools.finding import available_campaigns, find_campaign

        if isinstance(campaign, CampaignGame):
            self._campaign_table(campaign)
            return
        if not isinstance(campaign, Campaign):
            found = available_campaigns()
            folder = find_campaign(found[0]) if found else None
            if folder is None:
                self.notify("There is no campaign to play.", markup=False)
                return
            try:
                campaign = load_campaign(folder)
            except ScenarioError as exc:
                self._error("Cannot play that campaign", exc)
                return
        week = CampaignGame(campaign, self.new_seed())
        self._campaign_briefing(week)

    def open_campaign_day(self, week: CampaignGame) -> None:
        """The next day of a campaign: its briefing, then its table."""
        week.next_day()
        self.to_title()
        self._campaign_briefing(week)

    def _campaign_briefing(self, week: CampaignGame) -> None:
        from .screens.briefing import BriefingScreen

        self.push_screen(
            BriefingScreen(week.current.content),
            lambda begin: self._campaign_table(week) if begin else None,
        )

    def _campaign_table(self, week: CampaignGame) -> None:
        from .campaign import CampaignTableScreen

        self.to_title()
        self.last_game = week
        self.push_screen(CampaignTableScreen(week, saves=self.saves))

    def new_seed(self) -> int:
        """The seed of a new game: the one given on the command line, else a random one."""
        return self.seed if self.seed is not None else secrets.randbelow(2**31)

    def continuation(self) -> saving.Continuation:
        """What Continue would resume: the game last on the table in this run, as it stands
        (even one just loaded and not yet played on); at start, the newest unfinished autosave.
        Never a finished game: the load screen lists those for a player who asks."""
        from . import saving

        return saving.continuation(self.last_game, self.saves)

    def continue_game(self) -> None:
        """Resume the game the player last played."""
        from scenario import Game

        resume = self.continuation()
        if isinstance(resume.game, Game):
            self.open_game(resume.game)
        elif resume.game is not None:  # a week in play
            self._campaign_table(resume.game)
        elif resume.path is not None:
            self.open_save(resume.path)
        else:
            self.notify(resume.detail[:1].upper() + resume.detail[1:] + ".", markup=False)

    def action_load(self) -> None:
        from .screens.load import LoadModal

        self.push_screen(LoadModal(self.saves), lambda path: self.open_save(path) if path else None)

    def open_save(self, path: Path) -> None:
        """Load a save and play on (a week's save: the week, at the day it was saved); a
        changed scenario's note is shown, errors are reported."""
        from scenario.tools.campaign_saves import is_campaign_save, load_campaign_game

        from . import saving

        if is_campaign_save(path):
            try:
                week = load_campaign_game(path)
            except ScenarioError as exc:
                self._error("Cannot load that save", exc)
                return
            self._campaign_table(week)
            return
        try:
            restored = saving.restore(path, self.library)
        except ScenarioError as exc:
            self._error("Cannot load that save", exc)
            return
        self.open_game(restored.game)
        if restored.note:
            self.notify(
                restored.note,
                title="The scenario has changed",
                severity="warning",
                timeout=20,
                markup=False,
            )

    def open_game(self, game: Game) -> None:
        """Put a game on the table (above the title screen)."""
        self.to_title()
        self.last_game = game
        watch = self.watched if self._is_watched(game.content) else None
        from .screens.table import TableScreen

        self.push_screen(TableScreen(game, saves=self.saves, watch=watch))

    def _is_watched(self, content: Content) -> bool:
        if self.watched is None:
            return False
        try:
            return content.folder.resolve() == self.watched.resolve()
        except OSError:
            return False

    def action_help(self) -> None:
        from .screens.help import HelpModal

        if not isinstance(self.screen, HelpModal):
            self.push_screen(HelpModal())

    def _error(self, title: str, exc: ScenarioError) -> None:
        message = "\n".join(str(d) for d in exc.diagnostics[:4]) or "unknown error"
        self.notify(message, title=title, severity="error", timeout=15, markup=False)


def build_app(
    content: Content | Path,
    *,
    seed: int | None = None,
    load: Path | None = None,
    saves: Path | None = None,
    watch: Path | None = None,
    briefing: bool = False,
    theme: str | None = None,
    campaign: object | None = None,
) -> ChairApp:
    """The app, ready to run; `ScenarioError` for a theme that does not exist, so that the
    command line can answer bad input before it looks at the terminal."""
    from .settings import Settings, settings_path

    app = ChairApp(
        content,
        seed=seed,
        load=load,
        saves=saves,
        watch=watch,
        briefing=briefing,
        settings=Settings.read(settings_path()),
        theme=theme,
        campaign=campaign,
    )
    if theme is not None and theme not in app.available_themes:
        names = ", ".join(sorted(app.available_themes))
        raise ScenarioError.at(
            Location("--theme"), f"unknown theme {theme!r} (choose from {names})"
        )
    return app


def run_app(
    content: Content | Path, *, refuse: Callable[[], int | None] | None = None, **options: Any
) -> int:
    """Run the app until the player quits; the exit code for the shell (see `build_app`).

    `content` may be the scenario's folder: the title screen then shows before the engine is
    imported, and the scenario is loaded just after (its errors end the app with exit code 2).

    `refuse`, called once the options are known good and before the terminal is taken, may
    return an exit code instead (the command line's answer when there is no terminal)."""
    app = build_app(content, **options)
    refused = refuse() if refuse is not None else None
    if refused is not None:
        return refused
    app.run()
    return app.return_code or 0
