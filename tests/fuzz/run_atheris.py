"""Coverage-guided fuzzing of one parser (or the whole `analyze`) with atheris, for long runs.

    .venv/bin/python tests/fuzz/run_atheris.py --seconds 120 --target nrf_log.NrfLogParser
    .venv/bin/python tests/fuzz/run_atheris.py --seconds 60 --target all      # every parser, one by one
    .venv/bin/python tests/fuzz/run_atheris.py --list

The seed corpus is the real evidence each parser claims (tests/fuzz/corpus.py).  An input that breaks
a property of tests/fuzz/properties.py is saved under ``--out``/<target>/crashes/ and the run goes on
(libFuzzer would stop at the first one); a hang or a memory blow-up is libFuzzer's own artifact
(``-timeout``, ``-rss_limit_mb``).  Copy each crash to tests/fuzz/regressions/ once it is fixed.
Prints one JSON line per target: executions, seconds, crashes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # so `fuzz` is importable as in the suite


def _targets() -> list[str]:
    from fuzz.properties import parsers_by_name

    return sorted(parsers_by_name()) + ["analyze"]


def _seed_corpus(target: str, corpus_dir: Path) -> list[tuple[str, tuple]]:
    """Write the target's seeds into libFuzzer's corpus folder; returns their (name, companions)."""
    from dfuforensics.evidence import SNIFF_THRESHOLD
    from fuzz.corpus import Sample, seeds
    from fuzz.properties import parsers_by_name, source_for

    parser = parsers_by_name().get(target)
    shapes = set()
    with tempfile.TemporaryDirectory(prefix="dfuf-seed-") as tmp:
        for n, seed in enumerate(seeds()):
            folder = Path(tmp) / str(n)
            folder.mkdir()
            path = Sample(seed.name, seed.blob, seed.companions).write(folder)[0]
            if parser is not None and parser.sniff(source_for(path)) <= SNIFF_THRESHOLD:
                continue
            (corpus_dir / hashlib.sha1(seed.blob).hexdigest()).write_bytes(seed.blob)
            shapes.add((seed.name, seed.companions))
    return sorted(shapes) or [("input.bin", ())]


def _fuzz_one(target: str, seconds: int, out: Path, max_len: int) -> None:
    """Runs in its own process: libFuzzer exits the process when its time is up."""
    import atheris

    with atheris.instrument_imports(include=["dfuforensics"]):
        import dfuforensics.pipeline  # noqa: F401  (instrumented: every room the pipeline loads)
        from dfuforensics.evidence import all_parsers

        for name in ("dfuforensics.evidence", "dfuforensics.analysis.timeline"):
            __import__(name)
        all_parsers()
    from fuzz.corpus import Sample, evidence_name
    from fuzz.properties import check_report, parsers_by_name, run_parser

    corpus_dir = out / target / "corpus"
    crash_dir = out / target / "crashes"
    corpus_dir.mkdir(parents=True, exist_ok=True)
    crash_dir.mkdir(parents=True, exist_ok=True)
    shapes = _seed_corpus(target, corpus_dir)
    parser = parsers_by_name().get(target)
    work = Path(tempfile.mkdtemp(prefix="dfuf-atheris-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None))
    stats = {"target": target, "execs": 0, "crashes": 0, "distinct": [], "seeds": len(list(corpus_dir.iterdir()))}
    stats_path = out / target / "stats.json"
    started = time.monotonic()

    def save_stats() -> None:
        stats["seconds"] = round(time.monotonic() - started, 1)
        stats_path.write_text(json.dumps(stats, indent=1, sort_keys=True))

    def one_input(data: bytes) -> None:
        stats["execs"] += 1
        name, companions = shapes[len(data) % len(shapes)]
        unit = work / "unit"
        unit.mkdir(exist_ok=True)
        for old in unit.iterdir():
            old.unlink()
        paths = Sample(name, data, companions).write(unit, evidence_name(name) if parser is None else None)
        try:
            if parser is not None:
                run_parser(parser, paths[0])
            else:
                from dfuforensics.pipeline import analyze_paths

                check_report(analyze_paths([str(unit)]), paths)
        except Exception as exc:  # every exception is a finding: save it and go on
            tb = traceback.extract_tb(exc.__traceback__)
            where = next((f"{Path(f.filename).name}:{f.lineno}" for f in reversed(tb)
                          if "dfuforensics" in f.filename), f"{Path(tb[-1].filename).name}:{tb[-1].lineno}")
            key = f"{type(exc).__name__} at {where}"
            stats["crashes"] += 1
            if key not in stats["distinct"]:
                stats["distinct"].append(key)
                digest = hashlib.sha1(data).hexdigest()[:12]
                (crash_dir / f"{digest}-{name}").write_bytes(data)
                (crash_dir / f"{digest}-{name}.txt").write_text(f"{key}\n{exc}\n")
            save_stats()
        if stats["execs"] % 500 == 0:
            save_stats()

    save_stats()
    atheris.Setup([sys.argv[0], str(corpus_dir), f"-max_total_time={seconds}", f"-max_len={max_len}",
                   "-timeout=30", "-rss_limit_mb=3072", f"-artifact_prefix={crash_dir}/",
                   "-print_final_stats=1"], one_input)
    try:
        atheris.Fuzz()
    finally:
        save_stats()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--target", default="all", help="parser name (see --list), 'analyze', or 'all'")
    ap.add_argument("--seconds", type=int, default=60, help="fuzzing time per target")
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "dfuf-atheris")
    ap.add_argument("--max-len", type=int, default=1 << 20, help="largest input libFuzzer makes")
    ap.add_argument("--list", action="store_true", help="list the targets and exit")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    targets = _targets()
    if args.list:
        print("\n".join(targets))
        return 0
    if args.child:
        _fuzz_one(args.target, args.seconds, args.out, args.max_len)
        return 0
    chosen = targets if args.target == "all" else [args.target]
    unknown = [t for t in chosen if t not in targets]
    if unknown:
        print(f"unknown target {unknown[0]!r}; see --list", file=sys.stderr)
        return 2
    for target in chosen:
        cmd = [sys.executable, __file__, "--child", "--target", target, "--seconds", str(args.seconds),
               "--out", str(args.out), "--max-len", str(args.max_len)]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        stats_path = args.out / target / "stats.json"
        stats = json.loads(stats_path.read_text()) if stats_path.exists() else {"target": target}
        m = re.search(r"Done (\d+) runs in (\d+) second", proc.stderr)
        stats["libfuzzer_runs"] = int(m.group(1)) if m else None
        artifacts = re.findall(r"Test unit written to (\S+)", proc.stderr)
        stats["libfuzzer_artifacts"] = artifacts  # hangs (-timeout) and RSS blow-ups
        stats["returncode"] = proc.returncode
        print(json.dumps(stats, sort_keys=True), flush=True)
        if proc.returncode not in (0,) and not artifacts:
            sys.stderr.write(proc.stderr[-3000:])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
