"""The Report: what `analyze` concludes about one unit, in the shape of the JSON contract.

``../shared/reference/contract.md`` fixes the field names; everything here is built from a Case by
``build_report`` and is deterministic: same inputs, same report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import SCHEMA_VERSION, __version__
from ..case import Case, Table
from ..model import Event, Finding, InputRecord, ParseWarning
from .values import json_value

#: The report's timeline holds at most this many events (a million-line log stays in `timeline`).
TIMELINE_LIMIT = 5000
#: Sections an analysis fills only when it recognised a structure (an update, a fault, a SoftDevice, ...).
STRUCTURE_SECTIONS = ("dfu", "crash", "softdevice", "images", "modules", "settings", "package")
#: Flash-map regions and events that say nothing was recognised: bytes no structure claims, plain lines.
UNSTRUCTURED_REGIONS = frozenset({"data", "free"})
UNSTRUCTURED_EVENTS = frozenset({"unparsed", "log.line", "log.gap", "log.hexdump"})


@dataclass
class Report:
    inputs: list[InputRecord]
    findings: list[Finding]
    timeline: list[Event]
    timeline_total: int = 0
    dfu: dict[str, Any] | None = None
    crash: dict[str, Any] | None = None
    flash_map: list[dict[str, Any]] | None = None
    softdevice: dict[str, Any] | None = None
    images: list[dict[str, Any]] | None = None
    modules: list[dict[str, Any]] | None = None
    settings: dict[str, Any] | None = None
    package: dict[str, Any] | None = None
    tables: list[Table] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)

    @property
    def top(self) -> Finding | None:
        return self.findings[0] if self.findings else None

    def outcome(self) -> str:
        """``error``: nothing could be read; ``inconclusive``: read, but nothing in it was recognised as an
        update, boot or crash record (random bytes, a log of other things); ``ok``: analysed.

        Why a word of its own: on a fleet dashboard a unit with no finding must not look healthy when the
        tool simply found nothing it could read as evidence."""
        if all(i.error or i.kind == "unknown" for i in self.inputs):  # also: no input at all
            return "error"
        if self.findings or any(getattr(self, name) for name in STRUCTURE_SECTIONS):
            return "ok"
        if self.flash_map and any(isinstance(r, dict) and r.get("name") not in UNSTRUCTURED_REGIONS
                                  for r in self.flash_map):
            return "ok"
        if any(e.kind not in UNSTRUCTURED_EVENTS for e in self.timeline):
            return "ok"
        return "inconclusive"

    def exit_status(self) -> int:
        """The contract's exit status: 2 when nothing could be read, 1 with an error finding, 3 when nothing
        read was recognised as evidence (``outcome`` inconclusive), else 0."""
        outcome = self.outcome()
        if outcome == "error":
            return 2
        if any(f.severity in ("critical", "error") for f in self.findings):
            return 1
        return 3 if outcome == "inconclusive" else 0

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "dfuforensics", "version": __version__},
            "outcome": self.outcome(),
            "inputs": [i.to_json() for i in self.inputs],
            "findings": [f.to_json() for f in self.findings],
            "dfu": json_value(self.dfu),
            "timeline": [event_json(e) for e in self.timeline],
            "timeline_total": self.timeline_total,
            "crash": json_value(self.crash),
        }
        for name in ("flash_map", "softdevice", "images", "modules", "settings", "package"):
            value = getattr(self, name)
            if value is not None:
                out[name] = json_value(value)
        out["tables"] = [t.to_json() for t in self.tables]
        out["warnings"] = [{"where": w.location.describe(), "message": w.message} for w in self.warnings]
        return out


def event_json(e: Event) -> dict[str, Any]:
    out: dict[str, Any] = {"t": e.t, "clock": e.clock, "source": e.source, "kind": e.kind, "text": e.text}
    if e.line is not None:
        out["line"] = e.line
    if e.offset is not None:
        out["offset"] = e.offset
    if e.level:
        out["level"] = e.level
    if e.module:
        out["module"] = e.module
    if e.fields:
        out["fields"] = json_value(e.fields)
    return out


def rank_findings(findings: list[Finding]) -> list[Finding]:
    """Highest confidence first (the contract's order); findings of equal confidence keep the rule
    engine's causal order (``rules.engine.causal_order``): a stable sort."""
    return sorted(findings, key=lambda f: -round(f.confidence, 6))


def build_report(case: Case) -> Report:
    timeline = case.events
    return Report(
        inputs=case.inputs,
        findings=rank_findings(case.findings),
        timeline=timeline[:TIMELINE_LIMIT],
        timeline_total=len(timeline),
        dfu=case.sections.get("dfu"),
        crash=case.sections.get("crash"),
        flash_map=case.sections.get("flash_map"),
        softdevice=case.sections.get("softdevice"),
        images=case.sections.get("images"),
        modules=case.sections.get("modules"),
        settings=case.sections.get("settings"),
        package=case.sections.get("package"),
        tables=case.tables,
        warnings=list(case.memory.warnings) + case.analysis_warnings,
    )
