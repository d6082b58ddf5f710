"""The crash analysis end to end on real captures (QEMU + gdb, tests/firmware) and real posted logs.

Oracles: gdb's own backtrace taken at the same halt (tests/firmware/oracles/*.gdb-bt) and GNU addr2line
(tests/firmware/goldens).  gdb reconstructs tail calls from DWARF call-site records, we from the BL
before each return address; `agrees_with_gdb` compares the chains both ways.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from qemu_captures import agrees_with_gdb, gdb_chain

from dfuforensics.pipeline import analyze_paths
from dfuforensics.report.values import json_value

FIRMWARE = Path(__file__).resolve().parent.parent / "firmware"
DATA = Path(__file__).resolve().parent / "data"
M4 = str(FIRMWARE / "elf" / "m4.elf")
M0 = str(FIRMWARE / "elf" / "m0.elf")


def crash(paths: list[str], elfs: list[str] = ()) -> tuple[dict, dict]:
    from dfuforensics.case import Case  # noqa: F401  (keeps import cost inside the test)
    from dfuforensics.pipeline import build_case, run_analyses
    from dfuforensics.sources import expand

    case = build_case(expand(paths), expand(list(elfs)))
    run_analyses(case)
    return case.sections.get("crash"), case.facts["crash"]


@pytest.mark.parametrize("name,elf,cause,bits", [
    ("m4-bad-store", M4, "busfault", ["CFSR.PRECISERR", "CFSR.BFARVALID"]),
    ("m4-div-zero", M4, "usagefault", ["CFSR.DIVBYZERO"]),
    ("m4-undefined", M4, "usagefault", ["CFSR.UNDEFINSTR"]),
    ("m4-thumb-clear", M4, "usagefault", ["CFSR.INVSTATE"]),
    # ARMv6-M has no CFSR: the cause is inferred from the code, named with the bits the M4 captures record
    ("m0-bad-store", M0, "busfault", ["CFSR.PRECISERR", "CFSR.BFARVALID"]),
    ("m0-undefined", M0, "usagefault", ["CFSR.UNDEFINSTR"]),
    ("m0-thumb-clear", M0, "usagefault", ["CFSR.INVSTATE"]),
])
def test_qemu_fault_decoded_symbolized_and_unwound_like_gdb(name: str, elf: str, cause: str | None,
                                                           bits: list[str]) -> None:
    section, facts = crash([str(FIRMWARE / "captures" / name)], [elf])
    fault = section["fault"]
    assert fault["type"] == "hardfault"
    assert fault.get("cause") == cause
    assert fault["cfsr_bits"] == bits
    if name.startswith("m4"):
        assert fault["escalated"] is True and fault["hfsr_bits"] == ["HFSR.FORCED"]
    else:
        assert any("ARMv6-M" in n for n in section["notes"])
    assert section["registers_from"] == "RAM at SP"
    ours = [b["function"] for b in section["backtrace"]]
    theirs = gdb_chain(name)
    assert ours[0] == theirs[0] == section["pc"]["function"]
    assert "main" in ours and agrees_with_gdb(section["backtrace"], theirs), (ours, theirs)
    assert facts["pc_function"] == section["pc"]["function"] and facts["unwind_method"] == "cfi"


def test_pc_line_agrees_with_addr2line() -> None:
    section, _ = crash([str(FIRMWARE / "captures" / "m4-div-zero")], [M4])
    pc = section["pc"]["address"]
    gold = (FIRMWARE / "goldens" / "m4.addr2line").read_text().split("\n")
    i = gold.index(f"0x{pc:08x}")
    assert gold[i + 1] == section["pc"]["function"] == "divide"
    assert gold[i + 2] == f"{section['pc']['file']}:{section['pc']['line']}"
    # the caller frame is inlined: average() inside run_fault(), as addr2line -i says at the call
    names = [b["function"] for b in section["backtrace"]]
    assert names[:3] == ["divide", "average", "run_fault"]
    assert section["backtrace"][1].get("inlined") is True


def test_bad_store_fault_address_from_bfar() -> None:
    section, facts = crash([str(FIRMWARE / "captures" / "m4-bad-store")], [M4])
    assert section["fault"]["fault_address"] == 0x30000010 and section["fault"]["fault_address_from"] == "BFAR"
    assert facts["fault_address"] == 0x30000010 and facts["stack"] == "MSP" and facts["fpu_frame"] is False
    assert section["exc_return"]["value"] == 0xFFFFFFF9 and facts["stack_padding"] is True


def test_stack_overflow_into_mpu_guard() -> None:
    section, facts = crash([str(FIRMWARE / "captures" / "m4-stack-overflow")], [M4])
    assert section["fault"]["cfsr_bits"] == ["CFSR.DACCVIOL", "CFSR.MSTKERR", "CFSR.MMARVALID"]
    assert section["fault"]["fault_address"] == 0x200000D4
    assert facts["stack_overflow"] is True
    assert any("stacking failed" in n for n in section["not_established"])
    first = section["backtrace"][0]
    assert first["function"] == "recurse" and first["method"] == "heuristic" and first["repeated"] > 10
    assert "main" in [b["function"] for b in section["backtrace"]]


def test_sp_outside_ram_on_cortex_m0() -> None:
    section, facts = crash([str(FIRMWARE / "captures" / "m0-stack-overflow")], [M0])
    assert facts["sp_outside_ram"] is True and facts["stack_overflow"] is True
    assert any("0x1FFFFFC8 is outside RAM" in n for n in section["not_established"])
    assert json_value(facts["pc"]) is None


def test_ram_dump_too_short_for_the_frame(tmp_path: Path) -> None:
    cap = FIRMWARE / "captures" / "m4-bad-store"
    shutil.copy(cap / "regs.txt", tmp_path / "regs.txt")
    (tmp_path / "ram.bin@0x20000000").write_bytes((cap / "ram.bin@0x20000000").read_bytes()[:0xFD0])
    section, _ = crash([str(tmp_path)], [M4])
    assert any("ends inside the frame" in n for n in section["not_established"])
    assert section["fault"]["cfsr_bits"] == ["CFSR.PRECISERR", "CFSR.BFARVALID"]  # still decoded


def test_registers_contradicting_the_dump_are_reported(tmp_path: Path) -> None:
    cap = FIRMWARE / "captures" / "m4-bad-store"
    for f in ("regs.txt", "ram.bin@0x20000000"):
        shutil.copy(cap / f, tmp_path / f)
    (tmp_path / "frame.txt").write_text("30000010 deadbeef 20001008 20001000\n00000000 00000201 000000ca 81000200\n")
    section, facts = crash([str(tmp_path)], [M4])
    assert section["pc"]["address"] == 0xC8  # the RAM frame wins
    assert any("pc 0x000000CA" in c for c in facts["register_conflicts"])


def test_gdb_registers_with_sp_outside_ram_from_a_forum_post() -> None:
    section, facts = crash([str(DATA / "gdb_info_registers_espruino.txt")])
    assert facts["sp_outside_ram"] is True
    assert any("outside RAM" in n for n in section["not_established"])


@pytest.mark.parametrize("name,ftype,cause,addr", [
    ("zephyr_bus_imprecise_nrf52840.log", "busfault", "busfault", None),
    ("zephyr_mpu_daccviol_nrf54l15.log", "memmanage", "memmanage", 0x9),
    ("nrf_hardfault_preciserr_sdk153.log", "hardfault", "busfault", 0xFFFFF),
])
def test_printed_faults_without_elf(name: str, ftype: str, cause: str, addr: int | None) -> None:
    section, facts = crash([str(DATA / name)])
    assert section["fault"]["type"] == ftype and section["fault"]["cause"] == cause
    assert facts["bits_inferred"] is True
    assert json_value(facts["fault_address"]) == addr
    assert any("no ELF" in n for n in section["not_established"])
    if "IMPRECISERR" in str(facts["cfsr_bits"]):
        assert facts["imprecise"] is True
        assert any("after the store" in n for n in section["notes"])


def test_boot_loop_of_the_same_fault_is_counted() -> None:
    _, facts = crash([str(DATA / "zephyr_bus_precise_nrf5340_bootloop.log")])
    assert facts["fault_count"] == 2 and facts["repeated"] is True


def test_shared_case_bootloader_sdk_assert(shared: Path) -> None:
    section, facts = crash([str(shared / "cases" / "sdk15-fwactivation-false-assert-after-dfu" / "input.log")])
    assert facts["fault_type"] == "sdk_assert" and facts["fault_id"] == 0x4002
    assert facts["fault_id_name"] == "NRF_FAULT_ID_SDK_ASSERT"
    assert json_value(facts["pc"]) is None  # the bootloader passes pc 0 for asserts
    assert facts["repeated"] is True


def test_assert_info_read_back_from_ram(tmp_path: Path) -> None:
    text = (DATA / "nrf_bootloader_assert_jlink_mem.txt").read_text().splitlines()
    (tmp_path / "rtt.log").write_text("\n".join(text[:6]) + "\n")
    (tmp_path / "jlink.txt").write_text("\n".join(text[6:]) + "\n")
    section, facts = crash([str(tmp_path / "rtt.log"), str(tmp_path / "jlink.txt")])
    assert facts["fault_type"] == "sdk_assert" and facts["file_line"] == 492
    assert any("0x00076E2C is not in the evidence" in n for n in section["not_established"])


def _flash_image(tmp_path: Path, flip: int | None) -> Path:
    from elftools.elf.elffile import ELFFile

    image = bytearray(b"\xff" * 0x400)
    with open(M4, "rb") as fh:
        for seg in ELFFile(fh).iter_segments():
            if seg["p_type"] == "PT_LOAD" and seg["p_filesz"] and seg["p_paddr"] < 0x400:
                data = seg.data()
                image[seg["p_paddr"]: seg["p_paddr"] + len(data)] = data
    if flip is not None:
        image[flip] ^= 0x04
    p = tmp_path / "flash.bin@0x0"
    p.write_bytes(bytes(image))
    return p


def test_identity_flash_matches_elf(tmp_path: Path) -> None:
    flash = _flash_image(tmp_path, None)
    section, facts = crash([str(FIRMWARE / "captures" / "m4-undefined"), str(flash)], [M4])
    assert facts["elf"]["matches_flash"] is True and facts["symbols"] == "ok"


def test_identity_bit_flip_is_listed_and_symbols_distrusted(tmp_path: Path) -> None:
    flash = _flash_image(tmp_path, 0x1A2)
    section, facts = crash([str(FIRMWARE / "captures" / "m4-undefined"), str(flash)], [M4])
    assert facts["elf"]["matches_flash"] is False and facts["symbols"] == "mismatch"
    assert facts["elf"]["mismatched_pages"] == [0x0]
    [page] = section["identity"]["pages"]
    assert page["differing_bytes"] == 1 and page["differing_bits"] == 1 and page["kind"] == "bit flips"
    assert any("does not match the flash image" in n for n in section["not_established"])


def test_no_fault_evidence_means_no_section(shared: Path) -> None:
    section, facts = crash([str(shared / "cases" / "sdk16-serial-sd-req-not-met-0xB")])
    assert section is None and facts == {"present": False}


def test_report_is_deterministic() -> None:
    args = [str(FIRMWARE / "captures" / "m4-div-zero")]
    a = json.dumps(analyze_paths(args, [M4]).to_json()["crash"], sort_keys=False)
    b = json.dumps(analyze_paths(args, [M4]).to_json()["crash"], sort_keys=False)
    assert a == b and '"function": "divide"' in a


def test_stack_overflow_without_fault_status(tmp_path) -> None:
    """m4-stack-overflow with only ELF + RAM + `info registers`: the frame at SP was never written (the core
    recorded MSTKERR: stacking into the MPU guard failed) and the stack above holds `recurse` again and
    again; the cause is inferred from that, named with the bit the core set, and the chain is the one the
    capture with the SCB words gives."""
    from qemu_captures import without_scb

    captured, _ = crash([str(FIRMWARE / "captures" / "m4-stack-overflow")], [M4])
    section, facts = crash([str(without_scb(tmp_path, "m4-stack-overflow"))], [M4])
    fault = section["fault"]
    assert fault["status_from"] == "inferred from the stack" and fault["inferred_cause"] == "stack overflow"
    assert fault["cfsr_bits"] == ["CFSR.MSTKERR"] and "CFSR.MSTKERR" in captured["fault"]["cfsr_bits"]
    assert facts["stack_overflow"] is True
    assert [b["function"] for b in section["backtrace"]] == [b["function"] for b in captured["backtrace"]]
    assert "registers_from" not in section  # the words at SP were never a frame
