"""Playtest and search: reports that add up, coverage that is right, results independent of jobs."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from chair.cli import main
from scenario.engine.compiler import load_content
from scenario.tools import playtest, search
from tests.conftest import TUTORIAL, edit


@pytest.fixture(scope="module")
def tutorial():
    return load_content(TUTORIAL)


def test_counts_add_up(tutorial):
    data = playtest.playtest(tutorial, 300, seed=4, progress=False)
    assert data["runs"] == 300 and data["error_count"] == 0
    assert sum(e["count"] for e in data["endings"].values()) == 300
    assert sum(data["score"]["histogram"].values()) == 300
    assert abs(sum(e["share"] for e in data["endings"].values()) - 1) < 0.01
    assert data["score"]["min"] <= data["score"]["median"] <= data["score"]["max"]
    assert {"runs", "endings", "score", "never_fired", "runs_per_second"} <= set(data)


def test_results_do_not_depend_on_jobs(tutorial):
    one = playtest.run_many(tutorial, 200, seed=9, jobs=1)
    two = playtest.run_many(tutorial, 200, seed=9, jobs=2)
    assert one == two
    cover_one = playtest.run_many(tutorial, 300, seed=9, jobs=1, mode="coverage")
    cover_two = playtest.run_many(tutorial, 300, seed=9, jobs=2, mode="coverage")
    assert cover_one == cover_two


def test_a_run_can_be_reproduced_alone(tutorial):
    runs = playtest.run_many(tutorial, 50, seed=3)
    assert playtest.play_one(tutorial, 37, 3, "uniform") == runs[37]


def test_a_reaction_made_unreachable_is_listed(scenario_copy):
    folder = scenario_copy()
    # the checker cannot see it (three agreements look possible), but only two measures can pass
    edit(
        folder / "scenario.yaml",
        'when: "heard.russia == 1"',
        'when: "heard.russia == 1 and agreements >= 3"',
    )
    data = playtest.playtest(load_content(folder), 400, seed=1, progress=False)
    assert "grushko_containment" in data["never_fired"]["reactions"]
    assert "morning_report" not in data["never_fired"]["events"]
    assert data["never_fired"]["endings"] == []


def test_coverage_mode_spreads_the_choices(tutorial):
    from collections import Counter

    def spread(mode: str) -> tuple[int, int]:
        counts = Counter(
            action
            for run in playtest.run_many(tutorial, 400, seed=2, mode=mode)
            for action in run.chosen
        )
        return min(counts.values()), max(counts.values())

    (uniform_least, uniform_most), (coverage_least, coverage_most) = (
        spread("uniform"),
        spread("coverage"),
    )
    assert coverage_least > uniform_least and coverage_most < uniform_most


def test_an_engine_error_is_reported_with_what_reproduces_it(tutorial, monkeypatch):
    from scenario.engine import game

    original = game.advance  # the playtest plays by the lean step
    calls = {"n": 0}

    def faulty(content, state, action, spoken=None):
        calls["n"] += 1
        if calls["n"] == 3:
            raise ZeroDivisionError("boom")
        return original(content, state, action, spoken)

    monkeypatch.setattr(playtest, "advance", faulty)
    data = playtest.playtest(tutorial, 5, seed=0, progress=False)
    assert data["error_count"] == 1
    error = data["errors"][0]
    assert (
        error["error"] == "ZeroDivisionError: boom"
        and len(error["actions"]) == 3
        and error["run"] == 0
    )


def test_json_command(capsys):
    assert main(["playtest", "tutorial", "--runs", "50", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["runs"] == 50


def _brute_force_best(content, depth):
    """The best score of any line of `depth` actions or fewer, then adjourned: by exhaustion."""
    from scenario.engine.actions import Action
    from scenario.engine.game import legal_actions, new_state, step
    from scenario.engine.layout import ENDED
    from scenario.engine.scoring import score

    best = -1
    frontier = [new_state(content, 0)]
    for level in range(depth + 1):
        following = []
        for state in frontier:
            if state[ENDED]:
                best = max(best, score(content, state).total)
                continue
            closed, _ = step(content, state, Action("adjourn"))
            best = max(best, score(content, closed).total)
            if level < depth:
                following.extend(
                    step(content, state, a)[0]
                    for a in legal_actions(content, state)
                    if a.verb != "adjourn"
                )
        frontier = list(set(following))
    return best


def test_search_finds_the_best_line_known_by_exhaustion(tutorial):
    known = _brute_force_best(tutorial, 4)
    found = search.search(tutorial, 4, seed=0, beam=10_000)
    assert found.best.score == known
    # and the line it reports really scores that
    from scenario import Game

    replayed = Game.replay(tutorial, 0, list(found.best.actions))
    assert replayed.outcome.score.total == known


def test_search_report(tutorial, capsys):
    assert main(["playtest", "tutorial", "--search", "6", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["best"]["score"] >= data["worst"]["score"]
    assert "walkout" in data["endings_reachable"]
    assert set(data["strategies"]) == {"greedy", "listen then table everything", "recess all day"}


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_drawn_only_on_a_terminal_and_rich_only_then_imported():
    """In a pipe nothing is drawn and rich.progress is never imported (start-up, clean logs)."""
    code = (
        "import sys; from chair.cli import main; "
        "main(['playtest', 'tutorial', '--runs', '100', '--json']); "
        "main(['playtest', 'tutorial', '--search', '2', '--json']); "
        "print('rich.progress' in sys.modules, file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stderr == "False\n"


def test_on_a_terminal_playtest_shows_its_rate_and_time_left(monkeypatch, tutorial):
    shown = _Terminal()
    monkeypatch.setattr(sys, "stderr", shown)
    monkeypatch.setenv("COLUMNS", "120")
    data = playtest.playtest(tutorial, 300, seed=4)
    assert data["runs"] == 300
    drawn = shown.getvalue()
    assert "Playing tutorial" in drawn and "300/300" in drawn
    assert "games/s" in drawn and "left" in drawn


def test_on_a_terminal_search_shows_how_deep_it_is(monkeypatch, tutorial):
    shown = _Terminal()
    monkeypatch.setattr(sys, "stderr", shown)
    monkeypatch.setenv("COLUMNS", "120")
    quiet = search.search(tutorial, 3, seed=1)
    assert shown.getvalue() == ""  # only the command line asks for progress
    found = search.search(tutorial, 3, seed=1, progress=True)
    assert (found.best, found.worst, found.expanded) == (quiet.best, quiet.worst, quiet.expanded)
    assert "Searching tutorial" in shown.getvalue() and "states" in shown.getvalue()


def test_jobs_auto_is_one_process_per_usable_core_and_fewer_for_small_playtests(monkeypatch):
    monkeypatch.setattr(playtest.os, "sched_getaffinity", lambda pid: {0, 3, 5}, raising=False)
    assert playtest.usable_cores() == 3
    assert playtest.auto_jobs(100_000) == 3
    assert playtest.auto_jobs(2 * playtest.BATCH) == 1  # a worker would not pay for itself
    assert playtest.auto_jobs(10) == 1


def test_the_report_is_the_same_whatever_the_jobs(capsys):
    reports = []
    for jobs in ("1", "2", "auto"):
        assert main(["playtest", "vienna-2022", "--runs", "300", "--jobs", jobs, "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
        del data["seconds"], data["runs_per_second"]
        reports.append(data)
    assert reports[0] == reports[1] == reports[2]
