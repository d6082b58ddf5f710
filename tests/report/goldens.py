"""Which golden files exist and how each is rendered (shared by the test and ``regen.py``)."""

from __future__ import annotations

import functools
import io
from pathlib import Path

from reports import empty_report, full_report, hostile_report

from dfuforensics.report import render_html, render_markdown, render_rich

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
REPORTS = {"full": full_report, "hostile": hostile_report, "empty": empty_report}
#: Generated sample units rendered through the real pipeline (paths relative to the project root).
#: These goldens move when parsers, analyses or rules change what they conclude: regenerate and review.
SAMPLE_UNITS = tuple(sorted(f"samples/{p.name}" for p in (Path(__file__).resolve().parents[2] / "samples").iterdir()
                            if p.is_dir()))


def sample_report(unit: str):  # noqa: ANN201
    from dfuforensics.pipeline import analyze_paths

    return analyze_paths([unit])


def rich_text(report, width: int = 80) -> str:  # noqa: ANN001
    buf = io.StringIO()
    render_rich.render(report, buf, width=width, color=False)
    return buf.getvalue()


@functools.cache
def render_all() -> dict[str, str]:
    """Golden file name -> text, for every synthetic report in every human format."""
    out: dict[str, str] = {}
    for name, make in REPORTS.items():
        out[f"{name}.md"] = render_markdown.render_text(make())
        out[f"{name}.html"] = render_html.render_text(make())
        out[f"{name}.txt"] = rich_text(make())
    for unit in SAMPLE_UNITS:
        if not (Path(__file__).resolve().parents[2] / unit).is_dir():
            continue
        report = sample_report(unit)
        name = "sample-" + unit.rsplit("/", 1)[-1]
        out[f"{name}.md"] = render_markdown.render_text(report)
        out[f"{name}.html"] = render_html.render_text(report)
        out[f"{name}.txt"] = rich_text(report)
    return out
