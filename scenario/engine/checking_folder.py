"""The checks only a scenario read from its folder needs: table order, seed files, passages.

These read the folder (the seed texts, the attribution declared beside them) and the validated
document (plain data, `format.validating`), so they run when a scenario is checked from its
YAML, not when it is played from the cache: a cache entry exists only for a scenario that passed
them, and it is stale as soon as a seed or its declaration changes (`cache`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..format.diagnostics import Diagnostic
from ..format.sources import Seeds, seed_outside, seed_roots
from .layout import _unknown

if TYPE_CHECKING:
    from ..format.loading import LoadedScenario


class FolderChecks:
    """The folder-level checks of one loaded scenario, reported into `diagnostics`."""

    def __init__(self, loaded: LoadedScenario, diagnostics: list[Diagnostic]) -> None:
        self.loaded = loaded
        self.diagnostics = diagnostics

    def error(self, path: tuple[Any, ...], message: str) -> None:
        self.diagnostics.append(Diagnostic(self.loaded.sourcemap.locate(path), message))

    def ordered(self, sc: dict[str, Any]) -> dict[str, Any]:
        """The scenario with its delegations in `table_order` (checked: each one, once)."""
        if not sc["table_order"]:
            return sc
        order, delegations = sc["table_order"], sc["delegations"]
        known = list(delegations)
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
        ordered = {d: delegations[d] for d in order if d in delegations}
        ordered.update({d: delegations[d] for d in missing})
        return {**sc, "delegations": ordered}

    def sources(self, sc: dict[str, Any]) -> None:
        """Every quoted passage is in the seeds, and says whose words it is (`fidelity`)."""
        seeds = self.seeds(sc)
        self.passages(sc, seeds)
        if seeds is not None:  # only seeds that are inside their roots and readable
            from ..format import fidelity  # only when checking: it reads YAML

            loaded = self.loaded
            self.diagnostics.extend(
                fidelity.check(sc, loaded.folder, loaded.sourcemap, loaded.files)
            )

    def seeds(self, sc: dict[str, Any]) -> Seeds | None:
        folder = self.loaded.folder
        paths = []
        roots = seed_roots(folder)
        for index, name in enumerate(sc["seeds"]):
            try:
                path = (folder / name).resolve()
                outside = seed_outside(path, roots)
                found = not outside and path.is_file()
                special = not outside and not found and path.exists()
            except (OSError, RuntimeError, ValueError):  # too long, a symlink loop, a NUL
                path, outside, found, special = folder, False, False, False
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
        if len(paths) != len(sc["seeds"]):
            return None
        try:
            return Seeds.read(paths)
        except OSError as exc:
            self.error(("seeds",), f"cannot read the seeds: {exc.strerror or exc}")
            return None
        except UnicodeDecodeError as exc:
            self.error(("seeds",), f"cannot read the seeds as UTF-8 text: {exc}")
            return None

    def passages(self, sc: dict[str, Any], seeds: Seeds | None) -> None:
        """Each `source:` passage is found verbatim in the seeds."""
        passages = list(_sources(sc, ()))
        if not passages:
            return
        if seeds is None:
            if not sc["seeds"]:
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


def _sources(value: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Every (path, passage) of a 'source' key in the validated document."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "source" and isinstance(item, str):
                yield (*path, key), item
            elif isinstance(item, (dict, list)):  # a text or a number holds no passage
                yield from _sources(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, (dict, list)):
                yield from _sources(item, (*path, index))
