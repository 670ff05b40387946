"""The text beside each SVG snapshot reads the screen back exactly: columns, wide characters, blanks."""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from tests.tui.screen_dump import svg_text


def exported(lines: list[Text], width: int) -> str:
    """An SVG screenshot of these lines, as Textual makes one (a recording Rich console)."""
    console = Console(width=width, file=io.StringIO(), record=True, force_terminal=True)
    for line in lines:
        console.print(line, end="\n", no_wrap=True, crop=True)
    return console.export_svg()


def test_runs_of_styled_text_go_back_to_their_columns():
    line = Text.assemble(("Trust", "bold"), "  ", ("62", "red on white"), "    ", ("▲3", "green"))
    svg = exported([line, Text("  indented [not markup]"), Text("")], width=30)
    assert svg_text(svg, (30, 3)) == "Trust  62    ▲3\n  indented [not markup]\n\n"


def test_wide_characters_take_two_columns_and_what_follows_stays_in_place():
    svg = exported([Text.assemble(("日本", "bold"), " ok"), Text("abcdef")], width=10)
    assert svg_text(svg, (10, 2)) == "日本 ok\nabcdef\n"


def test_escaped_characters_come_back_as_written():
    svg = exported([Text("a < b & c > d \"q\" 'x'")], width=30)
    assert svg_text(svg, (30, 1)) == "a < b & c > d \"q\" 'x'\n"
