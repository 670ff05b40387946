"""Campaigns: scenarios played as consecutive days, each day opening where the last one left off.

`check_campaign(folder)` reads `campaign.yaml`, checks every day's scenario and compiles the
carry-over rules and the week's score with the scenario expression language; `CampaignGame`
plays the days one after another. The engine stays pure: a day is an ordinary `Game` whose
opening state is the scenario's own, changed by the carry-over rules (computed from the earlier
days' final states), so the same campaign, seed and actions give the same days, to the byte.

How an expression sees the days: carry-over rules (and the week's score) are compiled against
one flat vector that puts side by side the new day's opening state (offset 0) and each earlier
day's final state followed by two slots, its score and its ending's number. A name prefixed with
a day's id resolves in that day's layout and is shifted to its part of the vector; a plain name
is the new day's. Effects may only assign the new day's quantities. No day's content is
changed: a scenario played alone opens exactly as before.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..format import campaign as cfmt
from ..format.diagnostics import Diagnostic, Location, ScenarioError, display_path, sort_key
from ..format.expressions import (
    BOOL,
    NUMBER,
    ExpressionError,
    Symbol,
    check_effect,
    compile_condition,
    compile_effects,
    compile_formula,
)
from ..format.files import CAMPAIGN_FILE, SourceMap
from ..format.yamlfile import read_yaml
from .actions import Action, parse_action
from .compiler import check_scenario, known_clean, load_content
from .content import Component, Content, Grade
from .game import opening
from .layout import ENDED
from .scoring import ScoreCard, ScoreLine, score
from .session import Game
from .transcript import Entry

SCENARIO_FILE = "scenario.yaml"
_SLOT = re.compile(r"v\[(\d+)\]")


@dataclass(frozen=True)
class CarryRule:
    """A compiled carry-over rule of one day."""

    when: Callable[[list[int]], bool] | None
    apply: Callable[[list[int]], None] | None
    note: str | None
    effects: tuple[str, ...]
    condition: str | None


@dataclass(frozen=True)
class CampaignDay:
    id: str
    title: str
    content: Content
    carry: tuple[CarryRule, ...]


@dataclass(frozen=True, repr=False)
class Campaign:
    """A compiled campaign: its days with their content and carry-over, and the week's score."""

    id: str
    folder: Path
    content_hash: str
    title: str
    subtitle: str | None
    description: str
    days: tuple[CampaignDay, ...]
    components: tuple[Component, ...]
    grades: tuple[Grade, ...]

    def __repr__(self) -> str:
        return f"Campaign(id={self.id!r}, days={[d.id for d in self.days]!r})"

    def day(self, day_id: str) -> CampaignDay:
        return next(d for d in self.days if d.id == day_id)


@dataclass
class CampaignReport:
    campaign: Campaign | None
    diagnostics: list[Diagnostic]

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if not d.is_error]


def is_campaign(folder: Path) -> bool:
    return (folder / CAMPAIGN_FILE).is_file()


# --------------------------------------------------------------------------- the vector


def _extras(content: Content) -> int:
    """Where a finished day's score and ending sit, after its state."""
    return content.size


def _day_part(content: Content) -> int:
    return content.size + 2


def _shifted(symbol: Symbol, offset: int, assignable: bool) -> Symbol:
    code = _SLOT.sub(lambda m: f"v[{int(m.group(1)) + offset}]", symbol.code)
    slot = symbol.slot + offset if assignable and symbol.slot is not None else None
    return Symbol(code, symbol.type, symbol.lo, symbol.hi, slot, symbol.describe)


class _Days:
    """The resolver over earlier days (by id) and, for carry-over, the new day (plain names)."""

    def __init__(self, earlier: list[tuple[str, Content]], current: Content | None) -> None:
        self.current = current
        self.offsets: dict[str, tuple[int, Content]] = {}
        offset = current.size if current is not None else 0
        for day_id, content in earlier:
            self.offsets[day_id] = (offset, content)
            offset += _day_part(content)
        self.size = offset

    def resolve(self, parts: tuple[str, ...]) -> Symbol:
        found = self.offsets.get(parts[0])
        if found is not None:
            offset, content = found
            rest = parts[1:]
            if rest == ("score",):
                return Symbol(f"v[{offset + _extras(content)}]", NUMBER, 0, 100)
            if len(rest) == 2 and rest[0] == "ending":
                ids = [e.id for e in content.endings]
                if rest[1] not in ids:
                    raise LookupError(
                        f"{parts[0]} has no ending {rest[1]!r}; its endings: {', '.join(ids)}"
                    )
                number = ids.index(rest[1]) + 1
                return Symbol(f"(v[{offset + _extras(content) + 1}] == {number})", BOOL, 0, 1)
            if not rest:
                raise LookupError(
                    f"{parts[0]!r} is a day: name something of it, e.g. '{parts[0]}.tension', "
                    f"'{parts[0]}.score' or '{parts[0]}.ending.<id>'"
                )
            return _shifted(content.layout.resolve(rest), offset, False)  # type: ignore[attr-defined]
        if self.current is None:
            days = ", ".join(self.offsets)
            raise LookupError(
                f"unknown day {parts[0]!r}: the week's score names a day first ({days}), "
                "e.g. 'vienna.tension'"
            )
        return self.current.layout.resolve(parts)  # type: ignore[attr-defined]


def _finished(content: Content, state: tuple[int, ...]) -> list[int]:
    return [*state, score(content, state).total, state[ENDED]]


# --------------------------------------------------------------------------- checking


def _find_day(folder: Path, name: str) -> Path | None:
    """A day's scenario: a folder relative to the campaign, or a scenario id beside it."""
    for candidate in (folder / name, folder.parent / name):
        if (candidate / SCENARIO_FILE).is_file():
            return candidate
    return None


def check_campaign(folder: Path) -> CampaignReport:
    """Read, check and compile a campaign; every problem located in campaign.yaml."""
    path = folder / CAMPAIGN_FILE
    shown = display_path(path)
    try:
        yaml_file = read_yaml(path, shown)
    except ScenarioError as exc:
        return CampaignReport(None, list(exc.diagnostics))
    diagnostics: list[Diagnostic] = list(yaml_file.problems)
    sourcemap = SourceMap()
    sourcemap.add((), yaml_file)

    def error(where: tuple[Any, ...], message: str) -> None:
        diagnostics.append(Diagnostic(sourcemap.locate(where), message))

    try:
        model = cfmt.CampaignFile.model_validate(yaml_file.data)
    except ValidationError as exc:
        for err in exc.errors():
            loc = tuple(err["loc"])
            message = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
            where = ".".join(str(p) for p in loc)
            if err["type"] == "extra_forbidden":
                inside = ".".join(str(p) for p in loc[:-1])
                message = f"unknown key {loc[-1]!r}" + (f" in {inside}" if inside else "")
                diagnostics.append(Diagnostic(sourcemap.locate(loc, key=True), message))
                continue
            if err["type"] == "missing":
                inside = ".".join(str(p) for p in loc[:-1])
                message = f"missing key {loc[-1]!r}" + (f" in {inside}" if inside else "")
                diagnostics.append(Diagnostic(sourcemap.locate(loc[:-1]), message))
                continue
            diagnostics.append(
                Diagnostic(sourcemap.locate(loc), f"{where}: {message}" if where else message)
            )
        return CampaignReport(None, sorted(diagnostics, key=sort_key))

    days: list[CampaignDay] = []
    earlier: list[tuple[str, Content]] = []
    hashes = [hashlib.sha256(path.read_bytes()).hexdigest()]
    seen: set[str] = set()
    for index, day in enumerate(model.days):
        at = ("days", index)
        if day.id in seen:
            error((*at, "id"), f"the day id {day.id!r} is used twice")
        seen.add(day.id)
        found = _find_day(folder, day.scenario)
        if found is None:
            error((*at, "scenario"), f"no scenario {day.scenario!r} beside the campaign or in it")
            continue
        if not known_clean(found):
            report = check_scenario(found)
            if report.errors:
                error(
                    (*at, "scenario"),
                    f"the scenario {day.scenario!r} has {len(report.errors)} error(s); "
                    f"run 'chair check {display_path(found)}'",
                )
                continue
        content = load_content(found)
        hashes.append(content.content_hash)
        if index == 0 and day.carry:
            error((*at, "carry"), "the first day has no day before it to carry anything from")
        days_so_far = _Days(earlier, content)
        rules = []
        for number, rule in enumerate(day.carry):
            rule_at = (*at, "carry", number)
            when = None
            if rule.when is not None:
                try:
                    when = compile_condition(rule.when, days_so_far.resolve).run
                except ExpressionError as exc:
                    if not exc.quiet:
                        diagnostics.append(
                            Diagnostic(
                                sourcemap.locate_in_text((*rule_at, "when"), exc.offset),
                                exc.message,
                            )
                        )
            checked = []
            for k, text in enumerate(rule.effects):
                try:
                    checked.append(check_effect(text, days_so_far.resolve))
                except ExpressionError as exc:
                    if not exc.quiet:
                        diagnostics.append(
                            Diagnostic(
                                sourcemap.locate_in_text((*rule_at, "effects", k), exc.offset),
                                exc.message,
                            )
                        )
            if not rule.effects and rule.note is None:
                error(rule_at, "a carry-over rule needs 'effects' or a 'note'")
            rules.append(
                CarryRule(when, compile_effects(checked), rule.note, tuple(rule.effects), rule.when)
            )
        days.append(CampaignDay(day.id, day.title or content.title, content, tuple(rules)))
        earlier.append((day.id, content))

    components: list[Component] = []
    grades: list[Grade] = []
    if len(days) == len(model.days):
        week = _Days(earlier, None)
        total = sum(c.weight for c in model.score.components)
        if abs(total - 100) > 1e-6:
            error(
                ("score", "components"), f"the weights add up to {total:g}; they must add up to 100"
            )
        for index, c in enumerate(model.score.components):
            try:
                formula = compile_formula(c.value, week.resolve)
                components.append(Component(c.id, c.label, c.weight, formula, c.description))
            except ExpressionError as exc:
                if not exc.quiet:
                    diagnostics.append(
                        Diagnostic(
                            sourcemap.locate_in_text(
                                ("score", "components", index, "value"), exc.offset
                            ),
                            exc.message,
                        )
                    )
        if not model.score.components:
            error(("score", "components"), "the week's score needs at least one component")
        previous = 101
        for index, g in enumerate(model.score.grades):
            if g.min >= previous:
                error(
                    ("score", "grades", index, "min"), "grades must go from the highest 'min' down"
                )
            previous = g.min
        if not model.score.grades or model.score.grades[-1].min != 0:
            error(("score", "grades"), "the last grade must start at 0, so every week has a grade")
        grades = [Grade(g.min, g.grade, g.label) for g in model.score.grades]
    diagnostics.sort(key=sort_key)
    if any(d.is_error for d in diagnostics):
        return CampaignReport(None, diagnostics)
    digest = hashlib.sha256("\n".join(hashes).encode()).hexdigest()
    campaign = Campaign(
        folder.name,
        folder,
        digest,
        model.title,
        model.subtitle,
        model.description,
        tuple(days),
        tuple(components),
        tuple(grades),
    )
    return CampaignReport(campaign, diagnostics)


def load_campaign(folder: Path) -> Campaign:
    """The compiled campaign; `ScenarioError` with every problem if it has errors."""
    report = check_campaign(folder)
    if report.campaign is None:
        raise ScenarioError(report.errors or [Diagnostic(Location(str(folder)), "cannot load")])
    return report.campaign


# --------------------------------------------------------------------------- playing


@dataclass(frozen=True)
class Carried:
    """What the days before carried into a day: the rules that applied and the changes."""

    day: str
    notes: tuple[str, ...]
    effects: tuple[str, ...]
    changes: dict[str, tuple[Any, Any]]  # quantity -> (the scenario's opening, the day's opening)

    def to_json(self) -> dict[str, Any]:
        return {
            "into": self.day,
            "notes": list(self.notes),
            "effects": list(self.effects),
            "changes": {k: {"from": a, "to": b} for k, (a, b) in self.changes.items()},
        }


def _names(content: Content) -> list[str]:
    """The quantities a carry-over can change, by name, for the record of what changed."""
    names = [m for m in content.meters]
    for d in content.delegations:
        names += [f"{k}.{d.id}" for k in ("trust", "patience", "engagement", "face", "present")]
    names += [f"status.{i}" for i in content.issues]
    return names


@dataclass
class CampaignGame:
    """A campaign in progress: the days played so far (the last may still run)."""

    campaign: Campaign
    seed: int = 0
    days: list[Game] = field(default_factory=list)
    carried: list[Carried] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.days:
            self.days = [Game(self.campaign.days[0].content, self.seed)]

    @classmethod
    def replay(cls, campaign: Campaign, seed: int, days: list[list[Any]]) -> CampaignGame:
        """Replay each day's actions, moving on after every day but the last."""
        game = cls(campaign, seed)
        for index, actions in enumerate(days):
            if index:
                game.next_day()
            for action in actions:
                game.act(action)
        return game

    @property
    def current(self) -> Game:
        return self.days[-1]

    @property
    def day_index(self) -> int:
        return len(self.days) - 1

    @property
    def day(self) -> CampaignDay:
        return self.campaign.days[self.day_index]

    def act(self, action: Action | str | dict) -> list[Entry]:
        return self.current.act(action)

    @property
    def can_advance(self) -> bool:
        return self.current.over and len(self.days) < len(self.campaign.days)

    @property
    def over(self) -> bool:
        return self.current.over and len(self.days) == len(self.campaign.days)

    def next_day(self) -> Game:
        """Start the next day, with what the days before carry into it."""
        if not self.can_advance:
            raise ValueError(
                "the day is not over yet" if not self.current.over else "no day is left"
            )
        day = self.campaign.days[len(self.days)]
        content = day.content
        base = Game(content, self.seed)
        vector = list(base.state)
        for game in self.days:
            vector += _finished(game.content, game.state)
        notes, effects = [], list[str]()  # the applied rules' effects, as written
        for rule in day.carry:
            if rule.when is None or rule.when(vector):
                if rule.apply is not None:
                    rule.apply(vector)
                effects += rule.effects
                if rule.note:
                    notes.append(rule.note)
        state = tuple(vector[: content.size])
        changes = {}
        for name in _names(content):
            before, after = base.read(name), base.read(name, state)
            if before != after:
                changes[name] = (before, after)
        self.carried.append(Carried(day.id, tuple(notes), tuple(effects), changes))
        transcript = opening(content) + [Entry("notice", content.start, n) for n in notes]
        game = Game(content, self.seed, states=[state], transcript=transcript)
        self.days.append(game)
        return game

    def week_score(self) -> ScoreCard | None:
        """The week's score, once every day is over."""
        if not self.over:
            return None
        vector: list[int] = []
        for game in self.days:
            vector += _finished(game.content, game.state)
        lines = []
        for c in self.campaign.components:
            value = min(1.0, max(0.0, float(c.value.run(vector))))
            lines.append(ScoreLine(c.id, c.label, c.weight, value, c.weight * value))
        total = min(100, max(0, round(sum(line.points for line in lines))))
        grades = self.campaign.grades
        grade = next((g for g in grades if total >= g.min), grades[-1])
        return ScoreCard(total, grade.grade, grade.label, tuple(lines))

    @property
    def state_hash(self) -> str:
        return hashlib.sha256(
            ("chair-campaign-1:" + ",".join(g.state_hash for g in self.days)).encode()
        ).hexdigest()

    def to_json(self) -> dict[str, Any]:
        """The object `chair run --json` prints for a campaign: one object a day, as for a
        single scenario, plus the carry-over into each day and the week's score."""
        week = self.week_score()
        return {
            "campaign": self.campaign.id,
            "title": self.campaign.title,
            "seed": self.seed,
            "over": self.over,
            "days": [
                {"day": self.campaign.days[i].id, **game.to_json()}
                for i, game in enumerate(self.days)
            ],
            "carry": [c.to_json() for c in self.carried],
            "week": week.to_json() if week is not None else None,
            "state_hash": self.state_hash,
        }


def parse_days(days: list[list[Any]]) -> list[list[Action]]:
    return [[parse_action(a) for a in actions] for actions in days]
