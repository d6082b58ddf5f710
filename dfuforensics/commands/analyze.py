"""`dfuforensics analyze PATH...`: the verdict on one unit."""

from __future__ import annotations

import argparse
import sys

HELP = "analyse one unit's evidence and report what failed, why, and what to do"
DESCRIPTION = """\
Analyse one unit's evidence: every PATH is a file or a folder (a bundle of one unit's files).
Each file's kind is detected from its content.  A raw binary may carry its load address as
FILE@0xADDR (e.g. ram.bin@0x20000000, flash.bin@0x0).

Reads: raw/Intel HEX/ELF memory images, nRF5 bootloader settings pages, nrf_log / RTT / UART logs,
Zephyr and MCUboot logs, nrfutil / Android / iOS / nRF Connect for Desktop logs, mcumgr output,
fault prints and register dumps, DFU packages (.zip), MCUboot slots, Particle module tables and events.

examples:
  dfuforensics analyze rtt.log flash.hex --elf app.elf
  dfuforensics analyze unit42/ --format html --output unit42.html
  dfuforensics analyze ram.bin@0x20000000 fault.txt --format json

exit status: 0 analysed, no error finding; 1 an error or critical finding; 2 usage error or no input
could be read; 3 read, but nothing in it was recognised as update, boot or crash evidence (inconclusive).
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="evidence file or folder (FILE@0xADDR for raw images)")
    p.add_argument("--elf", action="append", default=[], metavar="ELF",
                   help="ELF for symbols (repeatable); its image is not taken as device memory")
    p.add_argument("--format", choices=("rich", "json", "markdown", "html"), default="rich",
                   help="report format (default: rich, for the terminal)")
    p.add_argument("--output", "-o", metavar="FILE", help="write the report here (atomically) instead of stdout")
    p.add_argument("--rules", action="append", default=[], metavar="DIR",
                   help="a folder of extra rule files (repeatable)")
    p.add_argument("--public-key", metavar="KEY", help="public key (PEM or dfu_public_key.c) to verify signatures")
    p.add_argument("--width", type=int, default=None, help="terminal width for the rich report")


def _check_elf(arg: str) -> None:
    """--elf is for symbols only: a wrong file would be silently useless, so say so up front."""
    from pathlib import Path

    from ..errors import UsageError

    path = Path(arg)
    if not path.is_file():
        raise UsageError(f"--elf {arg}: no such file" + (" (a folder: give the ELF file)" if path.is_dir() else ""))
    try:
        with path.open("rb") as fh:
            magic = fh.read(4)
    except OSError as exc:
        raise UsageError(f"--elf {arg}: cannot read: {exc.strerror}") from None
    if magic != b"\x7fELF":
        raise UsageError(f"--elf {arg}: not an ELF file (no ELF magic); give the build's .elf/.out")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..errors import UsageError
    from ..output import emit
    from ..pipeline import analyze_paths
    from ..report import render

    for d in args.rules:
        if not Path(d).is_dir():
            raise UsageError(f"--rules {d}: no such folder (give a folder of rule .toml files)")
    for elf in args.elf:
        _check_elf(elf)
    if args.public_key and not Path(args.public_key).is_file():
        raise UsageError(f"--public-key {args.public_key}: no such file")
    if args.width is not None and args.width < 20:
        raise UsageError(f"--width {args.width}: give a terminal width of at least 20 columns")
    report = analyze_paths(args.paths, args.elf, [Path(d) for d in args.rules],
                           options={"public_key": args.public_key})
    if not report.inputs:
        raise UsageError(f"{', '.join(args.paths)}: no evidence files found (empty folder?)")
    emit(lambda out: render(report, args.format, out, width=args.width), args.output)
    if args.output:
        print(f"report written to {args.output}", file=sys.stderr)
    status = report.exit_status()
    if status == 2:  # the report says why per input; say it where scripts look, too
        for i in report.inputs:
            why = i.error or (i.warnings[-1].message if i.warnings else "not a kind of evidence it knows")
            print(f"dfuforensics analyze: {i.path}: {why}", file=sys.stderr)
        print("dfuforensics analyze: no input could be read", file=sys.stderr)
    return status
