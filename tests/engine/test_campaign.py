"""Campaigns in the engine: the carry-over is declared, checked and located, and a day after
the first opens where the days before left it, while each scenario alone opens as always."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from scenario import Game
from scenario.engine.campaign import CampaignGame, check_campaign, load_campaign
from scenario.engine.compiler import load_content
from tests.conftest import CONTENT, ROOT

WEEK = CONTENT / "january-2022"


def script() -> dict:
    return yaml.safe_load((WEEK / "scripts" / "skilled.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def campaign():
    return load_campaign(WEEK)


def test_the_campaign_checks_clean(campaign):
    report = check_campaign(WEEK)
    assert report.diagnostics == []
    assert [d.id for d in campaign.days] == ["brussels", "vienna"]
    assert [d.content.id for d in campaign.days] == ["brussels-2022", "vienna-2022"]


def test_brussels_carries_into_vienna(campaign):
    s = script()
    week = CampaignGame.replay(campaign, s["seed"], s["days"])
    assert week.over
    brussels, vienna = week.days
    carried = week.carried[0]
    # the rule: Vienna's tension moves by half of how far Brussels moved it from 70
    expected = 72 + round((brussels.read("tension") - 70) / 2)
    assert vienna.read("tension", vienna.states[0]) == expected
    assert carried.changes["tension"] == (72, expected)
    assert brussels.read("adopted.missile_talks")
    assert vienna.read("status.missiles", vienna.states[0]) == 45
    assert any("missiles" in note for note in carried.notes)
    # the notes open the day's minutes
    assert [e.text for e in vienna.transcript[1 : 1 + len(carried.notes)]] == list(carried.notes)


def test_vienna_alone_opens_as_always(campaign):
    alone = Game(load_content(CONTENT / "vienna-2022"), 7)
    assert alone.states[0] == Game(campaign.days[1].content, 7).states[0]
    assert alone.read("tension") == 72 and alone.read("status.missiles") == 20


def test_the_week_is_scored_by_the_campaign_file(campaign):
    s = script()
    week = CampaignGame.replay(campaign, s["seed"], s["days"])
    card = week.week_score()
    b, v = (g.outcome.score.total for g in week.days)
    tension = week.days[1].read("tension")
    raw = 35 * b / 100 + 45 * v / 100 + 10 * min(1, max(0, (72 - tension) / 30)) + 10
    assert card.total == round(raw)
    assert [line.id for line in card.breakdown] == [
        "brussels",
        "vienna",
        "week_tension",
        "at_the_table",
    ]


def test_replay_is_deterministic(campaign):
    s = script()
    one = CampaignGame.replay(campaign, s["seed"], s["days"])
    two = CampaignGame.replay(campaign, s["seed"], s["days"])
    assert one.state_hash == two.state_hash and one.to_json() == two.to_json()


def test_russia_arrives_angry_after_walking_out(campaign):
    week = CampaignGame(campaign, 3)
    brussels = week.current
    for action in (  # the Alliance's demands put to the vote, again and again: Moscow leaves
        "propose withdrawal_call",
        "consensus withdrawal_call",
        "propose troops_out_call",
        "consensus troops_out_call",
        "consensus withdrawal_call",
        "consensus troops_out_call",
    ):
        if not brussels.over:
            brussels.act(action)
    if not brussels.over:
        brussels.act("adjourn")
    assert not brussels.read("present.russia")
    vienna = week.next_day()
    alone = Game(campaign.days[1].content, 3)
    assert vienna.read("patience.russia") == alone.read("patience.russia") - 20
    assert any("angry" in note for note in week.carried[0].notes)


def test_the_next_day_waits_for_the_close(campaign):
    week = CampaignGame(campaign, 1)
    with pytest.raises(ValueError):
        week.next_day()
    assert week.week_score() is None


def _copy(tmp_path: Path) -> Path:
    for name in ("brussels-2022", "vienna-2022", "january-2022"):
        shutil.copytree(CONTENT / name, tmp_path / "content" / name)
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    return tmp_path / "content" / "january-2022"


def _break(folder: Path, old: str, new: str) -> list[str]:
    path = folder / "campaign.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    line = next(i for i, row in enumerate(path.read_text().splitlines(), 1) if new in row)
    return [str(d) for d in check_campaign(folder).diagnostics], line


def test_an_unknown_name_is_located(tmp_path):
    folder = _copy(tmp_path)
    found, line = _break(folder, "(brussels.tension - 70)", "(brussels.tensoin - 70)")
    assert len(found) == 1
    assert f"campaign.yaml:{line}:" in found[0] and "tensoin" in found[0]


def test_an_earlier_day_cannot_be_changed(tmp_path):
    folder = _copy(tmp_path)
    found, line = _break(folder, '"momentum += 5"', '"brussels.tension += 5"')
    assert len(found) == 1 and f":{line}:" in found[0]
    assert "cannot be changed" in found[0]


def test_an_unknown_day_and_scenario_are_located(tmp_path):
    folder = _copy(tmp_path)
    found, line = _break(folder, "scenario: vienna-2022", "scenario: vienna-2033")
    assert any(f":{line}:" in f and "vienna-2033" in f for f in found)
    folder = _copy(tmp_path / "again")
    found, line = _break(folder, 'value: "vienna.score / 100"', 'value: "paris.score / 100"')
    assert len(found) == 1 and f":{line}:" in found[0] and "unknown day 'paris'" in found[0]
