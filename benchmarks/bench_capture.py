#!/usr/bin/env python3
"""Capture throughput over a GDB server: our read-only client against gdb itself, same QEMU, same run.

    .venv/bin/python benchmarks/bench_capture.py [-n RUNS]

QEMU (mps2-an386) runs the crash room's m4 fixture into its fault handler.  Each row is the median of
N runs reading the same 1 MiB of flash at 0 and 256 KiB of RAM at 0x20000000:
* `dfuforensics capture --gdb` (a fresh process: start-up, identification, registers, manifest);
* `gdb-multiarch -batch` with two `dump binary memory` commands (the baseline: GDB's own client);
* the raw client in-process (`RemoteLink.read_memory` of the same bytes, no bundle).
"""

from __future__ import annotations

import argparse
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ELF = ROOT / "tests" / "firmware" / "build" / "m4.elf"
FLASH, RAM = (0x0, 0x100000), (0x20000000, 0x40000)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=5)
    args = ap.parse_args()
    qemu, gdb = shutil.which("qemu-system-arm"), shutil.which("gdb-multiarch")
    if not qemu or not ELF.exists():
        print("needs qemu-system-arm and tests/firmware/build/m4.elf", file=sys.stderr)
        return 2
    port = free_port()
    proc = subprocess.Popen([qemu, "-M", "mps2-an386", "-kernel", str(ELF), "-nographic", "-monitor", "none",
                             "-serial", "none", "-gdb", f"tcp:127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    rows: dict[str, list[float]] = {"dfuforensics capture --gdb (process)": [], "gdb-multiarch dump (process)": [],
                                    "RemoteLink.read_memory (in-process)": []}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(args.n):
                t = time.perf_counter()
                subprocess.run([str(ROOT / ".venv" / "bin" / "dfuforensics"), "capture", "--gdb",
                                f"127.0.0.1:{port}", "--out", f"{tmp}/c{i}", "--no-progress"],
                               check=True, capture_output=True)
                rows["dfuforensics capture --gdb (process)"].append(time.perf_counter() - t)
                if gdb:
                    t = time.perf_counter()
                    subprocess.run([gdb, "-q", "-batch", "-ex", f"target remote 127.0.0.1:{port}",
                                    "-ex", f"dump binary memory {tmp}/f{i} {FLASH[0]} {FLASH[0] + FLASH[1]}",
                                    "-ex", f"dump binary memory {tmp}/r{i} {RAM[0]} {RAM[0] + RAM[1]}",
                                    "-ex", "disconnect"], check=True, capture_output=True)
                    rows["gdb-multiarch dump (process)"].append(time.perf_counter() - t)
                sys.path.insert(0, str(ROOT))
                from dfuforensics.capture.rsp import RemoteLink

                t = time.perf_counter()
                link = RemoteLink.connect(f"127.0.0.1:{port}")
                link.handshake()
                data = link.read_memory(*FLASH) + link.read_memory(*RAM)
                link.close()
                rows["RemoteLink.read_memory (in-process)"].append(time.perf_counter() - t)
                assert len(data) == FLASH[1] + RAM[1]
                if gdb:  # same bytes as gdb read
                    assert Path(f"{tmp}/f{i}").read_bytes() == Path(f"{tmp}/c{i}/flash.bin@0x00000000").read_bytes()
    finally:
        proc.kill()
        proc.wait()
    total = (FLASH[1] + RAM[1]) / 1024
    print(f"{'what':42} {'median s':>9} {'KiB/s':>8}  (n={args.n}, {total:.0f} KiB each)")
    for name, times in rows.items():
        if times:
            med = statistics.median(times)
            print(f"{name:42} {med:9.3f} {total / med:8.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
