"""A chair who is also a party, and blocs that decide as one (opt-in format features)."""

from __future__ import annotations

import pytest

from scenario import Game
from scenario.engine.compiler import check_scenario, load_content
from scenario.engine.negotiation import flexibility_terms
from tests.conftest import CONTENT


@pytest.fixture(scope="module")
def brussels():
    return load_content(CONTENT / "brussels-2022")


def test_the_chair_says_whom_it_speaks_for(brussels):
    game = Game(brussels, 1)
    assert "The chair also speaks for NATO allies." in game.transcript[0].text
    assert brussels.chair_side("usa") and brussels.chair_side("eastern")
    assert brussels.chair_side("russia") is False


def test_a_party_chair_is_discounted_by_the_other_side(brussels):
    game = Game(brussels, 1)
    terms = {
        d: flexibility_terms(brussels, game.state, brussels.delegation(d))
        for d in ("russia", "usa")
    }
    assert terms["russia"]["partisan"] == -0.15
    assert terms["usa"]["partisan"] == 0.15
    assert "unity" in terms["usa"] and "unity" not in terms["russia"]


def test_neutral_chairs_have_no_partisan_term():
    vienna = load_content(CONTENT / "vienna-2022")
    game = Game(vienna, 1)
    terms = flexibility_terms(vienna, game.state, vienna.delegation("russia"))
    assert "partisan" not in terms and "unity" not in terms
    assert vienna.numbers.party is None and vienna.blocs == ()


def test_the_alliance_blocks_as_one(brussels):
    game = Game(brussels, 2)
    for action in ("consult usa", "consult allies", "propose flank_withdrawal"):
        game.act(action)  # heard, Washington and the allies would let it pass on their own
    entries = game.act("consensus flank_withdrawal")  # across the eastern allies' red line
    said = {}
    for e in entries:
        if e.kind == "answer":
            said.setdefault(e.speaker, []).append((e.answer, e.text))
    assert said["eastern"] == [("blocks", said["eastern"][0][1])]
    for member, pronoun in (("usa", "it stands"), ("allies", "they stand")):
        own, bloc = said[member]
        assert own[0] in ("supports", "acquiesces")
        assert bloc == (
            "blocks",
            f"{pronoun} with the new eastern members: the Alliance decides as one",
        )
    assert game.read("blocked.usa") and game.read("blocked.allies")


def test_a_split_vote_costs_unity(brussels):
    game = Game(brussels, 2)
    before = game.read("unity")
    game.act("propose flank_withdrawal")
    after_table = game.read("unity")  # tabling Moscow's demand costs unity by itself
    entries = game.act("consensus flank_withdrawal")
    supported = [e.speaker for e in entries if e.kind == "answer" and e.answer == "supports"]
    split = any(s in ("usa", "allies") for s in supported)
    assert after_table < before
    assert game.read("unity") == max(0, after_table - (8 if split else 0))


def test_bloc_members_and_party_are_checked(scenario_copy):
    folder = scenario_copy("brussels-2022")
    path = folder / "scenario.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("party: allies", "party: alies").replace(
        "members: [usa, allies, eastern]", "members: [usa, allies, eastren]"
    )
    path.write_text(text, encoding="utf-8")
    messages = [str(d) for d in check_scenario(folder).errors]
    assert any("scenario.yaml:" in m and "alies" in m for m in messages)
    assert any("eastren" in m for m in messages)
