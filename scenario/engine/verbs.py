"""The chair's verbs, in one table: what each acts on, what it costs, what it is called, and when
it is allowed.

Everything else reads this table. Legality in particular is written here once, as each verb's
`Check`s for one target: things that must hold in the state, in the order they are explained,
each with the reason it gives when it does not. `legality` derives from them the list of legal
actions (every step of a playtest), the test of one action (every `step`) and the reason an
action is refused (scripts, the app); none of the three has legality of its own.

A verb's minutes come from the scenario: `model.minutes.<verb>` in its YAML (the format's
defaults: floor 20, consult 30, propose 15, frame 15, statement 10, recess 30); a call for
consensus takes its measure's own `minutes:`, else `model.minutes.consensus` (30); adjourning
takes none. The step spends exactly these (`tests/engine/test_verbs.py` holds it to that).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..records import record
from .content import Content, Delegation, Framing, Measure, Statement
from .layout import ADOPTED, FRAMING, PRESENT, TABLED
from .phrasing import agreeing

State = tuple[int, ...]


# --------------------------------------------------------------------------- what verbs act on


@record
class Kind:
    """A kind of target: its word in messages, and where a compiled scenario keeps them."""

    name: str
    """"delegation", "measure", "framing" or "statement"."""
    pool: str
    """The `Content` field that holds them, in the scenario's order."""

    def items(self, content: Content) -> tuple[Any, ...]:
        """Every target of this kind, in the order the scenario writes them."""
        items: tuple[Any, ...] = getattr(content, self.pool)
        return items

    def ids(self, content: Content) -> list[str]:
        return [item.id for item in self.items(content)]

    def item(self, content: Content, target: str) -> Any:
        """The target with this id (`KeyError` if the scenario has none)."""
        return getattr(content, self.name)(target)

    def title(self, content: Content, target: str) -> str:
        """What the target is called: a delegation's name, the others' title."""
        item = self.item(content, target)
        return str(item.name if self is DELEGATION else item.title)


DELEGATION = Kind("delegation", "delegations")
MEASURE = Kind("measure", "measures")
FRAMING_KIND = Kind("framing", "framings")
STATEMENT = Kind("statement", "statements")


# --------------------------------------------------------------------------- checks


Reason = str | Callable[[State], str]
"""Why an action is refused: a sentence, or (where the wording depends on the state) a function
of the state that words it."""


@record
class Check:
    """One thing that must hold for an action to be legal, and the reason given when it does not.

    Exactly one form: `slot` set (`want` True: the slot is not 0; False: it is 0); `slot` and
    `differs` (the slot holds another value than `differs`); or `holds` (a compiled condition
    of the scenario, a `requires:`). `code` is the test as Python over the state `v`; only our
    own slot numbers and names go into it, never authored text.
    """

    reason: Reason
    slot: int | None = None
    want: bool = True
    differs: int | None = None
    holds: Callable[[Any], bool] | None = None

    def code(self, name: str) -> str:
        """The test as a Python expression over `v`; `name` is what the `holds` function is
        called where the code runs."""
        if self.holds is not None:
            return f"{name}(v)"
        assert self.slot is not None, "a check without `holds` tests a slot"
        slot = int(self.slot)  # digits only reach the code, whatever was passed
        if self.differs is not None:
            return f"v[{slot}] != {int(self.differs)}"
        return f"v[{slot}]" if self.want else f"not v[{slot}]"

    def why(self, state: State) -> str:
        return self.reason if isinstance(self.reason, str) else self.reason(state)


def _present(d: Delegation, reason: str) -> Check:
    return Check(reason, d.base + PRESENT)


def _requires(item: Measure | Framing | Statement, reason: str) -> tuple[Check, ...]:
    if item.requires is None:
        return ()
    return (Check(f"{reason} (it requires: {item.requires.source})", holds=item.requires.run),)


def _floor(content: Content, d: Delegation) -> tuple[Check, ...]:
    return (_present(d, agreeing(d, "{name} {has} walked out", name=d.name)),)


def _consult(content: Content, d: Delegation) -> tuple[Check, ...]:
    if content.numbers.return_trust is not None:
        return ()  # a delegation that walked out may be followed out of the room
    return (
        _present(d, agreeing(d, "{name} {has} walked out and will not come back", name=d.name)),
    )


def _propose(content: Content, m: Measure) -> tuple[Check, ...]:
    return (
        Check(f"{m.title!r} has been adopted already", m.base + ADOPTED, want=False),
        Check(f"{m.title!r} is on the table already", m.base + TABLED, want=False),
        *_requires(m, f"{m.title!r} cannot be tabled yet"),
    )


def _consensus(content: Content, m: Measure) -> tuple[Check, ...]:
    adopted = m.base + ADOPTED
    first = f"{m.title!r} is not on the table: propose it first"
    done = f"{m.title!r} has been adopted already"
    return (
        Check(lambda state: done if state[adopted] else first, m.base + TABLED),
        *_requires(m, f"{m.title!r} cannot be put to a vote now"),
    )


def _frame(content: Content, f: Framing) -> tuple[Check, ...]:
    return (
        Check(f"the talks are framed as {f.title!r} already", FRAMING, differs=f.number),
        *_requires(f, f"the talks cannot be framed as {f.title!r} yet"),
    )


def _statement(content: Content, s: Statement) -> tuple[Check, ...]:
    return (
        Check(f"the chair has made the statement {s.title!r} already", s.slot, want=False),
        *_requires(s, f"the statement {s.title!r} cannot be made yet"),
    )


def _always(content: Content, target: None) -> tuple[Check, ...]:
    return ()


# --------------------------------------------------------------------------- minutes


def _minutes(content: Content, verb: str, target: str | None) -> int:
    return content.numbers.minutes[verb]


def _consensus_minutes(content: Content, verb: str, target: str | None) -> int:
    if target is None:  # before a measure is chosen: the scenario's default
        return content.numbers.minutes[verb]
    return content.measure(target).minutes


def _no_minutes(content: Content, verb: str, target: str | None) -> int:
    return 0


# --------------------------------------------------------------------------- the table


@record
class Verb:
    """One of the chair's verbs."""

    name: str
    """As scripts, saves and reactions (`on:`) write it."""
    target: Kind | None
    """What it acts on; None: nothing (recess, adjourn)."""
    help: str
    """What it does, in a few words: the scripts' list of verbs, the help, the palette."""
    checks: Callable[[Content, Any], tuple[Check, ...]]
    """What must hold, for one target (None for a verb without one), beyond the session being
    open; in the order the reasons are given."""
    costs: Callable[[Content, str, str | None], int]

    def minutes(self, content: Content, target: str | None = None) -> int:
        """The minutes the verb takes, on this target (see the module's docstring)."""
        return self.costs(content, self.name, target)


REGISTRY: tuple[Verb, ...] = (
    Verb("floor", DELEGATION, "give a delegation the floor", _floor, _minutes),
    Verb("consult", DELEGATION, "consult a delegation in private", _consult, _minutes),
    Verb("propose", MEASURE, "table a measure", _propose, _minutes),
    Verb(
        "consensus",
        MEASURE,
        "call for consensus on a tabled measure",
        _consensus,
        _consensus_minutes,
    ),
    Verb("frame", FRAMING_KIND, "set how the talks are framed", _frame, _minutes),
    Verb("statement", STATEMENT, "make a chair's statement", _statement, _minutes),
    Verb("recess", None, "call a recess", _always, _minutes),
    Verb("adjourn", None, "adjourn the session and end the game", _always, _no_minutes),
)
"""Every verb, in the order the chair's choices are listed (and numbered in plain play)."""

NAMES: tuple[str, ...] = tuple(v.name for v in REGISTRY)
_BY_NAME = {v.name: v for v in REGISTRY}

SESSION_OVER = "the session is over"
"""Why nothing is legal once the session has closed."""


def verb(name: str) -> Verb:
    """The verb called `name` (`KeyError` if there is none)."""
    return _BY_NAME[name]
