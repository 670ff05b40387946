"""The lean step, written out for each action of a scenario: what `game._advance` does without
a transcript, as one small Python function per (verb, target), generated on first use.

`game._advance` is generic: for every step it looks up the reactions to the action, loops over
every delegation's temper, walks the events in a table of tuples, asks `min` of every patience
and tries the endings, each through tuple unpacking and attribute reads. For one action most of
that is known before the game starts: the minutes the verb takes and so the patience it costs,
which reactions answer it, in which order, with which group, chance or fate, which events are
timed when. Written out per action, a step does only what the state can still change: one
comparison per due event, one call per authored condition.

Like `legality`, the generated code holds slot numbers and names of our own making only;
authored conditions, effects and lines enter as their already compiled objects, by name. It
is compiled for an action the first time a lean step takes it (`Steps`), so a scenario opened
in the app, which plays by `game.step`, never pays for it. The order of everything is
`_advance`'s (see `game` and docs/model.md), and tests/engine/test_lean_step.py holds both to
the same states over many random games.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import rng
from .effects import EFFECTS
from .layout import CLOCK, ENDED, FAILED, RNG, ROUND
from .lean_verbs import Writer, write_verb
from .rules import say, walk_outs
from .scoring import find_ending

if TYPE_CHECKING:
    from .content import Content, Rule
    from .transcript import Entry

Key = tuple[str, str | None]
LeanStep = Callable[[list[int], "list[Entry] | None"], None]
"""A generated step: the state as a list, changed in place, and the list of spoken entries
(`game.SPOKEN`) or None."""


class Steps(dict[Key, LeanStep]):
    """The generated steps of one scenario by (verb, target), each made when first asked for
    (a memo of `Content.tables`: never game state)."""

    def __init__(self, content: Content) -> None:
        super().__init__()
        self.content = content
        self.tail: Callable[..., None] | None = None

    def __missing__(self, key: Key) -> LeanStep:
        if self.tail is None:
            self.tail = generate_tail(self.content)[0]
        made = self[key] = generate(self.content, key, self.tail)[0]
        return made


def minutes(content: Content, verb: str, target: str | None) -> int:
    """The minutes an action takes, as its effect (`effects.EFFECTS`) returns them."""
    if verb == "adjourn":
        return 0
    if verb == "consensus":
        return content.measure(target).minutes  # type: ignore[arg-type]
    return content.numbers.minutes[verb]


def generate(
    content: Content, key: Key, tail: Callable[..., None] | None = None
) -> tuple[LeanStep, str]:
    """The lean step for the action `key`, and its source (for whoever debugs it); `tail`:
    the scenario's `generate_tail`, when made already."""
    if tail is None:
        tail = generate_tail(content)[0]
    verb, target = key
    hot = content.tables.rules
    end = content.end
    w = Writer(hot.variants)
    w.names.update(
        content=content,
        hot=hot,
        effect=EFFECTS[verb],
        target=target,
        say=say,
        draw=rng.draw,
        walk_outs=walk_outs,
        find_ending=find_ending,
    )
    failed = hot.reactions["failed"] if verb == "consensus" else ()
    measure = content.measure(target) if verb == "consensus" else None  # type: ignore[arg-type]
    w.line(f"now = v[{CLOCK}]")
    if failed and measure is not None:
        w.line(f"before = v[{measure.base + FAILED}]")
    # 1. the verb acts; 2. the clock moves on, everyone at the table loses patience
    if not write_verb(w, content, verb, target):  # the verbs of most steps, written out
        w.line("effect(content, v, target, None, said, now)")
    w.line(f"v[{ROUND}] += 1")
    taken = minutes(content, verb, target)
    w.line(f"clock = v[{CLOCK}] + {taken}")
    w.line(f"v[{CLOCK}] = clock if clock < {end} else {end}")
    drain = (taken * content.numbers.patience_per_hour + 30) // 60
    if drain:
        for present, patience in hot.tempers:
            w.line(f"if v[{present}]:")  # loses `drain`, down to 0 (`rules.pass_time`)
            w.line(f"    v[{patience}] = v[{patience}] - {drain} if v[{patience}] > {drain} else 0")
    if verb != "adjourn":
        w.line(f"closing = v[{CLOCK}] >= {end}")
    # 3. reactions to the verb (at most one per group), then to a failed call
    answering = [(once, slot, test, rule) for once, slot, test, rule in hot.answering[key]]
    chosen = [
        (once, slot, test, rule)
        for aimed, once, slot, test, rule in failed
        if aimed is None or target in aimed
    ]
    groups: dict[str, str] = {}
    for *_, rule in (*answering, *chosen):
        if rule.group is not None and rule.group not in groups:
            groups[rule.group] = f"g{len(groups)}"
            w.line(f"{groups[rule.group]} = False")
    for once, slot, test, rule in answering:
        _try(w, rule, once, slot, test, "now", groups)
    if chosen and measure is not None:
        w.line(f"if v[{measure.base + FAILED}] > before:")
        w.depth += 1
        for once, slot, test, rule in chosen:
            _try(w, rule, once, slot, test, "now", groups)
        w.depth -= 1
    if verb == "adjourn":  # no events; 5. walk-outs; 6. the session closes: its ending
        _walk_outs(w, content)
        w.line("ending = find_ending(content, v, True)")
        w.line("if ending is not None:")
        w.line(f"    v[{ENDED}] = ending.index + 1")
    else:  # 4.-6., the same after every other action: written once (`generate_tail`)
        w.names["tail"] = tail
        w.line("tail(v, said, now, closing)")
    return _compiled(w, content, "def lean(v, said):", f"<lean step of {content.id}>")


def generate_tail(content: Content) -> tuple[Callable[..., None], str]:
    """What follows the reactions in every lean step but an adjournment: events, walk-outs,
    the first ending that holds. One function per scenario: written into every action's step,
    it made compiling them three times as long."""
    hot = content.tables.rules
    w = Writer(hot.variants)
    w.names.update(
        content=content, hot=hot, say=say, draw=rng.draw, walk_outs=walk_outs,
        find_ending=find_ending,
    )  # fmt: skip
    # 4. events whose time has come or whose condition holds
    if hot.timed or hot.events:
        w.line(f"clock = v[{CLOCK}]")
        for at, once, slot, fate, test, event in hot.timed:
            _try(w, event, once, slot, test, f"now if now > {at} else {at}", {}, at, fate)
        for at_or_none, once, slot, fate, test, event in hot.events:
            when = "clock" if at_or_none is None else f"now if now > {at_or_none} else {at_or_none}"
            _try(w, event, once, slot, test, when, {}, at_or_none, fate)
    _walk_outs(w, content)
    # 6. the first ending that holds
    w.line("if closing:")
    w.line("    ending = find_ending(content, v, True)")
    w.line("    if ending is not None:")
    w.line(f"        v[{ENDED}] = ending.index + 1")
    for test, ending in hot.anytime_endings:
        w.line(f"elif {w.name('e', test)}(v):")
        w.line(f"    v[{ENDED}] = {ending.index + 1}")
    return _compiled(w, content, "def lean(v, said, now, closing):", f"<lean tail of {content.id}>")


def _walk_outs(w: Writer, content: Content) -> None:
    """5. walk-outs, when someone at the table is out of patience."""
    tempers = content.tables.rules.tempers
    if tempers:
        tried = " or ".join(f"(v[{p}] <= 0 and v[{present}])" for present, p in tempers)
        w.line(f"if {tried}:")
        w.line("    walk_outs(content, hot, v, None, said)")


def _compiled(w: Writer, content: Content, head: str, filename: str) -> tuple[Any, str]:
    source = head + "\n" + "\n".join(w.lines) + "\n"
    scope: dict[str, object] = {"__builtins__": {}, **w.names}
    exec(compile(source, filename, "exec"), scope)
    return scope["lean"], source  # defined by the code just run


def _try(
    w: Writer,
    rule: Rule,
    once: bool,
    slot: int,
    test: Callable[[list[int]], bool] | None,
    time: str,
    groups: dict[str, str],
    at: int | None = None,
    fate: int | None = None,
) -> None:
    """A rule tried: if it may fire now, `rules.fire` written out for it (no transcript)."""
    checks = []
    if at is not None:
        checks.append(f"clock >= {at}")
    if once:
        checks.append(f"not v[{slot}]")
    if fate is not None:
        checks.append(f"v[{fate}]")
    if test is not None:
        checks.append(f"{w.name('t', test)}(v)")
    opened = w.block(" and ".join(checks) or None)
    group = groups.get(rule.group) if rule.group is not None else None
    opened += w.block(f"not {group}" if group else None)
    if rule.fate is not None:  # (tested above already when it is the event's `fate`)
        opened += w.block(None if rule.fate == fate else f"v[{rule.fate}]")
    elif rule.chance < 1.0:
        w.line(f"v[{RNG}], roll = draw(v[{RNG}])")
        opened += w.block(f"roll < {w.name('c', rule.chance)}")
    w.line(f"v[{rule.slot}] += 1")
    if group:
        w.line(f"{group} = True")
    if rule.say:  # words when they are kept; without them, only the variants' draws
        w.line("if said is not None:")
        w.line(f"    say(said, {w.name('s', rule.say)}, {time}, ref={w.name('i', rule.id)}, v=v)")
        tests = w.variants.get(rule.id, ())
        if tests:
            w.line("else:")
            w.depth += 1
            for variant in tests:
                opened_test = w.block(None if variant is None else f"{w.name('t', variant)}(v)")
                w.line(f"v[{RNG}] = (v[{RNG}] + {rng.GOLDEN}) & {rng.MASK}")  # `rng.skip`
                w.depth -= opened_test
            w.depth -= 1
    if rule.apply is not None:
        w.line(f"{w.name('a', rule.apply)}(v)")
    w.depth -= opened
