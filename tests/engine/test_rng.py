"""The generator's keyed streams: `keyed_many`, which mixes a whole row of names at once in
lanes of one long integer, gives `keyed`'s numbers to the bit, for any seed and any count of
names (every saved game's hidden values depend on it)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from scenario.engine import rng

NAMES = st.lists(st.text(min_size=1, max_size=30), max_size=60)


@given(st.integers(-(2**80), 2**80), NAMES)
def test_keyed_many_is_keyed_for_each_name(seed, names):
    encoded = tuple(name.encode() for name in names)
    assert rng.keyed_many(seed, encoded) == [rng.keyed(seed, name) for name in names]


def test_keyed_many_at_the_edges_of_the_lanes():
    """Seeds whose mixing sets the top bits of a lane, where a shift or a carry would spill
    into the next one if the lanes were not masked."""
    names = tuple(f"delegation{i}.issue.red_line" for i in range(40))
    encoded = tuple(name.encode() for name in names)
    for seed in (*range(2000), 2**64 - 1, 2**64, -1, -(2**63)):
        assert rng.keyed_many(seed, encoded) == [rng.keyed(seed, name) for name in names]


def test_the_numbers_of_a_known_game_never_change():
    """Pinned values: a change to either function that changed the numbers would change every
    saved game's hidden truth."""
    numbers = rng.keyed_many(7, (b"russia.open_door.red_line", b"event.border_incident"))
    assert numbers == [0.1520118151036054, 0.3250808016300205]
    assert rng.keyed(7, "russia.open_door.red_line") == 0.1520118151036054
