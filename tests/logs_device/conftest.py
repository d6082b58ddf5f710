"""Every test of this folder runs twice: with the C accelerator of ``timeline --format jsonl``
(``dfuforensics/_nrflog_accel.c``) and with the pure-Python path (``DFUFORENSICS_NO_ACCEL=1``); both must
give the same results.  ``test_accel.py`` compares the two itself and runs once."""

from __future__ import annotations

import pytest


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "path_mode" in metafunc.fixturenames and not metafunc.module.__name__.endswith("test_accel"):
        metafunc.parametrize("path_mode", ["accel", "pure"])


@pytest.fixture(autouse=True)
def path_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str | None:
    mode = getattr(request, "param", None)
    if mode == "pure":
        monkeypatch.setenv("DFUFORENSICS_NO_ACCEL", "1")
    elif mode == "accel":
        from dfuforensics.evidence.nrf_log import accelerator

        monkeypatch.delenv("DFUFORENSICS_NO_ACCEL", raising=False)
        if accelerator() is None:
            pytest.skip("the C accelerator is not built here")
    return mode
