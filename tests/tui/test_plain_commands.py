"""Reading what a player types in plain mode: numbers, script words, the mode's own words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.plain.commands import Command, as_id, parse


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("", Command("empty")),
        ("   \n", Command("empty")),
        ("3", Command("number", number=3)),
        (" 0 ", Command("number", number=0)),
        ("consult russia", Command("act", verb="consult", target="russia")),
        ("consult: russia", Command("act", verb="consult", target="russia")),
        ("CONSULT Russia", Command("act", verb="consult", target="russia")),
        ("propose monitor-access", Command("act", verb="propose", target="monitor_access")),
        ("propose monitor_access", Command("act", verb="propose", target="monitor_access")),
        ("propose monitor access", Command("act", verb="propose", target="monitor_access")),
        ("consensus: monitor-access", Command("act", verb="consensus", target="monitor_access")),
        ("recess", Command("act", verb="recess")),
        ("adjourn", Command("act", verb="adjourn")),
        ("consult", Command("choose", verb="consult")),
        ("propose 2", Command("choose", verb="propose", number=2)),
        ("help", Command("help")),
        ("?", Command("help")),
        ("status", Command("status")),
        ("source", Command("source")),
        ("save", Command("save")),
        ("save before the vote", Command("save", text="before the vote")),
        ("quit", Command("quit")),
        ("exit", Command("quit")),
        ("back", Command("back")),
        ("dossier usa", Command("dossier", text="usa")),
        ("yes", Command("yes")),
        ("n", Command("no")),
    ],
)
def test_lines_read_as_commands(line: str, expected: Command):
    assert parse(line) == expected


@pytest.mark.parametrize(
    "line",
    ["recess now", "adjourn 3", "dance", "status russia", "3 4", "consult-russia", "²", "9" * 5000],
)
def test_what_cannot_be_read_is_unknown_and_keeps_the_text(line: str):
    command = parse(line)
    assert command.kind == "unknown"
    assert command.text


def test_ids_typed_as_words():
    assert as_id(["Monitor", "access"]) == "monitor_access"
    assert as_id(["open-door-declaration"]) == "open_door_declaration"


@given(st.text())
def test_any_line_reads_as_some_command(line: str):
    command = parse(line)
    assert command.kind in {
        "empty",
        "number",
        "act",
        "choose",
        "unknown",
        "help",
        "status",
        "source",
        "save",
        "quit",
        "back",
        "briefing",
        "minutes",
        "list",
        "dossier",
        "yes",
        "no",
    }
    if command.kind == "act":
        assert command.verb is not None
