"""What the chair may choose for a verb, and what each choice would do; the guide's keys.

A verb with a target opens a choice: each legal target with a line on what choosing it does
and a warning of what the chair already knows will go wrong. Each target keeps one number all
game (its place in the scenario), which is also what the guided game tells the player to press.
Plain data, no Textual: the app's choice panel and the plain mode show the same choices.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from scenario import Game
from scenario.engine.content import Content as Scenario
from scenario.engine.game import legal_actions
from scenario.engine.phrasing import ANSWERED, agreeing, possessive, red_line_of, titled
from scenario.engine.transcript import hhmm
from scenario.engine.verbs import DELEGATION, Kind
from scenario.engine.verbs import verb as verb_of

from .foresight import (
    closes_session,
    closing_warning,
    drain,
    ends_day,
    minutes_of,
    protested,
    walkouts_by_time,
    walkouts_if,
)
from .keys import key_of
from .requirements import because, words
from .wording import listed, times


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
    text = key_of(verb).explained
    minutes = verb_of(verb).minutes(game.content)
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
    kind = verb_of(verb).target
    if kind is None:
        return []
    build = {
        "delegation": _delegation_choice,
        "measure": _measure_choice,
        "framing": _framing_choice,
        "statement": _statement_choice,
    }[kind.name]
    keys = _keys(game.content, kind)
    fresh = {target: why for _verb, target, why in newly_possible(game) if _verb == verb}
    return [
        replace(build(game, verb, target), key=keys[target], unlocked=fresh.get(target))
        for target in targets(game, verb)
    ]


def nothing(game: Game, verb: str) -> str:
    """What a verb with no target now says when it opens. A call for consensus with measures on
    the table that their `requires:` keeps from a vote (a delegation they need has walked out)
    says which and why, not that nothing is on the table."""
    if verb == "consensus":
        waiting = [
            m for m in game.content.measures if game.measure_standing(m.id).place == "tabled"
        ]
        if waiting:
            titles = listed([titled(m.title) for m in waiting])
            held = listed(
                list(
                    dict.fromkeys(
                        words(game.content, m.requires.source) for m in waiting if m.requires
                    )
                )
            )
            verb_word = "is" if len(waiting) == 1 else "are"
            return f"{titles} {verb_word} on the table but cannot be put to a vote until {held}."
    return key_of(verb).nothing


def _keys(content: Scenario, kind: Kind) -> dict[str, int]:
    """Each item's number: its place in the scenario, so a key keeps its meaning all game
    (a delegation's is also the key of its dossier)."""
    return {item.id: number for number, item in enumerate(kind.items(content), start=1)}


def requirement(game: Game, verb: str, target: str) -> str | None:
    """The condition the scenario puts on a measure, a framing or a statement, as written."""
    kind = verb_of(verb).target
    assert kind is not None, verb  # only a verb with a target has a held-back one
    item = kind.item(game.content, target)
    return item.requires.source if item.requires is not None else None


def newly_possible(game: Game) -> list[tuple[str, str, str]]:
    """(verb, target, why in words) for each held-back item the last action made possible."""
    if len(game.states) < 2 or game.over:
        return []
    before = {(a.verb, a.target) for a in legal_actions(game.content, game.states[-2])}
    out = []
    for action in game.legal_actions():
        if not key_of(action.verb).unlocked or action.target is None:
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
    return [
        f"You can now {key_of(verb).unlocked} {titled(kind.title(content, target))}, because {why}."
        for verb, target, why in newly_possible(game)
        if (kind := verb_of(verb).target) is not None
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
    one = len(leaving) == 1 and not leaving[0].plural
    left = (
        f"{listed([d.short for d in leaving])} {'runs' if one else 'run'} out of patience while "
        f"the clock runs, and {'walks' if one else 'walk'} out."
        + ends_day(game, [d.id for d in leaving])
        if leaving
        else None
    )
    closing = closing_warning(game, verb, target) if verb == "consensus" else None
    return _warned(closing, left)


def _delegation_choice(game: Game, verb: str, target: str) -> Choice:
    d = game.content.delegation(target)
    title = _target_title(game.content, DELEGATION, target)
    standing = game.standing(d.id)
    mood = f"Trust {standing.trust}, patience {standing.patience}"
    warning = _time_warning(game, verb, target)
    if verb == "floor":
        heard = standing.heard
        said = "has not spoken yet" if not heard else f"has spoken {times(heard)}"
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
        detail += f" Failed {times(failed)} already."
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
        lines.append(f"{possessive(d)} red line ({said})")
    text = f"Crosses {listed(lines)}: a protest costs {cost} patience."
    gone = walkouts_if(game, "propose", measure_id)
    walking = [d for d in crossed if d.id in gone]
    leaving = [f"{d.short} (patience {game.standing(d.id).patience})" for d in walking]
    if leaving:
        text += f" {listed(leaving)} would walk out." + ends_day(game, [d.id for d in walking])
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
                heard.append(
                    agreeing(d, "{name} block{s} ({its} red line, as {it} protested)", name=d.short)
                )
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
                heard.append(f"{d.short} {ANSWERED[d.plural].get(answer, answer)}")
                if d.id in gone and patience - lost > 0:  # not the clock alone: said below
                    leaving.append(f"{d.short} (patience {patience})")
                    walking.append(d.id)
    parts = []
    if heard:
        parts.append("Sounded out: " + ", ".join(heard) + ".")
        if unknown:
            parts.append(f"Not consulted: {listed(unknown)}.")
    if leaving:
        parts.append(f"{listed(leaving)} would walk out over it." + ends_day(game, walking))
    if fragile:
        who = listed(fragile)
        if len(fragile) == 1:
            template = "If {who} block{s}, the block costs {obj} {n} patience and {it} walk{s} out."
            said = agreeing(content.delegation(fragile_ids[0]), template, who=who, n=str(blocked))
        else:
            said = f"If {who} block, the block costs each {blocked} patience and they walk out."
        parts.append(said + ends_day(game, fragile_ids, maybe=True))
    return " ".join(parts) if parts else None


def _framing_choice(game: Game, verb: str, target: str) -> Choice:
    f = game.content.framing(target)
    return Choice(f.id, f.title, f.summary, _time_warning(game, verb, target))


def _statement_choice(game: Game, verb: str, target: str) -> Choice:
    s = game.content.statement(target)
    return Choice(s.id, s.title, s.summary, _time_warning(game, verb, target))


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
    step_now = game.guide()
    if step_now is None:
        return None
    action = step_now.action
    keys = ""
    if action is not None:
        keys = f"press {key_of(action.verb).key}"
        kind = verb_of(action.verb).target
        if kind is not None and action.target is not None:
            # the number and name the choice shows, without building every choice's preview
            if action in game.legal_actions():
                content = game.content
                number = _keys(content, kind)[action.target]
                keys += f", then {number} ({_target_title(content, kind, action.target)})"
            else:
                keys += f", then choose {action.target}"
    return GuideView(step_now.number, step_now.total, step_now.text, keys)


def _target_title(content: Scenario, kind: Kind, target: str) -> str:
    """A target's name as its choice shows it."""
    if kind is DELEGATION:
        d = content.delegation(target)
        return f"{d.name} ({d.head})" if d.head else d.name
    return kind.title(content, target)
