"""`dfuforensics symbolize ELF [ADDR...]`: addr2line-compatible symbolization."""

from __future__ import annotations

import argparse

HELP = "symbolize addresses with an ELF (addr2line -a -f -i compatible text, or JSON)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("elf", metavar="ELF")
    p.add_argument("addresses", nargs="*", metavar="ADDR", help="addresses (hex); read from stdin when none")
    p.add_argument("--format", choices=("text", "json"), default="text")


def run(args: argparse.Namespace) -> int:
    from ..errors import UsageError

    raise UsageError("symbolize is not available in this build yet")
