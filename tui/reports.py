"""What the chair reads after acting: the roll-call, a delegation's dossier, the turning points.

The dialogs that follow an action (the roll-call, the consultation), the dossier and the debrief
show these; plain data read from the game, no Textual, shared with the plain text mode.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from scenario import Action, Game
from scenario.engine.content import Content as Scenario
from scenario.engine.phrasing import agreeing, definite, listed, titled
from scenario.engine.transcript import Entry, hhmm
from scenario.engine.verbs import DELEGATION
from scenario.engine.verbs import verb as verb_of

from .keys import key_of
from .views import DelegationView, delegations

if TYPE_CHECKING:
    from scenario.engine.campaign import CampaignGame
    from scenario.engine.scoring import Outcome, ScoreCard


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
    findings: str | None  # under a heading of its own: 'Red lines — it blocks ...'
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
    trust, key = standing.trust, key_of("consult").key
    if trust >= back:
        template = "{name} walked out. Consult {obj} ({key}) to go after {obj}: with trust {trust} {it} come{s} back."
    else:
        template = (
            "{name} walked out. Going after {obj} ({key}) brings {obj} back only if {its} trust "
            "is at least {back}; it is {trust}."
        )
    return agreeing(d, template, name=d.short, key=key, trust=str(trust), back=str(back))


def dossier(game: Game, delegation_id: str) -> DossierView:
    content = game.content
    d = game.delegation(delegation_id)  # with the public position this game drew
    view = next(v for v in delegations(game) if v.id == delegation_id)
    positions = tuple(
        (content.issues[i].title, position_words(content, i, p.position))
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
        game.learnt(d.id) if revealed else None,
        sounding,
        way_back(game, d.id),
    )


def position_words(content: Scenario, issue_id: str, position: int) -> str:
    """A public position on the issue's 0..100 scale, said in the issue's own words."""
    issue = content.issues[issue_id]
    if position <= 20:
        return f"{issue.low} ({position})"
    if position >= 80:
        return f"{issue.high} ({position})"
    if position == 50:
        return f"halfway between the two ({position})"
    leaning = issue.low if position < 50 else issue.high
    return f"leans towards {leaning} ({position})"


# --------------------------------------------------------------------------- the debrief


@dataclass(frozen=True)
class Turn:
    clock: str
    what: str
    delta: int
    moved: tuple[tuple[str, float], ...] = ()  # the score's parts it moved, largest first
    meanwhile: str = ""  # the events that came while it took its time ('News from the border
    # at 11:30'): the move is theirs as much as the chair's


def describe(content: Scenario, action: Action) -> str:
    """An action as the chair did it, in words ('tabled Better access for the monitors')."""
    kind, done = verb_of(action.verb).target, key_of(action.verb).done
    if kind is None or action.target is None:
        return done
    item = kind.item(content, action.target)
    return done.format(definite(item.name) if kind is DELEGATION else titled(item.title))


def turning_points(game: Game, count: int = 3) -> list[Turn]:
    """The actions that moved the score most, in the order they were taken."""
    points = sorted(game.turning_points(count), key=lambda p: p.index)
    return [
        Turn(
            p.clock,
            describe(game.content, p.action),
            p.delta,
            p.moved[:3],
            listed([f"{title} at {clock}" for clock, title in p.events]),
        )
        for p in points
    ]


@dataclass(frozen=True)
class WeekDay:
    """One day of the week so far, as a day's debrief lists it."""

    number: int
    title: str
    outcome: Outcome | None  # None: in progress
    carried: tuple[str, ...]  # what the days before carried into it, in words


@dataclass(frozen=True)
class WeekView:
    """The week so far, after a day's debrief: its days, the next one, the week's score."""

    title: str
    days: tuple[WeekDay, ...]
    following: tuple[int, str] | None  # the next day's number and title, if one is left
    score: ScoreCard | None  # once every day is over


def week(game: CampaignGame) -> WeekView:
    campaign = game.campaign
    days = tuple(
        WeekDay(
            index + 1,
            campaign.days[index].title,
            day.outcome,
            tuple(game.carried[index - 1].notes) if index else (),
        )
        for index, day in enumerate(game.days)
    )
    number = game.day_index + 2
    following = (number, campaign.days[number - 1].title) if game.can_advance else None
    return WeekView(campaign.title, days, following, game.week_score())
