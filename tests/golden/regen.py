"""Regenerate the end-to-end golden reports: `python tests/golden/regen.py` (never run by the tests).

One golden per unit: every file of ../shared/samples (each is one unit's evidence), every case
folder of ../shared/cases (its input* files), and every unit folder of the project's own samples/.
Paths are given relative to the folder holding them (../shared, or the project root) so the reports
do not depend on where the checkout lives.  Review the diff before committing regenerated files.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = ROOT.parent / "shared"


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
    for d in sorted((ROOT / "samples").iterdir()):
        if d.is_dir():
            out.append((f"units__{d.name}", [f"samples/{d.name}"]))
    return out


def render_unit(inputs: list[str]) -> str:
    """The `analyze --format json` bytes for one unit (run from the folder its paths are relative to)."""
    from dfuforensics.pipeline import analyze_paths
    from dfuforensics.report import render

    cwd = os.getcwd()
    base = ROOT if (ROOT / inputs[0]).exists() and not (SHARED / inputs[0]).exists() else SHARED
    os.chdir(base)
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
