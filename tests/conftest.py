"""Shared fixtures: the project's folders, and copies of scenarios to break on purpose."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"
TUTORIAL = CONTENT / "tutorial"
VIENNA = CONTENT / "vienna-2022"
BASE = ROOT / "tests" / "fixtures" / "format1"
"""The shipped scenarios as they stood before the opt-in features of format 2: the tests of the
base model and of the checker work on these, so that retuning the shipped content does not
rewrite the engine's tests."""
BASE_TUTORIAL = BASE / "tutorial"
BASE_VIENNA = BASE / "vienna-2022"

# CI runs a bounded number of examples; set HYPOTHESIS_PROFILE=thorough for a longer search.
settings.register_profile(
    "ci", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("thorough", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True, scope="session")
def _own_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests never read or write the user's cache of checked scenarios."""
    os.environ["CHAIR_CACHE"] = str(tmp_path_factory.mktemp("chair-cache"))


@pytest.fixture(autouse=True, scope="session")
def _own_user_folders(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests never see the user's own scenarios, saves or settings (the theme)."""
    os.environ["XDG_DATA_HOME"] = str(tmp_path_factory.mktemp("data-home"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("config-home"))
    os.environ.pop("CHAIR_CONTENT", None)
    os.environ.pop("TEXTUAL_THEME", None)


@pytest.fixture
def scenario_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Path]:
    """Copy a scenario (and the seeds it quotes) under tmp_path, and work from there.

    Returns a function: ``copy("tutorial")`` gives the copied folder; messages then name files
    as ``content/tutorial/scenario.yaml``.
    """
    monkeypatch.chdir(tmp_path)

    def copy(name: str = "tutorial", *, shipped: bool = False) -> Path:
        """A copy of the base scenario `name` (see `BASE`), or of the shipped one."""
        target = tmp_path / "content" / name
        shipped = shipped or not (BASE / name).is_dir()  # newer scenarios have no older form
        shutil.copytree((CONTENT if shipped else BASE) / name, target)
        if not shipped:  # the base scenarios quote the project's seeds from deeper down
            main_file = target / "scenario.yaml"
            text = main_file.read_text(encoding="utf-8")
            main_file.write_text(text.replace("../../../../seeds/", "../../seeds/"), "utf-8")
        if not (tmp_path / "seeds").exists():
            shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
        from tests.attributing import attribute_copy

        attribute_copy(target)  # a format-1 copy is brought to format 2, as the check suggests
        return target

    return copy


OPENING_MOVES = [
    "floor russia",
    "consult russia",
    "frame all_dimensions",
    "propose monitor_access",
    "consensus monitor_access",
]
"""The first moves of the tutorial's skilled script: a short game that uses most verbs."""


def random_game(content, seed: int, choices: list[int]):
    """A game of legal actions picked by `choices` (indices into the legal actions, wrapped)."""
    from scenario import Game

    game = Game(content, seed)
    for choice in choices:
        legal = game.legal_actions()
        if not legal:
            break
        game.act(legal[choice % len(legal)])
    return game


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    """Replace text in a file, failing loudly if the text is not there (a stale test)."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
