"""Fixtures for the crash room: real fault prints (data/), QEMU captures and ELFs (tests/firmware)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own symbol cache: no test depends on what another left behind."""
    monkeypatch.setenv("DFUFORENSICS_CACHE", str(tmp_path_factory.mktemp("cache")))
