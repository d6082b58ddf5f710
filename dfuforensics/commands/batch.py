"""`dfuforensics batch PATH... --out DIR`: analyse many returned units."""

from __future__ import annotations

import argparse

HELP = "analyse many units (folders or archives) in parallel and summarise the fleet"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--jobs", type=int, default=None)
    p.add_argument("--executor", choices=("local", "dask"), default="local")
    p.add_argument("--scheduler", metavar="ADDRESS")


def run(args: argparse.Namespace) -> int:
    from ..errors import UsageError

    raise UsageError("batch is not available in this build yet")
