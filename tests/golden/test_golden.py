"""End-to-end: `analyze --format json` over every sample unit and case is byte-identical to its golden.

A difference is either a regression or an intended change: in the second case run
`python tests/golden/regen.py`, review the diff, and commit the new goldens.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("golden_regen", HERE / "regen.py")
regen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(regen)

UNITS = regen.units() if regen.SHARED.exists() else []


@pytest.mark.parametrize("name, inputs", UNITS, ids=[u[0] for u in UNITS])
def test_golden(name, inputs):
    golden = HERE / f"{name}.json"
    if not golden.exists():
        pytest.fail(f"no golden for {name}: run `python tests/golden/regen.py` and review the new file")
    assert regen.render_unit(inputs) == golden.read_text(encoding="utf-8")


def test_same_input_same_bytes():
    name, inputs = UNITS[0]
    assert regen.render_unit(inputs) == regen.render_unit(inputs)
