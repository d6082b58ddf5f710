"""JSON: the contract (../shared/reference/contract.md), deterministic byte for byte."""

from __future__ import annotations

import json
from typing import TextIO


def render(report, out: TextIO, **_options) -> None:  # noqa: ANN001
    json.dump(report.to_json(), out, indent=2, ensure_ascii=False, sort_keys=False)
    out.write("\n")
