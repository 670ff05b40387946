"""The lean step (`advance`, and `advance_in_place` on one list for a whole game) reaches
exactly the states `step` reaches, and keeps exactly the spoken entries of `step`'s transcript;
a playtest run read from it equals one read from the full transcript."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scenario.engine import lean
from scenario.engine.compiler import load_content
from scenario.engine.content import Content
from scenario.engine.game import (
    SPOKEN,
    advance,
    advance_in_place,
    legal_actions,
    new_state,
    state_hash,
    step,
)
from scenario.engine.layout import ADOPTED, ENDED
from scenario.engine.scoring import score, score_total
from scenario.tools import playtest
from scenario.tools.playtest_runs import run_many
from tests.conftest import ROOT, TUTORIAL, VIENNA

SCENARIOS = {
    "vienna-2022": load_content(VIENNA),  # drawn values, varied writing, chance decided once
    "tutorial": load_content(TUTORIAL),
    "brussels-2022": load_content(ROOT / "content" / "brussels-2022"),  # blocs, a party chair
    "format1-vienna": load_content(ROOT / "tests" / "fixtures" / "format1" / "vienna-2022"),
}


def test_the_scenarios_compared_exercise_every_shortcut_of_the_lean_step():
    """The comparisons below mean something only if some scenario has what the lean step
    treats apart: lines in variants (rules' and delegations'), red lines drawn per game, chances
    decided at the opening, events timed in order and not."""
    vienna, tutorial = SCENARIOS["vienna-2022"].tables, SCENARIOS["tutorial"].tables
    assert vienna.rules.variants and vienna.fates and vienna.draws
    assert any(
        line[3] is not None
        for found in vienna.red_lines.values()
        for _, lines in found
        for line in lines
    )
    assert any(
        s.line.texts is not None and len(s.line.texts) > 1
        for d in SCENARIOS["vienna-2022"].delegations
        for s in d.floor
    )
    assert vienna.rules.timed and tutorial.rules.timed
    assert not SCENARIOS["format1-vienna"].tables.rules.timed  # events looked at one by one
    assert any(e[0] is not None for e in SCENARIOS["format1-vienna"].tables.rules.events)


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_lean_and_full_steps_reach_the_same_states(name):
    content = SCENARIOS[name]
    chooser = random.Random(20261129)
    steps = 0
    for seed in range(150):
        full = lean = bare = new_state(content, seed)
        held = list(full)  # one list for the whole game, as a playtest plays it
        while not full[ENDED]:
            options = legal_actions(content, full)
            action = options[-1] if chooser.random() < 0.03 else chooser.choice(options[:-1])
            full, entries = step(content, full, action)
            spoken: list = []
            lean = advance(content, lean, action, spoken)
            bare = advance(content, bare, action)
            in_place: list = []
            advance_in_place(content, held, action, in_place)
            assert lean == full == bare == tuple(held), (name, seed, steps, str(action))
            assert state_hash(lean) == state_hash(full)
            assert spoken == in_place == [e for e in entries if e.kind in SPOKEN]
            steps += 1
    assert steps > 1000  # enough games of enough length to mean something


@given(
    st.sampled_from(sorted(SCENARIOS)),
    st.integers(0, 2**64),
    st.lists(st.integers(0, 10_000), max_size=60),
)
def test_any_legal_game_is_the_same_by_either_step(name, seed, choices):
    content = SCENARIOS[name]
    full = lean = new_state(content, seed)
    held = list(full)
    for choice in choices:
        if full[ENDED]:
            break
        options = legal_actions(content, full)
        action = options[choice % len(options)]
        full, entries = step(content, full, action)
        spoken: list = []
        lean = advance(content, lean, action, spoken)
        advance_in_place(content, held, action)
        assert state_hash(lean) == state_hash(full) == state_hash(tuple(held))
        assert spoken == [e for e in entries if e.kind in SPOKEN]


def _run_from_transcript(content: Content, index: int, seed: int) -> playtest.RunResult:
    """A uniform playtest run as it was read before the lean step: from `step`'s transcript."""
    game_seed = playtest.run_seed(seed, index)
    chooser = random.Random(game_seed)
    state = new_state(content, game_seed)
    taken, used = [], Counter()
    index_of = {d.id: d.index for d in content.delegations}
    walked: set[int] = set()
    answered = [0] * len(content.delegations)
    blocked = [0] * len(content.delegations)
    said: set[str] = set()
    while not state[ENDED]:
        options = legal_actions(content, state)
        if chooser.random() < playtest.ADJOURN_CHANCE:
            action = options[-1]
        else:
            action = chooser.choice(options[:-1])
        used[action.verb, action.target] += 1
        taken.append(action)
        state, out = step(content, state, action)
        for entry in out:
            if entry.kind == "answer":
                answered[index_of[entry.speaker]] += 1
                blocked[index_of[entry.speaker]] += entry.answer == "blocks"
            elif entry.kind in ("speech", "private"):
                said.add(entry.text)
            elif entry.kind == "walkout":
                walked.add(index_of[entry.ref])
    rules = content.all_rules()
    return playtest.RunResult(
        index=index,
        seed=game_seed,
        ending=content.endings[state[ENDED] - 1].id,
        score=score(content, state).total,
        actions=len(taken),
        clock=state[0],
        fired=tuple(i for i, rule in enumerate(rules) if state[rule.slot]),
        adopted=tuple(m.index for m in content.measures if state[m.base + ADOPTED]),
        chosen=tuple((a.verb, a.target) for a in taken),
        walked=tuple(sorted(walked)),
        answered=tuple(answered),
        blocked=tuple(blocked),
        meters=tuple(state[m.slot] for m in content.meters.values()),
        said=frozenset(said),
    )


@pytest.mark.parametrize("name", ["vienna-2022", "tutorial"])
def test_a_playtest_run_reads_the_same_from_the_lean_step(name):
    content = SCENARIOS[name]
    runs = run_many(content, 120, seed=11)
    assert any(sum(r.answered) for r in runs)  # roll-calls were taken, lines were said
    assert any(r.said for r in runs)
    for run in runs:
        assert run == _run_from_transcript(content, run.index, 11)


@pytest.mark.parametrize("name", ["vienna-2022", "tutorial", "format1-vienna"])
def test_the_total_alone_is_the_score_cards_total_in_every_state(name):
    """Playtest reads `score_total`, which skips the card: at every state of random games,
    endings with a cap among them, it must give the card's total."""
    content = SCENARIOS[name]
    capped = 0
    for game in range(150):
        chooser = random.Random(game)
        state = new_state(content, game)
        while True:
            card = score(content, state)
            assert score_total(content, state) == card.total
            capped += card.capped is not None
            if state[ENDED]:
                break
            state = advance(content, state, chooser.choice(legal_actions(content, state)))
    if name == "vienna-2022":
        assert capped, "no game reached a capped ending: the cap is untested"


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_the_generated_lean_steps_hold_no_authored_text(name):
    """Ids, lines and conditions enter the code `lean` writes as objects, by name: no string
    literal is ever written into it (see `lean`)."""
    content = SCENARIOS[name]
    for key in content.tables.legality.by_key:
        source = lean.generate(content, key)[1]
        assert "'" not in source and '"' not in source, key
