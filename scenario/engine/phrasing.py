"""The engine's own words: red lines with their direction, names in sentences, and the lines it
composes from the data when the author wrote none (a delegation's fallback when its lines run
out, roll-call reasons phrased from the situation).

The minutes, the findings of a consultation and the roll-call's reasons are the engine's own
text; they are built here so that one red line or one delegation reads the same wherever it
appears.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from . import rng
from .content import Content, Delegation, Said
from .layout import CONSULTED, HEARD, RNG, ROUND, TRUST

if TYPE_CHECKING:
    from .content import Position

# The words that agree with a delegation's name, by its grammatical number (`Delegation.plural`):
# the engine's sentences about a delegation are templates that name them, '{it} block{s}' (it
# blocks; they block), so that 'NATO allies' protest and 'Georgia' protests.
_SINGULAR: Mapping[str, str] = {
    "it": "it",
    "It": "It",
    "obj": "it",
    "its": "its",
    "itself": "itself",
    "s": "s",
    "is": "is",
    "was": "was",
    "has": "has",
    "does": "does",
}
_PLURAL: Mapping[str, str] = {
    "it": "they",
    "It": "They",
    "obj": "them",
    "its": "their",
    "itself": "themselves",
    "s": "",
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
}
ANSWERED = {
    False: {"supports": "supports", "acquiesces": "acquiesces", "blocks": "blocks"},
    True: {"supports": "support", "acquiesces": "acquiesce", "blocks": "block"},
}
"""A roll-call answer ('supports', as the transcript keeps it) as it reads after a name."""


def answered(content: Content, speaker: str | None, answer: str | None) -> str:
    """'NATO allies block', 'Georgia blocks': a roll-call answer after the name of who gave it."""
    return f"{content.speaker_name(speaker)} {answer_word(content, speaker, answer)}"


def answer_word(content: Content, speaker: str | None, answer: str | None) -> str:
    """A roll-call answer ('blocks', as the transcript keeps it) as the verb of who gave it."""
    d = content.delegation_by_id.get(speaker) if speaker else None
    return ANSWERED[d is not None and d.plural].get(answer or "", answer or "")


def possessive(d: Delegation, name: str | None = None) -> str:
    """'Russia's', and 'Allies'' for a plural name that ends in s (`name`: its short name by
    default)."""
    name = d.short if name is None else name
    return f"{name}'" if d.plural and name.endswith("s") else f"{name}'s"


def agreeing(d: Delegation, template: str, **fields: str) -> str:
    """`template` said of `d`: its `{it}`, `{its}`, `{obj}` (it, them), `{itself}` and verb
    endings (`{s}`, `{is}`, `{was}`, `{has}`, `{does}`) agree with its name; `fields` fill the
    rest (as plain text: `str.format` reads only the template's own braces)."""
    return template.format_map({**(_PLURAL if d.plural else _SINGULAR), **fields})


# Shown as the delegation's own speech, in quotation marks: first person, and the position's
# words in single quotes inside them.
_FLOOR = (
    "We come back to {issue}: we want \u2018{wish}\u2019.",
    "Let us remind the room where we stand on {issue}: nearer \u2018{wish}\u2019 than \u2018{other}\u2019.",
    "On {issue}, nothing short of \u2018{wish}\u2019 will do for us.",
    "We have little new to say, and we say it about {issue}: \u2018{wish}\u2019.",
)
_CONSULT = (
    "We have said what we can today; on {issue} we still want \u2018{wish}\u2019.",
    "Again, in confidence: {issue} is where we need to see movement.",
    "On {issue}, we cannot go far from \u2018{wish}\u2019.",
    "We thank the Chair for the meeting; our view on {issue} has not changed.",
)


def fallback(content: Content, d: Delegation, kind: str, count: int) -> Said:
    """A line for `d` when none of its own is due: its stand on one of its issues, the most
    salient first, in one of several phrasings; `count` (how often it was heard or consulted)
    moves on to the next issue and phrasing, so that it does not repeat itself soon. The line
    is the delegation's own speech: it speaks it, as it speaks its authored lines."""
    positions = sorted(d.positions.values(), key=lambda p: (-p.salience, p.issue))
    if not positions:
        return Said(d.id, "We have nothing to add.")
    p = positions[count % len(positions)]
    templates = _FLOOR if kind == "floor" else _CONSULT
    template = templates[(count // len(positions)) % len(templates)]
    issue = content.issues[p.issue]
    wish, other = (issue.low, issue.high) if p.position < 50 else (issue.high, issue.low)
    return Said(d.id, template.format(issue=issue.title, wish=wish, other=other))


def _choose(v: Sequence[int], d: Delegation, salt: int, count: int) -> int:
    """A deterministic choice among `count` phrasings, varied by the game, the round, the
    delegation and the measure, without drawing from (and so without moving) the generator."""
    _, number = rng.draw(v[RNG] ^ (v[ROUND] << 20) ^ (d.index << 8) ^ salt)
    return int(number * count)


def _heard(v: Sequence[int], d: Delegation) -> str:
    heard, consulted = v[d.base + HEARD], v[d.base + CONSULTED]
    if not heard and not consulted:
        return agreeing(d, "no one has asked for {its} view today")
    if consulted:
        return agreeing(d, "the Chair heard {obj} out in private")
    return agreeing(d, "{it} {has} had {its} say on the floor")


def _trust(v: Sequence[int], d: Delegation) -> str:
    trust = v[d.base + TRUST]
    if trust >= 65:
        return agreeing(d, "{it} trust{s} the Chair")
    if trust < 35:
        return agreeing(d, "{it} {does} not trust the Chair")
    return agreeing(d, "{it} keep{s} {its} distance from the Chair")


def reason(
    content: Content,
    v: Sequence[int],
    d: Delegation,
    salt: int,
    case: str,
    issue: str | None,
    helps: str,
    hurts: str,
) -> str:
    """A roll-call reason phrased from the situation: which issue decided it (`issue`), what
    eased or hardened its answer (`helps`, `hurts`), trust, and whether it was heard."""
    title = content.issues[issue].title if issue else "the issues"
    options = _REASONS[case]
    template = options[_choose(v, d, salt, len(options))]  # only the chosen one is written
    return agreeing(
        d,
        template,
        title=title,
        heard=_heard(v, d) if "{heard}" in template else "",
        trust=_trust(v, d) if "{trust}" in template else "",
        helps=helps,
        hurts=hurts,
    )


_REASONS = {
    "gains": (
        "this brings {title} closer to {its} position",
        "it moves {title} {its} way, and {heard}",
        "{it} want{s} {title} moved this way, and this moves {obj}",
    ),
    "eased": (
        "{it} gain{s} little from it, but {helps}",
        "there is not much in it for {obj}, yet {helps}",
        "{it} expect{s} little on {title}; {helps}",
    ),
    "indifferent": (
        "{it} gain{s} little from it and {does} not object",
        "{it} neither gain{s} nor lose{s} much on {title}",
        "this barely moves {title} for {obj}; {it} let{s} it pass",
    ),
    "gives": (
        "{it} give{s} ground on {title}, but no more than {it} can",
        "{it} can live with where this puts {title}",
        "{it} concede{s} a little on {title}; {trust}",
    ),
    "gives_more": (
        "{it} give{s} more ground on {title} than {it} wanted, but {helps}",
        "this goes further on {title} than {it} like{s}; still, {helps}",
        "{it} swallow{s} a loss on {title}: {helps}",
    ),
    "not_today": (
        "{it} could give this much on {title}, but not today: {hurts}",
        "on {title} {it} might have moved, but {hurts}",
        "not today on {title}: {hurts}, and {heard}",
    ),
    "too_much": (
        "{it} would give up too much on {title}",
        "this costs {obj} too much on {title}; {heard}",
        "{title} is where {it} cannot follow: the loss is too great",
    ),
}
"""Each case's phrasings, as templates said of the delegation (`agreeing`: '{it} gain{s}' is
'it gains' or 'they gain'); 'it' written out is the measure."""


def red_line(v: Sequence[int], d: Delegation, salt: int, title: str) -> str:
    """Why a delegation blocks at its red line, in one of several phrasings."""
    options = (
        "a red line: {it} cannot accept where this lands on {title}",
        "on {title} this crosses a line {it} will not cross",
        "on {title} this is a red line for {obj}; no argument changes that today",
    )
    return agreeing(d, options[_choose(v, d, salt * 7919 + 3, len(options))], title=title)


# --------------------------------------------------------------------------- names and red lines


def red_line_words(issue: str, position: int, red_line: int) -> str:
    """'NATO's open door to 10 or below': where the red line lies seen from the position (a
    measure that lands at or beyond it is blocked), said with its direction."""
    side = "below" if red_line <= position else "above"
    return f"{issue} to {red_line} or {side}"


def red_line_of(issue: str, p: Position) -> str:
    """A delegation's red line on an issue in words (its position if it has none)."""
    return red_line_words(issue, p.position, p.position if p.red_line is None else p.red_line)


def blocks_words(d: Delegation, lines: list[str]) -> str:
    """'it blocks anything that moves A to 10 or below, or B to 25 or below' ('they block'
    for a delegation whose name is plural)."""
    return agreeing(d, "{it} block{s} anything that moves ") + ", or ".join(lines)


ARTICLE_WORDS = frozenset(
    {
        "Republic",
        "Russian",
        "United",
        "European",
        "Kingdom",
        "Federal",
        "Federation",
        "Holy",
        "Netherlands",
        "Principality",
        "Grand",
        "Islamic",
        "Democratic",
        "Czech",
        "Slovak",
        "NATO",
        "OSCE",
        "Allied",
    }
)
"""First words of names that take 'the' in a sentence: the Republic of Moldova, the Russian
Federation, the United States, the European Union, the NATO allies (but Georgia, Ukraine)."""


def definite(name: str) -> str:
    """A name as it reads inside a sentence: 'the Republic of Moldova', 'Georgia', and a name
    written with its article, 'The new eastern members', as 'the new eastern members'."""
    first, _, rest = name.partition(" ")
    if first == "The" and rest:
        return f"the {rest}"
    return f"the {name}" if first in ARTICLE_WORDS else name


def opening_name(name: str) -> str:
    """A name as it reads at the start of a sentence: 'The Republic of Moldova', 'Georgia'."""
    inside = definite(name)
    return inside[0].upper() + inside[1:]


_INNER_QUOTE = re.compile(r'"([^"]*)"')


def quoted(text: str) -> str:
    """A line as speech, in quotation marks; quotation marks written inside it as straight
    double quotes become single ones ('“‘Useful.’ That is our word.”'), as nested quotations
    read in English."""
    return "\u201c" + _INNER_QUOTE.sub("\u2018\\1\u2019", text) + "\u201d"


def titled(title: str) -> str:
    """An authored title inside a sentence, in quotation marks, so that its own capital reads as
    a title's ('framed the talks as “The people affected…”'); a title that is itself a
    quotation ('"Russia has no veto"') keeps one pair, not “"…"”."""
    if len(title) > 1 and title[0] in '"“' and title[-1] in '"”':
        title = title[1:-1]
    return f"“{title}”"


def count(n: int, word: str) -> str:
    """'1 point', '8 points' (a word whose plural takes an s)."""
    return f"{n} {word}" + ("" if n == 1 else "s")


def listed(items: Sequence[str]) -> str:
    """'Russia', 'Russia and Ukraine', 'Russia, Ukraine and Poland'."""
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
