"""Endings and the de-escalation score.

An ending is the first in the scenario's order whose condition holds (endings marked
``at_close`` are only considered when the session closes). The score is the scenario's weighted
sum: each component's value, clamped to 0..1, times its weight; the weights add up to 100.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .content import Content, Ending
from .layout import ENDED


@dataclass(frozen=True, slots=True)
class ScoreLine:
    id: str
    label: str
    weight: float
    value: float  # 0..1
    points: float

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "weight": self.weight,
            "value": round(self.value, 4),
            "points": round(self.points, 2),
        }


@dataclass(frozen=True, slots=True)
class ScoreCard:
    total: int
    grade: str
    label: str
    breakdown: tuple[ScoreLine, ...]
    capped: int | None = None  # the ending's cap, when it lowered the total

    def to_json(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "grade": self.grade,
            "label": self.label,
            "capped": self.capped,
            "breakdown": [line.to_json() for line in self.breakdown],
        }


@dataclass(frozen=True, slots=True)
class Outcome:
    ending: Ending
    score: ScoreCard


def score(content: Content, state: tuple[int, ...]) -> ScoreCard:
    """The score the state would get if the session closed now."""
    lines = []
    for component in content.components:
        value = min(1.0, max(0.0, float(component.value.run(state))))
        lines.append(
            ScoreLine(
                component.id, component.label, component.weight, value, component.weight * value
            )
        )
    total = min(100, max(0, round(sum(line.points for line in lines))))
    capped = None
    if state[ENDED]:
        cap = content.endings[state[ENDED] - 1].score_cap
        if cap is not None and total > cap:
            total, capped = cap, cap
    grade = next((g for g in content.grades if total >= g.min), content.grades[-1])
    return ScoreCard(total, grade.grade, grade.label, tuple(lines), capped)


def score_total(content: Content, state: tuple[int, ...]) -> int:
    """`score(content, state).total`, the same arithmetic in the same order, without building
    the card: a playtest reads only the total, once a game (a third of the cost of `score`)."""
    total = min(
        100,
        max(
            0,
            round(
                sum(
                    c.weight * min(1.0, max(0.0, float(c.value.run(state))))
                    for c in content.components
                )
            ),
        ),
    )
    if state[ENDED]:
        cap = content.endings[state[ENDED] - 1].score_cap
        if cap is not None and total > cap:
            return cap
    return total


def find_ending(content: Content, v: tuple[int, ...] | list[int], closing: bool) -> Ending | None:
    for ending in content.endings:
        if ending.at_close and not closing:
            continue
        if ending.when is None or ending.when.run(v):
            return ending
    return content.endings[-1] if closing else None


def outcome(content: Content, state: tuple[int, ...]) -> Outcome | None:
    """The ending and the score, once the game has ended; None while it runs."""
    index = state[ENDED]
    if not index:
        return None
    return Outcome(content.endings[index - 1], score(content, state))
