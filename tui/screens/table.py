"""The table: where the game is played.

This screen holds the game. Every verb goes through `act`, the one place that calls `Game.act`;
after each action it redraws the table from views (widgets never see the game), autosaves once
the frame is painted, and opens what the action calls for: the consultation, the roll-call, and
the debrief when the session closes. With a watched scenario folder it also reloads the scenario
when its files change and replays the game onto it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.timer import Timer

from scenario import Action, ActionError, CannotUndo, Game, ScenarioError
from scenario.engine.actions import TARGETS, VERB_HELP, VERBS
from scenario.engine.compiler import Report, check_scenario
from scenario.engine.transcript import Entry

from .. import choosing, foresight, reports, saving, views
from ..keys import SHORT_LABELS, VERB_KEYS, VERB_LABELS
from ..watching import FolderWatch, reload_message
from ..widgets.agenda import Agenda
from ..widgets.choices import ChoicePanel
from ..widgets.delegations import DelegationCards, DelegationList
from ..widgets.footer import ChairFooter
from ..widgets.guide import GuidePanel
from ..widgets.header import TableHeader
from ..widgets.meters import MeterPanel, MoreBelow, ScoreLine
from ..widgets.problems import ReloadProblems
from ..widgets.repeating import Column, RepeatingRows, Row, ScrollingColumn
from ..widgets.transcript import Transcript
from .base import ChairScreen, too_small
from .briefing import BriefingScreen
from .confirm import ConfirmModal
from .consultation import ConsultationModal
from .debrief import DebriefScreen
from .dossier import DossierModal
from .rollcall import RollCallModal
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
        Binding(
            VERB_KEYS[verb],
            f"verb('{verb}')",
            VERB_LABELS[verb],
            tooltip=VERB_HELP[verb],
            priority=True,
        )
        for verb in VERBS
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


class TableScreen(RepeatingRows, ChairScreen[None]):
    """The negotiating table for one game."""

    BINDINGS: ClassVar[list[BindingType]] = _bindings()
    POLL_SECONDS = 0.5
    """How often a watched scenario folder is checked for edits."""

    def __init__(self, game: Game, *, saves: Path, watch: Path | None = None) -> None:
        super().__init__()
        self.game = game
        self.autosaver = saving.Autosaver(saves)
        self.saves = saves
        self.script: list[Action] = list(game.actions)
        """The actions the player took; replayed in full on each reload, even after a partial one."""
        self._legal: set[str] | None = None
        self._watch = FolderWatch(watch) if watch is not None else None
        self._poll: Timer | None = None
        self._edits = 0  # counts the edits seen, so that only the latest one's check is applied
        # The widgets the screen feeds after every action, held rather than looked up: a query
        # matches selectors against the whole screen, a tenth of a millisecond each.
        self._choice = ChoicePanel(id="choice")
        self._header = TableHeader(id="header")
        self._delegations = DelegationList(id="delegations")
        self._minutes = Transcript(id="transcript")
        self._problems = ReloadProblems(id="problems")
        self._guide = GuidePanel(id="guide")
        self._score = ScoreLine(id="score")
        self._meters = MeterPanel(id="meters")
        self._agenda = Agenda(id="agenda")
        self._footer = ChairFooter(SHORT_LABELS)
        self._side = ScrollingColumn(id="side")
        self._more = MoreBelow(id="side-more")

    # ------------------------------------------------------------------ layout

    def repeats(self) -> bool:
        """The screen draws the too-small notice itself; otherwise only its background."""
        return not too_small(self.app.size)

    def compose(self) -> ComposeResult:
        # First, though drawn on top: Textual numbers the painting order of a screen's children
        # from the last, so a panel shown or hidden first in line leaves every other widget's
        # number as it was, and Textual draws only the panel, not the whole table again.
        yield self._choice
        yield self._header
        with Row(id="table"):
            yield self._delegations
            with Column(id="middle"):
                yield self._guide
                yield self._minutes
                yield self._problems
            with self._side:
                yield self._more
                yield self._score
                yield self._meters
                yield self._agenda
        yield self._footer

    def on_mount(self) -> None:
        self._problems.display = False
        self.watch(self._side, "scroll_y", self._cue_more, init=False)
        self.watch(self._side, "max_scroll_y", self._cue_more, init=False)
        self._minutes.show(self.game.content, self.game.transcript)
        self.refresh_panels()
        self._minutes.focus()
        if self._watch is not None:
            self._poll = self.set_interval(self.POLL_SECONDS, self._check_watch)
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
            legal = self._legal or set()
            return True if parameters and parameters[0] in legal else None
        if action == "debrief":
            return self.game.over
        return True

    def on_resize(self) -> None:
        if too_small(self.app.size):
            self._close_choice()  # shown by the code, it would stay over the too-small notice
        self.refresh_bindings()

    def action_help(self) -> None:
        self.chair_app.action_help()

    # ------------------------------------------------------------------ acting

    def action_verb(self, verb: str) -> None:
        """A verb's key: act at once, or ask what to act on."""
        if verb not in (self._legal or set()):
            return
        if verb == "adjourn":
            self.app.push_screen(
                ConfirmModal(
                    "Adjourn the session?",
                    "The session closes and the day is scored. This ends the game.",
                    "Adjourn",
                ),
                lambda yes: self.act(Action("adjourn")) if yes else None,
            )
            return
        if TARGETS.get(verb) is None:
            ending = foresight.closing_warning(self.game, verb)
            if ending is None:
                self.act(Action(verb))
                return
            self.app.push_screen(  # a recess that runs to the close ends the day: say so first
                ConfirmModal(f"{views.VERB_TITLES[verb]}?", ending, "Go ahead"),
                lambda yes: self.act(Action(verb)) if yes else None,
            )
            return
        choices = choosing.choices(self.game, verb)
        if not choices:
            self.notify(views.NOTHING_TO_CHOOSE[verb], markup=False)
            return
        self._choice.ask(
            verb, views.VERB_TITLES[verb], choosing.explanation(self.game, verb), choices
        )
        self.refresh_bindings()

    # ------------------------------------------------------------------ an open choice

    @property
    def choosing(self) -> bool:
        """A choice of target is open: the table's own keys and clicks wait until it closes."""
        return self._choice.open

    def action_choice_move(self, move: str) -> None:
        self._choice.move(move)

    def action_choice_pick(self, index: int | None = None) -> None:
        chosen = self._choice.pick(index)
        if chosen is not None:
            self.act(Action(*chosen))

    def action_choice_digit(self, digit: int) -> None:
        """A digit of a choice's number (the same all game): acts once the number is whole."""
        chosen = self._choice.type_digit(digit)
        if chosen is not None:
            self.act(Action(*chosen))

    def on_key(self, event: events.Key) -> None:
        """While a choice is open, a key that is not a digit ends the number being typed (the
        digits are priority bindings, so they never reach here)."""
        if self._choice.open:
            self._choice.forget_typed()

    def action_choice_cancel(self) -> None:
        self._close_choice()

    def on_choice_panel_chosen(self, message: ChoicePanel.Chosen) -> None:
        self.act(Action(message.verb, message.target))

    def on_click(self, event: events.Click) -> None:
        """A click on the table, outside an open choice, closes the choice and does nothing else."""
        panel = self._choice
        if panel.open and (event.widget is None or panel not in event.widget.ancestors_with_self):
            self._close_choice()

    def _close_choice(self) -> None:
        if self.choosing:
            self._choice.close()
            self.refresh_bindings()

    # ------------------------------------------------------------------ the action

    def act(self, action: Action) -> None:
        """Take one action: the only place the game changes."""
        self._close_choice()  # from the palette, a choice left open would be stale
        try:
            entries = self.game.act(action)
        except ActionError as exc:
            self.notify(exc.message, title="Not possible", severity="error", markup=False)
            return
        self.script = list(self.game.actions)
        self._minutes.extend(entries)
        self.refresh_panels()
        self._follow_up(action, entries)  # first: a dialog it opens need not wait for the save
        self.call_after_refresh(self._autosave)

    def action_undo(self) -> None:
        """Take back the last action (the engine says whether it may be), and save the game so."""
        try:
            action = self.game.undo()
        except CannotUndo as exc:
            self.notify(
                exc.message[:1].upper() + exc.message[1:] + ".",
                title="Undo",
                severity="warning",
                markup=False,
            )
            return
        self.script = list(self.game.actions)
        self._minutes.show(self.game.content, self.game.transcript)
        self.refresh_panels()
        self.app.clear_notifications()  # what popped up for the action is taken back with it
        self.notify(
            f"Taken back: the Chair {reports.describe(self.game.content, action)}.",
            title="Undo",
            markup=False,
        )
        self.call_after_refresh(self._autosave)

    def _announce(self, entries: Sequence[Entry]) -> None:
        """Events and walk-outs also pop up, in case the minutes scroll past them."""
        for entry in entries:
            if entry.kind == "event":
                self.notify(entry.text, title="Event", markup=False)
            elif entry.kind == "walkout":
                self.notify(entry.text, title="Walk-out", severity="error", markup=False)

    def _follow_up(self, action: Action, entries: list[Entry]) -> None:
        """Open what the action calls for, then the debrief if the session has closed.

        A dialog the action opens (the consultation, the roll-call) follows the frame that shows
        the action on the table: the key is answered in that frame, and the dialog, a screen to
        compose and draw over the dimmed table, comes three or four frames later instead of
        holding the first one back. The pop-ups for events and walk-outs wait until that dialog
        is closed (they covered it); without a dialog they follow the frame that shows the
        minutes, since a pop-up is a widget to mount and lay out.
        """
        modal: Screen[Any] | None = None
        if action.verb == "consensus":
            rolled = reports.roll_call(self.game, entries)
            modal = RollCallModal(rolled) if rolled else None
        elif action.verb == "consult" and action.target:
            modal = ConsultationModal(
                self.game.content, reports.dossier(self.game, action.target), entries
            )
        if modal is not None:
            self.call_after_refresh(self._open_follow_up, modal, entries)
        else:
            self.call_after_refresh(self._announce_then_debrief, entries)

    def _open_follow_up(self, modal: Screen[Any], entries: Sequence[Entry]) -> None:
        if self in self.app.screen_stack:  # not if a key in the meantime left the table
            self.app.push_screen(modal, lambda _: self._announce_then_debrief(entries))

    def _announce_then_debrief(self, entries: Sequence[Entry]) -> None:
        """Pop up events and walk-outs while the game goes on, and what the action made possible;
        once it is over the debrief comes instead, and nothing covers it (the minutes and the
        debrief say what happened)."""
        if self.game.over:
            self._maybe_debrief()
        else:
            self._announce(entries)
            for line in choosing.news(self.game):  # what the action made possible, and why
                self.notify(line, title="Now possible", markup=False)

    def _maybe_debrief(self) -> None:
        if self.game.over:
            self.action_debrief()

    def _autosave(self) -> None:
        """Once the action's frame is painted: the save, and the garbage of that frame."""
        self.chair_app.collector.after_frame()
        kept = self.autosaver.keep_unfinished(self.game)
        if kept:
            self.notify(kept, title="Autosave", timeout=15, markup=False)
        message = self.autosaver.save(self.game)
        if message:
            self.notify(message, title="Autosave", severity="error", timeout=12, markup=False)

    # ------------------------------------------------------------------ reading

    def action_source(self) -> None:
        entry = self._minutes.entry
        if entry is not None:
            self._show_source(entry)

    def on_transcript_source_wanted(self, message: Transcript.SourceWanted) -> None:
        if self.choosing:
            self._close_choice()  # the click only closes the choice
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
            self._close_choice()  # the click only closes the choice
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

    # ------------------------------------------------------------------ live reload

    def _check_watch(self) -> None:
        if self._watch is not None and self._watch.changed():
            self._edits += 1
            self._reload(self._watch.folder, self._edits)

    @work(thread=True, group="reload")
    def _reload(self, folder: Path, edit: int) -> None:
        """Check the edited scenario off the main thread; the result is applied on it."""
        report = check_scenario(folder)
        self.app.call_from_thread(self._reloaded, report, edit)

    def _reloaded(self, report: Report, edit: int) -> None:
        # A quicker check of a later edit may have finished first; and the table may be gone.
        if edit == self._edits and self.is_mounted:
            self.apply_reload(report)

    def apply_reload(self, report: Report) -> None:
        """Play on with the edited scenario if it is clean; otherwise show its errors."""
        problems = self._problems
        if report.content is None:
            problems.show(report.errors or report.diagnostics)
            self.notify(
                "The scenario has errors: see the list below the minutes.",
                title="Reload",
                severity="warning",
                markup=False,
            )
            return
        problems.show([])
        before = list(self.game.transcript)
        replayed = Game.replay_prefix(
            report.content, self.game.seed, self.script, ironman=self.game.ironman
        )
        self.game = replayed.game
        self.chair_app.last_game = self.game
        self.chair_app.library.put(report.content)
        self._minutes.show(self.game.content, self.game.transcript)
        self.refresh_panels()
        self.notify(
            reload_message(before, replayed, len(self.script)),
            title="Reloaded",
            severity="information" if replayed.stopped_at is None else "warning",
            timeout=10,
            markup=False,
        )

    def on_unmount(self) -> None:
        if self._poll is not None:
            self._poll.stop()
