"""Which line a delegation says, and its words this time: conditions, variants, placeholders.

Format 1 says a delegation's floor (or consultation) lines in order and repeats the last. A line
may now carry `when:` (said only while it holds) and `variants:` (other wordings, one picked by
the game's seeded generator), and, with `model.varied_writing`, placeholders and the rule that no
delegation says a line word for word twice in a game unless the line says `repeat: true`. Which
lines a delegation has said is a bit mask in a slot of the state, so the state hash covers it.
When its eligible lines run out, `phrasing.fallback` speaks from its positions instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import rng
from .content import Said, Speech
from .layout import RNG


def render(line: Said, v: list[int]) -> str:
    """The words of `line` this time: `text`, or one of its variants, with values put in."""
    texts = line.texts
    if texts is None:
        return line.text
    if len(texts) > 1:
        v[RNG], roll = rng.draw(v[RNG])
        pieces = texts[min(len(texts) - 1, int(roll * len(texts)))]
    else:
        pieces = texts[0]
    return "".join(piece if isinstance(piece, str) else piece(v) for piece in pieces)


def skip_words(line: Said, v: list[int]) -> None:
    """What `render` does to the state, without the words: the draw of a variant, if any (the
    lean step, which keeps no transcript, must move the generator exactly as `render` does)."""
    texts = line.texts
    if texts is not None and len(texts) > 1:
        v[RNG] = rng.skip(v[RNG])


def eligible(line: Said, v: Sequence[int]) -> bool:
    return line.test is None or line.test(v)  # type: ignore[arg-type]


def pick_speech(
    speeches: Sequence[Speech], v: list[int], count: int, said_slot: int | None
) -> Speech | None:
    """The line due after `count` earlier ones; None when no line is eligible (see module)."""
    if said_slot is None:  # format 1: in order, the last repeating; `when:` skips a line
        last = len(speeches) - 1
        start = count if count < last else last
        if all(s.line.test is None for s in speeches):
            return speeches[start]
        for index in (*range(start, last + 1), *range(start - 1, -1, -1)):
            if eligible(speeches[index].line, v):
                return speeches[index]
        return None
    said = v[said_slot]
    again: Speech | None = None
    for index, speech in enumerate(speeches):
        test = speech.line.test  # `eligible`, without a call a line: a floor looks at them all
        if test is not None and not test(v):
            continue
        if not said >> index & 1:
            v[said_slot] = said | (1 << index)
            return speech
        if speech.line.repeat and again is None:
            again = speech
    return again
