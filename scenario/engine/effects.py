"""What each of the chair's verbs does to the state: `EFFECTS[verb](content, v, target, out,
said, now)` acts on the list `v` and returns the minutes the verb takes.

Given lists, a verb writes its narration to `out` and the words said to `said` (see `rules`);
with None it builds no words, drawing from the generator exactly as it would with them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .content import Content, Delegation, Measure
from .hidden import as_drawn
from .layout import (
    ADOPTED,
    AGREEMENTS,
    ANSWER,
    ANSWER_WORDS,
    BLOCK,
    CALLS,
    CONSULTED,
    ENGAGEMENT,
    FACE,
    FAILED,
    FRAMING,
    HEARD,
    NO_ANSWER,
    PATIENCE,
    PRESENT,
    RECESSES,
    SUPPORT,
    TABLED,
    TRUST,
)
from .negotiation import answer
from .phrasing import (
    agreeing,
    blocks_words,
    definite,
    fallback,
    listed,
    opening_name,
    red_line_of,
    titled,
)
from .revealed import findings
from .rules import say
from .speaking import pick_speech, skip_words
from .transcript import Entry

if TYPE_CHECKING:
    from .tables import RedLine


def _drawn(content: Content, v: list[int], d: Delegation) -> Delegation:
    return as_drawn(content, v, d) if content.hidden else d


def _head(d: Delegation) -> str:
    return f"{d.head} ({d.name})" if d.head else f"the delegation of {definite(d.name)}"


def _floor(
    content: Content,
    v: list[int],
    target: str | None,
    out: list[Entry] | None,
    said: list[Entry] | None,
    now: int,
) -> int:
    d = content.delegation(target)  # type: ignore[arg-type]
    n = content.numbers
    if out is not None:
        out.append(Entry("action", now, f"The Chair gives the floor to {_head(d)}.", ref=d.id))
    speech = pick_speech(d.floor, v, v[d.base + HEARD], d.floor_said)
    if speech is None:
        if said is not None:  # a fallback line is plain words: nothing to draw without them
            speak_fallback(content, v, d, "floor", said, now)
    else:
        if said is None:  # the line picked is eligible: without words, only its variant's draw
            skip_words(speech.line, v)
        else:
            say(said, [speech.line], now, v=v)
        if speech.apply is not None:
            speech.apply(v)
    base = d.base
    v[base + HEARD] += 1
    # `rules.bump` written out, here and wherever a verb moves a delegation's numbers: a call
    # and two builtins for each was a tenth of a lean step
    x = v[base + ENGAGEMENT] + n.engagement_heard
    v[base + ENGAGEMENT] = 0 if x < 0 else (100 if x > 100 else x)
    x = v[base + FACE] + n.face_heard
    v[base + FACE] = 0 if x < 0 else (100 if x > 100 else x)
    x = v[base + PATIENCE] + n.patience_heard
    v[base + PATIENCE] = 0 if x < 0 else (100 if x > 100 else x)
    return n.minutes["floor"]


def _consult(
    content: Content,
    v: list[int],
    target: str | None,
    out: list[Entry] | None,
    said: list[Entry] | None,
    now: int,
) -> int:
    d = content.delegation(target)  # type: ignore[arg-type]
    n = content.numbers
    if not v[d.base + PRESENT]:
        bring_back(content, v, d, out, now)
        return n.minutes["consult"]
    if out is not None:
        out.append(Entry("action", now, f"The Chair meets {_head(d)} in private.", ref=d.id))
    speech = pick_speech(d.consult, v, v[d.base + CONSULTED], d.consult_said)
    if speech is None:
        if said is not None:
            speak_fallback(content, v, d, "consult", said, now)
    else:
        if said is None:
            skip_words(speech.line, v)
        else:
            say(said, [speech.line], now, kind="private", v=v)
        if speech.apply is not None:
            speech.apply(v)
    first = v[d.base + CONSULTED] == 0
    if first and out is not None:
        out.append(Entry("finding", now, findings(content, d, v), d.id, ref=d.id))
    base = d.base
    x = v[base + TRUST] + (n.trust_consulted if first else n.trust_consulted_again)
    v[base + TRUST] = 0 if x < 0 else (100 if x > 100 else x)
    x = v[base + ENGAGEMENT] + n.engagement_consulted
    v[base + ENGAGEMENT] = 0 if x < 0 else (100 if x > 100 else x)
    x = v[base + PATIENCE] + n.patience_consulted
    v[base + PATIENCE] = 0 if x < 0 else (100 if x > 100 else x)
    v[base + CONSULTED] += 1
    return n.minutes["consult"]


def speak_fallback(
    content: Content, v: list[int], d: Delegation, verb: str, said: list[Entry], now: int
) -> None:
    """When none of its lines is due, a delegation given the floor (or consulted) speaks from
    its positions as this game drew them (`phrasing.fallback`): plain words, nothing drawn."""
    count = v[d.base + (HEARD if verb == "floor" else CONSULTED)]
    line = fallback(content, _drawn(content, v, d), verb, count)
    say(said, [line], now, kind="speech" if verb == "floor" else "private")


def bring_back(
    content: Content, v: list[int], d: Delegation, out: list[Entry] | None, now: int
) -> None:
    """A consultation with a delegation that walked out: the chair follows it out of the room,
    and it returns if it trusts the chair enough."""
    n = content.numbers
    if out is not None:
        out.append(Entry("action", now, f"The Chair follows {_head(d)} out of the room.", ref=d.id))
    v[d.base + CONSULTED] += 1
    if n.return_trust is not None and v[d.base + TRUST] >= n.return_trust:
        v[d.base + PRESENT] = 1
        v[d.base + PATIENCE] = max(v[d.base + PATIENCE], n.patience_returned)
        if out is not None:
            out.append(
                Entry(
                    "return",
                    now,
                    agreeing(d, "{name} return{s} to the table.", name=opening_name(d.name)),
                    d.id,
                    ref=d.id,
                )
            )
    elif out is not None:
        out.append(
            Entry("notice", now, f"{opening_name(d.name)} will not come back yet.", d.id, ref=d.id)
        )


def _propose(
    content: Content,
    v: list[int],
    target: str | None,
    out: list[Entry] | None,
    said: list[Entry] | None,
    now: int,
) -> int:
    m = content.measure(target)  # type: ignore[arg-type]
    n = content.numbers
    v[m.base + TABLED] = 1
    if out is not None:
        out.append(Entry("action", now, f"The Chair tables a proposal: {m.title}.", ref=m.id))
    points = m.points(v)
    for d, red_lines in content.tables.red_lines[m.id]:  # only those it could reach
        if not v[d.base + PRESENT]:
            continue
        issue = first_red_line(v, points, red_lines)
        if issue is None:
            continue
        if out is not None:  # the words need the delegation as drawn; the state does not
            drawn = as_drawn(content, v, d) if content.hidden else d
            line = red_line_of(content.issues[issue].title, drawn.positions[issue])
            out.append(
                Entry(
                    "notice",
                    now,
                    agreeing(
                        d,
                        "{name} protest{s}: the proposal crosses {its} red line ({blocks}).",
                        name=opening_name(d.name),
                        blocks=blocks_words(d, [line]),
                    ),
                    d.id,
                    ref=m.id,
                )
            )
        base = d.base
        x = v[base + PATIENCE] - n.patience_red_line
        v[base + PATIENCE] = 0 if x < 0 else (100 if x > 100 else x)
        x = v[base + FACE] - n.face_red_line
        v[base + FACE] = 0 if x < 0 else (100 if x > 100 else x)
        x = v[base + TRUST] - n.trust_red_line
        v[base + TRUST] = 0 if x < 0 else (100 if x > 100 else x)
    return n.minutes["propose"]


def first_red_line(
    v: Sequence[int], points: dict[str, int], red_lines: tuple[RedLine, ...]
) -> str | None:
    """The first issue on which `points` reach one of a delegation's `red_lines` (see
    `Tables.red_lines`), read where this game holds them: what `Measure.crosses` finds first
    on the delegation as drawn, without making it."""
    for issue, position_slot, position, red_line_slot, red_line in red_lines:
        if position_slot is not None:  # drawn in this game
            position = v[position_slot]
        if red_line_slot is not None:
            red_line = v[red_line_slot]
        if (points[issue] - red_line) * (position - red_line) <= 0:  # `Position.crosses`
            return issue
    return None


def _consensus(
    content: Content,
    v: list[int],
    target: str | None,
    out: list[Entry] | None,
    said: list[Entry] | None,
    now: int,
) -> int:
    m = content.measure(target)  # type: ignore[arg-type]
    n = content.numbers
    v[m.base + CALLS] += 1
    if out is not None:
        out.append(Entry("action", now, f"The Chair calls for consensus on: {m.title}.", ref=m.id))
    blockers = _roll_call(content, v, m, out, now)
    if not blockers:
        v[m.base + ADOPTED] = 1
        v[m.base + TABLED] = 0
        v[AGREEMENTS] += 1
        for issue_id, point in m.points(v).items():
            v[content.issues[issue_id].slot] = point  # the new status quo
        if out is not None:
            out.append(
                Entry("result", now, f"Adopted: {m.title}. No delegation objects.", ref=m.id)
            )
        if m.apply is not None:
            m.apply(v)
        for d in content.delegations:  # `rules.bump` written out, as in `_floor`
            base = d.base
            if v[base + PRESENT]:
                x = v[base + FACE] + n.face_adopted
                v[base + FACE] = 0 if x < 0 else (100 if x > 100 else x)
                x = v[base + ENGAGEMENT] + n.engagement_adopted
                v[base + ENGAGEMENT] = 0 if x < 0 else (100 if x > 100 else x)
        _standing(content, v, n.standing_adopted)
        return m.minutes
    v[m.base + FAILED] += 1
    if out is not None:
        names = listed([definite(d.name) for d in blockers])
        out.append(
            Entry(
                "result", now, f"No consensus on {titled(m.title)}: blocked by {names}.", ref=m.id
            )
        )
    for d in blockers:  # `rules.bump` written out, as in `_floor`
        base = d.base
        x = v[base + FACE] - n.face_blocked
        v[base + FACE] = 0 if x < 0 else (100 if x > 100 else x)
        x = v[base + PATIENCE] - n.patience_blocked
        v[base + PATIENCE] = 0 if x < 0 else (100 if x > 100 else x)
    _standing(content, v, -n.standing_failed)
    if m.on_fail is not None:
        m.on_fail(v)
    return m.minutes


def _standing(content: Content, v: list[int], delta: int) -> None:
    """Move the chair's standing (the meter the scenario names as such, if any)."""
    n = content.numbers
    if delta and n.standing_slot is not None:
        lo, hi = n.standing_range
        v[n.standing_slot] = min(hi, max(lo, v[n.standing_slot] + delta))


def _roll_call(
    content: Content, v: list[int], m: Measure, out: list[Entry] | None, now: int
) -> list[Delegation]:
    """Each delegation at the table answers, in the scenario's order; those who block."""
    if out is None:  # the lean step: only the answers, read from the state (`answering`)
        blockers = content.tables.roll_call[m.id](v)
        if content.blocs and blockers:
            blockers = _blocs_decide(content, v, m, out, now, blockers)
        return blockers
    framing = v[FRAMING]
    points = m.points(v)  # the same for every delegation: answers change no slot it reads
    blockers = []
    for d in content.delegations:
        if not v[d.base + PRESENT]:
            v[d.base + ANSWER] = NO_ANSWER
            continue
        code, reason = answer(content, v, d, m, framing, out is not None, points)
        v[d.base + ANSWER] = code
        if out is not None:
            out.append(Entry("answer", now, reason, d.id, answer=ANSWER_WORDS[code], ref=m.id))
        if code == BLOCK:
            blockers.append(d)
    if content.blocs and blockers:
        blockers = _blocs_decide(content, v, m, out, now, blockers)
    return blockers


def _blocs_decide(
    content: Content, v: list[int], m: Measure, out: list[Entry] | None, now: int, blockers: list
) -> list[Delegation]:
    """Blocs that decide as one (`blocs:`): when a member blocks, every member at the table
    blocks with it, saying whom it stands with; a split (a member blocks what another would
    support) costs the bloc's unity. Runs only when the scenario declares blocs."""
    blocking = {d.id for d in blockers}
    for bloc in content.blocs:
        first = next((d for d in blockers if d.id in bloc.members), None)
        if first is None:
            continue
        split = False
        for member_id in bloc.members:
            d = content.delegation(member_id)
            if member_id in blocking or not v[d.base + PRESENT]:
                continue
            split = split or v[d.base + ANSWER] == SUPPORT
            if bloc.decides_together:
                v[d.base + ANSWER] = BLOCK
                blocking.add(member_id)
                blockers.append(d)
                if out is not None:
                    out.append(
                        Entry(
                            "answer",
                            now,
                            agreeing(
                                d,
                                "{it} stand{s} with {first}: {bloc} decides as one",
                                first=definite(first.name),
                                bloc=bloc.name,
                            ),
                            d.id,
                            answer=ANSWER_WORDS[BLOCK],
                            ref=m.id,
                        )
                    )
        if split and bloc.split_costs and bloc.unity_slot is not None:
            lo, hi = bloc.unity_range
            v[bloc.unity_slot] = max(lo, min(hi, v[bloc.unity_slot] - bloc.split_costs))
    order = {d.id: i for i, d in enumerate(content.delegations)}
    return sorted(blockers, key=lambda d: order[d.id])


def _frame(
    content: Content,
    v: list[int],
    target: str | None,
    out: list[Entry] | None,
    said: list[Entry] | None,
    now: int,
) -> int:
    f = content.framing(target)  # type: ignore[arg-type]
    v[FRAMING] = f.number
    if out is not None:
        out.append(Entry("action", now, f"The Chair frames the talks: {f.title}.", ref=f.id))
    say(said, f.say, now, ref=f.id, v=v)
    if f.apply is not None:
        f.apply(v)
    return content.numbers.minutes["frame"]


def _statement(
    content: Content,
    v: list[int],
    target: str | None,
    out: list[Entry] | None,
    said: list[Entry] | None,
    now: int,
) -> int:
    s = content.statement(target)  # type: ignore[arg-type]
    v[s.slot] = 1
    if out is not None:
        out.append(Entry("action", now, f"The Chair makes a statement: {s.title}.", ref=s.id))
    if said is not None:
        said.append(
            Entry("speech", now, s.text, "chair", s.source, ref=s.id, said_by=s.said_by, use=s.use)
        )
    if s.apply is not None:
        s.apply(v)
    return content.numbers.minutes["statement"]


def _recess(
    content: Content,
    v: list[int],
    target: str | None,
    out: list[Entry] | None,
    said: list[Entry] | None,
    now: int,
) -> int:
    n = content.numbers
    v[RECESSES] += 1
    if out is not None:
        out.append(Entry("action", now, "The Chair suspends the session for a recess."))
    for d in content.delegations:  # `rules.bump` written out, as in `_floor`
        base = d.base
        if v[base + PRESENT]:
            x = v[base + PATIENCE] + n.patience_recess
            v[base + PATIENCE] = 0 if x < 0 else (100 if x > 100 else x)
    return n.minutes["recess"]


def _adjourn(
    content: Content,
    v: list[int],
    target: str | None,
    out: list[Entry] | None,
    said: list[Entry] | None,
    now: int,
) -> int:
    if out is not None:
        out.append(Entry("action", now, "The Chair adjourns the session."))
    return 0


EFFECTS = {
    "floor": _floor,
    "consult": _consult,
    "propose": _propose,
    "consensus": _consensus,
    "frame": _frame,
    "statement": _statement,
    "recess": _recess,
    "adjourn": _adjourn,
}
