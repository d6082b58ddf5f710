"""The block hot path against the line-by-line oracle (``reference.py``) and against ``event_json``.

Inputs are adversarial (``torture.py``: every reference log call in every decoration, damaged lines,
lines around the reader's limits) and the bench's generated RTT capture; the parse must give the same
records in the same order, and ``timeline --format jsonl`` the same bytes as ``json.dumps`` of
``report.model.event_json`` for every event.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from dfuforensics.commands.timeline import stream
from dfuforensics.evidence import nrf_log
from dfuforensics.evidence.nrf_log import NrfLogParser
from dfuforensics.evidence.zephyr_log import ZephyrLogParser
from dfuforensics.model import Event, ParseWarning
from dfuforensics.report.model import event_json
from dfuforensics.sources import expand

from .reference import reference_parse
from .torture import write_torture

DIALECTS = {"nrf": NrfLogParser, "zephyr": ZephyrLogParser}


@pytest.fixture(scope="module")
def torture(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], Path]:
    root = tmp_path_factory.mktemp("torture")
    return {(d, seed): write_torture(root / f"{d}_{seed}.log", d, seed) for d in DIALECTS for seed in (3, 4)}


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
@pytest.mark.parametrize("seed", (3, 4))
def test_block_parse_equals_line_by_line_oracle(torture, dialect: str, seed: int, monkeypatch) -> None:
    monkeypatch.setattr(nrf_log, "BLOCK_BYTES", 4096 + seed)  # many block edges, odd offsets
    source = expand([str(torture[(dialect, seed)])])[0]
    got = list(DIALECTS[dialect]().parse(source))
    want = list(reference_parse(DIALECTS[dialect](), source))
    assert len(got) == len(want)
    for a, b in zip(got, want, strict=True):
        assert a == b, (a, b)
    kinds = {type(x).__name__ for x in got}
    assert {"Event", "ParseWarning"} <= kinds  # the input does reach both
    assert sum(1 for x in got if isinstance(x, ParseWarning) and "longer than" in x.message) >= 5
    assert sum(1 for x in got if type(x) is Event and x.kind == "unparsed") > 20


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
def test_jsonl_rows_are_event_json(torture, dialect: str) -> None:
    """Two inputs in one stream (the writer keeps per-source parts), every line = json.dumps(event_json)."""
    paths = [str(torture[(dialect, 3)]), str(torture[(dialect, 4)])]
    out, err = io.StringIO(), io.StringIO()
    assert stream(expand(paths), "jsonl", out, err) == 2
    events = [x for path in paths for x in reference_parse(DIALECTS[dialect](), expand([path])[0])
              if type(x) is Event]
    lines = out.getvalue().splitlines()
    assert len(lines) == len(events) > 2000
    for line, e in zip(lines, events, strict=True):
        assert line == json.dumps(event_json(e)), e
    if dialect == "zephyr":
        assert err.getvalue().count("mcuboot-log, ") == 2


def test_stamps_are_written_as_json_writes_their_floats(tmp_path: Path) -> None:
    """A stamp's JSON number is made from its digits; it must equal float repr of the parsed seconds,
    also where repr switches to an exponent (< 1e-4), at whole seconds, and in blocks that mix stamped,
    unstamped and ``[ticks]`` lines."""
    import random

    rng = random.Random(11)
    stamps = ["00:00:00.000,000", "00:00:00.000,001", "00:00:00.000,050", "00:00:00.000,099", "00:00:00.000,100",
              "00:00:00.001,000", "00:00:01.000,000", "00:00:10.100,000", "99:59:59.999,999", "23:59:59.000,010"]
    stamps += [f"{rng.randrange(100):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}.{rng.randrange(1000):03d},"
               f"{rng.randrange(1000):03d}" for _ in range(3000)]
    lines = [f"[{s}] <info> app: Inside main" for s in stamps]
    mixed = [ln if i % 7 else f"[{i:08d}] <info> app: ticks" if i % 2 else "<info> app: no stamp"
             for i, ln in enumerate(lines)]
    for name, body in (("stamped", lines), ("mixed", mixed)):
        path = tmp_path / f"{name}.log"
        path.write_text("\n".join(body) + "\n", encoding="utf-8")
        out = io.StringIO()
        stream(expand([str(path)]), "jsonl", out, io.StringIO())
        events = list(NrfLogParser().parse(expand([str(path)])[0]))
        assert out.getvalue() == "".join(json.dumps(event_json(e)) + "\n" for e in events)
        assert len(events) == len(body)


def test_generated_rtt_capture(tmp_path: Path, root: Path, monkeypatch) -> None:
    """The benchmark's capture (transfer loop + every SDK 14-17 call, 00> prefixes, stamps)."""
    monkeypatch.syspath_prepend(str(root))
    from benchmarks.bench_timeline import generate

    path = tmp_path / "bench.log"
    generate(path, 20_000, seed=5)
    source = expand([str(path)])[0]
    got = list(NrfLogParser().parse(source))
    assert got == list(reference_parse(NrfLogParser(), source))
    assert sum(1 for e in got if e.kind == "unparsed") == 0 and len(got) == 20_000
    out = io.StringIO()
    stream([source], "jsonl", out, io.StringIO())
    assert out.getvalue() == "".join(json.dumps(event_json(e)) + "\n" for e in got)
