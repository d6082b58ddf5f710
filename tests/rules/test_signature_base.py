"""The built-in signature base: loads cleanly, covers every category, every rule proven both ways.

Fixtures are real evidence files run through the real parsers and analyses (rules.runner); a rule
without a positive and a negative fixture fails here.
"""

from __future__ import annotations

import re

import pytest

from dfuforensics.rules import BUILTIN_DIR, CATEGORIES
from dfuforensics.rules.loader import load_rules
from dfuforensics.rules.runner import CaseCache, run_fixtures

RULES, PROBLEMS = load_rules([BUILTIN_DIR])
CACHE = CaseCache()


def test_builtin_rules_have_no_errors():
    errors = [p.describe() for p in PROBLEMS if p.level == "error"]
    assert errors == []


def test_categories_match_the_reference(shared):
    text = (shared / "reference" / "categories.md").read_text(encoding="utf-8")
    codes = re.findall(r"^\| `([a-z0-9-]+)` \|", text, flags=re.M)
    assert tuple(codes) == CATEGORIES


def test_every_category_has_a_rule():
    covered = {r.category for r in RULES}
    missing = sorted(set(CATEGORIES) - covered)
    assert missing == [], f"categories without a rule: {missing}"


def test_signature_base_size():
    assert len(RULES) >= 40, f"only {len(RULES)} rules"


def test_every_rule_has_a_positive_and_a_negative_fixture():
    lacking = sorted(r.id for r in RULES if {f.expect for f in r.fixtures} != {"match", "no-match"})
    assert lacking == []


def test_every_rule_cites_a_source_and_a_text():
    for r in RULES:
        assert r.references and r.explanation and r.remediation, r.id


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_fixtures(rule):
    outcomes = run_fixtures([rule], CACHE)
    assert outcomes, f"{rule.id} has no fixtures"
    failed = [o.describe() for o in outcomes if not o.passed]
    assert failed == []
