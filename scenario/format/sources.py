"""The source texts a scenario is built from, and the check that a quoted passage is in them.

A content item that claims a source carries the original passage verbatim. Verbatim here means:
the same characters, with runs of whitespace (line breaks, double spaces) counted as one space,
since YAML folds lines and authors wrap long quotes.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..records import record
from .reading import read_regular

_SPACE = re.compile(r"\s+")
MAX_SEED_BYTES = 4 * 1024 * 1024
"""A seed is an article or a report: a few dozen kilobytes."""
PROJECT_SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed_roots(folder: Path) -> list[Path]:
    """The folders a scenario's seeds may come from, resolved.

    A seed's text is searched and quoted back in messages ("the seeds match up to …"), so a seed
    pointing anywhere would let a scenario read any file on the machine (`/etc/passwd`,
    `/proc/self/environ`) one guess at a time. Seeds may live in the scenario's own folder, the
    `seeds/` beside the `content/` folder that holds the scenario (a project's layout, as in this
    repository), this project's `seeds/`, or the `seeds` bundled inside the installed package;
    nowhere else.
    """
    here = folder.resolve()
    roots = [here, PROJECT_SEEDS]
    if here.parent.name == "content":
        roots.append(here.parent.parent / "seeds")
    try:
        bundled = _bundled_folder()
        if bundled is not None:
            roots.append((bundled / "seeds").resolve())
    except (ModuleNotFoundError, TypeError, OSError):  # pragma: no cover - unusual installs
        pass
    return roots


def _bundled_folder() -> Path | None:
    """The folder of `scenario.bundled`, when it is one on disk (not inside a zip file).

    What `importlib.resources.files` gives for a package its loader reads from files (it is the
    loader's file's folder), without importing `importlib.resources` and, at its first call,
    `zipfile`: together about a hundredth of a check.
    """
    from importlib import import_module
    from importlib.machinery import SourceFileLoader, SourcelessFileLoader

    loader = getattr(import_module("scenario.bundled").__spec__, "loader", None)
    if isinstance(loader, (SourceFileLoader, SourcelessFileLoader)):
        return Path(loader.path).parent
    return None


def seed_outside(path: Path, roots: list[Path]) -> bool:
    """Whether the resolved `path` lies outside every one of `roots`."""
    return not any(path.is_relative_to(root) for root in roots)


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@record
class Seeds:
    """The normalised text of a scenario's seeds, joined; passages are searched in it."""

    text: str

    @classmethod
    def read(cls, paths: list[Path]) -> Seeds:
        """Join the files' texts; raises OSError or UnicodeDecodeError for the caller to report."""
        return cls(
            "\n\n".join(normalise(read_regular(p, MAX_SEED_BYTES).decode("utf-8")) for p in paths)
        )

    def contains(self, passage: str) -> bool:
        wanted = normalise(passage)
        return bool(wanted) and wanted in self.text

    def closest(self, passage: str) -> str | None:
        """The longest leading part of the passage that is found, to show where it departs."""
        wanted = normalise(passage)
        lo, hi = 0, len(wanted)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if wanted[:mid] in self.text:
                lo = mid
            else:
                hi = mid - 1
        return wanted[:lo] if lo >= 12 else None
