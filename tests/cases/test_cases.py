"""Real posted failures (../shared/cases): the top finding is an accepted category, nothing outside the
accepted list is claimed at >= 0.8, every input is recognised.  The same scoring as
../shared/tools/score_cases.py, per case, in process."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dfuforensics.pipeline import analyze_paths

CASES_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "cases"
ROWS = (list(csv.DictReader((CASES_DIR / "EXPECTED.tsv").open(encoding="utf-8"), delimiter="\t"))
        if (CASES_DIR / "EXPECTED.tsv").exists() else [])


@pytest.mark.parametrize("row", ROWS, ids=[r["case"] for r in ROWS])
def test_case(row):
    inputs = sorted(str(p) for p in (CASES_DIR / row["case"]).glob("input*"))
    accepted = set(row["accepted_categories"].split(","))
    report = analyze_paths(inputs)
    kinds = [i.kind for i in report.inputs]
    assert "unknown" not in kinds, f"inputs not recognised: {kinds}"
    findings = report.findings
    assert findings, "no finding"
    assert findings[0].category in accepted, [(f.category, f.confidence) for f in findings[:3]]
    over = [(f.rule_id, f.category, f.confidence) for f in findings
            if f.category not in accepted and f.confidence >= 0.8]
    assert over == []
    top = findings[0]
    assert top.evidence, f"{top.rule_id} cites no evidence"
