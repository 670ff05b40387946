"""Lowering what is said: lines, their variants and placeholders, to `Said` and `Speech`.

A line's `when:` becomes a test of the state; with `model.varied_writing`, its text and variants
become pieces (literal text, or a placeholder's value as text), checked against the scenario's
names like any expression. Plain lines stay plain, so they cost nothing more at play.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..format.expressions import ExpressionError, compile_condition, compile_formula
from ..format.placeholders import has_slots, split
from . import checked
from . import content as rt
from .checking import Checker
from .layout import _unknown

ARTICLE = "article"
"""`said_by` for the article's own narration (as in `format.attribution`); kept here so that
playing a cached scenario reads no YAML."""

Test = Callable[[list[int]], bool]
Piece = str | Callable[[list[int]], str]


class TextLowering(Checker):
    """Lines of dialogue and narration, checked and lowered."""

    def lines(
        self,
        path: tuple[Any, ...],
        lines: Sequence[checked.Line | checked.Speech],
        default: str | None = None,
    ) -> tuple[rt.Said, ...]:
        said = []
        for index, line in enumerate(lines):
            speaker = line.speaker or default
            self.check_speaker((*path, index), speaker)
            said_by = None if line.said_by == ARTICLE else line.said_by
            test = self.line_test((*path, index, "when"), line.when)
            if (
                self.sc.model.varied_writing
                and line.speaker
                and line.speaker in self.sc.delegations
            ):
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

    def speeches(
        self, path: tuple[Any, ...], speeches: tuple[checked.Speech, ...], default: str
    ) -> tuple[rt.Speech, ...]:
        lines = self.lines(path, speeches, default)
        return tuple(
            rt.Speech(line, self.effects((*path, index, "effects"), speech.effects))
            for index, (line, speech) in enumerate(zip(lines, speeches, strict=True))
        )

    def while_present(self, delegation_id: str, test: Test | None) -> Test:
        """A line a reaction or event gives a delegation is said only while it is in the room
        (a delegation that walked out says nothing in an afternoon's event)."""
        present = compile_condition(f"present.{delegation_id}", self.layout.resolve).run
        if test is None:
            return present
        return lambda v: present(v) and test(v)

    def line_test(self, path: tuple[Any, ...], source: str | None) -> Test | None:
        condition = self.condition(path, source)
        return None if condition is None else condition.run

    def texts(
        self, path: tuple[Any, ...], line: checked.Line | checked.Speech
    ) -> tuple[tuple[Piece, ...], ...] | None:
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

    def template(self, path: tuple[Any, ...], text: str) -> tuple[Piece, ...]:
        try:
            pieces = split(text)
        except ExpressionError as exc:
            self.expression_error(path, exc)
            return (text,)
        compiled: list[Piece] = []
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

    def placeholder(self, source: str) -> Piece:
        """A placeholder as a function of the state giving plain text (a name: the text)."""
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
        run = compile_formula(source, self.layout.resolve).run
        if source == "clock":
            return lambda v: f"{int(run(v)) // 60:02d}:{int(run(v)) % 60:02d}"
        return lambda v: _number_text(run(v))


def _number_text(value: float) -> str:
    """A placeholder's number as plain text: whole numbers without a point."""
    rounded = round(value)
    return str(int(rounded)) if abs(value - rounded) < 1e-9 else f"{value:.1f}"
