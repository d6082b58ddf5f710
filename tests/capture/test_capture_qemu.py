"""The GDB backend for real: QEMU runs the crash room's fault fixtures, we capture through its gdbstub,
and `analyze` must find the fault that gdb itself (the fixture's oracle) and the crash room's own gdb
capture show.  Boards: mps2-an386 (Cortex-M4, no FICR: the fall-back path) and microbit (nRF51 with a
FICR: the identification path)."""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr
from pathlib import Path

import pytest

from dfuforensics.capture.bundle import Capture, Options, announce_halt
from dfuforensics.capture.gdb import GdbProbe
from dfuforensics.capture.rsp import RemoteLink
from dfuforensics.cli import main
from dfuforensics.pipeline import analyze_paths

pytestmark = [pytest.mark.qemu, pytest.mark.timeout(120)]

QEMU = shutil.which("qemu-system-arm")
FIRMWARE = Path(__file__).resolve().parents[1] / "firmware"


def _need(*paths: Path) -> None:
    if QEMU is None:
        pytest.skip("qemu-system-arm is not installed (apt-get install qemu-system-arm)")
    for p in paths:
        if not p.exists():
            pytest.skip(f"{p} is missing (the crash room's fixture firmware: make -C tests/firmware)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def qemu(board: str, elf: Path, *, start_halted: bool = False) -> Iterator[str]:
    port = _free_port()
    cmd = [QEMU, "-M", board, "-kernel", str(elf), "-nographic", "-monitor", "none", "-serial", "none",
           "-gdb", f"tcp:127.0.0.1:{port}"] + (["-S"] if start_halted else [])
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while True:  # wait until QEMU listens (look at the socket table, do not connect)
            table = Path("/proc/net/tcp").read_text() if Path("/proc/net/tcp").exists() else ""
            if f":{port:04X} 00000000:0000 0A" in table or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        if not start_halted:
            time.sleep(0.5)  # let the firmware run into its fault handler
        yield f"127.0.0.1:{port}"
    finally:
        proc.kill()
        proc.wait(timeout=10)


def _resume_for_test(link: RemoteLink) -> None:
    """Test-only: let a QEMU started with -S run.  The product never sends 'c'; this helper does it
    below the client's read-only check, so the capture then has to interrupt (0x03) a running core."""
    link._send_packet(b"c")
    link.running = True


def _report(path: Path, elf: Path) -> dict:
    return json.loads(json.dumps(analyze_paths([str(path)], elfs=[str(elf)]).to_json()))


def _crash(path: Path, elf: Path) -> dict:
    return _report(path, elf)["crash"]


def _crash_findings(path: Path, elf: Path) -> list[tuple[str, str]]:
    return sorted((f["rule_id"], f["category"]) for f in _report(path, elf)["findings"]
                  if f["rule_id"].startswith("CRASH-"))


def _gdb_bt_functions(oracle: Path) -> list[str]:
    """Function names of gdb's own backtrace below the fault handler's signal frame."""
    names = re.findall(r"^#\d+\s+(?:0x[0-9a-f]+ in )?(\w+) \(", oracle.read_text(), re.M)
    return [n for n in names if n != "Fault_Handler"]


def _same_fault(ours: dict, theirs: dict) -> None:
    for key in ("pc", "lr"):
        assert ours[key]["address"] == theirs[key]["address"]
        assert ours[key]["function"] == theirs[key]["function"]
    for key in ("type", "cause", "cfsr_bits", "hfsr_bits", "fault_address", "active_exception"):
        assert ours["fault"].get(key) == theirs["fault"].get(key), key
    assert ours["registers"] == theirs["registers"]


def _check_manifest(bundle: Path, manifest: dict) -> None:
    on_disk = json.loads((bundle / "manifest.json").read_text())
    assert on_disk == manifest
    for item in manifest["read"]:
        data = (bundle / item["file"]).read_bytes()
        assert len(data) == item["length"] and hashlib.sha256(data).hexdigest() == item["sha256"]
        assert item["file"] == f"{item['region']}.bin@{item['address']}"


def test_capture_cortex_m4_fault_without_ficr(tmp_path: Path) -> None:
    elf = FIRMWARE / "elf" / "m4.elf"
    oracle = FIRMWARE / "oracles" / "m4-bad-store.gdb-bt"
    theirs = FIRMWARE / "captures" / "m4-bad-store"
    _need(elf, oracle, theirs)
    err = io.StringIO()
    with qemu("mps2-an386", elf) as address:
        with redirect_stderr(err):
            status = main(["capture", "--gdb", address, "--out", str(tmp_path / "a")])
        with redirect_stderr(io.StringIO()):  # same target, second capture: same bytes
            assert main(["capture", "--gdb", address, "--out", str(tmp_path / "b"), "--no-progress"]) == 0
        gdb = shutil.which("gdb-multiarch")
        if gdb:  # oracle: GDB's own client dumps the same memory through the same stub
            subprocess.run([gdb, "-q", "-batch", "-ex", f"target remote {address}",
                            "-ex", f"dump binary memory {tmp_path}/gdb-ram 0x20000000 0x20040000",
                            "-ex", f"dump binary memory {tmp_path}/gdb-flash 0 0x20000", "-ex", "disconnect"],
                           check=True, capture_output=True, timeout=60)
    assert status == 0, err.getvalue()
    text = err.getvalue()
    assert text.index("HALTED") < text.index("reading")  # said out loud before anything was read
    bundle = tmp_path / "a"
    manifest = json.loads((bundle / "manifest.json").read_text())
    _check_manifest(bundle, manifest)
    assert manifest["complete"] and manifest["not_read"] == [] and manifest["stopped"] is None
    assert manifest["target"]["core"] == "Cortex-M4" and manifest["target"]["identity"]["ficr_readable"] is False
    assert manifest["target"]["layout_assumed"] == "nrf52840" and "chip" not in manifest["target"]
    assert any("defaults (nrf52840 layout)" in a for a in manifest["assumptions"])
    assert {s["region"] for s in manifest["skipped"]} == {"ficr", "uicr", "power"}
    assert manifest["halt"]["halted"] and manifest["halt"]["was_halted"]  # QEMU stops on attach
    assert sorted(p.name for p in bundle.iterdir()) == sorted(["manifest.json", *manifest["files"]])
    if gdb:
        assert (bundle / "ram.bin@0x20000000").read_bytes() == (tmp_path / "gdb-ram").read_bytes()
        assert (bundle / "flash.bin@0x00000000").read_bytes()[:0x20000] == (tmp_path / "gdb-flash").read_bytes()
    # byte-stable: the images and registers of two captures are identical; only the manifest's time moves
    for name in manifest["files"]:
        assert (bundle / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    # the analysis finds the fault gdb (the oracle) and the crash room's own capture show
    ours = _crash(bundle, elf)
    _same_fault(ours, _crash(theirs, elf))
    assert ours["fault"]["cause"] == "busfault" and "CFSR.PRECISERR" in ours["fault"]["cfsr_bits"]
    assert ours["fault"]["fault_address"] == 0x30000010  # BFAR: the unmapped address faults.c stores to
    gdb = _gdb_bt_functions(oracle)
    assert gdb[:2] == ["store_word", "main"]  # gdb leaves out the tail calls on the way (one BL, two b.w)
    on_stack = [f["function"] for f in ours["backtrace"] if f.get("method") != "tail-call"]
    assert on_stack[:2] == gdb[:2]
    assert ours["identity"].get("compared") and ours["identity"].get("matches")  # flash image == ELF
    # and the rules say the same about both (the crash room's CRASH-* signatures)
    assert _crash_findings(bundle, elf) == _crash_findings(theirs, elf) != []


def test_capture_nrf51_interrupts_a_running_core(tmp_path: Path) -> None:
    elf = FIRMWARE / "elf" / "m0.elf"
    oracle = FIRMWARE / "oracles" / "m0-bad-store.gdb-bt"
    theirs = FIRMWARE / "captures" / "m0-bad-store"
    _need(elf, oracle, theirs)
    err = io.StringIO()
    with qemu("microbit", elf, start_halted=True) as address:
        link = RemoteLink.connect(address)
        link.handshake()
        _resume_for_test(link)
        time.sleep(0.5)
        announce_halt(err, "gdb", True)
        manifest = Capture(GdbProbe(link), tmp_path, Options(progress=False), stderr=err).run()
        link.close()
    _check_manifest(tmp_path, manifest)
    assert manifest["halt"] == {"requested": True, "was_halted": False, "halted": True,
                                "by": "dfuforensics capture (announced)"}
    assert manifest["probe"]["stop_reply"].startswith(("T", "S"))
    ident = manifest["target"]["identity"]
    assert manifest["target"]["chip"] == "nrf51" and manifest["target"]["core"] == "Cortex-M0"
    assert ident["family"] == "nrf51" and ident["flash_size"] == 256 * 1024 and ident["page_size"] == 0x400
    regions = {(r["region"], r["address"], r["length"]) for r in manifest["read"]}
    assert ("ficr", "0x10000000", 0x100) in regions and ("uicr", "0x10001000", 0x100) in regions
    assert ("flash", "0x00000000", 256 * 1024) in regions
    # QEMU's micro:bit has 16 KiB of RAM; nRF51's table says 32 KiB: the rest is refused, in one entry
    assert ("ram", "0x20000000", 0x4000) in regions
    assert manifest["not_read"] == [{"region": "ram", "address": "0x20004000", "length": 0x4000,
                                     "reason": "read refused (the GDB server answered E14)"}]
    assert not manifest["complete"]
    words = manifest["registers"]["memory_mapped"]
    assert "0x40000400" in words and "0x4000051C" in words and "0xE000ED28" not in words  # ARMv6-M
    ours = _crash(tmp_path, elf)
    _same_fault(ours, _crash(theirs, elf))
    assert ours["pc"]["function"] == _gdb_bt_functions(oracle)[0]


def test_capture_of_a_unit_spinning_in_its_c_fault_handler(tmp_path: Path) -> None:
    """The issue-16 bench case end to end: firmware whose C fault handler logged and spins runs into its
    default fault (the bad store) on its own; `capture --gdb` stops it wherever it is; `analyze` of the
    bundle gives the faulting function, the chain and the cause gdb's own `bt` and the SCB show."""
    elf = FIRMWARE / "elf" / "m4-spin.elf"
    oracle = FIRMWARE / "oracles" / "m4-spin-bad-store.gdb-bt"
    _need(elf, oracle)
    with qemu("mps2-an386", elf) as address, redirect_stderr(io.StringIO()):
        assert main(["capture", "--gdb", address, "--out", str(tmp_path / "bundle"), "--no-progress"]) == 0
    crash = _crash(tmp_path / "bundle", elf)
    assert crash["halted_in"][-1] == "Fault_Handler"
    assert crash["pc"]["function"] == "store_word" == _gdb_bt_functions(oracle)[1]  # after spin_forever
    assert crash["fault"]["cfsr_bits"] == ["CFSR.PRECISERR", "CFSR.BFARVALID"]
    assert crash["fault"]["fault_address"] == 0x30000010 and crash["fault"]["status_from"] == "captured"
    assert "main" in [b["function"] for b in crash["backtrace"]]
