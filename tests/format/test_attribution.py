"""Who says what: the seed's own attribution, and `chair check` holding every line against it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chair.cli import main
from scenario.format.attribution import ARTICLE, attribute
from tests.conftest import ROOT, edit
from tests.format.test_check import where

FIXTURES = ROOT / "tests" / "fixtures"
SEED = ROOT / "seeds" / "000_5d925ebf82e8c0f8.txt"


# --------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed():
    return attribute([SEED])


def speaker_of(attr, passage: str) -> str | None:
    (start, end), *_ = attr.occurrences(passage)
    speakers = {u.speaker for u in attr.units_in(start, end)}
    assert len(speakers) == 1, speakers
    return speakers.pop()


@pytest.mark.parametrize(
    ("passage", "speaker"),
    [
        ("Die Diskussionen war nicht einfach", "Jens Stoltenberg"),  # quote, then "fasste X"
        ("Die russische Seite war aber heute nicht in der Lage", "Jens Stoltenberg"),
        ("Russland habe neue Treffen aber auch nicht abgelehnt", "Jens Stoltenberg"),  # fügte
        ("Die NATO und beitrittswillige Länder würde alleine", "Jens Stoltenberg"),  # subjunctive
        ("Natürlich hat Russland kein Veto", "Jens Stoltenberg"),  # quote after his sentence
        ("Sie wurden nicht eingeladen und sind nicht willkommen.", "Jens Stoltenberg"),
        ("Die NATO hält an der Taktik der Eindämmung", "Aleksandr Grushko"),
        ("Es sei das erste offene Gespräch gewesen", "Aleksandr Grushko"),  # meinte
        ("Die NATO bedroht die Sicherheit in Europa", "Aleksandr Grushko"),  # caption
        ("Mit der EU und anderen Partnern seien", "Wendy Sherman"),  # subjunctive after quote
        ("Das genaue Gegenteil forderte die russische Seite.", "Russia"),  # a body
        ("seine geschätzt 100.000 Soldaten", "NATO"),
        ("Er will die Missionen", "Zbigniew Rau"),  # declared beside the seed
        ("Beide Seite hätten unterschiedliche Konzepte", "Kadri Liik"),
        ("Ob sie weitergehen sollten, sagte er nicht.", None),  # he did NOT say it
        ("Allein im Bericht vom 10. Januar werden 138 Vorfälle", None),
    ],
)
def test_the_article_gives_each_passage_to_its_speaker(seed, passage, speaker):
    assert speaker_of(seed, passage) == speaker


def test_full_names_come_from_the_article(seed):
    assert seed.persons == {
        "Jens Stoltenberg": "Stoltenberg",
        "Aleksandr Grushko": "Grushko",
        "Wendy Sherman": "Sherman",
        "Zbigniew Rau": "Rau",
        "Kadri Liik": "Liik",
    }
    assert seed.canonical("Stoltenberg") == "Jens Stoltenberg"
    assert seed.canonical("article") == ARTICLE
    assert seed.diagnostics == []


def test_a_declaration_must_be_found_in_the_seed(tmp_path):
    seed_copy = tmp_path / "seed.txt"
    shutil.copy(SEED, seed_copy)
    declared = tmp_path / "seed.attribution.yaml"
    declared.write_text(
        "bodies:\n  NATO: [die Allianz]\n"
        "passages:\n"
        "  - text: Er will die Missionen stärken.\n"
        "    said_by: Zbigniew Rau\n"
        "  - text: Er will die Missionen\n"
        "    said_by: Donald Tusk\n",
        encoding="utf-8",
    )
    found = [str(d) for d in attribute([seed_copy]).diagnostics]
    assert any(":4:11: error: this passage is not found verbatim" in d for d in found), found
    assert any(":7:14: error: 'Donald Tusk' is not a person or body" in d for d in found), found


# --------------------------------------------------------------------------- the check


@pytest.fixture
def small(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the format-2 fixture, checked from its parent so messages name it shortly."""
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "format2" / "who-says-what"
    shutil.copytree(FIXTURES / "format2" / "who-says-what", target)
    return target / "scenario.yaml"


def errors(path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    code = main(["check", "-q", str(path.parent)])
    err = capsys.readouterr().err.splitlines()
    assert code == (1 if any(": error: " in line for line in err) else 0)
    return err


def test_the_fixture_is_clean(small, capsys):
    assert errors(small, capsys) == []


def test_a_source_too_short_to_identify(small, capsys):
    edit(
        small,
        'source: "Mit der EU und anderen Partnern seien schwere Wirtschaftssanktionen vorbereitet"',
        'source: "schwere Wirtschaftssanktionen"',
    )
    found = errors(small, capsys)
    at = where(small, '"schwere Wirtschaftssanktionen"')
    assert f"{at}: error: this source is too short to identify a passage (2 words)" in found[0]


def test_a_whole_short_quotation_is_long_enough(small, capsys):
    # the fixture's narration quotes Grushko's one word "nützlich": a whole quotation
    assert 'source: "nützlich"' in small.read_text(encoding="utf-8")
    assert errors(small, capsys) == []


def test_a_quote_that_is_not_in_quotation_marks(small, capsys):
    edit(small, "said_by: Sherman\n        use: context", "said_by: Sherman\n        use: quote")
    (line,) = errors(small, capsys)
    at = _use_after(small, "said_by: Sherman")
    assert line.startswith(f"{at}: error: `use: quote`, but the article")
    assert "quotation marks" in line


def test_a_quote_in_the_wrong_mouth(small, capsys):
    old = "said_by: Aleksandr Grushko\n        use: reported"
    edit(small, old, "said_by: Aleksandr Grushko\n        use: quote")
    (line,) = errors(small, capsys)
    assert line.startswith(f"{where(small, 'use: quote', 0)}: error: a quote is spoken only by")
    assert "Russia's delegation speaks this line; use `use: reported` and name Grushko" in line


def test_said_by_that_is_not_whom_the_article_gives_it_to(small, capsys):
    edit(small, "said_by: Sherman\n", "said_by: Jens Stoltenberg\n")
    (line,) = errors(small, capsys)
    at = where(small, "said_by: Jens Stoltenberg")
    assert line.startswith(f"{at}: error: the article gives this passage to Wendy Sherman")
    assert "not to 'Jens Stoltenberg'" in line


def test_a_passage_that_spans_two_speakers(small, capsys):
    edit(
        small,
        'source: "Die NATO hält an der Taktik der Eindämmung Russlands aus dem Kalten Krieg fest."',
        'source: "Taktik der Eindämmung Russlands aus dem Kalten Krieg fest. Eine weitere '
        'Verschlechterung"\n        # spans into the tag',
    )
    edit(
        small,
        'source: "Taktik der Eindämmung Russlands aus dem Kalten Krieg fest. Eine weitere '
        'Verschlechterung"',
        'source: "nicht abgelehnt, fügte Stoltenberg hinzu. Der russische Unterhändler"',
    )
    found = errors(small, capsys)
    at = where(small, "said_by: Aleksandr Grushko")
    assert any(
        line.startswith(f"{at}: error: this passage spans words the article gives to different")
        for line in found
    ), found


def test_reported_words_must_name_their_speaker(small, capsys):
    edit(small, "As Grushko said in Brussels, NATO clings", "NATO clings")
    (line,) = errors(small, capsys)
    at = where(small, "use: reported", 0)
    assert line.startswith(f"{at}: error: `use: reported`, but the text does not name Grushko")


def test_someone_elses_words_as_a_spoken_lines_context(small, capsys):
    edit(
        small,
        'source: "Mit der EU und anderen Partnern seien schwere Wirtschaftssanktionen vorbereitet"\n'
        "        said_by: Sherman",
        'source: "Natürlich hat Russland kein Veto darüber"\n        said_by: Stoltenberg',
    )
    (line,) = errors(small, capsys)
    assert line.startswith(
        f"{_use_after(small, 'said_by: Stoltenberg')}: error: passage given to the wrong person: "
        "the article gives these words to Jens Stoltenberg, and USA's delegation (Wendy Sherman) "
        "speaks this line"
    )


def _use_after(path: Path, needle: str) -> str:
    """FILE:LINE:COL of the first `use:` key after `needle`."""
    text = path.read_text(encoding="utf-8")
    index = text.index("use:", text.index(needle))
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return f"{path.relative_to(Path.cwd()).as_posix()}:{line}:{column}"


def test_the_delegations_people_may_use_its_persons_words(small, capsys):
    # Russia's consult line uses Grushko's words as context: he is among its people
    edit(small, 'people: ["Aleksandr Grushko"]', "people: []")
    (line,) = errors(small, capsys)
    assert line.startswith(f"{_use_after(small, 'We want an end')}: error: passage given to the")


def test_format_2_requires_said_by_and_use(small, capsys):
    edit(small, "        said_by: Kadri Liik\n        use: context\n", "")
    (line,) = errors(small, capsys)
    at = where(small, 'source: "Beide Seite')
    assert line == (
        f"{at}: error: a sourced item needs whose words these are and how it uses them: add "
        "`said_by: Kadri Liik` and `use: context`"
    )


def test_people_must_be_the_articles(small, capsys):
    edit(small, 'people: ["Aleksandr Grushko"]', 'people: ["Sergei Lavrov"]')
    found = errors(small, capsys)
    assert any(
        "'Sergei Lavrov' is not a person or body the article gives words to" in f for f in found
    )


# --------------------------------------------------------------------------- format 1


def test_format_1_content_checks_with_warnings_only_and_plays(tmp_path, monkeypatch, capsys):
    """Today's tutorial, kept untouched: warnings with their fix, no error, and it plays."""
    folder = FIXTURES / "format1" / "tutorial"
    code = main(["check", str(folder)])
    out = capsys.readouterr()
    assert code == 0
    assert "format1/tutorial: ok (0 errors, " in out.out and "; format 1)" in out.out
    lines = out.err.splitlines()
    assert lines and all(": warning: " in line for line in lines)
    assert any("add `said_by: Aleksandr Grushko` and `use: quote`" in line for line in lines)
    from scenario.engine.compiler import load_content
    from scenario.tools.scripts import play_script, read_script

    game = play_script(load_content(folder), read_script(folder / "scripts" / "skilled.yaml"), None)
    assert game.outcome is not None
    sourced = [e for e in game.transcript if e.source]
    assert sourced and all(e.use is None for e in sourced)  # format 1 declares no attribution


# --------------------------------------------------------------------------- the report


def test_the_fidelity_report(small, capsys):
    code = main(["check", "--sources", str(small.parent)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Coverage: 8/56 passages used (14%)" in out
    assert "[47] Er will die Missionen" in out
    rau = out.split("[50] ")[1].split("[51]")[0]
    assert "the article gives it to: Zbigniew Rau (quote)" in rau
    assert "use quote, said_by Zbigniew Rau spoken by chair" in rau
    assert "format2/who-says-what/scenario.yaml:" in rau
    unused = out.split("Quotations no line uses:")[1].split("Claims no line uses:")[0]
    assert "[26] Jens Stoltenberg (quote): Sie wurden nicht eingeladen" in unused
    assert "Russland habe neue Treffen" in out.split("Claims no line uses:")[1]


def test_run_json_carries_said_by_and_use_for_every_sourced_entry(tmp_path, capsys):
    script = tmp_path / "script.yaml"
    script.write_text("actions:\n  - floor: usa\n  - floor: russia\n  - statement: mandate\n")
    folder = FIXTURES / "format2" / "who-says-what"
    assert main(["run", str(folder), "--script", str(script), "--seed", "3", "--json"]) == 0
    import json

    transcript = json.loads(capsys.readouterr().out)["transcript"]
    sourced = [e for e in transcript if "source" in e]
    assert [(e["said_by"], e["use"]) for e in sourced] == [
        ("Wendy Sherman", "quote"),
        ("Aleksandr Grushko", "reported"),
        ("Zbigniew Rau", "quote"),
    ]
    assert all("said_by" not in e for e in transcript if "source" not in e)


def test_a_changed_declaration_beside_the_seed_makes_the_cache_stale(small, tmp_path):
    from scenario.engine import cache
    from scenario.engine.compiler import load_content

    folder = small.parent
    load_content(folder)
    assert cache.read(folder) is not None
    declared = folder / "seeds" / "000_5d925ebf82e8c0f8.attribution.yaml"
    declared.write_text(declared.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert cache.read(folder) is None


_PIECES = st.sampled_from(
    [
        '"',
        "\u201e",
        "\u201c",
        ", sagte ",
        ", meinte ",
        " Stoltenberg",
        " Jens Stoltenberg",
        " Er",
        " er nicht",
        ". ",
        "10. ",
        "Die Allianz forderte",
        " habe",
        " sei",
        ": ",
        "\n",
        "\n\n",
        "Russland",
        " hat kein Veto",
        "(...)",
        " ",
        "x",
        "Ärger",
        "?",
        "!",
    ]
)


@given(st.lists(_PIECES, max_size=60).map("".join))
def test_any_text_is_cut_into_units_that_lie_in_it(tmp_path_factory, text):
    seed = tmp_path_factory.mktemp("seed") / "seed.txt"
    seed.write_text(text, encoding="utf-8")
    attr = attribute([seed])
    last_end = -1
    for unit in attr.units:
        assert attr.text[unit.start : unit.end] == unit.text
        assert unit.start >= last_end  # in order, never overlapping
        assert unit.accepts and (unit.speaker is None or unit.speaker in attr.names())
        last_end = unit.end


# --------------------------------------------------------------------------- what players see


def _games(folder: Path, runs: int):
    """The transcripts of the scenario's shipped scripts and of `runs` random games."""
    from scenario.engine.compiler import load_content
    from scenario.tools.scripts import play_script, read_script
    from tests.conftest import random_game

    content = load_content(folder)
    for script in sorted((folder / "scripts").glob("*.yaml")):
        yield play_script(content, read_script(script), None).transcript
    for seed in range(runs):
        yield random_game(content, seed, [seed * 7 + i * 13 for i in range(40)]).transcript


def _wrong_mouths(folder: Path, runs: int) -> list[str]:
    from scenario.format.fidelity import Mouths, read_attribution
    from scenario.format.loading import load_scenario

    sc = load_scenario(folder).data
    mouths = Mouths(sc, read_attribution(sc, folder))
    found = set()
    for transcript in _games(folder, runs):
        for e in transcript:
            if e.source:
                why = mouths.wrong(e.speaker, e.source, e.text, e.use)
                if why:
                    found.add(f"{e.text[:50]!r}: {why}")
    return sorted(found)


def test_no_player_sees_words_in_the_wrong_mouth_in_the_fixture():
    assert _wrong_mouths(FIXTURES / "format2" / "who-says-what", 200) == []


def test_the_audit_catches_words_in_the_wrong_mouth(small):
    from scenario.format.fidelity import Mouths, read_attribution
    from scenario.format.loading import load_scenario

    sc = load_scenario(small.parent).data
    mouths = Mouths(sc, read_attribution(sc, small.parent))
    stoltenberg = "Natürlich hat Russland kein Veto darüber"
    assert mouths.wrong("usa", stoltenberg, "Russia has no veto.", "context") == (
        "Jens Stoltenberg's words in the mouth of USA's delegation (Wendy Sherman) (context)"
    )
    assert (
        mouths.wrong("usa", stoltenberg, "As Stoltenberg said, Russia has no veto.", "reported")
        is None
    )
    assert (
        mouths.wrong("russia", "Wir müssen ein Ende der Politik", "We want it closed.", "context")
        is None
    )


@pytest.mark.parametrize("name", ["vienna-2022", "tutorial"])
def test_no_player_sees_words_in_the_wrong_mouth_in_shipped_content(name):
    """Shipped scripts and random games: active once the scenario is on format 2."""
    folder = ROOT / "content" / name
    if "\nformat: 1\n" in (folder / "scenario.yaml").read_text(encoding="utf-8"):
        pytest.skip("format 1 declares no attribution; `chair check` warns instead")
    assert _wrong_mouths(folder, 300) == []


WORDS = [
    "Jens",
    "Stoltenberg",
    "Stoltenbergs",
    "Stoltenberg's",
    "Stoltenberg-Plan",
    "der",
    "die",
    "sagte",
    ",",
    "Wendy",
    "NATO",
    "Über",
    "x",
    "aStoltenberg",
    "Jens,",
    "(Jens",
]


@given(
    st.lists(
        st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "  ", "\n", "\t", "\u00a0"])),
        max_size=40,
    )
)
def test_names_before_a_surname_are_found_as_a_scan_finds_them(parts):
    """`_names_before` finds, from the surname's occurrences, what scanning the whole text with
    the same pattern finds: the same matches, in the same order, none overlapping."""
    import re

    from scenario.format.article_persons import _names_before

    text = "".join(word + space for word, space in parts)
    tokens = list(re.finditer(r"\S+", text))
    scan = re.finditer(r"(\S+)\s+([A-ZÄÖÜ][a-zäöüß]+)\s+Stoltenberg\b", text)
    found = _names_before(text, tokens, "Stoltenberg")
    assert [(m.span(), m.groups()) for m in found] == [(m.span(), m.groups()) for m in scan]
