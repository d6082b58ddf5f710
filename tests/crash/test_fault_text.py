"""The fault-text parser on fault prints users posted (tests/crash/data/SOURCES.md) and on register
dumps gdb took of our QEMU fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from dfuforensics.crash.records import RegisterSnapshot
from dfuforensics.evidence import detect
from dfuforensics.evidence.fault_text import FaultTextParser
from dfuforensics.model import Event, InputKind, MemorySegment, ParseWarning
from dfuforensics.sources import expand

DATA = Path(__file__).resolve().parent / "data"
FIRMWARE = Path(__file__).resolve().parent.parent / "firmware"

PARSER = FaultTextParser()


def parse(path: Path) -> list:
    return list(PARSER.parse(expand([str(path)])[0]))


def faults(records: list) -> list[Event]:
    return [r for r in records if isinstance(r, Event) and r.kind == "fault"]


def test_nrf_hardfault_library_block_precise_bus_error() -> None:
    [f] = faults(parse(DATA / "nrf_hardfault_preciserr_sdk153.log"))
    assert f.line == 1 and f.fields["origin"] == "nrf-hardfault"
    assert f.fields["pc"] == 0x0002565A and f.fields["lr"] == 0x0000DCD5
    assert f.fields["registers"]["xpsr"] == 0x2100000B and f.fields["registers"]["r12"] == 3
    assert f.fields["cfsr_bits"] == ["CFSR.PRECISERR", "CFSR.BFARVALID"]
    assert f.fields["fault_address"] == 0x000FFFFF


def test_repeated_hardfault_blocks_are_separate_events() -> None:
    fs = faults(parse(DATA / "nrf_hardfault_ibuserr_nrf52840.log"))
    assert [f.line for f in fs] == [1, 5]
    assert all(f.fields["cfsr_bits"] == ["CFSR.IBUSERR"] for f in fs)
    assert fs[0].fields["registers"]["r12"] != fs[1].fields["registers"]["r12"]


def test_sdk_cause_text_for_epsr_maps_to_invstate() -> None:
    [f] = faults(parse(DATA / "nrf_hardfault_invstate_microbit_v2.log"))
    assert f.fields["cfsr_bits"] == ["CFSR.INVSTATE"]
    assert f.fields["lr"] == 0xFFFFFFF9


@pytest.mark.parametrize("name,bits,pc,extra", [
    ("zephyr_bus_imprecise_nrf52840.log", ["CFSR.IMPRECISERR"], 0x7BD8, {"reason": 0, "thread": "unknown"}),
    ("zephyr_mpu_daccviol_nrf54l15.log", ["CFSR.DACCVIOL", "CFSR.MMARVALID"], 0x23888,
     {"fault_address": 0x9, "reason": 19}),
    ("zephyr_usage_unaligned_nrf54.log", ["CFSR.UNALIGNED"], 0x0, {"zephyr_fault": "USAGE FAULT"}),
])
def test_zephyr_fatal_error_prints(name: str, bits: list[str], pc: int, extra: dict) -> None:
    [f] = faults(parse(DATA / name))
    assert f.fields["fault_type"] == "zephyr_fatal"
    assert f.fields["cfsr_bits"] == bits
    assert f.fields["pc"] == pc
    for k, v in extra.items():
        assert f.fields[k] == v


def test_zephyr_boot_loop_gives_boot_events_and_two_faults() -> None:
    recs = parse(DATA / "zephyr_bus_precise_nrf5340_bootloop.log")
    assert [r.line for r in recs if isinstance(r, Event) and r.kind == "boot.start"] == [1, 11]
    fs = faults(recs)
    assert len(fs) == 2 and fs[0].fields["fault_address"] == 0x50019600
    assert fs[0].fields["cfsr_bits"] == ["CFSR.PRECISERR", "CFSR.BFARVALID"]
    assert not [r for r in recs if isinstance(r, Event) and r.kind == "unparsed"]


def test_cmbacktrace_registers_cause_backtrace_and_stack_words() -> None:
    recs = parse(DATA / "cmbacktrace_div0_stm32f103.log")
    [f] = faults(recs)
    assert f.fields["pc"] == 0x08001CE2 and f.fields["lr"] == 0x08001DB1
    assert f.fields["cfsr_bits"] == ["CFSR.DIVBYZERO"]
    assert f.fields["backtrace"][:2] == [0x08001CE2, 0x08001DAD] and len(f.fields["backtrace"]) == 7
    words = [r for r in recs if isinstance(r, MemorySegment)]
    assert len(words) == 8 and words[0].address == 0x200005D0
    assert words[5].data == (0x08001DB1).to_bytes(4, "little")


def test_cmbacktrace_over_rtt_with_single_digit_channel() -> None:
    [f] = faults(parse(DATA / "cmbacktrace_bare_metal_rtt.log"))
    assert f.fields["pc"] == 0x000145F2 and f.fields["context"].startswith("interrupt or bare metal")


def test_jlink_regs() -> None:
    recs = parse(DATA / "jlink_regs_lpc1114.txt")
    [snap] = [r for r in recs if isinstance(r, RegisterSnapshot)]
    assert snap.origin == "jlink" and not snap.stacked
    r = snap.registers
    assert (r["pc"], r["sp"], r["lr"], r["msp"], r["psp"], r["r10"], r["xpsr"]) == (
        0xFFFFFFFE, 0xE39FFFE0, 0xFFFFFFF9, 0xE39FFFE0, 0xAB11EDC0, 0x1CF55939, 0x61000003)
    assert InputKind("registers") in recs


def test_gdb_info_registers_from_a_forum_post() -> None:
    [snap] = [r for r in parse(DATA / "gdb_info_registers_espruino.txt") if isinstance(r, RegisterSnapshot)]
    assert snap.registers["xpsr"] == 0x1000003 and snap.registers["msp"] == 0xFFFFFFFC
    assert snap.registers["pc"] == 0x1F7BC


def test_gdb_capture_of_qemu_fixture_gives_registers_and_scb_words() -> None:
    recs = parse(FIRMWARE / "captures" / "m4-bad-store" / "regs.txt")
    [snap] = [r for r in recs if isinstance(r, RegisterSnapshot)]
    assert snap.registers["lr"] == 0xFFFFFFF9 and snap.registers["pc"] == 0x40
    segs = {s.address: s.data for s in recs if isinstance(s, MemorySegment)}
    assert int.from_bytes(segs[0xE000ED28][:4], "little") == 0x8200  # CFSR
    assert int.from_bytes(segs[0xE000ED38][:4], "little") == 0x30000010  # BFAR
    assert not [r for r in recs if isinstance(r, ParseWarning)]


def test_bootloader_fault_line_and_jlink_byte_dump() -> None:
    recs = parse(DATA / "nrf_bootloader_assert_jlink_mem.txt")
    [f] = faults(recs)
    assert (f.fields["id"], f.fields["info"], f.fields["fault_type"]) == (0x4002, 0x20008298, "sdk_assert")
    [seg] = [r for r in recs if isinstance(r, MemorySegment)]
    assert seg.address == 0x20008298 and seg.data[:4] == (492).to_bytes(4, "little")


def test_frame_as_hex_words(tmp_path: Path) -> None:
    # the stacked frame of the m4-bad-store capture, as a user would paste it
    ram = (FIRMWARE / "captures" / "m4-bad-store" / "ram.bin@0x20000000").read_bytes()
    words = [int.from_bytes(ram[0xFC8 + 4 * i: 0xFCC + 4 * i], "little") for i in range(8)]
    p = tmp_path / "frame.txt"
    p.write_text(" ".join(f"0x{w:08x}" for w in words[:4]) + "\n" + " ".join(f"{w:08X}" for w in words[4:]) + "\n")
    src = expand([str(p)])[0]
    assert detect(src) is not None and detect(src).kind == "fault-text"
    [snap] = [r for r in parse(p) if isinstance(r, RegisterSnapshot)]
    assert snap.stacked and snap.registers["pc"] == 0xC8 and snap.registers["r0"] == 0x30000010


def test_wrong_number_of_words_is_a_warning_not_a_frame(tmp_path: Path) -> None:
    p = tmp_path / "frame.txt"
    p.write_text("0x00000001 0x00000002 0x00000003\n")
    recs = parse(p)
    assert not [r for r in recs if isinstance(r, RegisterSnapshot)]
    [w] = [r for r in recs if isinstance(r, ParseWarning)]
    assert "3 hex words" in w.message and w.location.line == 1


def test_sniff_leaves_ordinary_logs_alone(shared: Path) -> None:
    log = expand([str(shared / "cases" / "sdk16-serial-sd-req-not-met-0xB")])
    for src in log:
        assert PARSER.sniff(src) < 0.3, src.display


def test_unknown_lines_are_kept_and_warned(tmp_path: Path) -> None:
    p = tmp_path / "f.txt"
    p.write_text("HARD FAULT at 0x00001234\nsomething else entirely\n")
    recs = parse(p)
    assert [r.kind for r in recs if isinstance(r, Event)] == ["fault", "unparsed"] or \
        [r.kind for r in recs if isinstance(r, Event)] == ["unparsed", "fault"]
    assert any(isinstance(r, ParseWarning) and r.location.line == 2 for r in recs)
