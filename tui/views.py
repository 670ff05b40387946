"""What the table shows, read from a game: plain data, no Textual.

Widgets draw these views and never see the game, so they cannot change it; the screen that holds
the game builds the views after each action. Keeping the reading here, away from drawing, also
makes it testable without starting an app. The choices (`choosing`), the warnings (`foresight`)
and what the dialogs and the debrief report (`reports`) are read beside these.
"""

from __future__ import annotations

from dataclasses import dataclass

from scenario import Game
from scenario.engine.content import Content as Scenario
from scenario.engine.content import Meter
from scenario.engine.transcript import hhmm

from .foresight import Risk, risks

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


def tension_meter(content: Scenario) -> Meter | None:
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
