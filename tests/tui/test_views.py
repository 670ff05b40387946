"""What the app shows, read from a game without starting the app: fast checks of the views."""

from __future__ import annotations

from pathlib import Path

import pytest

from scenario import Content, Game
from scenario.engine.compiler import load_content
from scenario.engine.transcript import Entry
from scenario.tools import saves
from tests.conftest import BASE_VIENNA as VIENNA
from tests.tui.conftest import SEED
from tui import choosing, foresight, reports, saving, views
from tui.minutes import Minutes
from tui.watching import FolderWatch, first_difference, reload_message
from tui.widgets.bars import bar
from tui.widgets.meters import trend
from tui.wording import speaker_name


def played(content: Content, *actions: str) -> Game:
    return Game.replay(content, SEED, list(actions))


def test_choices_offer_only_what_is_legal_now(tutorial: Content):
    game = played(tutorial)
    assert choosing.choices(game, "consensus") == []  # nothing tabled yet
    assert [c.id for c in choosing.choices(game, "propose")] == [
        "monitor_access",
        "open_door_declaration",
    ]
    game.act("consult russia")  # the hotline requires a consultation with Russia
    assert "hotline" in [c.id for c in choosing.choices(game, "propose")]
    assert choosing.choices(game, "recess") == []  # no target to choose


def test_choices_say_what_the_chair_has_learnt(tutorial: Content):
    game = played(tutorial, "propose open_door_declaration")
    declaration = choosing.choices(game, "consensus")[0]
    assert declaration.warning == (  # Russia's protest said it in public
        "Sounded out: Russia blocks (its red line, as it protested). Not consulted: Ukraine and USA."
    )
    game.act("consult russia")
    declaration = choosing.choices(game, "consensus")[0]
    assert declaration.warning == "Sounded out: Russia blocks. Not consulted: Ukraine and USA."
    warnings = {c.id: c.warning for c in choosing.choices(game, "propose")}
    assert warnings["monitor_access"] is None


def test_a_measure_that_moves_an_issue_is_shown_where_it_would_land_now(tutorial: Content):
    step = tutorial.measure("hotline").moves["transparency"]
    game = played(tutorial, "consult russia")
    for measures in ([], ["propose monitor_access", "consensus monitor_access"]):
        for action in measures:
            game.act(action)
        now = game.read("status.transparency")
        assert choosing.landing(game, "hotline") == {"transparency": min(100, now + step)}
        hotline = next(c for c in choosing.choices(game, "propose") if c.id == "hotline")
        assert f"to {min(100, now + step)} (now {now})" in hotline.detail


def test_roll_call_lists_every_delegation_with_its_answer(tutorial: Content):
    game = played(tutorial, "propose open_door_declaration")
    view = reports.roll_call(game, game.act("consensus open_door_declaration"))
    assert view is not None and not view.adopted
    answers = {a.delegation: a.answer for a in view.answers}
    assert answers["russia"] == "blocks"
    assert all(a.reason for a in view.answers)


def test_meters_put_tension_first_with_its_history(tutorial: Content):
    game = played(tutorial, "floor russia", "recess")
    meters = views.meters(game)
    assert meters[0].is_tension and meters[0].id == "tension"
    assert len(meters[0].history) == 3 and meters[0].history[-1] == meters[0].value
    assert {m.id for m in meters} == set(tutorial.meters)


def test_turning_points_are_described_in_words(tutorial: Content):
    heard = ("consult russia", "consult ukraine", "consult usa")  # the unheard would block it
    game = played(tutorial, *heard, "propose monitor_access", "consensus monitor_access", "adjourn")
    turns = reports.turning_points(game)
    assert any(t.what == "called for consensus on “Better access for the monitors”" for t in turns)


def test_minutes_mark_the_result_and_the_source(tutorial: Content):
    minutes = Minutes(tutorial)
    game = played(tutorial, "propose open_door_declaration")
    lines = [minutes.line(e).body.plain for e in game.act("consensus open_door_declaration")]
    assert any(line.startswith("✗ No consensus") for line in lines)
    assert any("Russian Federation blocks" in line for line in lines)
    spoken = Entry("speech", 600, "We [/] speak.", "russia", "Wir [bold] sprechen.")
    body = minutes.body(spoken).plain
    assert body == "Russian Federation: \u201cWe [/] speak.\u201d ‹DE›"
    assert speaker_name(tutorial, "chair") == tutorial.chair.name


def test_bars_and_trends_fit_their_width():
    assert bar(50, 0, 100, 10).plain == "█████░░░░░"
    assert bar(130, 0, 100, 4).plain == "████"
    assert bar(0, 0, 0, 3).cell_length == 3
    assert trend([70, 70, 70], 10).plain == "▁▁▁"
    assert trend(list(range(40)), 10).cell_length == 10


def test_autosave_failure_is_told_once_and_overwrites_nothing(tutorial: Content, saves_dir: Path):
    damaged = saves.autosave_path(saves_dir, tutorial.id)
    damaged.write_bytes(b"\x00 not a save")
    autosaver = saving.Autosaver(saves_dir)
    game = played(tutorial, "recess")
    assert autosaver.save(game) is not None
    assert autosaver.save(game) is None  # said once
    assert damaged.read_bytes() == b"\x00 not a save"


def test_save_rows_say_what_each_file_holds(tutorial: Content, saves_dir: Path):
    saves.write_save(played(tutorial, "recess"), saves_dir / "mine.json", "mine")
    (saves_dir / "junk.json").write_text("{}", encoding="utf-8")
    rows = {row.path.name: row for row in saving.rows(saves_dir)}
    assert rows["mine.json"].loadable and "round 1 · 10:00" in rows["mine.json"].detail
    assert not rows["junk.json"].loadable and rows["junk.json"].detail.startswith("damaged:")
    assert saving.check_name(saves_dir, "../up") is not None
    assert saving.check_name(saves_dir, "a fine name") is None


def test_a_folder_watch_sees_each_edit_once(tmp_path: Path):
    (tmp_path / "scenario.yaml").write_text("a: 1\n", encoding="utf-8")
    watch = FolderWatch(tmp_path)
    assert not watch.changed()
    (tmp_path / "scenario.yaml").write_text("a: 22\n", encoding="utf-8")
    assert watch.changed() and not watch.changed()
    (tmp_path / "notes.txt").write_text("not YAML", encoding="utf-8")
    assert not watch.changed()


@pytest.mark.parametrize(
    ("after", "expected"),
    [(["recess"], "All 1 actions replayed. The minutes are unchanged."), ([], None)],
)
def test_reload_messages_say_how_far_the_game_replayed(tutorial: Content, after, expected):
    before = played(tutorial, "recess").transcript
    replayed = Game.replay_prefix(tutorial, SEED, after)
    message = reload_message(before, replayed, len(after))
    if expected:
        assert message == expected
    else:
        assert first_difference(before, replayed.game.transcript) == 1
        assert "The minutes change from 09:30." in message


# --------------------------------------------------------------------------- risk, before it bites


def test_cards_say_who_is_at_risk_and_why(tutorial: Content):
    game = played(tutorial, "consult russia", "propose open_door_declaration")
    risk = {v.id: v.risk for v in views.delegations(game)}
    assert risk["ukraine"] is None and risk["usa"] is None
    assert risk["russia"] is not None and risk["russia"].short == "red line tabled"
    assert "crosses Russia's red line" in risk["russia"].why
    game.act("consensus open_door_declaration")
    russia = next(v for v in views.delegations(game) if v.id == "russia")
    assert russia.risk is not None and russia.risk.short == "walks out soon"
    assert f"patience is {russia.patience}" in russia.risk.why


def test_a_red_line_protested_in_public_is_known_without_a_consultation(tutorial: Content):
    game = played(tutorial)
    assert all(v.risk is None for v in views.delegations(game))
    game.act("propose open_door_declaration")  # Russia protests: the whole room hears it
    assert foresight.protested(game, "russia", "open_door_declaration")
    assert not foresight.protested(game, "usa", "open_door_declaration")
    risk = {v.id: v.risk for v in views.delegations(game)}
    assert risk["russia"] is not None and risk["russia"].short == "red line tabled"
    assert risk["usa"] is None and risk["ukraine"] is None


def test_the_consensus_preview_names_who_would_walk_out_only_when_known(tutorial: Content):
    actions = ["propose open_door_declaration", "consensus open_door_declaration", "recess"]
    blind = played(tutorial, *actions)
    warning = choosing.choices(blind, "consensus")[0].warning or ""
    assert warning.startswith("Sounded out: Russia blocks (its red line, as it protested).")
    blind.act("propose monitor_access")  # no protest: Russia's answer is not known
    monitors = next(c for c in choosing.choices(blind, "consensus") if c.id == "monitor_access")
    warning = monitors.warning or ""
    assert "Russia blocks" not in warning and "Russia acquiesces" not in warning
    patience = blind.read("patience.russia")
    assert f"If Russia (patience {patience}) blocks, the block costs it 10 patience" in warning
    heard = played(tutorial, "consult russia", *actions)
    warning = choosing.choices(heard, "consensus")[0].warning or ""
    patience = heard.read("patience.russia")
    assert "Sounded out: Russia blocks." in warning
    assert f"Russia (patience {patience}) would walk out over it." in warning
    heard.act("consensus open_door_declaration")
    assert not heard.read("present.russia")  # as the preview said


def test_an_action_that_runs_to_the_close_says_so_first(tutorial: Content):
    game = played(tutorial)
    while foresight.closing_warning(game, "recess") is None:
        game.act("recess")
    assert not game.over
    assert foresight.closing_warning(game, "recess") == (
        "Takes 30 minutes: the session closes at 13:30, so this ends the day and it is scored."
    )
    game.act("recess")
    assert game.over


def test_the_preview_of_a_red_line_says_the_protest_would_drive_it_out():
    vienna = load_content(VIENNA)
    game = played(vienna, "consult russia", "propose open_door_declaration")
    calm = next(c for c in choosing.choices(game, "propose") if c.id == "missile_talks")
    assert calm.warning == (
        "Crosses Russia's red line (the format of further talks to 15 or below): "
        "a protest costs 20 patience."
    )
    game.act("consensus open_door_declaration")  # blocked: Russia's patience falls to a few
    talks = next(c for c in choosing.choices(game, "propose") if c.id == "missile_talks")
    patience = game.read("patience.russia")
    assert f"Russia (patience {patience}) would walk out." in (talks.warning or "")
    game.act("propose missile_talks")
    assert not game.read("present.russia")


# --------------------------------------------------------------------------- changes where they stand


def test_numbers_and_changes_are_written_alike_everywhere():
    assert views.figure(70000) == "70,000" and views.figure(55) == "55"
    assert views.change(-30000) == "▼30,000" and views.change(3) == "▲3"
    assert views.change(0) == ""


def test_cards_and_score_show_what_the_last_action_changed(tutorial: Content):
    game = played(tutorial)
    assert all(v.trust_change == 0 and v.patience_change == 0 for v in views.delegations(game))
    assert views.score(game).change == 0
    before = {v.id: v for v in views.delegations(game)}
    score = views.score(game).total
    game.act("propose open_door_declaration")  # crosses Russia's red line: trust and patience fall
    after = {v.id: v for v in views.delegations(game)}
    for d in after:
        assert after[d].trust_change == after[d].trust - before[d].trust
        assert after[d].patience_change == after[d].patience - before[d].patience
    assert after["russia"].trust_change < 0 and after["russia"].patience_change < 0
    assert views.score(game).change == views.score(game).total - score


def test_a_meter_line_writes_its_value_and_change_with_separators():
    from tui.widgets.meters import meter_line

    view = views.MeterView(
        "troops", "Troops", 70000, 0, 200000, None, "low", (100000, 70000), False
    )
    assert view.change == -30000
    assert str(meter_line(view, 40)).endswith("70,000 ▼30,000")


# --------------------------------------------------------------------------- keys that keep their meaning


def test_choices_keep_their_numbers_while_they_stay_possible(tutorial: Content):
    game = played(tutorial)
    keys = {c.id: c.key for c in choosing.choices(game, "propose")}
    assert keys == {"monitor_access": 1, "open_door_declaration": 3}  # the hotline is held back
    game.act("consult russia")
    game.act("propose monitor_access")
    game.act("consensus monitor_access")
    assert {c.id: c.key for c in choosing.choices(game, "propose")} == {
        "hotline": 2,
        "open_door_declaration": 3,
    }
    assert [(c.id, c.key) for c in choosing.choices(game, "floor")] == [
        (d.id, d.index + 1)
        for d in tutorial.delegations  # as the dossier keys 1-9
    ]


def test_a_newly_possible_measure_says_what_made_it_possible(tutorial: Content):
    game = played(tutorial)
    assert choosing.news(game) == []
    game.act(
        "consult russia"
    )  # the hotline requires: adopted.monitor_access or consulted.russia > 0
    hotline = next(c for c in choosing.choices(game, "propose") if c.id == "hotline")
    assert hotline.unlocked == "you consulted Russia"
    assert choosing.news(game) == [
        "You can now table “A risk-reduction hotline”, because you consulted Russia."
    ]
    game.act("recess")  # not news any more
    assert choosing.news(game) == []
    assert all(c.unlocked is None for c in choosing.choices(game, "propose"))


def test_a_nested_requirement_says_the_part_the_last_action_made_true():
    """Brussels's missile talks require '(adopted.meet_again or consulted.russia > 0) and not
    adopted.missile_talks': the notice after consulting Russia showed that expression."""
    from tests.conftest import CONTENT

    brussels = load_content(CONTENT / "brussels-2022")
    game = Game(brussels, 7)
    game.act("consult russia")
    news = choosing.news(game)
    assert news and all(line.endswith(", because you consulted Russia.") for line in news), news
    game.act("floor usa")  # the second delegation heard: 'listened_count >= 2'
    assert choosing.news(game) == [
        "You can now table “Notification of exercises and military risk reduction”, because "
        "you heard or consulted 2 delegations."
    ]


def test_a_title_that_is_a_quotation_is_quoted_once():
    """Brussels's debrief listed 'You made the statement “"Russia has no veto"”' (its title
    was a quotation then; an author may write one again)."""
    from scenario import Action
    from scenario.records import replace
    from tests.conftest import CONTENT

    brussels = load_content(CONTENT / "brussels-2022")
    quoted = replace(brussels.statement("no_veto"), title='"Russia has no veto"')
    brussels = replace(
        brussels,
        statements=tuple(quoted if s.id == "no_veto" else s for s in brussels.statements),
    )
    assert reports.describe(brussels, Action("statement", "no_veto")) == (
        "made the statement “Russia has no veto”"
    )
    assert reports.describe(brussels, Action("propose", "meet_again")) == (
        "tabled “An agreement to meet again”"
    )


def test_a_requirement_is_said_in_words_when_its_shape_is_familiar():
    from tui.requirements import parts, words

    vienna = load_content(VIENNA)
    assert parts("adopted.talks_timetable or adopted.exercise_notification") == [
        "adopted.talks_timetable",
        "adopted.exercise_notification",
    ]
    assert words(vienna, "adopted.monitor_access") == "Better access for the monitors was adopted"
    assert words(vienna, "consulted.usa > 0") == "you consulted USA"
    assert words(vienna, "agreements >= 1") == "a measure was adopted"
    assert words(vienna, "agreements >= 2") == "2 measures were adopted"
    assert words(vienna, "tension > 60") == "Tension is above 60"
    assert words(vienna, "framing.all_dimensions") == (
        "the talks are framed as “European security in all its dimensions”"
    )
    assert words(vienna, "clock >= 12:00") == "clock >= 12:00"  # an unfamiliar shape, as written


def test_actions_in_words_quote_titles_and_name_delegations_properly():
    from scenario import Action

    vienna = load_content(VIENNA)
    assert reports.describe(vienna, Action("frame", "people_first")) == (
        "framed the talks as “The people affected by the conflict first”"
    )
    assert reports.describe(vienna, Action("floor", "moldova")) == (
        "gave the floor to the Republic of Moldova"
    )


def test_a_measure_that_would_not_move_an_issue_says_it_keeps_it():
    assert choosing._lands("NATO's open door", 55, 55) == "keeps NATO's open door at 55"
    assert choosing._lands("NATO's open door", 10, 55) == "moves NATO's open door to 10 (now 55)"


def test_every_term_of_the_help_is_explained_in_the_docs_too():
    from tui.glossary import GLOSSARY

    docs = (Path(__file__).parents[2] / "docs" / "playing.md").read_text(encoding="utf-8")
    for term, meaning in GLOSSARY:
        assert f"- **{term}**: {meaning}" in docs, term
    words = {term for term, _ in GLOSSARY}
    for needed in ("momentum", "standing", "trust", "patience", "engagement", "face"):
        assert needed in words
    for needed in ("red line", "room to move", "reservation point", "acquiesces", "consensus"):
        assert needed in words


def test_a_verb_that_would_end_the_day_says_so_once_above_its_choices(tutorial: Content):
    game = played(tutorial)
    assert "ends the day" not in choosing.explanation(game, "floor")
    turn = 0
    while not foresight.closes_session(game, "floor"):
        game.act(f"floor {tutorial.delegations[turn % 3].id}")  # 20 minutes at a time
        turn += 1
    assert not game.over and game.clock == "13:10"
    assert choosing.explanation(game, "floor").endswith(
        "Takes 20 minutes. The session closes at 13:30: this ends the day."
    )
    assert all("ends the day" not in (c.warning or "") for c in choosing.choices(game, "floor"))


def test_the_dossier_of_a_delegation_that_walked_out_says_how_it_may_come_back(tutorial: Content):
    game = played(tutorial, "propose open_door_declaration", "consensus open_door_declaration")
    assert reports.dossier(game, "russia").way_back is None
    game.act("consensus open_door_declaration")
    assert not game.read("present.russia")
    trust = game.read("trust.russia")
    assert reports.dossier(game, "russia").way_back == (
        "Russia walked out. Going after it (c) brings it back only if its trust is at least "
        f"70; it is {trust}."
    )


def test_the_agenda_shows_how_far_an_adoption_moved_each_issue(tutorial: Content):
    heard = ("consult russia", "consult ukraine", "consult usa")  # the unheard would block it
    game = played(tutorial, *heard, "propose monitor_access")
    before = {i.id: i.status for i in views.agenda(game).issues}
    assert all(i.change == 0 for i in views.agenda(game).issues)
    game.act("consensus monitor_access")
    issues = {i.id: i for i in views.agenda(game).issues}
    assert game.read("adopted.monitor_access")
    assert any(i.change for i in issues.values())
    assert all(i.change == i.status - before[i.id] for i in issues.values())


def test_a_walk_out_that_would_end_the_day_says_so_before(tutorial: Content):
    actions = ["consult russia", "propose open_door_declaration", "consensus open_door_declaration"]
    game = played(tutorial, *actions)
    assert (
        foresight.walkout_ends_day(game, ["russia"]) == "Russia walks out"
    )  # the scenario's ending
    assert foresight.walkout_ends_day(game, ["usa"]) is None
    russia = next(v for v in views.delegations(game) if v.id == "russia")
    assert russia.risk is not None
    assert russia.risk.why.endswith("If it walks out, the day ends (“Russia walks out”).")
    warning = choosing.choices(game, "consensus")[0].warning or ""
    assert warning.endswith("and walks out. That ends the day (“Russia walks out”).")
    game.act("consensus open_door_declaration")
    assert game.over and game.outcome.ending.title == "Russia walks out"


def test_the_warnings_about_a_plural_delegation_agree():
    """Brussels' eastern members (`plural: true`) with their patience nearly gone: the card's
    warning reads 'Eastern allies' patience … they lose … and walk out', Russia's 'it loses'."""
    from scenario.engine.layout import PATIENCE
    from tests.conftest import CONTENT
    from tui.foresight import risks

    game = Game.start(CONTENT / "brussels-2022", seed=7)
    state = list(game.state)
    for d in game.content.delegations:
        state[d.base + PATIENCE] = 5
    game.states[-1] = tuple(state)
    said = {key: risk.why for key, risk in risks(game).items()}
    assert said["eastern"].startswith("Eastern allies' patience is 5: they lose about ")
    assert "table and walk out at 0." in said["eastern"]
    assert said["russia"].startswith("Russia's patience is 5: it loses about ")


def test_a_middling_public_position_reads_as_a_sentence():
    """The dossier read 'missile deployment in Europe: leaning to: reciprocal limits, verified
    (40)', a colon after a preposition and two in one line."""
    from tests.conftest import CONTENT

    brussels = load_content(CONTENT / "brussels-2022")
    issue = brussels.issues["missiles"]
    said = reports.position_words(brussels, "missiles", 40)
    assert said == f"leans towards {issue.low} (40)" and ":" not in said


def test_turning_points_say_what_happened_meanwhile():
    """A step's score move is the events' as much as the chair's: the debrief names them."""
    import yaml

    from tests.conftest import VIENNA as SHIPPED_VIENNA
    from tui.plain.text import debrief

    script = yaml.safe_load((SHIPPED_VIENNA / "scripts" / "masterful.yaml").read_text("utf-8"))
    game = Game.replay(load_content(SHIPPED_VIENNA), script["seed"], script["actions"])
    turns = reports.turning_points(game, 5)
    meanwhile = [t.meanwhile for t in turns if t.meanwhile]
    assert "News from the border at 11:30 and Word from Moscow at 11:30" in meanwhile
    lines = [line for line in debrief(game) if line.startswith("At ")]
    assert any(line.endswith(" Meanwhile: Lunch in the Hofburg at 13:00.") for line in lines)
    assert all(" 1 points" not in line for line in lines)


def test_the_dossier_says_what_was_learnt_once(tutorial: Content):
    game = Game(tutorial, SEED)
    game.act("consult russia")
    view = reports.dossier(game, "russia")
    assert view.findings is not None and view.findings.startswith("Red lines — it blocks")


def test_a_requirement_is_taken_apart_by_the_scenarios_own_grammar():
    """Brackets, `not` and functions are read as the engine reads them (its tokenizer, not
    Python's parser): 'or' binds loosest, a bracket around the whole is taken off."""
    from tui.requirements import parts

    assert parts("(adopted.meet_again or consulted.russia > 0) and not adopted.missile_talks") == [
        "adopted.meet_again or consulted.russia > 0",
        "not adopted.missile_talks",
    ]
    assert parts("((a.b or c.d))") == ["a.b", "c.d"]
    assert parts("min(tension, 50) > 3 or x.y") == ["min(tension, 50) > 3", "x.y"]
    assert parts("(a.b) and (c.d)") == ["a.b", "c.d"]
    assert parts("clock >= 12:00") == ["clock >= 12:00"]
    assert parts("a.b &") == ["a.b &"]  # not the grammar's: shown as written


def test_a_call_for_consensus_says_why_a_tabled_measure_cannot_be_voted_on():
    """Moscow walked out after the monitors were tabled: the call names them and what they need,
    not 'No measure is on the table'."""
    from scenario.engine.layout import PRESENT
    from tests.conftest import VIENNA as SHIPPED_VIENNA

    content = load_content(SHIPPED_VIENNA)
    game = Game(content, SEED)
    game.act("consult russia")
    game.act("propose monitor_access")
    assert choosing.targets(game, "consensus") == ["monitor_access"]
    state = list(game.state)
    state[content.delegation("russia").base + PRESENT] = 0  # as after a walk-out
    game.states[-1] = tuple(state)
    assert choosing.targets(game, "consensus") == []
    assert choosing.nothing(game, "consensus") == (
        "“Better access for the monitors” is on the table but cannot be put to a vote until "
        "Russia is at the table."
    )
    assert choosing.nothing(Game(content, SEED), "consensus") == (
        "No measure is on the table: table one first (p)."
    )
