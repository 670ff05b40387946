"""Plain text play: whole games through a pipe, the list of choices, saves shared with the app."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import yaml

from scenario import Content, Game
from scenario.tools import saves
from tests.conftest import ROOT, TUTORIAL
from tests.tui.conftest import SEED, table
from tui.app import ChairApp
from tui.plain.session import run_plain

SKILLED = TUTORIAL / "scripts" / "skilled.yaml"


def play(content: Content, lines: str, saves_dir: Path, **kwargs) -> str:
    """Play in plain mode with `lines` as standard input; what it printed."""
    out = io.StringIO()
    code = run_plain(
        content,
        seed=kwargs.pop("seed", SEED),
        saves_folder=saves_dir,
        stdin=io.StringIO(lines),
        stdout=out,
        **kwargs,
    )
    assert code == 0
    return out.getvalue()


def script_lines(path: Path) -> tuple[int, list[str]]:
    """A script's seed, and its actions as lines a player would type."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    lines = []
    for item in data["actions"]:
        lines.append(" ".join(next(iter(item.items()))) if isinstance(item, dict) else item)
    return data["seed"], lines


def test_a_whole_game_through_a_pipe_reaches_its_ending(saves_dir: Path):
    seed, lines = script_lines(SKILLED)
    expected = Game.replay(Game.start(TUTORIAL).content, seed, lines)
    env = {**os.environ, "CHAIR_SAVES": str(saves_dir)}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "chair.cli",
            "play",
            "--plain",
            "tutorial",
            "--seed",
            f"{seed}",
        ],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "\x1b" not in out and "\x1b" not in result.stderr
    assert expected.outcome is not None
    assert f"The session has ended: {expected.outcome.ending.title}" in out
    assert f"Score: {expected.outcome.score.total} of 100" in out
    assert "Debrief." in out and "Turning points:" in out
    for line in lines:
        assert f"> {line}\n" in out  # piped input is echoed, so the output reads as a dialogue
    saved = saves.read_save(saves_dir / "autosave-tutorial.json")
    assert list(saved.actions) == lines and saved.state_hash == expected.state_hash


def test_the_example_of_the_guide_plays(tutorial: Content, saves_dir: Path):
    out = play(tutorial, "consult russia\nadjourn\n", saves_dir)
    assert "The Chair meets the delegation of the Russian Federation in private." in out
    assert "If you called for consensus now, Russian Federation would answer:" in out
    assert "Debrief." in out
    assert out.rstrip().endswith("Goodbye.")


def test_numbers_choose_a_verb_then_a_target(tutorial: Content, saves_dir: Path):
    out = play(tutorial, "3\n1\n4\n1\n", saves_dir)
    assert "1. Better access for the monitors (propose monitor_access)." in out
    assert "The Chair tables a proposal: Better access for the monitors." in out
    assert "The Chair calls for consensus on: Better access for the monitors." in out
    game = Game.replay(tutorial, SEED, ["propose monitor_access", "consensus monitor_access"])
    saved = saves.read_save(saves_dir / "autosave-tutorial.json")
    assert saved.state_hash == game.state_hash


def test_verbs_keep_their_numbers_and_only_possible_ones_are_listed(
    tutorial: Content, saves_dir: Path
):
    out = play(tutorial, "", saves_dir)
    menu = out.split("What will you do?")[1].split("Or:")[0]
    assert "1. floor: give a delegation the floor." in menu and "7. recess: call a recess." in menu
    assert "4." not in menu  # nothing is tabled, so no call for consensus
    assert "Nothing was played, so nothing was saved." in out
    assert not (saves_dir / "autosave-tutorial.json").exists()
    after = play(tutorial, "propose monitor_access\n", saves_dir).split("> propose monitor_access")[
        1
    ]
    assert "1 floor, 2 consult, 3 propose, 4 consensus, 5 frame" in after  # one line after a turn


def test_adjourn_by_number_asks_first(tutorial: Content, saves_dir: Path):
    out = play(tutorial, "8\nno\n8\nyes\n", saves_dir)
    assert "Adjourn the session? The day is scored and the game ends. Type yes or no." in out
    assert "The session stays open." in out
    assert out.count("The Chair adjourns the session.") == 1


def test_mistakes_are_answered_in_words(tutorial: Content, saves_dir: Path):
    out = play(
        tutorial,
        "consult nobody\nconsensus hotline\ndance\n9\n3\n7\n0\nfloor u\nconsult -\n",
        saves_dir,
    )
    assert "There is no delegation 'nobody'. The delegation ids are: russia, ukraine, usa." in out
    assert "Not possible:" in out  # the engine's reason: the hotline is not on the table
    assert "Not understood: dance." in out
    assert "There is no verb 9: choose 1 to 8." in out
    assert "There is no choice 7: choose 1 to 2, or 0 to go back." in out
    assert "'u' could be ukraine, usa: type one of them." in out
    assert "\x1b" not in out


def test_ids_may_be_started_or_named(tutorial: Content, saves_dir: Path):
    out = play(
        tutorial, "floor ukr\npropose monitor-access\nconsult United States of America\n", saves_dir
    )
    assert "The Chair gives the floor to the delegation of Ukraine." in out or (
        "gives the floor to" in out and "Ukraine" in out
    )
    assert "The Chair tables a proposal: Better access for the monitors." in out
    assert "The Chair meets the delegation of the United States of America" in out


def test_status_source_and_dossier_speak_in_words(tutorial: Content, saves_dir: Path):
    out = play(tutorial, "consult russia\nstatus\nsource\ndossier russia\nhelp\n", saves_dir)
    assert "Score if the session closed now:" in out
    assert "Tension: " in out and "Lower is better." in out
    assert "Russian Federation: at the table, consulted, trust" in out
    assert "German original: " in out
    assert "In public, on NATO's open door:" in out
    assert "The chair's verbs:" in out
    for symbol in "▲▼✓✗○◆■▸‹›█":
        assert symbol not in out


def test_end_of_input_mid_game_autosaves_and_load_continues(tutorial: Content, saves_dir: Path):
    out = play(tutorial, "consult russia\nfloor usa\n", saves_dir)
    autosave = saves_dir / "autosave-tutorial.json"
    assert f"End of input. The game is saved in {autosave}." in out
    assert "chair play --plain --load" in out
    again = play(tutorial, "recess\n", saves_dir, load=autosave)
    assert "Continuing a game of A first session in Vienna (seed 7) at" in again
    expected = Game.replay(tutorial, SEED, ["consult russia", "floor usa", "recess"])
    assert saves.read_save(autosave).state_hash == expected.state_hash


def test_a_new_game_warns_before_it_replaces_an_unfinished_one(tutorial: Content, saves_dir: Path):
    play(tutorial, "recess\n", saves_dir)
    out = play(tutorial, "", saves_dir)
    assert "An unfinished game of this scenario is saved in" in out


def test_named_saves_use_the_apps_slots(tutorial: Content, saves_dir: Path):
    out = play(tutorial, "recess\nsave before the vote\nsave ../escape\n", saves_dir)
    assert "Saved as 'before the vote'" in out
    assert "Not saved: a save name is a plain name" in out
    assert list(saves.read_save(saves_dir / "before the vote.json").actions) == ["recess"]


async def test_a_save_from_plain_mode_loads_in_the_app(tutorial: Content, saves_dir: Path):
    play(tutorial, "consult russia\npropose monitor_access\nsave plain game\n", saves_dir)
    expected = Game.replay(tutorial, SEED, ["consult russia", "propose monitor_access"])
    app = ChairApp(tutorial, saves=saves_dir, load=saves_dir / "plain game.json")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        game = table(app).game
        assert game.state_hash == expected.state_hash
        await pilot.press("ctrl+q")


async def test_a_game_from_the_app_continues_in_plain_mode(tutorial: Content, saves_dir: Path):
    app = ChairApp(tutorial, seed=SEED, saves=saves_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_game(Game(tutorial, SEED))
        await pilot.pause()
        await pilot.press("r")  # a recess, by its key: the app autosaves after it
        await pilot.pause()
        played = list(table(app).game.actions)
        await pilot.press("ctrl+q")
    assert [str(a) for a in played] == ["recess"]
    out = play(tutorial, "consult usa\n", saves_dir, load=saves_dir / "autosave-tutorial.json")
    assert "Continuing a game of" in out
    expected = Game.replay(tutorial, SEED, ["recess", "consult usa"])
    saved = saves.read_save(saves_dir / "autosave-tutorial.json")
    assert saved.state_hash == expected.state_hash


def test_numbers_and_times_are_written_to_be_read_aloud():
    from tui.plain import text

    assert text.clock(570) == "09:30" and text.clock("10:00") == "10 o'clock"
    assert text.clock(13 * 60 + 5) == "13:05"
    assert (
        text.change(5) == "up 5" and text.change(-3) == "down 3" and text.change(0) == "unchanged"
    )
    assert text.number(100000) == "100,000"
    assert text.clean("a\x1b[2Jb\x07c\nd") == "a?[2Jb?c\nd"


def test_the_debrief_is_words_and_numbers(saves_dir: Path):
    seed, lines = script_lines(SKILLED)
    content = Game.start(TUTORIAL).content
    out = play(content, "\n".join(lines) + "\n", saves_dir, seed=seed)
    debrief = out.split("Debrief.")[1]
    assert "Score: 75 of 100, grade A" in debrief
    assert "Everyone at the table: 20 of 20 points." in debrief  # not "20.0"
    assert "Turning points:" in debrief and " points: you " in debrief


def test_watch_is_refused_in_plain_mode(capsys):
    from chair.cli import main

    assert main(["play", "--plain", "--watch", "tutorial"]) == 2
    assert "--watch" in capsys.readouterr().err


def test_undo_takes_back_a_recess_but_not_a_first_consultation(tutorial: Content, saves_dir: Path):
    out = play(tutorial, "consult russia\nrecess\nundo\nundo\nquit\n", saves_dir)
    assert "Taken back: the Chair called a recess." in out
    assert "revealed its red lines" in out  # the second undo is refused, with the reason
    saved = saves.read_save(saves.autosave_path(saves_dir, tutorial.id))
    assert list(saved.actions) == ["consult russia"]
    expected = Game.replay(tutorial, SEED, ["consult russia"])
    assert saved.state_hash == expected.state_hash


def test_a_plural_delegation_says_and_answers_in_the_plural():
    """Brussels' 'NATO allies' (`plural: true`, no head of delegation) 'say' and 'block' in the
    plain minutes; a delegation named by its head speaks in the singular."""
    from scenario.engine.compiler import load_content
    from scenario.engine.transcript import Entry
    from tests.conftest import CONTENT
    from tui.plain.text import entry

    brussels = load_content(CONTENT / "brussels-2022")
    assert entry(brussels, Entry("speech", 600, "We stand together.", "allies")) == (
        "NATO allies say: “We stand together.”"
    )
    blocked = entry(brussels, Entry("answer", 600, "a red line", "allies", answer="blocks"))
    assert blocked == "NATO allies block: a red line."
    russia = entry(brussels, Entry("speech", 600, "No.", "russia"))
    assert russia.split(":")[0].endswith(") says")


def _chair(args: list[str], lines: list[str], saves_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "chair.cli", *args],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "CHAIR_SAVES": str(saves_dir)},
        timeout=120,
    )


def test_the_week_plays_in_plain_text_day_after_day_and_continues(saves_dir: Path):
    """`chair play --plain january-2022`: the first day to its debrief and the week so far,
    `next` to the second day's briefing, quit; `--load` of the week's autosave goes on from
    there and the last debrief scores the week."""
    from scenario.engine.campaign import CampaignGame, load_campaign
    from scenario.tools.campaign_saves import load_campaign_game
    from tests.conftest import CONTENT
    from tui.saving import campaign_folder

    first = ["consult russia", "adjourn", "yes", "next", "recess", "quit"]
    result = _chair(["play", "--plain", "january-2022", "--seed", "7"], first, saves_dir)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "the week January 2022, 2 days, seed 7" in out
    assert "The week: January 2022.\nDay 1, Brussels, January 2022: " in out
    assert "Type next for day 2, Vienna, January 2022" in out
    assert out.index("> next") < out.index("Vienna, Thursday 13 January 2022.")
    autosave = campaign_folder(saves_dir) / "autosave-january-2022.json"
    assert f"To continue: chair play --plain --load '{autosave}'." in out
    expected = CampaignGame.replay(
        load_campaign(CONTENT / "january-2022"), 7, [["consult russia", "adjourn"], ["recess"]]
    )
    assert load_campaign_game(autosave).state_hash == expected.state_hash

    result = _chair(["play", "--plain", "--load", str(autosave)], ["adjourn", "yes"], saves_dir)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Continuing the week January 2022 (seed 7), day 2 of 2" in out
    assert "The week's score: " in out and "The week is over." in out
    assert load_campaign_game(autosave).over
