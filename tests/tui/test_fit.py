"""The table a player can read: at 100×30 and 80×24 every card in view, the place named once,
Help and the palette's key in the footer, and the overview of every delegation's answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from scenario import Content
from scenario.engine.compiler import load_content
from tests.conftest import VIENNA
from tests.tui.conftest import SEED, card, open_game, region_text, screen_text, table
from tui.app import ChairApp
from tui.screens.overview import OverviewModal
from tui.widgets.delegations import DelegationList
from tui.widgets.header import once

MID_GAME = [
    "floor usa",
    "consult russia",
    "frame all_dimensions",
    "propose humanitarian_aid",
    "consensus humanitarian_aid",
    "propose monitor_access",
    "consensus monitor_access",
    "propose talks_timetable",
]


@pytest.fixture(scope="module")
def vienna() -> Content:
    return load_content(VIENNA)


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_every_delegation_has_a_card_in_view_and_the_footer_keeps_help(
    vienna: Content, saves_dir: Path, size: tuple[int, int]
):
    app = ChairApp(vienna, seed=SEED, saves=saves_dir)
    async with app.run_test(size=size) as pilot:
        screen = await open_game(pilot, MID_GAME)
        await pilot.pause()
        column = screen.query_one(DelegationList).region
        rows = screen_text(app).splitlines()
        for d in vienna.delegations:
            region = card(app, d.id)
            assert column.contains_region(region), f"{d.short}'s card is out of view"
            assert d.short in rows[region.y], f"{d.short}'s card does not show its name"
        footer = rows[-1]
        assert "? Help" in footer and "^p palette" in footer
        header = rows[0]
        assert header.count("Vienna") == 1 and "13 January 2022" in header


def test_the_header_names_each_thing_once():
    assert once("Vienna, January 2022", "Vienna, Thursday 13 January 2022") == (
        "",
        "Vienna, Thursday 13 January 2022",
    )
    assert once("A first session in Vienna", "Vienna, Thursday 13 January 2022") == (
        "A first session in Vienna",
        "Thursday 13 January 2022",
    )
    assert once("Geneva talks", "Vienna, Thursday") == ("Geneva talks", "Vienna, Thursday")


async def test_the_side_column_says_when_more_is_below_and_g_opens_the_whole_agenda(
    vienna: Content, saves_dir: Path
):
    app = ChairApp(vienna, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot, MID_GAME)
        await pilot.pause()
        assert "▼ more · g: agenda" in screen_text(app)
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, OverviewModal)
        game = screen.game
        adopted = [m for m in vienna.measures if game.read(f"adopted.{m.id}")]
        assert adopted
        # The cursor starts below the adopted measures; up to the first: its full title beneath.
        await pilot.press(*["up"] * len(adopted))
        await pilot.pause()
        assert f"{adopted[0].title}  adopted" in screen_text(app)
        await pilot.press("i")
        await pilot.pause()
        assert all(issue.title in screen_text(app) for issue in vienna.issues.values())
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_the_overview_shows_only_what_the_chair_has_learnt(vienna: Content, saves_dir: Path):
    app = ChairApp(vienna, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot, ["consult russia", "propose monitor_access"])
        game = screen.game
        await pilot.press("g")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, OverviewModal)
        heard = {m.id: (answer, reason) for m, answer, reason in game.sounding("russia")}
        # The cursor starts on the first measure not adopted, in Russia's column.
        text = screen_text(app)
        first = game.content.measure("monitor_access")
        assert f"Russian Federation {heard[first.id][0]}: {heard[first.id][1][:30]}" in " ".join(
            text.split()
        )
        await pilot.press("right")  # the next delegation, not consulted
        await pilot.pause()
        assert "not consulted" in screen_text(app)


async def test_the_compact_cards_tell_a_walk_out_in_words(vienna: Content, saves_dir: Path):
    from tests.engine.test_undo import WALKOUT

    app = ChairApp(vienna, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot, WALKOUT)
        await pilot.pause()
        gone = [d for d in vienna.delegations if not screen.game.read(f"present.{d.id}")]
        assert gone
        rows = screen_text(app).splitlines()
        for d in gone:
            assert "walked out" in rows[card(app, d.id).y]
        assert table(app) is screen


async def test_at_80x24_a_consultation_shows_its_predictions_without_scrolling(
    vienna: Content, saves_dir: Path
):
    from scenario import parse_action
    from tui.screens.consultation import ConsultationModal

    app = ChairApp(vienna, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_game(pilot, ["floor usa"])
        screen.act(parse_action("consult russia"))
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ConsultationModal)
        text = " ".join(screen_text(app).split())
        assert "If you called for consensus now" in text
        shown = [m.title for m, _, _ in screen.game.sounding("russia") if m.title in text]
        assert len(shown) >= 3  # the answers to the measures, before what was learnt and said
        answers = [answer for _, answer, _ in screen.game.sounding("russia")[:3]]
        assert all(f"{answer}:" in text for answer in answers)


async def test_a_compact_card_shows_all_of_itself_under_the_mouse(vienna: Content, saves_dir: Path):
    from tui.widgets.delegations import DelegationCards

    app = ChairApp(vienna, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot, MID_GAME)
        await pilot.pause()
        cards = screen.query_one(DelegationCards)
        usa = card(app, "usa")
        await pilot.hover(cards, offset=(3, usa.y - cards.region.y + 1))
        await pilot.pause()
        shown = str(cards.tooltip)
        assert vienna.delegation("usa").name in shown and "at the table" in shown
        assert "trust" in shown and "patience" in shown


async def test_the_agenda_grows_when_the_framing_takes_two_rows(tutorial: Content, saves_dir: Path):
    """A framing that wraps adds a row to the agenda: the last issue stays in view, not cut off
    below a panel that kept its old height."""
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot, ["floor russia", "consult russia"])
        await pilot.press("m", "1")  # European security in all its dimensions: two rows
        await pilot.pause()
        side = region_text(app, screen.query_one("#side").content_region)
        assert "European security in all its dimensions" in side
        last = list(tutorial.issues.values())[-1].title
        assert last[:15] in side, f"the last issue is cut off: {side!r}"


def test_the_header_of_a_closed_session_does_not_say_when_it_closes():
    """'12:35  session closed  closes 13:30' read as if the session were still open."""
    from tui.views import HeaderView
    from tui.widgets.header import TableHeader

    header = TableHeader()
    header.view = HeaderView("Geneva talks", "Geneva, Monday", "12:35", "13:30", 8, False)
    assert header.lines(100)[0].plain.endswith("12:35  round 8  closes 13:30")
    header.view = HeaderView("Geneva talks", "Geneva, Monday", "12:35", "13:30", 8, True)
    shown = header.lines(100)[0].plain
    assert shown.endswith("12:35  session closed") and "closes" not in shown


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_a_compact_card_keeps_its_warning_beside_a_long_name(
    vienna: Content, saves_dir: Path, size: tuple[int, int]
):
    """'Russia' and '⚠ red line tabled' do not fit on a compact card's row together: the
    warning was dropped, and Russia, its red line on the table, looked as safe as the rest."""
    app = ChairApp(vienna, seed=SEED, saves=saves_dir)
    async with app.run_test(size=size) as pilot:
        screen = await open_game(pilot, ["propose open_door_declaration"])
        await pilot.pause()
        assert screen.query_one("DelegationCards").form[1] < 5  # compact cards
        rows = screen_text(app).splitlines()

        def name_row(delegation_id: str) -> str:
            region = card(app, delegation_id)
            return rows[region.y][region.x : region.right]

        assert "Russia" in name_row("russia") and "⚠ red line" in name_row("russia")
        assert "⚠" not in name_row("usa")
