"""`dfuforensics timeline PATH...`: every event of every log, in order."""

from __future__ import annotations

import argparse

HELP = "print every event parsed from the evidence, in order (rich, jsonl or csv)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="log files or folders")
    p.add_argument("--format", choices=("rich", "jsonl", "csv"), default="rich")
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")


def run(args: argparse.Namespace) -> int:
    from ..errors import UsageError

    raise UsageError("timeline is not available in this build yet")
