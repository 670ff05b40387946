"""The types are checked: mypy, configured in pyproject.toml (with pydantic's plugin), passes over
`scenario/` and `tui/`. A None where a value is expected or a tuple passed as a list is a bug the
tests may not reach; mypy reaches every line."""

from __future__ import annotations

from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_mypy_passes_over_the_engine_and_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the configuration and the packages it names are the project's
    out, err, status = mypy_api.run(["--no-error-summary"])
    assert status == 0, out + err
