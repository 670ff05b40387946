"""The verbs a lean step writes out (`lean`): tabling a measure, giving the floor and
consulting (two steps in three of a random game), framing, a statement and a recess.

Each is its `effects` function for one target, with what the target fixes written in: the
slots, the costs, the lines a delegation may say and the order it says them in. The reads and
writes, and the generator's draws, are the effect's, in the same order; the words, when a
caller keeps them, are made by the same functions (`rules.say`, `effects.speak_fallback`).
A call for consensus and an adjournment are called as `effects` has them. `Writer` is the code being written: Python
lines at an indent, and the objects they name (our names only; see `lean`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from . import rng
from .effects import bring_back, speak_fallback
from .layout import (
    CONSULTED,
    ENGAGEMENT,
    FACE,
    FRAMING,
    HEARD,
    PATIENCE,
    PRESENT,
    RECESSES,
    RNG,
    TABLED,
    TRUST,
)
from .speaking import pick_speech, skip_words

if TYPE_CHECKING:
    from .content import Content, Delegation, Framing, Measure, Speech


class Writer:
    """Lines of Python at an indent, and the objects they name."""

    def __init__(self, variants: dict[str, tuple[Callable[[list[int]], bool] | None, ...]]) -> None:
        self.variants = variants  # `RuleTable.variants`
        self.lines: list[str] = []
        self.names: dict[str, object] = {}
        self.depth = 1

    def line(self, text: str) -> None:
        self.lines.append("    " * self.depth + text)

    def name(self, prefix: str, value: object) -> str:
        name = f"{prefix}{len(self.names)}"
        self.names[name] = value
        return name

    def block(self, condition: str | None) -> int:
        """Open `if condition:` (nothing when None); returns how far to close."""
        if condition is None:
            return 0
        self.line(f"if {condition}:")
        self.depth += 1
        return 1


def write_verb(w: Writer, content: Content, verb: str, target: str | None) -> bool:
    """Write out the effect of (verb, target), if it is one of those written out."""
    if verb == "propose":
        _propose(w, content, content.measure(target))  # type: ignore[arg-type]
        return True
    if verb in ("floor", "consult"):
        d = content.delegation(target)  # type: ignore[arg-type]
        w.names.update(
            speak_fallback=speak_fallback,
            bring_back=bring_back,
            pick_speech=pick_speech,
            skip_words=skip_words,
        )
        _speaks(w, content, d, verb)
        return True
    if verb == "frame":
        _frame(w, content.framing(target))  # type: ignore[arg-type]
        return True
    if verb == "statement":
        s = content.statement(target)  # type: ignore[arg-type]
        w.line("if said is not None:")  # the words: `effects._statement` itself
        w.line("    effect(content, v, target, None, said, now)")
        w.line("else:")
        w.line(f"    v[{s.slot}] = 1")
        if s.apply is not None:
            w.line(f"    {w.name('a', s.apply)}(v)")
        return True
    if verb == "recess":
        n = content.numbers
        w.line(f"v[{RECESSES}] += 1")
        for d in content.delegations:
            w.line(f"if v[{d.base + PRESENT}]:")
            w.depth += 1
            _bump(w, d.base + PATIENCE, str(n.patience_recess))
            w.depth -= 1
        return True
    return False


def _frame(w: Writer, f: Framing) -> None:
    """`effects._frame`: the framing set; with words, its lines said (`rules.say`); without,
    only the draws of the lines in variants that hold."""
    w.line(f"v[{FRAMING}] = {f.number}")
    w.line("if said is not None:")
    w.line(f"    say(said, {w.name('s', f.say)}, now, ref={w.name('i', f.id)}, v=v)")
    variants = [line for line in f.say if line.texts is not None and len(line.texts) > 1]
    if variants:
        w.line("else:")
        w.depth += 1
        for line in variants:  # `speaking.skip_words` of each line `say` would have said
            opened = w.block(None if line.test is None else f"{w.name('t', line.test)}(v)")
            w.line(f"v[{RNG}] = (v[{RNG}] + {rng.GOLDEN}) & {rng.MASK}")
            w.depth -= opened
        w.depth -= 1
    if f.apply is not None:
        w.line(f"{w.name('a', f.apply)}(v)")


def _bump(w: Writer, slot: int, delta: str) -> None:
    """`rules.bump`: add to a 0..100 number, staying in range."""
    w.line(f"x = v[{slot}] + {delta}")
    w.line(f"v[{slot}] = 0 if x < 0 else (100 if x > 100 else x)")


def _speaks(w: Writer, content: Content, d: Delegation, verb: str) -> None:
    """`effects._floor` or `effects._consult` for `d`."""
    n = content.numbers
    base = d.base
    delegation = w.name("d", d)
    opened = 0
    if verb == "consult":  # a delegation that walked out is followed out of the room
        w.line(f"if not v[{base + PRESENT}]:")
        w.line(f"    bring_back(content, v, {delegation}, None, now)")
        w.line("else:")
        w.depth += 1
        opened = 1
    if verb == "floor":
        speeches, mask, count, kind = d.floor, d.floor_said, base + HEARD, "speech"
    else:
        speeches, mask, count, kind = d.consult, d.consult_said, base + CONSULTED, "private"
    fallback = f"speak_fallback(content, v, {delegation}, {w.name('k', verb)}, said, now)"
    if mask is None:  # format 1: `pick_speech` in order, the last repeating
        w.line(f"speech = pick_speech({w.name('s', speeches)}, v, v[{count}], None)")
        w.line("if speech is None:")
        w.line("    if said is not None:")
        w.line(f"        {fallback}")
        w.line("else:")
        w.line("    if said is None:")
        w.line("        skip_words(speech.line, v)")
        w.line("    else:")
        w.line(f"        say(said, (speech.line,), now, kind={w.name('k', kind)}, v=v)")
        w.line("    if speech.apply is not None:")
        w.line("        speech.apply(v)")
    else:
        _picked(w, speeches, mask, kind, fallback)
    if verb == "floor":
        w.line(f"v[{count}] += 1")
        _bump(w, base + ENGAGEMENT, str(n.engagement_heard))
        _bump(w, base + FACE, str(n.face_heard))
        _bump(w, base + PATIENCE, str(n.patience_heard))
    else:
        w.line(f"first = v[{count}] == 0")
        _bump(w, base + TRUST, f"({n.trust_consulted} if first else {n.trust_consulted_again})")
        _bump(w, base + ENGAGEMENT, str(n.engagement_consulted))
        _bump(w, base + PATIENCE, str(n.patience_consulted))
        w.line(f"v[{count}] += 1")
    w.depth -= opened


def _picked(w: Writer, speeches: tuple[Speech, ...], mask: int, kind: str, fallback: str) -> None:
    """`speaking.pick_speech` with a mask of lines said (`model.varied_writing`), unrolled:
    the first eligible line not yet said; else the first eligible one that may repeat; else
    the fallback, from the delegation's positions."""

    def eligible(speech: Speech) -> list[str]:
        test = speech.line.test
        return [] if test is None else [f"{w.name('t', test)}(v)"]

    w.line(f"said_lines = v[{mask}]")
    branch = "if"
    for index, speech in enumerate(speeches):
        w.line(f"{branch} {' and '.join([f'not said_lines & {1 << index}', *eligible(speech)])}:")
        w.depth += 1
        w.line(f"v[{mask}] = said_lines | {1 << index}")
        _said(w, speech, kind)
        w.depth -= 1
        branch = "elif"
    for speech in (s for s in speeches if s.line.repeat):
        condition = eligible(speech)
        w.line(f"{branch} {' and '.join(condition) or 'True'}:")
        w.depth += 1
        _said(w, speech, kind)
        w.depth -= 1
        branch = "elif"
        if not condition:
            break  # always eligible: no line after it is ever picked
    if branch == "if":
        w.line("if said is not None:")
    else:
        w.line("elif said is not None:")
    w.line(f"    {fallback}")


def _said(w: Writer, speech: Speech, kind: str) -> None:
    """A line picked: its words, or without them its variant's draw (`skip_words`); then
    what saying it changes."""
    line = speech.line
    w.line("if said is not None:")
    w.line(f"    say(said, {w.name('l', (line,))}, now, kind={w.name('k', kind)}, v=v)")
    if line.texts is not None and len(line.texts) > 1:
        w.line("else:")
        w.line(f"    v[{RNG}] = (v[{RNG}] + {rng.GOLDEN}) & {rng.MASK}")  # `rng.skip`
    if speech.apply is not None:
        w.line(f"{w.name('a', speech.apply)}(v)")


def _propose(w: Writer, content: Content, m: Measure) -> None:
    """`effects._propose` written out for `m` (a fifth of all steps): the measure is tabled,
    and each delegation at the table whose red line it crosses protests."""
    n = content.numbers
    w.line(f"v[{m.base + TABLED}] = 1")
    points: dict[str, str] = {}
    for k, issue in enumerate(dict.fromkeys((*m.lands, *m.moves))):  # as `Measure.points` orders
        if issue in m.moves:
            w.line(f"p{k} = v[{m.slots[issue]}] + {m.moves[issue]}")
            w.line(f"p{k} = 0 if p{k} < 0 else (100 if p{k} > 100 else p{k})")
        else:
            w.line(f"p{k} = {m.lands[issue]}")
        points[issue] = f"p{k}"
    for d, red_lines in content.tables.red_lines[m.id]:  # `effects.first_red_line`
        crossed = []
        for issue, position_slot, position, red_line_slot, red_line in red_lines:
            at = str(position) if position_slot is None else f"v[{position_slot}]"
            line = str(red_line) if red_line_slot is None else f"v[{red_line_slot}]"
            crossed.append(f"({points[issue]} - {line}) * ({at} - {line}) <= 0")
        w.line(f"if v[{d.base + PRESENT}] and ({' or '.join(crossed)}):")
        w.depth += 1
        _bump(w, d.base + PATIENCE, str(-n.patience_red_line))
        _bump(w, d.base + FACE, str(-n.face_red_line))
        _bump(w, d.base + TRUST, str(-n.trust_red_line))
        w.depth -= 1
