"""`dfuforensics capture (--jlink | --gdb HOST:PORT) --out DIR`: read a unit on the bench."""

from __future__ import annotations

import argparse

HELP = "capture flash, RAM, registers and logs from a unit through a J-Link or a GDB server"
DESCRIPTION = """\
Read a unit on the bench, read-only, into a bundle folder for `dfuforensics analyze DIR`:
all of flash, UICR and RAM as FILE@0xADDR images, FICR (which chip it is), core registers, the SCB
fault registers (CFSR, HFSR, DFSR, MMFAR, BFAR) and POWER RESETREAS/GPREGRET in registers.txt, RTT
output with --jlink --rtt-seconds N, and manifest.json: target, probe, time, what was read (address,
length, sha256), what could not be read and why, and what was assumed.

The core is halted to read it (said on stderr first): a halted core stops, and RAM then holds its
state at the halt.  --no-halt reads what can be read while it runs (no core registers).  Nothing is
ever written to the target (RTT is the one exception: the J-Link library moves the RTT read pointer).

examples:
  dfuforensics capture --jlink --device nRF52840_xxAA --out unit42/
  dfuforensics capture --jlink --rtt-seconds 10 --out unit42/
  dfuforensics capture --gdb localhost:3333 --out unit42/ && dfuforensics analyze unit42/

exit status: 0 everything read; 1 bundle written but incomplete (see manifest.json "not_read");
2 nothing captured (no probe, no server, bad arguments); 130 interrupted (partial bundle kept).
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--jlink", action="store_true", help="a SEGGER J-Link through pylink-square")
    g.add_argument("--gdb", metavar="HOST:PORT",
                   help="a GDB server: pyocd gdbserver, openocd, JLinkGDBServer, probe-rs gdb, qemu -gdb")
    p.add_argument("--device", metavar="NAME",
                   help="the chip (nrf52840, or J-Link's name nRF52840_xxAA); read from FICR when not given")
    p.add_argument("--out", required=True, metavar="DIR", help="bundle folder to create (must be new or empty)")
    p.add_argument("--no-halt", action="store_true", help="do not halt the core; read what can be read running")
    p.add_argument("--rtt-seconds", type=float, default=0.0, metavar="N",
                   help="with --jlink: drain the RTT up-buffer for N seconds (after RAM was read)")
    p.add_argument("--serial", type=int, metavar="SN", help="with --jlink: the probe's serial number")
    p.add_argument("--speed", default="auto", metavar="KHZ", help="with --jlink: SWD speed in kHz (default auto)")
    p.add_argument("--timeout", type=float, default=5.0, metavar="S", help="with --gdb: seconds per reply (5)")
    p.add_argument("--retries", type=int, default=3, metavar="N", help="with --gdb: resends on silence (3)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar or progress lines on stderr")


def run(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from ..capture.bundle import MANIFEST, Options, announce_halt, capture
    from ..errors import UsageError

    out = Path(args.out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UsageError(f"--out {out}: exists and is not an empty folder; give a new folder so an earlier "
                         "capture is never overwritten")
    if args.rtt_seconds and not args.jlink:
        raise UsageError("--rtt-seconds needs --jlink (RTT is read through the J-Link library)")
    if args.rtt_seconds < 0 or args.timeout <= 0 or args.retries < 0:
        raise UsageError("--rtt-seconds, --timeout and --retries must not be negative")
    speed: int | str = args.speed
    if args.jlink and speed not in ("auto", "adaptive"):
        try:
            speed = int(speed)
        except ValueError:
            raise UsageError(f"--speed {args.speed}: give kHz (e.g. 4000), auto or adaptive") from None
    kind = "jlink" if args.jlink else "gdb"
    announce_halt(sys.stderr, kind, not args.no_halt)
    if args.jlink:
        from ..capture.jlink import JLinkProbe

        probe = JLinkProbe.open(args.device, args.serial, speed)
    else:
        from ..capture.gdb import open_gdb

        probe = open_gdb(args.gdb, timeout=args.timeout, retries=args.retries)
    try:
        manifest = capture(probe, out, Options(device=args.device, halt=not args.no_halt,
                                                rtt_seconds=args.rtt_seconds, progress=not args.no_progress))
    finally:
        probe.close()
    read = sum(item["length"] for item in manifest["read"])
    print(f"dfuforensics capture: {out}: {len(manifest['read'])} images, {read} bytes"
          + (f"; NOT read: {len(manifest['not_read'])} (see {out / MANIFEST})" if manifest["not_read"] else ""),
          file=sys.stderr)
    if manifest["stopped"]:
        print(f"dfuforensics capture: stopped early: {manifest['stopped']}; the bundle holds what was read",
              file=sys.stderr)
        return 130 if "Ctrl-C" in manifest["stopped"] else 1
    print(f"next: dfuforensics analyze {out}", file=sys.stderr)
    return 0 if manifest["complete"] else 1
