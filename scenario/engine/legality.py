"""Which actions the chair may take now, and why not: all read from the verbs' checks.

`verbs.REGISTRY` says, for each verb and target, what must hold (`Check`s, each with its reason).
Here those checks become, once per scenario, one small Python function that lists the legal
actions (called on every step of a playtest, so it must cost no more than a hand-written filter)
and one per action that returns which check fails first. `legal_actions`, `is_legal`,
`check_action` and `why_not` are these functions read three ways; none of them decides anything
itself, so they cannot disagree (`tests/engine/test_verbs.py` holds them to that).

The generated code holds slot numbers and names of our own making only; authored conditions
enter as their already compiled functions, by name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .actions import Action, ActionSyntaxError, IllegalAction, UnknownTarget
from .content import Content
from .layout import ENDED
from .verbs import REGISTRY, SESSION_OVER, Check, State, verb

Key = tuple[str, str | None]


@dataclass(frozen=True, slots=True)
class Legality:
    """A scenario's actions and the functions derived from their checks (built once)."""

    by_key: dict[Key, Action]
    """Every action the scenario has, by (verb, target), in the order they are listed."""
    checks: dict[Key, tuple[Check, ...]]
    listing: Callable[[Sequence[int]], list[Action]]
    """The legal actions in a state (a tuple, or the list a playtest plays a game on): verbs
    in the registry's order, targets as written."""
    failing: dict[Key, Callable[[State], int]]
    """For each action, the first check that fails in a state: -1 none (legal), 0 the session
    is over, n the n-th of its checks."""
    source: str
    """The generated code, for whoever debugs it."""


def table(content: Content) -> Legality:
    """The scenario's `Legality`, built on first use with the engine's other tables."""
    return content.tables.legality


def build(content: Content) -> Legality:
    """Derive the `Legality` of a scenario from its verbs' checks (see the module's docstring)."""
    by_key: dict[Key, Action] = {}
    checks: dict[Key, tuple[Check, ...]] = {}
    for v in REGISTRY:
        targets = [None] if v.target is None else v.target.items(content)
        for item in targets:
            target = None if item is None else item.id
            by_key[v.name, target] = Action(v.name, target)
            checks[v.name, target] = v.checks(content, item)
    names: dict[str, object] = {}  # what the generated code calls by name
    tests: dict[Key, list[str]] = {}
    for number, (key, found) in enumerate(checks.items()):
        names[f"a{number}"] = by_key[key]
        tests[key] = []
        for index, check in enumerate(found):
            name = f"h{number}_{index}"
            if check.holds is not None:
                names[name] = check.holds
            tests[key].append(check.code(name))
    lines = ["def listing(v):", f"    if v[{ENDED}]:", "        return []", "    out = []"]
    lines.append("    add = out.append")
    for number, key in enumerate(checks):
        if tests[key]:
            lines.append(f"    if {' and '.join(tests[key])}:")
            lines.append(f"        add(a{number})")
        else:
            lines.append(f"    add(a{number})")
    lines.append("    return out")
    for number, key in enumerate(checks):
        lines += [f"def failing{number}(v):", f"    if v[{ENDED}]:", "        return 0"]
        for index, test in enumerate(tests[key], start=1):
            lines += [f"    if not ({test}):", f"        return {index}"]
        lines.append("    return -1")
    source = "\n".join(lines) + "\n"
    scope: dict[str, object] = {"__builtins__": {}, **names}
    exec(compile(source, f"<legality of {content.id}>", "exec"), scope)
    return Legality(
        by_key,
        checks,
        scope["listing"],  # type: ignore[arg-type]  # defined by the code just run
        {key: scope[f"failing{n}"] for n, key in enumerate(checks)},  # type: ignore[misc]
        source,
    )


def legal_actions(content: Content, state: State) -> list[Action]:
    """Every action the chair may take now, in a fixed order (verbs, then targets as written)."""
    return table(content).listing(state)


def is_legal(content: Content, state: State, action: Action) -> bool:
    """Whether a well-formed action naming real things may be taken now (no list is built)."""
    return table(content).failing[action.verb, action.target](state) < 0


def why_not(content: Content, state: State, action: Action) -> str | None:
    """Why a well-formed action naming real things may not be taken now; None if it may."""
    t = table(content)
    key = (action.verb, action.target)
    index = t.failing[key](state)
    return None if index < 0 else _reason(t, key, index, state)


def _reason(t: Legality, key: Key, index: int, state: State) -> str:
    """The reason of the check numbered `index` by a `failing` function (0: the session)."""
    return SESSION_OVER if index == 0 else t.checks[key][index - 1].why(state)


def check_action(content: Content, state: State, action: Action) -> None:
    """Raise `UnknownTarget` or `IllegalAction`, with the choices there are, unless `action` is legal."""
    t = table(content)
    key = (action.verb, action.target)
    failing = t.failing.get(key)
    if failing is None:
        kind = verb(action.verb).target
        if kind is None:
            raise ActionSyntaxError(f"'{action.verb}' takes no target")
        ids = kind.ids(content)
        raise UnknownTarget(f"unknown {kind.name} {action.target!r} for '{action.verb}'", ids)
    index = failing(state)
    if index < 0:
        return
    choices = [str(a) for a in t.listing(state)]
    raise IllegalAction(_reason(t, key, index, state), choices)
