"""Unwinder limits on real captured stacks, damaged on purpose."""

from __future__ import annotations

import shutil
from pathlib import Path

from dfuforensics.symbols.unwind import CodeImage, scan_stack, unwind

FIRMWARE = Path(__file__).resolve().parent.parent / "firmware"
CAP = FIRMWARE / "captures" / "m4-div-zero"
RAM = 0x20000000


def reader(ram: bytes):  # noqa: ANN201
    def read_u32(addr: int) -> int | None:
        off = addr - RAM
        return int.from_bytes(ram[off:off + 4], "little") if 0 <= off <= len(ram) - 4 else None
    return read_u32


def start_regs(ram: bytes) -> dict[str, int]:
    read = reader(ram)
    frame = [read(0x20000FB8 + 4 * i) for i in range(8)]  # the frame gdb's SP pointed at
    regs = {f"r{i}": 0 for i in range(13)}
    regs.update(r0=frame[0], r1=frame[1], r2=frame[2], r3=frame[3], r12=frame[4], r7=0x20000FE0,
                lr=frame[5], pc=frame[6], sp=0x20000FB8 + 0x20 + 4)  # xPSR bit 9: one padding word
    return regs


def test_cfi_walk_on_the_captured_stack() -> None:
    ram = (CAP / "ram.bin@0x20000000").read_bytes()
    res = unwind(CodeImage(FIRMWARE / "elf" / "m4.elf"), start_regs(ram), reader(ram))
    # application_step ends in `b.w run_fault`: main's `bl application_step` (before 0x200) names it, and
    # gdb's bt lists it too (from DWARF call sites; oracles/m4-div-zero.gdb-bt)
    assert [f.method for f in res.frames] == ["fault", "cfi", "tail-call", "cfi", "cfi"]
    assert [f.pc for f in res.frames] == [0xD6, 0x16A, 0x1E0, 0x200, 0x94]
    assert "reset handler" in res.stopped


def test_bl_target_and_sp_based_cfa() -> None:
    """The two facts the walk takes from the code when the stack alone does not say: where a BL went
    (checked against objdump's disassembly of m4.elf: `1fc: bl 1e0 <application_step>`) and the CFA as
    SP + n before a frame-pointer prologue (`push {r3, r4, r7, lr}` = 16 bytes, then `add r7, sp, #0`)."""
    image = CodeImage(FIRMWARE / "elf" / "m4.elf")
    assert image.call_target(0x200) == 0x1E0
    assert image.call_target(0x1FA) is None  # `push {r7, lr}; add r7, sp, #0` is not a call
    assert image.function_span(0x1E4) == image.function_span(0x1E0) != image.function_span(0x200)
    run_fault = image.function_span(0x16A)
    assert image.sp_based_cfa(0x16A) == 16 and run_fault is not None


def test_cyclic_stack_terminates(tmp_path: Path) -> None:
    ram = bytearray((CAP / "ram.bin@0x20000000").read_bytes())
    # run_fault's frame: saved r7 at CFA-8 and lr at CFA-4 (CFA = r7 + 16 = 0x20000FF0); make the
    # saved r7 recreate the same CFA and the saved lr return into run_fault itself
    ram[0xFE8:0xFEC] = (0x20000FE0).to_bytes(4, "little")
    ram[0xFEC:0xFF0] = (0x16B).to_bytes(4, "little")
    res = unwind(CodeImage(FIRMWARE / "elf" / "m4.elf"), start_regs(bytes(ram)), reader(bytes(ram)))
    assert "loops" in res.stopped
    assert len(res.frames) < 8


def test_scan_finds_only_words_after_a_call() -> None:
    ram = (FIRMWARE / "captures" / "m4-stack-overflow" / "ram.bin@0x20000000").read_bytes()
    image = CodeImage(FIRMWARE / "elf" / "m4.elf")
    found = scan_stack(image, 0x200000C0, 0x20001000, reader(ram))
    assert found and all(f.method == "heuristic" for f in found)
    assert all(image.follows_call(f.pc) for f in found)
    assert found[-1].pc == 0x94  # Reset_Handler's call of main: the bottom of the stack


def test_missing_stack_memory_stops_with_a_reason() -> None:
    ram = (CAP / "ram.bin@0x20000000").read_bytes()[:0xFE0]
    image = CodeImage(FIRMWARE / "elf" / "m4.elf")
    res = unwind(image, start_regs(ram), reader(ram))
    assert "0x20000FE0 is not in the RAM dump" in res.stopped
    # the frames it could unwind before the cut are those of the whole dump, in the same order
    whole = (CAP / "ram.bin@0x20000000").read_bytes()
    full = unwind(image, start_regs(whole), reader(whole))
    assert [f.pc for f in res.frames] == [f.pc for f in full.frames[:len(res.frames)]]
    assert len(res.frames) >= 2 and len(full.frames) > len(res.frames)


def test_capture_folder_copy_is_self_contained(tmp_path: Path) -> None:
    dst = tmp_path / "cap"
    shutil.copytree(CAP, dst)
    assert (dst / "regs.txt").read_text().count("\n") > 15
