"""The whole `analyze` over damaged real evidence: never a caught bug, the contract's keys, a sha256
per input, the same bytes out for the same bytes in, evidence untouched, every renderer survives."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dfuforensics.pipeline import analyze_paths

from .corpus import Sample, evidence_name
from .properties import PropertyViolation, check_report, fingerprint
from .strategies import all_seeds, fuzz_settings, mutated

EXAMPLES = 200


def _analyze_twice(paths: list[Path], folder: Path) -> None:
    before = fingerprint(paths)
    first = check_report(analyze_paths([str(folder)]), paths)
    second = check_report(analyze_paths([str(folder)]), paths)
    if first != second:
        raise PropertyViolation("same evidence, different report JSON")
    if fingerprint(paths) != before:
        raise PropertyViolation("analyze modified its evidence")


@fuzz_settings(EXAMPLES)
@given(case=mutated(tuple(range(len(all_seeds())))))
def test_analyze_survives_one_damaged_input(case: Sample):
    with tempfile.TemporaryDirectory(prefix="dfuf-") as tmp:
        # a folder argument: `NAME@0xADDR` children carry their load address, as in a capture bundle
        unit = Path(tmp) / "unit"
        unit.mkdir()
        _analyze_twice(case.write(unit, evidence_name(case.name)), unit)


@fuzz_settings(EXAMPLES // 3)
@given(cases=st.lists(mutated(tuple(range(len(all_seeds())))), min_size=2, max_size=4))
def test_analyze_survives_a_damaged_bundle(cases: list[Sample]):
    """Several damaged inputs of one unit together: cross-input analyses (timeline, sessions, memory
    overlaps) see each other's damage."""
    with tempfile.TemporaryDirectory(prefix="dfuf-") as tmp:
        unit = Path(tmp) / "unit"
        unit.mkdir()
        paths = []
        for n, case in enumerate(cases):
            fname = evidence_name(case.name)
            if "@" not in fname or (unit / fname).exists():
                fname = f"{n}-{fname}"  # companions keep their names: the first of a stem wins
            paths += case.write(unit, fname)
        _analyze_twice(paths, unit)
