"""Fixtures for the app's tests: scenarios, a saves folder of its own, and helpers to drive the app."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget

from scenario import Content, Game
from scenario.engine.compiler import load_content
from tests.conftest import TUTORIAL
from tui.app import ChairApp
from tui.screens.table import TableScreen
from tui.widgets.delegations import DelegationCards

FIXTURES = Path(__file__).parent / "fixtures"
HOSTILE = FIXTURES / "hostile"
SEED = 7


@pytest.fixture(scope="session")
def tutorial() -> Content:
    return load_content(TUTORIAL)


@pytest.fixture(scope="session")
def hostile() -> Content:
    return load_content(HOSTILE)


@pytest.fixture
def saves_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "saves"
    folder.mkdir()
    return folder


def table(app: ChairApp) -> TableScreen:
    """The table screen, wherever it is in the stack (modals may be above it)."""
    for screen in reversed(app.screen_stack):
        if isinstance(screen, TableScreen):
            return screen
    raise AssertionError(f"no table in {app.screen_stack}")


async def open_game(pilot: Pilot, actions: Sequence[str] = ()) -> TableScreen:
    """Put a game of the app's first scenario (seed 7) on the table, after `actions`."""
    app: ChairApp = pilot.app  # type: ignore[assignment]
    app.open_game(Game.replay(app.library.first, SEED, list(actions)))
    await pilot.pause()
    return table(app)


def screen_text(app: ChairApp) -> str:
    """The characters on the terminal now, one line per row (what a player reads).

    Read from the screen's compositor, which Textual keeps private: its public screenshot (an
    SVG, `tests.tui.screen_dump.svg_text`) turns non-breaking spaces into spaces and merges a
    control or combining character into its neighbour, which the hostile-text tests must see
    as drawn; and it costs 15 ms a call against 1.4. Tests only: the app itself uses none."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)


def widget_text(app: ChairApp, widget: Widget) -> str:
    """What a player reads in one widget's part of the screen, wrapping undone (spaces collapsed)."""
    return region_text(app, widget.region)


def region_text(app: ChairApp, region: Region) -> str:
    """What a player reads in a part of the screen, wrapping undone (spaces collapsed)."""
    rows = screen_text(app).split("\n")[region.y : region.bottom]
    return " ".join(" ".join(row[region.x : region.right].split()) for row in rows).strip()


def card(app: ChairApp, delegation_id: str) -> Region:
    """Where a delegation's card is on the table."""
    return table(app).query_one(DelegationCards).card_region(delegation_id)
