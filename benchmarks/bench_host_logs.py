"""Host-log parser throughput, against the same run's baseline of only reading and cleaning the lines.

Run: .venv/bin/python benchmarks/bench_host_logs.py [REPEATS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from dfuforensics.evidence.android_dfu_log import PARSERS as ANDROID
from dfuforensics.evidence.desktop_dfu_log import PARSERS as DESKTOP
from dfuforensics.evidence.textutil import clean_line
from dfuforensics.sources import expand

FIX = Path(__file__).resolve().parent.parent / "tests/logs_host/fixtures/synthetic"


def make(name: str, copies: int, tmp: Path) -> Path:
    body = (FIX / name).read_bytes()
    p = tmp / f"big_{name}"
    p.write_bytes(body * copies)
    return p


def timed(fn) -> float:  # noqa: ANN001
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as d:
        for name, parser in (("android_secure_sd_req.log", ANDROID[0]), ("desktop_iso_hash_mismatch.log", DESKTOP[0])):
            path = make(name, 4000, Path(d))
            [src] = expand([str(path)])
            n_lines = sum(1 for _ in src.iter_lines())
            base = [timed(lambda s=src: [clean_line(t) for _, t, _ in s.iter_lines()]) for _ in range(repeats)]
            full = [timed(lambda s=src, p=parser: sum(1 for _ in p.parse(s))) for _ in range(repeats)]
            b, f = statistics.median(base), statistics.median(full)
            print(f"{name}: {n_lines} lines; baseline read+clean median {b:.3f} s "
                  f"({n_lines / b:,.0f} lines/s); parse median {f:.3f} s ({n_lines / f:,.0f} lines/s); "
                  f"x{f / b:.1f} of baseline")


if __name__ == "__main__":
    main()
