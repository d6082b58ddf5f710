"""Reports: the Report model (the JSON contract) and one renderer per output format.

Renderers know the Report's types, never which analysis produced a value.
"""

from __future__ import annotations

import importlib
from typing import TextIO

RENDERERS: dict[str, str] = {
    "json": "dfuforensics.report.render_json",
    "rich": "dfuforensics.report.render_rich",
    "markdown": "dfuforensics.report.render_markdown",
    "html": "dfuforensics.report.render_html",
}


def render(report, fmt: str, out: TextIO, **options) -> None:  # noqa: ANN001
    module = importlib.import_module(RENDERERS[fmt])
    module.render(report, out, **options)
