"""How the scenario's rules act within a step: the clock, reactions, events, walk-outs, endings.

`game.step` calls these in the order docs/model.md promises (see `game`); each takes the state
as the list the step is building and, given lists, writes the transcript's entries (`out`: the
narration; `said`: the words said). With no list nothing is written and no words are built,
but every draw of the generator happens as it would with them, so both reach the same states.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter

from . import rng
from .actions import TARGETS, VERBS
from .content import Content, Ending, Rule, Said
from .layout import CLOCK, PATIENCE, PRESENT, RNG
from .phrasing import agreeing, opening_name
from .speaking import render, skip_words
from .transcript import Entry


def pass_time(
    content: Content, v: list[int], minutes: int, tempers: tuple[tuple[int, int], ...]
) -> None:
    """The clock moves on by the verb's minutes, never past the close; everyone at the table
    loses patience with the time (rounded to the nearest point)."""
    v[CLOCK] = min(content.end, v[CLOCK] + minutes)
    drain = (minutes * content.numbers.patience_per_hour + 30) // 60
    if drain:
        for present, patience in tempers:
            if v[present]:
                left = v[patience] - drain
                v[patience] = left if left > 0 else 0


def bump(v: list[int], slot: int, delta: int) -> None:
    """Add to a delegation's 0..100 number, staying in range."""
    v[slot] = min(100, max(0, v[slot] + delta))


def say(
    said: list[Entry] | None,
    lines: Iterable[Said],
    time: int,
    kind: str = "speech",
    ref: str | None = None,
    v: list[int] | None = None,
) -> None:
    """Minute each line (given `v`: each line whose `when` holds, in the words due this time).

    With `said` None the words are not built, but a line with variants still draws the one it
    would have said, so that the generator, and every state after, stays as `step` has it."""
    for line in lines:
        if v is None or (line.test is None and line.texts is None):
            text = line.text
        elif line.test is not None and not line.test(v):
            continue
        elif said is None:
            skip_words(line, v)
            continue
        else:
            text = render(line, v)
        if said is not None:
            said.append(
                Entry(
                    kind,
                    time,
                    text,
                    line.speaker,
                    line.source,
                    ref=ref,
                    said_by=line.said_by,
                    use=line.use,
                )
            )


def fire(
    hot: RuleTable,
    v: list[int],
    rule: Rule,
    out: list[Entry] | None,
    said: list[Entry] | None,
    time: int,
    groups: set[str] | None = None,
) -> None:
    """Fire a rule whose target, once-only and condition the caller has checked, if its group
    has not fired in this action (`groups`) and its chance is drawn."""
    group = rule.group
    if group is not None and groups is not None and group in groups:
        return
    fate = rule.fate
    if fate is not None:
        if not v[fate]:
            return
    elif rule.chance < 1.0:
        v[RNG], roll = rng.draw(v[RNG])
        if roll >= rule.chance:
            return
    v[rule.slot] += 1
    if group is not None and groups is not None:
        groups.add(group)
    if out is not None and rule.kind == "event":
        out.append(Entry("event", time, rule.title or rule.id, ref=rule.id))
    if said is not None:
        if rule.say:
            say(said, rule.say, time, ref=rule.id, v=v)
    else:  # no words: only the draws of the variants its lines would have picked
        for test in hot.variants.get(rule.id, ()):
            if test is None or test(v):
                v[RNG] = rng.skip(v[RNG])
    if rule.apply is not None:
        rule.apply(v)


def fire_events(
    hot: RuleTable, v: list[int], out: list[Entry] | None, said: list[Entry] | None, before: int
) -> None:
    """Fire the events whose time has come (`before`: the clock before this action, so a
    timed event is minuted at its own time) or whose condition holds, once-only ones once."""
    clock = v[CLOCK]
    if hot.timed:  # in time order (`RuleTable.timed`): those due by now, then the untimed ones
        for at, once, slot, fate, test, event in hot.timed[: bisect_right(hot.times, clock)]:
            if (once and v[slot]) or (fate is not None and not v[fate]):
                continue  # (an event whose chance did not come up in this game never fires)
            if test is None or test(v):
                fire(hot, v, event, out, said, max(before, at))
    for at_or_none, once, slot, fate, test, event in hot.events:
        if at_or_none is not None and clock < at_or_none:
            continue
        if (once and v[slot]) or (fate is not None and not v[fate]):
            continue
        if test is None or test(v):
            fire(hot, v, event, out, said, clock if at_or_none is None else max(before, at_or_none))


def ending_now(hot: RuleTable, v: list[int]) -> Ending | None:
    """The first ending that may end the game before the close and whose condition holds."""
    for test, ending in hot.anytime_endings:
        if test(v):
            return ending
    return None


Test = Callable[[list[int]], bool]


@dataclass(frozen=True, slots=True)
class RuleTable:
    """The rules of a scenario as plain tuples, in the order they are tried: the step's loops
    read these instead of the rules' attributes (one of `Content.tables`)."""

    reactions: dict[str, tuple[tuple[tuple[str, ...] | None, bool, int, Test | None, Rule], ...]]
    answering: dict[tuple[str, str | None], tuple[tuple[bool, int, Test | None, Rule], ...]]
    """(verb, target) -> the reactions that answer exactly this action, in order."""
    events: tuple[tuple[int | None, bool, int, int | None, Test | None, Rule], ...]
    """(at, once, slot, fate, test, event) of each event not in `timed`, as written; conditions
    are pure, so a fate is looked at first."""
    timed: tuple[tuple[int, bool, int, int | None, Test | None, Rule], ...]
    """With `minutes_in_time_order`, the events with a time, sorted by it (as written among
    equals): those due are found by bisection of `times`, and fall due before the untimed
    ones, so their minutes never go back in time. Empty otherwise."""
    times: tuple[int, ...]
    """The time of each of `timed`."""
    anytime_endings: tuple[tuple[Callable[[list[int]], bool], Ending], ...]
    tempers: tuple[tuple[int, int], ...]  # (present, patience) slots of each delegation
    patience: Callable[[Sequence[int]], tuple[int, ...]]
    """Every delegation's patience at once: while none is at 0, nobody can walk out."""
    variants: dict[str, tuple[Test | None, ...]]
    """Rule id -> the condition (None: none) of each of its lines written in variants: a lean
    step builds no words, but each such line said would have drawn its variant."""


def rule_table(content: Content) -> RuleTable:
    """The `RuleTable` of `content` (for `tables`)."""
    in_order = content.numbers.minutes_in_time_order
    patiences = [d.base + PATIENCE for d in content.delegations]
    timed = sorted(
        ((e.at, e) for e in content.events if in_order and e.at is not None), key=lambda x: x[0]
    )
    return RuleTable(
        reactions={
            verb: tuple((r.target, r.once, r.slot, r.test, r) for r in rules)
            for verb, rules in content.reactions.items()
        },
        answering={
            (verb, target): tuple(
                (r.once, r.slot, r.test, r)
                for r in content.reactions[verb]
                if r.target is None or (target is not None and target in r.target)
            )
            for verb, target in _every_action(content)
        },
        events=tuple(
            (e.at, e.once, e.slot, e.fate, e.test, e)
            for e in content.events
            if not (in_order and e.at is not None)
        ),
        timed=tuple((at, e.once, e.slot, e.fate, e.test, e) for at, e in timed),
        times=tuple(at for at, _ in timed),
        tempers=tuple((d.base + PRESENT, d.base + PATIENCE) for d in content.delegations),
        patience=itemgetter(*patiences, *patiences[:1]),  # the first twice: a tuple even for one
        anytime_endings=tuple(
            (e.when.run, e) for e in content.endings if not e.at_close and e.when is not None
        ),
        variants={
            rule.id: lines
            for rule in content.all_rules()
            if (
                lines := tuple(
                    line.test for line in rule.say if line.texts is not None and len(line.texts) > 1
                )
            )
        },
    )


def _every_action(content: Content) -> Iterable[tuple[str, str | None]]:
    """Each (verb, target) the chair could ever take in this scenario."""
    pools: dict[str, tuple] = {
        "delegation": content.delegations,
        "measure": content.measures,
        "framing": content.framings,
        "statement": content.statements,
    }
    for verb in VERBS:
        kind = TARGETS.get(verb)
        if kind is None:
            yield verb, None
        else:
            yield from ((verb, item.id) for item in pools[kind])


def walk_outs(
    content: Content,
    hot: RuleTable,
    v: list[int],
    out: list[Entry] | None,
    said: list[Entry] | None,
) -> None:
    """Delegations out of patience leave; their leaving may try others' patience in turn."""
    left = True
    while left:
        left = False
        for d in content.delegations:
            if v[d.base + PRESENT] and v[d.base + PATIENCE] <= 0:
                left = True
                v[d.base + PRESENT] = 0
                line = d.walkout
                if line is None or (line.test is not None and not line.test(v)):
                    words = agreeing(
                        d, "{name} walk{s} out of the session.", name=opening_name(d.name)
                    )
                    line = Said(None, words)
                if said is None:
                    skip_words(line, v)
                else:
                    said.append(
                        Entry(
                            "walkout",
                            v[CLOCK],
                            render(line, v),
                            line.speaker,
                            line.source,
                            ref=d.id,
                            said_by=line.said_by,
                            use=line.use,
                        )
                    )
                groups: set[str] = set()
                for rule in content.reactions["walkout"]:
                    if (
                        (rule.target is None or d.id in rule.target)
                        and not (rule.once and v[rule.slot])
                        and (rule.test is None or rule.test(v))
                    ):
                        fire(hot, v, rule, out, said, v[CLOCK], groups)
