"""Lowering who sits at the table: delegations and their positions, blocs, the model's numbers.

A position with values drawn per game becomes a `HiddenPosition` (what each game draws, and
into which slot) plus the position as the lowest draws would make it, for a caller that does not
look at a game's state. Salience is weighted by each framing once, here, not per roll-call.
"""

from __future__ import annotations

from typing import Any

from . import checked
from . import content as rt
from .hidden import MIN_ROOM, HiddenPosition, Pick
from .lowering_text import TextLowering


class TableLowering(TextLowering):
    """Delegations, blocs and the model's numbers, checked and lowered."""

    hidden: list[HiddenPosition]

    def delegations(self) -> tuple[rt.Delegation, ...]:
        result = []
        self.hidden = []
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
                positions[issue_id] = self.position(ppath, delegation_id, issue_id, p)
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
                    plural=d.plural,
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

    def position(
        self, path: tuple[Any, ...], delegation_id: str, issue_id: str, p: checked.Position
    ) -> rt.Position:
        drawn = {
            key: self.layout.draws[(delegation_id, issue_id, key)]
            for key in ("position", "salience", "reservation", "red_line")
            if (delegation_id, issue_id, key) in self.layout.draws
        }
        if drawn:
            return self.hidden_position(path, delegation_id, issue_id, p, drawn)
        # nothing drawn: every value is a plain number
        position, salience = int(checked.span(p.position)[0]), checked.span(p.salience)[0]
        reservation = position if p.reservation is None else int(checked.span(p.reservation)[0])
        red_line = None if p.red_line is None else int(checked.span(p.red_line)[0])
        self.check_position(path, position, reservation, red_line)
        room = max(MIN_ROOM, abs(reservation - position))
        return rt.Position(issue_id, position, salience, reservation, room, red_line, p.source)

    def hidden_position(
        self,
        path: tuple[Any, ...],
        delegation_id: str,
        issue_id: str,
        p: checked.Position,
        drawn: dict[str, int],
    ) -> rt.Position:
        """A position with values drawn per game: its `HiddenPosition`, checked so that every
        possible draw is coherent, and the position as the lowest draws would make it (what a
        caller that does not look at the game's state sees)."""
        self.hidden.append(
            HiddenPosition(
                delegation_id,
                issue_id,
                _pick(p.position, drawn.get("position"), 1),
                _pick(p.salience, drawn.get("salience"), 100),
                None
                if p.reservation is None
                else _pick(p.reservation, drawn.get("reservation"), 1),
                None if p.red_line is None else _pick(p.red_line, drawn.get("red_line"), 1),
                p.source,
            )
        )
        self.check_drawn_position(path, p)
        position = checked.span(p.position)
        reservation = position if p.reservation is None else checked.span(p.reservation)
        low = int(position[0])
        low_reservation = int(reservation[0])
        low_red = None if p.red_line is None else int(checked.span(p.red_line)[0])
        return rt.Position(
            issue_id,
            low,
            float(checked.span(p.salience)[0]),
            low_reservation,
            max(MIN_ROOM, abs(low_reservation - low)),
            low_red,
            p.source,
        )

    def numbers(self) -> rt.Numbers:
        self.check_model_meters()

        def meter(meter_id: str | None) -> tuple[int | None, tuple[int, int]]:
            if meter_id is None or meter_id not in self.sc.meters:
                return None, (0, 1)
            found = self.sc.meters[meter_id]
            return self.layout.meters[meter_id], (found.min, max(found.max, found.min + 1))

        model = self.sc.model
        return rt.Numbers.of(
            model, tension=meter(model.tension), standing=meter(model.standing), party=self.party()
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


def _pick(value: float | checked.Drawn, slot: int | None, scale: int) -> Pick:
    """The `Pick` for a value: fixed, a range or alternatives (salience in hundredths)."""
    if isinstance(value, checked.Range):
        return Pick(slot, None, round(value.low * scale), round(value.high * scale))
    if isinstance(value, checked.OneOf):
        return Pick(slot, None, options=tuple(round(x * scale) for x in value.one_of))
    return Pick(None, value)
