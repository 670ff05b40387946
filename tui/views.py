"""What the screens show, read from a game: plain data, no Textual.

Widgets draw these views and never see the game, so they cannot change it; the screen that holds
the game builds the views after each action. Keeping the reading here, away from drawing, also
makes it testable without starting an app.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from scenario import Action, Game
from scenario.engine.actions import TARGETS
from scenario.engine.content import Content, Delegation, Meter
from scenario.engine.game import legal_actions, step
from scenario.engine.layout import CLOCK, PRESENT
from scenario.engine.phrasing import definite, red_line_of, titled
from scenario.engine.transcript import Entry, hhmm

from .requirements import because

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
    "consensus": "Each delegation supports, acquiesces or blocks; one block and the measure "
    "fails, and each delegation that blocks loses patience.",
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
    risk: Risk | None = None  # what the chair can see coming: a walk-out, a red line
    trust_change: int = 0  # since the chair's last action
    patience_change: int = 0


@dataclass(frozen=True)
class Risk:
    """Why a delegation may walk out or block soon, from what the chair is entitled to know:
    the patience every card shows, the costs the rules publish, and what it learnt in private."""

    short: str  # a few words, for the card
    why: str  # a sentence, for the dossier and the previews


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
    change: int = 0  # since the chair's last action


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
    change: int = 0  # since the chair's last action


def figure(amount: int) -> str:
    """A number as every screen writes it: 70,000, never 70000."""
    return f"{amount:,}"


def change(amount: int) -> str:
    """A change as every screen writes it: '▲3', '▼30,000', or '' when nothing moved."""
    if not amount:
        return ""
    return f"{'▲' if amount > 0 else '▼'}{figure(abs(amount))}"


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
    at_risk = risks(game)
    views = []
    for d in game.content.delegations:
        now, then = game.standing(d.id), game.standing(d.id, game.before)
        views.append(
            DelegationView(
                d.id,
                d.index,
                d.name,
                d.short,
                d.head,
                now.trust,
                now.patience,
                now.present,
                now.consulted > 0,
                now.heard,
                at_risk.get(d.id),
                now.trust - then.trust,
                now.patience - then.patience,
            )
        )
    return views


# --------------------------------------------------------------------------- what is coming


def drain(game: Game, minutes: int) -> int:
    """The patience every delegation at the table loses while `minutes` pass (as the engine
    rounds it)."""
    return (minutes * game.content.numbers.patience_per_hour + 30) // 60


def minutes_of(game: Game, verb: str, target: str | None = None) -> int:
    """How long an action takes: a call for consensus as long as its measure says."""
    if verb == "consensus" and target:
        return game.content.measure(target).minutes
    return game.content.numbers.minutes.get(verb, 0)


def closes_session(game: Game, verb: str, target: str | None = None) -> bool:
    """Whether the action runs to the close of the session, and so ends the day."""
    if verb == "adjourn":
        return True
    return game.state[CLOCK] + minutes_of(game, verb, target) >= game.content.end


def closing_warning(game: Game, verb: str, target: str | None = None) -> str | None:
    """'Takes 30 minutes: ...' when the action would end the day, before the chair takes it."""
    if verb == "adjourn" or not closes_session(game, verb, target):
        return None
    return (
        f"Takes {minutes_of(game, verb, target)} minutes: the session closes at "
        f"{hhmm(game.content.end)}, so this ends the day and it is scored."
    )


def risks(game: Game) -> dict[str, Risk]:
    """The delegations at the table that may walk out or block soon, and why.

    Only what the chair is entitled to know goes in: patience is on every card and the costs of
    a block and of a red line are the rules'; a red line counts once a consultation has
    revealed it or the delegation protested it in public, and a walk-out's end of the day is
    the scenario's endings tested without the delegation.
    """
    n = game.content.numbers
    hour = drain(game, 60)
    out: dict[str, Risk] = {}
    for d in game.content.delegations:
        standing = game.standing(d.id)
        if not standing.present:
            continue
        patience = standing.patience
        if patience <= hour:
            out[d.id] = Risk(
                "walks out soon",
                f"{d.short}'s patience is {patience}: it loses about {hour} an hour at the "
                "table and walks out at 0. The floor, a consultation or a recess restores some."
                + _ends_day(game, [d.id], maybe=True),
            )
            continue
        if patience <= max(n.patience_blocked, n.patience_red_line) + hour:
            costs = [f"a block costs it {n.patience_blocked}"]
            if n.patience_red_line:
                costs.append(f"a red line crossed {n.patience_red_line}")
            out[d.id] = Risk(
                "patience low",
                f"{d.short}'s patience is {patience}: {_names(costs)}, and at 0 it walks out."
                + _ends_day(game, [d.id], maybe=True),
            )
            continue
        crossing = _known_crossings(game, d.id)
        if crossing:
            out[d.id] = Risk(
                "red line tabled",
                f"{_names([titled(t) for t in crossing])} "
                f"{'is' if len(crossing) == 1 else 'are'} on the table and "
                f"{'crosses' if len(crossing) == 1 else 'cross'} {d.short}'s red line: "
                f"{d.short} will block, and a block costs it {n.patience_blocked} patience.",
            )
    return out


def _known_crossings(game: Game, delegation_id: str) -> list[str]:
    """The tabled measures that cross the delegation's red line, if the chair has learnt it:
    in a consultation, or from the delegation's own protest when the measure was tabled."""
    d = game.content.delegation(delegation_id)
    state = game.state
    return [
        m.title
        for m in game.content.measures
        if game.measure_standing(m.id).tabled
        and m.crosses(d, state)
        and (game.revealed(d.id) or protested(game, d.id, m.id))
    ]


def protested(game: Game, delegation_id: str, measure_id: str) -> bool:
    """Whether the delegation protested in public that the measure crosses its red line (the
    minutes say so: the whole room, the chair included, heard it)."""
    return any(
        e.kind == "notice" and e.speaker == delegation_id and e.ref == measure_id
        for e in game.transcript
    )


def walkout_ends_day(game: Game, delegation_ids: Sequence[str]) -> str | None:
    """The ending the scenario's rules would reach if these delegations left now ('Russia walks
    out'), read by testing the endings on a copy of the state without them."""
    if not delegation_ids:
        return None
    v = list(game.state)
    for delegation_id in delegation_ids:
        v[game.content.delegation(delegation_id).base + PRESENT] = 0
    for ending in game.content.endings:
        if not ending.at_close and ending.when is not None and ending.when.run(v):
            return ending.title
    return None


def _ends_day(game: Game, delegation_ids: Sequence[str], *, maybe: bool = False) -> str:
    """' That ends the day (“Russia walks out”).' when a walk-out would end the game, else ''
    (`maybe`: ' If it walks out, the day ends …', for a walk-out that may not come)."""
    ending = walkout_ends_day(game, delegation_ids)
    if not ending:
        return ""
    if maybe:
        who = "it walks" if len(delegation_ids) == 1 else "they walk"
        return f" If {who} out, the day ends ({titled(ending)})."
    return f" That ends the day ({titled(ending)})."


def walkouts_if(game: Game, verb: str, target: str | None = None) -> set[str]:
    """The delegations that would walk out if the chair took this action now, found by stepping
    a copy of the state (the engine is deterministic). Callers show only those whose answer
    the chair has learnt: this also knows what a consultation has not revealed."""
    after, _entries = step(game.content, game.state, Action(verb, target))
    return {
        d.id
        for d in game.content.delegations
        if game.standing(d.id).present and not game.standing(d.id, after).present
    }


def walkouts_by_time(game: Game, verb: str, target: str | None = None) -> list[Delegation]:
    """The delegations whose patience the minutes of this action would exhaust (the clock is
    public, so this is no secret); the one given the floor or consulted regains some first."""
    n = game.content.numbers
    lost = drain(game, minutes_of(game, verb, target))
    out = []
    for d in game.content.delegations:
        standing = game.standing(d.id)
        if not standing.present:
            continue
        patience = standing.patience
        if verb == "recess":
            patience = min(100, patience + n.patience_recess)
        elif target == d.id and verb == "floor":
            patience = min(100, patience + n.patience_heard)
        elif target == d.id and verb == "consult":
            patience = min(100, patience + n.patience_consulted)
        if patience - lost <= 0:
            out.append(d)
    return out


def meters(game: Game) -> list[MeterView]:
    """Every meter with its history, tension first (it is the one the chair watches most)."""
    tension = tension_meter(game.content)
    views = [
        MeterView(
            m.id,
            m.label,
            game.meter(m.id),
            m.min,
            m.max,
            m.unit,
            m.good,
            tuple(game.meter_series(m.id)),
            m is tension,
        )
        for m in game.content.meters.values()
    ]
    return sorted(views, key=lambda v: not v.is_tension)


def agenda(game: Game) -> AgendaView:
    content = game.content
    framing = game.framing()
    tabled, adopted = [], []
    for m in content.measures:
        standing = game.measure_standing(m.id)
        line = MeasureLine(m.id, m.title, standing.failed)
        if standing.adopted:
            adopted.append(line)
        elif standing.tabled:
            tabled.append(line)
    issues = tuple(
        IssueLine(
            i.id,
            i.title,
            i.low,
            i.high,
            game.status(i.id),
            game.status(i.id) - game.status(i.id, game.before),
        )
        for i in content.issues.values()
    )
    return AgendaView(framing.title if framing else None, tuple(tabled), tuple(adopted), issues)


def score(game: Game) -> ScoreView:
    """The score as it stands (final once the game is over)."""
    result = game.outcome
    card = result.score if result else game.score()
    before = game.score(game.states[-2]).total if len(game.states) > 1 else card.total
    return ScoreView(card.total, card.grade, card.label, card.total - before)


# --------------------------------------------------------------------------- choosing


@dataclass(frozen=True)
class Choice:
    """One legal target of a verb, with a line on what choosing it does."""

    id: str
    title: str
    detail: str
    warning: str | None = None  # what the chair already knows will go wrong
    key: int = 0  # its number, the same all game: its place in the scenario
    unlocked: str | None = None  # what made it possible, when the last action did


def explanation(game: Game, verb: str) -> str:
    """What the verb does, and what it costs on the clock (consensus: each measure its own)."""
    text = VERB_EXPLAINED.get(verb, "")
    minutes = game.content.numbers.minutes.get(verb)
    if minutes and verb != "consensus":
        text += f" Takes {minutes} minutes."
        if closes_session(game, verb):  # the same for every choice: said once, above them
            text += f" The session closes at {hhmm(game.content.end)}: this ends the day."
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
    keys = _keys(game.content, kind or "")
    fresh = {target: why for _verb, target, why in newly_possible(game) if _verb == verb}
    return [
        replace(build(game, verb, target), key=keys[target], unlocked=fresh.get(target))
        for target in targets(game, verb)
    ]


def _keys(content: Content, kind: str) -> dict[str, int]:
    """Each item's number: its place in the scenario, so a key keeps its meaning all game
    (a delegation's is also the key of its dossier)."""
    pool: Sequence = {
        "delegation": content.delegations,
        "measure": content.measures,
        "framing": content.framings,
        "statement": content.statements,
    }[kind]
    return {item.id: number for number, item in enumerate(pool, start=1)}


NEWLY = {"propose": "table", "frame": "frame the talks as", "statement": "make the statement"}
"""The verbs whose targets a scenario may hold back until a condition holds."""


def requirement(game: Game, verb: str, target: str) -> str | None:
    """The condition the scenario puts on a measure, a framing or a statement, as written."""
    content = game.content
    item = {
        "propose": content.measure,
        "frame": content.framing,
        "statement": content.statement,
    }[verb](target)
    return item.requires.source if item.requires is not None else None


def newly_possible(game: Game) -> list[tuple[str, str, str]]:
    """(verb, target, why in words) for each held-back item the last action made possible."""
    if len(game.states) < 2 or game.over:
        return []
    before = {(a.verb, a.target) for a in legal_actions(game.content, game.states[-2])}
    out = []
    for action in game.legal_actions():
        if action.verb not in NEWLY or action.target is None:
            continue
        if (action.verb, action.target) in before:
            continue
        source = requirement(game, action.verb, action.target)
        if source is not None:
            out.append((action.verb, action.target, because(game, source)))
    return out


def news(game: Game) -> list[str]:
    """'You can now table “A risk-reduction hotline”, because you consulted Russia.'"""
    content = game.content
    titles = {
        "propose": lambda t: content.measure(t).title,
        "frame": lambda t: content.framing(t).title,
        "statement": lambda t: content.statement(t).title,
    }
    return [
        f"You can now {NEWLY[verb]} “{titles[verb](target)}”, because {why}."
        for verb, target, why in newly_possible(game)
    ]


def _warned(*parts: str | None) -> str | None:
    """The warnings that apply, as one text (None when there is none)."""
    said = [part for part in parts if part]
    return " ".join(said) if said else None


def _time_warning(game: Game, verb: str, target: str | None = None) -> str | None:
    """What the minutes of the action will do whatever else happens: exhaust someone's
    patience, or (a call for consensus, whose minutes are its measure's) close the session;
    for the other verbs `explanation` says that once."""
    leaving = walkouts_by_time(game, verb, target)
    left = (
        f"{_names([d.short for d in leaving])} {'runs' if len(leaving) == 1 else 'run'} out of "
        "patience while the clock runs, and walks out." + _ends_day(game, [d.id for d in leaving])
        if leaving
        else None
    )
    closing = closing_warning(game, verb, target) if verb == "consensus" else None
    return _warned(closing, left)


def _delegation_choice(game: Game, verb: str, target: str) -> Choice:
    d = game.content.delegation(target)
    title = _target_title(game.content, "delegation", target)
    standing = game.standing(d.id)
    mood = f"Trust {standing.trust}, patience {standing.patience}"
    warning = _time_warning(game, verb, target)
    if verb == "floor":
        heard = standing.heard
        said = "has not spoken yet" if not heard else f"has spoken {_times(heard)}"
        return Choice(d.id, title, f"It states its position; {said}. {mood}.", warning)
    if not standing.present:
        back = game.content.numbers.return_trust
        detail = (
            f"Walked out. Going after it brings it back if its trust is at least {back} "
            f"(now {standing.trust})."
        )
        return Choice(d.id, title, detail, warning)
    if game.revealed(d.id):
        return Choice(
            d.id, title, f"Consulted before: builds a little more trust. {mood}.", warning
        )
    return Choice(
        d.id,
        title,
        f"Not yet consulted: you will learn its room to move and red lines. {mood}.",
        warning,
    )


def _measure_choice(game: Game, verb: str, target: str) -> Choice:
    content = game.content
    m = content.measure(target)
    lands = "; ".join(
        _lands(content.issues[i].title, point, game.status(i))
        for i, point in landing(game, target).items()
    )
    detail = f"{m.summary} {lands[0].upper()}{lands[1:]}." if lands else m.summary
    if verb == "propose":
        return Choice(
            m.id,
            m.title,
            detail,
            _warned(_red_lines_known(game, target), _time_warning(game, verb, target)),
        )
    failed = game.measure_standing(m.id).failed
    if failed:
        detail += f" Failed {_times(failed)} already."
    return Choice(
        m.id,
        m.title,
        detail,
        _warned(_expected(game, target), _time_warning(game, verb, target)),
    )


def _lands(issue: str, point: int, now: int) -> str:
    """'moves NATO's open door to 10 (now 15)', or 'keeps it at 55' when it would not move it."""
    if point == now:
        return f"keeps {issue} at {point}"
    return f"moves {issue} to {point} (now {now})"


def landing(game: Game, measure_id: str) -> dict[str, int]:
    """Where the measure would put each issue it touches if adopted now (a step moves with the
    status quo, so this is read from the current state, not from the scenario alone)."""
    return dict(game.content.measure(measure_id).points(game.states[-1]))


def _red_lines_known(game: Game, measure_id: str) -> str | None:
    """Which consulted delegations' red lines the measure would cross (the chair knows these),
    and whom the protest would cost its place at the table."""
    content = game.content
    m = content.measure(measure_id)
    state = game.states[-1]
    # the red lines this game drew (a range or a choice in the scenario), not the declared ones
    crossing = set(game.crossed_by(measure_id))
    crossed = [
        d
        for d in content.delegations
        if d.id in crossing and game.revealed(d.id) and game.standing(d.id).present
    ]
    if not crossed:
        return None
    cost = content.numbers.patience_red_line
    lines = []
    for d in crossed:
        drawn = game.delegation(d.id)
        issue = m.crosses(drawn, state)[0]
        said = red_line_of(content.issues[issue].title, drawn.positions[issue])
        lines.append(f"{d.short}'s red line ({said})")
    text = f"Crosses {_names(lines)}: a protest costs {cost} patience."
    gone = walkouts_if(game, "propose", measure_id)
    walking = [d for d in crossed if d.id in gone]
    leaving = [f"{d.short} (patience {game.standing(d.id).patience})" for d in walking]
    if leaving:
        text += f" {_names(leaving)} would walk out." + _ends_day(game, [d.id for d in walking])
    return text


def _expected(game: Game, measure_id: str) -> str | None:
    """Who would block, as far as the chair has learnt, and who would walk out for it."""
    content = game.content
    blocked = content.numbers.patience_blocked
    lost = drain(game, minutes_of(game, "consensus", measure_id))
    heard, leaving, unknown, fragile = [], [], [], []
    walking: list[str] = []  # the ids of `leaving`
    fragile_ids: list[str] = []
    gone = walkouts_if(game, "consensus", measure_id)
    for d in content.delegations:
        standing = game.standing(d.id)
        if not standing.present:
            continue
        patience = standing.patience
        if not game.revealed(d.id) and protested(game, d.id, measure_id):
            m = content.measure(measure_id)
            if m.crosses(d, game.state):  # as it said in public when the measure was tabled
                heard.append(f"{d.short} blocks (its red line, as it protested)")
                if d.id in gone and patience - lost > 0:
                    leaving.append(f"{d.short} (patience {patience})")
                    walking.append(d.id)
                continue
        if not game.revealed(d.id):
            unknown.append(d.short)
            if 0 < patience - lost <= blocked:
                fragile.append(f"{d.short} (patience {patience})")
                fragile_ids.append(d.id)
            continue
        for measure, answer, _reason in game.sounding(d.id):
            if measure.id == measure_id:
                heard.append(f"{d.short} {answer}")
                if d.id in gone and patience - lost > 0:  # not the clock alone: said below
                    leaving.append(f"{d.short} (patience {patience})")
                    walking.append(d.id)
    parts = []
    if heard:
        parts.append("Sounded out: " + ", ".join(heard) + ".")
        if unknown:
            parts.append(f"Not consulted: {_names(unknown)}.")
    if leaving:
        parts.append(f"{_names(leaving)} would walk out over it." + _ends_day(game, walking))
    if fragile:
        one = len(fragile) == 1
        parts.append(
            f"If {_names(fragile)} {'blocks' if one else 'block'}, the block costs "
            f"{'it' if one else 'each'} {blocked} patience and "
            f"{'it walks' if one else 'they walk'} out." + _ends_day(game, fragile_ids, maybe=True)
        )
    return " ".join(parts) if parts else None


def _framing_choice(game: Game, verb: str, target: str) -> Choice:
    f = game.content.framing(target)
    return Choice(f.id, f.title, f.summary, _time_warning(game, verb, target))


def _statement_choice(game: Game, verb: str, target: str) -> Choice:
    s = game.content.statement(target)
    return Choice(s.id, s.title, s.summary, _time_warning(game, verb, target))


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
    way_back: str | None = None  # for a delegation that walked out: how it may come back


def way_back(game: Game, delegation_id: str) -> str | None:
    """For a delegation that walked out, what going after it would do (the rule is public)."""
    standing = game.standing(delegation_id)
    if standing.present:
        return None
    d = game.content.delegation(delegation_id)
    back = game.content.numbers.return_trust
    if back is None:
        return f"{d.short} walked out and will not come back today."
    trust = standing.trust
    if trust >= back:
        return f"{d.short} walked out. Consult it (c) to go after it: with trust {trust} it comes back."
    return (
        f"{d.short} walked out. Going after it (c) brings it back only if its trust is at least "
        f"{back}; it is {trust}."
    )


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
            SoundingLine(m.title, game.measure_standing(m.id).place, answer, reason)
            for m, answer, reason in game.sounding(d.id)
            if not game.measure_standing(m.id).adopted
        )
    return DossierView(
        view,
        d.role,
        d.summary,
        d.source,
        positions,
        game.findings(d.id) if revealed else None,
        sounding,
        way_back(game, d.id),
    )


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
    moved: tuple[tuple[str, float], ...] = ()  # the score's parts it moved, largest first


def describe(content: Content, action: Action) -> str:
    """An action as the chair did it, in words ('tabled Better access for the monitors')."""
    target = action.target
    if action.verb == "floor" and target:
        return f"gave the floor to {definite(content.delegation(target).name)}"
    if action.verb == "consult" and target:
        return f"consulted {definite(content.delegation(target).name)} in private"
    if action.verb == "propose" and target:
        return f"tabled {titled(content.measure(target).title)}"
    if action.verb == "consensus" and target:
        return f"called for consensus on {titled(content.measure(target).title)}"
    if action.verb == "frame" and target:
        return f"framed the talks as {titled(content.framing(target).title)}"
    if action.verb == "statement" and target:
        return f"made the statement {titled(content.statement(target).title)}"
    if action.verb == "recess":
        return "called a recess"
    return "adjourned the session"


def turning_points(game: Game, count: int = 3) -> list[Turn]:
    """The actions that moved the score most, in the order they were taken."""
    points = sorted(game.turning_points(count), key=lambda p: p.index)
    return [Turn(p.clock, describe(game.content, p.action), p.delta, p.moved[:3]) for p in points]


# --------------------------------------------------------------------------- the guided game


@dataclass(frozen=True)
class GuideView:
    """The guided game's current step, and the keys that take its action at the table."""

    number: int
    total: int
    text: str
    keys: str  # "press c, then 1 (Russia)"; empty when the step names no action


def guide(game: Game) -> GuideView | None:
    """The step of the scenario's guide to show now; None without a guide or once it is over."""
    from .keys import VERB_KEYS

    step_now = game.guide()
    if step_now is None:
        return None
    action = step_now.action
    keys = ""
    if action is not None:
        keys = f"press {VERB_KEYS[action.verb]}"
        if action.target is not None:
            # the number and name the choice shows, without building every choice's preview
            if action in game.legal_actions():
                content, kind = game.content, TARGETS[action.verb]
                number = _keys(content, kind)[action.target]
                keys += f", then {number} ({_target_title(content, kind, action.target)})"
            else:
                keys += f", then choose {action.target}"
    return GuideView(step_now.number, step_now.total, step_now.text, keys)


def _target_title(content: Content, kind: str, target: str) -> str:
    """A target's name as its choice shows it."""
    if kind == "delegation":
        d = content.delegation(target)
        return f"{d.name} ({d.head})" if d.head else d.name
    getter = {"measure": content.measure, "framing": content.framing}.get(kind, content.statement)
    return getter(target).title
