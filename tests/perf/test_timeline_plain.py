"""`analyze` orders the timeline on plain records; pandas (the oracle here) must agree with it.

The pandas frame is still what `Timeline.frame` / `ordered_frame` give; the facts and gaps the analysis
publishes are checked against what the frame computes, on every real log we have.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dfuforensics.analysis import timeline as tl
from dfuforensics.case import Case
from dfuforensics.model import NOT_PRESENT, Event
from dfuforensics.pipeline import build_case
from dfuforensics.sources import expand

SHARED = Path("/work/shared")


def real_inputs() -> list[list[Path]]:
    cases = sorted((SHARED / "cases").glob("*/input.log"))
    out = [[p] for p in cases]
    out += [[p] for p in sorted((SHARED / "samples").glob("*")) if p.is_file()]
    # several inputs at once: host logs merge by clock, device logs stay blocks
    out += [sorted(p.parent.glob("input*.log")) for p in cases if (p.parent / "input2.log").exists()]
    out.append(cases[:4])
    return out


def frame_facts(frame, events: list[Event]) -> dict:
    """The `timeline.*` facts computed the way the analysis did when it used pandas."""
    stalls = tl.gaps(frame)
    per_source = frame.groupby("source", sort=True)["epoch"].max()
    return {
        "events": len(events),
        "sources": int(frame["source"].nunique()),
        "clocks": sorted(set(frame["clock"])),
        "boot_epochs": int(per_source.max()) + 1,
        "boot_starts": int((frame["kind"] == "boot.start").sum()),
        "stalls": len(stalls),
        "longest_gap_s": max((g["seconds"] for g in stalls), default=NOT_PRESENT),
        "last_kind": events[-1].kind,
    }


@pytest.mark.skipif(not SHARED.exists(), reason="needs the shared real logs")
def test_plain_timeline_agrees_with_pandas() -> None:
    checked = with_gaps = 0
    for paths in real_inputs():
        case = build_case(expand([str(p) for p in paths]))
        if not case.events:
            continue
        tl.analyze(case)
        frame = tl.ordered_frame(case)
        assert list(frame["order"]) == list(range(len(case.events)))
        assert case.facts["timeline"] == frame_facts(frame, case.events), paths
        assert case.facts["_timeline"]["gaps"] == tl.gaps(frame), paths
        checked += 1
        with_gaps += bool(case.facts["_timeline"]["gaps"])
    assert checked >= 30 and with_gaps >= 5


def test_gaps_skip_untimed_and_nan_and_split_by_epoch() -> None:
    def ev(line: int, t: float | None, kind: str = "log.line", clock: str = "device") -> Event:
        return Event(kind, f"l{line}", "dev.log", line=line, t=t, clock=clock if t is not None else "none")

    events = [ev(1, 0.0), ev(2, None), ev(3, 20.0), ev(4, float("nan")), ev(5, 45.0),
              ev(6, 1.0, "boot.start"), ev(7, 12.5), ev(8, None, clock="none")]
    epochs = tl.boot_epochs(events)
    assert epochs == [0, 0, 0, 0, 0, 1, 1, 1]
    plain = tl.find_gaps(events, epochs)
    assert plain == tl.gaps(tl.to_frame(events, epochs))
    assert [(g["after_line"], g["seconds"]) for g in plain] == [(1, 20.0), (3, 25.0), (6, 11.5)]


def test_frame_is_built_only_when_asked() -> None:
    case = Case()
    case.events.extend([Event("boot.start", "b", "x.log", line=1, t=0.0, clock="device")])
    tl.analyze(case)
    record = case.records[tl.Timeline][0]
    assert record._frame is None
    assert len(record.frame) == 1 and record.frame is record.frame


@pytest.mark.skipif(not SHARED.exists(), reason="needs the shared real logs")
def test_analyze_of_a_small_log_does_not_import_pandas() -> None:
    log = SHARED / "cases" / "sdk16-serial-sd-req-not-met-0xB" / "input.log"
    code = ("import sys\nfrom dfuforensics.pipeline import analyze_paths\n"
            f"report = analyze_paths([{str(log)!r}])\n"
            "print(sorted(m for m in ('pandas', 'numpy', 'pyarrow') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
