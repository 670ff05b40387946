"""A game of plain text play: read a line, act through the engine, print what happened.

Standard input may be a terminal or a pipe; the end of input ends the game as `quit` does, with
the game saved. Saves are the app's: the same autosave slot after every action, the same named
slots, the same format, so either mode continues the other's game.
"""

from __future__ import annotations

import secrets
import shutil
import textwrap
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from scenario import Action, ActionError, CannotUndo, Game, ScenarioError
from scenario import Content as Scenario
from scenario.engine.transcript import Entry
from scenario.engine.verbs import DELEGATION, NAMES
from scenario.engine.verbs import verb as verb_of
from scenario.tools import saves

from .. import choosing, reports, saving
from ..library import Library
from . import text
from .commands import Command, as_id, parse


class PlainSession:
    """One game, played over a pair of text streams."""

    def __init__(
        self,
        game: Game,
        *,
        saves_folder: Path,
        stdin: TextIO,
        stdout: TextIO,
        width: int | None = None,
    ) -> None:
        self.game = game
        self.saves = saves_folder
        self.autosaver = saving.Autosaver(saves_folder)
        self.stdin = stdin
        self.stdout = stdout
        self.width = width  # wrap to this many columns; None: one line a paragraph
        self.echo = not _isatty(stdin)  # piped input is echoed, so the output reads as a dialogue
        self.choosing: str | None = None  # a verb whose targets were just listed
        self.choices: list[choosing.Choice] = []
        self.confirming = False  # "adjourn" chosen by number: asked to confirm
        self.last_time: int | None = None

    # ------------------------------------------------------------------ output

    def say(self, lines: Iterable[str] | str) -> None:
        """Print paragraphs, each cleaned of control characters, wrapped on a terminal."""
        for line in [lines] if isinstance(lines, str) else lines:
            line = text.clean(line)
            if self.width and len(line) > self.width:
                line = "\n".join(
                    textwrap.wrap(line, self.width, subsequent_indent="  ", break_on_hyphens=False)
                )
            self.stdout.write(line + "\n")
        self.stdout.flush()

    def gap(self) -> None:
        self.stdout.write("\n")

    def show_minutes(self, entries: Iterable[Entry]) -> None:
        entries = list(entries)
        self.say(text.minutes(self.game.content, entries, self.last_time))
        if entries:
            self.last_time = entries[-1].time

    # ------------------------------------------------------------------ the loop

    def run(self, *, intro: bool = True) -> int:
        """Play until `quit`, the end of input, or the player leaves after the debrief."""
        if intro:
            self.say(text.briefing(self.game.content))
            self.gap()
        self.say("The minutes.")
        self.show_minutes(self.game.transcript)
        if self.game.over:
            self.gap()
            self.debrief()
        self.gap()
        self.prompt_list()
        while True:
            try:
                line = self.read()
            except KeyboardInterrupt:  # Ctrl+C at the prompt: leave as quit does
                self.stdout.write("\n")
                self.leave("Interrupted.")
                return 130
            if line is None:
                self.leave("End of input.")
                return 0
            if not self.handle(parse(line)):
                return 0

    def read(self) -> str | None:
        self.stdout.write("> ")
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            self.stdout.write("\n")
            return None
        if self.echo:
            self.stdout.write(text.clean(line.rstrip("\n")) + "\n")
        return line

    def prompt_list(self, *, full: bool = True) -> None:
        """What can be typed now: the targets being chosen, the verbs, or the game is over."""
        if self.game.over:
            self.say(self.when_over())
        elif self.choosing is not None:
            self.say(text.target_menu(self.game, self.choosing, self.choices))
        else:
            self.say(text.verb_menu(self.game, full=full))

    def handle(self, command: Command) -> bool:
        """Do what the line says; False ends the session."""
        kind = command.kind
        confirming, self.confirming = self.confirming, False
        if confirming and kind in ("yes", "no"):
            if kind == "yes":
                self.act(Action("adjourn"))
            else:
                self.say("The session stays open.")
                self.prompt_list()
            return True
        if kind == "quit":
            self.leave()
            return False
        if kind == "empty" or kind == "list":
            self.prompt_list()
        elif kind == "help":
            self.say(text.help_text())
        elif kind == "status":
            self.say(text.status(self.game))
        elif kind == "source":
            self.source()
        elif kind == "save":
            self.save(command.text)
        elif kind == "briefing":
            self.say(text.briefing(self.game.content))
        elif kind == "minutes":
            self.last_time = None
            self.show_minutes(self.game.transcript)
        elif kind == "dossier":
            self.dossier(command.text)
        elif kind == "undo":
            self.undo()
        elif kind == "back":
            self.choosing = None
            self.prompt_list()
        elif kind == "number":
            self.pick(command.number or 0)
        elif kind == "choose":
            self.choose(command.verb or "", command.number)
        elif kind == "act":
            self.act_words(command.verb or "", command.target)
        elif kind == "next":
            self.next_day()
        elif kind in ("yes", "no"):
            self.say("There is no question to answer. Type a number, or help.")
        else:
            self.say(f"Not understood: {command.text}. Type help for what you can type.")
        return True

    # ------------------------------------------------------------------ choosing and acting

    def pick(self, n: int) -> None:
        """A number: a target from the list being chosen, else a verb (1 floor ... 8 adjourn)."""
        if self.choosing is not None:
            if n == 0:
                self.choosing = None
                self.prompt_list()
            elif 1 <= n <= len(self.choices):
                self.act(Action(self.choosing, self.choices[n - 1].id))
            else:
                self.say(
                    f"There is no choice {n}: choose 1 to {len(self.choices)}, or 0 to go back."
                )
            return
        if not 1 <= n <= len(NAMES):
            self.say(f"There is no verb {n}: choose 1 to {len(NAMES)}.")
            return
        verb = NAMES[n - 1]
        if verb == "adjourn" and not self.game.over and self._legal(verb):
            self.confirming = True
            self.say("Adjourn the session? The day is scored and the game ends. Type yes or no.")
            return
        self.choose(verb, None)

    def choose(self, verb: str, n: int | None) -> None:
        """A verb without its target: list the targets (or act, for a verb that takes none)."""
        if self.game.over:
            self.say("The session is closed; nothing more can be done at the table.")
            return
        if verb_of(verb).target is None:
            self.act(Action(verb))
            return
        if not self._legal(verb):
            self.say(choosing.nothing(self.game, verb))
            return
        self.choosing, self.choices = verb, choosing.choices(self.game, verb)
        if n is not None:
            self.pick(n)
        else:
            self.prompt_list()

    def _legal(self, verb: str) -> bool:
        return any(a.verb == verb for a in self.game.legal_actions())

    def act_words(self, verb: str, target: str | None) -> None:
        """An action typed in words; the target may be an id, its start, or a name."""
        if target is not None:
            found = self.resolve(verb, target)
            if found is None:
                return
            target = found
        self.act(Action(verb, target))

    def resolve(self, verb: str, typed: str) -> str | None:
        """The id the player meant, or None after saying why none or several fit."""
        content = self.game.content
        kind = verb_of(verb).target
        assert kind is not None, verb  # only verbs that take a target are resolved
        named = [
            (item.id, (item.name, item.short) if kind is DELEGATION else (item.title,))
            for item in kind.items(content)
        ]
        ids = [i for i, _ in named]
        if typed in ids:
            return typed
        fits = [i for i, names in named if any(as_id(n.split()) == typed for n in names)]
        fits = fits or [i for i in ids if i.startswith(typed)]
        if len(fits) == 1:
            return fits[0]
        if fits:
            self.say(f"'{typed}' could be {', '.join(fits)}: type one of them.")
        else:
            self.say(
                f"There is no {kind.name} '{typed}'. The {kind.name} ids are: {', '.join(ids)}."
            )
        return None

    def act(self, action: Action) -> None:
        """Take one action through the engine, print what happened, autosave."""
        self.choosing = None
        try:
            entries = self.game.act(action)
        except ActionError as exc:
            self.say(f"Not possible: {text.sentence(exc.message)}")
            self.prompt_list()
            return
        self.gap()
        self.show_minutes(entries)
        if action.verb == "consult" and action.target and not self.game.over:
            view = reports.dossier(self.game, action.target)
            self.say(text.sounding(view.delegation.name, view.sounding))
        self.autosave()
        if self.game.over:
            self.gap()
            self.debrief()
        self.gap()
        self.prompt_list(full=False)

    def undo(self) -> None:
        """Take back the last action, as the engine allows (not what revealed something)."""
        self.choosing = None
        try:
            action = self.game.undo()
        except CannotUndo as exc:
            self.say(f"Not possible: {text.sentence(exc.message)}")
            self.prompt_list(full=False)
            return
        self.say(
            f"Taken back: the Chair {reports.describe(self.game.content, action)}. "
            f"It is {text.clock(self.game.clock)} again, round {self.game.round}."
        )
        self.autosave()
        self.gap()
        self.prompt_list(full=False)

    # ------------------------------------------------------------------ what a week changes

    def when_over(self) -> str:
        """What can be typed once the game is over."""
        return "The game is over. Type minutes, source, save NAME, or quit."

    def debrief(self) -> None:
        self.say(text.debrief(self.game))

    def next_day(self) -> None:
        self.say("There is no next day: this game is one day. Type help for what you can type.")

    def autosave(self) -> None:
        """Save after an action; say so the first time it fails."""
        message = self.autosaver.save(self.game)
        if message:
            self.say(message.replace("Ctrl+S", "save NAME"))

    def autosave_path(self) -> Path:
        return saves.autosave_path(self.saves, self.game.content.id)

    def default_save_name(self) -> str:
        return f"{self.game.content.id} {self.game.clock.replace(':', '.')}"

    def save_as(self, name: str) -> Path:
        """Save under `name` (checked already); `ScenarioError` or `OSError` if it fails."""
        return saving.save_named(self.game, self.saves, name)

    def played(self) -> bool:
        """Whether anything was played (else leaving saves nothing)."""
        return bool(self.game.actions)

    def finished(self) -> bool:
        return self.game.over

    # ------------------------------------------------------------------ reading and saving

    def source(self) -> None:
        entry = next((e for e in reversed(self.game.transcript) if e.source), None)
        if entry is None:
            self.say("No line of the minutes has a German original yet.")
        else:
            self.say(text.german(self.game.content, entry))

    def dossier(self, typed: str | None) -> None:
        if not typed:
            ids = ", ".join(d.id for d in self.game.content.delegations)
            self.say(f"Whose dossier? Type dossier and one of: {ids}.")
            return
        found = self.resolve("consult", as_id(typed.split()))
        if found is not None:
            self.say(text.dossier(reports.dossier(self.game, found)))

    def save(self, name: str | None) -> None:
        name = name or self.default_save_name()
        refused = saving.check_name(self.saves, name)
        if refused:
            self.say(f"Not saved: {refused}.")
            return
        try:
            path = self.save_as(name)
        except (ScenarioError, OSError) as exc:
            self.say(f"Not saved: {saving.problem(exc)}.")
            return
        self.say(f"Saved as '{name.strip()}' in {path}.")

    def leave(self, why: str = "") -> None:
        """Say where the game is kept, so the player can come back to it."""
        if self.played():
            self.autosave()
            where = self.autosave_path()
            how = f"chair play --plain --load '{where}'" if not self.finished() else ""
            kept = f"The game is saved in {where}."
            self.say(" ".join(x for x in (why, kept, f"To continue: {how}." if how else "") if x))
        else:
            self.say(" ".join(x for x in (why, "Nothing was played, so nothing was saved.") if x))
        self.say("Goodbye.")


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def plain_width(stdout: TextIO) -> int | None:
    """The columns to wrap to (None: a pipe, one line a paragraph); a terminal that cannot show
    a curly quote gets '?', not a crash."""
    reconfigure = getattr(stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")
    if _isatty(stdout):
        return max(40, min(100, shutil.get_terminal_size().columns - 1))
    return None


def run_plain(
    content: Scenario,
    *,
    seed: int | None = None,
    load: Path | None = None,
    saves_folder: Path,
    stdin: TextIO,
    stdout: TextIO,
) -> int:
    """`chair play --plain`: a new game of `content`, or the save `load` continued."""
    width = plain_width(stdout)
    if load is not None:
        restored = saving.restore(load, Library(content))
        game = restored.game
        session = PlainSession(
            game, saves_folder=saves_folder, stdin=stdin, stdout=stdout, width=width
        )
        session.say(
            f"Continuing a game of {game.content.title} (seed {game.seed}) at {text.clock(game.clock)}."
        )
        if restored.note:
            session.say(restored.note)
        return session.run(intro=False)
    game = Game(content, seed if seed is not None else secrets.randbelow(2**31))
    session = PlainSession(game, saves_folder=saves_folder, stdin=stdin, stdout=stdout, width=width)
    session.say(f"The Chair, in plain text. A new game, seed {game.seed}. Type help at any time.")
    if _unfinished(saves.autosave_path(saves_folder, content.id)):
        where = saves.autosave_path(saves_folder, content.id)
        session.say(
            f"An unfinished game of this scenario is saved in {where}; this game replaces it "
            f"after your first action. To continue that one instead: "
            f"chair play --plain --load '{where}'."
        )
    session.gap()
    return session.run()


def _unfinished(path: Path) -> bool:
    """Whether an autosave holds a game that has not ended (a new game would replace it)."""
    try:
        return path.is_file() and saves.read_save(path).summary.ending is None
    except (ScenarioError, OSError):
        return False
