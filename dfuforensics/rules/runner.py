"""Run each rule's fixtures through the real pipeline and check match / no-match.

Fixtures are real evidence files, so this runs the same parsers and analyses `analyze` runs
(``pipeline.build_case`` + ``pipeline.run_analyses``); only the final step is narrowed to the one
rule under test, so a fixture proves what *that* rule does, not what the whole base concludes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .loader import Fixture, Rule


@dataclass(frozen=True, slots=True)
class FixtureOutcome:
    rule_id: str
    fixture: Fixture
    matched: bool
    detail: str = ""

    @property
    def passed(self) -> bool:
        return self.matched == (self.fixture.expect == "match")

    def describe(self) -> str:
        files = ", ".join(p.name for p in self.fixture.files)
        state = "ok  " if self.passed else "FAIL"
        want = "match" if self.fixture.expect == "match" else "no match"
        got = "matched" if self.matched else "did not match"
        return f"{state} {self.rule_id}: expected {want} on [{files}], {got}{self.detail}"


class CaseCache:
    """Cases built from fixture files, shared between rules (many rules use the same real logs)."""

    def __init__(self) -> None:
        self._cases: dict[tuple[str, ...], Any] = {}

    def get(self, files: Sequence[Path]) -> Any:
        key = tuple(str(Path(f).resolve()) for f in files)
        case = self._cases.get(key)
        if case is None:
            from ..pipeline import build_case, run_analyses
            from ..sources import expand

            case = build_case(expand(list(key)))
            run_analyses(case)
            self._cases[key] = case
        return case


def run_fixtures(rules: Sequence[Rule], cache: CaseCache | None = None) -> list[FixtureOutcome]:
    from .engine import match_rules

    cache = cache or CaseCache()
    out: list[FixtureOutcome] = []
    for rule in rules:
        for fx in rule.fixtures:
            case = cache.get(fx.files)
            matched = bool(match_rules(case, [rule]))
            detail = ""
            unknown = [i.path for i in case.inputs if i.kind == "unknown" or i.error]
            if unknown:
                detail = f" (inputs not recognised: {', '.join(Path(u).name for u in unknown)})"
            out.append(FixtureOutcome(rule.id, fx, matched, detail))
    return out
