"""The table: where the game is played.

This screen holds the game and lays out the widgets that show it; it redraws them from views
(widgets never see the game) and opens the dialogs the player asks for (a dossier, the source of
a line, the agenda, the briefing, saving). Acting (a verb's key, the choice of a target, the
action, what follows it, the autosave) is `acting.ActionController`'s: every verb goes through
its `act`, the one place that calls `Game.act`. With a watched scenario folder,
`reloading.Reloader` reloads the scenario when its files change and replays the game onto it.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll

from scenario import Action, Game, ScenarioError
from scenario.engine.transcript import Entry

from .. import choosing, reports, saving, views
from ..keys import VERB_KEYS, short_labels
from ..widgets.agenda import Agenda
from ..widgets.choices import ChoicePanel
from ..widgets.delegations import DelegationCards, DelegationList
from ..widgets.footer import ChairFooter
from ..widgets.guide import GuidePanel
from ..widgets.header import TableHeader
from ..widgets.meters import MeterPanel, MoreBelow, ScoreLine
from ..widgets.problems import ReloadProblems
from ..widgets.transcript import Transcript
from .acting import ActionController
from .base import ChairScreen, too_small
from .briefing import BriefingScreen
from .debrief import DebriefScreen
from .dossier import DossierModal
from .reloading import Reloader
from .save import SaveModal
from .source import SourceModal

CHOICE_MOVES = {
    "up": "up",
    "down": "down",
    "pageup": "page_up",
    "pagedown": "page_down",
    "home": "first",
    "end": "last",
}
"""The keys that move through an open choice, and the move each makes."""


def _bindings() -> list[BindingType]:
    """A key per verb (shown in the footer), then the rest (shown in help and the palette)."""
    verbs: list[BindingType] = [
        Binding(k.key, f"verb('{k.verb}')", k.label, tooltip=k.help, priority=True)
        for k in VERB_KEYS
    ]
    dossiers: list[BindingType] = [
        Binding(str(n), f"dossier({n - 1})", f"Dossier {n}", show=False) for n in range(1, 10)
    ]
    # While a choice of target is open, its keys come first (priority) and the rest are off.
    choosing: list[BindingType] = [
        Binding("enter", "choice_pick", "Choose", priority=True),
        Binding("escape", "choice_cancel", "Cancel", priority=True),
        *(Binding(str(n), f"choice_digit({n})", show=False, priority=True) for n in range(10)),
        *(
            Binding(key, f"choice_move('{move}')", show=False, priority=True)
            for key, move in CHOICE_MOVES.items()
        ),
    ]
    return [
        *choosing,
        *verbs,
        *dossiers,
        Binding("u,ctrl+z", "undo", "Undo", show=False),
        Binding("g", "overview", "Agenda", show=False),
        Binding("o", "source", "Source", show=False),
        Binding("b", "briefing", "Briefing", show=False),
        Binding("d", "debrief", "Debrief"),
        Binding("ctrl+s", "save", "Save", show=False),
        Binding("question_mark", "help", "Help"),
        Binding("t", "leave", "Title screen", show=False),
    ]


class TableScreen(ChairScreen[None]):
    """The negotiating table for one game."""

    BINDINGS: ClassVar[list[BindingType]] = _bindings()
    ALLOW_IN_MAXIMIZED_VIEW: ClassVar[str | None] = "#choice, ChairFooter"
    """The minutes maximized (from the palette) keep the footer below, and a verb's choice of
    target opens over them: hidden, it took the keys unseen (f, then 1, gave the floor)."""
    ACTING: ClassVar[type[ActionController]] = ActionController
    """What takes the actions (a campaign's table saves the week instead of the game)."""
    POLL_SECONDS = 0.5
    """How often a watched scenario folder is checked for edits."""

    def __init__(self, game: Game, *, saves: Path, watch: Path | None = None) -> None:
        super().__init__()
        self.game = game
        self.saves = saves
        self.script: list[Action] = list(game.actions)
        """The actions the player took; replayed in full on each reload, even after a partial one."""
        self._legal: set[str] | None = None
        # The widgets the screen feeds after every action, held rather than looked up: a query
        # matches selectors against the whole screen, a tenth of a millisecond each. The choice,
        # the minutes and the reload's problems are fed by the controller and the reloader too.
        self.choice = ChoicePanel(id="choice")
        self._header = TableHeader(id="header")
        self._delegations = DelegationList(id="delegations")
        self.minutes = Transcript(id="transcript")
        self.problems = ReloadProblems(id="problems")
        self._guide = GuidePanel(id="guide")
        self._score = ScoreLine(id="score")
        self._meters = MeterPanel(id="meters")
        self._agenda = Agenda(id="agenda")
        self._footer = ChairFooter(short_labels())
        self._side = VerticalScroll(id="side")
        self._more = MoreBelow(id="side-more")
        self.acting = self.ACTING(self)
        self.reloader = Reloader(self, watch) if watch is not None else None

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        # First, though drawn on top: Textual numbers the painting order of a screen's children
        # from the last, so a panel shown or hidden first in line leaves every other widget's
        # number as it was, and Textual draws only the panel, not the whole table again.
        yield self.choice
        yield self._header
        with Horizontal(id="table"):
            yield self._delegations
            with Vertical(id="middle"):
                yield self._guide
                yield self.minutes
                yield self.problems
            with self._side:
                yield self._more
                yield self._score
                yield self._meters
                yield self._agenda
        yield self._footer

    def on_mount(self) -> None:
        self.problems.display = False
        self.watch(self._side, "scroll_y", self._cue_more, init=False)
        self.watch(self._side, "max_scroll_y", self._cue_more, init=False)
        self.minutes.show(self.game.content, self.game.transcript)
        self.refresh_panels()
        self.minutes.focus()
        if self.reloader is not None:
            self.reloader.start(self.POLL_SECONDS)
        if self.game.over:
            self.call_after_refresh(self.action_debrief)
        self.call_after_refresh(self.chair_app.collector.pause)  # the player reads the table

    # ------------------------------------------------------------------ drawing

    def refresh_panels(self) -> None:
        """Redraw everything but the transcript from the game as it stands."""
        game = self.game
        legal = {a.verb for a in game.legal_actions()}
        if legal != self._legal:
            # The footer recomposes on every bindings refresh: only when a verb comes or goes.
            self._legal = legal
            self.refresh_bindings()
        self._header.show(views.header(game))
        self._delegations.show(views.delegations(game))
        self._meters.show(views.meters(game))
        self._score.show(views.score(game))
        self._agenda.view = views.agenda(game)
        self._guide.show(choosing.guide(game))
        self.call_after_refresh(self._cue_more)

    def _cue_more(self) -> None:
        """Say at the foot of the side column that more is below, while it is."""
        side = self._side
        self._more.display = side.max_scroll_y > 0 and side.scroll_y < side.max_scroll_y

    def on_more_below_pressed(self, message: MoreBelow.Pressed) -> None:
        self.action_overview()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Verbs that are not possible now are shown dimmed and do nothing.

        Below 100 columns the footer names the verbs in shorter words, so that help and the
        palette's key still fit (see `ChairFooter.short_labels`).
        """
        if not super().check_action(action, parameters):
            return False
        if action.startswith("choice_"):
            return self.choosing
        if self.choosing:
            return False  # while a choice is open, only its own keys work
        if action == "verb":
            return True if parameters and parameters[0] in self.legal_verbs else None
        if action == "debrief":
            return self.game.over
        return True

    def on_resize(self) -> None:
        if too_small(self.app.size):
            self.close_choice()  # shown by the code, it would stay over the too-small notice
        self.refresh_bindings()

    def action_help(self) -> None:
        self.chair_app.action_help()

    # ------------------------------------------------------------------ acting

    @property
    def legal_verbs(self) -> set[str]:
        """The verbs possible now (as of the last redraw)."""
        return self._legal or set()

    def action_verb(self, verb: str) -> None:
        self.acting.verb(verb)

    def act(self, action: Action) -> None:
        """Take one action (see `ActionController.act`)."""
        self.acting.act(action)

    def action_undo(self) -> None:
        self.acting.undo()

    # ------------------------------------------------------------------ an open choice

    @property
    def choosing(self) -> bool:
        """A choice of target is open: the table's own keys and clicks wait until it closes."""
        return self.choice.open

    def action_choice_move(self, move: str) -> None:
        self.choice.move(move)

    def action_choice_pick(self, index: int | None = None) -> None:
        self.acting.pick(index)

    def action_choice_digit(self, digit: int) -> None:
        self.acting.digit(digit)

    def on_key(self, event: events.Key) -> None:
        """While a choice is open, a key that is not a digit ends the number being typed (the
        digits are priority bindings, so they never reach here)."""
        if self.choice.open:
            self.choice.forget_typed()

    def action_choice_cancel(self) -> None:
        self.close_choice()

    def on_choice_panel_chosen(self, message: ChoicePanel.Chosen) -> None:
        self.act(Action(message.verb, message.target))

    def on_click(self, event: events.Click) -> None:
        """A click on the table, outside an open choice, closes the choice and does nothing else."""
        panel = self.choice
        if panel.open and (event.widget is None or panel not in event.widget.ancestors_with_self):
            self.close_choice()

    def close_choice(self) -> None:
        if self.choosing:
            self.choice.close()
            self.refresh_bindings()

    # ------------------------------------------------------------------ reading

    def action_source(self) -> None:
        entry = self.minutes.entry
        if entry is not None:
            self._show_source(entry)

    def on_transcript_source_wanted(self, message: Transcript.SourceWanted) -> None:
        if self.choosing:
            self.close_choice()  # the click only closes the choice
        elif message.entry.source:  # a click on a line without one is just a click
            self._show_source(message.entry)

    def _show_source(self, entry: Entry) -> None:
        if not entry.source:
            self.notify("This line has no German original (lines marked ‹DE› do).", markup=False)
            return
        self.app.push_screen(SourceModal(self.game.content, entry))

    def action_dossier(self, index: int) -> None:
        delegations = self.game.content.delegations
        if 0 <= index < len(delegations):
            self._open_dossier(delegations[index].id)

    def on_delegation_cards_pressed(self, message: DelegationCards.Pressed) -> None:
        if self.choosing:
            self.close_choice()  # the click only closes the choice
        else:
            self._open_dossier(message.delegation_id)

    def _open_dossier(self, delegation_id: str) -> None:
        legal = (
            set(choosing.targets(self.game, "floor")),
            set(choosing.targets(self.game, "consult")),
        )
        self.app.push_screen(
            DossierModal(
                reports.dossier(self.game, delegation_id),
                can_floor=delegation_id in legal[0],
                can_consult=delegation_id in legal[1],
            ),
            lambda verb: self.act(Action(verb, delegation_id)) if verb else None,
        )

    def action_overview(self) -> None:
        """The agenda in full, and every delegation's answer to every measure as far as known."""
        from ..overview import overview
        from .overview import OverviewModal

        self.app.push_screen(OverviewModal(overview(self.game)))

    def action_briefing(self) -> None:
        self.app.push_screen(BriefingScreen(self.game.content, reading=True))

    def action_debrief(self) -> None:
        if self.game.over:
            self.app.push_screen(DebriefScreen(self.game))

    def action_leave(self) -> None:
        self.chair_app.to_title()

    # ------------------------------------------------------------------ saving

    def action_save(self) -> None:
        folder = self.saves
        self.app.push_screen(
            SaveModal(
                f"{self.game.content.id} {self.game.clock.replace(':', '.')}",
                lambda name: saving.check_name(folder, name),
                self._save_as,
                lambda name: saving.existing(folder, name),
            ),
            lambda name: self.notify(f"Saved as '{name}'.", markup=False) if name else None,
        )

    def _save_as(self, name: str) -> str | None:
        try:
            saving.save_named(self.game, self.saves, name)
        except (ScenarioError, OSError) as exc:
            return saving.problem(exc)
        return None

    def on_unmount(self) -> None:
        if self.reloader is not None:
            self.reloader.stop()
