#!/usr/bin/env python3
"""Throughput and parent memory of `dfuforensics batch` over generated fleets.

    .venv/bin/python benchmarks/bench_batch.py [--units 1000] [--runs 3] [--keep]

Generates fleets under /tmp (not committed) from the committed samples, the firmware captures and ELFs
in tests/firmware and the real logs in ../shared/cases: per 20 units, 10 memory units (flash + UICR +
a log + an ELF), 6 crash units (RAM + registers + ELF + a log), 3 log-only units and 1 broken unit
(empty file, random bytes, archive bomb, path-traversal zip, damaged zip, in turn).  Files are hard
links where the filesystem allows, so 1,000 units cost little disk.

Figures (medians of --runs fresh processes): units/s with 1 and 2 workers and their ratio, a re-run
over the same fleet (everything cached), and the parent's peak RSS at 100 and 1,000 units.  Same-run
baselines: the interpreter starting and doing nothing, and the same units analysed one after another
in one process with `pipeline.analyze_paths` (no batch machinery).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
FIRMWARE = ROOT / "tests" / "firmware"
CASES = ROOT.parent / "shared" / "cases"
PY = sys.executable

DRIVER = """
import json, resource, sys, time
from dfuforensics.batch.runner import run_batch
t = time.perf_counter()
s = run_batch([sys.argv[1]], sys.argv[2], jobs=int(sys.argv[3]), progress=False)
print(json.dumps({"seconds": time.perf_counter() - t, "units": s.units, "errors": s.errors,
                  "cached": s.cached, "analysed": s.analysed, "timeouts": s.timeouts,
                  "rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def _link(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copyfile(src, dst)


def generate(folder: Path, n: int) -> Path:
    """A deterministic fleet of ``n`` units in ``folder`` (recreated)."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    samples = sorted(p for p in SAMPLES.iterdir() if p.is_dir())
    captures = sorted(p for p in (FIRMWARE / "captures").iterdir() if p.name.startswith("m4-"))
    elf = next((FIRMWARE / d / "m4.elf" for d in ("elf", "build") if (FIRMWARE / d / "m4.elf").is_file()),
               FIRMWARE / "elf" / "m4.elf")
    logs = sorted(CASES.glob("*/input*.log"))
    if not (samples and captures and elf.is_file() and logs):
        raise SystemExit("needs samples/, tests/firmware/{captures,elf} and ../shared/cases")
    for i in range(n):
        unit = folder / f"unit{i:05d}"
        slot = i % 20
        log = logs[i % len(logs)]
        if slot < 10:
            unit.mkdir()
            s = samples[i % len(samples)]
            for f in s.iterdir():
                _link(f, unit / f.name)
            _link(log, unit / "device.log")
            _link(elf, unit / "app.elf")
        elif slot < 16:
            unit.mkdir()
            c = captures[i % len(captures)]
            for f in c.iterdir():
                if f.suffix != ".gdb":
                    _link(f, unit / f.name)
            _link(elf, unit / "app.elf")
            _link(log, unit / "device.log")
        elif slot < 19:
            unit.mkdir()
            _link(log, unit / "a.log")
            _link(logs[(i + 7) % len(logs)], unit / "b.log")
        else:
            broken = (i // 20) % 5
            if broken == 0:
                unit.mkdir()
                (unit / "flash.bin@0x0").write_bytes(b"")
            elif broken == 1:
                unit.mkdir()
                (unit / "noise").write_bytes(bytes((j * 7919 + i) % 251 for j in range(8192)))
            elif broken == 2:
                with zipfile.ZipFile(unit.with_suffix(".zip"), "w", zipfile.ZIP_DEFLATED) as zf, \
                        zf.open("flash.bin@0x0", "w") as fh:
                    for _ in range(24):
                        fh.write(bytes(1 << 20))
            elif broken == 3:
                with zipfile.ZipFile(unit.with_suffix(".zip"), "w") as zf:
                    zf.writestr("../../../tmp/escaped.txt", "x")
                    zf.write(log, "device.log")
            else:
                unit.with_suffix(".zip").write_bytes(b"PK\x03\x04" + bytes(100))
    return folder


def run_batch_process(fleet: Path, out: Path, jobs: int) -> dict:
    p = subprocess.run([PY, "-c", DRIVER, str(fleet), str(out), str(jobs)], capture_output=True, text=True)
    if p.returncode:
        raise SystemExit(f"batch failed: {p.stderr[-800:]}")
    return json.loads(p.stdout.strip().splitlines()[-1])


def sequential_baseline(fleet: Path, limit: int) -> float:
    """Seconds per unit analysing units one after another in one warm process (no batch machinery)."""
    code = f"""
import sys, time
from pathlib import Path
from dfuforensics.pipeline import analyze_paths
units = sorted(p for p in Path(sys.argv[1]).iterdir() if p.is_dir())[:{limit}]
analyze_paths([str(units[0])])
t = time.perf_counter()
for u in units:
    analyze_paths([str(u)])
print((time.perf_counter() - t) / len(units))
"""
    p = subprocess.run([PY, "-c", code, str(fleet)], capture_output=True, text=True, check=True)
    return float(p.stdout.strip())


def median_runs(fleet: Path, work: Path, jobs: int, runs: int, cached: bool = False) -> list[dict]:
    out = []
    for r in range(runs):
        target = work / f"out-{fleet.name}-j{jobs}" if cached else work / f"out-{fleet.name}-j{jobs}-{r}"
        if not cached and target.exists():
            shutil.rmtree(target)
        out.append(run_batch_process(fleet, target, jobs))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--units", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", action="store_true", help="keep the generated fleets and outputs")
    args = ap.parse_args()
    work = Path(tempfile.gettempdir()) / "dfuforensics-bench-batch"
    work.mkdir(exist_ok=True)
    t = time.perf_counter()
    small = generate(work / "fleet-100", 100)
    big = generate(work / "fleet-n", args.units)
    print(f"generated {args.units} + 100 units in {time.perf_counter() - t:.1f} s under {work}")

    startup = statistics.median(
        _timed([PY, "-c", "pass"]) for _ in range(5))
    seq = sequential_baseline(big, 200)
    print(f"baseline: interpreter start {startup * 1000:.0f} ms; sequential in-process analyze_paths "
          f"{seq * 1000:.1f} ms/unit ({1 / seq:.1f} units/s, first 200 units)")

    rates, rss_big = {}, 0.0
    for jobs in (1, 2):
        res = median_runs(big, work, jobs, args.runs)
        secs = statistics.median(r["seconds"] for r in res)
        rates[jobs] = args.units / secs
        rss = rss_big = statistics.median(r["rss_kib"] for r in res)
        print(f"{args.units} units, {jobs} worker(s): median {secs:.1f} s = {rates[jobs]:.1f} units/s "
              f"(runs: {', '.join(format(r['seconds'], '.1f') for r in res)}); errors {res[0]['errors']}, "
              f"timeouts {res[0]['timeouts']}; parent peak RSS {rss / 1024:.0f} MiB")
    print(f"scaling 2 workers / 1 worker: {rates[2] / rates[1]:.2f}x")
    again = median_runs(big, work, 2, args.runs, cached=True)[1:] or median_runs(big, work, 2, 1, cached=True)
    secs = statistics.median(r["seconds"] for r in again)
    print(f"re-run over the same {args.units} units (all cached: {again[0]['cached']}): median {secs:.1f} s")
    res = median_runs(small, work, 2, args.runs)
    rss = statistics.median(r["rss_kib"] for r in res)
    print(f"parent peak RSS, 2 workers: 100 units {rss / 1024:.1f} MiB, {args.units} units "
          f"{rss_big / 1024:.1f} MiB (medians)")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


def _timed(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True)
    return time.perf_counter() - t


if __name__ == "__main__":
    main()
