"""Take the README's screenshots of the table: `python docs/screenshots/take_screenshots.py after`.

Plays vienna-2022 (seed 7) to mid-morning, exports the screen at 100×30 and 80×24 as SVG and
converts it to PNG with `rsvg-convert` (librsvg). The SVG is told to keep its spaces, which
librsvg would otherwise drop at the start of a run of text.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
from pathlib import Path

from scenario import Game
from scenario.engine.compiler import load_content
from tui.app import ChairApp

ROOT = Path(__file__).resolve().parents[2]
ACTIONS = [
    "floor usa",
    "consult russia",
    "frame all_dimensions",
    "floor russia",
    "propose humanitarian_aid",
    "consensus humanitarian_aid",
    "propose monitor_access",
    "consensus monitor_access",
    "consult usa",
    "propose talks_timetable",
]
SIZES = [(100, 30), (80, 24)]


async def shoot(size: tuple[int, int], suffix: str) -> Path:
    with tempfile.TemporaryDirectory() as saves:
        app = ChairApp(load_content(ROOT / "content" / "vienna-2022"), seed=7, saves=Path(saves))
        async with app.run_test(size=size) as pilot:
            app.open_game(Game.replay(app.library.first, 7, ACTIONS))
            await pilot.pause()
            app.clear_notifications()
            await pilot.pause()
            svg = app.export_screenshot()
    name = Path(__file__).parent / f"table-{size[0]}x{size[1]}-{suffix}"
    vector = name.with_suffix(".svg")
    vector.write_text(svg.replace("<svg ", '<svg xml:space="preserve" ', 1), encoding="utf-8")
    try:
        subprocess.run(
            ["rsvg-convert", "-o", str(name.with_suffix(".png")), str(vector)], check=True
        )
    finally:
        vector.unlink()
    return name.with_suffix(".png")


def main() -> None:
    suffix = sys.argv[1] if len(sys.argv) > 1 else "after"
    for size in SIZES:
        print(asyncio.run(shoot(size, suffix)))


if __name__ == "__main__":
    main()
