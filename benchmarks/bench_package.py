"""On-demand timing of the package room: key search and analysis cost (medians of 5 runs).

Baselines from the same run: the device alone (no package) for the analysis, and a plain pass over
the same bytes (``bytes.count``) for the key scan.
    .venv/bin/python benchmarks/bench_package.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from dfuforensics.package.keys import find_key_candidates
from dfuforensics.pipeline import analyze_paths

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for benchmarks.common

from benchmarks.common import median_seconds  # noqa: E402

FIX = ROOT / "tests/package/fixtures"
DEVICE = str(ROOT / "samples/nrf52840-healthy")


def main() -> None:
    flash = (ROOT / "samples/nrf52840-healthy/flash.bin@0x0").read_bytes()
    bl = flash[0xF8000:0xFE000]
    print(f"key scan, bootloader region 24 KiB: {median_seconds(lambda: list(find_key_candidates([(0xF8000, bl, None)]))) * 1e3:.1f} ms")
    print(f"key scan, whole flash 1 MiB:        {median_seconds(lambda: list(find_key_candidates([(0, flash, None)])), 3):.2f} s")
    erased = b"\xff"
    print(f"baseline bytes.count over 1 MiB:    {median_seconds(lambda: flash.count(erased)) * 1e3:.2f} ms")
    pkg = str(FIX / "packages/sd_bl_app.zip")
    print(f"analyze device alone:               {median_seconds(lambda: analyze_paths([DEVICE])):.3f} s")
    print(f"analyze device + SD+BL+app package: {median_seconds(lambda: analyze_paths([pkg, DEVICE], options={'public_key': str(FIX / 'key_a_pub.pem')})):.3f} s")


if __name__ == "__main__":
    main()
