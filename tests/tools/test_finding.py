"""Finding scenarios by id: the lookup order, and the bundled scenarios from any folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scenario.engine.compiler import check_scenario
from scenario.format.diagnostics import ScenarioError
from scenario.tools import finding, places
from tests.conftest import CONTENT, ROOT


def _scenario(root: Path, name: str = "tutorial") -> Path:
    """A copy of the tutorial as `root/name`, with its seeds where its relative path expects."""
    target = root / name
    shutil.copytree(CONTENT / "tutorial", target)
    if not (root.parent / "seeds").exists():
        shutil.copytree(ROOT / "seeds", root.parent / "seeds")
    return target


def test_bundled_scenarios_are_found_from_any_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    bundled = finding.bundled_content()
    assert bundled is not None
    assert finding.find_scenario("vienna-2022") == bundled / "vienna-2022"
    assert {"tutorial", "vienna-2022"} <= set(finding.available())
    # The seeds' relative path (../../seeds/...) resolves inside the package too.
    report = check_scenario(finding.find_scenario("tutorial"))
    assert report.errors == []


def test_the_bundled_folder_comes_from_the_package_not_the_working_directory(tmp_path):
    from importlib.resources import files

    assert finding.bundled_content() == files("scenario.bundled") / "content"
    assert (finding.bundled_content() / "scenario.schema.json").is_file()


def test_lookup_order(tmp_path, monkeypatch):
    """./content, then the user's data folder, then $CHAIR_CONTENT, then the bundled ones."""
    work, data, env = tmp_path / "work", tmp_path / "data", tmp_path / "env"
    monkeypatch.chdir(_scenario(work / "content").parents[1])
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("CHAIR_CONTENT", str(env / "content"))
    user = _scenario(places.data_folder() / "content")
    _scenario(env / "content")
    assert finding.find_scenario("tutorial") == work / "content" / "tutorial"
    shutil.rmtree(work / "content")
    assert finding.find_scenario("tutorial") == user
    shutil.rmtree(user)
    assert finding.find_scenario("tutorial") == env / "content" / "tutorial"
    shutil.rmtree(env / "content" / "tutorial")
    assert finding.find_scenario("tutorial") == finding.bundled_content() / "tutorial"


def test_an_unknown_id_names_the_known_ones(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ScenarioError) as caught:
        finding.find_scenario("no-such-scenario")
    message = str(caught.value.diagnostics[0])
    assert "tutorial" in message and "vienna-2022" in message


@pytest.mark.parametrize(
    ("platform", "variables", "expected"),
    [
        ("linux", {"XDG_DATA_HOME": "/x/data"}, Path("/x/data/the-chair")),
        ("linux", {"XDG_DATA_HOME": "relative"}, Path("~/.local/share/the-chair")),
        ("linux", {}, Path("~/.local/share/the-chair")),
        ("darwin", {}, Path("~/Library/Application Support/the-chair")),
        (
            "win32",
            {"LOCALAPPDATA": "C:/Users/a/AppData/Local"},
            Path("C:/Users/a/AppData/Local/the-chair"),
        ),
    ],
)
def test_the_platforms_data_folder(platform, variables, expected, monkeypatch, tmp_path):
    monkeypatch.setattr(places.sys, "platform", platform)
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("XDG_DATA_HOME", "LOCALAPPDATA"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert places.data_folder() == Path(str(expected).replace("~", str(tmp_path)))
