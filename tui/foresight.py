"""What is coming, as far as the chair can see it: risks, walk-outs, the close of the session.

The cards, the choices' previews and the dossier all warn before the chair acts. The warnings
are worked out here from what the chair is entitled to know (the clock, patience on every card,
the rules' published costs, what a consultation revealed) and, where the answer is certain, by
stepping a copy of the state: the engine is deterministic, so the copy says what would happen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from scenario import Action, Game
from scenario.engine.content import Delegation
from scenario.engine.game import step
from scenario.engine.layout import CLOCK, PRESENT
from scenario.engine.phrasing import agreeing, possessive, titled
from scenario.engine.transcript import hhmm
from scenario.engine.verbs import verb as verb_of

from .wording import listed


@dataclass(frozen=True)
class Risk:
    """Why a delegation may walk out or block soon, from what the chair is entitled to know:
    the patience every card shows, the costs the rules publish, and what it learnt in private."""

    short: str  # a few words, for the card
    why: str  # a sentence, for the dossier and the previews


def drain(game: Game, minutes: int) -> int:
    """The patience every delegation at the table loses while `minutes` pass (as the engine
    rounds it)."""
    return (minutes * game.content.numbers.patience_per_hour + 30) // 60


def minutes_of(game: Game, verb: str, target: str | None = None) -> int:
    """How long an action takes: a call for consensus as long as its measure says."""
    return verb_of(verb).minutes(game.content, target)


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
                agreeing(
                    d,
                    "{whose} patience is {patience}: {it} lose{s} about {hour} an hour at the "
                    "table and walk{s} out at 0. The floor, a consultation or a recess restores "
                    "some.",
                    whose=possessive(d),
                    patience=str(patience),
                    hour=str(hour),
                )
                + ends_day(game, [d.id], maybe=True),
            )
            continue
        if patience <= max(n.patience_blocked, n.patience_red_line) + hour:
            costs = [agreeing(d, "a block costs {obj} {n}", n=str(n.patience_blocked))]
            if n.patience_red_line:
                costs.append(f"a red line crossed {n.patience_red_line}")
            out[d.id] = Risk(
                "patience low",
                agreeing(
                    d,
                    "{whose} patience is {patience}: {costs}, and at 0 {it} walk{s} out.",
                    whose=possessive(d),
                    patience=str(patience),
                    costs=listed(costs),
                )
                + ends_day(game, [d.id], maybe=True),
            )
            continue
        crossing = _known_crossings(game, d.id)
        if crossing:
            out[d.id] = Risk(
                "red line tabled",
                f"{listed([titled(t) for t in crossing])} "
                f"{'is' if len(crossing) == 1 else 'are'} on the table and "
                f"{'crosses' if len(crossing) == 1 else 'cross'} {possessive(d)} red line: "
                + agreeing(
                    d,
                    "{name} will block, and a block costs {obj} {n} patience.",
                    name=d.short,
                    n=str(n.patience_blocked),
                ),
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


def ends_day(game: Game, delegation_ids: Sequence[str], *, maybe: bool = False) -> str:
    """' That ends the day (“Russia walks out”).' when a walk-out would end the game, else ''
    (`maybe`: ' If it walks out, the day ends …', for a walk-out that may not come)."""
    ending = walkout_ends_day(game, delegation_ids)
    if not ending:
        return ""
    if maybe:
        one = len(delegation_ids) == 1 and not game.content.delegation(delegation_ids[0]).plural
        who = "it walks" if one else "they walk"
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
