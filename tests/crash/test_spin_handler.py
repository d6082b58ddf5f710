"""A unit attached after it faulted: halted inside a C fault handler that logged and now spins.

Captured for real under QEMU (tests/firmware/capture_all.sh, `spin` stop: startup_spin.c's handler
calls log_fault() then spin_forever(); gdb halts a few instructions into the loop).  LR is no longer
EXC_RETURN and SP is not the exception frame; gdb's own `bt` at the same halt is the oracle.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from qemu_captures import FIRMWARE, agrees_with_gdb, gdb_chain, without_scb

from dfuforensics.pipeline import analyze_paths

CASES = [("m4-spin-bad-store", "m4-spin.elf", "m4-bad-store"), ("m4-spin-undefined", "m4-spin.elf", "m4-undefined"),
         ("m0-spin-bad-store", "m0-spin.elf", "m0-bad-store")]


def _crash(folder: Path, elf: str) -> dict:
    return analyze_paths([str(folder), str(FIRMWARE / "elf" / elf)]).to_json()["crash"]


def _gdb(name: str) -> tuple[list[str], list[str]]:
    """gdb's frames above and below `<signal handler called>` (function names, innermost first)."""
    text = (FIRMWARE / "oracles" / f"{name}.gdb-bt").read_text()
    above, below = text.split("<signal handler called>")
    names = re.compile(r"^#\d+\s+(?:0x[0-9a-f]+ in )?(\w+) \(", re.M)
    return names.findall(above), names.findall(below)


@pytest.mark.parametrize("name, elf, halted_at_entry", CASES)
def test_handler_frames_unwound_to_the_fault(name, elf, halted_at_entry):
    crash = _crash(FIRMWARE / "captures" / name, elf)
    handler, chain = _gdb(name)
    assert crash["halted_in"] == handler == ["spin_forever", "Fault_Handler"]
    ours = [b["function"] for b in crash["backtrace"]]
    assert crash["pc"]["function"] == ours[0] == chain[0]
    assert "main" in ours and agrees_with_gdb(crash["backtrace"], gdb_chain(name)), (ours, chain)
    assert crash["backtrace_method"] == "cfi"
    # the same fault as the capture halted at the handler's first instruction (other build, same cause)
    entry = _crash(FIRMWARE / "captures" / halted_at_entry, elf.replace("-spin", ""))
    assert crash["fault"]["cfsr_bits"] == entry["fault"]["cfsr_bits"]
    assert crash["fault"].get("fault_address") == entry["fault"].get("fault_address")
    assert not any("LR is not an EXC_RETURN" in n for n in crash["not_established"])


@pytest.mark.parametrize("name, elf", [(n, e) for n, e, _ in CASES if n.startswith("m4")])
def test_without_fault_status_the_cause_is_still_right(tmp_path, name, elf):
    """ELF + RAM + `info registers` only, core spinning in the handler: the cause from the code, with the
    callee-saved registers as CFI restored them, equals what the core recorded."""
    src, out = FIRMWARE / "captures" / name, without_scb(tmp_path, name)
    captured, inferred = _crash(src, elf), _crash(out, elf)
    assert inferred["fault"]["status_from"] == "inferred from the code"
    assert inferred["fault"]["cfsr_bits"] == captured["fault"]["cfsr_bits"]
    assert inferred["fault"].get("fault_address") == captured["fault"].get("fault_address")


def test_software_error_loop_in_thread_mode():
    """sw_error.c: sensor_init() tail-calls app_error_handler(), which calls app_error_fault_handler(),
    which tail-calls app_error_save_and_stop() looping, no exception; halted in the loop (capture_one.sh
    ... swerr).  The place is the function that raised the error (gdb's `bt` shows it from DWARF call sites,
    we from the BL before main's return address); the error code, file and line are the firmware's own
    record; no hardware fault is claimed (CFSR/HFSR read as 0)."""
    crash = _crash(FIRMWARE / "captures" / "m4-sw-error", "m4-swerr.elf")
    gdb = gdb_chain("m4-sw-error")
    assert crash["halted_in"] == gdb[:3] == ["app_error_save_and_stop", "app_error_fault_handler",
                                             "app_error_handler"]
    assert crash["pc"]["function"] == gdb[3] == "sensor_init"
    assert [b["function"] for b in crash["backtrace"]][:2] == gdb[3:5] == ["sensor_init", "main"]
    fault = crash["fault"]
    assert fault["type"] == "sdk_error" and fault["cfsr_bits"] == []
    # gdb: "app_error_handler (error_code=..., line_num=line_num@entry=66, p_file_name=... "sw_error.c")"
    line = int(re.search(r"line_num=line_num@entry=(\d+)", (FIRMWARE / "oracles" / "m4-sw-error.gdb-bt")
                         .read_text()).group(1))
    assert (fault["error_code"], fault["error_name"], fault["file"], fault["file_line"]) == (
        4, "NRF_ERROR_NO_MEM", "sw_error.c", line)  # sw_error.c: sensor_status = 4 (NRF_ERROR_NO_MEM)
    assert not any("EXC_RETURN" in n for n in crash["not_established"])


def test_software_error_from_the_ram_record_alone():
    """Only the RAM dump and the ELF (a unit read after the fact): the SDK-style m_error_data record,
    found through DWARF, still says what failed and where."""
    crash = _crash(FIRMWARE / "captures" / "m4-sw-error" / "ram.bin@0x20000000", "m4-swerr.elf")
    fault = crash["fault"]
    assert fault["type"] == "sdk_error" and fault["id_name"] == "NRF_FAULT_ID_SDK_ERROR"
    assert (fault["error_name"], fault["file"], fault["file_line"]) == ("NRF_ERROR_NO_MEM", "sw_error.c", 66)
