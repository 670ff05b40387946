"""The default scenario: clean, faithful to its source, and a game that rewards good chairing."""

from __future__ import annotations

from collections import Counter

import pytest

from scenario.engine.compiler import check_scenario, load_content
from scenario.tools.playtest import run_many
from scenario.tools.scripts import play_script, read_script
from tests.conftest import VIENNA


@pytest.fixture(scope="module")
def vienna():
    return load_content(VIENNA)


def play(vienna, name: str):
    return play_script(vienna, read_script(VIENNA / "scripts" / f"{name}.yaml"))


def test_checks_clean_without_warnings():
    report = check_scenario(VIENNA)
    assert [str(d) for d in report.diagnostics] == []


def test_it_has_the_cast_and_the_size_the_article_needs(vienna):
    assert [d.id for d in vienna.delegations] == [
        "russia",
        "usa",
        "nato_allies",
        "ukraine",
        "georgia",
        "moldova",
        "eu",
    ]
    assert vienna.delegation("russia").head == "Aleksandr Grushko"
    assert vienna.delegation("usa").head == "Wendy Sherman"
    assert {"smm", "liik"} <= set(vienna.speakers)
    assert len(vienna.measures) >= 8 and len(vienna.endings) >= 5 and len(vienna.events) >= 10
    assert len(vienna.all_rules()) - len(vienna.events) >= 40
    assert {"walkout", "escalation", "stalemate", "talks_continue", "framework"} <= {
        e.id for e in vienna.endings
    }


def test_quotes_carry_their_german_source(vienna):
    quoted = [line for d in vienna.delegations for line in (s.line for s in d.floor)]
    assert sum(1 for line in quoted if line.source) >= len(quoted) * 0.8


@pytest.mark.parametrize(
    ("script", "ending", "low", "high"),
    [
        ("careless", "walkout", 0, 25),
        ("partisan", "walkout", 0, 25),
        ("moscow_leaning", "kyiv_walkout", 0, 25),
        ("skilled", "framework", 70, 100),
        ("masterful", "breakthrough", 85, 100),
    ],
)
def test_strategies_end_as_they_deserve(vienna, script, ending, low, high):
    outcome = play(vienna, script).outcome
    assert outcome.ending.id == ending
    assert low <= outcome.score.total <= high


def test_pushing_the_open_door_early_loses_the_table_before_lunch(vienna):
    game = play(vienna, "careless")
    assert game.outcome.ending.id == "walkout" and game.read("clock") < 12 * 60


def test_random_play_rarely_ends_well(vienna):
    results = run_many(vienna, 600, seed=11)
    endings = Counter(r.ending for r in results)
    good = endings["framework"] + endings["breakthrough"] + endings["talks_continue"]
    assert good / len(results) < 0.05
    assert sorted(r.score for r in results)[len(results) // 2] < 40
