"""The meters: tension is Textual's own Sparkline of its history; numbers are written alike."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.widgets import Sparkline

from tui.views import MeterView
from tui.widgets.meters import TensionMeter


def tension(history: tuple[int, ...]) -> MeterView:
    return MeterView(
        "tension", "Tension", history[-1], 0, 100, None, "low", history, True,
    )  # fmt: skip


class OneMeter(App[None]):
    def compose(self) -> ComposeResult:
        yield TensionMeter(id="tension")


async def test_tension_is_textuals_sparkline_of_its_history() -> None:
    app = OneMeter()
    async with app.run_test(size=(30, 6)) as pilot:
        meter = app.query_one(TensionMeter)
        meter.show(tension((20, 40, 90)))
        await pilot.pause()
        sparkline = meter.query_one(Sparkline)
        assert type(sparkline) is Sparkline
        assert list(sparkline.data or ()) == [20, 40, 90]
        width, height = sparkline.size
        rows = sparkline.render_lines(Region(0, 0, width, height))
        bottom = rows[-1].text
        assert bottom.startswith("▁") and bottom.endswith("█")  # lowest left, highest right
        # One value alone would fill the curve as if at its maximum: it is drawn as a baseline.
        meter.show(tension((55,)))
        await pilot.pause()
        assert list(sparkline.data or ()) == [55, 55]


def test_numbers_and_their_changes_are_written_alike() -> None:
    from tui.widgets.meters import meter_line, meter_rows

    troops = MeterView(
        "troops", "Troops at Ukraine's border", 70_000, 0, 200_000, None, "low",
        (100_000, 70_000), False,
    )  # fmt: skip
    label, value = meter_rows(troops, 28)
    assert label.plain == "Troops at Ukraine's border"
    assert value.plain.endswith("70,000 ▼30,000")
    assert "70,000 ▼30,000" in meter_line(troops, 40).plain
    # Too long for the column: two rows, wrapped between words, rather than a cut label.
    label, rest, value = meter_rows(troops, 20)
    assert (label.plain, rest.plain) == ("Troops at Ukraine's", "border")
    assert value.plain.endswith("70,000 ▼30,000")


def test_a_long_meter_label_keeps_the_words_that_say_what_it_is() -> None:
    """Brussels at 100 columns showed 'The Secretary General's…': standing, or what?"""
    from tui.widgets.meters import meter_rows

    standing = MeterView(
        "standing", "The Secretary General's standing", 55, 0, 100, None, "high", (55,), False,
    )  # fmt: skip
    rows = [row.plain for row in meter_rows(standing, 25)]
    assert " ".join(rows[:-1]) == "The Secretary General's standing"
    assert rows[-1].endswith("55")
