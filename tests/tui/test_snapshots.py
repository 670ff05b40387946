"""What the screens look like, at 100×30 and at 80×24 (review changes with --snapshot-update).

Everything that varies is fixed: the tutorial, seed 7, an empty saves folder (so the title
screen shows no dates), notifications cleared, and the roll-call shown in full. Each SVG
snapshot has the screen's words beside it, in a `.txt` file of the same name (`screen_dump`),
so that a diff shows which words changed; `--snapshot-update` rewrites both (tests/tui/README.md).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from scenario import Content
from tests.tui.conftest import open_game
from tests.tui.screen_dump import ScreenTextExtension, record_screenshots, svg_text
from tui.app import ChairApp

SIZES = [pytest.param((100, 30), id="100x30"), pytest.param((80, 24), id="80x24")]
MID_GAME = ["floor russia", "consult russia", "frame all_dimensions", "propose monitor_access"]
WHOLE_GAME = [
    *MID_GAME,
    "consensus monitor_access",
    "propose hotline",
    "consult ukraine",
    "consensus hotline",
    "recess",
    "adjourn",
]

Before = Callable[[Pilot], Awaitable[None]]


def at_table(actions: list[str], *keys: str) -> Before:
    async def run_before(pilot: Pilot) -> None:
        await open_game(pilot, actions)
        await pilot.press(*keys)
        pilot.app.clear_notifications()
        await pilot.pause()

    return run_before


@pytest.fixture
def snap_compare(snap_compare, snapshot):
    """pytest-textual-snapshot's `snap_compare`, with the screen's words kept beside the SVG:
    a changed word fails here first, with a diff of the text."""
    words = snapshot.use_extension(ScreenTextExtension)

    def compare(app: ChairApp, *, terminal_size: tuple[int, int] = (80, 24), **options) -> bool:
        taken = record_screenshots(app)
        same_svg = snap_compare(app, terminal_size=terminal_size, **options)
        assert len(taken) == 1, "the app exported no screenshot, or several"
        assert svg_text(taken[0], terminal_size) == words
        return same_svg

    return compare


@pytest.fixture
def chair(tutorial: Content, saves_dir: Path) -> ChairApp:
    return ChairApp(tutorial, seed=7, saves=saves_dir)


@pytest.mark.parametrize("size", SIZES)
def test_title(snap_compare, chair: ChairApp, size: tuple[int, int]):
    assert snap_compare(chair, terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_briefing(snap_compare, chair: ChairApp, size: tuple[int, int]):
    assert snap_compare(chair, press=["n", "enter"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_table_mid_game(snap_compare, chair: ChairApp, size: tuple[int, int]):
    assert snap_compare(chair, terminal_size=size, run_before=at_table(MID_GAME))


@pytest.mark.parametrize("size", SIZES)
def test_roll_call(snap_compare, chair: ChairApp, size: tuple[int, int]):
    before = at_table(MID_GAME, "v", "1", "space")
    assert snap_compare(chair, terminal_size=size, run_before=before)


@pytest.mark.parametrize("size", SIZES)
def test_debrief(snap_compare, chair: ChairApp, size: tuple[int, int]):
    assert snap_compare(chair, terminal_size=size, run_before=at_table(WHOLE_GAME))


def test_too_small_terminal_shows_a_notice(snap_compare, chair: ChairApp):
    assert snap_compare(chair, terminal_size=(60, 20), run_before=at_table(MID_GAME))


VIENNA_MID_GAME = [
    "floor usa",
    "consult russia",
    "frame all_dimensions",
    "propose humanitarian_aid",
    "consensus humanitarian_aid",
    "propose monitor_access",
    "consensus monitor_access",
    "propose talks_timetable",
]


@pytest.fixture
def vienna_chair(saves_dir: Path) -> ChairApp:
    from scenario.engine.compiler import load_content
    from tests.conftest import VIENNA

    return ChairApp(load_content(VIENNA), seed=7, saves=saves_dir)


@pytest.mark.parametrize("size", SIZES)
def test_vienna_table_every_card_in_view(snap_compare, vienna_chair: ChairApp, size):
    assert snap_compare(vienna_chair, terminal_size=size, run_before=at_table(VIENNA_MID_GAME))


@pytest.mark.parametrize("size", SIZES)
def test_vienna_soundings_overview(snap_compare, vienna_chair: ChairApp, size):
    before = at_table(VIENNA_MID_GAME, "g")
    assert snap_compare(vienna_chair, terminal_size=size, run_before=before)


@pytest.mark.parametrize("size", SIZES)
def test_table_after_an_undo(snap_compare, chair: ChairApp, size: tuple[int, int]):
    before = at_table(MID_GAME, "r", "u")  # a recess, taken back: the table as it was
    assert snap_compare(chair, terminal_size=size, run_before=before)
