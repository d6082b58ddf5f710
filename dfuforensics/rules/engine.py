"""Match the signature base against a Case and turn matches into ranked, merged findings.

Why a separate step from the analyses: analyses say what happened (facts, sections); rules say what
it means.  A finding cites the events and facts its condition used, so a reader can check the claim
against the evidence line by line.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Absent, EvidenceRef, Finding, Location, ParseWarning
from .lang import Context, FactRef, Result, event_field, lookup_fact
from .loader import PLACEHOLDER_RE, Rule, rules_for

#: Integers under names like these are shown in hex in texts and evidence.
HEX_NAME_RE = re.compile(r"(address|addr|crc|fwid|sd_req|pc|lr|offset|code|start|end|base|magic|value|word|pages|found_at|expected|copied|crc_computed|gpregret|resetreas)$")
#: A finding cites at most this many pieces of evidence.
MAX_EVIDENCE = 12


@dataclass(slots=True)
class Match:
    rule: Rule
    result: Result


def context_for(case: Any) -> Context:
    return Context(case.events, case.facts, case.memory)


def match_rules(case: Any, rules: Sequence[Rule]) -> list[Match]:
    """Every rule whose condition holds, before ranking and suppression (the fixture runner uses it)."""
    ctx = context_for(case)
    out = []
    for rule in rules:
        result = rule.condition.evaluate(ctx)
        if result.ok:
            out.append(Match(rule, result))
    return out


def format_fact(name: str, value: Any) -> str:
    if isinstance(value, Absent):
        return str(value)
    last = name.rsplit(".", 1)[-1].lower()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) and value >= 0 and HEX_NAME_RE.search(last):
        return f"0x{value:X}"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    if isinstance(value, (list, tuple)):
        return ", ".join(format_fact(name, v) for v in value) if value else "(none)"
    if isinstance(value, dict):
        text = ", ".join(f"{k}={format_fact(k, v)}" for k, v in value.items())
        return text if len(text) <= 200 else text[:197] + "..."
    return str(value)


def fill(template: str, match: Match, facts: dict[str, Any]) -> str:
    """Replace ``{event.field}`` (first matched event) and ``{fact.path}`` placeholders."""
    first = match.result.events[0] if match.result.events else None

    def repl(m: re.Match[str]) -> str:
        name = m.group(1)
        if name.startswith("event."):
            field = name[len("event."):]
            value = event_field(first, field) if first is not None else None
            if value is None or isinstance(value, Absent):
                return "(unknown)"
            return format_fact(field, value)
        ref = lookup_fact(facts, name)
        if isinstance(ref.value, Absent):
            return "(unknown)"
        return format_fact(name, ref.value)

    return PLACEHOLDER_RE.sub(repl, template).replace("{{", "{").replace("}}", "}")


def _fact_evidence(ref: FactRef) -> EvidenceRef:
    loc: Location | None = ref.location
    text = f"{ref.path} = {format_fact(ref.path, ref.value)}"
    if loc is None:
        # a value the analyses derived from several inputs: no single file or line to point at
        return EvidenceRef(input="(analysis)", text=text)
    return EvidenceRef(input=loc.input, text=text, line=loc.line, offset=loc.offset)


def evidence_of(result: Result) -> list[EvidenceRef]:
    out: list[EvidenceRef] = []
    seen: set[tuple[Any, ...]] = set()
    for e in result.events:
        key = (e.source, e.line, e.offset, e.text)
        if key not in seen:
            seen.add(key)
            out.append(EvidenceRef(input=e.source, text=e.text, line=e.line, offset=e.offset))
    for ref in result.facts:
        ev = _fact_evidence(ref)
        key = (ev.input, ev.line, ev.offset, ev.text)
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out


def to_finding(match: Match, facts: dict[str, Any]) -> Finding:
    rule = match.rule
    return Finding(
        rule_id=rule.id, category=rule.category, title=fill(rule.title, match, facts),
        confidence=rule.confidence, severity=rule.severity, evidence=evidence_of(match.result)[:MAX_EVIDENCE],
        explanation=fill(rule.explanation, match, facts), remediation=fill(rule.remediation, match, facts),
        references=list(rule.references),
    )


#: Severity order for ranking: the more severe first among findings of equal standing.
SEVERITY_RANK = {"critical": 0, "error": 1, "warning": 2, "info": 3}


def _rank_key(m: Match) -> tuple[Any, ...]:
    return (-round(m.rule.confidence, 6), SEVERITY_RANK.get(m.rule.severity, 9), m.rule.id)


def _outranks(a: Rule, b: Rule) -> bool:
    return any(fnmatch.fnmatchcase(b.id, pat) for pat in a.outranks)


def causal_order(matches: list[Match]) -> list[tuple[Match, float]]:
    """The findings' order and the confidence each is reported with.

    A finding that a co-firing rule ``outranks`` (its cause's consequence) is reported no surer than that
    cause, and among findings of equal confidence a cause comes before its consequences, transitively.
    Only findings the rule base leaves unordered fall back to severity, then id -- a test walks every
    pair of rules that fire together on the fixtures and requires an order wherever they tie.
    """
    conf = {id(m): round(m.rule.confidence, 6) for m in matches}
    for _ in range(len(matches)):  # caps along chains: settle to a fixed point
        changed = False
        for a in matches:
            for b in matches:
                if a is not b and _outranks(a.rule, b.rule) and conf[id(b)] > conf[id(a)]:
                    conf[id(b)] = conf[id(a)]
                    changed = True
        if not changed:
            break
    out: list[tuple[Match, float]] = []
    for level in sorted({-c for c in conf.values()}):
        group = sorted((m for m in matches if -conf[id(m)] == level), key=_rank_key)
        while group:  # the first of the group that nothing left in the group outranks
            head = next((m for m in group if not any(o is not m and _outranks(o.rule, m.rule) for o in group)),
                        group[0])
            out.append((head, -level))
            group.remove(head)
    return out


def merge_suppressed(matches: list[Match]) -> list[tuple[Match, list[Match]]]:
    """Each kept match with the matches it explains (``suppresses`` ids or globs).

    Walks matches from the strongest down, so a chain A suppresses B suppresses C keeps A only, and
    two rules naming each other keep the stronger one.
    """
    ordered = sorted(matches, key=_rank_key)
    absorbed: set[str] = set()
    kept: list[tuple[Match, list[Match]]] = []
    for m in ordered:
        if m.rule.id in absorbed:
            continue
        taken = []
        for other in ordered:
            if other is m or other.rule.id in absorbed:
                continue
            if any(fnmatch.fnmatchcase(other.rule.id, pat) for pat in m.rule.suppresses):
                absorbed.add(other.rule.id)
                taken.append(other)
        kept.append((m, taken))
    return [(m, t) for m, t in kept if m.rule.id not in absorbed]


def evaluate_case(case: Any, rule_dirs: Sequence[Path] = (), *, builtin: bool = True) -> list[Finding]:
    """The findings for a case: built-in rules plus ``rule_dirs``, ranked, merged, evidence cited."""
    rules, problems = rules_for(rule_dirs, builtin=builtin)
    for p in problems:
        if p.level == "error":
            case.analysis_warnings.append(ParseWarning(Location(p.path, p.line), f"rule not used: {p.message}"))
    findings = []
    matched = match_rules(case, rules)
    if any(not m.rule.fallback for m in matched):
        matched = [m for m in matched if not m.rule.fallback]  # a fallback is only the last word
    merged = merge_suppressed(matched)
    absorbed = {id(m): taken for m, taken in merged}
    for m, confidence in causal_order([m for m, _taken in merged]):
        taken = absorbed[id(m)]
        finding = to_finding(m, case.facts)
        finding.confidence = confidence
        seen = {(e.input, e.line, e.offset, e.text) for e in finding.evidence}
        for other in taken:
            for ev in evidence_of(other.result):
                key = (ev.input, ev.line, ev.offset, ev.text)
                if key not in seen and len(finding.evidence) < MAX_EVIDENCE:
                    seen.add(key)
                    finding.evidence.append(ev)
        findings.append(finding)
    return findings
