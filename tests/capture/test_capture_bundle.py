"""The bundle writer over the fake GDB server: sizes from FICR or the server's memory map, refused
stretches, a link lost mid-way, Ctrl-C, and the progress bar."""

from __future__ import annotations

import io
import json
import struct
from pathlib import Path

import pytest

from dfuforensics.capture import bundle as bundle_mod
from dfuforensics.capture.bundle import Capture, Options
from dfuforensics.capture.ficr import identify
from dfuforensics.capture.gdb import GdbProbe
from dfuforensics.capture.rsp import RemoteLink
from dfuforensics.cli import main

from .fake_gdb import Behaviour, FakeGdbServer

FLASH = bytes((i * 13 + 1) & 0xFF for i in range(192 * 1024))
RAM = bytes((i * 5 + 2) & 0xFF for i in range(24 * 1024))


def _ficr(part: int = 0x52810, pages: int = 48, ram_kib: int = 24) -> bytes:
    f = bytearray(b"\xff" * 0x400)
    struct.pack_into("<II", f, 0x10, 0x1000, pages)
    struct.pack_into("<IIIII", f, 0x100, part, 0x41414141, 0x2000, ram_kib, pages * 4)
    return bytes(f)


def _target(**extra: bytes) -> dict[int, bytes]:
    mem = {0: FLASH, 0x20000000: RAM, 0x10000000: _ficr(), 0x10001000: b"\xff" * 0x1000,
           0xE000ED00: struct.pack("<16I", 0x410FC241, *range(15)), 0x40000400: bytes(4),
           0x4000051C: bytes(8)}
    mem.update({int(k[1:], 16): v for k, v in extra.items()})
    return mem


def _capture(server: FakeGdbServer, out: Path, **opts) -> dict:
    link = RemoteLink.connect(server.address, timeout=1.0, retries=1)
    link.handshake()
    try:
        return Capture(GdbProbe(link), out, Options(progress=False, **opts), stderr=io.StringIO()).run()
    finally:
        link.close()


def test_sizes_from_ficr_and_every_image_at_its_address(tmp_path: Path) -> None:
    with FakeGdbServer(Behaviour(memory=_target(), packet_size=0x4000)) as server:
        manifest = _capture(server, tmp_path)
    assert manifest["complete"] and manifest["target"]["chip"] == "nrf52810"
    assert (tmp_path / "flash.bin@0x00000000").read_bytes() == FLASH
    assert (tmp_path / "ram.bin@0x20000000").read_bytes() == RAM
    assert (tmp_path / "ficr.bin@0x10000000").read_bytes() == _ficr()
    regs = (tmp_path / "registers.txt").read_text()
    assert "0xe000ed20:\t0x00000007\t0x00000008\t0x00000009\t0x0000000a" in regs  # gdb's x/4wx layout
    assert "0x40000400:\t0x00000000" in regs and "0x4000051c:\t0x00000000\t0x00000000" in regs
    # the fault-text parser (crash room) reads it back: registers and memory-mapped words reach the case
    from dfuforensics.crash.records import RegisterSnapshot
    from dfuforensics.pipeline import build_case
    from dfuforensics.sources import expand

    case = build_case(expand([str(tmp_path)]))
    assert case.memory.read_u32(0xE000ED28) == 9 and case.memory.read_u32(0xE000ED38) == 13  # CFSR, BFAR
    assert case.memory.read_u32(0x4000051C) == 0 and case.memory.read(0, 16) == FLASH[:16]
    snap = case.of_type(RegisterSnapshot)[0]
    assert snap.registers["r0"] == 0x100 and snap.registers["pc"] == 0x10F and snap.registers["xpsr"] == 0x110
    assert all(not i.warnings for i in case.inputs), [i.warnings for i in case.inputs]


def test_memory_map_when_ficr_is_unreadable(tmp_path: Path) -> None:
    mem = _target()
    del mem[0x10000000]
    xml = (b'<memory-map><memory type="flash" start="0x0" length="0x30000"/>'
           b'<memory type="ram" start="0x20000000" length="0x6000"/></memory-map>')
    with FakeGdbServer(Behaviour(memory=mem, memory_map=xml, packet_size=0x4000)) as server:
        manifest = _capture(server, tmp_path)
    assert any("Sizes from the probe's memory map: flash 192 KiB" in a for a in manifest["assumptions"])
    assert manifest["target"]["identity"]["ficr_readable"] is False
    assert {r["region"]: r["length"] for r in manifest["read"]} == {"flash": 192 * 1024, "ram": 24 * 1024}
    assert {s["region"] for s in manifest["skipped"]} == {"ficr", "uicr", "power"}
    assert manifest["complete"]


def test_device_when_ficr_is_unreadable_and_a_refused_hole(tmp_path: Path) -> None:
    mem = _target()
    del mem[0x10000000]
    del mem[0]
    mem[0] = FLASH[:0x9000]  # a protected stretch at 0x9000..0xA000, then readable again
    mem[0xA000] = FLASH[0xA000:]
    with FakeGdbServer(Behaviour(memory=mem, packet_size=0x4000)) as server:
        manifest = _capture(server, tmp_path, device="nRF52810_xxAA")
    assert manifest["target"]["chip"] == "nrf52810"
    assert any("Sizes from --device nRF52810_xxAA" in a for a in manifest["assumptions"])
    flash = [r for r in manifest["read"] if r["region"] == "flash"]
    assert [(r["address"], r["length"]) for r in flash] == [("0x00000000", 0x9000), ("0x00010000", 0x20000)]
    assert (tmp_path / "flash.bin@0x00010000").read_bytes() == FLASH[0x10000:]
    # the refused stretch is reported at step granularity: [0x9000, 0x10000) holds the 4 KiB hole
    assert manifest["not_read"] == [{"region": "flash", "address": "0x00009000", "length": 0x7000,
                                     "reason": "read refused (the GDB server answered E14)"}]
    assert not manifest["complete"]


def test_link_lost_midway_leaves_a_manifest_of_what_is_missing(tmp_path: Path) -> None:
    with FakeGdbServer(Behaviour(memory=_target(), packet_size=0x1000, drop_after=40)) as server:
        manifest = _capture(server, tmp_path)
    assert manifest["stopped"].startswith("link to the probe lost")
    assert not manifest["complete"]
    on_disk = json.loads((tmp_path / "manifest.json").read_text())
    assert on_disk == manifest
    missing = {(n["region"], n["reason"]) for n in manifest["not_read"]}
    assert ("flash", "capture stopped before this part was read") in missing or \
        any(r.startswith("capture stopped first") for _, r in missing)
    covered = sum(r["length"] for r in manifest["read"] if r["region"] in ("ram", "flash"))
    lost = sum(n["length"] for n in manifest["not_read"] if n["region"] in ("ram", "flash"))
    assert covered + lost == len(FLASH) + len(RAM)  # every byte is either in an image or listed as missing
    for r in manifest["read"]:
        assert (tmp_path / r["file"]).stat().st_size == r["length"]


def test_ctrl_c_keeps_the_partial_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = GdbProbe.read_memory

    def interrupting(self, address, length, progress=None):
        if address >= 0x8000 and address < 0x10000000:
            raise KeyboardInterrupt
        return real(self, address, length, progress)

    monkeypatch.setattr(GdbProbe, "read_memory", interrupting)
    err = io.StringIO()
    with FakeGdbServer(Behaviour(memory=_target(), packet_size=0x4000)) as server:
        monkeypatch.setattr("sys.stderr", err)
        status = main(["capture", "--gdb", server.address, "--out", str(tmp_path / "b"), "--no-progress"])
    assert status == 130
    manifest = json.loads((tmp_path / "b" / "manifest.json").read_text())
    assert manifest["stopped"] == "interrupted by the user (Ctrl-C)"
    assert {"region": "flash", "address": "0x00008000", "length": len(FLASH) - 0x8000,
            "reason": "capture stopped before this part was read"} in manifest["not_read"]
    assert (tmp_path / "b" / "flash.bin@0x00000000").read_bytes() == FLASH[:0x8000]
    assert "stopped early" in err.getvalue()


def test_a_server_silent_while_the_core_runs_gets_interrupted(tmp_path: Path) -> None:
    with FakeGdbServer(Behaviour(memory=_target(), packet_size=0x4000, running=True)) as server:
        link = RemoteLink.connect(server.address, timeout=0.5, retries=1)
        link.handshake()
        err = io.StringIO()
        manifest = Capture(GdbProbe(link), tmp_path, Options(progress=False), stderr=err).run()
        link.close()
        assert server.interrupts == 1
    assert manifest["halt"] == {"requested": True, "was_halted": None, "halted": True,
                                "by": "dfuforensics capture (announced)"}
    assert "halting the core now" in err.getvalue() and manifest["complete"]


def test_no_halt_never_interrupts(tmp_path: Path) -> None:
    with FakeGdbServer(Behaviour(memory=_target(), packet_size=0x4000, running=True)) as server:
        link = RemoteLink.connect(server.address, timeout=0.5, retries=1)
        link.handshake()
        manifest = Capture(GdbProbe(link), tmp_path, Options(progress=False, halt=False), stderr=io.StringIO()).run()
        link.close()
        assert server.interrupts == 0
    assert manifest["halt"]["halted"] is False and manifest["registers"]["core"] == {}
    assert (tmp_path / "ram.bin@0x20000000").read_bytes() == RAM


def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    err = Tty()
    with FakeGdbServer(Behaviour(memory=_target(), packet_size=0x4000)) as server:
        link = RemoteLink.connect(server.address)
        link.handshake()
        Capture(GdbProbe(link), tmp_path, Options(), stderr=err).run()
        link.close()
    assert "reading flash" in err.getvalue()  # rich drew the bar (transient) on our stream


def test_ficr_identities() -> None:
    ident = identify(_ficr(0x52840, 256, 256))
    assert (ident.part, ident.flash_size, ident.ram_size, ident.variant) == ("nrf52840", 0x100000, 0x40000, "AAAA")
    assert identify(bytes(0x100)).readable is False  # mps2-an386 under QEMU reads zeros there
    nrf51 = bytearray(b"\xff" * 0x100)
    struct.pack_into("<II", nrf51, 0x10, 0x400, 256)
    struct.pack_into("<II", nrf51, 0x34, 2, 0x2000)
    struct.pack_into("<I", nrf51, 0x5C, 0xFFFF0072)
    ident = identify(bytes(nrf51))
    assert (ident.family, ident.flash_size, ident.ram_size, ident.hwid) == ("nrf51", 0x40000, 0x4000, 0x72)
    assert bundle_mod._chip_from_device("nRF52832_xxAA").name == "nrf52832"
    assert bundle_mod._chip_from_device("STM32F407VG") is None
