"""The game's only source of chance: SplitMix64, its state kept inside the game state.

The generator's 64-bit state is a slot of the state tuple, so every draw depends only on the
seed and on the draws before it (that is, on the history of the game) and never on the
process, the clock, or Python's per-process string hashing. SplitMix64 is tiny, well mixed,
and the same in every language, which keeps a transcript reproducible anywhere.
"""

from __future__ import annotations

import hashlib
import struct

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
    opening draws all its hidden values this way.

    The numbers are `keyed`'s to the bit, but SplitMix64's mixing is done for all the names at
    once: each name's 64-bit value sits in a 128-bit lane of one long integer, so that every
    shift, xor and multiplication is one operation on the whole row instead of one per name
    (a product of two 64-bit numbers fits in its lane; the bits a shift brings in from the next
    lane are masked off before they could spread). This halves the cost of an opening, which
    is a sixth of a playtest's time."""
    lanes = _lanes(len(names))
    copy = hashlib.blake2b(f"{seed & MASK}:".encode(), digest_size=8).copy
    digests: list[bytes] = []
    add = digests.append
    for name in names:
        h = copy()
        h.update(name)
        add(h.digest())
    z = int.from_bytes(_ZEROS + _ZEROS.join(digests), "big")  # lane i: 8 zero bytes, digest i
    masks = lanes.masks
    z = ((z ^ seeded(seed) * lanes.ones) + lanes.golden) & masks  # as `draw` does
    z = (((z ^ (z >> 30)) & masks) * 0xBF58476D1CE4E5B9) & masks
    z = (((z ^ (z >> 27)) & masks) * 0x94D049BB133111EB) & masks
    z = ((z ^ (z >> 31)) >> 11) & lanes.top  # each lane's 53 high bits, as `draw` keeps them
    return list(map(_SCALE.__rtruediv__, lanes.unpack(z.to_bytes(16 * len(names), "big"))))


_ZEROS = bytes(8)
_SCALE = 9007199254740992.0  # 2**53, as in `draw`


class _Lanes:
    """The constants of `keyed_many` for a row of `count` lanes of 128 bits."""

    __slots__ = ("golden", "masks", "ones", "top", "unpack")

    def __init__(self, count: int) -> None:
        self.ones = int.from_bytes(((1).to_bytes(16, "big")) * count, "big")  # 1 in each lane
        self.masks = self.ones * MASK  # the low 64 bits of each lane
        self.golden = self.ones * _GOLDEN
        self.top = self.ones * ((1 << 53) - 1)
        self.unpack = struct.Struct(">" + "8xQ" * count).unpack  # the low half of each lane


_LANES: dict[int, _Lanes] = {}


def _lanes(count: int) -> _Lanes:
    found = _LANES.get(count)
    if found is None:
        found = _LANES[count] = _Lanes(count)
    return found


def keyed(seed: int, name: str) -> float:
    """A number in [0, 1) for one named draw of a game: a stream of its own, keyed on the seed
    and a stable name (blake2b, never Python's per-process `hash()`), so that adding a draw
    elsewhere, or playing the game differently, never changes what this one gives."""
    digest = hashlib.blake2b(f"{seed & MASK}:{name}".encode(), digest_size=8).digest()
    _, number = draw(seeded(seed) ^ int.from_bytes(digest, "big"))
    return number
