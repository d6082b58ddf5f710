"""Ranking: causes before their consequences, never a tie won by a rule's id."""

from __future__ import annotations

from pathlib import Path

import pytest

from dfuforensics.pipeline import build_case, run_analyses
from dfuforensics.rules.engine import Match, _outranks, causal_order, match_rules, merge_suppressed
from dfuforensics.rules.lang import Result, compile_condition
from dfuforensics.rules.loader import Rule, rules_for
from dfuforensics.sources import expand

ROOT = Path(__file__).resolve().parents[2]


def rule(rid: str, confidence: float, severity: str = "error", outranks: tuple[str, ...] = ()) -> Rule:
    return Rule(id=rid, title=rid, category="unknown", severity=severity, confidence=confidence, when="true",
                condition=compile_condition("true"), explanation="", remediation="", references=["x"],
                path=Path(f"{rid}.toml"), outranks=list(outranks))


def order(*rules: Rule) -> list[tuple[str, float]]:
    return [(m.rule.id, c) for m, c in causal_order([Match(r, Result(True)) for r in rules])]


def test_a_tie_goes_to_the_cause_not_to_the_id() -> None:
    cause = rule("Z-NO-SOFTDEVICE", 0.8, outranks=("A-*",))
    consequence = rule("A-CRC-MISMATCH", 0.8)
    assert order(consequence, cause) == [("Z-NO-SOFTDEVICE", 0.8), ("A-CRC-MISMATCH", 0.8)]


def test_a_consequence_is_never_surer_than_its_cause() -> None:
    cause = rule("B-CAUSE", 0.6, outranks=("C-EFFECT",))
    effect = rule("C-EFFECT", 0.9)
    unrelated = rule("A-OTHER", 0.7)
    assert order(effect, unrelated, cause) == [("A-OTHER", 0.7), ("B-CAUSE", 0.6), ("C-EFFECT", 0.6)]


def test_chains_order_transitively_and_cap_along_the_chain() -> None:
    a = rule("Z-ROOT", 0.5, outranks=("Y-MIDDLE",))
    b = rule("Y-MIDDLE", 0.5, outranks=("X-LEAF",))
    c = rule("X-LEAF", 0.95)
    assert order(c, b, a) == [("Z-ROOT", 0.5), ("Y-MIDDLE", 0.5), ("X-LEAF", 0.5)]


def test_an_outranked_rule_that_does_not_fire_changes_nothing() -> None:
    assert order(rule("B", 0.9), rule("A", 0.4, outranks=("C",))) == [("B", 0.9), ("A", 0.4)]


def _units() -> list[tuple[str, ...]]:
    """Every fixture of every built-in rule, every sample unit, and every real case and corpus post."""
    rules, _ = rules_for()
    units = {tuple(str(p) for p in f.files) for r in rules for f in r.fixtures if all(p.exists() for p in f.files)}
    units |= {(str(d),) for d in (ROOT / "samples").iterdir() if d.is_dir()}
    for folder in (ROOT / "tests" / "corpus", ROOT.parent / "shared" / "cases"):
        if folder.is_dir():
            units |= {tuple(str(p) for p in sorted(d.glob("input*"))) for d in folder.iterdir() if d.is_dir()}
    return sorted(u for u in units if u)


@pytest.mark.slow
def test_no_two_rules_that_fire_together_tie_without_a_declared_order() -> None:
    """Walk every unit the rule base is shown on; wherever two findings tie on confidence, one of the two
    rules must declare the other its consequence (``outranks``, directly or along a chain of kept rules)."""
    rules, _ = rules_for()
    undeclared: dict[tuple[str, str], str] = {}
    for unit in _units():
        case = build_case(expand(list(unit)))
        run_analyses(case)
        ordered = causal_order([m for m, _t in merge_suppressed(match_rules(case, rules))])
        for i, (a, ca) in enumerate(ordered):
            for b, cb in ordered[i + 1:]:
                if ca != cb:
                    continue
                chain = {a.rule.id}
                for m, _c in ordered:  # rules reachable from a through outranks among the kept ones
                    if any(_outranks(x.rule, m.rule) for x, _ in ordered if x.rule.id in chain):
                        chain.add(m.rule.id)
                if b.rule.id not in chain and not _outranks(b.rule, a.rule):
                    undeclared.setdefault((a.rule.id, b.rule.id), unit[0])
    assert not undeclared, "ties broken by rule id: " + "; ".join(f"{a} = {b} on {u}" for (a, b), u in
                                                                   sorted(undeclared.items()))
