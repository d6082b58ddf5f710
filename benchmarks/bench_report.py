"""Rendering cost of the human report formats on a large report (run on demand, not in CI).

    .venv/bin/python benchmarks/bench_report.py [N_EVENTS]

A report with N timeline events (default: the report's cap, 5000), 40 findings citing 5 lines each
and a 12-region flash map; each format rendered 7 times, median wall time printed next to the same
run's JSON rendering as the baseline, with the output size.
"""

from __future__ import annotations

import io
import statistics
import sys
import time

from dfuforensics.model import Event, EvidenceRef, Finding, InputRecord
from dfuforensics.report import render_html, render_json, render_markdown, render_rich
from dfuforensics.report.model import Report


def big_report(n: int) -> Report:
    kinds = ["log.line", "dfu.request", "dfu.response", "dfu.object", "log.line", "transport.error", "log.line"]
    events = []
    for i in range(n):
        kind = "boot.start" if i % 997 == 0 else kinds[i % len(kinds)]
        fields = {"object_type": "DATA", "action": "create"} if kind == "dfu.object" else {}
        if kind == "dfu.response":
            fields = {"result": "SUCCESS" if i % 50 else "EXT_ERROR"}
        events.append(Event(kind, f"<info> app: line {i} <x> | `y` *z*", "big.log", line=i + 1,
                            t=(i % 997) * 0.01, clock="device", level="info", fields=fields))
    findings = [Finding(f"RULE-{k}", "transport-failure", f"finding {k}", 0.5, "warning",
                        [EvidenceRef("big.log", events[j].text, line=j + 1) for j in range(k * 97, k * 97 + 5)],
                        "why", "what") for k in range(40)]
    flash = [{"name": f"r{k}", "start": k * 0x8000, "end": k * 0x8000 + 0x7000, "detail": "x"} for k in range(12)]
    return Report(inputs=[InputRecord("big.log", "0" * 64, "nrf-log", 10)], findings=findings, timeline=events,
                  timeline_total=n, flash_map=flash)


def rich_80(report: Report) -> str:
    buf = io.StringIO()
    render_rich.render(report, buf, width=80, color=False)
    return buf.getvalue()


def json_text(report: Report) -> str:
    buf = io.StringIO()
    render_json.render(report, buf)
    return buf.getvalue()


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    report = big_report(n)
    print(f"{'format':10} {'median ms':>10} {'bytes':>10}   ({n} events, 40 findings)")
    for name, fn in (("json", json_text), ("markdown", render_markdown.render_text),
                     ("html", render_html.render_text), ("rich", rich_80)):
        times, size = [], 0
        for _ in range(7):
            t0 = time.perf_counter()
            size = len(fn(report).encode())
            times.append(time.perf_counter() - t0)
        print(f"{name:10} {statistics.median(times) * 1000:10.1f} {size:10d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
