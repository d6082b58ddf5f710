"""Helpers for the nRF5 flash-map tests: run the real pipeline over a sample unit or bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from dfuforensics.case import Case
from dfuforensics.memory import MemoryView
from dfuforensics.model import Location, MemorySegment
from dfuforensics.pipeline import build_case
from dfuforensics.sources import expand

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def analyze_unit(*paths: str | Path) -> Case:
    """Sources -> parsers -> case -> nRF5 memory analysis (only ours: facts stay unmixed)."""
    from dfuforensics.nrf5 import analysis

    case = build_case(expand([str(p) for p in paths]))
    analysis.analyze(case)
    return case


def case_from(segments: dict[int, bytes]) -> Case:
    """A case whose memory holds exactly these bytes (address -> bytes), as inputs named m@ADDR."""
    case = Case(memory=MemoryView())
    for addr, data in sorted(segments.items()):
        case.memory.add(MemorySegment(addr, data, Location(f"m@0x{addr:X}", offset=0)))
    return case


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES
