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
    path = torture[(dialect, 3)]
    out, err = io.StringIO(), io.StringIO()
    assert stream(expand([str(path)]), "jsonl", out, err) == 1
    events = [x for x in reference_parse(DIALECTS[dialect](), expand([str(path)])[0]) if type(x) is Event]
    lines = out.getvalue().splitlines()
    assert len(lines) == len(events) > 1000
    for line, e in zip(lines, events, strict=True):
        assert line == json.dumps(event_json(e)), e


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
