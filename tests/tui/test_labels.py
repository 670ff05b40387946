"""Labels cut at word boundaries: never wider than the room, always a prefix and an ellipsis."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.content import Content

from tui.labels import cut, cut_content

WORDS = st.lists(st.sampled_from(["NATO", "allies", "(caucus)", "Ukraine's", "—", "长城", "a"]))


@given(WORDS.map(" ".join), st.integers(0, 40))
def test_a_cut_label_fits_and_begins_as_the_label_does(text: str, width: int):
    shown = cut(text, width)
    assert cell_len(shown) <= width
    if cell_len(text) <= width:
        assert shown == text
    elif width > 1:
        assert shown.endswith("…") and text.startswith(shown[:-1])
    assert cut_content(Content(text), width).plain == shown


def test_labels_are_cut_between_words():
    assert cut("Eastern allies (caucus)", 20) == "Eastern allies…"
    assert cut("Russian troops at Ukraine's border", 26) == "Russian troops at…"
    assert cut("A timetable for further talks within the OSCE", 28) == "A timetable for further…"
    assert cut("Supercalifragilistic", 8) == "Superca…"  # one long word: cut inside it
