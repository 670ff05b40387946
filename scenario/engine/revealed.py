"""What a first consultation reveals, in words: red lines, what matters most, where it can move."""

from __future__ import annotations

from collections.abc import Sequence

from . import hidden
from .content import Content, Delegation
from .hidden import as_drawn
from .phrasing import agreeing, blocks_words, listed, opening_name, red_line_words


def findings(content: Content, d: Delegation, v: Sequence[int] | None = None) -> str:
    """What a first consultation reveals, in words: red lines, what matters most, where it can
    move. Where the scenario draws hidden values per game, what *this* game (the state `v`)
    drew; without `v`, the lowest values a game may draw.

    The words for the positions as written are a table (`Content.tables`); those for a game's
    draw are kept with the drawn delegation (`hidden.DrawnMemo`): the app asks at every redraw."""
    memo = None if v is None else content.tables.drawn.get(d.id)
    if memo is None or v is None:
        return content.tables.findings[d.id]
    key = memo.values(v)
    found = memo.findings.get(key)
    if found is None:
        if len(memo.findings) >= hidden.MEMO:
            memo.findings.clear()
        found = memo.findings[key] = written(content, as_drawn(content, v, d))
    return found


def written(content: Content, d: Delegation) -> str:
    """`findings` for the positions `d` carries."""
    if not d.positions:
        return agreeing(
            d, "{name} {has} no position on the issues of these talks.", name=opening_name(d.name)
        )
    title = content.issues
    red = [
        red_line_words(title[i].title, p.position, p.red_line)
        for i, p in d.positions.items()
        if p.red_line is not None
    ]
    by_weight = sorted(d.positions.items(), key=lambda item: (-item[1].salience, item[0]))
    by_room = sorted(
        d.positions.items(), key=lambda item: (-item[1].room * (1 - item[1].salience / 2), item[0])
    )
    parts = [f"red lines — {blocks_words(d, red)}" if red else "no red lines"]
    cares = listed([title[i].title for i, _ in by_weight[:3]])
    parts.append(agreeing(d, "{it} care{s} most about {cares}", cares=cares))
    room = listed([f"{title[i].title} ({p.room} points)" for i, p in by_room[:2]])
    parts.append(agreeing(d, "{it} {has} most room to move on {room}", room=room))
    return _from(d) + "; ".join(parts) + "."


def learnt(content: Content, d: Delegation, v: Sequence[int] | None = None) -> str:
    """`findings` without the minutes' "Learnt in private from USA: ", as a sentence: for a
    place that already says what it is (the dossier's "Learnt in private")."""
    found = findings(content, d, v)
    body = found.removeprefix(_from(d))
    return body[:1].upper() + body[1:]


def _from(d: Delegation) -> str:
    return f"Learnt in private from {d.short}: "
