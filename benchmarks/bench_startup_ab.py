#!/usr/bin/env python3
"""Start-up cost of two source trees of dfuforensics side by side, runs interleaved (A, B, A, B, ...).

    mkdir /tmp/before && git archive HEAD | tar -x -C /tmp/before      # or any other copy
    .venv/bin/python benchmarks/bench_startup_ab.py /tmp/before [-n RUNS]

On a shared, loaded machine two benchmark runs minutes apart are not comparable; interleaving the two
trees' runs gives both the same conditions.  Each tree is imported through PYTHONPATH from a neutral
working directory (``python -m`` would otherwise put the current directory first), with and without
bytecode caches, beside the same-run ``python -c pass``.  It also checks that both trees print the
same JSON report, and the same on every run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for benchmarks.common

from benchmarks.common import child_cpu, child_env  # noqa: E402

SMALL = ROOT.parent / "shared" / "cases" / "sdk16-serial-sd-req-not-met-0xB" / "input.log"
FLASH = ROOT / "samples" / "nrf52840-healthy" / "flash.bin@0x0"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path, help="the other tree (a copy of the project's root)")
    ap.add_argument("-n", "--runs", type=int, default=11)
    args = ap.parse_args()
    py = sys.executable
    cli = [py, "-m", "dfuforensics"]
    cmds = {"python -c pass": [py, "-c", "pass"], "dfuforensics --help": [*cli, "--help"],
            "analyze 1 MiB flash": [*cli, "analyze", str(FLASH), "--format", "json"],
            "analyze small log": [*cli, "analyze", str(SMALL), "--format", "json"]}
    trees = {"before": args.before.resolve(), "after": ROOT}
    times: dict[tuple[bool, str, str], list[tuple[float, float]]] = {}
    outputs: dict[tuple[str, str], set[bytes]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for bytecode in (True, False):
            for name, tree in trees.items():
                for cmd in cmds.values():  # warm the bytecode cache and the file cache
                    subprocess.run(cmd, capture_output=True, env=child_env(bytecode, f"{tmp}/{name}", PYTHONPATH=str(tree)), cwd=tmp)
            for _ in range(args.runs):
                for label, cmd in cmds.items():
                    for name, tree in trees.items():
                        c, t = child_cpu(), time.perf_counter()
                        p = subprocess.run(cmd, capture_output=True, env=child_env(bytecode, f"{tmp}/{name}", PYTHONPATH=str(tree)),
                                           cwd=tmp)
                        wall = time.perf_counter() - t
                        if p.returncode not in (0, 1):
                            raise SystemExit(f"{name}: {' '.join(cmd)} failed: {p.stderr.decode()[-400:]}")
                        times.setdefault((bytecode, label, name), []).append((wall, child_cpu() - c))
                        if label.startswith("analyze"):
                            outputs.setdefault((label, name), set()).add(p.stdout)
    same = all(len(outputs[(label, "after")]) == 1 and outputs[(label, "before")] == outputs[(label, "after")]
               for label in cmds if label.startswith("analyze"))
    print(f"{'':8} {'command':22} {'before wall':>11} {'cpu':>6} {'after wall':>11} {'cpu':>6}")
    for bytecode in (True, False):
        for label in cmds:
            cells = []
            for name in trees:
                xs = times[(bytecode, label, name)]
                cells.append(f"{statistics.median(w for w, _ in xs):11.3f} {statistics.median(u for _, u in xs):6.3f}")
            print(f"{'.pyc' if bytecode else 'no .pyc':8} {label:22} {' '.join(cells)}")
    print(f"(seconds; medians of {args.runs} interleaved runs; cpu = the child's user+sys; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    print(f"JSON reports identical between the trees and across runs: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
