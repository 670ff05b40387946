"""Labels cut to fit at a word boundary, with an ellipsis: "Russian troops at…", not "Russian troops at Ukraine…" cut mid-name.

A label cut in the middle of a word can say something else ("Eastern allies (caucu…"); cut
between words it says less, but nothing wrong. Wherever the app cuts a label, the full text is a
hover away (a tooltip) or in the dossier and the agenda.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content

ELLIPSIS = "…"
_TRAILING = " ,;:·-–—(/"
"""What a cut label does not end on before its ellipsis."""


def cut_at(text: str, width: int) -> int:
    """How many characters of `text` to keep so that they and an ellipsis fit in `width` cells,
    ending between words where a word boundary leaves at least half the room used."""
    room = max(0, width - 1)
    keep = 0
    used = 0
    for index, char in enumerate(text):
        used += cell_len(char)
        if used > room:
            break
        keep = index + 1
    boundary = text.rfind(" ", 0, keep + 1)
    if boundary > 0 and boundary * 2 >= keep:
        keep = boundary
    while keep > 0 and text[keep - 1] in _TRAILING:
        keep -= 1
    return keep


def cut(text: str, width: int) -> str:
    """`text` if it fits in `width` cells, else its first words and an ellipsis."""
    if cell_len(text) <= width:
        return text
    if width <= 1:
        return ELLIPSIS[:width]
    return text[: cut_at(text, width)] + ELLIPSIS


def cut_content(content: Content, width: int) -> Content:
    """As `cut`, keeping the styles of the words kept; the ellipsis takes the last one's."""
    if content.cell_length <= width:
        return content
    if width <= 1:
        return Content(ELLIPSIS[:width])
    keep = cut_at(content.plain, width)
    kept = content[:keep]
    style = kept.spans[-1].style if kept.spans and kept.spans[-1].end >= keep else ""
    return Content.assemble(kept, (ELLIPSIS, style) if style else ELLIPSIS)


def lines(text: str, width: int, count: int = 2) -> list[str]:
    """`text` wrapped between words into at most `count` lines of `width` cells, the last cut
    with an ellipsis if the text goes on."""
    result: list[str] = []
    rest = text.strip()
    while rest and len(result) < count - 1 and cell_len(rest) > width:
        keep = cut_at(rest + " ", width + 1)  # room for the whole line: no ellipsis here
        boundary = rest.rfind(" ", 0, keep + 1)
        keep = boundary if boundary > 0 else keep
        if keep <= 0:
            break
        result.append(rest[:keep].rstrip())
        rest = rest[keep:].strip()
    if rest:
        result.append(cut(rest, width))
    return result
