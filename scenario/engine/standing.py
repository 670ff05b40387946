"""Where things stand in a state, read by field: the typed reads behind `Game`'s accessors.

`Game.read("trust.russia")` compiles any expression a scenario may write, and so takes any
string: a misspelt name in code is found only when that line runs, and its value is `Any`.
The app and the tools read the same few quantities over and over (a delegation's trust and
patience, a measure's place on the agenda, a meter, an issue's status quo); these read them
straight from the state's slots, as typed values. A misspelt field is a type error (and an
`AttributeError` at once); an unknown id is a `KeyError` at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from .content import Content, Framing
from .game import State
from .layout import (
    ADOPTED,
    CALLS,
    CONSULTED,
    ENGAGEMENT,
    FACE,
    FAILED,
    FRAMING,
    HEARD,
    PATIENCE,
    PRESENT,
    TABLED,
    TRUST,
)


@dataclass(frozen=True, slots=True)
class DelegationStanding:
    """A delegation's numbers in one state (the names an expression gives them in brackets)."""

    present: bool  # at the table (`present.x`); False once it walked out
    trust: int  # 0..100 (`trust.x`)
    patience: int  # 0..100 (`patience.x`); at 0 it walks out
    engagement: int  # 0..100 (`engagement.x`)
    face: int  # 0..100 (`face.x`)
    consulted: int  # how many times the chair consulted it (`consulted.x`)
    heard: int  # how many times it was given the floor (`heard.x`)


@dataclass(frozen=True, slots=True)
class MeasureStanding:
    """A measure's place on the agenda in one state."""

    tabled: bool  # `tabled.x`; stays True once adopted
    adopted: bool  # `adopted.x`
    calls: int  # calls for consensus on it (`calls.x`)
    failed: int  # of those, the ones that failed (`failed.x`)

    @property
    def place(self) -> str:
        """'adopted', 'tabled', or 'open' (it may still be tabled)."""
        return "adopted" if self.adopted else "tabled" if self.tabled else "open"


def delegation_standing(content: Content, state: State, delegation_id: str) -> DelegationStanding:
    v, base = state, content.delegation(delegation_id).base
    return DelegationStanding(
        v[base + PRESENT] == 1,
        v[base + TRUST],
        v[base + PATIENCE],
        v[base + ENGAGEMENT],
        v[base + FACE],
        v[base + CONSULTED],
        v[base + HEARD],
    )


def measure_standing(content: Content, state: State, measure_id: str) -> MeasureStanding:
    v, base = state, content.measure(measure_id).base
    return MeasureStanding(
        v[base + TABLED] > 0, v[base + ADOPTED] > 0, v[base + CALLS], v[base + FAILED]
    )


def meter_value(content: Content, state: State, meter_id: str) -> int:
    return state[content.meters[meter_id].slot]


def issue_status(content: Content, state: State, issue_id: str) -> int:
    """The issue's status quo, 0..100 (`status.x`)."""
    return state[content.issues[issue_id].slot]


def framing_now(content: Content, state: State) -> Framing | None:
    """The framing the talks have, if the chair has framed them."""
    number = state[FRAMING]
    return next((f for f in content.framings if f.number == number), None)
