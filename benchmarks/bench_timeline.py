"""Benchmark: `dfuforensics timeline LOG --format jsonl > /dev/null` on a generated nRF5 RTT log.

    .venv/bin/python benchmarks/bench_timeline.py [--lines 1000000] [--runs 3]

Generates (in /tmp, not committed) a realistic RTT capture of a DFU over serial: the SDK's own log
calls rendered with nrf_fprintf semantics -- a transfer loop (write/CRC/execute with increasing
addresses) interleaved with every other SDK 14-17 log call (random arguments), ``00> `` prefixes on part
of the lines, ``[hh:mm:ss.mmm,uuu]`` timestamps.  Measures, medians of --runs, with the C accelerator
(where built) and pure Python (``DFUFORENSICS_NO_ACCEL=1``) interleaved: lines/s of the command
by the child's CPU time (one process, one core; fair on a shared, loaded machine; wall time shown too), a bare Python line loop over the same file in the same run (the floor), their
ratio, and peak RSS at 100k vs full length (flat memory = streaming).  ``--stages`` adds, in one process
on the small file, CPU microseconds per line of each stage of the hot path (cumulative: read + decode,
+ line regex, + classification = ``batches``, ``parse`` to ``Event`` objects, the whole jsonl stream
both ways, also on a log whose messages are all known: the floor of the accelerated path)
and the share of lines whose message the classification cache had not seen.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
#: where the benchmark's children keep byte-compiled modules (not in the checkout)
PYC_CACHE = Path(tempfile.gettempdir()) / "dfuforensics-bench-pyc"
sys.path.insert(0, str(ROOT))

from benchmarks.common import child_env  # noqa: E402
from tests.logs_device.render import render, sample_values  # noqa: E402


def generate(path: Path, n_lines: int, seed: int = 1) -> None:
    from dfuforensics.nrf5.log_templates import nrf5_index, split_format

    rng = random.Random(seed)
    rows = [t for t in nrf5_index().templates
            if t.piece == 0 and not t.hexdump and any(v[:2] in ("14", "15", "16", "17") for v in t.versions)]
    loop = [("nrf_dfu_serial_usb", "debug", "Allocated buffer %x"),
            ("nrf_dfu_req_handler", "debug", "Handle NRF_DFU_OP_OBJECT_WRITE (data)"),
            ("nrf_dfu_flash", "debug", "nrf_fstorage_write(addr=%p, src=%p, len=%d bytes), queue usage: %d"),
            ("nrf_dfu_req_handler", "debug", "Request handling complete. Result: 0x%x"),
            ("nrf_dfu_flash", "debug", "Flash write success: addr=%p, pending %d")]
    us = 0
    addr = 0x27000
    with open(path, "w", encoding="utf-8", newline="") as out:
        n = 0
        while n < n_lines:
            if rng.random() < 0.6:
                addr += 0x400
                batch = []
                for module, level, fmt in loop:
                    vals = sample_values(fmt, rng)
                    vals = [addr if "addr" in fmt and i == 0 else v for i, v in enumerate(vals)]
                    if "Result" in fmt:
                        vals = [1]
                    batch.append((module, level, render(fmt, vals, nrf_fprintf=True)))
            else:
                t = rng.choice(rows)
                piece = split_format(t.fmt)[0]
                batch = [(t.modules[0], t.level, render(piece, sample_values(piece, rng), nrf_fprintf=True))]
            for module, level, msg in batch:
                us += rng.randrange(50, 3000)
                s, u = divmod(us, 1_000_000)
                h, rem = divmod(s, 3600)
                m, s = divmod(rem, 60)
                prefix = "00> " if rng.random() < 0.5 else ""
                out.write(f"{prefix}[{h:02d}:{m:02d}:{s:02d}.{u // 1000:03d},{u % 1000:03d}] <{level}> {module}: {msg}\r\r\n")
                n += 1
                if n >= n_lines:
                    break


def bare_loop(path: Path) -> float:
    """CPU seconds of the floor: reading and splitting the same file in Python, nothing else."""
    started = time.process_time()
    n = 0
    with open(path, encoding="utf-8", errors="replace", newline="\n") as fh:
        for line in fh:
            if line.rstrip("\r\n"):
                n += 1
    return time.process_time() - started


def run_timeline(path: Path, accel: bool = True, pyc: bool = True) -> tuple[float, float, int]:
    """CPU s (the child's, start-up included), wall s and peak RSS KiB of one ``timeline --format jsonl``.

    ``pyc``: byte-compiled modules in a cache of the benchmark's own, as an installed copy has them
    (``common.child_env``); ``--no-pyc``: every module of a checkout with no ``__pycache__`` compiled from
    source on each run (~80 ms of start-up), as this sandbox's PYTHONDONTWRITEBYTECODE=1 makes it."""
    cmd = [sys.executable, "-c",
           "import resource,sys; from dfuforensics.cli import main; "
           "rc = main(['timeline', sys.argv[1], '--format', 'jsonl']); "
           "sys.stderr.write('RSS_KB=%d\\n' % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss); sys.exit(rc)",
           str(path)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    env = child_env(pyc, str(PYC_CACHE), DFUFORENSICS_NO_ACCEL="0" if accel else "1")
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    rss = int(proc.stderr.rsplit("RSS_KB=", 1)[1].split()[0])
    return cpu, wall, rss


def stages(path: Path, runs: int) -> None:
    """CPU us/line per cumulative stage of the hot path, medians of ``runs``, in this process."""
    import io

    from dfuforensics.commands.timeline import stream
    from dfuforensics.evidence import nrf_log
    from dfuforensics.sources import expand

    source = expand([str(path)])[0]
    parser = nrf_log.NrfLogParser()
    n = sum(1 for _ in open(path, "rb"))

    def read() -> None:
        with open(path, "rb") as fh:
            for _ in nrf_log._text_blocks(fh):
                pass

    def regex() -> None:
        with open(path, "rb") as fh:
            for block, _cut in nrf_log._text_blocks(fh):
                parser.lines.findall(block)

    def rows() -> None:
        for _ in parser.batches(source):
            pass

    def events() -> None:
        for _ in parser.parse(source):
            pass

    def jsonl(accel: bool = False, src: Any = source) -> None:
        os.environ["DFUFORENSICS_NO_ACCEL"] = "0" if accel else "1"
        try:
            with open(os.devnull, "w", encoding="utf-8") as sink:
                stream([src], "jsonl", sink, io.StringIO())
        finally:
            del os.environ["DFUFORENSICS_NO_ACCEL"]

    # the same transfer, every message already known: its first 2,000 lines 50 times over (the floor of
    # the C path: the scan, state callbacks, the write -- no classification, no new JSON parts)
    known = path.with_name(path.stem + "_known.log")
    if not known.exists():
        with open(path, "rb") as fh:
            head = b"".join(fh.readline() for _ in range(2000))
        known.write_bytes(head * 50)
    known_source = expand([str(known)])[0]
    have_accel = nrf_log.accelerator() is not None

    rows()  # warm: templates, grammar, regexes
    misses = [0]
    entry = parser._entry
    parser._entry = lambda *key: (misses.__setitem__(0, misses[0] + 1), entry(*key))[1]
    rows()
    del parser._entry
    floor = statistics.median(bare_loop(path) for _ in range(runs)) / n * 1e6
    print(f"stages, CPU us/line (median of {runs}, {n} lines; bare line loop {floor:.2f}):")
    plan: list[tuple[str, Any]] = [
        ("read + decode", read), ("+ line regex (findall)", regex), ("+ classify = batches/Rows", rows),
        ("parse -> Event objects", events), ("timeline jsonl, pure Python", jsonl),
        ("  same, messages all known", lambda: jsonl(False, known_source))]
    if have_accel:
        plan += [("timeline jsonl, C accel", lambda: jsonl(True)),
                 ("  same, messages all known", lambda: jsonl(True, known_source))]
    for name, fn in plan:
        times = []
        for _ in range(runs):
            started = time.process_time()
            fn()
            times.append(time.process_time() - started)
        print(f"  {name:28s} {statistics.median(times) / n * 1e6:6.2f}")
    print(f"  messages not in the classification cache: {misses[0] / n:.0%} of lines")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--small", type=int, default=100_000)
    ap.add_argument("--stages", action="store_true", help="also the per-stage breakdown (in-process)")
    ap.add_argument("--no-pyc", action="store_true",
                    help="the child compiles every module from source on every run (no .pyc read or written)")
    args = ap.parse_args()
    big, small = Path(f"/tmp/dfuforensics_bench_{args.lines}.log"), Path(f"/tmp/dfuforensics_bench_{args.small}.log")
    for path, n in ((big, args.lines), (small, args.small)):
        if not path.exists():
            generate(path, n)
    from dfuforensics.evidence.nrf_log import accelerator

    modes = [("C accel", True), ("pure Python", False)] if accelerator() is not None else [("pure Python", False)]
    if len(modes) == 1:
        print("the C accelerator is not built here (or DFUFORENSICS_NO_ACCEL=1): pure Python only")
    pyc = not args.no_pyc
    print("modules: " + ("byte-compiled (as installed)" if pyc else "compiled from source on every run (--no-pyc)"))
    if pyc:
        run_timeline(small, True, pyc)  # writes the .pyc files a first run of an installed copy writes
    results = {}
    for path, n in ((small, args.small), (big, args.lines)):
        times: dict[str, list[float]] = {name: [] for name, _ in modes}
        walls, rsses = dict((name, []) for name, _ in modes), dict((name, []) for name, _ in modes)
        floors = []
        for _ in range(args.runs):  # interleaved, so that both see the same machine load
            floors.append(bare_loop(path))
            for name, accel in modes:
                cpu, wall, rss = run_timeline(path, accel, pyc)
                times[name].append(cpu)
                walls[name].append(wall)
                rsses[name].append(rss)
        floor = statistics.median(floors)
        print(f"{n:>9} lines  bare loop: {n / floor:>11,.0f} lines/s")
        for name, _ in modes:
            med = statistics.median(times[name])
            results[(n, name)] = (med, statistics.median(rsses[name]))
            print(f"           timeline jsonl, {name:11s}: CPU {med:6.2f} s = {n / med:>9,.0f} lines/s (median of "
                  f"{args.runs}: {', '.join(f'{x:.2f}' for x in times[name])}; wall "
                  f"{statistics.median(walls[name]):.2f} s)  ratio to bare loop {med / floor:5.1f}x  "
                  f"peak RSS {statistics.median(rsses[name]) / 1024:.1f} MiB")
    for name, _ in modes:
        rs, rb = results[(args.small, name)][1], results[(args.lines, name)][1]
        print(f"RSS {args.lines} vs {args.small} lines, {name}: {rb / rs:.2f}x (flat = streaming)")
        ts, tb = results[(args.small, name)][0], results[(args.lines, name)][0]
        print(f"{name}: start-up and per-input set-up ~{ts - (tb - ts) * args.small / (args.lines - args.small):.2f} s; "
              f"past it {(args.lines - args.small) / (tb - ts):,.0f} lines/s (from the two lengths' medians)")
    if args.stages:
        stages(small, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
