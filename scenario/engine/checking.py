"""Checking a scenario's checked form: references resolve, expressions type-check, rules agree.

This is where `chair check` finds dangling references, impossible ranges, expressions that name
nothing and content that can never fire. Every problem is a `Diagnostic` located through the
loader's `SourceMap` (empty for a scenario read from the cache, which checked clean before);
checking goes on after a problem so that one run reports them all. The lowering
(`lowering.Lowering`) is a `Checker`: it checks each item as it builds it, so an expression is
parsed and type-checked once, and compiled by the same pass.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..format.diagnostics import Diagnostic
from ..format.expressions import (
    Condition,
    Effect,
    ExpressionError,
    Formula,
    check_effect,
    compile_condition,
    compile_effects,
    compile_formula,
)
from ..format.files import SourceMap
from . import checked
from .actions import TARGETS, ActionError, parse_action
from .content import Apply
from .layout import Layout, _unknown

TARGET_KINDS = {**TARGETS, "walkout": "delegation", "failed": "measure"}
"""What a reaction's target names, by the verb or the event it answers (the verbs' from
`verbs.REGISTRY`; None: it takes no target)."""

POOLS = {
    "delegation": "delegations",
    "measure": "measures",
    "framing": "framings",
    "statement": "statements",
}


def minutes_of(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


class Checker:
    """The diagnostics of one scenario, and the checks every section shares."""

    def __init__(
        self,
        sc: checked.Scenario,
        sourcemap: SourceMap,
        broken: set[tuple[str, str]],
        diagnostics: list[Diagnostic],
    ) -> None:
        self.sc = sc
        self.sourcemap = sourcemap
        self.broken = broken
        """(section, id) of items left out for their own errors: no cascade of errors."""
        self.diagnostics = diagnostics
        rule_ids = [r.id for r in sc.reactions] + [e.id for e in sc.events]
        self.layout = Layout.of(sc, rule_ids, broken)
        self.layout.clock_range = (minutes_of(sc.clock.start), minutes_of(sc.clock.end))
        self.seen_rule_ids: dict[str, tuple[Any, ...]] = {}

    # ----------------------------------------------------------------- reporting

    def error(self, path: tuple[Any, ...], message: str, *, key: bool = False) -> None:
        self.diagnostics.append(Diagnostic(self.sourcemap.locate(path, key=key), message))

    def warn(self, path: tuple[Any, ...], message: str, *, key: bool = False) -> None:
        self.diagnostics.append(
            Diagnostic(self.sourcemap.locate(path, key=key), message, "warning")
        )

    def known(self, section: str, item_id: str | None) -> bool:
        """Whether an id exists, or existed but was left out for its own errors (no cascade)."""
        if item_id is None:
            return True
        pool = getattr(self.sc, section)
        return item_id in pool or (section, item_id) in self.broken

    def reference(self, path: tuple[Any, ...], section: str, item_id: str | None) -> bool:
        if item_id is None or self.known(section, item_id):
            return True
        self.error(path, _unknown(item_id, list(getattr(self.sc, section)), section[:-1]))
        return False

    def section_broken(self, section: str) -> bool:
        return any(broken_section == section for broken_section, _ in self.broken)

    # ----------------------------------------------------------------- expressions

    def condition(
        self, path: tuple[Any, ...], source: str | None, *, warn_never: bool = True
    ) -> Condition | None:
        if source is None:
            return None
        try:
            compiled = compile_condition(source, self.layout.resolve)
        except ExpressionError as exc:
            self.expression_error(path, exc)
            return None
        if warn_never and not compiled.can_be_true and not self.broken:
            self.warn(path, f"the condition {source!r} can never be true, so this never happens")
        return compiled

    def formula(self, path: tuple[Any, ...], source: str) -> Formula | None:
        try:
            return compile_formula(source, self.layout.resolve)
        except ExpressionError as exc:
            self.expression_error(path, exc)
            return None

    def effects(self, path: tuple[Any, ...], sources: tuple[str, ...]) -> Apply | None:
        checked_effects: list[Effect] = []
        for index, source in enumerate(sources):
            try:
                checked_effects.append(check_effect(source, self.layout.resolve))
            except ExpressionError as exc:
                self.expression_error((*path, index), exc)
        return compile_effects(checked_effects)

    def expression_error(self, path: tuple[Any, ...], exc: ExpressionError) -> None:
        if not exc.quiet:
            location = self.sourcemap.locate_in_text(path, exc.offset)
            self.diagnostics.append(Diagnostic(location, exc.message))

    # ----------------------------------------------------------------- the whole

    def require_items(self) -> None:
        """Sections that cannot be empty, unless their items were left out for their own errors."""
        needed = {
            "briefing": "a paragraph of briefing",
            "meters": "a meter",
            "issues": "an issue",
            "delegations": "a delegation (in scenario.yaml or delegations/)",
            "measures": "a measure",
            "endings": "an ending",
        }
        for section, what in needed.items():
            if not getattr(self.sc, section) and not self.section_broken(section):
                self.error((section,), f"a scenario needs at least {what}")
        for part in ("components", "grades"):
            if not getattr(self.sc.score, part) and ("score", part) not in self.broken:
                self.error(("score", part), f"the score needs at least one of its {part}")

    def clock(self) -> tuple[int, int]:
        start, end = minutes_of(self.sc.clock.start), minutes_of(self.sc.clock.end)
        if end <= start:
            self.error(
                ("clock", "end"), f"the session must end after it starts ({self.sc.clock.start})"
            )
        return start, end

    # ----------------------------------------------------------------- items

    def check_meter(self, path: tuple[Any, ...], meter: checked.Meter) -> None:
        if meter.min >= meter.max:
            self.error((*path, "max"), f"max ({meter.max}) must be greater than min ({meter.min})")
        elif not meter.min <= meter.start <= meter.max:
            self.error(
                (*path, "start"), f"start ({meter.start}) is outside {meter.min}..{meter.max}"
            )

    def check_speaker(self, path: tuple[Any, ...], speaker: str | None) -> None:
        if speaker is not None and speaker not in self.all_speakers():
            self.error(
                (*path, "speaker"),
                f"unknown speaker {speaker!r}; speakers are 'chair', delegations and voices",
            )

    def all_speakers(self) -> set[str]:
        known = {"chair", *self.sc.voices, *self.sc.delegations}
        known.update(k for section, k in self.broken if section in ("voices", "delegations"))
        return known

    def check_position(
        self, path: tuple[Any, ...], position: int, reservation: int, red_line: int | None
    ) -> None:
        """A fixed position: its reservation lies between it and its red line."""
        if red_line is None:
            return
        if red_line == position:
            self.error(
                (*path, "red_line"), "a red line at the position itself would block everything"
            )
            return
        side = 1 if red_line > position else -1
        if (reservation - position) * side < 0 or (reservation - red_line) * side >= 0:
            self.error(
                (*path, "reservation"),
                f"the reservation ({reservation}) must lie between the position ({position}) "
                f"and the red line ({red_line})",
            )

    def check_drawn_position(self, path: tuple[Any, ...], p: checked.Position) -> None:
        """A position with values drawn per game: every possible draw must be coherent."""
        if p.red_line is None:
            return
        position = checked.span(p.position)
        reservation = position if p.reservation is None else checked.span(p.reservation)
        red_line = checked.span(p.red_line)
        if red_line[0] <= position[1] and position[0] <= red_line[1]:
            self.error(
                (*path, "red_line"),
                f"the red line ({_shown(p.red_line)}) and the position ({_shown(p.position)}) "
                "overlap: a game could draw a red line at the position itself",
            )
            return
        above = red_line[0] > position[1]
        between = (
            reservation[0] >= position[1] and reservation[1] < red_line[0]
            if above
            else reservation[1] <= position[0] and reservation[0] > red_line[1]
        )
        if p.reservation is not None and not between:
            self.error(
                (*path, "reservation"),
                f"the reservation ({_shown(p.reservation)}) must lie between the position "
                f"({_shown(p.position)}) and the red line ({_shown(p.red_line)}) "
                "whatever a game draws",
            )

    def issue_map(self, path: tuple[Any, ...], values: Mapping[str, int]) -> dict[str, int]:
        """The entries of a mapping by issue whose issue exists; the others are reported."""
        kept = {}
        for issue_id, value in values.items():
            if self.known("issues", issue_id):
                if issue_id in self.sc.issues:
                    kept[issue_id] = value
            else:
                self.error(
                    (*path, issue_id), _unknown(issue_id, list(self.sc.issues), "issue"), key=True
                )
        return kept

    def check_action(self, path: tuple[Any, ...], do: str) -> None:
        """A guide step's suggested action names a verb and a real target."""
        try:
            action = parse_action(do)
        except ActionError as exc:
            self.error((*path, "do"), f"{exc} (in 'do')")
            return
        pool = POOLS.get(TARGETS.get(action.verb) or "")
        if pool is not None:
            self.reference((*path, "do"), pool, action.target)

    def check_rule_id(self, path: tuple[Any, ...], rule_id: str) -> None:
        """Reactions and events share one space of ids (`fired.<id>`)."""
        seen = self.seen_rule_ids
        if rule_id in seen:
            first = self.sourcemap.locate(seen[rule_id])
            self.error(
                path,
                f"the id {rule_id!r} is already used at {first}; reactions and events need distinct ids",
            )
        else:
            seen[rule_id] = path

    def check_target(
        self, path: tuple[Any, ...], trigger: str, target: str | None, *, listed: bool = False
    ) -> None:
        """A reaction's target (`path` is the reaction's, or the list item's when `listed`)."""
        kind = TARGET_KINDS.get(trigger)
        where = path if listed else (*path, "target")
        if target is None:
            return
        if kind is None:
            self.error(where, f"'{trigger}' has no target")
            return
        self.reference(where, kind + "s", target)

    def check_endings(self) -> None:
        """Ending ids are distinct; the last applies whenever the session closes, and only it."""
        seen: set[str] = set()
        fallback: int | None = None
        for index, e in enumerate(self.sc.endings):
            path = ("endings", index)
            if e.id in seen:
                self.error((*path, "id"), f"the ending id {e.id!r} is used twice")
            seen.add(e.id)
            if fallback is not None:
                self.warn(
                    path,
                    f"the ending {e.id!r} comes after {self.sc.endings[fallback].id!r}, which always applies, so it can never be reached",
                )
            if e.when is None:
                if not e.at_close:
                    self.error(
                        path,
                        "an ending without 'when' would end the game at once; give it 'at_close: true'",
                    )
                elif fallback is None:
                    fallback = index
        if fallback is None and self.sc.endings and not self.section_broken("endings"):
            self.error(
                ("endings",),
                "the last ending must apply whenever the session closes: give it 'at_close: true' and no 'when'",
            )

    def check_score(self) -> None:
        """Weights add up to 100, component ids are distinct, grades go down to 0."""
        s = self.sc.score
        total = sum(c.weight for c in s.components)
        if abs(total - 100) > 1e-6 and ("score", "components") not in self.broken:
            self.error(
                ("score", "components"), f"the weights add up to {total:g}; they must add up to 100"
            )
        seen: set[str] = set()
        for index, c in enumerate(s.components):
            if c.id in seen:
                self.error(
                    ("score", "components", index, "id"),
                    f"the component id {c.id!r} is used twice",
                )
            seen.add(c.id)
        previous = 101
        for index, g in enumerate(s.grades):
            if g.min >= previous:
                self.error(
                    ("score", "grades", index, "min"), "grades must go from the highest 'min' down"
                )
            previous = g.min
        if s.grades and s.grades[-1].min != 0:
            self.error(
                ("score", "grades", len(s.grades) - 1, "min"),
                "the last grade must start at 0, so every score has a grade",
            )

    def check_model_meters(self) -> None:
        """The model's tension and standing name meters."""
        for key in ("tension", "standing"):
            meter_id = getattr(self.sc.model, key)
            if not self.known("meters", meter_id):
                self.error(
                    ("model", key),
                    f"unknown meter {meter_id!r}; known: {', '.join(self.sc.meters)}",
                )


def _shown(value: float | checked.Drawn) -> str:
    """A value as the author wrote it: 40, [40, 60] or one of 10, 30."""
    if isinstance(value, checked.Range):
        return f"[{value.low:g}, {value.high:g}]"
    if isinstance(value, checked.OneOf):
        return "one of " + ", ".join(f"{x:g}" for x in value.one_of)
    return f"{value:g}"
