"""The theme is remembered between games, in a small file in the user's config folder."""

from __future__ import annotations

from pathlib import Path

from chair.cli import main
from scenario import Content
from tui.app import ChairApp
from tui.settings import Settings, settings_path


def test_settings_live_in_the_platforms_config_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert settings_path() == tmp_path / "the-chair" / "settings.toml"


def test_remembering_writes_a_small_toml_file(tmp_path):
    path = tmp_path / "the-chair" / "settings.toml"
    settings = Settings.read(path)
    assert settings.theme is None and settings.problem is None
    settings.remember("theme", "nord")
    assert path.read_text(encoding="utf-8") == 'theme = "nord"\n'
    assert Settings.read(path).theme == "nord"


def test_a_file_that_cannot_be_read_is_never_written_over(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("theme = nord [\n", encoding="utf-8")
    settings = Settings.read(path)
    assert settings.problem is not None and "not valid TOML" in settings.problem
    settings.remember("theme", "dracula")
    assert path.read_text(encoding="utf-8") == "theme = nord [\n"


async def test_the_app_starts_with_the_remembered_theme_and_remembers_a_new_one(
    tutorial: Content, saves_dir: Path, tmp_path: Path, monkeypatch
):
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
    path = tmp_path / "settings.toml"
    path.write_text('theme = "nord"\n', encoding="utf-8")
    app = ChairApp(tutorial, seed=7, saves=saves_dir, settings=Settings.read(path))
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.theme == "nord"
        app.theme = "textual-light"  # as the palette's theme command does
        await pilot.pause()
    assert Settings.read(path).theme == "textual-light"


async def test_the_flag_and_the_environment_come_before_the_file(
    tutorial: Content, saves_dir: Path, tmp_path: Path, monkeypatch
):
    path = tmp_path / "settings.toml"
    path.write_text('theme = "nord"\n', encoding="utf-8")
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
    flagged = ChairApp(tutorial, saves=saves_dir, settings=Settings.read(path), theme="dracula")
    async with flagged.run_test() as pilot:
        await pilot.pause()
        assert flagged.theme == "dracula"
    assert Settings.read(path).theme == "nord"  # a flag is for this game only
    monkeypatch.setenv("TEXTUAL_THEME", "gruvbox")
    environment = ChairApp(tutorial, saves=saves_dir, settings=Settings.read(path))
    async with environment.run_test() as pilot:
        await pilot.pause()
        assert environment.theme != "nord"


async def test_without_settings_nothing_is_read_or_written(
    tutorial: Content, saves_dir: Path, monkeypatch, tmp_path
):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    app = ChairApp(tutorial, saves=saves_dir)
    async with app.run_test() as pilot:
        app.theme = "textual-light"
        await pilot.pause()
    assert not (tmp_path / "the-chair").exists()


def test_an_unknown_theme_is_bad_input(capsys):
    assert main(["play", "tutorial", "--theme", "no-such-theme"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("--theme: error: unknown theme 'no-such-theme' (choose from ")
    assert "textual-dark" in err
