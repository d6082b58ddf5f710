"""The J-Link backend against a fake at pylink's API boundary (no probe here): the calls made, the
errors a bench meets (no DLL, no probe, target not found, a read failing mid-way) and RTT.

The fake target is not invented data: its RAM, core registers and SCB words are those the crash room
recorded with gdb from the m4 bad-store fixture under QEMU, its flash is that fixture's ELF image, and
its RTT stream is a real posted nRF5 bootloader log; so `analyze` on the J-Link bundle must find the same
fault as on the crash room's own capture."""

from __future__ import annotations

import io
import json
import re
import struct
from contextlib import redirect_stderr
from pathlib import Path

import pylink
import pytest
from pylink import errors as jl_errors

from dfuforensics.capture import jlink as jlink_mod
from dfuforensics.capture.bundle import Capture, Options
from dfuforensics.capture.jlink import JLinkProbe
from dfuforensics.cli import main
from dfuforensics.pipeline import analyze_paths

FIRMWARE = Path(__file__).resolve().parents[1] / "firmware"
CAPTURE = FIRMWARE / "captures" / "m4-bad-store"
ELF = FIRMWARE / "elf" / "m4.elf"
RTT_CASE = "cases/sdk16-uart-no-firmware-to-activate-app-reset-loop/input.log"

# J-Link's names for the Cortex-M register set (JLINKARM_GetRegisterName), in its index order
JLINK_REG_NAMES = ["R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12",
                   "R13 (SP)", "R14", "R15 (PC)", "XPSR", "MSP", "PSP", "RAZ", "CFBP", "APSR", "EPSR", "IPSR",
                   "PRIMASK", "BASEPRI", "FAULTMASK", "CONTROL"]


def _ficr_nrf52810() -> bytes:
    """FICR of an nRF52810-QFAA: 4 KiB pages x 48 = 192 KiB flash, INFO.RAM 24 KiB (nRF52810 PS, FICR)."""
    f = bytearray(b"\xff" * 0x400)
    struct.pack_into("<II", f, 0x10, 0x1000, 48)
    struct.pack_into("<II", f, 0x60, 0x89ABCDEF, 0x01234567)
    struct.pack_into("<IIIII", f, 0x100, 0x52810, 0x41414141, 0x2000, 24, 192)
    return bytes(f)


def _fixture_target() -> tuple[dict[int, bytes], dict[str, int]]:
    """Memory and registers of the crash room's recorded fault (gdb's `info registers` + x/wx)."""
    from elftools.elf.elffile import ELFFile

    if not (CAPTURE / "regs.txt").exists() or not ELF.exists():
        pytest.skip("the crash room's fixture capture (tests/firmware/captures/m4-bad-store) is missing")
    regs, words = {}, {}
    for line in (CAPTURE / "regs.txt").read_text().splitlines():
        m = re.match(r"^(\w+)\s+0x([0-9a-f]+)\s", line)
        if m:
            regs[m.group(1)] = int(m.group(2), 16)
        m = re.match(r"^0x([0-9a-f]+):\s+(.*)$", line)
        if m:
            for i, w in enumerate(m.group(2).split()):
                words[int(m.group(1), 16) + 4 * i] = int(w, 16)
    flash = bytearray(b"\xff" * 192 * 1024)
    with ELF.open("rb") as fh:
        for seg in ELFFile(fh).iter_segments():
            if seg["p_type"] == "PT_LOAD" and seg["p_filesz"]:
                flash[seg["p_paddr"]:seg["p_paddr"] + seg["p_filesz"]] = seg.data()
    ram = (CAPTURE / "ram.bin@0x20000000").read_bytes()
    ram += bytes(24 * 1024 - len(ram))
    scb = bytearray(64)
    struct.pack_into("<I", scb, 0, 0x410FC241)  # CPUID: Cortex-M4 r0p1, as on nRF52
    for addr, w in words.items():
        struct.pack_into("<I", scb, addr - 0xE000ED00, w)
    memory = {0: bytes(flash), 0x20000000: ram, 0x10000000: _ficr_nrf52810(), 0x10001000: b"\xff" * 0x1000,
              0xE000ED00: bytes(scb), 0x40000400: struct.pack("<I", 0x4),  # RESETREAS.SREQ
              0x4000051C: struct.pack("<II", 0xB1, 0)}  # GPREGRET = BOOTLOADER_DFU_START
    jregs = {"R13 (SP)": regs["sp"], "R14": regs["lr"], "R15 (PC)": regs["pc"], "XPSR": regs["xpsr"],
             **{f"R{i}": regs[f"r{i}"] for i in range(13)}, "MSP": regs["sp"], "PSP": 0, "PRIMASK": 0}
    return memory, jregs


class FakeJLink:
    """pylink.JLink's surface as the capture uses it; records every call."""

    def __init__(self, memory: dict[int, bytes], registers: dict[str, int], *, halted: bool = False,
                 fail_from: int | None = None, rtt: bytes | None = None, open_error: str | None = None,
                 connect_error: str | None = None) -> None:
        self.memory, self.registers = memory, registers
        self._halted, self.fail_from, self.rtt = halted, fail_from, rtt
        self.open_error, self.connect_error = open_error, connect_error
        self.calls: list[tuple] = []
        self.rtt_searches = 0
        self.product_name, self.serial_number, self.firmware_version = "J-Link EDU", 260101234, "V11 compiled"

    def open(self, serial_no=None):
        self.calls.append(("open", serial_no))
        if self.open_error:
            raise jl_errors.JLinkException(self.open_error)

    def set_tif(self, interface):
        self.calls.append(("set_tif", interface))

    def connect(self, chip_name, speed="auto", verbose=False):
        self.calls.append(("connect", chip_name, speed))
        if self.connect_error:
            raise jl_errors.JLinkException(self.connect_error)

    def halted(self):
        self.calls.append(("halted",))
        return self._halted

    def halt(self):
        self.calls.append(("halt",))
        self._halted = True
        return True

    def _bytes(self, addr: int, n: int) -> bytes:
        if self.fail_from is not None and addr + n > self.fail_from and addr < 0x10000000:
            raise jl_errors.JLinkReadException(-1)
        for start, data in self.memory.items():
            if start <= addr and addr + n <= start + len(data):
                return data[addr - start:addr - start + n]
        raise jl_errors.JLinkReadException(-1)

    def memory_read8(self, addr, num_bytes, zone=None):
        self.calls.append(("memory_read8", addr, num_bytes))
        return list(self._bytes(addr, num_bytes))

    def memory_read32(self, addr, num_words, zone=None):
        self.calls.append(("memory_read32", addr, num_words))
        return list(struct.unpack(f"<{num_words}I", self._bytes(addr, num_words * 4)))

    def register_list(self):
        return list(range(len(JLINK_REG_NAMES)))

    def register_name(self, index):
        return JLINK_REG_NAMES[index]

    def register_read_multiple(self, indices):
        self.calls.append(("register_read_multiple", len(indices)))
        return [self.registers.get(JLINK_REG_NAMES[i], 0) for i in indices]

    def rtt_start(self, block_address=None):
        self.calls.append(("rtt_start",))

    def rtt_get_num_up_buffers(self):
        self.rtt_searches += 1
        if self.rtt is None or self.rtt_searches < 3:
            raise jl_errors.JLinkRTTException(-2)  # the library is still looking for the control block
        return 3

    def rtt_read(self, buffer_index, num_bytes):
        assert buffer_index == 0
        chunk, self.rtt = self.rtt[:min(num_bytes, 700)], self.rtt[min(num_bytes, 700):]
        return list(chunk)

    def rtt_stop(self):
        self.calls.append(("rtt_stop",))

    def close(self):
        self.calls.append(("close",))


def _probe(fake: FakeJLink, device: str | None = None) -> JLinkProbe:
    return JLinkProbe.open(device, factory=lambda: fake)


def test_jlink_capture_finds_the_recorded_fault(tmp_path: Path, shared: Path) -> None:
    memory, regs = _fixture_target()
    rtt = (shared / RTT_CASE).read_bytes()
    fake = FakeJLink(memory, regs, rtt=rtt)
    err = io.StringIO()
    probe = _probe(fake)
    manifest = Capture(probe, tmp_path, Options(rtt_seconds=0.3, progress=False), stderr=err).run()
    probe.close()
    names = [c[0] for c in fake.calls]
    assert names[:3] == ["open", "set_tif", "connect"] and fake.calls[2][1] == "Cortex-M4"
    assert fake.calls[1][1] == pylink.enums.JLinkInterfaces.SWD
    assert names.index("halt") < names.index("register_read_multiple") < names.index("rtt_start")
    assert names[-1] == "close" and "rtt_stop" in names
    # identity from FICR, sizes from FICR
    assert manifest["target"]["chip"] == "nrf52810" and manifest["target"]["identity"]["variant"] == "AAAA"
    assert manifest["target"]["identity"]["device_id"] == "0123456789ABCDEF"
    assert any("Cortex-M4" in a for a in manifest["assumptions"])  # no --device: said what was assumed
    regions = {(r["region"], r["address"], r["length"]) for r in manifest["read"]}
    assert regions == {("ficr", "0x10000000", 0x400), ("uicr", "0x10001000", 0x1000),
                       ("ram", "0x20000000", 24 * 1024), ("flash", "0x00000000", 192 * 1024)}
    assert manifest["complete"] and manifest["halt"]["by"] == "dfuforensics capture (announced)"
    assert manifest["registers"]["memory_mapped"]["0x4000051C"] == "0x000000B1"
    assert manifest["rtt"]["read"] and manifest["rtt"]["bytes"] == len(rtt)
    assert (tmp_path / "rtt.log").read_bytes() == rtt
    assert manifest["probe"]["product_name"] == "J-Link EDU"
    report = analyze_paths([str(tmp_path)], elfs=[str(ELF)]).to_json()
    theirs = analyze_paths([str(CAPTURE)], elfs=[str(ELF)]).to_json()["crash"]
    ours = report["crash"]
    for key in ("pc", "lr", "registers", "backtrace"):
        assert ours[key] == theirs[key], key
    assert ours["fault"]["cfsr_bits"] == theirs["fault"]["cfsr_bits"] == ["CFSR.PRECISERR", "CFSR.BFARVALID"]
    kinds = {Path(i["path"]).name: i["kind"] for i in report["inputs"]}
    assert kinds["rtt.log"] == "nrf-log" and kinds["registers.txt"] == "registers"
    assert kinds["ram.bin@0x20000000"] == "ram-image" and kinds["uicr.bin@0x10001000"] == "uicr-image"


def test_device_name_and_no_halt(tmp_path: Path) -> None:
    memory, regs = _fixture_target()
    fake = FakeJLink(memory, regs)
    probe = _probe(fake, "nrf52810")
    manifest = Capture(probe, tmp_path, Options(device="nrf52810", halt=False, progress=False),
                       stderr=io.StringIO()).run()
    assert ("connect", "nRF52810_xxAA", "auto") in fake.calls
    assert ("halt",) not in fake.calls and ("register_read_multiple", len(JLINK_REG_NAMES)) not in fake.calls
    assert manifest["halt"]["halted"] is False and manifest["registers"]["core"] == {}
    assert [s["region"] for s in manifest["skipped"]] == ["core-registers"]
    assert "rtt" not in manifest and manifest["complete"]


def test_read_failure_midway_leaves_a_partial_bundle(tmp_path: Path) -> None:
    memory, regs = _fixture_target()
    fake = FakeJLink(memory, regs, halted=True, fail_from=0x10000)  # probe lost its target at 64 KiB
    out = tmp_path / "bundle"
    import dfuforensics.capture.jlink as mod

    err = io.StringIO()
    orig = mod.JLinkProbe.open
    try:
        mod.JLinkProbe.open = classmethod(lambda cls, *a, **k: orig.__func__(cls, *a, factory=lambda: fake))
        with redirect_stderr(err):
            status = main(["capture", "--jlink", "--out", str(out), "--no-progress"])
    finally:
        mod.JLinkProbe.open = orig
    assert status == 1
    manifest = json.loads((out / "manifest.json").read_text())
    assert not manifest["complete"]
    assert manifest["not_read"] == [{"region": "flash", "address": "0x00010000", "length": 192 * 1024 - 0x10000,
                                     "reason": "read refused (J-Link: " + str(jl_errors.JLinkReadException(-1))
                                               + ")"}]
    assert (out / "flash.bin@0x00000000").read_bytes() == memory[0][:0x10000]
    assert "NOT read: 1" in err.getvalue() and "Traceback" not in err.getvalue()
    # the partial bundle still analyses
    assert analyze_paths([str(out)]).to_json()["inputs"]


@pytest.mark.parametrize("fake_kw, factory_error, message", [
    ({}, TypeError("Expected to be given a valid DLL."), "SEGGER J-Link library was not found"),
    ({"open_error": "No emulator found."}, None, "no J-Link probe found"),
    ({"connect_error": "Unsupported device selected."}, None, "could not connect to the target as 'Cortex-M4'"),
])
def test_probe_problems_are_one_clear_message(fake_kw, factory_error, message, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeJLink({}, {}, **fake_kw)

    def factory():
        if factory_error:
            raise factory_error
        return fake

    monkeypatch.setattr(pylink, "JLink", factory)
    err = io.StringIO()
    with redirect_stderr(err):
        status = main(["capture", "--jlink", "--out", str(tmp_path / "b")])
    assert status == 2
    assert message in err.getvalue() and "Traceback" not in err.getvalue()
    assert not (tmp_path / "b").exists()  # nothing captured, nothing written
    if fake_kw.get("connect_error"):
        assert fake.calls[-1] == ("close",)


def test_rtt_without_a_control_block(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jlink_mod, "RTT_SEARCH_SECONDS", 0.3)
    memory, regs = _fixture_target()
    fake = FakeJLink(memory, regs, halted=True)
    data, info = _probe(fake).read_rtt(1.0)
    assert data == b"" and info["read"] is False and "no RTT control block" in info["reason"]
    assert fake.calls[-1] == ("rtt_stop",)


def test_cli_refuses_an_existing_bundle_and_rtt_over_gdb(tmp_path: Path) -> None:
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "manifest.json").write_text("{}")
    for argv, text in ((["--jlink", "--out", str(tmp_path / "old")], "not an empty folder"),
                       (["--gdb", "127.0.0.1:1", "--rtt-seconds", "2", "--out", str(tmp_path / "n")], "needs --jlink")):
        err = io.StringIO()
        with redirect_stderr(err):
            assert main(["capture", *argv]) == 2
        assert text in err.getvalue()
