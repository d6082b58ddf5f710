#!/usr/bin/env python3
"""Wall-clock figures for `analyze` and start-up, each the median of N runs in fresh processes.

    .venv/bin/python benchmarks/bench_analyze.py [-n RUNS]

Every command runs as a subprocess (what a user or a batch job pays), beside a same-run baseline:
the interpreter starting and doing nothing (`python -c pass`).  The in-process row times only the
nRF5 memory analysis (`nrf5.analysis.analyze`) on an already-parsed case.

Besides wall time each row gives the child's CPU time (user + sys): on a shared, loaded machine wall
time is mostly waiting for a core, CPU time is what the command costs.  Commands run twice: with
Python's bytecode cache (what an installed package has; kept in a temporary PYTHONPYCACHEPREFIX, warmed
first) and without it (PYTHONDONTWRITEBYTECODE=1, how this sandbox runs: every module is compiled
from source on every start).  `--phases` adds where a small log's time goes, measured with
process_time in fresh processes: imports, parsing (nrf_log's template table and lark grammar), the
analyses, the rules (parser tables and pre-read rule files, beside what building and reading them
costs), the rule language (LALR against the former Earley grammar), the timeline (plain records
against building the pandas frame).
"""

from __future__ import annotations

import argparse
import json
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

FLASH_1M = ROOT / "samples" / "nrf52840-healthy" / "flash.bin@0x0"
SHARED_LOG = ROOT.parent / "shared" / "cases" / "sdk16-serial-sd-req-not-met-0xB"


CPU: dict[int, list[float]] = {}  # id(wall list) -> CPU seconds of the same runs


def timed(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> list[float]:
    out: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        c = child_cpu()
        t = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, env=env)
        out.append(time.perf_counter() - t)
        cpu.append(child_cpu() - c)
        if p.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} failed ({p.returncode}): {p.stderr.decode()[-400:]}")
    CPU[id(out)] = cpu
    return out


PHASES = r"""
import json, sys, time
T = time.process_time
out = {}
t = T()
from dfuforensics.pipeline import build_case, run_analyses, diagnose
from dfuforensics.sources import expand
out["import pipeline"] = T() - t
t = T()
from dfuforensics.evidence import all_parsers
all_parsers()
out["parse: import every parser module"] = T() - t
t = T()
from dfuforensics.nrf5.log_templates import nrf5_index
nrf5_index()
out["parse: nrf5 template table (nrf5_index)"] = T() - t
t = T()
from dfuforensics.evidence.nrf_log import PARSERS
for p in PARSERS:
    getattr(p, "compile", lambda: None)()
out["parse: nrf_log lark grammar -> regexes (compile)"] = T() - t
t = T()
case = build_case(expand([sys.argv[1]]))
out["parse: build_case (the rest)"] = T() - t
t = T()
run_analyses(case)
out["analyses"] = T() - t
t = T()
from dfuforensics.rules import lang
lang._parser()
out["rules: LALR parser from lalr_tables.json (only for rules not prebuilt)"] = T() - t
t = T()
diagnose(case)
out["rules: load (builtin_prebuilt.json) + evaluate"] = T() - t
import re
from lark import Lark
t = T()
Lark(lang._grammar_text(), **lang.PARSER_OPTIONS)
out["rules: LALR parser built from the grammar (former; not done by analyze)"] = T() - t
from dfuforensics.rules import BUILTIN_DIR, loader, prebuilt
prebuilt._table = lambda: {}
lang._COMPILED.clear()
t = T()
loader.load_rules([BUILTIN_DIR])
out["rules: load without the table: tomllib + LALR parse (former; not done)"] = T() - t
re.purge()
t = T()
for tpl in nrf5_index().templates:
    tpl.regex
out["parse: compile every nrf5 template's own regex (former; not done)"] = T() - t
t = T()
from dfuforensics.analysis import timeline
import pandas
out["timeline: import pandas (not done by analyze)"] = T() - t
t = T()
timeline.ordered_frame(case)
out["timeline: build the pandas frame (not done by analyze)"] = T() - t
from dfuforensics.rules.loader import rule_files
import tomllib
texts = [tomllib.loads(p.read_text(encoding="utf-8"))["when"] for p in rule_files([BUILTIN_DIR])]
ref = sys.argv[2]
if ref:
    t = T()
    old = Lark(open(ref, encoding="utf-8").read(), parser="earley", lexer="basic")
    for x in texts:
        old.parse(x)
    out[f"rules: former Earley grammar, build + parse {len(texts)} conditions"] = T() - t
    lang._COMPILED.clear()
    t = T()
    for x in texts:
        lang._compile(x)
    out[f"rules: LALR grammar, parse {len(texts)} conditions (built)"] = T() - t
print(json.dumps(out))
"""


def phases(small: Path, runs: int, env: dict[str, str]) -> dict[str, list[float]]:
    ref = ROOT / "tests" / "perf" / "rules_earley_reference.lark"
    got: dict[str, list[float]] = {}
    for _ in range(runs):
        p = subprocess.run([sys.executable, "-c", PHASES, str(small), str(ref) if ref.exists() else ""],
                           capture_output=True, text=True, env=env)
        if p.returncode != 0:
            raise SystemExit(f"phases failed: {p.stderr[-600:]}")
        for k, v in json.loads(p.stdout).items():
            got.setdefault(k, []).append(v)
    return got


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
    ap.add_argument("--phases", action="store_true", help="also break a small log's analyze down")
    args = ap.parse_args()
    py = sys.executable
    cli = [py, "-m", "dfuforensics"]
    with tempfile.TemporaryDirectory() as tmp:
        small = small_input(Path(tmp))
        pyc = child_env(True, str(Path(tmp) / "pyc"))
        nopyc = child_env(False, "")
        for cmd in (["--help"], ["analyze", str(FLASH_1M), "--format", "json"],
                    ["analyze", str(small), "--format", "json"]):
            timed([*cli, *cmd], 1, pyc)  # warm the bytecode cache
        rows = []
        for label, env in (("", pyc), (" [no .pyc]", nopyc)):
            rows += [
                (f"baseline: python -c pass{label}", timed([py, "-c", "pass"], args.runs, env), None),
                (f"dfuforensics --help{label}", timed([*cli, "--help"], args.runs, env), 0.3),
                (f"analyze 1 MiB nRF52840 flash ({FLASH_1M.parent.name}){label}",
                 timed([*cli, "analyze", str(FLASH_1M), "--format", "json"], args.runs, env), 1.0),
                (f"analyze small input ({small.name}){label}",
                 timed([*cli, "analyze", str(small), "--format", "json"], args.runs, env), 0.5),
            ]
        rows.append(("in-process nrf5.analysis.analyze, 1 MiB", in_process(args.runs), None))
        parts = phases(small, args.runs, pyc) if args.phases else {}
    print(f"{'measure':62} {'median':>7} {'min':>7} {'max':>7} {'-base':>7} {'cpu':>7} {'target':>7}  ok")
    base = 0.0
    for name, xs, target in rows:
        med = statistics.median(xs)
        if name.startswith("baseline"):
            base = med
        over = "" if name.startswith(("baseline", "in-process")) else f"{med - base:7.3f}"
        cpu = CPU.get(id(xs))
        cpu_s = "" if cpu is None else f"{statistics.median(cpu):7.3f}"
        verdict = "" if target is None else ("yes" if med < target else "NO")
        print(f"{name:62} {med:7.3f} {min(xs):7.3f} {max(xs):7.3f} {over:>7} {cpu_s:>7} "
              f"{'' if target is None else f'< {target}':>7}  {verdict}")
    print(f"(seconds, wall; cpu = the child's user+sys; median of {args.runs} runs; {sys.version.split()[0]}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    if parts:
        print(f"\nwhere `analyze {small.name}` spends CPU (process_time, fresh processes, with .pyc; median):")
        for k, xs in parts.items():
            print(f"  {k:70} {statistics.median(xs):7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
