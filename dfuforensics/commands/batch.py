"""`dfuforensics batch PATH... --out DIR`: analyse many returned units."""

from __future__ import annotations

import argparse
import sys

HELP = "analyse many units (folders or archives) in parallel and summarise the fleet"

DESCRIPTION = """\
Analyse many returned units in parallel and summarise the fleet.

Each unit is a folder of its evidence (the files `analyze` reads, e.g. flash.bin@0x0, logs, an ELF),
a zip or tar archive of such a folder (.zip .tar .tar.gz .tgz .tar.bz2 .tar.xz; read safely into a
private temporary folder: path-traversal members and links are skipped, size and ratio limits stop
archive bombs), or a single evidence file.  A PATH that is a folder holding folders or archives and
no evidence file at its top level is a fleet folder: each folder or archive in it is one unit (other
top-level files, e.g. a README, are listed as ignored).  Names starting with '.' are ignored.

Writes DIR/units/<unit>.json (+ .html), DIR/units.csv|.parquet, DIR/findings.csv|.parquet and
DIR/summary.html.  A unit that cannot be analysed (bad input, timeout, crash) gets status "error" and
its reason; the batch goes on.  Results are cached in DIR/.cache by the hash of each unit's inputs,
the tool version and the batch options, so running again (or after an interruption) does no work twice.

exit status: 0 the batch ran (even if some units are errors), 2 usage error.
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="unit folder, unit archive, or fleet folder of units")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder (created if needed)")
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="worker processes (local) or workers of a started LocalCluster (dask); default: all cores")
    p.add_argument("--unit-timeout", type=float, default=120.0, metavar="SECONDS",
                   help="a unit still running after this is killed and recorded as an error (default 120)")
    p.add_argument("--elf", action="append", default=[], metavar="ELF",
                   help="ELF with symbols applied to every unit (repeatable); an ELF inside a unit is used too")
    p.add_argument("--rules", action="append", default=[], metavar="DIR", help="extra rule folder (repeatable)")
    p.add_argument("--public-key", metavar="KEY", help="public key (PEM or dfu_public_key.c) to verify signatures")
    p.add_argument("--no-unit-html", action="store_true", help="write only units/<unit>.json, not the HTML reports")
    p.add_argument("--executor", choices=("local", "dask"), default="local",
                   help="local process pool (default) or a dask.distributed cluster")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="dask scheduler address (tcp://host:8786); without it --executor dask starts a "
                        "LocalCluster on 127.0.0.1.  DIR and the units must be reachable from the workers")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress output")


def run(args: argparse.Namespace) -> int:
    from ..errors import UsageError

    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if not args.unit_timeout > 0:
        raise UsageError("--unit-timeout must be more than 0 seconds")
    if args.scheduler and args.executor != "dask":
        raise UsageError("--scheduler needs --executor dask")
    if args.public_key:
        from pathlib import Path

        if not Path(args.public_key).is_file():
            raise UsageError(f"--public-key {args.public_key}: no such file")
        args.public_key = str(Path(args.public_key).absolute())
    from ..batch.runner import run_batch

    stats = run_batch(args.paths, args.out, jobs=args.jobs, executor=args.executor, scheduler=args.scheduler,
                      unit_timeout=args.unit_timeout, elfs=args.elf, rule_dirs=args.rules,
                      options={"public_key": args.public_key}, write_html=not args.no_unit_html,
                      progress=not args.quiet)
    if not args.quiet:
        print(f"batch: {stats.units} units ({stats.analysed} analysed, {stats.cached} from cache, "
              f"{stats.errors} errors, {stats.timeouts} timeouts) in {stats.seconds:.1f} s -> {args.out}/summary.html",
              file=sys.stderr)
    return 0
