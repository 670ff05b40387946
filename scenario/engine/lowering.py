"""Lowering a scenario's checked form to `Content`, the structures the engine plays on.

The lowering reads only the checked form (`checked.Scenario`), whether it was just built from
YAML or read back from the cache, and checks each item as it builds it (it is a `Checker`):
slot numbers come from the `Layout`, expressions are compiled against it, reactions are indexed
by the verb they answer and sorted by priority, and the opening state is laid out.
"""

from __future__ import annotations

from pathlib import Path

from . import checked
from . import content as rt
from .actions import VERBS
from .checking import minutes_of
from .layout import CLOCK, ENGAGEMENT, FACE, PATIENCE, PRESENT, TRUST
from .lowering_table import TableLowering
from .lowering_text import ARTICLE


class Lowering(TableLowering):
    """One scenario's checked form, checked and lowered to `Content` by `run`."""

    def run(self, content_id: str, folder: Path, content_hash: str) -> rt.Content:
        sc = self.sc
        start, end = self.clock()
        meters = self.meters()
        issues = self.issues()
        speakers = self.speakers()
        delegations = self.delegations()
        numbers = self.numbers()
        framings = self.framings()
        measures = self.measures()
        statements = self.statements()
        reactions = self.reactions()
        events = self.events(end)
        endings = self.endings()
        components, grades = self.score()
        guide = self.guide()
        blocs = self.blocs(delegations)
        self.require_items()
        return rt.Content(
            id=content_id,
            folder=folder,
            content_hash=content_hash,
            title=sc.title,
            subtitle=sc.subtitle,
            date=sc.clock.date,
            start=start,
            end=end,
            chair=speakers["chair"],
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
            initial=self.initial(start, meters, delegations),
            size=self.layout.size,
            layout=self.layout,
            hidden=tuple(self.hidden),
            guide=guide,
            blocs=blocs,
        )

    # ----------------------------------------------------------------- sections

    def meters(self) -> dict[str, rt.Meter]:
        meters = {}
        for meter_id, meter in self.sc.meters.items():
            self.check_meter(("meters", meter_id), meter)
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

    def framings(self) -> tuple[rt.Framing, ...]:
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

    def measures(self) -> tuple[rt.Measure, ...]:
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

    def guide(self) -> tuple[rt.GuideStep, ...]:
        """The guided game's steps; each suggested action must name a verb and a real target."""
        steps = []
        for index, step in enumerate(self.sc.guide):
            path = ("guide", index)
            done = self.condition((*path, "done"), step.done)
            if step.done is None and index != len(self.sc.guide) - 1:
                self.error((*path,), "only the guide's last step may leave out 'done'")
            if step.do is not None:
                self.check_action(path, step.do)
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

    # ----------------------------------------------------------------- rules

    def reactions(self) -> dict[str, tuple[rt.Rule, ...]]:
        by_trigger: dict[str, list[tuple[int, int, rt.Rule]]] = {}
        for index, r in enumerate(self.sc.reactions):
            path = ("reactions", index)
            self.check_rule_id((*path, "id"), r.id)
            written = r.target  # one id, or a tuple of them when written as a list
            listed = isinstance(written, tuple)
            targets = written if written is None or isinstance(written, tuple) else (written,)
            for k, target in enumerate(targets or ()):
                where = (*path, "target", k) if listed else path
                self.check_target(where, r.on, target, listed=listed)
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

    def events(self, end: int) -> tuple[rt.Rule, ...]:
        result = []
        for index, e in enumerate(self.sc.events):
            path = ("events", index)
            self.check_rule_id((*path, "id"), e.id)
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
        self.check_endings()
        return tuple(
            rt.Ending(
                e.id,
                index,
                e.title,
                self.condition(("endings", index, "when"), e.when),
                e.at_close,
                e.tone,
                e.debrief,
                e.score_cap,
                e.source,
                e.said_by,
                e.use,
            )
            for index, e in enumerate(self.sc.endings)
        )

    def score(self) -> tuple[tuple[rt.Component, ...], tuple[rt.Grade, ...]]:
        self.check_score()
        components = []
        for index, c in enumerate(self.sc.score.components):
            formula = self.formula(("score", "components", index, "value"), c.value)
            if formula is not None:
                components.append(rt.Component(c.id, c.label, c.weight, formula, c.description))
        grades = tuple(rt.Grade(g.min, g.grade, g.label) for g in self.sc.score.grades)
        return tuple(components), grades

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
            source: checked.Delegation = self.sc.delegations[d.id]
            v[d.base + PRESENT] = 1
            v[d.base + TRUST] = source.trust
            v[d.base + PATIENCE] = source.patience
            v[d.base + ENGAGEMENT] = source.engagement
            v[d.base + FACE] = source.face
        return tuple(v)  # every other slot (counters, flags, the generator) starts at 0
