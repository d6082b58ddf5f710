"""`dfuforensics rules list|show ID|lint [DIR]|test [DIR]`."""

from __future__ import annotations

import argparse

HELP = "list, show, lint and test the failure signature rules"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=("list", "show", "lint", "test"))
    p.add_argument("target", nargs="?", help="rule id (show) or rule folder (lint, test)")


def run(args: argparse.Namespace) -> int:
    from ..errors import UsageError

    raise UsageError("rules is not available in this build yet")
