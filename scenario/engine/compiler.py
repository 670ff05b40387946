"""From a scenario folder to playable `Content`: checked from YAML, or from the cache.

A scenario goes through one path whichever way it comes. From its folder: the loader validates
the YAML against the format (the pydantic models' schema, run by pydantic-core), `checking_folder`
checks what needs the folder (table order, seeds, quoted passages), and the validated document
becomes the scenario's checked form
(`checked.Scenario`, frozen dataclasses). From the cache: the checked form is read back from the
JSON kept when the scenario last checked clean. Either way `lowering.Lowering` checks the form
(references, expressions, rules) and lowers it to `Content`. When there is no error, the result
is ready to play.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..format.diagnostics import Diagnostic, ScenarioError, sort_key
from ..format.expressions import compiled_when_called
from ..format.files import SourceMap
from . import cache, checked, checked_codec
from . import content as rt
from .checking_folder import FolderChecks
from .lowering import Lowering

if TYPE_CHECKING:  # the loader needs YAML and pydantic-core, which playing from the cache avoids
    from ..format.loading import LoadedScenario


@dataclass
class Report:
    """The outcome of checking: the content (None if any error) and every diagnostic, sorted."""

    content: rt.Content | None
    diagnostics: list[Diagnostic]
    model: checked.Scenario | None = None  # the scenario's checked form, as lowered

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if not d.is_error]


def check_scenario(folder: Path, *, playable: bool = True) -> Report:
    """Load, validate and compile a scenario folder; never raises for problems in the content.

    With `playable=False` (`chair check`, which plays nothing) its conditions and effects are
    compiled to Python only if called (`compiled_when_called`): the same diagnostics, sooner.
    """
    from ..format.loading import load_scenario

    try:
        loaded = load_scenario(folder)
    except ScenarioError as exc:
        return Report(None, exc.diagnostics)
    return compile_loaded(loaded, playable=playable)


def load_content(folder: Path) -> rt.Content:
    """The playable content of a folder, or `ScenarioError` with every error found.

    A scenario that checked clean before and has not changed since is compiled from the cache
    (see `cache`), without reading YAML or importing pydantic.
    """
    folder = Path(folder)
    cached = cache.read(folder)
    if cached is not None:
        sc, files_hash = cached
        content = _lower_cached(folder, sc, files_hash)
        if content is not None:
            return content
    report = check_scenario(folder)
    if report.content is None:
        raise ScenarioError(report.errors or report.diagnostics)
    remember_if_clean(folder, report)
    return report.content


def known_clean(folder: Path) -> bool:
    """Whether this folder, as it is now, checked clean before (under this same engine)."""
    return cache.fresh(Path(folder))


def remember_if_clean(folder: Path, report: Report) -> None:
    """Keep a clean scenario in the cache; one with warnings is not kept, so they are seen again."""
    if report.content is not None and report.model is not None and not report.diagnostics:
        cache.write(Path(folder), report.model, report.content.content_hash)


def _lower_cached(folder: Path, sc: checked.Scenario, files_hash: str) -> rt.Content | None:
    """The content of a cached checked form; None if it no longer checks clean (check again)."""
    lowering = Lowering(sc, SourceMap(), set(), [])
    content = lowering.run(folder.resolve().name, folder, files_hash)
    if any(d.is_error for d in lowering.diagnostics):
        return None
    return content


def compile_loaded(loaded: LoadedScenario, *, playable: bool = True) -> Report:
    """Check and lower a loaded scenario; the content is None if there is any error."""
    diagnostics = list(loaded.diagnostics)
    if loaded.data is None:
        return Report(None, sorted(diagnostics, key=sort_key))
    folder_checks = FolderChecks(loaded, diagnostics)
    data = folder_checks.ordered(loaded.data)
    folder_checks.sources(data)
    sc = checked_codec.scenario(data, exact=False)  # validated already: a failure is a bug
    lowering = Lowering(sc, loaded.sourcemap, loaded.broken, diagnostics)
    with contextlib.nullcontext() if playable else compiled_when_called():
        content: rt.Content | None = lowering.run(loaded.id, loaded.folder, loaded.content_hash)
    if any(d.is_error for d in diagnostics):
        content = None
    return Report(content, sorted(set(diagnostics), key=sort_key), sc)
