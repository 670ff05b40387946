"""From validated models to playable `Content`, checking everything a schema cannot.

This is where `chair check` finds dangling references, impossible ranges, expressions that name
nothing, passages that are not in the seeds, and content that can never fire. Every problem is a
`Diagnostic` located through the loader's `SourceMap`; compilation goes on after a problem so one
run reports them all. When there is no error, the result is a `Content` ready to play.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..format.diagnostics import Diagnostic, ScenarioError, sort_key
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
from ..format.placeholders import has_slots, split
from ..format.sources import Seeds, seed_outside, seed_roots
from . import cache
from . import content as rt
from .actions import TARGETS, VERBS, ActionError, parse_action
from .hidden import MIN_ROOM, HiddenPosition, pick, span

if TYPE_CHECKING:  # the models and the loader need pydantic, which playing from the cache avoids
    from ..format import model as fmt
    from ..format.loading import LoadedScenario
from .layout import (
    CLOCK,
    ENGAGEMENT,
    FACE,
    PATIENCE,
    PRESENT,
    TRUST,
    Layout,
    _unknown,
)

ARTICLE = "article"
"""`said_by` for the article's own narration (as in `format.attribution`); kept here so that
playing a cached scenario reads no YAML."""

TARGET_KINDS = {
    "floor": "delegation",
    "consult": "delegation",
    "walkout": "delegation",
    "failed": "measure",
    "propose": "measure",
    "consensus": "measure",
    "frame": "framing",
    "statement": "statement",
}


def minutes_of(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


@dataclass
class Report:
    """The outcome of checking: the content (None if any error) and every diagnostic, sorted."""

    content: rt.Content | None
    diagnostics: list[Diagnostic]
    model: Any = None  # the validated scenario, tables ordered, as compiled

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if not d.is_error]


def check_scenario(folder: Path) -> Report:
    """Load, validate and compile a scenario folder; never raises for problems in the content."""
    from ..format.loading import load_scenario

    try:
        loaded = load_scenario(folder)
    except ScenarioError as exc:
        return Report(None, exc.diagnostics)
    return compile_loaded(loaded)


def load_content(folder: Path) -> rt.Content:
    """The playable content of a folder, or `ScenarioError` with every error found.

    A scenario that checked clean before and has not changed since is compiled from the cache
    (see `cache`), without reading YAML or importing pydantic.
    """
    folder = Path(folder)
    cached = cache.read(folder)
    if cached is not None:
        data, files_hash = cached
        content = _compile_prechecked(folder, data, files_hash)
        if content is not None:
            return content
    report = check_scenario(folder)
    if report.content is None:
        raise ScenarioError(report.errors or report.diagnostics)
    remember_if_clean(folder, report)
    return report.content


def known_clean(folder: Path) -> bool:
    """Whether this folder, as it is now, checked clean before (under this same engine)."""
    return cache.read(Path(folder)) is not None


def remember_if_clean(folder: Path, report: Report) -> None:
    """Keep a clean scenario in the cache; one with warnings is not kept, so they are seen again."""
    if report.content is not None and not report.diagnostics:
        cache.write(Path(folder), report.model.model_dump(mode="json"), report.content.content_hash)


@dataclass
class _Prechecked:
    """Stands in for a `LoadedScenario` when compiling validated data from the cache."""

    folder: Path
    id: str
    model: Any
    content_hash: str
    sourcemap: SourceMap = field(default_factory=SourceMap)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    broken: set[tuple[str, str]] = field(default_factory=set)


def _compile_prechecked(folder: Path, data: dict[str, Any], files_hash: str) -> rt.Content | None:
    prechecked = _Prechecked(folder, folder.resolve().name, cache.plain(data), files_hash)
    try:
        compiler = _Compiler(prechecked, prechecked=True)  # type: ignore[arg-type]
        content = compiler.run()
    except (AttributeError, KeyError, TypeError, ValueError):
        return None  # a cache entry in an unexpected shape: check the folder again instead
    if any(d.is_error for d in compiler.diagnostics):
        return None
    return content


def compile_loaded(loaded: LoadedScenario) -> Report:
    diagnostics = list(loaded.diagnostics)
    if loaded.model is None:
        return Report(None, sorted(diagnostics, key=sort_key))
    compiler = _Compiler(loaded)
    content = compiler.run()
    diagnostics.extend(compiler.diagnostics)
    if any(d.is_error for d in diagnostics):
        content = None
    return Report(content, sorted(set(diagnostics), key=sort_key), compiler.sc)


@dataclass
class _Compiler:
    loaded: LoadedScenario
    prechecked: bool = False  # validated data from the cache: ordered and sources checked already
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def __post_init__(self) -> None:
        model = self.loaded.model
        self.sc: fmt.Scenario = model if self.prechecked else self._ordered(model)  # type: ignore[arg-type]
        self.rule_ids = [r.id for r in self.sc.reactions] + [e.id for e in self.sc.events]
        self.layout = Layout.of(self.sc, self.rule_ids, self.loaded.broken)
        self.layout.clock_range = (minutes_of(self.sc.clock.start), minutes_of(self.sc.clock.end))
        self.broken = self.loaded.broken

    def _ordered(self, sc: fmt.Scenario) -> fmt.Scenario:
        """The scenario with its delegations in `table_order` (checked: each one, once)."""
        if not sc.table_order:
            return sc
        order, known = sc.table_order, list(sc.delegations)
        for index, delegation_id in enumerate(order):
            if (
                delegation_id not in known
                and ("delegations", delegation_id) not in self.loaded.broken
            ):
                self.error(("table_order", index), _unknown(delegation_id, known, "delegation"))
            elif order.index(delegation_id) != index:
                self.error(("table_order", index), f"{delegation_id!r} is listed twice")
        missing = [d for d in known if d not in order]
        if missing:
            self.error(("table_order",), f"table_order leaves out: {', '.join(missing)}")
        ordered = {d: sc.delegations[d] for d in order if d in sc.delegations}
        ordered.update({d: sc.delegations[d] for d in missing})
        return sc.model_copy(update={"delegations": ordered})

    # ----------------------------------------------------------------- reporting

    def error(self, path: tuple[Any, ...], message: str, *, key: bool = False) -> None:
        self.diagnostics.append(Diagnostic(self.loaded.sourcemap.locate(path, key=key), message))

    def warn(self, path: tuple[Any, ...], message: str, *, key: bool = False) -> None:
        self.diagnostics.append(
            Diagnostic(self.loaded.sourcemap.locate(path, key=key), message, "warning")
        )

    def known(self, section: str, item_id: str | None) -> bool:
        """Whether an id exists, or existed but was left out for its own errors (no cascade)."""
        if item_id is None:
            return True
        pool = getattr(self.sc, section)
        return item_id in pool or (section, item_id) in self.broken

    def reference(self, path: tuple[Any, ...], section: str, item_id: str | None) -> bool:
        if self.known(section, item_id):
            return True
        self.error(path, _unknown(item_id, list(getattr(self.sc, section)), section[:-1]))
        return False

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

    def effects(self, path: tuple[Any, ...], sources: list[str]) -> rt.Apply | None:
        checked: list[Effect] = []
        for index, source in enumerate(sources):
            try:
                checked.append(check_effect(source, self.layout.resolve))
            except ExpressionError as exc:
                self.expression_error((*path, index), exc)
        return compile_effects(checked)

    def expression_error(self, path: tuple[Any, ...], exc: ExpressionError) -> None:
        if not exc.quiet:
            location = self.loaded.sourcemap.locate_in_text(path, exc.offset)
            self.diagnostics.append(Diagnostic(location, exc.message))

    # ----------------------------------------------------------------- the whole

    def run(self) -> rt.Content | None:
        sc = self.sc
        if not self.prechecked:
            seeds = self.seeds()
            self.check_sources(seeds)
            if seeds is not None:  # only seeds that are inside their roots and readable
                from ..format import fidelity  # only when checking: it reads YAML, with pydantic

                self.diagnostics.extend(
                    fidelity.check(
                        self.sc, self.loaded.folder, self.loaded.sourcemap, self.loaded.files
                    )
                )
        start, end = self.clock()
        meters = self.meters()
        issues = self.issues()
        speakers = self.speakers()
        delegations = self.delegations(speakers)
        numbers = self.numbers()
        framings = self.framings(speakers)
        measures = self.measures(framings, delegations)
        statements = self.statements()
        reactions = self.reactions(speakers)
        events = self.events(speakers, start, end)
        endings = self.endings()
        components, grades = self.score()
        guide = self.guide()
        blocs = self.blocs(delegations)
        self.require_items()

        initial = self.initial(start, meters, delegations)
        chair = rt.Speaker("chair", sc.chair.name, sc.chair.role, "chair")
        return rt.Content(
            id=self.loaded.id,
            folder=self.loaded.folder,
            content_hash=self.loaded.content_hash,
            title=sc.title,
            subtitle=sc.subtitle,
            date=sc.clock.date,
            start=start,
            end=end,
            chair=chair,
            briefing=tuple(rt.Paragraph(p.title, p.text, p.source) for p in sc.briefing),
            history=tuple(rt.Paragraph(p.title, p.text, p.source) for p in sc.history),
            meters=meters,
            speakers=speakers,
            issues=issues,
            delegations=delegations,
            measures=measures,
            framings=framings,
            statements=statements,
            reactions=reactions,
            events=events,
            endings=endings,
            components=components,
            grades=grades,
            numbers=numbers,
            initial=initial,
            size=self.layout.size,
            layout=self.layout,
            hidden=tuple(self.hidden),
            guide=guide,
            blocs=blocs,
        )

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

    def section_broken(self, section: str) -> bool:
        return any(broken_section == section for broken_section, _ in self.broken)

    # ----------------------------------------------------------------- sources

    def seeds(self) -> Seeds | None:
        paths = []
        roots = seed_roots(self.loaded.folder)
        for index, name in enumerate(self.sc.seeds):
            try:
                path = (self.loaded.folder / name).resolve()
                outside = seed_outside(path, roots)
                found = not outside and path.is_file()
                special = not outside and not found and path.exists()
            except (OSError, RuntimeError, ValueError):  # too long, a symlink loop, a NUL
                path, outside, found, special = self.loaded.folder, False, False, False
            if outside:
                self.error(
                    ("seeds", index),
                    f"seed file {name!r} is outside the scenario's folder and the seeds folders; "
                    "put the text inside the scenario folder (for example seeds/)",
                )
                continue
            if special:
                self.error(
                    ("seeds", index),
                    f"seed file {name!r} is not a regular file (a folder, device or FIFO)",
                )
                continue
            if not found:
                self.error(
                    ("seeds", index),
                    f"seed file {name!r} not found (relative to the scenario folder)",
                )
                continue
            paths.append(path)
            self.loaded.files.append(path)
        if len(paths) != len(self.sc.seeds):
            return None
        try:
            return Seeds.read(paths)
        except OSError as exc:
            self.error(("seeds",), f"cannot read the seeds: {exc.strerror or exc}")
            return None
        except UnicodeDecodeError as exc:
            self.error(("seeds",), f"cannot read the seeds as UTF-8 text: {exc}")
            return None

    def check_sources(self, seeds: Seeds | None) -> None:
        passages = list(_sources(self.sc.model_dump(), ()))
        if not passages:
            return
        if seeds is None:
            if not self.sc.seeds:
                path, _ = passages[0]
                self.error(
                    path,
                    "'source:' passages need the scenario's 'seeds:' (the texts they come from)",
                )
            return
        for path, passage in passages:
            if seeds.contains(passage):
                continue
            found = seeds.closest(passage)
            hint = f"; the seeds match up to {found[-30:]!r}" if found else ""
            self.error(path, f"this passage is not found verbatim in the seeds{hint}")

    # ----------------------------------------------------------------- sections

    def clock(self) -> tuple[int, int]:
        start, end = minutes_of(self.sc.clock.start), minutes_of(self.sc.clock.end)
        if end <= start:
            self.error(
                ("clock", "end"), f"the session must end after it starts ({self.sc.clock.start})"
            )
        return start, end

    def meters(self) -> dict[str, rt.Meter]:
        meters = {}
        for meter_id, meter in self.sc.meters.items():
            path = ("meters", meter_id)
            if meter.min >= meter.max:
                self.error(
                    (*path, "max"), f"max ({meter.max}) must be greater than min ({meter.min})"
                )
            elif not meter.min <= meter.start <= meter.max:
                self.error(
                    (*path, "start"), f"start ({meter.start}) is outside {meter.min}..{meter.max}"
                )
            meters[meter_id] = rt.Meter(
                meter_id,
                self.layout.meters[meter_id],
                meter.label,
                meter.min,
                meter.max,
                meter.start,
                meter.unit,
                meter.good,
                meter.description,
                meter.source,
                meter.said_by,
                meter.use,
            )
        return meters

    def issues(self) -> dict[str, rt.Issue]:
        return {
            issue_id: rt.Issue(
                issue_id,
                self.layout.issues[issue_id],
                i.status_quo,
                i.title,
                i.low,
                i.high,
                i.description,
                i.source,
            )
            for issue_id, i in self.sc.issues.items()
        }

    def speakers(self) -> dict[str, rt.Speaker]:
        speakers = {"chair": rt.Speaker("chair", self.sc.chair.name, self.sc.chair.role, "chair")}
        for voice_id, voice in self.sc.voices.items():
            if voice_id == "chair":
                self.error(("voices", voice_id), "'chair' is the player's own id", key=True)
            speakers[voice_id] = rt.Speaker(voice_id, voice.name, voice.role, "voice")
        for delegation_id, d in self.sc.delegations.items():
            if delegation_id in speakers:
                self.error(
                    ("delegations", delegation_id),
                    f"{delegation_id!r} is already a voice or the chair; speakers need distinct ids",
                    key=True,
                )
            role = ", ".join(part for part in (d.head, d.role) if part) or None
            speakers[delegation_id] = rt.Speaker(delegation_id, d.name, role, "delegation")
        return speakers

    def lines(
        self, path: tuple[Any, ...], lines: list[fmt.Line], default: str | None = None
    ) -> tuple[rt.Said, ...]:
        said = []
        for index, line in enumerate(lines):
            speaker = line.speaker or default
            if speaker is not None and speaker not in self.all_speakers():
                self.error(
                    (*path, index, "speaker"),
                    f"unknown speaker {speaker!r}; speakers are 'chair', delegations and voices",
                )
            said_by = None if line.said_by == ARTICLE else line.said_by
            test = self.line_test((*path, index, "when"), line.when)
            if self.sc.model.varied_writing and line.speaker in self.sc.delegations:
                test = self.while_present(line.speaker, test)
            said.append(
                rt.Said(
                    speaker,
                    line.text,
                    line.source,
                    test=test,
                    texts=self.texts((*path, index), line),
                    repeat=line.repeat,
                    said_by=said_by,
                    use=line.use,
                )
            )
        return tuple(said)

    def while_present(self, delegation_id: str, test: Any) -> Any:
        """A line a reaction or event gives a delegation is said only while it is in the room
        (a delegation that walked out says nothing in an afternoon's event)."""
        present = compile_condition(f"present.{delegation_id}", self.layout.resolve).run
        if test is None:
            return present
        return lambda v: present(v) and test(v)

    def line_test(self, path: tuple[Any, ...], source: str | None) -> Any:
        condition = self.condition(path, source)
        return None if condition is None else condition.run

    def texts(self, path: tuple[Any, ...], line: fmt.Line) -> Any:
        """The text and variants of a line as pieces, or None for a plain line (see `Said`).

        Placeholders are read only with `model.varied_writing`, so a format-1 text with a
        brace in it keeps meaning what it always meant."""
        placeholders = self.sc.model.varied_writing
        if not line.variants and not (placeholders and has_slots(line.text)):
            return None
        wordings = [((*path, "text"), line.text)]
        wordings += [((*path, "variants", k), text) for k, text in enumerate(line.variants)]
        return tuple(
            self.template(where, text) if placeholders else (text,) for where, text in wordings
        )

    def template(self, path: tuple[Any, ...], text: str) -> tuple[Any, ...]:
        try:
            pieces = split(text)
        except ExpressionError as exc:
            self.expression_error(path, exc)
            return (text,)
        compiled: list[Any] = []
        for piece in pieces:
            if isinstance(piece, str):
                compiled.append(piece)
                continue
            try:
                compiled.append(self.placeholder(piece.source))
            except ExpressionError as exc:
                exc.offset += piece.offset
                self.expression_error(path, exc)
        return tuple(compiled)

    def placeholder(self, source: str) -> Any:
        """A placeholder as a function of the state giving plain text."""
        parts = source.split(".")
        if len(parts) == 2 and parts[0] in ("name", "short"):
            speaker = parts[1]
            if speaker == "chair":
                return self.sc.chair.name
            if speaker in self.sc.voices:
                return self.sc.voices[speaker].name
            if speaker in self.sc.delegations:
                d = self.sc.delegations[speaker]
                return (d.short or d.name) if parts[0] == "short" else d.name
            raise ExpressionError(
                _unknown(speaker, sorted(self.all_speakers()), "speaker")
                + f" in '{source}': names are of 'chair', delegations and voices",
                len(parts[0]) + 1,
                quiet=speaker in self.all_speakers(),
            )
        formula = compile_formula(source, self.layout.resolve)
        run = formula.run
        if source == "clock":
            return lambda v: f"{int(run(v)) // 60:02d}:{int(run(v)) % 60:02d}"
        return lambda v: _number_text(run(v))

    def all_speakers(self) -> set[str]:
        known = {"chair", *self.sc.voices, *self.sc.delegations}
        known.update(k for section, k in self.broken if section in ("voices", "delegations"))
        return known

    def speeches(
        self, path: tuple[Any, ...], speeches: list[fmt.Speech], default: str
    ) -> tuple[rt.Speech, ...]:
        lines = self.lines(path, list(speeches), default)
        return tuple(
            rt.Speech(line, self.effects((*path, index, "effects"), speech.effects))
            for index, (line, speech) in enumerate(zip(lines, speeches, strict=True))
        )

    def delegations(self, speakers: dict[str, rt.Speaker]) -> tuple[rt.Delegation, ...]:
        result = []
        self.hidden: list[HiddenPosition] = []
        for index, (delegation_id, d) in enumerate(self.sc.delegations.items()):
            path = ("delegations", delegation_id)
            positions = {}
            for issue_id, p in d.positions.items():
                ppath = (*path, "positions", issue_id)
                if not self.known("issues", issue_id):
                    self.error(
                        ppath,
                        f"unknown issue {issue_id!r}; known: {', '.join(self.sc.issues)}",
                        key=True,
                    )
                    continue
                drawn = {
                    key: self.layout.draws[(delegation_id, issue_id, key)]
                    for key in ("position", "salience", "reservation", "red_line")
                    if (delegation_id, issue_id, key) in self.layout.draws
                }
                if drawn:
                    positions[issue_id] = self.hidden_position(
                        ppath, delegation_id, issue_id, p, drawn
                    )
                    continue
                reservation = p.position if p.reservation is None else p.reservation
                self.check_position(ppath, p, reservation)
                room = max(MIN_ROOM, abs(reservation - p.position))
                positions[issue_id] = rt.Position(
                    issue_id, p.position, p.salience, reservation, room, p.red_line, p.source
                )
            salience = tuple(
                {
                    issue_id: pos.salience * factors.get(issue_id, 1.0)
                    for issue_id, pos in positions.items()
                }
                for factors in [{}, *(f.salience for f in self.sc.framings.values())]
            )
            result.append(
                rt.Delegation(
                    id=delegation_id,
                    index=index,
                    base=self.layout.delegations[delegation_id],
                    name=d.name,
                    short=d.short or d.name,
                    head=d.head,
                    role=d.role,
                    summary=d.summary,
                    source=d.source,
                    positions=positions,
                    salience=salience,
                    floor=self.speeches((*path, "floor"), d.floor, delegation_id),
                    consult=self.speeches((*path, "consult"), d.consult, delegation_id),
                    walkout=self.lines(path, [d.walkout], delegation_id)[0] if d.walkout else None,
                    floor_said=self.layout.said.get((delegation_id, "floor")),
                    consult_said=self.layout.said.get((delegation_id, "consult")),
                )
            )
        return tuple(result)

    def hidden_position(
        self,
        path: tuple[Any, ...],
        delegation_id: str,
        issue_id: str,
        p: fmt.Position,
        drawn: dict[str, int],
    ) -> rt.Position:
        """A position with values drawn per game: its `HiddenPosition`, checked so that every
        possible draw is coherent, and the position as the lowest draws would make it (what a
        caller that does not look at the game's state sees)."""
        self.hidden.append(
            HiddenPosition(
                delegation_id,
                issue_id,
                pick(p.position, drawn.get("position"), 1),
                pick(p.salience, drawn.get("salience"), 100),
                None if p.reservation is None else pick(p.reservation, drawn.get("reservation"), 1),
                None if p.red_line is None else pick(p.red_line, drawn.get("red_line"), 1),
                p.source,
            )
        )
        position = span(p.position)
        reservation = position if p.reservation is None else span(p.reservation)
        if p.red_line is not None:
            red_line = span(p.red_line)
            if red_line[0] <= position[1] and position[0] <= red_line[1]:
                self.error(
                    (*path, "red_line"),
                    f"the red line ({_shown(p.red_line)}) and the position ({_shown(p.position)}) "
                    "overlap: a game could draw a red line at the position itself",
                )
            else:
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
        low = int(position[0])
        low_reservation = int(reservation[0])
        low_red = None if p.red_line is None else int(span(p.red_line)[0])
        return rt.Position(
            issue_id,
            low,
            float(span(p.salience)[0]),
            low_reservation,
            max(MIN_ROOM, abs(low_reservation - low)),
            low_red,
            p.source,
        )

    def check_position(self, path: tuple[Any, ...], p: fmt.Position, reservation: int) -> None:
        if p.red_line is None:
            return
        if p.red_line == p.position:
            self.error(
                (*path, "red_line"), "a red line at the position itself would block everything"
            )
            return
        side = 1 if p.red_line > p.position else -1
        if (reservation - p.position) * side < 0 or (reservation - p.red_line) * side >= 0:
            self.error(
                (*path, "reservation"),
                f"the reservation ({reservation}) must lie between the position ({p.position}) "
                f"and the red line ({p.red_line})",
            )

    def numbers(self) -> rt.Numbers:
        m = self.sc.model
        for key in ("tension", "standing"):
            meter_id = getattr(m, key)
            if not self.known("meters", meter_id):
                self.error(
                    ("model", key),
                    f"unknown meter {meter_id!r}; known: {', '.join(self.sc.meters)}",
                )

        def meter(meter_id: str | None) -> tuple[int | None, tuple[int, int]]:
            if meter_id is None or meter_id not in self.sc.meters:
                return None, (0, 1)
            found = self.sc.meters[meter_id]
            return self.layout.meters[meter_id], (found.min, max(found.max, found.min + 1))

        tension_slot, tension_range = meter(m.tension)
        standing_slot, standing_range = meter(m.standing)
        return rt.Numbers(
            minutes=dict(m.minutes),
            support_at=m.support_at,
            w_trust=m.weights.trust,
            w_engagement=m.weights.engagement,
            w_face=m.weights.face,
            w_standing=m.weights.standing,
            w_tension=m.weights.tension,
            w_consulted=m.weights.consulted,
            tension_slot=tension_slot,
            tension_range=tension_range,
            standing_slot=standing_slot,
            standing_range=standing_range,
            patience_per_hour=m.patience.per_hour,
            patience_heard=m.patience.heard,
            patience_consulted=m.patience.consulted,
            patience_recess=m.patience.recess,
            patience_blocked=m.patience.blocked,
            patience_red_line=m.patience.red_line,
            patience_returned=m.patience.returned,
            trust_consulted=m.trust.consulted,
            trust_consulted_again=m.trust.consulted_again,
            trust_red_line=m.trust.red_line,
            face_heard=m.face.heard,
            face_blocked=m.face.blocked,
            face_red_line=m.face.red_line,
            face_adopted=m.face.adopted,
            engagement_heard=m.engagement.heard,
            engagement_consulted=m.engagement.consulted,
            engagement_adopted=m.engagement.adopted,
            return_trust=m.return_trust,
            standing_adopted=m.standing_adopted,
            standing_failed=m.standing_failed,
            chance_decided_once=m.chance_decided_once,
            minutes_in_time_order=m.minutes_in_time_order,
            varied_writing=m.varied_writing,
            wary_unheard=m.wary_unheard,
            wary_cares=m.wary_cares,
            party=self.party(),
            w_partisan=m.weights.partisan,
            w_unity=m.weights.unity,
        )

    def party(self) -> str | None:
        """The delegation the chair also speaks for (`chair.party`), checked."""
        party = self.sc.chair.party
        if party is None or not self.reference(("chair", "party"), "delegations", party):
            return None
        return party if party in self.sc.delegations else None

    def blocs(self, delegations: tuple[rt.Delegation, ...]) -> tuple[rt.Bloc, ...]:
        """Delegations that decide as one: members known, each in one bloc, unity a meter."""
        order = [d.id for d in delegations]
        member_of: dict[str, str] = {}
        result = []
        for bloc_id, b in self.sc.blocs.items():
            path = ("blocs", bloc_id)
            for index, member in enumerate(b.members):
                if not self.reference((*path, "members", index), "delegations", member):
                    continue
                if member in member_of:
                    self.error(
                        (*path, "members", index),
                        f"{member!r} is already a member of the bloc {member_of[member]!r}; "
                        "a delegation belongs to one bloc at most",
                    )
                member_of.setdefault(member, bloc_id)
            unity_slot, unity_range = None, (0, 1)
            if b.unity is not None and self.reference((*path, "unity"), "meters", b.unity):
                meter = self.sc.meters.get(b.unity)
                if meter is not None:
                    unity_slot = self.layout.meters[b.unity]
                    unity_range = (meter.min, max(meter.max, meter.min + 1))
            if b.split_costs and b.unity is None:
                self.error((*path, "split_costs"), "split_costs needs a 'unity' meter to lower")
            members = tuple(d for d in order if d in b.members)
            result.append(
                rt.Bloc(
                    bloc_id,
                    b.name,
                    members,
                    b.decides_together,
                    unity_slot,
                    unity_range,
                    b.split_costs,
                )
            )
        return tuple(result)

    def framings(self, speakers: dict[str, rt.Speaker]) -> tuple[rt.Framing, ...]:
        result = []
        for framing_id, f in self.sc.framings.items():
            path = ("framings", framing_id)
            for issue_id in f.salience:
                if not self.known("issues", issue_id):
                    self.error(
                        (*path, "salience", issue_id), f"unknown issue {issue_id!r}", key=True
                    )
            result.append(
                rt.Framing(
                    id=framing_id,
                    number=self.layout.framings[framing_id],
                    title=f.title,
                    summary=f.summary,
                    requires=self.condition((*path, "requires"), f.requires),
                    say=self.lines((*path, "say"), f.say, "chair"),
                    apply=self.effects((*path, "effects"), f.effects),
                    salience=dict(f.salience),
                    source=f.source,
                )
            )
        return tuple(result)

    def measures(
        self, framings: tuple[rt.Framing, ...], delegations: tuple[rt.Delegation, ...]
    ) -> tuple[rt.Measure, ...]:
        result = []
        for index, (measure_id, m) in enumerate(self.sc.measures.items()):
            path = ("measures", measure_id)
            lands = self.issue_map((*path, "lands"), m.lands)
            moves = self.issue_map((*path, "moves"), m.moves)
            for issue_id in lands.keys() & moves.keys():
                self.error(
                    (*path, "moves", issue_id),
                    f"{issue_id!r} is in both 'lands' and 'moves'",
                    key=True,
                )
            if not m.lands and not m.moves:
                self.error(
                    path,
                    f"the measure {measure_id!r} needs 'lands' or 'moves': which issues it changes",
                )
            result.append(
                rt.Measure(
                    id=measure_id,
                    index=index,
                    base=self.layout.measures[measure_id],
                    title=m.title,
                    summary=m.summary,
                    lands=lands,
                    moves=moves,
                    requires=self.condition((*path, "requires"), m.requires),
                    minutes=m.minutes or self.sc.model.minutes.consensus,
                    apply=self.effects((*path, "effects"), m.effects),
                    on_fail=self.effects((*path, "on_fail"), m.on_fail) if m.on_fail else None,
                    aimed_at=tuple(
                        d
                        for k, d in enumerate(m.aimed_at)
                        if self.reference((*path, "aimed_at", k), "delegations", d)
                    ),
                    source=m.source,
                    slots={issue_id: self.layout.issues[issue_id] for issue_id in moves},
                )
            )
        return tuple(result)

    def issue_map(self, path: tuple[Any, ...], values: dict[str, int]) -> dict[str, int]:
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

    def guide(self) -> tuple[rt.GuideStep, ...]:
        """The guided game's steps; each suggested action must name a verb and a real target."""
        steps = []
        for index, step in enumerate(self.sc.guide):
            path = ("guide", index)
            done = self.condition((*path, "done"), step.done)
            if step.done is None and index != len(self.sc.guide) - 1:
                self.error((*path,), "only the guide's last step may leave out 'done'")
            if step.do is not None:
                try:
                    action = parse_action(step.do)
                except ActionError as exc:
                    self.error((*path, "do"), f"{exc} (in 'do')")
                else:
                    kind = TARGETS.get(action.verb)
                    pool = {
                        "delegation": "delegations",
                        "measure": "measures",
                        "framing": "framings",
                        "statement": "statements",
                    }.get(kind or "")
                    if pool is not None:
                        self.reference((*path, "do"), pool, action.target)
            steps.append(rt.GuideStep(step.text, done, step.do))
        return tuple(steps)

    def statements(self) -> tuple[rt.Statement, ...]:
        return tuple(
            rt.Statement(
                id=statement_id,
                slot=self.layout.statements[statement_id],
                title=s.title,
                summary=s.summary,
                text=s.text,
                requires=self.condition(("statements", statement_id, "requires"), s.requires),
                apply=self.effects(("statements", statement_id, "effects"), s.effects),
                source=s.source,
                said_by=None if s.said_by == ARTICLE else s.said_by,
                use=s.use,
            )
            for statement_id, s in self.sc.statements.items()
        )

    def check_rule_id(
        self, path: tuple[Any, ...], rule_id: str, seen: dict[str, tuple[Any, ...]]
    ) -> None:
        if rule_id in seen:
            first = self.loaded.sourcemap.locate(seen[rule_id])
            self.error(
                path,
                f"the id {rule_id!r} is already used at {first}; reactions and events need distinct ids",
            )
        else:
            seen[rule_id] = path

    def reactions(self, speakers: dict[str, rt.Speaker]) -> dict[str, tuple[rt.Rule, ...]]:
        self.seen_rule_ids: dict[str, tuple[Any, ...]] = {}
        by_trigger: dict[str, list[tuple[int, int, rt.Rule]]] = {}
        for index, r in enumerate(self.sc.reactions):
            path = ("reactions", index)
            self.check_rule_id((*path, "id"), r.id, self.seen_rule_ids)
            targets = (
                None
                if r.target is None
                else tuple(r.target if isinstance(r.target, list) else [r.target])
            )
            for k, target in enumerate(targets or ()):
                where = (*path, "target", k) if isinstance(r.target, list) else path
                self.check_target(where, r.on, target, listed=isinstance(r.target, list))
            if r.chance == 0:
                self.warn((*path, "chance"), "a chance of 0 means this reaction never fires")
            rule = rt.Rule(
                id=r.id,
                kind="reaction",
                slot=self.layout.rules[r.id],
                trigger=r.on,
                target=targets,
                when=self.condition((*path, "when"), r.when),
                at=None,
                priority=r.priority,
                once=r.once,
                chance=r.chance,
                group=r.group,
                title=None,
                say=self.lines((*path, "say"), r.say),
                apply=self.effects((*path, "effects"), r.effects),
            )
            by_trigger.setdefault(r.on, []).append((-r.priority, index, rule))
        answers_any = by_trigger.pop("any", [])
        merged = {verb: by_trigger.get(verb, []) + answers_any for verb in VERBS}
        merged["walkout"] = by_trigger.get("walkout", [])
        merged["failed"] = by_trigger.get("failed", [])
        return {
            trigger: tuple(rule for *_, rule in sorted(rules, key=lambda t: t[:2]))
            for trigger, rules in merged.items()
        }

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

    def events(self, speakers: dict[str, rt.Speaker], start: int, end: int) -> tuple[rt.Rule, ...]:
        result = []
        for index, e in enumerate(self.sc.events):
            path = ("events", index)
            self.check_rule_id((*path, "id"), e.id, self.seen_rule_ids)
            at = minutes_of(e.at) if e.at else None
            if at is None and e.when is None:
                self.error(path, f"the event {e.id!r} needs 'at' (a time) or 'when' (a condition)")
            if at is not None and at > end:
                self.warn(
                    (*path, "at"),
                    f"{e.at} is after the session closes ({self.sc.clock.end}), so this never happens",
                )
            if e.chance == 0:
                self.warn((*path, "chance"), "a chance of 0 means this event never happens")
            result.append(
                rt.Rule(
                    id=e.id,
                    kind="event",
                    slot=self.layout.rules[e.id],
                    trigger=None,
                    target=None,
                    when=self.condition((*path, "when"), e.when),
                    at=at,
                    priority=0,
                    once=e.once,
                    chance=e.chance,
                    group=None,
                    title=e.title,
                    say=self.lines((*path, "say"), e.say),
                    apply=self.effects((*path, "effects"), e.effects),
                    fate=self.layout.fates.get(e.id),
                )
            )
        return tuple(result)

    def endings(self) -> tuple[rt.Ending, ...]:
        result = []
        seen: dict[str, tuple[Any, ...]] = {}
        fallback: int | None = None
        for index, e in enumerate(self.sc.endings):
            path = ("endings", index)
            if e.id in seen:
                self.error((*path, "id"), f"the ending id {e.id!r} is used twice")
            seen[e.id] = path
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
            result.append(
                rt.Ending(
                    e.id,
                    index,
                    e.title,
                    self.condition((*path, "when"), e.when),
                    e.at_close,
                    e.tone,
                    e.debrief,
                    e.score_cap,
                    e.source,
                    e.said_by,
                    e.use,
                )
            )
        if fallback is None and self.sc.endings and not self.section_broken("endings"):
            self.error(
                ("endings",),
                "the last ending must apply whenever the session closes: give it 'at_close: true' and no 'when'",
            )
        return tuple(result)

    def score(self) -> tuple[tuple[rt.Component, ...], tuple[rt.Grade, ...]]:
        s = self.sc.score
        total = sum(c.weight for c in s.components)
        if abs(total - 100) > 1e-6 and ("score", "components") not in self.broken:
            self.error(
                ("score", "components"), f"the weights add up to {total:g}; they must add up to 100"
            )
        components = []
        seen: set[str] = set()
        for index, c in enumerate(s.components):
            path = ("score", "components", index)
            if c.id in seen:
                self.error((*path, "id"), f"the component id {c.id!r} is used twice")
            seen.add(c.id)
            formula = self.formula((*path, "value"), c.value)
            if formula is not None:
                components.append(rt.Component(c.id, c.label, c.weight, formula, c.description))
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
        return tuple(components), tuple(rt.Grade(g.min, g.grade, g.label) for g in s.grades)

    # ----------------------------------------------------------------- the opening state

    def initial(
        self, start: int, meters: dict[str, rt.Meter], delegations: tuple[rt.Delegation, ...]
    ) -> tuple[int, ...]:
        v = [0] * self.layout.size
        v[CLOCK] = start
        for meter in meters.values():
            v[meter.slot] = min(meter.max, max(meter.min, meter.start))
        for issue_id, issue in self.sc.issues.items():
            v[self.layout.issues[issue_id]] = issue.status_quo
        for d in delegations:
            source = self.sc.delegations[d.id]
            v[d.base + PRESENT] = 1
            v[d.base + TRUST] = source.trust
            v[d.base + PATIENCE] = source.patience
            v[d.base + ENGAGEMENT] = source.engagement
            v[d.base + FACE] = source.face
        return tuple(v)  # every other slot (counters, flags, the generator) starts at 0


def _number_text(value: float) -> str:
    """A placeholder's number as plain text: whole numbers without a point."""
    rounded = round(value)
    return str(int(rounded)) if abs(value - rounded) < 1e-9 else f"{value:.1f}"


def _shown(value: Any) -> str:
    """A value as the author wrote it: 40, [40, 60] or one of 10, 30."""
    if isinstance(value, list):
        return f"[{value[0]:g}, {value[1]:g}]"
    if isinstance(value, dict):
        return "one of " + ", ".join(f"{x:g}" for x in value["one_of"])
    return f"{value:g}"


def _sources(value: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Every (path, passage) of a 'source' key in the dumped model."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "source" and isinstance(item, str):
                yield (*path, key), item
            else:
                yield from _sources(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _sources(item, (*path, index))
