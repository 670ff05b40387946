"""The soundings overview as plain data: every measure against every delegation, as far as the
chair has learnt how each would answer a call for consensus now.

Only what the chair knows: a delegation not yet consulted in private has told nothing, and its
cells say so; one that has walked out answers nothing. The answers are the engine's sounding
(`Game.sounding`), the same the dossier and the consultation show one delegation at a time. The
rows also hold every measure's state and the issues' status quo, so the overview is the agenda
in full as well. No Textual here: plain-text play can show the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from scenario import Action, Game

from .keys import key_of
from .reports import position_words

STATE_WORDS = {
    "adopted": "adopted",
    "tabled": "on the table",
    "open": "not tabled",
    "later": "cannot be tabled yet",
}


@dataclass(frozen=True)
class Column:
    """A delegation, as a column of the overview."""

    id: str
    index: int  # order in the scenario, for its colour
    short: str
    name: str
    present: bool
    consulted: bool
    plural: bool = False  # its name is plural ('NATO allies have walked out')


@dataclass(frozen=True)
class Cell:
    """What the chair knows of one delegation's answer to one measure."""

    answer: str | None  # "supports", "acquiesces", "blocks"; None when it is not known
    reason: str  # why it would answer so, or why the answer is not known


@dataclass(frozen=True)
class MeasureRow:
    id: str
    title: str
    state: str  # a key of STATE_WORDS
    failed: int  # calls for consensus on it that failed
    cells: tuple[Cell, ...]  # one per column


@dataclass(frozen=True)
class IssueRow:
    title: str
    status: int  # the status quo, 0..100
    words: str  # the status quo in the issue's own words


@dataclass(frozen=True)
class Overview:
    framing: str | None
    columns: tuple[Column, ...]
    rows: tuple[MeasureRow, ...]  # adopted, then on the table, then the rest, as written
    issues: tuple[IssueRow, ...]


ORDER = {"adopted": 0, "tabled": 1, "open": 2, "later": 3}


def overview(game: Game) -> Overview:
    content = game.content
    columns = tuple(
        Column(
            d.id,
            d.index,
            d.short,
            d.name,
            game.standing(d.id).present,
            game.revealed(d.id),
            d.plural,
        )
        for d in content.delegations
    )
    answers = {
        column.id: {m.id: (answer, reason) for m, answer, reason in game.sounding(column.id)}
        for column in columns
        if column.consulted and column.present
    }
    legal = set(game.legal_actions())
    rows = []
    for m in content.measures:
        standing = game.measure_standing(m.id)
        state = standing.place
        if state == "open" and not (Action("propose", m.id) in legal or game.over):
            state = "later"
        rows.append(
            MeasureRow(
                m.id,
                m.title,
                state,
                standing.failed,
                tuple(_cell(column, answers, m.id, state) for column in columns),
            )
        )
    rows.sort(key=lambda row: ORDER[row.state])  # stable: as written within each state
    framing = game.framing()
    issues = tuple(
        IssueRow(
            issue.title,
            game.status(issue.id),
            position_words(content, issue.id, game.status(issue.id)),
        )
        for issue in content.issues.values()
    )
    return Overview(framing.title if framing else None, columns, tuple(rows), issues)


def _cell(
    column: Column, answers: dict[str, dict[str, tuple[str, str]]], measure_id: str, state: str
) -> Cell:
    if state == "adopted":
        return Cell(None, "adopted: no delegation objected")
    if not column.present:
        gone = "have walked out and answer" if column.plural else "has walked out and answers"
        return Cell(None, f"{column.name} {gone} nothing")
    if not column.consulted:
        return Cell(
            None,
            f"not consulted: consult {column.name} in private ({key_of('consult').key}) to learn "
            f"how {'they' if column.plural else 'it'} would answer",
        )
    answer, reason = answers[column.id][measure_id]
    return Cell(answer, reason)
