"""What a key redraws: opening and closing a choice redraws the panel, not the whole table.

These are the properties that keep a key's frame short, checked as what Textual is asked to
draw rather than as timings (which vary with the machine): a regression here (a full-screen
update) would double the cost of opening a choice.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual._compositor import Compositor
from textual.geometry import Region

from scenario import Content
from tests.tui.conftest import SEED, open_game
from tui.app import ChairApp
from tui.widgets.choices import ChoicePanel


@pytest.fixture
def updates(monkeypatch: pytest.MonkeyPatch) -> list[Region | None]:
    """The area of each screen update from now on (None for a full-screen one)."""
    seen: list[Region | None] = []
    partial, full = Compositor.render_partial_update, Compositor.render_full_update

    def render_partial_update(self: Compositor):
        if self._dirty_regions:
            seen.append(Region.from_union(list(self._dirty_regions)))
        return partial(self)

    def render_full_update(self: Compositor, *args, **kwargs):
        seen.append(None)
        return full(self, *args, **kwargs)

    monkeypatch.setattr(Compositor, "render_partial_update", render_partial_update)
    monkeypatch.setattr(Compositor, "render_full_update", render_full_update)
    return seen


async def test_opening_a_choice_redraws_the_panel_and_the_footer_only(
    tutorial: Content, saves_dir: Path, updates: list[Region | None]
):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot)
        await pilot.pause()
        updates.clear()
        await pilot.press("f")
        await pilot.pause()
        panel = screen.query_one(ChoicePanel).region
        footer = Region(0, 29, 100, 1)
        assert updates and None not in updates  # no full-screen update
        assert all(footer.union(panel).contains_region(area) for area in updates if area)


async def test_moving_through_a_choice_redraws_the_list_only(
    tutorial: Content, saves_dir: Path, updates: list[Region | None]
):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot)
        await pilot.press("f")
        await pilot.pause()
        updates.clear()
        await pilot.press("down")
        await pilot.pause()
        panel = screen.query_one(ChoicePanel).region
        assert updates and None not in updates
        assert all(panel.contains_region(area) for area in updates if area)


async def test_moving_the_focus_redraws_the_widgets_it_moves_between_only(
    tutorial: Content, saves_dir: Path, updates: list[Region | None]
):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot)
        await pilot.pause()
        before = screen.focused
        updates.clear()
        await pilot.press("tab")
        await pilot.pause()
        after = screen.focused
        assert after is not None and before is not None and after is not before
        assert updates and None not in updates  # Textual's own screen would redraw itself whole
        # Both widgets are redrawn (each shows whether it has the focus), and little else: the
        # footer, whose keys follow the focus.
        drawn = Region.from_union([area for area in updates if area])
        assert drawn.overlaps(before.region) and drawn.overlaps(after.region)
        footer = Region(0, 29, 100, 1)
        allowed = before.region.union(after.region).union(footer)
        assert all(allowed.contains_region(area) for area in updates if area)
