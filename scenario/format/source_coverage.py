"""The coverage of the seeds (`chair check --sources`): for every sentence, the lines that use it.

The other view of the facts `fidelity` checks: which content items use each sentence of the seed,
how, and who the article gives it to; and which quotations and claims no line uses, so an author
sees the coverage at a glance.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .attribution import ARTICLE, NARRATION, QUOTE
from .diagnostics import display_path
from .files import SourceMap
from .sourced import read_attribution, seed_paths, sourced_items, views


@dataclass(frozen=True)
class Use:
    """One content item's use of a sentence of the seed."""

    where: str  # FILE:LINE of its source
    use: str | None
    said_by: str | None
    speaker: str | None


@dataclass(frozen=True)
class PassageReport:
    """A sentence of the seed, who the article gives it to, and the items that use it."""

    index: int
    text: str
    attribution: str  # e.g. "Jens Stoltenberg (quote) + article"
    is_quote: bool
    uses: tuple[Use, ...]


@dataclass(frozen=True)
class Fidelity:
    seeds: list[str]
    passages: list[PassageReport]

    @property
    def used(self) -> int:
        return sum(1 for p in self.passages if p.uses)

    @property
    def coverage(self) -> float:
        return self.used / len(self.passages) if self.passages else 0.0

    def text(self, width: int = 100) -> str:
        lines = [f"Sources of the content, sentence by sentence: {', '.join(self.seeds)}", ""]
        for p in self.passages:
            lines.append(f"[{p.index:2}] {_cut(p.text, width - 5)}")
            lines.append(f"     the article gives it to: {p.attribution}")
            for u in p.uses:
                who = f" spoken by {u.speaker}" if u.speaker else ""
                lines.append(
                    f"     - {u.where}: use {u.use or '?'}, said_by {u.said_by or '?'}{who}"
                )
            if not p.uses:
                lines.append("     (no line uses it)")
        unused = [p for p in self.passages if not p.uses]
        lines += ["", "Quotations no line uses:"]
        lines += [
            f"  [{p.index:2}] {p.attribution}: {_cut(p.text, width - 30)}"
            for p in unused
            if p.is_quote
        ] or ["  none"]
        lines += ["", "Claims no line uses:"]
        lines += [
            f"  [{p.index:2}] {p.attribution}: {_cut(p.text, width - 30)}"
            for p in unused
            if not p.is_quote
        ] or ["  none"]
        lines += [
            "",
            f"Coverage: {self.used}/{len(self.passages)} passages used "
            f"({round(100 * self.coverage)}%)",
        ]
        return "\n".join(lines) + "\n"


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(1, width - 3)] + "..."


def fidelity(sc: dict[str, Any], folder: Path, sourcemap: SourceMap) -> Fidelity | None:
    """For every sentence of the seeds, the content items whose source touches it."""
    attr = read_attribution(sc, folder)
    if attr is None:
        return None
    uses: dict[int, list[Use]] = {}
    for item in sourced_items(sc):
        location = sourcemap.locate((*item.path, "source"), key=True)
        where = f"{location.file}:{location.line}" if location.line else location.file
        touched: set[int] = set()
        for view in views(attr, item.passage):
            touched.update(u.sentence for u in view.units)
        for index in sorted(touched):
            uses.setdefault(index, []).append(Use(where, item.use, item.said_by, item.speaker))
    passages = []
    for sentence in attr.sentences:
        units = [u for u in attr.units if u.sentence == sentence.index]
        parts: list[str] = []
        for unit in units:
            who = unit.speaker or ARTICLE
            label = f"{who} ({unit.kind})" if unit.kind != NARRATION else who
            if unit.kind == "tag":
                continue
            if label not in parts:
                parts.append(label)
        if not parts:
            parts = [ARTICLE]
        passages.append(
            PassageReport(
                sentence.index + 1,
                sentence.text,
                " + ".join(parts),
                any(u.kind == QUOTE and u.speaker for u in units),
                tuple(uses.get(sentence.index, ())),
            )
        )
    shown = [str(p) for p in (seed_paths(sc, folder) or [])]
    return Fidelity([display_path(p) for p in shown], passages)
