"""Playing by keys, mouse and palette: what the engine records is what a headless replay gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events

from scenario import Content, Game, parse_action
from scenario.engine.actions import VERBS
from tests.tui.conftest import SEED, card, open_game, region_text, screen_text, table, widget_text
from tui import choosing, foresight
from tui.app import ChairApp
from tui.screens.confirm import ConfirmModal
from tui.screens.consultation import ConsultationModal
from tui.screens.debrief import DebriefScreen
from tui.screens.dossier import DossierModal
from tui.screens.rollcall import RollCallModal
from tui.styling import STYLE_CLASSES
from tui.widgets.choices import ChoicePanel
from tui.widgets.footer import ChairFooter
from tui.widgets.transcript import Transcript


@pytest.mark.slow
async def test_a_whole_game_by_keys_matches_a_headless_replay(tutorial: Content, saves_dir: Path):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n", "enter")  # new game: the picker lists the tutorial first
        await pilot.press("enter")  # the briefing: take the chair
        await pilot.press("f", "1")  # floor: Russia
        await pilot.press("c", "1")  # consult: Russia
        assert isinstance(app.screen, ConsultationModal)
        await pilot.press("enter")
        await pilot.press("m", "1")  # frame: the only framing
        await pilot.press("p", "1")  # propose: monitor access
        await pilot.press("v", "1")  # call for consensus on it
        assert isinstance(app.screen, RollCallModal)
        await pilot.press("space", "enter")  # every answer, then close
        await pilot.press("p", "2")  # propose: the hotline (now possible), number 2 all game
        await pilot.press("v", "2")
        await pilot.press("space", "enter")
        await pilot.press("r")  # recess
        await pilot.press("a", "y")  # adjourn, confirmed
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)
        game = table(app).game
        expected = [
            "floor russia",
            "consult russia",
            "frame all_dimensions",
            "propose monitor_access",
            "consensus monitor_access",
            "propose hotline",
            "consensus hotline",
            "recess",
            "adjourn",
        ]
        assert [str(a) for a in game.actions] == expected
        assert game.over
        headless = Game.replay(tutorial, SEED, expected)
        assert game.state_hash == headless.state_hash
        assert game.transcript == headless.transcript


async def test_illegal_verbs_are_dimmed_and_do_nothing(tutorial: Content, saves_dir: Path):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot)
        assert screen.check_action("verb", ("consensus",)) is None  # nothing tabled yet
        await pilot.press("v")
        assert app.screen is screen and screen.game.actions == []
        await pilot.press("a", "n")  # adjourning asks first; "n" keeps the session open
        assert app.screen is screen and screen.game.actions == []
        await pilot.press("f", "escape")  # a choice can be abandoned
        assert screen.game.actions == []


async def test_the_mouse_reaches_the_verbs_through_a_delegation(tutorial: Content, saves_dir: Path):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot)
        ukraine = card(app, "ukraine")
        await pilot.click(offset=(ukraine.x + 3, ukraine.y + 1))
        assert isinstance(app.screen, DossierModal)
        await pilot.click("#consult")
        await pilot.pause()
        assert [str(a) for a in screen.game.actions] == ["consult ukraine"]
        assert isinstance(app.screen, ConsultationModal)
        await pilot.press("enter")
        footer = screen.query_one(ChairFooter)
        await pilot.click(footer, offset=(footer.column_of("r"), 0))  # its keys are buttons too
        assert [str(a) for a in screen.game.actions] == ["consult ukraine", "recess"]


async def test_every_legal_action_is_in_the_command_palette(tutorial: Content, saves_dir: Path):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot, ["consult russia"])
        from tui.commands import table_commands

        texts = [text for text, _, _ in table_commands(screen)]
        assert "Table a measure: A risk-reduction hotline" in texts
        assert len([t for t in texts if ":" in t]) == len(
            [a for a in screen.game.legal_actions() if a.target]
        )
        await pilot.press("ctrl+p")
        await pilot.press(*"recess")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert [str(a) for a in screen.game.actions] == ["consult russia", "recess"]


async def test_a_walk_out_is_said_in_words_and_ends_in_the_debrief(
    tutorial: Content, saves_dir: Path
):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(
            pilot, ["propose open_door_declaration", "consensus open_door_declaration"]
        )
        assert "⚠ walks out soon" in region_text(app, card(app, "russia"))  # said beforehand
        await pilot.press("v", "3")  # push the red line again
        roll_call = widget_text(app, app.screen.query_one(".dialog"))
        assert "Russian Federation blocks" in roll_call
        assert "a red line" in roll_call
        await pilot.press("space", "enter")
        assert isinstance(app.screen, DebriefScreen)
        assert "Russia walks out" in screen_text(app)
        await pilot.press("escape")  # back to the minutes
        assert app.screen is screen
        russia = region_text(app, card(app, "russia"))
        assert "✗ walked out" in russia and "at the table" not in russia and "⚠" not in russia
        assert all(screen.check_action("verb", (verb,)) is None for verb in VERBS)


async def test_the_choice_panel_asks_each_verb_afresh(tutorial: Content, saves_dir: Path):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot, ["consult russia"])
        panel = screen.query_one(ChoicePanel)
        await pilot.press("f")
        assert screen.choosing and app.screen is screen  # a panel on the table, not a screen
        floor = widget_text(app, panel)
        assert "Give the floor" in floor and "Consulted before" not in floor
        await pilot.press("escape")
        assert not screen.choosing and not panel.display
        await pilot.press("c")
        consult = widget_text(app, panel)
        assert "Consult in private" in consult and "Give the floor" not in consult
        assert "Consulted before" in consult  # the consult verb's own lines
        await pilot.press("1")
        assert [str(a) for a in screen.game.actions] == ["consult russia", "consult russia"]
        assert not screen.choosing


async def test_a_choice_shows_its_whole_explanation_after_a_shorter_one(
    tutorial: Content, saves_dir: Path
):
    """The floor's explanation takes two rows, the consultation's three: opened after the
    floor's, the consultation's lost its last row (what it reveals, and the time it takes)."""
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot)
        panel = screen.query_one(ChoicePanel)
        await pilot.press("f", "escape", "c")
        await pilot.pause()
        help = widget_text(app, panel.query_one(".dialog-help"))
        assert help.endswith("how it would answer each measure. Takes 30 minutes."), help


async def test_the_roll_call_offers_space_only_while_answers_are_hidden(
    tutorial: Content, saves_dir: Path
):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_game(pilot, ["consult russia", "propose monitor_access"])
        await pilot.press("v", "1")
        assert isinstance(app.screen, RollCallModal)
        assert "Space show all · Enter continue" in screen_text(app)
        await pilot.press("space")
        await pilot.pause()
        text = screen_text(app)
        assert "Enter continue" in text and "Space show all" not in text


async def test_the_minutes_maximized_keep_the_footer_and_show_a_choice(
    tutorial: Content, saves_dir: Path
):
    """Maximized from the palette, the minutes hid the footer, and a verb's choice opened
    unseen beneath them while it took the keys."""
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot)
        screen.maximize(screen.minutes)
        await pilot.pause()
        assert "f Floor" in screen_text(app).splitlines()[-1]
        await pilot.press("f")
        await pilot.pause()
        assert screen.choosing and "Give the floor" in screen_text(app)


async def test_a_choice_opens_clear_of_the_notices(saves_dir: Path):
    """After consulting Russia in Brussels three 'Now possible' notices covered half the list of
    measures at 80×24; the list says itself what is new."""
    from scenario.engine.compiler import load_content
    from tests.conftest import CONTENT

    brussels = load_content(CONTENT / "brussels-2022")
    app = ChairApp(brussels, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_game(pilot)
        await pilot.press("c", "1")
        await pilot.pause()
        assert isinstance(app.screen, ConsultationModal)
        await pilot.press("enter")
        await pilot.pause()
        assert "Now possible" in screen_text(app)
        await pilot.press("p")
        await pilot.pause()
        text = screen_text(app)
        assert "Table a measure" in text and "Now possible" not in text
        assert "New: possible now that you consulted Russia" in " ".join(text.split())


async def test_an_open_choice_takes_the_keys_until_it_closes(tutorial: Content, saves_dir: Path):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot)
        await pilot.press("f", "r", "c", "down", "down", "up")  # no recess, no second verb
        assert screen.game.actions == [] and screen.choosing
        footer = widget_text(app, screen.query_one(ChairFooter))
        assert "Choose" in footer and "Cancel" in footer and "Recess" not in footer
        second = f"floor {choosing.choices(screen.game, 'floor')[1].id}"
        await pilot.press("enter")  # the second choice
        assert [str(a) for a in screen.game.actions] == [second]
        assert "Recess" in widget_text(app, screen.query_one(ChairFooter))
        await pilot.press("r")  # the table's keys are back
        assert [str(a) for a in screen.game.actions] == [second, "recess"]


async def test_a_click_on_the_table_closes_an_open_choice_and_does_nothing_else(
    tutorial: Content, saves_dir: Path
):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot)
        await pilot.press("f")
        ukraine = card(app, "ukraine")
        await pilot.click(offset=(ukraine.x + 2, ukraine.y))  # left of the panel
        await pilot.pause()
        assert not screen.choosing and app.screen is screen  # no dossier opened either
        await pilot.press("f")
        choice = choosing.choices(screen.game, "floor")[1]
        panel = screen.query_one(ChoicePanel).region
        rows = [row[panel.x : panel.right] for row in screen_text(app).split("\n")]
        y = next(y for y, row in enumerate(rows) if choice.title in row)
        x = panel.x + rows[y].index(choice.title)
        await pilot.click(offset=(x, y))  # on the second choice
        await pilot.pause()
        assert [str(a) for a in screen.game.actions] == [f"floor {choice.id}"]


async def test_the_choice_under_the_mouse_is_marked_apart_from_the_highlighted_one(
    tutorial: Content, saves_dir: Path
):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot)
        await pilot.press("f")
        choices = choosing.choices(screen.game, "floor")
        listed = screen.query_one("#choices")
        left, right = listed.region.x, listed.region.right
        rows = [row[left:right] for row in screen_text(app).split("\n")]

        def background(title: str):
            """The background under a choice's title in the list, as the terminal draws it."""
            y = next(y for y, row in enumerate(rows) if title in row)
            x = left + rows[y].index(title)
            strips = app.screen._compositor.render_strips()
            cells = [s.style.bgcolor for s in strips[y] for _ in s.text]
            return x, y, cells[x]

        hover = listed.get_visual_style("choice-list--hover").rich_style.bgcolor
        cursor = listed.get_visual_style("choice-list--cursor").rich_style.bgcolor
        first = background(choices[0].title)[2]
        x, y, second = background(choices[1].title)
        assert first == cursor and second != hover
        await pilot.hover(offset=(x, y))
        await pilot.pause()
        assert background(choices[1].title)[2] == hover
        assert background(choices[0].title)[2] == cursor  # Enter still takes the highlighted
        await pilot.hover(offset=(1, 0))  # off the list
        await pilot.pause()
        assert background(choices[1].title)[2] == second


async def test_a_dialog_draws_the_named_styles_as_the_table_does_in_any_theme(
    tutorial: Content, saves_dir: Path
):
    """Dialogs borrow the app's named styles from the screen beneath rather than declaring
    them: they must come out the same, and follow a change of theme."""
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot, ["consult russia"])
        await pilot.press("1")  # Russia's dossier
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, DossierModal)

        def differing() -> list[str]:
            return [
                name
                for name in sorted(STYLE_CLASSES)
                if dialog.get_visual_style(name, partial=True)
                != screen.get_visual_style(name, partial=True)
            ]

        assert differing() == []
        before = dialog.get_visual_style("strong", partial=True)
        app.theme = "textual-light"
        await pilot.pause()
        assert differing() == [] and dialog.get_visual_style("strong", partial=True) != before
        assert "Russia" in screen_text(app)  # and it still draws


async def test_a_walk_out_that_ends_the_game_pops_up_nothing_over_the_debrief(
    tutorial: Content, saves_dir: Path
):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await open_game(
            pilot, ["propose open_door_declaration", "consensus open_door_declaration"]
        )

        def titles() -> list[str]:
            return [notice.title for notice in app._notifications]

        await pilot.press("v", "3")  # Russia blocks again, and walks out: the game ends
        await pilot.pause()
        assert isinstance(app.screen, RollCallModal) and "Walk-out" not in titles()
        await pilot.press("space", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen) and titles() == []
        assert any(e.kind == "walkout" for e in screen.game.transcript)  # in the minutes


async def test_a_walk_out_while_the_game_goes_on_pops_up_and_stays_in_the_minutes(
    saves_dir: Path,
):
    from scenario.engine.compiler import load_content
    from tests.conftest import VIENNA
    from tests.engine.test_undo import WALKOUT

    vienna = load_content(VIENNA)
    app = ChairApp(vienna, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await open_game(pilot, WALKOUT[:-1])
        screen.act(parse_action(WALKOUT[-1]))  # the proposal that drives one delegation out
        await pilot.pause()
        await pilot.pause()
        assert not screen.game.over
        titles = [notice.title for notice in app._notifications]
        assert "Walk-out" in titles
        walkout = next(e for e in screen.game.steps[-1] if e.kind == "walkout")
        assert walkout in screen.query_one(Transcript).entries


async def test_two_enters_queued_in_a_list_dialog_choose_once(tutorial: Content, saves_dir: Path):
    """Keys typed faster than the app answers: the second Enter finds the picker closed."""
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")  # the scenario picker
        picker = app.screen
        for _ in range(2):
            app._driver.send_message(events.Key("enter", None))
        await pilot.pause()
        assert picker not in app.screen_stack


async def test_keys_queued_behind_a_choice_move_it_once_it_is_drawn(
    tutorial: Content, saves_dir: Path
):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot)
        for key in ("f", "pagedown", "end", "pageup", "down"):  # before the panel is first drawn
            app._driver.send_message(events.Key(key, key if len(key) == 1 else None))
        await pilot.pause()
        await pilot.press("enter")
        assert [str(a) for a in screen.game.actions] == [
            f"floor {choosing.choices(Game.replay(tutorial, SEED, []), 'floor')[1].id}"
        ]


async def test_a_recess_that_would_close_the_session_asks_first(tutorial: Content, saves_dir: Path):
    game = Game(tutorial, SEED)
    while foresight.closing_warning(game, "recess") is None:
        game.act("recess")
    recesses = [str(a) for a in game.actions]
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot, recesses)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        assert "this ends the day" in widget_text(app, app.screen.query_one(".dialog"))
        await pilot.press("n")  # not yet: nothing happened
        await pilot.pause()
        assert len(screen.game.actions) == len(recesses) and not screen.game.over
        await pilot.press("r", "y")
        await pilot.pause()
        assert screen.game.over and str(screen.game.actions[-1]) == "recess"


async def test_the_cards_and_the_preview_warn_before_a_walk_out(tutorial: Content, saves_dir: Path):
    actions = ["consult russia", "propose open_door_declaration", "consensus open_door_declaration"]
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_game(pilot, actions)
        russia = region_text(app, card(app, "russia"))
        assert "⚠ walks out soon" in russia
        game = table(app).game
        lost = game.read("patience.russia") - game.read("patience.russia", game.states[-2])
        assert russia.endswith(f" {game.read('patience.russia')} ▼{-lost}")
        await pilot.press("v")
        await pilot.pause()
        panel = app.screen.query_one(ChoicePanel)
        assert "Russia runs out of patience while the clock runs" in widget_text(app, panel)


async def test_numbers_keep_their_choice_and_two_digits_reach_the_tenth(saves_dir: Path):
    from scenario.engine.compiler import load_content
    from tests.conftest import VIENNA

    vienna = load_content(VIENNA)
    app = ChairApp(vienna, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_game(pilot, ["propose humanitarian_aid", "consensus humanitarian_aid"])
        await pilot.press("p", "4")  # 4 is the exercises' number, adopted measure 1 or not
        await pilot.pause()
        assert str(screen.game.actions[-1]) == "propose exercise_notification"
        await pilot.press("p", "1")  # 10 to 13 are on the list: 1 waits for a second digit
        await pilot.pause()
        assert screen.choosing and len(screen.game.actions) == 3
        await pilot.press("3")
        await pilot.pause()
        assert str(screen.game.actions[-1]) == "propose sanctions_warning" and not screen.choosing
        await pilot.press("p", "1", "1", "escape")  # 11 leaves no doubt: chosen at once
        await pilot.pause()
        assert str(screen.game.actions[-1]) == "propose enlargement_moratorium"


async def test_help_explains_the_words_on_the_table(tutorial: Content, saves_dir: Path):
    from textual.widgets import Static

    from tui.glossary import GLOSSARY
    from tui.screens.help import HelpModal

    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_game(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpModal)
        terms = [str(s.content) for s in app.screen.query(".term").results(Static)]
        assert terms == [f"{term}: {meaning}" for term, meaning in GLOSSARY]


async def test_help_in_brussels_does_not_put_the_talks_at_the_osce(saves_dir: Path):
    """Brussels is the NATO-Russia Council: help's rules said 'under the OSCE's consensus rule'."""
    from textual.widgets import Static

    from scenario.engine.compiler import load_content
    from tests.conftest import CONTENT
    from tui.screens.help import HelpModal

    app = ChairApp(load_content(CONTENT / "brussels-2022"), seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_game(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpModal)
        rules = " ".join(str(s.content) for s in app.screen.query(".paragraph").results(Static))
        assert "consensus rule" in rules and "OSCE" not in rules
