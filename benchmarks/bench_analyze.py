#!/usr/bin/env python3
"""Wall-clock figures for `analyze` and start-up, each the median of N runs in fresh processes.

    .venv/bin/python benchmarks/bench_analyze.py [-n RUNS]

Every command runs as a subprocess (what a user or a batch job pays), beside a same-run baseline:
the interpreter starting and doing nothing (`python -c pass`).  The in-process row times only the
nRF5 memory analysis (`nrf5.analysis.analyze`) on an already-parsed case.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLASH_1M = ROOT / "samples" / "nrf52840-healthy" / "flash.bin@0x0"
SHARED_LOG = ROOT.parent / "shared" / "cases" / "sdk16-serial-sd-req-not-met-0xB"


def timed(cmd: list[str], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True)
        out.append(time.perf_counter() - t)
        if p.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} failed ({p.returncode}): {p.stderr.decode()[-400:]}")
    return out


def in_process(runs: int) -> list[float]:
    from dfuforensics.nrf5 import analysis
    from dfuforensics.pipeline import build_case
    from dfuforensics.sources import expand

    out = []
    for _ in range(runs):
        case = build_case(expand([str(FLASH_1M)]))
        t = time.perf_counter()
        analysis.analyze(case)
        out.append(time.perf_counter() - t)
    return out


def small_input(tmp: Path) -> Path:
    logs = sorted(SHARED_LOG.glob("input*.log")) if SHARED_LOG.exists() else []
    if logs:
        return logs[0]
    page = tmp / "settings.bin@0x7F000"  # a lone settings page cut from a sample unit
    page.write_bytes((ROOT / "samples" / "interrupted-transfer" / "flash.bin@0x0").read_bytes()[0x7F000:])
    return page


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--runs", type=int, default=7)
    args = ap.parse_args()
    py = sys.executable
    cli = [py, "-m", "dfuforensics"]
    with tempfile.TemporaryDirectory() as tmp:
        small = small_input(Path(tmp))
        rows = [
            ("baseline: python -c pass", timed([py, "-c", "pass"], args.runs), None),
            ("dfuforensics --help", timed([*cli, "--help"], args.runs), 0.3),
            (f"analyze 1 MiB nRF52840 flash ({FLASH_1M.parent.name})",
             timed([*cli, "analyze", str(FLASH_1M), "--format", "json"], args.runs), 1.0),
            (f"analyze small input ({small.name})", timed([*cli, "analyze", str(small), "--format", "json"],
                                                          args.runs), 0.5),
            ("in-process nrf5.analysis.analyze, 1 MiB", in_process(args.runs), None),
        ]
    base = statistics.median(rows[0][1])
    print(f"{'measure':58} {'median':>8} {'min':>8} {'max':>8} {'-base':>8} {'target':>7}  ok")
    for name, xs, target in rows:
        med = statistics.median(xs)
        over = "" if name.startswith(("baseline", "in-process")) else f"{med - base:8.3f}"
        verdict = "" if target is None else ("yes" if med < target else "NO")
        print(f"{name:58} {med:8.3f} {min(xs):8.3f} {max(xs):8.3f} {over:>8} "
              f"{'' if target is None else f'< {target}':>7}  {verdict}")
    print(f"(seconds; median of {args.runs} runs; {sys.version.split()[0]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
