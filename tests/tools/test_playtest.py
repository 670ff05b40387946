"""Playtest and search: reports that add up, coverage that is right, results independent of jobs."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from chair.cli import main
from scenario.engine.actions import parse_action
from scenario.engine.compiler import load_content
from scenario.engine.layout import CLOCK
from scenario.tools import playtest, playtest_report, playtest_runs, search
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
    one = playtest_runs.run_many(tutorial, 200, seed=9, jobs=1)
    two = playtest_runs.run_many(tutorial, 200, seed=9, jobs=2)
    assert one == two
    cover_one = playtest_runs.run_many(tutorial, 300, seed=9, jobs=1, mode="coverage")
    cover_two = playtest_runs.run_many(tutorial, 300, seed=9, jobs=2, mode="coverage")
    assert cover_one == cover_two


def test_a_run_can_be_reproduced_alone(tutorial):
    runs = playtest_runs.run_many(tutorial, 50, seed=3)
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
            for run in playtest_runs.run_many(tutorial, 400, seed=2, mode=mode)
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

    original = game.advance_in_place  # the playtest plays by the lean step, on one list
    calls = {"n": 0}

    def faulty(content, state, action, spoken=None):
        calls["n"] += 1
        if calls["n"] == 3:
            state[CLOCK] += 999  # a step that fails halfway leaves the list changed
            raise ZeroDivisionError("boom")
        return original(content, state, action, spoken)

    monkeypatch.setattr(playtest, "advance_in_place", faulty)
    data = playtest.playtest(tutorial, 5, seed=0, progress=False)
    assert data["error_count"] == 1
    error = data["errors"][0]
    assert (
        error["error"] == "ZeroDivisionError: boom"
        and len(error["actions"]) == 3
        and error["run"] == 0
    )
    calls["n"] = 0
    failed = playtest.play_one(tutorial, 0, 0, "uniform")
    state = game.new_state(tutorial, failed.seed)
    for action in failed.log[:2]:
        state = game.advance(tutorial, state, parse_action(action))
    assert failed.clock == state[CLOCK]  # the last state reached, not the half-changed list


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
    monkeypatch.delattr(playtest_runs.os, "process_cpu_count", raising=False)  # before 3.13
    monkeypatch.setattr(playtest_runs.os, "sched_getaffinity", lambda pid: {0, 3, 5}, raising=False)
    assert playtest_runs.usable_cores() == 3
    assert playtest_runs.auto_jobs(100_000) == 3
    assert (
        playtest_runs.auto_jobs(2 * playtest_runs.BATCH) == 1
    )  # a worker would not pay for itself
    assert playtest_runs.auto_jobs(10) == 1


def test_usable_cores_asks_python_where_it_can_then_the_affinity_then_the_machine(monkeypatch):
    monkeypatch.setattr(playtest_runs.os, "process_cpu_count", lambda: 5, raising=False)
    assert playtest_runs.usable_cores() == 5  # Python 3.13+: affinity and PYTHON_CPU_COUNT
    monkeypatch.delattr(playtest_runs.os, "process_cpu_count")
    monkeypatch.delattr(playtest_runs.os, "sched_getaffinity", raising=False)  # not on Linux
    monkeypatch.setattr(playtest_runs.os, "cpu_count", lambda: 7)
    assert playtest_runs.usable_cores() == 7


def test_batch_tallies_merged_in_order_make_the_report_of_one_tally(tutorial):
    """What a worker sends back (a tally of its batch) loses nothing: merged in run order, the
    tallies give the report that adding every result to one tally gives, errors included."""
    results = playtest_runs.run_many(tutorial, 300, seed=5, mode="coverage")
    failed = [
        playtest.RunResult(i, i, None, 0, 3, 600, (), (), (), f"ValueError: {i}", ("recess",))
        for i in range(300, 330)
    ]
    results += failed  # more errors than the report keeps whole: the first ones are kept
    whole = playtest_report.Tally()
    for result in results:
        whole.add(result)
    merged = playtest_report.Tally()
    for start in range(0, len(results), 37):  # batches of an odd size
        part = playtest_report.Tally()
        for result in results[start : start + 37]:
            part.add(result)
        merged.merge(part)
    assert merged.report(tutorial, 1.0, 5, "coverage") == whole.report(tutorial, 1.0, 5, "coverage")
    assert [e.index for e in merged.errors] == list(range(300, 300 + playtest_report.KEPT_ERRORS))
    assert merged.error_count == 30 and merged.actions == whole.actions > 0


@pytest.mark.parametrize("mode", ["uniform", "coverage"])
def test_the_tally_is_the_same_in_one_process_or_three(tutorial, mode):
    """The report's path (workers send tallies) against one process, over more runs than one
    round of coverage and a number of runs that is no multiple of a batch."""
    runs = 2 * playtest.ROUND + 45
    one = playtest_runs.tally_runs(tutorial, runs, seed=4, jobs=1, mode=mode)
    three = playtest_runs.tally_runs(tutorial, runs, seed=4, jobs=3, mode=mode)
    assert one.runs == three.runs == runs
    assert one.report(tutorial, 1.0, 4, mode) == three.report(tutorial, 1.0, 4, mode)
    assert one == three


def test_the_report_is_the_same_whatever_the_jobs(capsys):
    reports = []
    for jobs in ("1", "2", "auto"):
        assert main(["playtest", "vienna-2022", "--runs", "300", "--jobs", jobs, "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
        del data["seconds"], data["runs_per_second"]
        reports.append(data)
    assert reports[0] == reports[1] == reports[2]
