"""What balancing needs: rates per ending, measure, reaction and delegation; meters at the close;
the exploits the search reports; and the API to measure a line across seeds."""

from __future__ import annotations

import json

import pytest

from chair.cli import main
from scenario.engine.compiler import load_content
from scenario.engine.game import new_state, step
from scenario.engine.layout import ENDED
from scenario.engine.scoring import score
from scenario.tools import playtest, playtest_report, playtest_runs, search
from tests.conftest import TUTORIAL


@pytest.fixture(scope="module")
def tutorial():
    return load_content(TUTORIAL)


@pytest.fixture(scope="module")
def report(tutorial):
    return playtest.playtest(tutorial, 200, seed=3, progress=False)


def test_rates_agree_with_the_counts(tutorial, report):
    for ending, found in report["endings"].items():
        assert report["rates"]["endings"][ending] == found["share"]
    for kind in ("measures_adopted", "reactions_fired", "events_fired"):
        assert all(0 <= rate <= 1 for rate in report["rates"][kind].values())
    never = report["never_fired"]
    for measure, rate in report["rates"]["measures_adopted"].items():
        assert (rate == 0) == (measure in never["measures_never_adopted"])
    for reaction, rate in report["rates"]["reactions_fired"].items():
        assert (rate == 0) == (reaction in never["reactions"])


def test_walkouts_and_blocks_per_delegation(tutorial, report):
    runs = playtest_runs.run_many(tutorial, 200, seed=3)
    for d in tutorial.delegations:
        walked = sum(d.index in r.walked for r in runs) / 200
        assert report["delegations"][d.id]["walkout_rate"] == round(walked, 4)
        found = report["delegations"][d.id]
        assert 0 <= found["block_rate"] <= 1 and found["answers"] >= 0
    walkout_games = report["endings"]["walkout"]["count"]
    assert walkout_games <= sum(
        round(report["delegations"][d.id]["walkout_rate"] * 200) for d in tutorial.delegations
    )


def test_meters_at_the_close_are_distributions_within_range(tutorial, report):
    for meter_id, found in report["meters_at_close"].items():
        meter = tutorial.meters[meter_id]
        assert meter.min <= found["min"] <= found["median"] <= found["max"] <= meter.max
    assert report["distinct_lines"] > 3


def test_the_text_report_shows_the_new_figures(report):
    text = playtest_report.text_report(report)
    for heading in (
        "Rates: measures adopted",
        "walked out",
        "Meters at the close",
        "Distinct lines",
    ):
        assert heading in text


def test_search_reports_the_exploits(capsys):
    assert main(["playtest", "tutorial", "--search", "6", "--beam", "50", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    deaf = data["exploits"]["never listens (best line)"]
    easy = data["exploits"]["table the easy measures, then adjourn"]
    assert not any(a.split()[0] in ("floor", "consult") for a in deaf["actions"])
    assert deaf["score"] <= data["best"]["score"]
    assert easy["actions"][-1] == "adjourn"
    assert all(a.split()[0] in ("propose", "consensus", "adjourn") for a in easy["actions"])
    assert main(["playtest", "tutorial", "--search", "6", "--beam", "50"]) == 0
    assert "never listens (best line)" in capsys.readouterr().out


def test_best_line_with_a_filter_and_playing_it_on_another_seed(tutorial):
    free = search.best_line(tutorial, seed=0, depth=6, beam=50)
    deaf = search.best_line(tutorial, seed=0, depth=6, beam=50, allow=search.never_listens)
    assert deaf.score <= free.score
    assert not any(a.verb in ("floor", "consult") for a in deaf.actions)
    again = search.play_line(tutorial, free.actions, seed=0)
    assert again.score == free.score and again.actions == free.actions
    elsewhere = search.play_line(tutorial, free.actions, seed=5)
    assert elsewhere.actions[-1].verb == "adjourn" or elsewhere.ending


def test_play_line_adjourns_where_an_action_is_not_legal(tutorial):
    line = search.play_line(tutorial, ["consensus hotline", "recess"], seed=0)
    assert [str(a) for a in line.actions] == ["adjourn"]
    state = new_state(tutorial, 0)
    state, _ = step(tutorial, state, "adjourn")
    assert state[ENDED] and line.score == score(tutorial, state).total


def test_the_depth_figures_of_a_broken_scenario_are_its_diagnostics(scenario_copy, capsys):
    """`python -m benchmarks.balance` on a scenario that does not check says where, like `check`."""
    from benchmarks import balance

    folder = scenario_copy("tutorial")
    with (folder / "scenario.yaml").open("a", encoding="utf-8") as f:
        f.write("  - : [\n")
    assert balance.main([str(folder), "--beam", "2", "--seeds", "1", "--others", "2"]) == 2
    err = capsys.readouterr().err
    assert "scenario.yaml:" in err and ": error: YAML syntax" in err
    assert "Traceback" not in err
