"""The transcript as the minutes of a meeting: one styled line per entry.

Speakers are told apart by colour and by name; the chair's acts open a paragraph; events, walk-outs
and the ending stand out; roll-call answers are marked in words (supports, acquiesces, blocks),
so nothing depends on colour alone. Authored text only ever enters as plain (Textual's) `Content`, never as
markup, so a `[` in a quote is a bracket.
"""

from __future__ import annotations

from textual.content import Content

from scenario.engine.content import Content as Scenario
from scenario.engine.phrasing import answer_word
from scenario.engine.transcript import Entry, hhmm

from .hanging import Hanging
from .styling import answer_class, speaker_class, style
from .wording import quoted, speaker_name

GUTTER = 6  # "09:30 "
SOURCE_MARK = " ‹DE›"
"""Shown after a line that has its German original (the source key opens it)."""

ICONS = {
    "action": "▸ ",
    "notice": "! ",
    "event": "◆ ",
    "walkout": "✗ ",
    "return": "↩ ",
    "ending": "■ ",
}
ANSWER_ICONS = {"supports": "✓", "acquiesces": "○", "blocks": "✗"}

SECTION_KINDS = frozenset({"action", "event", "ending"})
"""Entries that open a new section of the minutes (a rule is drawn above them)."""


def speaker_style(scenario: Scenario, speaker: str | None) -> str:
    """The colour of a speaker: the chair's, a delegation's own, or the voices' (monitors…)."""
    if speaker == "chair":
        return style("speaker--chair")
    known = scenario.speakers.get(speaker or "")
    if known is not None and known.kind == "delegation":
        return style(speaker_class(scenario.delegation(known.id).index))
    if known is not None and known.kind == "chair":
        return style("speaker--chair")
    return style("speaker--voice")


class Minutes:
    """Writes entries as lines of the minutes, remembering the last time shown and the roll-call."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.last_time: int | None = None
        self.blocked = False  # a delegation blocked in the current roll-call

    def line(self, entry: Entry, *, first: bool = False) -> Hanging:
        """The entry as a line: the time in the margin when it changed, then the text.

        A new section (the chair's act, an event, the ending) opens with a rule, unless it is
        the first line of the minutes.
        """
        if entry.kind == "action":
            self.blocked = False
        elif entry.kind == "answer" and entry.answer == "blocks":
            self.blocked = True
        show_time = entry.time != self.last_time or entry.kind in SECTION_KINDS
        self.last_time = entry.time
        gutter = (
            Content.styled(hhmm(entry.time), style("minutes--time")) if show_time else Content()
        )
        rule = entry.kind in SECTION_KINDS and not first
        return Hanging(gutter, self.body(entry), GUTTER, rule=rule)

    def body(self, entry: Entry) -> Content:
        """The text of an entry, styled by its kind, with the German-source mark where it has one."""
        body = self._body(entry)
        if entry.source:
            body = Content.assemble(body, (SOURCE_MARK, style("minutes--source")))
        return body

    def _body(self, entry: Entry) -> Content:
        kind = entry.kind
        who = speaker_name(self.scenario, entry.speaker)
        colour = speaker_style(self.scenario, entry.speaker)
        if kind == "speech" and entry.speaker:
            return Content.assemble((who, colour), (": ", colour), quoted(entry.text))
        if kind == "speech":
            return Content.styled(entry.text, style("minutes--narration"))
        if kind == "private":
            return Content.assemble(
                (who, colour),
                (", in private: ", style("muted")),
                (quoted(entry.text), style("minutes--private")),
            )
        if kind == "answer":
            answer = entry.answer or ""
            name = self.scenario.speaker_name(entry.speaker)
            said = answer_word(self.scenario, entry.speaker, answer)  # 'NATO allies block'
            return Content.assemble(
                (f"{ANSWER_ICONS.get(answer, '·')} ", style(answer_class(answer))),
                (name, colour),
                " ",
                (said, style(answer_class(answer))),
                (": ", style("muted")),
                (entry.text, style("muted")),
            )
        if kind == "result":
            adopted = not self.blocked
            mark, cls = ("✓ ", "minutes--adopted") if adopted else ("✗ ", "minutes--failed")
            return Content.styled(mark + entry.text, style(cls))
        if kind == "ending":
            return Content.styled(
                f"{ICONS['ending']}Ending: {entry.text}", style("minutes--ending")
            )
        if kind in ("action", "notice", "event", "walkout", "return"):
            return Content.styled(ICONS[kind] + entry.text, style(f"minutes--{kind}"))
        if kind == "finding":
            return Content.styled(entry.text, style("minutes--finding"))
        return Content.styled(entry.text, style("minutes--opening"))
