#!/usr/bin/env python3
"""Run the installed ``dfuforensics`` on the repository's evidence twice -- with the C extensions and with
``DFUFORENSICS_NO_ACCEL=1`` -- and fail if any output differs by one byte.

    .ci/accel_same_outputs.py VENV [--jobs 2]

``VENV`` holds an installed wheel (``.ci/wheel_smoke`` makes it).  Checked first: the package is imported
from the venv and not from this checkout, and both extensions load (``python -m dfuforensics.accel``).
Then, each command both ways, in fresh processes from a neutral working directory, each with an empty
symbol cache of its own (so that the pure-Python run builds its index too instead of reading the
accelerated run's):

* ``analyze --format json`` of every unit in ``samples/`` and of the crash captures with their ELF;
* ``timeline --format jsonl`` of every log case in ``tests/corpus/`` and ``../shared/cases/`` and of a
  generated 20,000-line nRF5 RTT log (every SDK 14-17 message; the C scan's widest input);
* ``symbolize`` (text and ``--format json``) of every fixture ELF with the addresses of its golden.

Stdout, stderr and the exit status (any of the contract's 0-3) must be identical, and no traceback.
Standard library only.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def commands(tmp: Path, python: Path) -> list[tuple[list[str], bytes | None]]:
    """(dfuforensics arguments, stdin) for every comparison."""
    out: list[tuple[list[str], bytes | None]] = []
    for unit in sorted(p for p in (ROOT / "samples").iterdir() if p.is_dir()):
        out.append((["analyze", str(unit), "--format", "json"], None))
    elfs = ROOT / "tests" / "firmware" / "elf"
    stems = sorted((p.stem for p in elfs.glob("*.elf")), key=len, reverse=True)
    for capture in sorted((ROOT / "tests" / "firmware" / "captures").iterdir()):
        # its firmware: the longest ELF name it starts with (m4-record-divide: m4-record.elf), sw-error: swerr
        name = capture.name.replace("sw-error", "swerr")
        stem = next((s for s in stems if name.startswith(s + "-") or name == s), None)
        if capture.is_dir() and stem is not None:
            out.append((["analyze", str(capture), "--elf", str(elfs / f"{stem}.elf"), "--format", "json"], None))
    cases = [ROOT / "tests" / "corpus", ROOT.parent / "shared" / "cases"]
    for case in sorted(c for folder in cases if folder.is_dir() for c in folder.iterdir() if c.is_dir()):
        logs = sorted(str(p) for p in case.glob("input*") if p.is_file())
        if logs:
            out.append((["timeline", *logs, "--format", "jsonl"], None))
    generated = tmp / "nrf5-rtt-20000.log"
    subprocess.run([str(python), "-c", "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
                    "from benchmarks.bench_timeline import generate; generate(Path(sys.argv[2]), 20000)",
                    str(ROOT), str(generated)], check=True, cwd=tmp)
    out.append((["timeline", str(generated), "--format", "jsonl"], None))
    for golden in sorted((ROOT / "tests" / "firmware" / "goldens").glob("*.addrs")):
        elf = elfs / f"{golden.stem}.elf"
        stdin = golden.read_bytes()
        out.append((["symbolize", str(elf)], stdin))
        out.append((["symbolize", str(elf), "--format", "json"], stdin))
    return out


def run(exe: Path, args: list[str], stdin: bytes | None, accel: bool, tmp: Path) -> tuple[int, bytes, bytes]:
    env = {k: v for k, v in os.environ.items() if k != "DFUFORENSICS_NO_ACCEL"}
    if not accel:
        env["DFUFORENSICS_NO_ACCEL"] = "1"
    with tempfile.TemporaryDirectory(dir=tmp) as cache:
        env["DFUFORENSICS_CACHE"] = cache
        p = subprocess.run([str(exe), *args], input=stdin, capture_output=True, env=env, cwd=tmp, timeout=600)
    return p.returncode, p.stdout, p.stderr


def first_difference(a: bytes, b: bytes) -> str:
    for i, (x, y) in enumerate(zip(a.splitlines(), b.splitlines(), strict=False)):
        if x != y:
            return f"line {i + 1}:\n  accel: {x[:300]!r}\n  pure:  {y[:300]!r}"
    return f"lengths {len(a)} vs {len(b)} bytes"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("venv", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    venv = args.venv.resolve()
    python, exe = venv / "bin" / "python", venv / "bin" / "dfuforensics"
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        where = subprocess.run([str(python), "-c", "import dfuforensics; print(dfuforensics.__file__)"],
                               capture_output=True, text=True, check=True, cwd=tmp).stdout.strip()
        if not where.startswith(str(venv)):
            print(f"accel check: dfuforensics is imported from {where}, not from the venv {venv}", file=sys.stderr)
            return 1
        status = subprocess.run([str(python), "-m", "dfuforensics.accel"], capture_output=True, text=True, cwd=tmp,
                                env={k: v for k, v in os.environ.items() if k != "DFUFORENSICS_NO_ACCEL"})
        print(status.stdout, end="")
        if status.returncode != 0:
            print("accel check: the installed wheel lacks a C extension (above)", file=sys.stderr)
            return 1
        todo = commands(tmp, python)
        with ThreadPoolExecutor(args.jobs) as pool:
            pairs = list(pool.map(lambda c: (run(exe, c[0], c[1], True, tmp), run(exe, c[0], c[1], False, tmp)),
                                  todo))
        bad = 0
        for (cmd, _), (fast, pure) in zip(todo, pairs, strict=True):
            what = "dfuforensics " + " ".join(os.path.relpath(w, ROOT) if w.startswith("/") else w for w in cmd)
            if fast[0] not in (0, 1, 2, 3) or b"Traceback" in fast[2] + pure[2]:
                print(f"FAILED {what}: exit {fast[0]}\n{fast[2][-2000:].decode(errors='replace')}", file=sys.stderr)
                bad += 1
            elif fast != pure:
                part = next(i for i in range(3) if fast[i] != pure[i])
                detail = (f"exit {fast[0]} vs {pure[0]}" if part == 0 else
                          ("stdout " if part == 1 else "stderr ") + first_difference(fast[part], pure[part]))
                print(f"DIFFERENT {what}: {detail}", file=sys.stderr)
                bad += 1
        size = sum(len(f[1]) for f, _ in pairs)
        print(f"accel check: {len(todo)} commands, accelerated and DFUFORENSICS_NO_ACCEL=1: "
              f"{len(todo) - bad} identical ({size / 1e6:.1f} MB of output), {bad} not")
        return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
