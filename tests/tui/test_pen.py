"""The pen draws exactly what Textual draws for the same text and styles, cell for cell."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.style import Style as RichStyle
from textual.content import Content
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual
from textual.widget import Widget

from scenario import Content as Scenario
from tests.tui.conftest import SEED, open_game
from tui.app import ChairApp
from tui.hanging import Hanging
from tui.pen import Pen
from tui.styling import style
from tui.widgets.delegations import DelegationCards
from tui.widgets.transcript import Transcript

STYLES = [
    style("minutes--event"),
    style("speaker--2"),
    style("bar--poor"),
    style("muted"),
    Style(bold=True),
    Style(italic=True, underline=True),
    Style.parse("reverse"),
]
TEXT = st.text(alphabet=st.sampled_from("ab cd,.:“”‹›ÄéØ─█▏日本 \t"), min_size=0, max_size=40)
PIECES = st.lists(st.tuples(TEXT, st.sampled_from([None, *STYLES])), max_size=6)
OVER = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60), st.sampled_from(STYLES)))


def content_of(pieces, over) -> Content:
    """Pieces in their styles (or none), with more styles laid over ranges, overlapping."""
    content = Content.assemble(*((text, s) if s else text for text, s in pieces))
    for start, length, s in over:
        content = content.stylize(s, start, start + length)
    return content


def cells(strips: list[Strip]) -> list[list[tuple[str, RichStyle | None]]]:
    """Each line as (character, style) per cell, without the positions Textual adds for mouse
    selection (which the pen leaves out), however the segments were split."""
    return [
        [
            (char, None if segment.style is None else segment.style.clear_meta_and_links())
            for segment in strip
            for char in segment.text
        ]
        for strip in strips
    ]


def textual_cells(widget: Widget, entry: Hanging, width: int) -> list[list[tuple[str, object]]]:
    """The entry as Textual draws its parts: the gutter beside the body's first line (blank
    beside the others), each line filled out to its column, and the rule above if it has one."""
    base = widget.visual_style
    body = Visual.to_strips(widget, entry.body, width - entry.width, None, base)
    gutter = Visual.to_strips(widget, entry.gutter, entry.width, 1, base)[0]
    fill = base.rich_style
    lines = [
        [
            *cells([(gutter if y == 0 else Strip([])).extend_cell_length(entry.width, fill)])[0],
            *cells([line.extend_cell_length(width - entry.width, fill)])[0],
        ]
        for y, line in enumerate(body)
    ]
    if entry.rule:
        rule = (base + widget.screen.get_visual_style("minutes--rule", partial=True)).rich_style
        lines.insert(0, [("─", rule)] * width)
    return lines


async def check_all(app: ChairApp, check) -> None:
    """Run a hypothesis check inside the app, where widgets have their styles."""
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot)
        check(screen)


async def test_a_line_is_drawn_as_textual_draws_it_cut_at_the_width(
    tutorial: Scenario, saves_dir: Path
):
    def check(screen) -> None:
        cards: Widget = screen.query_one(DelegationCards)  # nowrap, clip: as the line panels
        pen = Pen.of(cards)

        @settings(max_examples=300, deadline=None)
        @given(PIECES, OVER, st.integers(1, 50))
        def same(pieces, over, width) -> None:
            content = content_of(pieces, over).split("\n")[0]
            base = cards.visual_style
            textual = Visual.to_strips(cards, content, width, 1, base)
            assert cells([pen.line(content, base, width)]) == cells(textual[:1])

        same()

    await check_all(ChairApp(tutorial, seed=SEED, saves=saves_dir), check)


async def test_an_entry_of_the_minutes_is_drawn_as_textual_draws_it_wrapped(
    tutorial: Scenario, saves_dir: Path
):
    def check(screen) -> None:
        minutes: Widget = screen.query_one(Transcript)
        pen = Pen.of(minutes)

        @settings(max_examples=300, deadline=None)
        @given(PIECES, OVER, st.integers(8, 70), st.booleans())
        def same(pieces, over, width, rule) -> None:
            body = content_of(pieces, over)
            gutter = Content.styled("09:30", style("minutes--time"))
            entry = Hanging(gutter, body, 6, rule=rule)
            base = minutes.visual_style
            drawn = entry.draw(pen, width, base)
            assert cells(drawn) == textual_cells(minutes, entry, width)
            assert cells(Visual.to_strips(minutes, entry, width, None, base)) == cells(drawn)
            assert entry.height(width) == len(drawn) == entry.get_height(minutes.styles, width)

        same()

    await check_all(ChairApp(tutorial, seed=SEED, saves=saves_dir), check)
