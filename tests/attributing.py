"""Bring a copied format-1 scenario to format 2 by applying the check's own suggested fixes.

Tests that break a copy of the tutorial on purpose expect it to check clean before they break
it. While the shipped tutorial is on format 1, its sourced items carry attribution warnings
("add `said_by: X` and `use: Y`"); this applies exactly those fixes to the copy, so the tests
exercise the current format. A scenario already on format 2 is left as it is, and so is one
whose fixes need new words in its text (the old Vienna): it stays on format 1.
"""

from __future__ import annotations

import re
from pathlib import Path

from scenario.engine.compiler import check_scenario

_FIX = re.compile(r"^(.+):(\d+):(\d+): warning: a sourced item should say .*?: add (.*)$")
_KEY = re.compile(r"`(said_by|use): ([^`]+)`")


def attribute_copy(folder: Path) -> None:
    report = check_scenario(folder)
    inserts: dict[Path, list[tuple[int, int, list[str]]]] = {}
    unfixable = False
    for diagnostic in report.warnings:
        match = _FIX.match(str(diagnostic))
        if not match or ", and name " in match.group(4):
            unfixable = unfixable or bool(match)
            continue
        keys = [
            f'{k}: "{v}"' if k == "said_by" else f"{k}: {v}"
            for k, v in _KEY.findall(match.group(4))
        ]
        path = Path(match.group(1))
        inserts.setdefault(path, []).append((int(match.group(2)), int(match.group(3)), keys))
    if unfixable:  # a line must name whose words it reports: only an author can write that
        return  # the copy stays on format 1, where these are warnings
    if not inserts and "format: 1" not in (folder / "scenario.yaml").read_text(encoding="utf-8"):
        return
    for path, items in inserts.items():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        for line, column, keys in sorted(items, reverse=True):
            indent = " " * (column - 1)
            lines[line - 1 : line - 1] = [f"{indent}{key}\n" for key in keys]
        path.write_text("".join(lines), encoding="utf-8")
    main = folder / "scenario.yaml"
    main.write_text(
        main.read_text(encoding="utf-8").replace("format: 1\n", "format: 2\n", 1), encoding="utf-8"
    )
