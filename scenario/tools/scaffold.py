"""`chair new NAME`: a small scenario folder that passes `chair check` and can be played at once.

The scaffold is deliberately complete rather than empty: two delegations on one issue, a measure
with a zone of agreement and one without, a framing, a statement, a reaction, an event, three
endings and a score, and a seed text with a quoted passage, so that an author sees every part of
the format working before changing anything.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from pathlib import Path

from ..format.atomic import atomic_write
from ..format.diagnostics import Location, ScenarioError, display_path
from ..format.schema import schema_for

_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
MAX_PATH_PARTS = 64
MAX_PATH_BYTES = 1024


def scaffold(target: Path, schema_dir: Path | None) -> list[Path]:
    """Create the scenario folder `target`; refuse if it exists. Returns the files written.

    The YAML files point editors at the JSON Schemas in `schema_dir`; without one (an installed
    copy with no content folder), the schemas are written into the new folder.
    """
    if not _NAME.fullmatch(target.name):
        raise ScenarioError.at(
            Location(str(target)),
            "a scenario name is up to 40 lower-case letters, digits, '_' or '-', "
            "starting with a letter or digit",
        )
    if len(target.parts) > MAX_PATH_PARTS or len(os.fsencode(target)) > MAX_PATH_BYTES:
        raise ScenarioError.at(
            Location(str(target)[:60] + "..."),
            f"the path is too long (at most {MAX_PATH_PARTS} folders and {MAX_PATH_BYTES} bytes)",
        )
    if target.exists() or target.is_symlink():  # a dangling symlink is there too
        raise ScenarioError.at(
            Location(display_path(target)), "already exists; choose another name"
        )
    try:
        files = _files(target, schema_dir)
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop on the way
        raise ScenarioError.at(
            Location(display_path(target)), f"cannot create the scenario here: {exc}"
        ) from None
    return _write_all(target, files)


def _files(target: Path, schema_dir: Path | None) -> dict[str, str]:
    """The scaffold's files, by their path inside the new folder."""
    files: dict[str, str] = {}
    if schema_dir is None or not (schema_dir / "scenario.schema.json").is_file():
        schema_dir = target
        for part in ("scenario", "delegation"):
            files[f"{part}.schema.json"] = json.dumps(schema_for(part), indent=2) + "\n"
    title = target.name.replace("-", " ").replace("_", " ").capitalize()
    files |= {
        "scenario.yaml": SCENARIO.format(
            schema=_schema_line(schema_dir, "scenario", target), title=title
        ),
        "delegations/north.yaml": NORTH.format(
            schema=_schema_line(schema_dir, "delegation", target / "delegations")
        ),
        "delegations/south.yaml": SOUTH.format(
            schema=_schema_line(schema_dir, "delegation", target / "delegations")
        ),
        "seeds/source.txt": SEED,
        "README.md": README.format(name=target.name),
        "scripts/example.yaml": SCRIPT,
    }
    return files


def _write_all(target: Path, files: dict[str, str]) -> list[Path]:
    """Write the folder whole or not at all.

    The files are written into a hidden folder beside the target, which is renamed into place at
    the end; on any failure it is removed, with any parent folders made for it, so a failed
    `chair new` leaves nothing behind and can simply be run again.
    """
    made: list[Path] = []
    try:
        for folder in _missing_parents(target.parent):
            folder.mkdir()
            made.append(folder)
        staging = Path(
            tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".new", dir=target.parent)
        )
        try:
            for relative, text in files.items():
                atomic_write(staging / relative, text.encode("utf-8"))
            os.rename(staging, target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    except OSError as exc:
        for folder in reversed(made):
            try:
                folder.rmdir()
            except OSError:
                break
        raise ScenarioError.at(
            Location(display_path(target)),
            f"cannot create the scenario: {exc.strerror or exc}",
        ) from None
    return [target / relative for relative in files]


def _missing_parents(folder: Path) -> list[Path]:
    """The folders to create, outermost first (iteratively: a path can be deep)."""
    missing = []
    while not folder.exists() and not folder.is_symlink() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return list(reversed(missing))


def _schema_line(schema_dir: Path, part: str, file_dir: Path) -> str:
    """The first line that points yaml-language-server at a schema, relative to the file."""
    relative = os.path.relpath(schema_dir.resolve() / f"{part}.schema.json", file_dir.resolve())
    return f"# yaml-language-server: $schema={Path(relative).as_posix()}\n"


SEED = """\
The two provinces of North and South have quarrelled over the river between them for years.
Monitors on the bridge report every incident to the regional organisation.
"""

SCENARIO = """\
{schema}# A new scenario: edit freely, then run `chair check` on this folder.
format: 2
title: "{title}"
subtitle: "A small crisis to start from"
seeds:
  - seeds/source.txt

chair:
  name: "The Chair"
  role: "Chair of the regional organisation"

clock:
  date: "Monday"
  start: "09:00"
  end: "13:00"

briefing:
  - title: "The situation"
    text: "North and South quarrel over the river. Monitors on the bridge report every incident."
    source: "Monitors on the bridge report every incident to the regional organisation."
    said_by: article
    use: context

meters:
  tension:
    label: "Tension"
    start: 60
    good: low
  incidents:
    label: "Incidents"
    unit: "a day"
    min: 0
    max: 100
    start: 12
    good: low

voices:
  monitors:
    name: "The bridge monitors"

issues:
  river:
    title: "the river"
    low: "North controls the river"
    high: "South controls the river"
    status_quo: 50

measures:
  joint_patrols:
    title: "Joint patrols on the bridge"
    summary: "Both sides patrol together; neither gains the river."
    lands: {{ river: 50 }}
    effects:
      - "tension -= 10"
      - "incidents -= 6"
  river_to_north:
    title: "The river to North"
    summary: "Gives North what it wants, and South cannot accept it."
    lands: {{ river: 5 }}

framings:
  shared_river:
    title: "A river both can use"
    summary: "Makes the question of control matter less to both."
    salience: {{ river: 0.6 }}
    effects:
      - "tension -= 2"

statements:
  calm:
    title: "An appeal for calm"
    summary: "Helps a little, once."
    text: "The Chair asks both sides to refrain from any step that raises tension."
    effects:
      - "tension -= 3"

reactions:
  - id: south_objects
    on: propose
    target: river_to_north
    say:
      - speaker: south
        text: "South will never accept this."
    effects:
      - "tension += 5"

events:
  - id: morning_report
    title: "The monitors report"
    at: "10:00"
    say:
      - speaker: monitors
        text: "Twelve incidents on the bridge since yesterday."
        source: "Monitors on the bridge report every incident"
        said_by: article
        use: context

endings:
  - id: walkout
    title: "A delegation walks out"
    tone: bad
    when: "walkouts > 0"
    score_cap: 30
    debrief: "Someone left the table. Consult before you table, and keep red lines off the agenda."
  - id: agreement
    title: "Joint patrols agreed"
    tone: good
    at_close: true
    when: "adopted.joint_patrols"
    debrief: "Both sides agreed to patrol the bridge together: a small step, but a real one."
  - id: stalemate
    title: "No agreement"
    tone: mixed
    at_close: true
    debrief: "The day ended without agreement."

score:
  components:
    - id: tension
      label: "Tension down"
      weight: 50
      value: "(60 - tension) / 20"
    - id: agreements
      label: "Agreements"
      weight: 30
      value: "agreements"
    - id: table
      label: "Everyone at the table"
      weight: 20
      value: "present_count / 2"
  grades:
    - {{ min: 70, grade: "A", label: "Well chaired" }}
    - {{ min: 40, grade: "B", label: "Some progress" }}
    - {{ min: 0, grade: "C", label: "Little progress" }}

model:
  tension: tension
"""

NORTH = """\
{schema}name: "Province of North"
short: "North"
summary: "North wants control of the river, but values calm on the bridge."
trust: 50
patience: 60
positions:
  river:
    position: 10
    salience: 0.8
    reservation: 50
    red_line: 80
floor:
  - text: "The river has always been ours."
consult:
  - text: "We could live with joint patrols, if no one calls it a concession."
"""

SOUTH = """\
{schema}name: "Province of South"
short: "South"
summary: "South will not let North control the river."
trust: 50
patience: 55
positions:
  river:
    position: 90
    salience: 1.0
    reservation: 50
    red_line: 20
floor:
  - text: "South will not be cut off from the river."
consult:
  - text: "Patrols, together, on the bridge: that we could sign today."
walkout:
  text: "The delegation of South leaves the room."
"""

SCRIPT = """\
# An example script: chair run <this folder> --script scripts/example.yaml
seed: 1
actions:
  - consult: south
  - frame: shared_river
  - propose: joint_patrols
  - consensus: joint_patrols
  - adjourn
"""

README = """\
# {name}

A scenario for The Chair, made with `chair new`. Edit the YAML files, then:

    chair check {name}           # errors and warnings, with file, line and column
    chair play {name} --watch    # play it; edits reload as you save
    chair playtest {name}        # is it balanced? what never happens?

Write here what the scenario is based on (the texts in `seeds/`), and which numbers are your own
modelling and why. See docs/authoring.md in The Chair's repository for the format.
"""
