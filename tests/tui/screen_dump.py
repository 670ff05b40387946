"""The words on the screen, read back from Textual's SVG screenshot: the text beside each SVG snapshot.

An SVG snapshot cannot be reviewed in a diff: a changed word is a changed `<text>` element among
hundreds of styled ones. `App.export_screenshot` (Textual's public API; it is what the SVG
snapshots store) draws each run of styled text as one `<text>` element, at `x` = its column ×
the character width, clipped to its row (`…-line-N`); blank cells are drawn as backgrounds only.
Putting each run back at its column gives the screen as a player reads it, one line per row.
"""

from __future__ import annotations

import html
import re
from typing import Any

from rich.cells import cell_len
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode
from textual.app import App

CHAR_WIDTH = 20 * 0.61
"""Rich's SVG export: rows 20 units high, characters 0.61 as wide as high."""
_RUN = re.compile(
    r'<text\b[^>]*?\bx="(?P<x>[\d.]+)"[^>]*?clip-path="url\(#[\w-]*?-line-(?P<row>\d+)\)"[^>]*>'
    r"(?P<text>[^<]*)</text>"
)


def svg_text(svg: str, size: tuple[int, int]) -> str:
    """The characters of an SVG screenshot of a `size` (columns, rows) terminal, row by row,
    without trailing blanks."""
    width, height = size
    rows = [[" "] * width for _ in range(height)]
    for run in _RUN.finditer(svg):
        row, column = rows[int(run["row"])], round(float(run["x"]) / CHAR_WIDTH)
        for char in html.unescape(run["text"]).replace("\xa0", " "):
            cells = cell_len(char)
            if char == "\n":
                continue  # each row's runs end with one
            if not cells:  # a combining mark: part of the character before it
                row[max(column - 1, 0)] += char
                continue
            if column + cells <= width:
                row[column] = char
                if cells == 2:
                    row[column + 1] = ""  # the right half of a wide character
            column += cells
    return "\n".join("".join(row).rstrip() for row in rows) + "\n"


class ScreenTextExtension(SingleFileSnapshotExtension):
    """A `.txt` file beside each `.svg` snapshot, of the same name."""

    _file_extension = "txt"
    _write_mode = WriteMode.TEXT


def record_screenshots(app: App[Any]) -> list[str]:
    """The SVG screenshots the app exports from now on (snap_compare takes one)."""
    taken: list[str] = []
    export = app.export_screenshot

    def recorded(**options: Any) -> str:
        taken.append(export(**options))
        return taken[-1]

    app.export_screenshot = recorded  # type: ignore[method-assign]  # this instance only
    return taken
