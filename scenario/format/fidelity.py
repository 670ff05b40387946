"""Every sourced line held against the article: whose words, in whose mouth, used how.

`attribution` reads who says what from the seed; this module holds each content item that
carries a `source:` against it: the passage must be long enough to identify, a `quote` must be
in quotation marks in the article and spoken by the person the article gives it to, `said_by`
must be whom the article gives the passage to, a `reported` line must name them, and a spoken
line may not use someone else's words as its own context. In format 1 these are warnings with
the exact fix; in format 2 they are errors, and every sourced item must say `said_by` and `use`.

The items and the article's view of their passages come from `sourced`; the coverage report,
the other view of the same facts, is `source_coverage` (imported by `chair check --sources` only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .attribution import ARTICLE as ARTICLE
from .attribution import CAPTION, NARRATION, QUOTE, Attribution
from .diagnostics import Diagnostic
from .files import SourceMap
from .sourced import Sourced, View, pick, read_attribution, sourced_items, views
from .sources import normalise


@dataclass
class Checker:
    """The sourced items of one scenario held against its attribution; collects diagnostics."""

    sc: dict[str, Any]  # the validated document (`validating`)
    attr: Attribution
    sourcemap: SourceMap
    severity: str
    diagnostics: list[Diagnostic]

    def say(self, path: tuple[Any, ...], message: str, *, key: bool = True) -> None:
        location = self.sourcemap.locate(path, key=key)
        self.diagnostics.append(Diagnostic(location, message, self.severity))

    def known_speaker(self, speaker: str) -> bool:
        """Unknown or left out for its own errors: reported elsewhere, not judged here."""
        return (
            speaker == "chair" or speaker in self.sc["voices"] or speaker in self.sc["delegations"]
        )

    # who a speaker id is
    def speaker_person(self, speaker: str) -> str | None:
        if speaker == "chair":
            return str(self.sc["chair"]["name"])
        if speaker in self.sc["voices"]:
            return str(self.sc["voices"][speaker]["name"])
        delegation = self.sc["delegations"].get(speaker)
        return delegation["head"] if delegation else None

    def speaker_label(self, speaker: str) -> str:
        person = self.speaker_person(speaker)
        delegation = self.sc["delegations"].get(speaker)
        if delegation is not None:
            side = delegation["short"] or delegation["name"]
            side += "'" if side.endswith("s") else "'s"
            return f"{side} delegation ({person})" if person else f"{side} delegation"
        return person or speaker

    def same(self, canonical: str | None, name: str | None) -> bool:
        return bool(canonical and name) and self.attr.canonical(name or "") == canonical

    def speaks_for(self, canonical: str, speaker: str) -> bool:
        """Whether the speaker is that person or body, or its delegation declares them."""
        if self.same(canonical, self.speaker_person(speaker)):
            return True
        if speaker == "chair" and self.sc["chair"]["party"]:  # a chair who is a party speaks for it
            speaker = self.sc["chair"]["party"]
        delegation = self.sc["delegations"].get(speaker)
        if delegation is None:
            return False
        names = [*delegation["people"], delegation["name"], delegation["short"], speaker]
        return any(self.same(canonical, n) for n in names if n)

    def named_in(self, canonical: str, text: str | None) -> bool:
        if not text:
            return False
        surname = self.attr.surname(canonical)
        return re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", text) is not None

    def shown(self, canonical: str | None) -> str:
        return ARTICLE if canonical is None or canonical == ARTICLE else canonical

    # the rules
    def check(self, item: Sourced, format_version: int) -> None:
        found = views(self.attr, item.passage)
        if not found:
            return  # not in the seeds: the source check says so
        source_at = (*item.path, "source")
        words = len(normalise(item.passage).split())
        if words < 3 and not self.attr.is_whole_quote(item.passage):
            self.say(
                source_at,
                f"this source is too short to identify a passage ({words} "
                f"word{'s' if words != 1 else ''}); quote at least three words of the article, "
                "or a whole quotation",
                key=False,
            )
        if item.said_by is None or item.use is None:
            if item.speaker is not None and not self.known_speaker(item.speaker):
                return  # a speaker left out for its own errors: the fix cannot be known yet
            self.missing(item, found, format_version)
            return
        declared = self.attr.canonical(item.said_by)
        if item.speaker is not None and not self.known_speaker(item.speaker):
            item = Sourced(item.path, item.passage, item.said_by, item.use, item.text, None)
        view = pick(found, declared)
        if not self.check_said_by(item, view, declared):
            return
        assert declared is not None
        person = None if declared == ARTICLE else declared
        use_at = (*item.path, "use")
        if item.use == "quote":
            if not view.quoted:
                self.say(
                    use_at,
                    f"`use: quote`, but the article does not put this passage in quotation marks "
                    f"({_describe(view)}); use `reported` (naming whose words they are) or "
                    "`context`",
                )
            elif item.speaker is not None and not self.same(
                person, self.speaker_person(item.speaker)
            ):
                who = self.speaker_label(item.speaker)
                if person is None:
                    hint = "use `context`"
                else:
                    surname = self.attr.surname(person)
                    hint = (
                        f"use `use: reported` and name {surname} in the text "
                        f'("As {surname} said in Brussels, ...")'
                    )
                self.say(
                    use_at,
                    f"a quote is spoken only by its speaker: these are "
                    f"{self.shown(person)}'s words, and {who} speaks this line; {hint}",
                )
        elif item.use == "reported" and person is not None:
            surname = self.attr.surname(person)
            if not self.named_in(person, item.text):
                self.say(
                    use_at,
                    f"`use: reported`, but the text does not name {surname}; say whose words "
                    f'they are ("As {surname} said, ...") or use `context`',
                )
            for index, variant in enumerate(item.variants):
                if not self.named_in(person, variant):
                    self.say(
                        (*item.path, "variants", index),
                        f"`use: reported`, but this variant does not name {surname}; every "
                        f"wording of a reported line says whose words they are",
                        key=False,
                    )
        elif item.use == "context" and item.speaker is not None:
            truly = view.speaker
            if truly is not None and not self.speaks_for(truly, item.speaker):
                surname = self.attr.surname(truly)
                self.say(
                    use_at,
                    f"passage given to the wrong person: the article gives these words to "
                    f"{truly}, and {self.speaker_label(item.speaker)} speaks this line; present "
                    f"them as {surname}'s (`use: reported`, naming {surname}), give the line to "
                    f"a side that speaks for {surname}, or choose another passage",
                )

    def check_said_by(self, item: Sourced, view: View, declared: str | None) -> bool:
        said_at = (*item.path, "said_by")
        if not view.accepts:
            parts = ", ".join(f"{u.text[:40]!r} to {self.shown(u.speaker)}" for u in view.units)
            self.say(
                said_at,
                f"this passage spans words the article gives to different people ({parts}); "
                "cut it to one of them",
            )
            return False
        if declared is None or declared not in view.accepts:
            given = " or ".join(sorted(self.shown(a) for a in view.accepts))
            self.say(
                said_at,
                f"the article gives this passage to {given} ({_describe(view)}), "
                f"not to {item.said_by!r}",
            )
            return False
        return True

    def missing(self, item: Sourced, found: list[View], format_version: int) -> None:
        view = pick(found, None)
        lacking = [k for k in ("said_by", "use") if getattr(item, k) is None]
        if not view.accepts:
            self.say(
                (*item.path, "source"),
                f"missing {' and '.join(f'`{k}`' for k in lacking)}, and this passage spans "
                "words the article gives to different people; cut it to one of them",
            )
            return
        said_by, use, extra = self.suggest(item, view)
        fix = []
        if item.said_by is None:
            fix.append(f"`said_by: {said_by}`")
        if item.use is None:
            fix.append(f"`use: {use}`")
        need = "needs" if format_version >= 2 else "should say"
        self.say(
            (*item.path, "source"),
            f"a sourced item {need} whose words these are and how it uses them: add "
            f"{' and '.join(fix)}{extra}",
        )

    def suggest(self, item: Sourced, view: View) -> tuple[str, str, str]:
        """The said_by and use that would satisfy every rule, and what else to change."""
        given = item.said_by and self.attr.canonical(item.said_by)
        who = given if given and given in view.accepts else view.speaker
        if who is None or who == ARTICLE:
            return ARTICLE, "context", ""
        if item.speaker is None:
            return who, "context", ""
        if self.same(who, self.speaker_person(item.speaker)):
            return who, ("quote" if view.quoted else "context"), ""
        if self.speaks_for(who, item.speaker):
            return who, "context", ""
        surname = self.attr.surname(who)
        extra = "" if self.named_in(who, item.text) else f", and name {surname} in the text"
        return who, "reported", extra


def _describe(view: View) -> str:
    unit = view.units[0]
    if unit.kind == QUOTE:
        return f"a quotation: {unit.why}"
    if unit.kind == CAPTION:
        return unit.why
    if unit.kind == NARRATION:
        return "the article's narration"
    return unit.why or unit.kind


def check(
    sc: dict[str, Any], folder: Path, sourcemap: SourceMap, files: list[Path] | None = None
) -> list[Diagnostic]:
    """The attribution diagnostics of a validated document (none if it has no readable seeds)."""
    attr = read_attribution(sc, folder)
    if attr is None:
        return []
    if files is not None:
        files.extend(p for p in attr.files if p not in files)
    severity = "error" if sc["format"] >= 2 else "warning"
    checker = Checker(sc, attr, sourcemap, severity, list(attr.diagnostics))
    for item in sourced_items(sc):
        checker.check(item, sc["format"])
    _check_people(checker)
    _check_orphans(checker, sc)
    return checker.diagnostics


def _check_people(checker: Checker) -> None:
    for delegation_id, delegation in checker.sc["delegations"].items():
        for index, name in enumerate(delegation["people"]):
            if checker.attr.canonical(name) in (None, ARTICLE):
                known = ", ".join(checker.attr.names())
                checker.say(
                    ("delegations", delegation_id, "people", index),
                    f"{name!r} is not a person or body the article gives words to; known: {known}",
                    key=False,
                )


def _check_orphans(checker: Checker, dumped: dict[str, Any]) -> None:
    """`said_by` or `use` without a `source` says whose words nothing is."""

    def walk(value: Any, path: tuple[Any, ...]) -> None:
        if isinstance(value, dict):
            if value.get("source") is None:
                for key in ("said_by", "use"):
                    if value.get(key) is not None:
                        checker.say((*path, key), f"`{key}` without a `source` passage")
            for key, item in value.items():
                if isinstance(item, (dict, list)):  # a text or a number holds no item
                    walk(item, (*path, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, (dict, list)):
                    walk(item, (*path, index))

    walk(dumped, ())


# --------------------------------------------------------------------------- what players see


@dataclass
class Mouths:
    """Audits what a player sees: a spoken line against the article, whatever it declares.

    Used over transcripts (shipped scripts, random games): a line spoken by someone other than
    the person the article gives its passage to must present the words as theirs (`reported`,
    naming them), or be spoken by a side that declares that person among its `people`.
    """

    sc: dict[str, Any]  # the validated document (`validating`)
    attr: Attribution

    def wrong(self, speaker: str | None, source: str, text: str, use: str | None) -> str | None:
        """Why this spoken line puts words in the wrong mouth, or None if it does not."""
        if speaker is None:
            return None
        checker = Checker(self.sc, self.attr, SourceMap(), "error", [])
        if not checker.known_speaker(speaker):
            return None
        found = views(self.attr, source)
        if not found:
            return None
        view = pick(found, None)
        truly = view.speaker
        if truly is None:
            return None
        person = checker.speaker_person(speaker)
        if use == "quote" and not checker.same(truly, person):
            return f"{truly}'s quotation spoken as {checker.speaker_label(speaker)}'s own words"
        if checker.speaks_for(truly, speaker):
            return None
        if use == "reported" and checker.named_in(truly, text):
            return None
        return f"{truly}'s words in the mouth of {checker.speaker_label(speaker)} ({use or 'undeclared'})"
