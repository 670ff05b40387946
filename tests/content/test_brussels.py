"""Brussels: clean, faithful to its source (three people in the room may speak their own words),
and a game in which the chair who is also a party must listen to win."""

from __future__ import annotations

from collections import Counter

import pytest

from scenario import Game
from scenario.engine.compiler import check_scenario, load_content
from scenario.tools.playtest_runs import run_many
from scenario.tools.scripts import play_script, read_script
from tests.conftest import CONTENT

BRUSSELS = CONTENT / "brussels-2022"


@pytest.fixture(scope="module")
def brussels():
    return load_content(BRUSSELS)


def play(content, name: str):
    return play_script(content, read_script(BRUSSELS / "scripts" / f"{name}.yaml"))


def test_checks_clean_without_warnings():
    report = check_scenario(BRUSSELS)
    assert [str(d) for d in report.diagnostics] == []
    assert report.model.format == 2


def test_the_cast_is_the_articles(brussels):
    assert [d.id for d in brussels.delegations] == ["russia", "usa", "allies", "eastern"]
    heads = {d.id: d.head for d in brussels.delegations}
    assert heads == {
        "russia": "Aleksandr Grushko",
        "usa": "Wendy Sherman",
        "allies": None,
        "eastern": None,
    }
    assert brussels.chair.name == "Jens Stoltenberg" and brussels.numbers.party == "allies"
    assert brussels.end - brussels.start == 240  # "vier Stunden"


@pytest.mark.parametrize(
    ("script", "ending", "low", "high"),
    [
        ("article", "useful", 25, 55),
        ("deaf", "unheard", 0, 40),
        ("careless", "escalation", 0, 20),
        ("appeasing", "alliance_split", 0, 25),
        ("skilled", "series_agreed", 75, 100),
    ],
)
def test_strategies_end_as_they_deserve(brussels, script, ending, low, high):
    outcome = play(brussels, script).outcome
    assert outcome.ending.id == ending
    assert low <= outcome.score.total <= high


def test_the_articles_day_ends_as_the_article_says(brussels):
    game = play(brussels, "article")
    assert game.read("agreements") == 0 and game.read("present.russia")
    useful = [e for e in game.transcript if e.source == "nützlich"]
    assert useful and useful[0].speaker == "russia" and useful[0].use == "quote"
    assert not any(
        "weitergehen" in (e.source or "") for e in game.transcript if e.speaker == "russia"
    )


def test_random_play_reaches_many_endings_and_rarely_ends_well(brussels):
    results = run_many(brussels, 600, seed=11)
    endings = Counter(r.ending for r in results)
    assert len(endings) >= 4
    assert (endings["series_agreed"] + endings["first_steps"]) / len(results) < 0.05
    assert sorted(r.score for r in results)[len(results) // 2] < 40


def test_a_chair_who_never_listens_cannot_do_well(brussels):
    from scenario.tools.search import best_line, never_listens

    deaf = best_line(brussels, seed=1, depth=40, beam=20, allow=never_listens)
    assert deaf.score <= 60


def test_the_hidden_truth_differs_from_game_to_game(brussels):
    findings = set()
    for seed in range(8):
        game = Game.start(brussels, seed=seed)
        game.act("consult russia")
        findings.add(next(e.text for e in game.transcript if e.kind == "finding"))
    assert len(findings) >= 4
