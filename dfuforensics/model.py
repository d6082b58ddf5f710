"""The typed records every room of dfuforensics exchanges.

Parsers yield these records (with provenance), the case assembles them, analyses add facts and
findings, renderers read them. Nothing here imports a heavy library: the CLI's start-up time
depends on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class Absent:
    """A value the evidence does not give us, with the reason why.

    Used instead of ``None`` so that a renderer can say *why* a value is missing ("not present" in
    the evidence vs. "unreadable" because the bytes were damaged).  Falsy, so ``if value:`` works.
    """

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def __bool__(self) -> bool:
        return False

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Absent) and other.reason == self.reason

    def __hash__(self) -> int:
        return hash(("Absent", self.reason))

    def __repr__(self) -> str:
        return f"Absent({self.reason!r})"

    def __str__(self) -> str:
        return self.reason


NOT_PRESENT = Absent("not present")
UNREADABLE = Absent("unreadable")


@dataclass(frozen=True, slots=True)
class Location:
    """Where in which input a record came from: a line (text) or a byte offset (binary)."""

    input: str
    line: int | None = None
    offset: int | None = None

    def describe(self) -> str:
        if self.line is not None:
            return f"{self.input}:{self.line}"
        if self.offset is not None:
            return f"{self.input} offset 0x{self.offset:X}"
        return self.input


@dataclass(frozen=True, slots=True)
class ParseWarning:
    """Something a parser skipped or could not read, with its place in the input."""

    location: Location
    message: str

    def describe(self) -> str:
        return f"{self.location.describe()}: {self.message}"


@dataclass(slots=True)
class Event:
    """One thing that happened, as one line (or a few) of a log told it.

    ``kind`` is ``<domain>.<what>`` (e.g. ``dfu.response``, ``boot.start``, ``log.line``,
    ``unparsed``); ``fields`` carries the decoded values under stable names (see
    ``docs/events.md``).  ``t`` is seconds on ``clock``: ``device`` (uptime since reset),
    ``host`` (wall-clock seconds of the day on the host) or ``none``.
    """

    kind: str
    text: str
    source: str
    line: int | None = None
    offset: int | None = None
    t: float | None = None
    clock: str = "none"
    level: str | None = None
    module: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def location(self) -> Location:
        return Location(self.source, self.line, self.offset)


@dataclass(slots=True)
class MemorySegment:
    """Bytes known to sit at an address of the device (flash, UICR, RAM)."""

    address: int
    data: bytes
    location: Location
    label: str = ""

    @property
    def end(self) -> int:
        return self.address + len(self.data)


@dataclass(slots=True)
class EvidenceRef:
    """A piece of evidence a finding cites: a line, an offset, or a decoded value."""

    input: str
    text: str
    line: int | None = None
    offset: int | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"input": self.input}
        if self.line is not None:
            out["line"] = self.line
        if self.offset is not None:
            out["offset"] = self.offset
        out["text"] = self.text
        return out


SEVERITIES = ("critical", "error", "warning", "info")


@dataclass(slots=True)
class Finding:
    """A diagnosis: one signature matched, with the evidence that proves it."""

    rule_id: str
    category: str
    title: str
    confidence: float
    severity: str
    evidence: list[EvidenceRef] = field(default_factory=list)
    explanation: str = ""
    remediation: str = ""
    references: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "category": self.category,
            "title": self.title,
            "confidence": round(float(self.confidence), 3),
            "severity": self.severity,
            "evidence": [e.to_json() for e in self.evidence],
            "explanation": self.explanation,
            "remediation": self.remediation,
            "references": list(self.references),
        }


@dataclass(slots=True)
class InputRecord:
    """One evidence file as read: what it is, its hash, and what went wrong reading it."""

    path: str
    sha256: str
    kind: str
    size: int
    warnings: list[ParseWarning] = field(default_factory=list)
    error: str | None = None  # set when the input could not be used at all

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": self.path,
            "sha256": self.sha256,
            "kind": self.kind,
            "size": self.size,
            "warnings": [
                {
                    **({"line": w.location.line} if w.location.line is not None else {}),
                    **({"offset": w.location.offset} if w.location.offset is not None else {}),
                    "message": w.message,
                }
                for w in self.warnings
            ],
        }
        if self.error:
            out["error"] = self.error
        return out


@dataclass(frozen=True, slots=True)
class InputKind:
    """Yielded by a parser that learns, while parsing, a more exact kind for its input
    (a raw image that is a RAM dump, a 4 KiB page that is a settings page)."""

    kind: str
