"""`dfuforensics capture (--jlink | --gdb HOST:PORT) --out DIR`: read a unit on the bench."""

from __future__ import annotations

import argparse

HELP = "capture flash, RAM, registers and logs from a unit through a J-Link or a GDB server"


def add_arguments(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--jlink", action="store_true")
    g.add_argument("--gdb", metavar="HOST:PORT")
    p.add_argument("--device", metavar="NAME")
    p.add_argument("--out", required=True, metavar="DIR")


def run(args: argparse.Namespace) -> int:
    from ..errors import UsageError

    raise UsageError("capture is not available in this build yet")
