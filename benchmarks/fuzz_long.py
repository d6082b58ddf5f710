"""Long mutation-fuzz run over every seed category, on demand (not in CI):

    .venv/bin/python benchmarks/fuzz_long.py --seconds 600 [--seed 1] [--analyze-every 20]

Each round takes a real seed, applies 1-4 of the damage mutators of tests/fuzz (bit flips,
truncation, splices, inserts, deletes, edge values, duplicated lines), runs every parser that claims
the result through the parser properties and, every ``--analyze-every`` rounds, the whole `analyze`
through the report properties.  Deterministic for a given ``--seed`` (up to the time limit).  Prints a
JSON table per seed category: inputs tried, parser runs, analyze runs, crashes; saves each distinct
crash under ``--out`` for tests/fuzz/regressions/.  The coverage-guided counterpart is
tests/fuzz/run_atheris.py.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
import tempfile
import time
import traceback
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=300)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--analyze-every", type=int, default=20)
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "dfuf-long")
    args = ap.parse_args(argv)

    from fuzz.corpus import Sample, evidence_name
    from fuzz.properties import check_report, parsers_by_name, run_parser
    from fuzz.strategies import INTERESTING, all_seeds, apply, seed_bytes

    from dfuforensics.pipeline import analyze_paths

    rng = random.Random(args.seed)
    seeds = all_seeds()
    parsers = parsers_by_name()
    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    distinct: dict[str, str] = {}
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="dfuf-long-"))
    big = 2**31

    def op() -> tuple:
        k = rng.randrange(7)
        return [("flip", rng.randrange(big), rng.randrange(8)), ("truncate", rng.randrange(big)),
                ("splice", rng.randrange(big), rng.randrange(big), rng.randrange(big), rng.randrange(4096)),
                ("insert", rng.randrange(big), rng.randbytes(rng.randrange(64))),
                ("delete", rng.randrange(big), rng.randrange(512)),
                ("overwrite", rng.randrange(big), rng.choice(INTERESTING)), ("dupline", rng.randrange(big))][k]

    def crash(cat: str, target: str, data: bytes, name: str, exc: BaseException) -> None:
        stats[cat]["crashes"] += 1
        tb = traceback.extract_tb(exc.__traceback__)
        where = next((f"{Path(f.filename).name}:{f.lineno}" for f in reversed(tb) if "dfuforensics" in f.filename),
                     "?")
        key = f"{target}: {type(exc).__name__} at {where}"
        if key not in distinct:
            digest = hashlib.sha1(data).hexdigest()[:12]
            (args.out / f"{digest}-{name}").write_bytes(data)
            distinct[key] = f"{digest}-{name}: {str(exc)[:200]}"
            print(f"CRASH {key} -> {args.out / (digest + '-' + name)}", file=sys.stderr, flush=True)

    started = time.monotonic()
    rounds = 0
    while time.monotonic() - started < args.seconds:
        rounds += 1
        i = rng.randrange(len(seeds))
        seed = seeds[i]
        data = apply(seed_bytes(i), [op() for _ in range(rng.randint(1, 4))])
        cat = seed.category
        stats[cat]["inputs"] += 1
        name = evidence_name(seed.name)
        unit = work / "unit"
        shutil.rmtree(unit, ignore_errors=True)
        unit.mkdir()
        paths = Sample(name, data, seed.companions).write(unit)
        path = paths[0]
        for pname, parser in parsers.items():
            stats[cat]["parser_runs"] += 1
            try:
                run_parser(parser, path)
            except Exception as exc:  # noqa: BLE001 - every exception is a finding
                crash(cat, pname, data, name, exc)
        if rounds % args.analyze_every == 0:
            stats[cat]["analyze_runs"] += 1
            try:
                check_report(analyze_paths([str(unit)]), paths)
            except Exception as exc:  # noqa: BLE001
                crash(cat, "analyze", data, name, exc)
    table = {cat: dict(sorted(v.items())) for cat, v in sorted(stats.items())}
    print(json.dumps({"seconds": round(time.monotonic() - started, 1), "seed": args.seed, "rounds": rounds,
                      "categories": table, "distinct_crashes": distinct}, indent=1))
    shutil.rmtree(work, ignore_errors=True)
    return 1 if distinct else 0


if __name__ == "__main__":
    raise SystemExit(main())
