"""What the screens show, read from a game: plain data, no Textual.

Widgets draw these views and never see the game, so they cannot change it; the screen that holds
the game builds the views after each action. Keeping the reading here, away from drawing, also
makes it testable without starting an app.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from scenario import Action, Game
from scenario.engine.actions import TARGETS
from scenario.engine.content import Content, Meter
from scenario.engine.transcript import Entry, hhmm

VERB_TITLES = {
    "floor": "Give the floor",
    "consult": "Consult in private",
    "propose": "Table a measure",
    "consensus": "Call for consensus",
    "frame": "Frame the talks",
    "statement": "Make a statement",
    "recess": "Call a recess",
    "adjourn": "Adjourn the session",
}
"""How each verb reads as a command (palette, modals, help)."""

VERB_EXPLAINED = {
    "floor": "It states its position: its engagement rises, and a hard line can raise tension.",
    "consult": "A private meeting: it builds trust and, the first time, reveals the delegation's "
    "room to move, its red lines and how it would answer each measure.",
    "propose": "Puts a measure on the table. A delegation whose red line it crosses protests, "
    "and loses patience and trust.",
    "consensus": "Each delegation supports, acquiesces or blocks; one block and the measure fails.",
    "frame": "Sets how the talks are framed: what weighs most for whom from now on.",
    "statement": "The chair speaks without needing consensus: it can reassure, and can cost "
    "neutrality. Each statement once.",
}
"""What choosing a target for each verb will do, said before the choice."""

NOTHING_TO_CHOOSE = {
    "floor": "No delegation is at the table to give the floor to.",
    "consult": "There is no delegation to consult.",
    "propose": "No measure can be tabled now: each is tabled, adopted, or not yet possible.",
    "consensus": "No measure is on the table: table one first (p).",
    "frame": "No other framing is possible now.",
    "statement": "No statement is left to make now.",
}


# --------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class HeaderView:
    title: str
    date: str
    clock: str
    closes: str
    round: int
    over: bool


@dataclass(frozen=True)
class DelegationView:
    id: str
    index: int  # order in the scenario, for its colour
    name: str
    short: str
    head: str | None
    trust: int
    patience: int
    present: bool
    consulted: bool
    heard: int


@dataclass(frozen=True)
class MeterView:
    id: str
    label: str
    value: int
    low: int
    high: int
    unit: str | None
    good: str  # "low" or "high"
    history: tuple[int, ...]
    is_tension: bool

    @property
    def change(self) -> int:
        """How much the last action moved it."""
        return self.history[-1] - self.history[-2] if len(self.history) > 1 else 0

    @property
    def improved(self) -> bool | None:
        """Whether the last change was for the better (None: it did not move)."""
        if not self.change:
            return None
        return (self.change < 0) == (self.good == "low")


@dataclass(frozen=True)
class MeasureLine:
    id: str
    title: str
    failed: int  # calls for consensus that failed


@dataclass(frozen=True)
class IssueLine:
    id: str
    title: str
    low: str
    high: str
    status: int  # the status quo, 0..100


@dataclass(frozen=True)
class AgendaView:
    framing: str | None
    tabled: tuple[MeasureLine, ...]
    adopted: tuple[MeasureLine, ...]
    issues: tuple[IssueLine, ...]


@dataclass(frozen=True)
class ScoreView:
    total: int
    grade: str
    label: str


def tension_meter(content: Content) -> Meter | None:
    """The meter the model reads as tension, if the scenario names one."""
    slot = content.numbers.tension_slot
    for meter in content.meters.values():
        if meter.slot == slot:
            return meter
    return None


def header(game: Game) -> HeaderView:
    content = game.content
    return HeaderView(
        content.title, content.date, game.clock, hhmm(content.end), game.round, game.over
    )


def delegations(game: Game) -> list[DelegationView]:
    return [
        DelegationView(
            d.id,
            d.index,
            d.name,
            d.short,
            d.head,
            int(game.read(f"trust.{d.id}")),
            int(game.read(f"patience.{d.id}")),
            bool(game.read(f"present.{d.id}")),
            game.revealed(d.id),
            int(game.read(f"heard.{d.id}")),
        )
        for d in game.content.delegations
    ]


def meters(game: Game) -> list[MeterView]:
    """Every meter with its history, tension first (it is the one the chair watches most)."""
    tension = tension_meter(game.content)
    views = [
        MeterView(
            m.id,
            m.label,
            int(game.read(m.id)),
            m.min,
            m.max,
            m.unit,
            m.good,
            tuple(int(v) for v in game.series(m.id)),
            m is tension,
        )
        for m in game.content.meters.values()
    ]
    return sorted(views, key=lambda v: not v.is_tension)


def agenda(game: Game) -> AgendaView:
    content = game.content
    framing = next((f.title for f in content.framings if game.read(f"framing.{f.id}")), None)
    tabled, adopted = [], []
    for m in content.measures:
        line = MeasureLine(m.id, m.title, int(game.read(f"failed.{m.id}")))
        if game.read(f"adopted.{m.id}"):
            adopted.append(line)
        elif game.read(f"tabled.{m.id}"):
            tabled.append(line)
    issues = tuple(
        IssueLine(i.id, i.title, i.low, i.high, int(game.read(f"status.{i.id}")))
        for i in content.issues.values()
    )
    return AgendaView(framing, tuple(tabled), tuple(adopted), issues)


def score(game: Game) -> ScoreView:
    """The score as it stands (final once the game is over)."""
    result = game.outcome
    card = result.score if result else game.score()
    return ScoreView(card.total, card.grade, card.label)


# --------------------------------------------------------------------------- choosing


@dataclass(frozen=True)
class Choice:
    """One legal target of a verb, with a line on what choosing it does."""

    id: str
    title: str
    detail: str
    warning: str | None = None  # what the chair already knows will go wrong


def explanation(game: Game, verb: str) -> str:
    """What the verb does, and what it costs on the clock (consensus: each measure its own)."""
    text = VERB_EXPLAINED.get(verb, "")
    minutes = game.content.numbers.minutes.get(verb)
    if minutes and verb != "consensus":
        text += f" Takes {minutes} minutes."
    return text


def targets(game: Game, verb: str) -> list[str]:
    """The ids the verb may be used on now, in the scenario's order."""
    return [a.target for a in game.legal_actions() if a.verb == verb and a.target is not None]


def choices(game: Game, verb: str) -> list[Choice]:
    """What the chair may choose for a verb now, each with what it would do."""
    kind = TARGETS.get(verb)
    build = {
        "delegation": _delegation_choice,
        "measure": _measure_choice,
        "framing": _framing_choice,
        "statement": _statement_choice,
    }.get(kind or "")
    if build is None:
        return []
    return [build(game, verb, target) for target in targets(game, verb)]


def _delegation_choice(game: Game, verb: str, target: str) -> Choice:
    d = game.content.delegation(target)
    title = f"{d.name} ({d.head})" if d.head else d.name
    present = bool(game.read(f"present.{d.id}"))
    mood = f"Trust {game.read(f'trust.{d.id}')}, patience {game.read(f'patience.{d.id}')}"
    if verb == "floor":
        heard = int(game.read(f"heard.{d.id}"))
        said = "has not spoken yet" if not heard else f"has spoken {_times(heard)}"
        return Choice(d.id, title, f"It states its position; {said}. {mood}.")
    if not present:
        back = game.content.numbers.return_trust
        detail = (
            f"Walked out. Going after it brings it back if its trust is at least {back} "
            f"(now {game.read(f'trust.{d.id}')})."
        )
        return Choice(d.id, title, detail)
    if game.revealed(d.id):
        return Choice(d.id, title, f"Consulted before: builds a little more trust. {mood}.")
    return Choice(
        d.id, title, f"Not yet consulted: you will learn its room to move and red lines. {mood}."
    )


def _measure_choice(game: Game, verb: str, target: str) -> Choice:
    content = game.content
    m = content.measure(target)
    lands = "; ".join(
        f"{content.issues[i].title} to {point} (now {game.read(f'status.{i}')})"
        for i, point in landing(game, target).items()
    )
    detail = f"{m.summary} Moves {lands}." if lands else m.summary
    if verb == "propose":
        return Choice(m.id, m.title, detail, _red_lines_known(game, target))
    failed = int(game.read(f"failed.{m.id}"))
    if failed:
        detail += f" Failed {_times(failed)} already."
    return Choice(m.id, m.title, detail, _expected(game, target))


def landing(game: Game, measure_id: str) -> dict[str, int]:
    """Where the measure would put each issue it touches if adopted now (a step moves with the
    status quo, so this is read from the current state, not from the scenario alone)."""
    return dict(game.content.measure(measure_id).points(game.states[-1]))


def _red_lines_known(game: Game, measure_id: str) -> str | None:
    """Which consulted delegations' red lines the measure would cross (the chair knows these)."""
    # the red lines this game drew (a range or a choice in the scenario), not the declared ones
    crossing = set(game.crossed_by(measure_id))
    crossed = [
        d.short for d in game.content.delegations if d.id in crossing and game.revealed(d.id)
    ]
    return f"Crosses the red line of {_names(crossed)}." if crossed else None


def _expected(game: Game, measure_id: str) -> str | None:
    """How the consulted delegations would answer now, from what the chair has learnt."""
    heard = []
    for d in game.content.delegations:
        if game.revealed(d.id) and game.read(f"present.{d.id}"):
            for measure, answer, _reason in game.sounding(d.id):
                if measure.id == measure_id:
                    heard.append(f"{d.short} {answer}")
    return "Sounded out: " + ", ".join(heard) + "." if heard else None


def _framing_choice(game: Game, verb: str, target: str) -> Choice:
    f = game.content.framing(target)
    return Choice(f.id, f.title, f.summary)


def _statement_choice(game: Game, verb: str, target: str) -> Choice:
    s = game.content.statement(target)
    return Choice(s.id, s.title, s.summary)


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


def _names(names: Sequence[str]) -> str:
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# --------------------------------------------------------------------------- after an action


@dataclass(frozen=True)
class AnswerLine:
    delegation: str
    index: int
    name: str
    answer: str | None  # None: not at the table
    reason: str


@dataclass(frozen=True)
class RollCallView:
    measure: str
    time: str
    answers: tuple[AnswerLine, ...]
    adopted: bool
    result: str


def roll_call(game: Game, entries: Sequence[Entry]) -> RollCallView | None:
    """The roll-call in a consensus step: each delegation's answer and reason, and the result."""
    result = next((e for e in entries if e.kind == "result"), None)
    if result is None or result.ref is None:
        return None
    content = game.content
    said = {e.speaker: e for e in entries if e.kind == "answer"}
    answers = []
    for d in content.delegations:
        entry = said.get(d.id)
        if entry is None:
            answers.append(AnswerLine(d.id, d.index, d.name, None, "not at the table"))
        else:
            answers.append(AnswerLine(d.id, d.index, d.name, entry.answer, entry.text))
    adopted = not any(a.answer == "blocks" for a in answers)
    return RollCallView(
        content.measure(result.ref).title, hhmm(result.time), tuple(answers), adopted, result.text
    )


@dataclass(frozen=True)
class SoundingLine:
    measure: str
    state: str  # "tabled", "open" (may be tabled), "adopted"
    answer: str
    reason: str


@dataclass(frozen=True)
class DossierView:
    """What the chair knows of a delegation: public summary, and what it learnt in private."""

    delegation: DelegationView
    role: str | None
    summary: str
    source: str | None
    positions: tuple[tuple[str, str], ...]  # (issue title, public position in words)
    findings: str | None
    sounding: tuple[SoundingLine, ...]


def dossier(game: Game, delegation_id: str) -> DossierView:
    content = game.content
    d = game.delegation(delegation_id)  # with the public position this game drew
    view = next(v for v in delegations(game) if v.id == delegation_id)
    positions = tuple(
        (content.issues[i].title, _position_words(content, i, p.position))
        for i, p in d.positions.items()
    )
    revealed = game.revealed(d.id)
    sounding: tuple[SoundingLine, ...] = ()
    if revealed:
        sounding = tuple(
            SoundingLine(m.title, _measure_state(game, m.id), answer, reason)
            for m, answer, reason in game.sounding(d.id)
            if _measure_state(game, m.id) != "adopted"
        )
    return DossierView(
        view,
        d.role,
        d.summary,
        d.source,
        positions,
        game.findings(d.id) if revealed else None,
        sounding,
    )


def _measure_state(game: Game, measure_id: str) -> str:
    if game.read(f"adopted.{measure_id}"):
        return "adopted"
    return "tabled" if game.read(f"tabled.{measure_id}") else "open"


def _position_words(content: Content, issue_id: str, position: int) -> str:
    """A public position on the issue's 0..100 scale, said in the issue's own words."""
    issue = content.issues[issue_id]
    if position <= 20:
        return f"{issue.low} ({position})"
    if position >= 80:
        return f"{issue.high} ({position})"
    if position == 50:
        return f"halfway between the two ({position})"
    leaning = issue.low if position < 50 else issue.high
    return f"leaning to: {leaning} ({position})"


# --------------------------------------------------------------------------- the debrief


@dataclass(frozen=True)
class Turn:
    clock: str
    what: str
    delta: int


def describe(content: Content, action: Action) -> str:
    """An action as the chair did it, in words ('tabled Better access for the monitors')."""
    target = action.target
    if action.verb == "floor" and target:
        return f"gave the floor to {content.delegation(target).name}"
    if action.verb == "consult" and target:
        return f"consulted {content.delegation(target).name} in private"
    if action.verb == "propose" and target:
        return f"tabled {content.measure(target).title}"
    if action.verb == "consensus" and target:
        return f"called for consensus on {content.measure(target).title}"
    if action.verb == "frame" and target:
        return f"framed the talks as {content.framing(target).title}"
    if action.verb == "statement" and target:
        return f"made a statement: {content.statement(target).title}"
    if action.verb == "recess":
        return "called a recess"
    return "adjourned the session"


def turning_points(game: Game, count: int = 3) -> list[Turn]:
    """The actions that moved the score most, in the order they were taken."""
    points = sorted(game.turning_points(count), key=lambda p: p.index)
    return [Turn(p.clock, describe(game.content, p.action), p.delta) for p in points]
