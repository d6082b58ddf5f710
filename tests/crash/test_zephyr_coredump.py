"""Zephyr core dumps (evidence/zephyr_coredump.py) through the crash analysis, against real faults.

The dumps are real: tests/firmware/startup_coredump.c writes, from its fault handler, a core dump in
Zephyr's format to the UART of QEMU's mps2-an386, for a bad store, a divide by zero and an undefined
instruction (captures/m4-coredump-*/uart.log); gdb's `bt` and its reads of the SCB fault registers at the
same halt are the oracles (oracles/NAME.gdb-bt, captures/NAME/regs.txt).  derive_coredump_logs.py made the
other committed forms from those bytes (binary, flash partition, cut off, inside a Zephyr log); the
damaged and older forms below are made here from the same bytes, each as the comment says.
"""

from __future__ import annotations

import re
import shutil
import socket
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from qemu_captures import FIRMWARE, agrees_with_gdb, gdb_chain

from dfuforensics.crash import cortexm as cm
from dfuforensics.evidence import detect
from dfuforensics.evidence.zephyr_coredump import ZephyrCoredumpParser, decode
from dfuforensics.pipeline import analyze_paths, build_case, diagnose, run_analyses
from dfuforensics.report.model import build_report
from dfuforensics.sources import expand

ELF = FIRMWARE / "elf" / "m4-coredump.elf"
CAPTURES = ("m4-coredump-bad-store", "m4-coredump-divide", "m4-coredump-undefined")


def _report(*paths: Path | str) -> dict:
    return analyze_paths([str(p) for p in paths]).to_json()


def _case(*paths: Path | str):  # noqa: ANN202 - the Case, for its events and facts
    case = build_case(expand([str(p) for p in paths]), [])
    run_analyses(case)
    diagnose(case, ())
    return case


def _warnings(report: dict, name: str) -> list[dict]:
    return [w for i in report["inputs"] if i["path"].endswith(name) for w in i["warnings"]]


def _scb(name: str) -> dict[str, int]:
    """CFSR, HFSR and BFAR as the core had them (gdb's x/6wx 0xE000ED28 at the halt)."""
    words: list[int] = []
    for line in (FIRMWARE / "captures" / name / "regs.txt").read_text().splitlines():
        if line.startswith(("0xe000ed28:", "0xe000ed38:")):
            words += [int(w, 16) for w in line.split()[1:]]
    return {"cfsr": words[0], "hfsr": words[1], "bfar": words[4]}


def _gdb_pc(name: str) -> int:
    """The pc gdb shows for the frame after `<signal handler called>`: the faulting instruction."""
    text = (FIRMWARE / "oracles" / f"{name}.gdb-bt").read_text().split("<signal handler called>")[1]
    return int(re.search(r"#\d+\s+(0x[0-9a-f]+) in ", text).group(1), 16)


def _dump(name: str) -> bytes:
    return (FIRMWARE / "captures" / name / "coredump.bin").read_bytes()


@pytest.mark.parametrize("name", CAPTURES)
def test_uart_dump_gives_place_chain_and_cause(name: str) -> None:
    """The #CD: lines as the UART carried them, and the ELF: the faulting function and pc, the chain gdb
    unwound, and the cause -- inferred from the code, with the very bits the core set in CFSR."""
    report = _report(FIRMWARE / "captures" / name / "uart.log", ELF)
    assert [i["kind"] for i in report["inputs"]] == ["zephyr-coredump", "elf"]
    crash = report["crash"]
    gdb = gdb_chain(name)
    assert crash["pc"]["function"] == gdb[0] and crash["pc"]["address"] == _gdb_pc(name)
    assert agrees_with_gdb(crash["backtrace"], gdb), ([b["function"] for b in crash["backtrace"]], gdb)
    assert [b["function"] for b in crash["backtrace"] if b["function"] in gdb] == gdb
    assert crash["backtrace_method"] == "cfi"
    fault = crash["fault"]
    scb = _scb(name)
    assert fault["cfsr_bits"] == [b.qualified for b in cm.decode_bits("cfsr", scb["cfsr"])]
    assert fault["status_from"] == "inferred from the code" and fault["bits_inferred"] is True
    if scb["cfsr"] & 1 << 15:  # BFARVALID: the address the store used is the one the core latched
        assert fault["fault_address"] == scb["bfar"]
    assert fault["reason_name"] == "K_ERR_CPU_EXCEPTION"
    assert crash["registers_from"].startswith("zephyr-coredump (")
    assert _warnings(report, "uart.log") == []


def test_facts_name_the_source_and_origin() -> None:
    case = _case(FIRMWARE / "captures" / "m4-coredump-divide" / "uart.log", ELF)
    facts = case.facts["crash"]
    assert (facts["source"], facts["origin"], facts["fault_type"]) == ("coredump", "zephyr-coredump", "usagefault")
    assert facts["inferred_cause"] == "divide by zero" and facts["fault_count"] == 1
    assert facts["pc_function"] == "divide"
    assert [f.rule_id for f in case.findings][:1] == ["CRASH-HARDWARE-FAULT"]


def _flash_with_firmware(size: int) -> bytearray:
    """Erased flash holding the ELF's load image, as a flash read of the unit would."""
    from elftools.elf.elffile import ELFFile

    flash = bytearray(b"\xff" * size)
    with open(ELF, "rb") as fh:
        for seg in ELFFile(fh).iter_segments():
            if seg["p_type"] == "PT_LOAD" and seg["p_filesz"] and seg["p_paddr"] < size:
                flash[seg["p_paddr"]:seg["p_paddr"] + seg["p_filesz"]] = seg.data()
    return flash


def _same_answer(a: dict, b: dict) -> None:
    for key in ("pc", "lr"):
        assert a[key] == b[key]
    assert [(x["function"], x["address"]) for x in a["backtrace"]] == [(x["function"], x["address"])
                                                                       for x in b["backtrace"]]
    assert a["fault"]["cfsr_bits"] == b["fault"]["cfsr_bits"] and a["fault"]["type"] == b["fault"]["type"]


@pytest.mark.parametrize("name", CAPTURES)
def test_every_form_of_the_dump_gives_the_same_answer(name: str, tmp_path: Path) -> None:
    """The dump's binary (as Zephyr's own tool writes it), the flash partition's copy, a partition inside a
    raw flash image, RTT's `00> ` on every line, and the dump inside a Zephyr log with its lines
    prefixed and other modules' lines between them."""
    folder = FIRMWARE / "captures" / name
    want = _report(folder / "uart.log", ELF)["crash"]
    rtt = tmp_path / "rtt.log"  # what RTT Viewer shows of the same output: its channel prefix on each line
    rtt.write_text("".join(f"00> {ln}\n" for ln in (folder / "uart.log").read_text().splitlines()))
    image = tmp_path / "flash.bin"  # a 64 KiB flash read: the firmware, the partition copy at 0xC000, erased rest
    flash = _flash_with_firmware(0x10000)
    part = (folder / "coredump-partition.bin").read_bytes()
    flash[0xC000:0xC000 + len(part)] = part
    image.write_bytes(bytes(flash))
    forms = {"coredump.bin": (folder / "coredump.bin", "zephyr-coredump"),
             "coredump-partition.bin": (folder / "coredump-partition.bin", "zephyr-coredump"),
             "flash image": (f"{image}@0x0", "flash-image"),
             "rtt": (rtt, "zephyr-coredump"),
             "zephyr.log": (folder / "zephyr.log", "zephyr-log")}
    for label, (path, kind) in forms.items():
        report = _report(path, ELF)
        assert report["inputs"][0]["kind"] == kind, label
        _same_answer(report["crash"], want)
        assert report["crash"]["fault"]["status_from"] == "inferred from the code", label
    # the flash image: the dump's records cite the image's own offsets
    report = _report(f"{image}@0x0", ELF)
    assert report["crash"]["registers_from"].endswith(f"flash.bin@0x0 offset 0x{0xC000 + 16 + 12 + 5:X})")


def test_dump_inside_a_zephyr_log() -> None:
    """Prefixed #CD: lines among other modules' lines: the log's own events are all there, the dump is one
    fault (joined with the kernel's ">>> ZEPHYR FATAL ERROR" line before it), timed at its #CD:BEGIN#."""
    path = FIRMWARE / "captures" / "m4-coredump-bad-store" / "zephyr.log"
    case = _case(path, ELF)
    report = build_report(case).to_json()
    lines = path.read_text().splitlines()
    begin = next(i for i, ln in enumerate(lines, 1) if ln.endswith("#CD:BEGIN#"))
    faults = [e for e in case.events if e.kind == "fault" and e.fields.get("origin") == "zephyr-coredump"]
    assert len(faults) == 1 and faults[0].line == begin
    assert faults[0].t == pytest.approx(float(re.search(r"\.(\d{3}),(\d{3})\]", lines[begin - 1]).group(1)) / 1e3
                                        + float(re.search(r",(\d{3})\]", lines[begin - 1]).group(1)) / 1e6)
    assert case.facts["crash"]["fault_count"] == 1
    assert report["crash"]["fault"]["reason_text"] == "CPU exception"  # from the joined kernel line
    interleaved = [e for e in case.events if e.module == "sensor"]
    assert len(interleaved) == sum(1 for ln in lines if "<wrn> sensor:" in ln) > 0
    assert any(e.kind == "boot.start" for e in case.events)
    assert _warnings(report, "zephyr.log") == []


def test_fault_print_and_dump_are_one_fault_with_the_printed_cause() -> None:
    """fault.c's print (its causes from the capture's CFSR) then the dump: one fault; the print gives the
    cause as the core recorded it, the dump the registers and the chain."""
    name = "m4-coredump-bad-store"
    report = _report(FIRMWARE / "captures" / name / "zephyr-fault-print.log", ELF)
    crash = report["crash"]
    assert "fault_count" not in crash  # one fault, not the print and the dump
    scb = _scb(name)
    assert crash["fault"]["status_from"] == "printed"
    assert crash["fault"]["cfsr_bits"] == [b.qualified for b in cm.decode_bits("cfsr", scb["cfsr"])]
    assert crash["fault"]["hfsr_bits"] == [b.qualified for b in cm.decode_bits("hfsr", scb["hfsr"])]
    assert crash["fault"]["fault_address"] == scb["bfar"]
    assert agrees_with_gdb(crash["backtrace"], gdb_chain(name))


def test_cut_off_dump_gives_what_it_holds_and_says_what_is_missing() -> None:
    """uart-cut.log stops inside memory block 2 (the stack), mid-line, with no #CD:END#: the registers
    still give the place and the cause; the chain is pc and lr; the warnings name what is missing."""
    name = "m4-coredump-bad-store"
    path = FIRMWARE / "captures" / name / "uart-cut.log"
    lines = path.read_text().splitlines()
    headers = [i for i, ln in enumerate(lines) if ln.startswith("#CD:4d0100") and len(ln) == 26]
    start, end = struct.unpack("<II", bytes.fromhex(lines[headers[1]][10:]))
    held = sum(len(ln) - 4 for ln in lines[headers[1] + 1:]) // 2
    report = _report(path, ELF)
    warnings = {w["message"]: w["line"] for w in _warnings(report, "uart-cut.log")}
    assert warnings == {
        f"no #CD:END# marker: the input ends after line {len(lines)}, inside the dump": len(lines),
        f"memory block 2 (0x{start:08X}-0x{end:08X}) cut at byte {held} of {end - start}: "
        f"0x{start + held:08X}-0x{end:08X} is not in the dump": len(lines)}
    crash = report["crash"]
    gdb = gdb_chain(name)
    assert crash["pc"]["function"] == gdb[0] and crash["lr"]["function"] == gdb[-1]
    assert [(b["function"], b["method"]) for b in crash["backtrace"]] == [(gdb[0], "fault"), (gdb[-1], "lr")]
    assert crash["fault"]["cfsr_bits"] == [b.qualified for b in cm.decode_bits("cfsr", _scb(name)["cfsr"])]
    assert any("the stack at sp" in n and "not in the evidence" in n for n in crash["not_established"])


@pytest.mark.parametrize("name", CAPTURES)
def test_older_arch_block_and_older_sp_give_the_same_chain(name: str, tmp_path: Path) -> None:
    """The real dump re-encoded as older Zephyrs wrote it: arch block version 1 (no r4-r11), and `sp` as the
    exception frame's own address (before z_arm_set_fault_sp): the reader still finds the interrupted
    code's SP, and the chain is gdb's."""
    dump = _dump(name)
    hdr, (_id, version, size) = dump[:12], struct.unpack_from("<cHH", dump, 12)
    assert version == 2 and size == 68
    words = list(struct.unpack_from("<17I", dump, 17))
    rest = dump[17 + 68:]
    v1 = hdr + struct.pack("<cHH", b"A", 1, 36) + struct.pack("<9I", *words[:9]) + rest
    words[8] = (words[8] & ~4 if words[7] >> 9 & 1 else words[8]) - 32  # the frame's address, as it was stored
    old = hdr + dump[12:17] + struct.pack("<17I", *words) + rest
    gdb = gdb_chain(name)
    for label, data in (("v1", v1), ("old-sp", old)):
        path = tmp_path / f"{label}.bin"
        path.write_bytes(data)
        crash = _report(path, ELF)["crash"]
        assert agrees_with_gdb(crash["backtrace"], gdb), (label, [b["function"] for b in crash["backtrace"]])
        assert crash["pc"]["function"] == gdb[0]
    notes = _report(tmp_path / "old-sp.bin", ELF)["crash"]["notes"]
    assert any("is the exception frame's own address" in n for n in notes)


def _corrupt_log(tmp_path: Path, edit: int, value: bytes) -> Path:
    """uart.log of the bad store with the dump's bytes ``edit``.. replaced by ``value`` (hex re-encoded)."""
    data = bytearray(_dump("m4-coredump-bad-store"))
    data[edit:edit + len(value)] = value
    lines = (FIRMWARE / "captures" / "m4-coredump-bad-store" / "uart.log").read_text().splitlines()
    out, pos = [], 0
    for ln in lines:
        if ln in ("#CD:BEGIN#", "#CD:END#"):
            out.append(ln)
            continue
        n = (len(ln) - 4) // 2
        out.append("#CD:" + data[pos:pos + n].hex())
        pos += n
    path = tmp_path / "corrupt.log"
    path.write_text("\n".join(out) + "\n")
    return path


@pytest.mark.parametrize("edit, value, line, message", [
    (0, b"ZX", 2, "not a Zephyr core dump: header id is b'ZX', not 'ZE' (coredump_hdr_t)"),
    (6, b"\x07", 2, "not a Zephyr core dump: ptr_size_bits 7 is none Zephyr writes"),
    (2, b"\x09\x00", 2, "header version 9 is newer than the ones this reader knows (1, 2)"),
    (15, b"\x40\x00", 3, "ARM Cortex-M arch block version 2 has 68 bytes, this one says 64"),
])
def test_damaged_dump_is_a_warning_with_its_line(tmp_path: Path, edit: int, value: bytes, line: int,
                                                  message: str) -> None:
    report = _report(_corrupt_log(tmp_path, edit, value), ELF)
    warnings = _warnings(report, "corrupt.log")
    assert any(w["line"] == line and w["message"].startswith(message) for w in warnings), warnings


def test_damaged_binary_header_is_a_warning_not_a_traceback(tmp_path: Path) -> None:
    data = bytearray(_dump("m4-coredump-bad-store"))
    data[6] = 9  # ptr_size_bits
    path = tmp_path / "dump.bin"
    path.write_bytes(bytes(data))
    proc = subprocess.run([sys.executable, "-m", "dfuforensics", "analyze", str(path), str(ELF), "--format", "json"],
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in proc.stderr and proc.returncode in (0, 1, 3), proc.stderr
    assert "not a Zephyr core dump: ptr_size_bits 9" in proc.stdout
    assert _report(path)["inputs"][0]["kind"] == "zephyr-coredump"


def test_decode_reads_the_format_as_zephyr_defines_it() -> None:
    """Header, arch block and memory blocks of the real dump, against what the firmware and gdb know."""
    dump = decode(_dump("m4-coredump-bad-store"))
    assert (dump.hdr_version, dump.target, dump.ptr_size_bits, dump.reason) == (2, "ARM_CORTEX_M", 5, 0)
    assert dump.arch_version == 2 and not dump.truncated and dump.problems == []
    stack = dump.blocks[1]
    assert (stack.start, stack.end) == (0x20000000, 0x20001000)  # link.ld: the 4 KiB stack below _estack
    regs = {}
    for line in (FIRMWARE / "captures" / "m4-coredump-bad-store" / "regs.txt").read_text().splitlines()[:13]:
        name, value = line.split()[:2]
        regs[name] = int(value, 16)
    # r4-r11 do not change between the fault and the halt in spin_forever (the handler's code saves and
    # restores what it uses, and r8-r11 are not used): the dump's values are gdb's
    assert {k: dump.arch[k] for k in ("r8", "r9", "r10", "r11")} == {k: regs[k] for k in ("r8", "r9", "r10", "r11")}
    sp = dump.arch["sp"]  # the interrupted code's: frame + 32, | 4 when the core padded the frame (xPSR bit 9)
    frame_at = (sp & ~4 if dump.arch["xpsr"] >> 9 & 1 else sp) - 32
    ram = (FIRMWARE / "captures" / "m4-coredump-bad-store" / "ram.bin@0x20000000").read_bytes()
    assert struct.unpack_from("<8I", ram, frame_at - 0x20000000) == tuple(dump.arch[k] for k in cm.BASIC_FRAME)


def test_sniff_claims_bare_dumps_and_leaves_logs_to_their_parsers(tmp_path: Path) -> None:
    parser = ZephyrCoredumpParser()
    folder = FIRMWARE / "captures" / "m4-coredump-bad-store"
    for path in ("uart.log", "coredump.bin", "coredump-partition.bin"):
        assert parser.sniff(expand([str(folder / path)])[0]) > 0.8
    assert detect(expand([str(folder / "zephyr.log")])[0]).kind == "zephyr-log"
    assert detect(expand([str(folder / "zephyr-fault-print.log")])[0]).kind == "zephyr-log"
    data = Path(__file__).parent / "data"
    for other in [*sorted(data.glob("*.log"))[:6], FIRMWARE / "elf" / "m4.elf", folder / "ram.bin@0x20000000"]:
        assert parser.sniff(expand([str(other)])[0]) == 0.0, other
    # a partition copy given with its flash address is a memory image; its reader finds the dump in it
    assert parser.sniff(expand([f"{folder / 'coredump-partition.bin'}@0xFC000"])[0]) == 0.0


def test_bare_lines_around_the_dump(tmp_path: Path) -> None:
    """A capture whose logger prefixes were lost: MCUboot's words, bare, on each of ten boots, then the
    application's dump -- read by the bare-line reader, which hands the #CD: lines over."""
    boot = ["Primary image: magic=good, swap_type=0x1, copy_done=0x3, image_ok=0x1",
            "Secondary image: magic=unset, swap_type=0x1, copy_done=0x3, image_ok=0x3",
            "Boot source: none", "Swap type: none", "Bootloader chainload address offset: 0x0",
            "Jumping to the first image slot"]
    uart = (FIRMWARE / "captures" / "m4-coredump-divide" / "uart.log").read_text()
    path = tmp_path / "bare.log"
    path.write_text("\n".join(boot * 10) + "\n" + uart)
    report = _report(path, ELF)
    assert report["inputs"][0]["kind"] in ("log-excerpt", "mcuboot-log")
    assert agrees_with_gdb(report["crash"]["backtrace"], gdb_chain("m4-coredump-divide"))
    assert report["crash"]["fault"]["cfsr_bits"] == ["CFSR.DIVBYZERO"]


def test_timeline_jsonl_carries_the_dump(tmp_path: Path) -> None:
    path = FIRMWARE / "captures" / "m4-coredump-bad-store" / "zephyr.log"
    proc = subprocess.run([sys.executable, "-m", "dfuforensics", "timeline", str(path), "--format", "jsonl"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert sum(1 for ln in proc.stdout.splitlines() if '"Zephyr core dump: K_ERR_CPU_EXCEPTION' in ln) == 1


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.qemu
@pytest.mark.skipif(not (shutil.which("qemu-system-arm") and shutil.which("gdb-multiarch")),
                    reason="needs qemu-system-arm and gdb-multiarch")
def test_capture_reproduces_committed_dump(tmp_path: Path) -> None:
    """The committed UART output and gdb oracle are what the emulator really gives."""
    import os

    name = "m4-coredump-divide"
    out = tmp_path / name
    subprocess.run(["sh", str(FIRMWARE / "capture_one.sh"), "mps2-an386", str(ELF), "2", str(out),
                    str(_free_port()), "spin"], check=True, timeout=90, capture_output=True,
                   env={**os.environ, "UART_LOG": "1"})
    committed = FIRMWARE / "captures" / name
    assert (out / "uart.log").read_bytes() == (committed / "uart.log").read_bytes()
    assert (out / "regs.txt").read_text() == (committed / "regs.txt").read_text()
    assert (out / "gdb-bt.txt").read_text() == (FIRMWARE / "oracles" / f"{name}.gdb-bt").read_text()
