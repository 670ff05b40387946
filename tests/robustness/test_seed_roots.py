"""`seeds:` reads only inside the scenario's folder and the seeds folders, never anywhere else.

A seed's text is quoted back ("the seeds match up to …"), so a seed that could name any file
would let a scenario read the machine one guess at a time. Every way out is an error at the
seed's own line, and nothing of the file outside is ever shown.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from chair.cli import main
from tests.conftest import edit

SEED_LINE = "  - ../../seeds/000_5d925ebf82e8c0f8.txt\n"


def seed_line(folder: Path) -> int:
    lines = (folder / "scenario.yaml").read_text(encoding="utf-8").splitlines(keepends=True)
    return lines.index(SEED_LINE) + 1


def check(folder: Path, capsys) -> tuple[int, str]:
    code = main(["check", "--fresh", "-q", str(folder)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


@pytest.mark.parametrize(
    "name",
    [
        "/etc/passwd",
        "/proc/self/environ",
        "../../../../../../../../etc/hostname",
        "../../../seeds-elsewhere/text.txt",
        "/dev/zero",
        "link-to-passwd.txt",  # a symlink inside the folder that leads out of it
        "seeds-link/passwd",  # a folder symlink inside the folder that leads out of it
    ],
)
def test_a_seed_outside_the_roots_is_an_error_at_its_line(scenario_copy, capsys, name):
    folder = scenario_copy("tutorial")
    (folder / "link-to-passwd.txt").symlink_to("/etc/passwd")
    (folder / "seeds-link").symlink_to("/etc")
    line = seed_line(folder)
    edit(folder / "scenario.yaml", SEED_LINE, f"  - {name}\n")
    code, err = check(folder, capsys)
    assert code == 1
    assert f"content/tutorial/scenario.yaml:{line}:5: error: seed file {name!r} is outside" in err
    assert "root:" not in err and "match up to" not in err  # nothing of the file is shown


def test_a_seed_name_with_a_nul_byte_is_an_error(scenario_copy, capsys):
    folder = scenario_copy("tutorial")
    edit(folder / "scenario.yaml", SEED_LINE, '  - "seeds/a\\0b.txt"\n')
    code, err = check(folder, capsys)
    assert code == 1 and "seed file 'seeds/a\\x00b.txt' not found" in err


def test_seeds_inside_the_roots_are_read(scenario_copy, capsys):
    folder = scenario_copy("tutorial")
    (folder / "seeds").mkdir()
    source = Path("seeds/000_5d925ebf82e8c0f8.txt")
    (folder / "seeds" / "article.txt").write_bytes(source.read_bytes())
    declared = source.with_name("000_5d925ebf82e8c0f8.attribution.yaml")  # travels with its seed
    (folder / "seeds" / "article.attribution.yaml").write_bytes(declared.read_bytes())
    edit(folder / "scenario.yaml", SEED_LINE, "  - seeds/article.txt\n")
    assert check(folder, capsys) == (0, "")


def test_the_projects_seeds_beside_content_are_allowed(scenario_copy, capsys):
    folder = scenario_copy("tutorial")  # content/tutorial quoting ../../seeds/…, as shipped
    assert check(folder, capsys) == (0, "")


def test_a_fifo_among_the_seeds_is_not_opened(scenario_copy, capsys):
    folder = scenario_copy("tutorial")
    os.mkfifo(folder / "pipe.txt")
    edit(folder / "scenario.yaml", SEED_LINE, "  - pipe.txt\n")
    code, err = check(folder, capsys)
    assert code == 1 and "'pipe.txt' is not a regular file" in err
