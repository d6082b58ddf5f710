"""POWER registers as `capture` writes them (registers.txt) and as nrfjprog prints them."""

from __future__ import annotations

from pathlib import Path

import pytest

from dfuforensics.model import Absent
from dfuforensics.pipeline import build_case, run_analyses
from dfuforensics.sources import expand


def _power(tmp_path: Path, text: str, name: str = "registers.txt") -> dict:
    path = tmp_path / name
    path.write_text(text)
    case = build_case(expand([str(path)]))
    run_analyses(case)
    return case.facts.get("power", {})


@pytest.mark.parametrize("word, sources, por", [
    (0x00000000, [], True),
    (0x00000001, ["RESETPIN"], False),
    (0x0000000A, ["DOG", "LOCKUP"], False),
    (0x00010004, ["SREQ", "OFF"], False),
    (0x00100000, ["VBUS"], False),
])
def test_resetreas_fields(tmp_path, word, sources, por):
    facts = _power(tmp_path, f"0x40000400:\t0x{word:08x}\n")
    assert facts["resetreas"] == word and facts["reset_sources"] == sources and facts["power_on_reset"] is por
    assert isinstance(facts["gpregret"], Absent)


@pytest.mark.parametrize("gp, requested, stray", [
    (0x00, False, False), (0xB1, True, False), (0x01, False, True), (0x80, False, True), (0xB0, False, True),
    (0x02, False, False), (0x40, False, False),
])
def test_gpregret_against_the_loose_enter_test(tmp_path, gp, requested, stray):
    facts = _power(tmp_path, f"0x4000051c:\t0x{gp:08x}\t0x00000000\n")
    assert facts["gpregret"] == gp and facts["gpregret2"] == 0
    assert facts["dfu_requested"] is requested and facts["gpregret_stray_dfu_bits"] is stray


def test_capture_register_file_with_core_registers(tmp_path):
    text = ("r0             0x0                 0\npc             0x2a1c              10780\n"
            "0xe000ed00:\t0x410fc241\t0x00000000\t0x00000000\t0xfa050000\n"
            "0x40000400:\t0x00000008\n0x4000051c:\t0x000000b1\t0x00000000\n")
    facts = _power(tmp_path, text)
    assert facts["reset_sources"] == ["LOCKUP"] and facts["dfu_requested"] is True


def test_no_power_registers_no_facts(tmp_path):
    assert _power(tmp_path, "0xe000ed28:\t0x00000400\n") == {}


def test_nrfjprog_memrd_print(tmp_path):
    text = "nrfjprog --memrd 0x40000400\n0x40000400: 00000004                              |....|\n"
    facts = _power(tmp_path, text, "memrd.txt")
    assert facts["reset_sources"] == ["SREQ"] and isinstance(facts["gpregret"], Absent)
