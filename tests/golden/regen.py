"""Regenerate the end-to-end golden reports: `python tests/golden/regen.py` (never run by the tests).

One golden per unit: every file of ../shared/samples (each is one unit's evidence) and every case
folder of ../shared/cases (its input* files).  Paths are given relative to ../shared so the reports
do not depend on where the checkout lives.  Review the diff before committing regenerated files.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1].parent / "shared"


def units() -> list[tuple[str, list[str]]]:
    """(golden name, input paths relative to SHARED) for every unit, sorted."""
    out: list[tuple[str, list[str]]] = []
    for p in sorted((SHARED / "samples").iterdir()):
        if p.is_file():
            out.append((f"samples__{p.name}", [f"samples/{p.name}"]))
    for d in sorted((SHARED / "cases").iterdir()):
        if d.is_dir():
            inputs = sorted(f"cases/{d.name}/{f.name}" for f in d.glob("input*"))
            out.append((f"cases__{d.name}", inputs))
    return out


def render_unit(inputs: list[str]) -> str:
    """The `analyze --format json` bytes for one unit (run from SHARED, as the golden files were)."""
    from dfuforensics.pipeline import analyze_paths
    from dfuforensics.report import render

    cwd = os.getcwd()
    os.chdir(SHARED)
    try:
        report = analyze_paths(inputs)
    finally:
        os.chdir(cwd)
    buf = io.StringIO()
    render(report, "json", buf)
    return buf.getvalue()


def main() -> int:
    written = 0
    for name, inputs in units():
        target = HERE / f"{name}.json"
        text = render_unit(inputs)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            written += 1
            print(f"wrote {target.name}")
    print(f"{written} golden file(s) changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
