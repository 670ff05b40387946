"""The tension sparkline draws exactly what Textual's Sparkline draws, cell for cell."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.color import Color
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from textual.renderables.sparkline import Sparkline as SparklineBars

from tui.widgets.meters import sparkline_rows

LOW = Style(color=Color.from_rgb(240, 180, 40))
HIGH = Style(color=Color.from_rgb(200, 30, 40))
BASE = Style(bgcolor=Color.from_rgb(20, 20, 30))


def cells(rows: list[list[Segment]]) -> list[list[tuple[str, Style | None]]]:
    """Each row as (character, style) per cell, however the segments were split."""
    return [[(char, segment.style) for segment in row for char in segment.text] for row in rows]


def textual_rows(data: list[int], width: int, height: int, summary) -> list[list[Segment]]:
    """What Textual's own renderable draws, padded to the width, on the widget's style."""
    bars = SparklineBars(
        data,
        width=width,
        height=height,
        min_color=LOW.color,
        max_color=HIGH.color,
        summary_function=summary,
    )
    console = Console(width=width, color_system="truecolor", legacy_windows=False)
    lines = Segment.split_and_crop_lines(
        console.render(bars, console.options), width, include_new_lines=False
    )
    return [list(Segment.apply_style(line, BASE)) for line in lines]


@settings(max_examples=300, deadline=None)
@given(
    data=st.lists(st.integers(min_value=0, max_value=100), max_size=60),
    width=st.integers(min_value=1, max_value=40),
    height=st.integers(min_value=1, max_value=4),
    summary=st.sampled_from([max, min]),
)
def test_same_cells_as_textuals_sparkline(data, width, height, summary) -> None:
    ours = sparkline_rows(data, width, height, summary, LOW, HIGH, BASE)
    assert cells(ours) == cells(textual_rows(data, width, height, summary))


def test_runs_of_one_colour_are_one_segment() -> None:
    rows = sparkline_rows([50, 50, 50, 50, 90, 90], 6, 1, max, LOW, HIGH, BASE)
    assert [segment.text for segment in rows[0]] == ["▁▁▁▁", "██"]


def test_numbers_and_their_changes_are_written_alike() -> None:
    from tui.views import MeterView
    from tui.widgets.meters import meter_line, meter_rows

    troops = MeterView(
        "troops", "Troops at Ukraine's border", 70_000, 0, 200_000, None, "low",
        (100_000, 70_000), False,
    )  # fmt: skip
    label, value = meter_rows(troops, 28)
    assert label.plain == "Troops at Ukraine's border"
    assert value.plain.endswith("70,000 ▼30,000")
    assert "70,000 ▼30,000" in meter_line(troops, 40).plain
    assert meter_rows(troops, 20)[0].plain == "Troops at Ukraine's…"  # cut between words
