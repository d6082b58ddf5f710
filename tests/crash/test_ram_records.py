"""Crash records the firmware kept in RAM, read through the ELF's DWARF (crash/ram_records.py).

Real captures under QEMU (tests/firmware/capture_all.sh): `startup_record.c`'s C handler copies CFSR,
HFSR, MMFAR, BFAR, EXC_RETURN and the stacked frame into `g_crash_info` and spins.  Analysed from the
RAM dump and the ELF alone -- no registers, no SCB reads -- the record must give the cause the core
recorded and, with the frame found again on the stack, the chain gdb's `bt` shows at the same halt.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from qemu_captures import FIRMWARE, agrees_with_gdb, gdb_chain

from dfuforensics.crash.ram_records import find_layouts, holds_a_crash, is_record, member_field, read_record
from dfuforensics.pipeline import analyze_paths

RECORD_ELF = FIRMWARE / "elf" / "m4-record.elf"


def _crash(*paths: Path) -> dict:
    return analyze_paths([str(p) for p in paths]).to_json()["crash"]


def _scb(name: str) -> dict[str, int]:
    """CFSR/HFSR as the core had them (capture_one.sh's `x/4wx 0xE000ED28` at the same halt)."""
    for line in (FIRMWARE / "captures" / name / "regs.txt").read_text().splitlines():
        if line.startswith("0xe000ed28:"):
            words = [int(w, 16) for w in line.split()[1:]]
            return {"cfsr": words[0], "hfsr": words[1]}
    raise AssertionError("no SCB words in the capture")


@pytest.mark.parametrize("name, bits, address", [
    ("m4-record-bad-store", ["CFSR.PRECISERR", "CFSR.BFARVALID"], 0x30000010),
    ("m4-record-divide", ["CFSR.DIVBYZERO"], None),
])
def test_record_alone_gives_cause_place_and_chain(name, bits, address):
    ram = FIRMWARE / "captures" / name / "ram.bin@0x20000000"
    crash = _crash(ram, RECORD_ELF)
    fault = crash["fault"]
    assert fault["cfsr_bits"] == bits
    assert fault["cfsr"] == _scb(name)["cfsr"] and fault["hfsr"] == _scb(name)["hfsr"]
    assert "g_crash_info" in fault["status_from"]
    assert fault.get("fault_address") == address
    gdb = gdb_chain(name)
    assert crash["pc"]["function"] == gdb[0]
    assert crash["registers_from"] == "RAM at SP"  # the record's frame found again on the stack
    assert agrees_with_gdb(crash["backtrace"], gdb), ([b["function"] for b in crash["backtrace"]], gdb)
    assert [b["function"] for b in crash["backtrace"] if b["function"] in gdb] == gdb


def test_layout_from_dwarf():
    layouts = find_layouts(RECORD_ELF)
    assert [lay.variable for lay in layouts] == ["g_crash_info"]
    fields = {f for f, _off, _size in layouts[0].members}
    assert {"cfsr", "hfsr", "mmfar", "bfar", "exc_return", "pc", "lr", "xpsr", "r0", "r12"} <= fields
    offsets = {f: off for f, off, _size in layouts[0].members}
    assert offsets["cfsr"] == 4 and offsets["pc"] == 24 + 6 * 4  # after magic..exc_return, frame.pc
    # the SDK-style m_error_data of sw_error.c: a fault id and what it points at
    sdk = find_layouts(FIRMWARE / "elf" / "m4-swerr.elf")
    assert [lay.variable for lay in sdk] == ["m_error_data"]
    assert {"id", "info", "error_code", "file_line", "file"} <= {f for f, _o, _s in sdk[0].members}
    assert find_layouts(FIRMWARE / "elf" / "m4.elf") == []  # keeps no record


def test_a_record_never_written_is_not_a_crash(tmp_path):
    """The same unit before any fault: the record is all zeros, so there is no crash to report."""
    ram = bytearray((FIRMWARE / "captures" / "m4-record-divide" / "ram.bin@0x20000000").read_bytes())
    layout = find_layouts(RECORD_ELF)[0]
    start = layout.address - 0x20000000
    ram[start:start + layout.size] = bytes(layout.size)
    assert not holds_a_crash(read_record(layout, lambda a: int.from_bytes(ram[a - 0x20000000:a - 0x1FFFFFFC],
                                                                            "little")))
    path = tmp_path / "ram.bin@0x20000000"
    path.write_bytes(bytes(ram))
    assert (_crash(path, RECORD_ELF) or {}).get("fault", {}).get("type") in (None, "unknown")


def test_record_needs_device_bytes(tmp_path):
    """Without a RAM dump the ELF's own .bss/.data image is not evidence of a crash."""
    report = analyze_paths([str(RECORD_ELF)]).to_json()
    assert not report.get("crash") or report["crash"].get("fault", {}).get("type") in (None, "unknown")


def test_member_names_and_what_counts_as_a_record():
    assert member_field("CFSR") == "cfsr" and member_field("m_bfar") == "bfar"
    assert member_field("p_file_name") == "file" and member_field("line_num") == "file_line"
    assert member_field("counter") is None
    assert is_record({"cfsr", "hfsr"}) and is_record({"id", "info"}) and is_record({"pc", "lr", "xpsr"})
    assert not is_record({"pc"}) and not is_record({"cfsr"}) and not is_record({"pc", "lr"})
