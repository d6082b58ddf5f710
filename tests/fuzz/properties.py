"""The properties every parser and every report must keep, whatever the input.

Shared by the hypothesis tests, the regression replay and the atheris harness, so a crash the
long-run fuzzer finds is judged by the same rules as the suite.
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

from dfuforensics.errors import WrongFormat
from dfuforensics.evidence import SNIFF_THRESHOLD, all_parsers
from dfuforensics.model import Event, InputKind, MemorySegment, ParseWarning
from dfuforensics.sources import _ADDR_SUFFIX, SNIFF_BYTES, Source

#: Words the core uses when it catches a bug (read_source, run_analyses, diagnose).
BUG_MARKERS = ("a bug in dfuforensics", "analysis failed", "rule evaluation failed")

#: The contract's stable top-level keys (../shared/reference/contract.md) and their JSON types.
CONTRACT_KEYS: dict[str, tuple[type, ...]] = {
    "schema_version": (str,), "tool": (dict,), "inputs": (list,), "findings": (list,),
    "dfu": (dict, type(None)), "timeline": (list,), "crash": (dict, type(None)),
}
INPUT_KEYS = {"path": str, "sha256": str, "kind": str, "warnings": list}
FINDING_KEYS = {"rule_id": str, "category": str, "title": str, "confidence": (int, float),
                "severity": str, "evidence": list, "explanation": str, "remediation": str,
                "references": list}
TIMELINE_KEYS = {"t": (int, float, type(None)), "source": str, "kind": str, "text": str}


class PropertyViolation(AssertionError):
    pass


def source_for(path: Path, display: str | None = None) -> Source:
    """A Source as `expand` makes it for a folder child: ``NAME@0xADDR`` gives the load address."""
    m = _ADDR_SUFFIX.match(path.name)
    addr = int(m.group("addr"), 0) if m else None
    return Source(display or str(path), path, addr, path.stat().st_size)


def sniff_source(name: str, blob: bytes) -> Source:
    """A Source for sniffing only (sniff reads ``head`` and ``size``, never the file)."""
    m = _ADDR_SUFFIX.match(name)
    addr = int(m.group("addr"), 0) if m else None
    return Source(name, Path(name), addr, len(blob), _head=blob[:SNIFF_BYTES])


def parser_name(parser: Any) -> str:
    return f"{type(parser).__module__.rsplit('.', 1)[-1]}.{type(parser).__name__}"


def parsers_by_name() -> dict[str, Any]:
    return {parser_name(p): p for p in all_parsers()}


def _same(a: list[Any], b: list[Any]) -> bool:
    if a == b:
        return True
    return [repr(x) for x in a] == [repr(x) for x in b]


def run_parser(parser: Any, path: Path) -> tuple[float, list[Any]]:
    """Sniff and (when it claims the input) parse, checking the parser contract on the way."""
    src = source_for(path)
    score = parser.sniff(src)
    if not isinstance(score, (int, float)) or not 0.0 <= score <= 1.0:
        raise PropertyViolation(f"{parser_name(parser)}.sniff returned {score!r}, not a score in [0, 1]")
    if score <= SNIFF_THRESHOLD:
        return score, []
    items = _parse_all(parser, src)
    for item in items:
        if isinstance(item, ParseWarning):
            if item.location.input != src.display:
                raise PropertyViolation(f"warning names input {item.location.input!r}, not {src.display!r}")
            if not isinstance(item.message, str) or not item.message:
                raise PropertyViolation(f"warning without a message: {item!r}")
        elif isinstance(item, Event):
            if item.source != src.display or (item.line is None and item.offset is None):
                raise PropertyViolation(f"event without provenance: {item.kind} {item.source}:{item.line}")
        elif isinstance(item, MemorySegment):
            if item.location.input != src.display or not isinstance(item.data, bytes):
                raise PropertyViolation(f"segment without provenance: {item.location!r}")
        elif item is None:
            raise PropertyViolation("parser yielded None")
    again = _parse_all(parser, source_for(path))
    if not _same(items, again):
        raise PropertyViolation(f"{parser_name(parser)} is not deterministic on the same bytes")
    return score, items


def _parse_all(parser: Any, src: Source) -> list[Any]:
    items: list[Any] = []
    try:
        for item in parser.parse(src):
            items.append(item)
    except WrongFormat:
        if items:
            raise PropertyViolation(f"{parser_name(parser)} raised WrongFormat after yielding "
                                    f"{len(items)} records (damage must be a ParseWarning)") from None
        return []
    return items


def check_report(report: Any, paths: list[Path]) -> str:
    """Contract keys, a sha256 per input, no caught bug; returns the JSON text (for determinism)."""
    from dfuforensics.report import render

    doc = report.to_json()
    for key, types in CONTRACT_KEYS.items():
        if key not in doc or not isinstance(doc[key], types):
            raise PropertyViolation(f"report key {key!r} missing or of type {type(doc.get(key)).__name__}")
    for inp in doc["inputs"]:
        for key, typ in INPUT_KEYS.items():
            if not isinstance(inp.get(key), typ):
                raise PropertyViolation(f"input {inp.get('path')!r}: {key!r} missing or wrong type")
        for w in inp["warnings"]:
            if not w.get("message"):
                raise PropertyViolation(f"input {inp['path']}: warning without message {w!r}")
        if not inp["sha256"] and not inp.get("error"):
            raise PropertyViolation(f"input {inp['path']} has no sha256")
        text = json.dumps(inp)
        for marker in BUG_MARKERS:
            if marker in text:
                raise PropertyViolation(f"input {inp['path']}: {inp.get('error') or text[:300]}")
    for w in doc.get("warnings", []):
        for marker in BUG_MARKERS:
            if marker in w["message"]:
                raise PropertyViolation(f"{w['where']}: {w['message']}")
    for f in doc["findings"]:
        for key, typ in FINDING_KEYS.items():
            if not isinstance(f.get(key), typ):
                raise PropertyViolation(f"finding {f.get('rule_id')}: {key!r} missing or wrong type")
        if not 0 <= f["confidence"] <= 1 or f["severity"] not in ("critical", "error", "warning", "info"):
            raise PropertyViolation(f"finding {f['rule_id']}: confidence/severity out of range")
    for e in doc["timeline"]:
        for key, typ in TIMELINE_KEYS.items():
            if not isinstance(e.get(key), typ):
                raise PropertyViolation(f"timeline event {e!r}: {key!r} missing or wrong type")
    by_path = {inp["path"]: inp for inp in doc["inputs"]}
    for p in paths:
        digest = hashlib.sha256(p.read_bytes()).hexdigest()
        if not any(inp["sha256"] == digest for inp in by_path.values()):
            raise PropertyViolation(f"no input of the report carries the sha256 of {p}")
    text = json.dumps(doc, sort_keys=False, ensure_ascii=False, allow_nan=False)
    if report.exit_status() not in (0, 1, 2, 3):
        raise PropertyViolation(f"exit status {report.exit_status()}")
    for fmt in ("json", "markdown", "html"):
        render(report, fmt, io.StringIO())
    return text


def fingerprint(paths: list[Path]) -> list[tuple[str, str, int]]:
    """What 'evidence is never modified' compares: each file's sha256 and mtime (ns)."""
    return [(str(p), hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in paths]


__all__ = ["InputKind", "PropertyViolation", "check_report", "fingerprint", "parsers_by_name", "run_parser",
           "source_for"]
