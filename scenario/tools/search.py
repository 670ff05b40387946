"""Searching the tree of play: the best and worst reachable outcomes, and the lines to them.

A breadth-first beam search over action sequences from the opening, for one seed:

- states already seen are not expanded again (a transposition table keyed on the state tuple
  itself, which is hashable and canonical);
- at each depth the frontier is cut to the `beam` states with the highest provisional score and
  the `beam` with the lowest, so that both the best and the worst lines stay in view;
- every ended game met on the way (an ending, or ``adjourn`` which is legal at every step) is an
  outcome; at the depth limit the frontier is closed with ``adjourn``.

Then it asks PeaceMaker's question — is the scenario a puzzle that one simple recipe solves? —
by playing a few simple strategies and comparing them with the best line found.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..engine.actions import Action, ActionError, parse_action
from ..engine.content import Content, Measure
from ..engine.game import State, advance, check_action, legal_actions, new_state, step
from ..engine.layout import BLOCK, ENDED, FRAMING, PRESENT
from ..engine.negotiation import answer
from ..engine.scoring import score
from .progress import Tracker

DOMINANCE = 0.9
"""A simple strategy scoring at least this share of the best line is reported as dominant."""


@dataclass(frozen=True)
class Line:
    score: int
    ending: str
    actions: tuple[Action, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "ending": self.ending,
            "actions": [str(a) for a in self.actions],
        }


@dataclass
class SearchResult:
    depth: int
    beam: int
    seed: int
    expanded: int = 0
    best: Line | None = None
    worst: Line | None = None
    endings: dict[str, Line] = field(default_factory=dict)  # the best line found to each ending
    strategies: dict[str, Line] = field(default_factory=dict)
    exploits: dict[str, Line] = field(default_factory=dict)  # see EXPLOITS
    seconds: float = 0.0

    def offer(self, line: Line) -> None:
        if self.best is None or (line.score, -len(line.actions)) > (
            self.best.score,
            -len(self.best.actions),
        ):
            self.best = line
        if self.worst is None or (line.score, len(line.actions)) < (
            self.worst.score,
            len(self.worst.actions),
        ):
            self.worst = line
        known = self.endings.get(line.ending)
        if known is None or line.score > known.score:
            self.endings[line.ending] = line

    def dominant(self) -> list[str]:
        if self.best is None or self.best.score <= 0:
            return []
        return [
            name
            for name, line in self.strategies.items()
            if line.score >= DOMINANCE * self.best.score
        ]

    def to_json(self, content: Content) -> dict[str, Any]:
        return {
            "scenario": content.id,
            "seed": self.seed,
            "depth": self.depth,
            "beam": self.beam,
            "states_expanded": self.expanded,
            "best": self.best.to_json() if self.best else None,
            "worst": self.worst.to_json() if self.worst else None,
            "endings_reachable": {ending: line.to_json() for ending, line in self.endings.items()},
            "endings_not_found": [e.id for e in content.endings if e.id not in self.endings],
            "strategies": {name: line.to_json() for name, line in self.strategies.items()},
            "dominant_strategies": self.dominant(),
            "exploits": {name: line.to_json() for name, line in self.exploits.items()},
            "seconds": round(self.seconds, 3),
        }


Allow = Callable[[Action], bool]
"""Which actions a search may take (adjourning is always allowed)."""


def never_listens(action: Action) -> bool:
    """A chair who never gives the floor and never consults."""
    return action.verb not in ("floor", "consult")


def search(
    content: Content,
    depth: int,
    seed: int = 0,
    beam: int = 200,
    allow: Allow | None = None,
    *,
    strategies: bool = True,
    progress: bool = False,
) -> SearchResult:
    """Best and worst lines within `depth` actions (then adjourned), for the game seeded `seed`;
    only through actions that `allow` accepts, if given. With `strategies`, also the simple
    strategies and the exploits (`EXPLOITS`): the best line of a chair who never listens, and
    tabling the easy measures and then adjourning.

    `progress`: show the depth reached and the states expanded on a terminal, as it goes.
    """
    from .progress import progress as shown

    steps = depth + (len(STRATEGIES) if strategies else 0)
    with shown(steps, f"Searching {content.id}", None, enabled=progress) as bar:
        return _search(content, depth, seed, beam, allow, strategies, bar)


def _search(
    content: Content,
    depth: int,
    seed: int,
    beam: int,
    allow: Allow | None,
    strategies: bool,
    bar: Tracker,
) -> SearchResult:
    started = time.perf_counter()
    result = SearchResult(depth, beam, seed)
    frontier: dict[State, tuple[Action, ...]] = {new_state(content, seed): ()}
    seen: set[State] = set()
    adjourn = Action("adjourn")
    for level in range(depth):
        bar.describe(f"Searching {content.id}: depth {level + 1}, {result.expanded:,} states")
        children: dict[State, tuple[Action, ...]] = {}
        for state, line in frontier.items():
            seen.add(state)
            result.expanded += 1
            for action in legal_actions(content, state):
                if allow is not None and action.verb != "adjourn" and not allow(action):
                    continue
                child = advance(content, state, action)  # legal: the lean step
                if child in seen or child in children:
                    continue
                path = (*line, action)
                if child[ENDED]:
                    result.offer(_outcome(content, child, path))
                else:
                    children[child] = path
        bar.advance()
        if not children:
            break
        frontier = _cut(content, children, beam)
    for state, line in frontier.items():
        if not state[ENDED]:
            closed = advance(content, state, adjourn)
            result.offer(_outcome(content, closed, (*line, adjourn)))
    if strategies:
        bar.describe(f"Searching {content.id}: {result.expanded:,} states; simple strategies")
        for name, strategy in STRATEGIES.items():
            result.strategies[name] = play_strategy(content, seed, strategy)
            bar.advance()
        if allow is None:
            deaf = search(content, depth, seed, beam, never_listens, strategies=False)
            if deaf.best is not None:
                result.exploits["never listens (best line)"] = deaf.best
        result.exploits["table the easy measures, then adjourn"] = play_strategy(
            content, seed, _easy_then_adjourn
        )
    result.seconds = time.perf_counter() - started
    return result


def best_line(
    content: Content, seed: int, depth: int = 40, beam: int = 200, allow: Allow | None = None
) -> Line:
    """The best line a beam search finds for the game seeded `seed` (to the end of the day when
    `depth` is large enough), through actions `allow` accepts: its actions, score and ending."""
    found = search(content, depth, seed, beam, allow, strategies=False).best
    assert found is not None  # adjourning is always possible, so there is always a line
    return found


def play_line(content: Content, actions: Sequence[Action | str], seed: int) -> Line:
    """Play a line found for one seed on the game seeded `seed`; where one of its actions is not
    legal there, the chair adjourns instead (and the game ends). The line actually played."""
    state = new_state(content, seed)
    played: list[Action] = []
    for item in actions:
        if state[ENDED]:
            break
        action = parse_action(item)
        if not _legal(content, state, action):
            action = Action("adjourn")
        played.append(action)
        state = advance(content, state, action)  # checked legal just above
    if not state[ENDED]:
        played.append(Action("adjourn"))
        state = advance(content, state, Action("adjourn"))
    return _outcome(content, state, tuple(played))


def _legal(content: Content, state: State, action: Action) -> bool:
    try:
        check_action(content, state, action)
    except ActionError:
        return False
    return True


def _outcome(content: Content, state: State, line: tuple[Action, ...]) -> Line:
    return Line(score(content, state).total, content.endings[state[ENDED] - 1].id, line)


def _cut(
    content: Content, children: dict[State, tuple[Action, ...]], beam: int
) -> dict[State, tuple[Action, ...]]:
    """Keep the `beam` best and `beam` worst by provisional score (ties: the earlier line)."""
    if len(children) <= 2 * beam:
        return children
    ranked = sorted(
        children.items(),
        key=lambda item: (score(content, item[0]).total, [str(a) for a in item[1]]),
    )
    return dict(ranked[:beam] + ranked[-beam:])


# --------------------------------------------------------------------------- simple strategies

Strategy = Callable[[Content, State, list[Action], list[Action]], Action]
"""(content, state, legal options, actions taken so far) -> the action to take."""


def _greedy(content: Content, state: State, options: list[Action], taken: list[Action]) -> Action:
    """The action whose result scores best right now (never adjourning early)."""
    playing = [a for a in options if a.verb != "adjourn"] or options
    return max(
        playing, key=lambda a: (score(content, advance(content, state, a)).total, -playing.index(a))
    )


def _listen_then_table(
    content: Content, state: State, options: list[Action], taken: list[Action]
) -> Action:
    """Consult every delegation once, then call or propose each measure in order, then recess."""
    for action in options:
        if action.verb == "consult" and action not in taken:
            return action
    for verb in ("consensus", "propose"):
        for action in options:
            if action.verb == verb:
                return action
    return next(a for a in options if a.verb == "recess")


def _recess_all_day(
    content: Content, state: State, options: list[Action], taken: list[Action]
) -> Action:
    """Do nothing of substance: the clock runs out."""
    return next(a for a in options if a.verb == "recess")


def _passes(content: Content, state: State, measure: Measure) -> bool:
    """Whether no delegation at the table would block the measure now (the roll-call preview)."""
    return all(
        answer(content, state, d, measure, state[FRAMING])[0] != BLOCK
        for d in content.delegations
        if state[d.base + PRESENT]
    )


def _easy_then_adjourn(
    content: Content, state: State, options: list[Action], taken: list[Action]
) -> Action:
    """Table what would pass now and call for it at once; adjourn when nothing more would."""
    for verb in ("consensus", "propose"):  # a measure on the table first, then a new one
        for action in options:
            if (
                action.verb == verb
                and action.target is not None  # both verbs name a measure
                and _passes(content, state, content.measure(action.target))
            ):
                return action
    return Action("adjourn")


STRATEGIES: dict[str, Strategy] = {
    "greedy": _greedy,
    "listen then table everything": _listen_then_table,
    "recess all day": _recess_all_day,
}


def play_strategy(content: Content, seed: int, strategy: Strategy, limit: int = 500) -> Line:
    state = new_state(content, seed)
    taken: list[Action] = []
    while not state[ENDED] and len(taken) < limit:
        action = strategy(content, state, legal_actions(content, state), taken)
        taken.append(action)
        state, _ = step(content, state, action)
    return _outcome(content, state, tuple(taken))


def text_report(data: dict[str, Any]) -> str:
    lines = [
        f"Search of {data['scenario']}: depth {data['depth']}, beam {data['beam']}, seed {data['seed']}"
    ]
    lines.append(f"  {data['states_expanded']:,} states expanded in {data['seconds']} s")
    for key in ("best", "worst"):
        found = data[key]
        if found:
            lines += ["", f"{key.capitalize()} score found: {found['score']} ({found['ending']})"]
            lines.append("  " + ", ".join(found["actions"]))
    lines += ["", "Endings reachable (best line to each):"]
    for ending, found in data["endings_reachable"].items():
        lines.append(f"  {ending:<24} score {found['score']:>3} in {len(found['actions'])} actions")
    if data["endings_not_found"]:
        lines.append(f"  not found within this depth: {', '.join(data['endings_not_found'])}")
    lines += ["", "Simple strategies:"]
    for name, found in data["strategies"].items():
        lines.append(f"  {name:<30} score {found['score']:>3} ({found['ending']})")
    if data["dominant_strategies"]:
        lines.append(
            f"  Warning: {', '.join(data['dominant_strategies'])} reach {int(DOMINANCE * 100)}% of the best "
            "line: the scenario may be a puzzle that one recipe solves."
        )
    else:
        lines.append(f"  No simple strategy comes within {int(DOMINANCE * 100)}% of the best line.")
    exploits = data.get("exploits") or {}
    if exploits:
        lines += ["", "Exploits (a scenario where these score near the best line can be gamed):"]
        for name, found in exploits.items():
            lines.append(f"  {name:<38} score {found['score']:>3} ({found['ending']})")
            lines.append("    " + ", ".join(found["actions"]))
    return "\n".join(lines) + "\n"
