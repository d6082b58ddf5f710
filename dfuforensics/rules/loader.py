"""Read and validate rule files: every error of every file, each with its file and line.

A rule that does not validate is not used (the others still are); ``rules lint`` prints all errors
at once, the way pySigma's validators do, so a rule author fixes a folder in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..model import SEVERITIES
from . import BUILTIN_DIR, CATEGORIES
from .lang import ConditionError, Node, compile_condition

ID_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]*[A-Z0-9]$")
PLACEHOLDER_RE = re.compile(r"(?<!\{)\{([^{}]*)\}(?!\})")
PLACEHOLDER_NAME_RE = re.compile(r"^[a-z_][a-z0-9_]*(\.[a-z0-9_]+)+$")

REQUIRED = ("id", "title", "category", "severity", "confidence", "when", "explanation", "remediation",
            "references")
OPTIONAL = ("suppresses", "outranks", "fixture", "tags", "fallback")


@dataclass(frozen=True, slots=True)
class RuleProblem:
    """One problem in one rule file; ``level`` is ``error`` (rule unusable) or ``warning``."""

    path: str
    line: int
    message: str
    level: str = "error"

    def describe(self) -> str:
        return f"{self.path}:{self.line}: {self.level}: {self.message}"


@dataclass(frozen=True, slots=True)
class Fixture:
    expect: str  # "match" | "no-match"
    files: tuple[Path, ...]
    line: int


@dataclass(slots=True)
class Rule:
    id: str
    title: str
    category: str
    severity: str
    confidence: float
    when: str
    condition: Node
    explanation: str
    remediation: str
    references: list[str]
    path: Path
    suppresses: list[str] = field(default_factory=list)
    #: rules (ids or globs) whose findings this one's cause explains without absorbing them: when both
    #: fire they rank below this one (``engine.causal_order``)
    outranks: list[str] = field(default_factory=list)
    fixtures: list[Fixture] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    #: a last word: the finding is kept only when no other rule fired (``engine.evaluate_case``), so a
    #: case with trouble in it and no known signature still says what is known and what to capture next
    fallback: bool = False


def _key_lines(text: str) -> dict[str, int]:
    """Line of each top-level key (first occurrence) and of each ``[[fixture]]`` table, for messages."""
    out: dict[str, int] = {}
    fixtures = 0
    in_table = False
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line.startswith("[[fixture]]"):
            fixtures += 1
            out[f"fixture#{fixtures}"] = n
            in_table = True
            continue
        if line.startswith("["):
            in_table = True
            continue
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*=", line)
        if m and not in_table:
            out.setdefault(m.group(1), n)
    return out


def _when_first_line(text: str, key_line: int) -> int:
    """The file line where the condition's first line sits (a ''' string starting with a newline)."""
    lines = text.splitlines()
    if 0 < key_line <= len(lines):
        after = lines[key_line - 1].split("=", 1)[1].strip()
        if after in ("'''", '"""'):
            return key_line + 1
    return key_line


def vocabulary_problems(condition: Node, data: dict[str, Any], text: str, when_line: int,
                        message_lines: dict[str, int]) -> list[tuple[int, str]]:
    """Names the condition or a message placeholder uses that no parser or analysis publishes
    (``vocabulary.py``): such a rule would load and never fire, so it is an error, at the line where the
    name is written."""
    from .. import vocabulary as vocab
    from .lang import references

    def where(name: str, start: int) -> int:
        lines = text.splitlines()
        for n in range(max(start, 1), len(lines) + 1):
            if name in lines[n - 1]:
                return n
        return start

    out: list[tuple[int, str]] = []
    kinds: list[str] = []
    for what, kind, name in dict.fromkeys(references(condition)):
        if what == "kind":
            kinds.append(kind or "")
            if not vocab.event_kinds(kind or ""):
                out.append((where(kind or "", when_line), f"condition: no parser emits events of kind {kind!r} "
                                                          "(docs/vocabulary.md lists the kinds)"))
        elif what == "field" and vocab.event_kinds(kind or "*") and not vocab.field_known(kind, name):
            out.append((where(name, when_line), f"condition: events of kind {kind or 'any'!r} have no field "
                                                f"{name!r} (docs/vocabulary.md lists each kind's fields)"))
        elif what == "fact" and not vocab.fact_known(name):
            out.append((where(name, when_line), f"condition: no analysis publishes the fact {name!r} "
                                                "(docs/vocabulary.md lists the facts)"))
    for key, key_line in message_lines.items():
        value = data.get(key)
        if not isinstance(value, str):
            continue
        for name in PLACEHOLDER_RE.findall(value):
            head, _, rest = name.partition(".")
            if not PLACEHOLDER_NAME_RE.match(name):
                continue
            if head == "event":
                ok = any(vocab.field_known(k, rest) for k in kinds) if kinds else rest in vocab.EVENT_ATTRS
                if not ok:
                    out.append((where("{" + name + "}", key_line), f"placeholder {{{name}}}: the events this rule "
                                                                 f"selects have no field {rest!r}"))
            elif not vocab.fact_known(name):
                out.append((where("{" + name + "}", key_line), f"placeholder {{{name}}}: no analysis publishes "
                                                             f"the fact {name!r}"))
    return out


def load_rule_file(path: Path) -> tuple[Rule | None, list[RuleProblem]]:
    """Validate one file; returns the rule (or None if it has errors) and every problem found."""
    shown = str(path)
    problems: list[RuleProblem] = []

    def err(line: int, message: str, level: str = "error") -> None:
        problems.append(RuleProblem(shown, line, message, level))

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [RuleProblem(shown, 0, f"cannot read: {exc}")]
    from .prebuilt import lookup

    prebuilt = lookup(text)  # a built-in file as shipped: its data and condition read ahead of time
    if prebuilt is not None:
        data, prebuilt_condition, lines = prebuilt
    else:
        import tomllib

        prebuilt_condition = None
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            m = re.search(r"at line (\d+)", str(exc))
            return None, [RuleProblem(shown, int(m.group(1)) if m else 0, f"not valid TOML: {exc}")]
        lines = _key_lines(text)

    def line_of(key: str) -> int:
        return lines.get(key, 1)

    for key in sorted(data):
        if key not in REQUIRED and key not in OPTIONAL:
            err(line_of(key), f"unknown key {key!r} (known: {', '.join(REQUIRED + OPTIONAL)})")
    for key in REQUIRED:
        if key not in data:
            err(1, f"missing required key {key!r}")
    for key in ("id", "title", "category", "severity", "when", "explanation", "remediation"):
        if key in data and not (isinstance(data[key], str) and data[key].strip()):
            err(line_of(key), f"{key!r} must be a non-empty string")

    rid = data.get("id")
    if isinstance(rid, str) and not ID_RE.match(rid):
        err(line_of("id"), f"id {rid!r} must be upper-case letters, digits and '-'")
    cat = data.get("category")
    if isinstance(cat, str) and cat not in CATEGORIES:
        err(line_of("category"), f"category {cat!r} is not one of categories.md's codes")
    sev = data.get("severity")
    if isinstance(sev, str) and sev not in SEVERITIES:
        err(line_of("severity"), f"severity {sev!r} must be one of {', '.join(SEVERITIES)}")
    conf = data.get("confidence")
    if "confidence" in data and (isinstance(conf, bool) or not isinstance(conf, (int, float))
                                 or not 0 <= conf <= 1):
        err(line_of("confidence"), f"confidence {conf!r} must be a number in [0, 1]")
    if "fallback" in data and not isinstance(data["fallback"], bool):
        err(line_of("fallback"), "'fallback' must be true or false")
    for key in ("references", "suppresses", "outranks", "tags"):
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, list) or not all(isinstance(x, str) and x for x in value):
            err(line_of(key), f"{key!r} must be a list of non-empty strings")
        elif key == "references" and not value:
            err(line_of(key), "'references' must name at least one source (thread, document)")

    for key in ("title", "explanation", "remediation"):
        value = data.get(key)
        if isinstance(value, str):
            for name in PLACEHOLDER_RE.findall(value):
                if not PLACEHOLDER_NAME_RE.match(name):
                    err(line_of(key), f"placeholder {{{name}}} must be {{event.field}} or {{fact.path}}")

    condition: Node | None = None
    when = data.get("when")
    if prebuilt_condition is not None:
        condition = prebuilt_condition
    elif isinstance(when, str) and when.strip():
        try:
            condition = compile_condition(when)
        except ConditionError as exc:
            first = _when_first_line(text, line_of("when"))
            err(first + exc.line - 1, f"condition: {exc.message} (column {exc.column})")

    if condition is not None:
        for line, message in vocabulary_problems(condition, data, text, line_of("when"),
                                                 {k: line_of(k) for k in ("title", "explanation", "remediation")}):
            err(line, message)

    fixtures: list[Fixture] = []
    raw_fixtures = data.get("fixture", [])
    if not isinstance(raw_fixtures, list):
        err(line_of("fixture"), "'fixture' must be an array of tables ([[fixture]])")
        raw_fixtures = []
    for i, fx in enumerate(raw_fixtures, start=1):
        fl = lines.get(f"fixture#{i}", 1)
        if not isinstance(fx, dict):
            err(fl, "each [[fixture]] must be a table")
            continue
        extra = sorted(set(fx) - {"expect", "files"})
        if extra:
            err(fl, f"fixture has unknown key(s) {', '.join(extra)} (known: expect, files)")
        expect = fx.get("expect")
        if expect not in ("match", "no-match"):
            err(fl, f"fixture expect {expect!r} must be \"match\" or \"no-match\"")
        files = fx.get("files")
        if not isinstance(files, list) or not files or not all(isinstance(f, str) for f in files):
            err(fl, "fixture files must be a non-empty list of paths relative to the rule file")
            continue
        resolved = tuple((path.parent / f) for f in files)
        for f, p in zip(files, resolved, strict=True):
            if not p.exists():
                # a warning, not an error: fixtures that live in the source tree (samples/, tests/) are
                # absent from an installed wheel, and the rule must still be used there
                err(fl, f"fixture file {f!r} does not exist (`rules test` cannot run this fixture)", "warning")
        if expect in ("match", "no-match"):
            fixtures.append(Fixture(expect, resolved, fl))
    for want in ("match", "no-match"):
        if not any(f.expect == want for f in fixtures):
            err(1, f"no {want!r} fixture: every rule is shown on real evidence both ways", "warning")

    if any(p.level == "error" for p in problems) or condition is None:
        return None, problems
    rule = Rule(
        id=rid, title=data["title"].strip(), category=cat, severity=sev, confidence=float(conf),
        when=when, condition=condition, explanation=data["explanation"].strip(),
        remediation=data["remediation"].strip(), references=list(data["references"]), path=path,
        suppresses=list(data.get("suppresses", [])), outranks=list(data.get("outranks", [])), fixtures=fixtures,
        tags=list(data.get("tags", [])), fallback=data.get("fallback") is True,
    )
    return rule, problems


def rule_files(dirs: Iterable[Path]) -> list[Path]:
    """Every ``*.toml`` under the folders (recursively, skipping fixture folders), sorted."""
    out: list[Path] = []
    for d in dirs:
        d = Path(d)
        if d.is_file():
            out.append(d)
            continue
        out.extend(sorted(p for p in d.rglob("*.toml") if "fixtures" not in p.relative_to(d).parts))
    return out


def load_rules(dirs: Sequence[Path]) -> tuple[list[Rule], list[RuleProblem]]:
    """All valid rules in ``dirs`` and all problems; ids must be unique across every folder."""
    rules: list[Rule] = []
    problems: list[RuleProblem] = []
    seen: dict[str, Rule] = {}
    for path in rule_files(dirs):
        rule, probs = load_rule_file(path)
        problems.extend(probs)
        if rule is None:
            continue
        if rule.id in seen:
            problems.append(RuleProblem(str(path), 1, f"id {rule.id} is already used by {seen[rule.id].path}"))
            continue
        seen[rule.id] = rule
        rules.append(rule)
    for rule in rules:
        for key, patterns in (("suppresses", rule.suppresses), ("outranks", rule.outranks)):
            for pattern in patterns:
                if not any(c in pattern for c in "*?[") and pattern not in seen:
                    problems.append(RuleProblem(str(rule.path), 1,
                                                f"{key} {pattern!r}, which no loaded rule has as id", "warning"))
    return rules, problems


@lru_cache(maxsize=8)
def _cached(dirs: tuple[str, ...]) -> tuple[tuple[Rule, ...], tuple[RuleProblem, ...]]:
    rules, problems = load_rules([Path(d) for d in dirs])
    return tuple(rules), tuple(problems)


def rules_for(extra_dirs: Sequence[Path] = (), *, builtin: bool = True) -> tuple[list[Rule], list[RuleProblem]]:
    """Built-in rules plus the user's folders (loaded once per process: batch runs many units)."""
    key = ((str(BUILTIN_DIR),) if builtin else ()) + tuple(str(Path(d).resolve()) for d in extra_dirs)
    rules, problems = _cached(key)
    return list(rules), list(problems)


def describe_rule(rule: Rule) -> dict[str, Any]:
    """A rule as plain data (for `rules show --format json` and documentation)."""
    return {
        "id": rule.id, "title": rule.title, "category": rule.category, "severity": rule.severity,
        "confidence": rule.confidence, "when": rule.when.strip(), "explanation": rule.explanation,
        "remediation": rule.remediation, "references": rule.references, "suppresses": rule.suppresses,
        "outranks": rule.outranks,
        "path": str(rule.path),
        "fixtures": [{"expect": f.expect, "files": [str(p) for p in f.files]} for f in rule.fixtures],
    }
