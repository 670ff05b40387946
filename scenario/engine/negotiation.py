"""How a delegation answers a call for consensus: supports, acquiesces or blocks, and why.

Under the OSCE's consensus rule every delegation is a veto player: it compares the measure
with the status quo, which is what it keeps by blocking. The model (written out for authors in
docs/model.md):

- **value** of a measure for a delegation: for each issue the measure touches and the delegation
  has a position on, how much closer to its position the measure brings the issue than the
  status quo is, in units of the delegation's hidden room to move on that issue, times the
  issue's salience for it (as the current framing weights it). Gains on one issue can pay for
  losses on another: that is what a package is.
- **flexibility**: how much the delegation will give today beyond its interests. It grows with
  trust in the chair, engagement in the talks, face (its standing in the room), the chair's
  standing and having been consulted first; it shrinks with tension. Each term is a weight (the
  scenario's) times a number between -1 and 1.
- **answer**: a red line crossed is always a block. Otherwise, with ``v = value + flexibility``:
  support when ``v >= support_at``; acquiesce when ``v >= -1`` (it loses, but no more than its
  room); block below. The reason names what decided it.

No chance is involved: the same state always gives the same answers.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import phrasing
from .content import Content, Delegation, Measure
from .hidden import as_drawn
from .layout import ACQUIESCE, BLOCK, CONSULTED, ENGAGEMENT, FACE, HEARD, SUPPORT, TRUST
from .phrasing import agreeing, blocks_words, red_line_of

_HELPS = {  # said of the delegation (`phrasing.agreeing`)
    "trust": "{it} trust{s} the Chair",
    "engagement": "{it} {is} engaged in the talks",
    "face": "{its} standing in the room is secure",
    "standing": "the Chair's standing is high",
    "tension": "the room is calm",
    "consulted": "the Chair consulted {obj} first",
    "partisan": "the Chair speaks for {its} side",
    "unity": "{its} allies stand together",
}
_HURTS = {
    "trust": "{it} {does} not trust the Chair",
    "engagement": "{it} {is} not engaged in the talks",
    "face": "{it} feel{s} pushed in public",
    "standing": "the Chair's standing is low",
    "tension": "tension in the room is high",
    "consulted": "{it} {was} not consulted",
    "partisan": "the Chair speaks for the other side",
    "unity": "{its} allies are divided",
}

State = Sequence[int]


def _scaled(value: int, bounds: tuple[int, int]) -> float:
    """A meter as a number from -1 (at its minimum) to 1 (at its maximum)."""
    lo, hi = bounds
    half = (hi - lo) / 2
    return (value - lo - half) / half


def flexibility_terms(content: Content, v: State, d: Delegation) -> dict[str, float]:
    """Each term of a delegation's flexibility, by name; their sum is the flexibility."""
    n = content.numbers
    base = d.base
    terms = {
        "trust": n.w_trust * (v[base + TRUST] - 50) / 50,
        "engagement": n.w_engagement * (v[base + ENGAGEMENT] - 50) / 50,
        "face": n.w_face * (v[base + FACE] - 50) / 50,
        "consulted": n.w_consulted if v[base + CONSULTED] else 0.0,
    }
    if n.standing_slot is not None:
        terms["standing"] = n.w_standing * _scaled(v[n.standing_slot], n.standing_range)
    if n.tension_slot is not None:
        terms["tension"] = -n.w_tension * _scaled(v[n.tension_slot], n.tension_range)
    if n.party is not None:  # a chair who is a party: its own side leans in, the rest discounts
        terms["partisan"] = n.w_partisan if content.chair_side(d.id) else -n.w_partisan
    if content.blocs:
        bloc = content.bloc_of(d.id)
        if bloc is not None and bloc.unity_slot is not None:
            terms["unity"] = n.w_unity * _scaled(v[bloc.unity_slot], bloc.unity_range)
    return terms


def value_terms(
    content: Content,
    v: State,
    d: Delegation,
    m: Measure,
    framing: int,
    points: dict[str, int] | None = None,
) -> dict[str, float]:
    """What the measure gains (positive) or loses (negative) for `d`, issue by issue (`points`:
    where it lands, when the caller has them already)."""
    salience = d.salience[framing]
    terms = {}
    for issue_id, point in (m.points(v) if points is None else points).items():
        p = d.positions.get(issue_id)
        if p is None:
            continue
        today = v[content.issues[issue_id].slot]
        gain = abs(today - p.position) - abs(point - p.position)
        terms[issue_id] = salience[issue_id] * gain / p.room
    return terms


def answer(
    content: Content,
    v: State,
    d: Delegation,
    m: Measure,
    framing: int,
    words: bool = True,
    points: dict[str, int] | None = None,
) -> tuple[int, str]:
    """The delegation's answer to a call for consensus on `m`, and its reason in words (with
    `words` False, the same answer and an empty reason: the lean step reads only the answer).
    `points`: where `m` lands (`Measure.points`), when a roll-call has worked it out already."""
    if content.hidden:
        d = as_drawn(content, v, d)
    if points is None:
        points = m.points(v)
    crossed = m.crosses(d, v, points)
    if crossed:
        if not words:
            return BLOCK, ""
        if content.numbers.varied_writing:
            return BLOCK, phrasing.red_line(v, d, m.index, content.issues[crossed[0]].title)
        p = d.positions[crossed[0]]
        line = red_line_of(content.issues[crossed[0]].title, p)
        return BLOCK, f"a red line: {blocks_words(d, [line])}"
    values = value_terms(content, v, d, m, framing, points)
    n = content.numbers
    if m.aimed_at and d.id in m.aimed_at:
        return _aimed_at(content, v, d, m, values, words)
    if not values:
        return ACQUIESCE, agreeing(d, "{it} {has} no stake in this and {does} not object")
    value = sum(values.values())
    flex_terms = flexibility_terms(content, v, d)
    total = value + sum(flex_terms.values())
    title = content.issues
    if n.wary_unheard and not v[d.base + HEARD] and not v[d.base + CONSULTED]:
        salience = d.salience[framing]
        costly = [i for i in values if values[i] < 0 and salience[i] >= n.wary_cares]
        if costly:
            if not words:
                return BLOCK, ""
            worst_cost = min(costly, key=lambda k: (values[k], k))
            return BLOCK, agreeing(
                d,
                "{it} {was} not heard today, and this costs {obj} on {issue}",
                issue=title[worst_cost].title,
            )
        if total >= n.support_at:
            return ACQUIESCE, agreeing(
                d, "{it} {was} not heard today, so {it} let{s} this pass but will not support it"
            )
    if not words:
        if total >= n.support_at:
            return SUPPORT, ""
        return (ACQUIESCE if total >= -1 else BLOCK), ""
    best = max(values, key=lambda k: (values[k], k))
    worst = min(values, key=lambda k: (values[k], k))
    if content.numbers.varied_writing:
        return _phrased(content, v, d, m, value, total, best, worst, flex_terms)
    said = {"best": title[best].title, "worst": title[worst].title}
    said["helps"], said["hurts"] = _strongest(d, flex_terms), _weakest(d, flex_terms)
    if total >= content.numbers.support_at:
        if value >= content.numbers.support_at:
            return SUPPORT, agreeing(d, "this brings {best} closer to {its} position", **said)
        return SUPPORT, agreeing(d, "{it} gain{s} little from it, but {helps}", **said)
    if total >= -1:
        if value >= 0:
            return ACQUIESCE, agreeing(d, "{it} gain{s} little from it and {does} not object")
        if value >= -1:
            template = "{it} give{s} ground on {worst}, but no more than {it} can"
            return ACQUIESCE, agreeing(d, template, **said)
        template = "{it} give{s} more ground on {worst} than {it} wanted, but {helps}"
        return ACQUIESCE, agreeing(d, template, **said)
    if value >= -1:
        template = "{it} could give this much on {worst}, but not today: {hurts}"
        return BLOCK, agreeing(d, template, **said)
    return BLOCK, agreeing(d, "{it} would give up too much on {worst}", **said)


def _aimed_at(
    content: Content,
    v: State,
    d: Delegation,
    m: Measure,
    values: dict[str, float],
    words: bool = True,
) -> tuple[int, str]:
    """A measure aimed at `d` (`aimed_at`): it blocks unless it would support it anyway."""
    flex_terms = flexibility_terms(content, v, d)
    total = sum(values.values()) + sum(flex_terms.values())
    if not words:
        return (ACQUIESCE if total >= content.numbers.support_at else BLOCK), ""
    if total >= content.numbers.support_at:
        return ACQUIESCE, agreeing(d, "it is aimed at {obj}, but ") + _strongest(d, flex_terms)
    refusal = agreeing(d, "{it} will not consent to a measure aimed at {itself}")
    if flex_terms and min(flex_terms.values()) < 0:  # a reason of the moment, if one weighs
        return BLOCK, f"{refusal}, and {_weakest(d, flex_terms)}"
    return BLOCK, refusal


def _phrased(
    content: Content,
    v: State,
    d: Delegation,
    m: Measure,
    value: float,
    total: float,
    best: str,
    worst: str,
    flex_terms: dict[str, float],
) -> tuple[int, str]:
    """The same decision as format 1, its reason phrased from the situation (`phrasing`)."""
    support_at = content.numbers.support_at
    if total >= support_at:
        code, case, issue = SUPPORT, ("gains" if value >= support_at else "eased"), best
    elif total >= -1:
        code = ACQUIESCE
        if value >= 0:
            case, issue = "indifferent", best
        else:
            case, issue = ("gives" if value >= -1 else "gives_more"), worst
    else:
        code, case, issue = BLOCK, ("not_today" if value >= -1 else "too_much"), worst
    helps, hurts = _strongest(d, flex_terms), _weakest(d, flex_terms)
    return code, phrasing.reason(content, v, d, m.index * 7919 + 1, case, issue, helps, hurts)


def _strongest(d: Delegation, terms: dict[str, float]) -> str:
    return agreeing(d, _HELPS[max(terms, key=lambda k: (terms[k], k))])


def _weakest(d: Delegation, terms: dict[str, float]) -> str:
    return agreeing(d, _HURTS[min(terms, key=lambda k: (terms[k], k))])


def sounding(
    content: Content, v: State, d: Delegation, framing: int
) -> list[tuple[Measure, int, str]]:
    """How `d` would answer each measure now: what a private consultation lets the chair hear."""
    return [(m, *answer(content, v, d, m, framing)) for m in content.measures]
