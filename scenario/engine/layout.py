"""Where each quantity of the game state lives, and what the names in expressions mean.

The game state is one flat tuple of integers. Its layout comes from the scenario: a slot per
meter, a block of slots per delegation (present, trust, patience, ...), per measure (tabled,
adopted, ...), per statement and per rule. A flat tuple is cheap to copy (one step copies it
once), hashable (the search's transposition table uses it directly as a key), and trivially
canonical for the state hash. Conditions and effects are compiled against this layout, so an
expression such as ``trust.russia < 30`` becomes ``v[17] < 30``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..format.expressions import BOOL, NUMBER, Symbol

if TYPE_CHECKING:
    from .checked import Scenario

# fixed slots
CLOCK, ROUND, ENDED, FRAMING, AGREEMENTS, RECESSES, RNG = range(7)
FIXED = 7

# a delegation's block
PRESENT, TRUST, PATIENCE, ENGAGEMENT, FACE, CONSULTED, HEARD, ANSWER = range(8)
DELEGATION_SLOTS = 8
# a measure's block
TABLED, ADOPTED, CALLS, FAILED = range(4)
MEASURE_SLOTS = 4

# answers in a roll-call (the ANSWER slot)
NO_ANSWER, SUPPORT, ACQUIESCE, BLOCK = range(4)
ANSWER_WORDS = {SUPPORT: "supports", ACQUIESCE: "acquiesces", BLOCK: "blocks"}

HIDDEN_FIELDS = ("position", "salience", "reservation", "red_line")
"""The fields of a position that may be drawn per game (salience is kept in hundredths)."""

DELEGATION_NUMBERS = ("trust", "patience", "engagement", "face")
_DELEGATION_SLOT = {"trust": TRUST, "patience": PATIENCE, "engagement": ENGAGEMENT, "face": FACE}


@dataclass
class Layout:
    """Slot numbers for one scenario, and the resolver its expressions are checked against."""

    meters: dict[str, int] = field(default_factory=dict)
    issues: dict[str, int] = field(default_factory=dict)  # id -> slot of its status quo
    meter_range: dict[str, tuple[int, int]] = field(default_factory=dict)
    delegations: dict[str, int] = field(default_factory=dict)  # id -> base slot
    measures: dict[str, int] = field(default_factory=dict)
    framings: dict[str, int] = field(default_factory=dict)  # id -> number stored in FRAMING
    statements: dict[str, int] = field(default_factory=dict)
    rules: dict[str, int] = field(default_factory=dict)
    draws: dict[tuple[str, str, str], int] = field(default_factory=dict)
    """(delegation, issue, field) -> the slot holding what this game drew for it. Only values
    declared as ranges or alternatives have one, after every other slot, so a scenario without
    them keeps the layout (and the state hashes) it always had."""
    fates: dict[str, int] = field(default_factory=dict)
    """event id -> the slot holding whether its chance came up this game (1) or not (0), for
    events decided once (`model.chance_decided_once`); after every other slot."""
    said: dict[tuple[str, str], int] = field(default_factory=dict)
    """(delegation, 'floor' or 'consult') -> the slot with the bit mask of the lines it has
    said, with `model.varied_writing` (lines are said once unless `repeat: true`)."""
    size: int = FIXED
    clock_range: tuple[int, int] = (0, 24 * 60)
    broken: set[tuple[str, str]] = field(default_factory=set)
    _names: dict[tuple[int, int], dict[str, Symbol]] = field(
        default_factory=dict, repr=False, compare=False
    )
    """(section, id) of items left out for their own errors; '*' for a whole unreadable file."""

    @classmethod
    def of(
        cls, scenario: Scenario, rule_ids: list[str], broken: set[tuple[str, str]] | None = None
    ) -> Layout:
        layout = cls(broken=set(broken or ()))
        for meter_id, meter in scenario.meters.items():
            layout.meters[meter_id] = layout._take(1)
            layout.meter_range[meter_id] = (meter.min, meter.max)
        for issue_id in scenario.issues:
            layout.issues[issue_id] = layout._take(1)
        for delegation_id in scenario.delegations:
            layout.delegations[delegation_id] = layout._take(DELEGATION_SLOTS)
        for measure_id in scenario.measures:
            layout.measures[measure_id] = layout._take(MEASURE_SLOTS)
        for number, framing_id in enumerate(scenario.framings, start=1):
            layout.framings[framing_id] = number
        for statement_id in scenario.statements:
            layout.statements[statement_id] = layout._take(1)
        for rule_id in rule_ids:
            if rule_id not in layout.rules:
                layout.rules[rule_id] = layout._take(1)
        for delegation_id, delegation in scenario.delegations.items():
            for issue_id, position in delegation.positions.items():
                drawn = position.drawn
                for key in HIDDEN_FIELDS:
                    if key in drawn:
                        layout.draws[(delegation_id, issue_id, key)] = layout._take(1)
        if scenario.model.chance_decided_once:
            for event in scenario.events:
                if event.chance < 1 and event.once and event.id not in layout.fates:
                    layout.fates[event.id] = layout._take(1)
        if scenario.model.varied_writing:
            for delegation_id in scenario.delegations:
                for kind in ("floor", "consult"):
                    layout.said[(delegation_id, kind)] = layout._take(1)
        return layout

    def _take(self, count: int) -> int:
        base = self.size
        self.size += count
        return base

    # ----------------------------------------------------------------- names

    def resolve(self, parts: tuple[str, ...]) -> Symbol:
        """What a dotted name means; `LookupError` with a suggestion when it means nothing."""
        head = parts[0]
        if len(parts) == 1:
            return self._resolve_single(head)
        if len(parts) > 2:
            raise LookupError(f"unknown name {'.'.join(parts)!r}")
        kind, name = parts
        family = _FAMILIES.get(kind)
        if family is None:
            raise LookupError(_unknown(kind, list(self._single_names()) + list(_FAMILIES), "name"))
        return family(self, name)

    def _single_names(self) -> dict[str, Symbol]:
        """The names without a dot, made once per clock range (the compiler sets the clock
        after the layout; nothing else about the layout changes once it is made)."""
        made = self._names.get(self.clock_range)
        if made is None:
            made = self._names[self.clock_range] = self._make_single_names()
        return made

    def _make_single_names(self) -> dict[str, Symbol]:
        lo, hi = self.clock_range
        names = {
            "clock": Symbol(
                f"v[{CLOCK}]",
                NUMBER,
                lo,
                hi,
                None,
                f"the clock runs from {_hhmm(lo)} to {_hhmm(hi)}",
            ),
            "round": Symbol(f"v[{ROUND}]", NUMBER, 0, 1000),
            "agreements": Symbol(f"v[{AGREEMENTS}]", NUMBER, 0, max(1, len(self.measures))),
            "recesses": Symbol(f"v[{RECESSES}]", NUMBER, 0, 1000),
            "present_count": Symbol(self._sum(PRESENT), NUMBER, 0, len(self.delegations)),
            "minutes_left": Symbol(f"({hi} - v[{CLOCK}])", NUMBER, 0, hi - lo),
            "minutes_used": Symbol(f"(v[{CLOCK}] - {lo})", NUMBER, 0, hi - lo),
            "heard_count": Symbol(self._count(HEARD), NUMBER, 0, len(self.delegations)),
            "consulted_count": Symbol(self._count(CONSULTED), NUMBER, 0, len(self.delegations)),
            "listened_count": Symbol(
                self._count(HEARD, CONSULTED), NUMBER, 0, len(self.delegations)
            ),
            "walkouts": Symbol(
                f"({len(self.delegations)} - {self._sum(PRESENT)})",
                NUMBER,
                0,
                len(self.delegations),
            ),
        }
        for meter_id, slot in self.meters.items():
            lo, hi = self.meter_range[meter_id]
            names[meter_id] = Symbol(
                f"v[{slot}]", NUMBER, lo, hi, slot, f"{meter_id} ranges from {lo} to {hi}"
            )
        return names

    def _count(self, *offsets: int) -> str:
        """How many delegations have any of these counters above 0."""
        if not self.delegations:
            return "0"
        return (
            "("
            + " + ".join(
                "(1 if " + " or ".join(f"v[{base + o}]" for o in offsets) + " else 0)"
                for base in self.delegations.values()
            )
            + ")"
        )

    def _sum(self, offset: int) -> str:
        if not self.delegations:
            return "0"
        return "(" + " + ".join(f"v[{base + offset}]" for base in self.delegations.values()) + ")"

    def _resolve_single(self, name: str) -> Symbol:
        names = self._single_names()
        if name in names:
            return names[name]
        if name in _FAMILIES:
            raise LookupError(
                f"{name!r} needs a '.' and an id, e.g. '{name}.{_example(self, name)}'"
            )
        raise _missing(self, name, list(names) + [f"{k}.…" for k in _FAMILIES], "name")

    def _delegation(self, kind: str, name: str) -> int:
        if name not in self.delegations:
            raise _missing(self, name, list(self.delegations), "delegation", f"in '{kind}.{name}'")
        return self.delegations[name]

    def _measure(self, kind: str, name: str) -> int:
        if name not in self.measures:
            raise _missing(self, name, list(self.measures), "measure", f"in '{kind}.{name}'")
        return self.measures[name]


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


_SECTIONS = {
    "delegation": ("delegations",),
    "measure": ("measures",),
    "framing": ("framings",),
    "statement": ("statements",),
    "issue": ("issues",),
    "reaction or event": ("reactions", "events"),
    "name": ("meters",),
}


def _missing(
    layout: Layout, name: str, known: list[str], what: str, where: str = ""
) -> LookupError:
    """The error for an unknown name: quiet when the item exists but had errors of its own."""
    error = LookupError(_unknown(name, known, what, where))
    sections = _SECTIONS.get(what, ())
    error.quiet = any((s, name) in layout.broken or (s, "*") in layout.broken for s in sections)  # type: ignore[attr-defined]
    return error


def _unknown(name: str, known: list[str], what: str, where: str = "") -> str:
    message = f"unknown {what} {name!r}" + (f" {where}" if where else "")
    import difflib  # only for a name that is wrong: a clean check never imports it

    close = difflib.get_close_matches(name, known, n=1)
    if close:
        return message + f" (did you mean {close[0]!r}?)"
    if known and len(known) <= 12:
        return message + f"; known: {', '.join(known)}"
    return message


def _example(layout: Layout, family: str) -> str:
    pools = {
        "issue": layout.issues,
        "measure": layout.measures,
        "framing": layout.framings,
        "statement": layout.statements,
        "rule": layout.rules,
    }
    pool = pools.get(_FAMILY_KIND.get(family, "delegation"), layout.delegations)
    return next(iter(pool), "x")


def _delegation_number(offset: int):
    def resolve(layout: Layout, name: str) -> Symbol:
        base = layout._delegation(_OFFSET_NAME[offset], name)
        return Symbol(f"v[{base + offset}]", NUMBER, 0, 100, base + offset, "ranges from 0 to 100")

    return resolve


def _delegation_count(kind: str, offset: int):
    def resolve(layout: Layout, name: str) -> Symbol:
        base = layout._delegation(kind, name)
        return Symbol(f"v[{base + offset}]", NUMBER, 0, 1000)

    return resolve


def _present(layout: Layout, name: str) -> Symbol:
    base = layout._delegation("present", name)
    return Symbol(f"(v[{base + PRESENT}] == 1)", BOOL, 0, 1, base + PRESENT)


def _walked_out(layout: Layout, name: str) -> Symbol:
    base = layout._delegation("walked_out", name)
    return Symbol(f"(v[{base + PRESENT}] == 0)", BOOL, 0, 1)


def _answered(kind: str, answer: int):
    def resolve(layout: Layout, name: str) -> Symbol:
        base = layout._delegation(kind, name)
        return Symbol(f"(v[{base + ANSWER}] == {answer})", BOOL, 0, 1)

    return resolve


def _measure_flag(kind: str, offset: int):
    def resolve(layout: Layout, name: str) -> Symbol:
        base = layout._measure(kind, name)
        return Symbol(f"(v[{base + offset}] > 0)", BOOL, 0, 1)

    return resolve


def _measure_count(kind: str, offset: int):
    def resolve(layout: Layout, name: str) -> Symbol:
        base = layout._measure(kind, name)
        return Symbol(f"v[{base + offset}]", NUMBER, 0, 1000)

    return resolve


def _framing(layout: Layout, name: str) -> Symbol:
    if name not in layout.framings:
        raise _missing(layout, name, list(layout.framings), "framing", f"in 'framing.{name}'")
    return Symbol(f"(v[{FRAMING}] == {layout.framings[name]})", BOOL, 0, 1)


def _stated(layout: Layout, name: str) -> Symbol:
    if name not in layout.statements:
        raise _missing(layout, name, list(layout.statements), "statement", f"in 'stated.{name}'")
    return Symbol(f"(v[{layout.statements[name]}] > 0)", BOOL, 0, 1)


def _status(layout: Layout, name: str) -> Symbol:
    if name not in layout.issues:
        raise _missing(layout, name, list(layout.issues), "issue", f"in 'status.{name}'")
    slot = layout.issues[name]
    return Symbol(f"v[{slot}]", NUMBER, 0, 100, slot, "an issue's status quo ranges from 0 to 100")


def _fired(layout: Layout, name: str) -> Symbol:
    if name not in layout.rules:
        raise _missing(layout, name, list(layout.rules), "reaction or event", f"in 'fired.{name}'")
    return Symbol(f"(v[{layout.rules[name]}] > 0)", BOOL, 0, 1)


_OFFSET_NAME = {offset: kind for kind, offset in _DELEGATION_SLOT.items()}
_FAMILIES = {
    **{kind: _delegation_number(offset) for kind, offset in _DELEGATION_SLOT.items()},
    "consulted": _delegation_count("consulted", CONSULTED),
    "heard": _delegation_count("heard", HEARD),
    "present": _present,
    "walked_out": _walked_out,
    "supported": _answered("supported", SUPPORT),
    "acquiesced": _answered("acquiesced", ACQUIESCE),
    "blocked": _answered("blocked", BLOCK),
    "tabled": _measure_flag("tabled", TABLED),
    "adopted": _measure_flag("adopted", ADOPTED),
    "calls": _measure_count("calls", CALLS),
    "failed": _measure_count("failed", FAILED),
    "framing": _framing,
    "status": _status,
    "stated": _stated,
    "fired": _fired,
}
_FAMILY_KIND = {
    "tabled": "measure",
    "adopted": "measure",
    "calls": "measure",
    "failed": "measure",
    "framing": "framing",
    "status": "issue",
    "stated": "statement",
    "fired": "rule",
}
