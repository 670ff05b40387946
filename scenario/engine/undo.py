"""Which of the chair's actions may be taken back, and why not.

Taking an action back is exact: the engine is a pure function of the scenario, the seed and the
actions, and the generator's state is itself part of the game state, so the game without its last
action is the game as it stood before it, chance included. Undoing and repeating an action gives
the same result, never a new roll.

What cannot be taken back is knowledge. A first consultation tells the chair a delegation's red
lines and room to move; a call for consensus makes every delegation at the table say where it
stands. Undoing either would let a chair learn them for free, so both stand once taken, and so
does everything before them. Nor can the close of the session be undone: an ending is scored.
A walk-out can be taken back, since the delegation's patience was on its card for all to see.

Every interface (the app, plain-text play) asks `why_not_undo` and offers what it says.
"""

from __future__ import annotations

from .actions import Action
from .content import Content
from .game import State
from .layout import CONSULTED, ENDED, PRESENT
from .phrasing import agreeing, definite, titled


def why_not_undo(
    content: Content, states: list[State], actions: list[Action], ironman: bool = False
) -> str | None:
    """Why the last of `actions` cannot be taken back, or None if it can.

    `states` are the game's states from the opening on (one more than `actions`).
    """
    if ironman:
        return "this is an ironman game: every action stands"
    if not actions:
        return "there is nothing to take back yet"
    if states[-1][ENDED]:
        return "the session has closed and the day is scored"
    return revealed(content, states[-2], actions[-1])


def revealed(content: Content, before: State, action: Action) -> str | None:
    """What `action`, taken in state `before`, told the chair that was hidden (None: nothing)."""
    if action.verb == "consensus" and action.target is not None:
        title = content.measure(action.target).title
        return f"the delegations have answered the call for consensus on {titled(title)}"
    if action.verb == "consult" and action.target is not None:
        d = content.delegation(action.target)
        if before[d.base + PRESENT] and not before[d.base + CONSULTED]:
            return agreeing(
                d,
                "the first consultation with {name} revealed {its} red lines",
                name=definite(d.name),
            )
    return None
