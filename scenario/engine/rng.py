"""The game's only source of chance: SplitMix64, its state kept inside the game state.

The generator's 64-bit state is a slot of the state tuple, so every draw depends only on the
seed and on the draws before it (that is, on the history of the game) and never on the
process, the clock, or Python's per-process string hashing. SplitMix64 is tiny, well mixed,
and the same in every language, which keeps a transcript reproducible anywhere.
"""

from __future__ import annotations

import hashlib

MASK = (1 << 64) - 1
GOLDEN = _GOLDEN = 0x9E3779B97F4A7C15
"""SplitMix64's increment: a draw whose number is not read adds it (`skip`), which the
generated lean step (`lean`) writes out."""


def seeded(seed: int) -> int:
    """The generator's state for a game seed (any integer, negative or huge)."""
    state, _ = _next(seed & MASK)
    return state ^ 0x5EED


def draw(state: int) -> tuple[int, float]:
    """The next state and a number in [0, 1)."""
    state, z = _next(state)
    return state, (z >> 11) / 9007199254740992.0  # 2**53


def skip(state: int) -> int:
    """The state after a draw whose number is not read (`draw`'s state, without its number)."""
    return (state + _GOLDEN) & MASK


def _next(state: int) -> tuple[int, int]:
    state = (state + _GOLDEN) & MASK
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return state, z ^ (z >> 31)


def keyed_many(seed: int, names: tuple[bytes, ...]) -> list[float]:
    """`keyed(seed, name)` for each name (given encoded), the prefix hashed once: a game's
    opening draws all its hidden values this way (the same numbers, a third of the time)."""
    masked = seed & MASK
    copy = hashlib.blake2b(f"{masked}:".encode(), digest_size=8).copy
    base = seeded(seed)
    mask, from_bytes = MASK, int.from_bytes  # locals: a new game spends its opening in this loop
    numbers = []
    for name in names:
        h = copy()
        h.update(name)
        z = ((base ^ from_bytes(h.digest(), "big")) + _GOLDEN) & mask  # as `draw` does
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & mask
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
        numbers.append(((z ^ (z >> 31)) >> 11) / 9007199254740992.0)
    return numbers


def keyed(seed: int, name: str) -> float:
    """A number in [0, 1) for one named draw of a game: a stream of its own, keyed on the seed
    and a stable name (blake2b, never Python's per-process `hash()`), so that adding a draw
    elsewhere, or playing the game differently, never changes what this one gives."""
    digest = hashlib.blake2b(f"{seed & MASK}:{name}".encode(), digest_size=8).digest()
    _, number = draw(seeded(seed) ^ int.from_bytes(digest, "big"))
    return number
