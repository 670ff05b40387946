"""Acting at the table: a verb's key, the choice of its target, the action, what follows it.

`ActionController.act` is the one place the game changes in the app. After an action the table
is redrawn first; the dialog the action calls for (the consultation, the roll-call), the pop-ups
for events and walk-outs, the debrief when the session closes and the autosave all come after
that frame, so the key is answered in the first one. The screen keeps the layout and the
navigation; this keeps the order of what an action sets off, which is the part worth testing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from textual.screen import Screen

from scenario import Action, ActionError, CannotUndo
from scenario.engine.transcript import Entry
from scenario.engine.verbs import verb as verb_of

from .. import choosing, foresight, reports, saving
from ..keys import key_of
from .confirm import ConfirmModal
from .consultation import ConsultationModal
from .rollcall import RollCallModal

if TYPE_CHECKING:
    from .table import TableScreen


class ActionController:
    """Takes the table's actions; the table holds the game and the widgets it redraws."""

    def __init__(self, table: TableScreen) -> None:
        self.table = table
        self.autosaver = saving.Autosaver(table.saves)

    # ------------------------------------------------------------------ choosing what to do

    def verb(self, verb: str) -> None:
        """A verb's key: act at once, ask to confirm, or open the choice of a target."""
        table = self.table
        if verb not in table.legal_verbs:
            return
        if verb == "adjourn":
            table.app.push_screen(
                ConfirmModal(
                    "Adjourn the session?",
                    "The session closes and the day is scored. This ends the game.",
                    "Adjourn",
                ),
                lambda yes: self.act(Action("adjourn")) if yes else None,
            )
            return
        if verb_of(verb).target is None:
            ending = foresight.closing_warning(table.game, verb)
            if ending is None:
                self.act(Action(verb))
                return
            table.app.push_screen(  # a recess that runs to the close ends the day: say so first
                ConfirmModal(f"{key_of(verb).title}?", ending, "Go ahead"),
                lambda yes: self.act(Action(verb)) if yes else None,
            )
            return
        options = choosing.choices(table.game, verb)
        if not options:
            table.notify(choosing.nothing(table.game, verb), markup=False)
            return
        # The notices still up ("Now possible", an event) cover half the list at 80×24; what they
        # said is in the minutes, and a choice that is new says so in the list itself.
        table.app.clear_notifications()
        table.choice.ask(verb, key_of(verb).title, choosing.explanation(table.game, verb), options)
        table.refresh_bindings()

    def pick(self, index: int | None = None) -> None:
        """The highlighted target of the open choice (or the `index`th)."""
        chosen = self.table.choice.pick(index)
        if chosen is not None:
            self.act(Action(*chosen))

    def digit(self, digit: int) -> None:
        """A digit of a choice's number (the same all game): acts once the number is whole."""
        chosen = self.table.choice.type_digit(digit)
        if chosen is not None:
            self.act(Action(*chosen))

    # ------------------------------------------------------------------ the action

    def act(self, action: Action) -> None:
        """Take one action: the only place the game changes."""
        table = self.table
        table.close_choice()  # from the palette, a choice left open would be stale
        try:
            entries = table.game.act(action)
        except ActionError as exc:
            table.notify(exc.message, title="Not possible", severity="error", markup=False)
            return
        table.script = list(table.game.actions)
        table.minutes.extend(entries)
        table.refresh_panels()
        self._follow_up(action, entries)  # first: a dialog it opens need not wait for the save
        table.call_after_refresh(self.autosave)

    def undo(self) -> None:
        """Take back the last action (the engine says whether it may be), and save the game so."""
        table = self.table
        try:
            action = table.game.undo()
        except CannotUndo as exc:
            table.notify(
                exc.message[:1].upper() + exc.message[1:] + ".",
                title="Undo",
                severity="warning",
                markup=False,
            )
            return
        table.script = list(table.game.actions)
        table.minutes.show(table.game.content, table.game.transcript)
        table.refresh_panels()
        table.app.clear_notifications()  # what popped up for the action is taken back with it
        table.notify(
            f"Taken back: the Chair {reports.describe(table.game.content, action)}.",
            title="Undo",
            markup=False,
        )
        table.call_after_refresh(self.autosave)

    def autosave(self) -> None:
        """Once the action's frame is painted: the save, and the garbage of that frame."""
        table = self.table
        table.chair_app.collector.after_frame()
        kept = self.autosaver.keep_unfinished(table.game)
        if kept:
            table.notify(kept, title="Autosave", timeout=15, markup=False)
        message = self.autosaver.save(table.game)
        if message:
            table.notify(message, title="Autosave", severity="error", timeout=12, markup=False)

    # ------------------------------------------------------------------ what follows

    def _follow_up(self, action: Action, entries: list[Entry]) -> None:
        """Open what the action calls for, then the debrief if the session has closed.

        A dialog the action opens (the consultation, the roll-call) follows the frame that shows
        the action on the table: the key is answered in that frame, and the dialog, a screen to
        compose and draw over the dimmed table, comes three or four frames later instead of
        holding the first one back. The pop-ups for events and walk-outs wait until that dialog
        is closed (they covered it); without a dialog they follow the frame that shows the
        minutes, since a pop-up is a widget to mount and lay out.
        """
        game = self.table.game
        modal: Screen[Any] | None = None
        if action.verb == "consensus":
            rolled = reports.roll_call(game, entries)
            modal = RollCallModal(rolled) if rolled else None
        elif action.verb == "consult" and action.target:
            modal = ConsultationModal(game.content, reports.dossier(game, action.target), entries)
        if modal is not None:
            self.table.call_after_refresh(self._open_follow_up, modal, entries)
        else:
            self.table.call_after_refresh(self._announce_then_debrief, entries)

    def _open_follow_up(self, modal: Screen[Any], entries: Sequence[Entry]) -> None:
        table = self.table
        if table in table.app.screen_stack:  # not if a key in the meantime left the table
            table.app.push_screen(modal, lambda _: self._announce_then_debrief(entries))

    def _announce_then_debrief(self, entries: Sequence[Entry]) -> None:
        """Pop up events and walk-outs while the game goes on, and what the action made possible;
        once it is over the debrief comes instead, and nothing covers it (the minutes and the
        debrief say what happened)."""
        table = self.table
        if table.game.over:
            table.action_debrief()
            return
        for entry in entries:  # in case the minutes scroll past them
            if entry.kind == "event":
                table.notify(entry.text, title="Event", markup=False)
            elif entry.kind == "walkout":
                table.notify(entry.text, title="Walk-out", severity="error", markup=False)
        for line in choosing.news(table.game):  # what the action made possible, and why
            table.notify(line, title="Now possible", markup=False)
