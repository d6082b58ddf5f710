"""The cause read from the code when no fault status was captured, checked against the real one.

The QEMU captures in tests/firmware/captures hold the SCB words gdb read at the fault (CFSR, BFAR ...).
Without them -- ELF, RAM dump and `info registers` only, what a bench usually yields -- the cause
inferred from the instruction at the stacked PC must be the one the core recorded.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from qemu_captures import FIRMWARE, without_scb

from dfuforensics.crash.inference import infer
from dfuforensics.pipeline import analyze_paths


def _crash(folder: Path, elf: str) -> dict:
    return analyze_paths([str(folder), str(FIRMWARE / "elf" / elf)]).to_json()["crash"]


@pytest.mark.parametrize("name", ["m4-undefined", "m4-thumb-clear", "m4-bad-store", "m4-div-zero"])
def test_inferred_cause_equals_the_captured_one(tmp_path, name):
    captured = _crash(FIRMWARE / "captures" / name, "m4.elf")
    inferred = _crash(without_scb(tmp_path, name), "m4.elf")
    assert captured["fault"]["status_from"] == "captured"
    assert inferred["fault"]["status_from"] == "inferred from the code" and inferred["fault"]["bits_inferred"]
    assert inferred["fault"]["cfsr_bits"] == captured["fault"]["cfsr_bits"]
    assert inferred["fault"].get("fault_address") == captured["fault"].get("fault_address")
    assert inferred["pc"]["function"] == captured["pc"]["function"]
    assert any(n.startswith("cause inferred from the code") for n in inferred["notes"])


def test_stale_frame_gives_no_cause(tmp_path):
    """Stacking into the MPU guard wrote no frame: what lies at SP is not evidence of anything.  With the
    stack above SP wiped too (no recursion to see: test_analysis.py has the capture as it is), no cause is
    given at all."""
    folder = without_scb(tmp_path, "m4-stack-overflow")
    ram_path = next(folder.glob("ram.bin@*"))
    ram = bytearray(ram_path.read_bytes())
    ram[0xC0:0x1000] = bytes(0x1000 - 0xC0)  # SP is 0x200000C0: everything the recursion pushed
    ram_path.write_bytes(bytes(ram))
    crash = _crash(folder, "m4.elf")
    assert crash["fault"]["cfsr_bits"] == [] and crash["fault"]["status_from"] == "not in the evidence"
    assert any("may be stale RAM" in n for n in crash["not_established"])


@pytest.mark.parametrize("name, bits, cause", [
    ("m0-undefined", ["CFSR.UNDEFINSTR"], "undefined instruction"),
    ("m0-thumb-clear", ["CFSR.INVSTATE"], "invalid state"),
    ("m0-bad-store", ["CFSR.PRECISERR", "CFSR.BFARVALID"], "bus error"),
    ("m0-stack-overflow", ["CFSR.STKERR"], "stack overflow"),
])
def test_cortex_m0_names_the_cause(name, bits, cause):
    """ARMv6-M has no CFSR; the M4 builds of the same faults say what these must be."""
    fault = _crash(FIRMWARE / "captures" / name, "m0.elf")["fault"]
    assert fault["cfsr_bits"] == bits and fault["inferred_cause"] == cause
    if name == "m0-bad-store":
        assert fault["fault_address"] == 0x30000010  # the BFAR the M4 capture recorded


def _reader(code: bytes, at: int = 0x100):
    return lambda addr, n: code[addr - at:addr - at + n] if at <= addr and addr - at + n <= len(code) else None


def test_encodings():
    thumb = 0x01000000
    udf_w = infer(0x100, thumb, {}, {}, _reader(bytes.fromhex("f0f700a0")))
    assert udf_w is not None and udf_w.cfsr_bits == ("CFSR.UNDEFINSTR",)
    # UDIV r0, r1, r2 with r2 = 5: no fault cause in the code
    assert infer(0x100, thumb, {"r2": 5}, {}, _reader(bytes.fromhex("b1fbf2f0"))) is None
    # LDR.W r3, [r4, #0x10] with r4 from the halted core: a load of r4 + 0x10
    ldr_w = infer(0x100, thumb, {}, {"r4": 0x40001000}, _reader(bytes.fromhex("d4f81030")))
    assert ldr_w is not None and ldr_w.address == 0x40001010 and "halted core" in ldr_w.reasoning
    # STR r1, [r0, #-4] (T4, P=1 U=0 W=0): a store below r0
    str_t4 = infer(0x100, thumb, {"r0": 0x20000010}, {}, _reader(bytes.fromhex("40f8041c")))
    assert str_t4 is not None and str_t4.address == 0x2000000C and "store" in str_t4.reasoning
    # STR r2, [r0, r1] (register offset)
    reg = infer(0x100, thumb, {"r0": 0x1000, "r1": 0x24}, {}, _reader(bytes.fromhex("4250")))
    assert reg is not None and reg.address == 0x1024
    # a base register the evidence lacks: no guess
    assert infer(0x100, thumb, {}, {}, _reader(bytes.fromhex("d4f81030"))) is None
