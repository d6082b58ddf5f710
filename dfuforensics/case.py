"""A Case: everything known about one unit, assembled from its evidence.

Parsers fill it with records; analyses add facts (for the rules), report sections (for renderers)
and tables; the rule engine adds findings.  One input's failure is recorded on its InputRecord and
never stops the others.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from .errors import WrongFormat
from .evidence import opened
from .evidence.pasted import PastedSource, relocate
from .memory import MemoryView
from .model import Event, InputKind, InputRecord, Location, MemorySegment, ParseWarning
from .sources import InputTooLarge, Source

T = TypeVar("T")

#: Per-input time budget: a parser that takes longer is stopped between records with a warning.
PARSE_SECONDS_PER_INPUT = 60.0


@dataclass(slots=True)
class Column:
    """A typed column: renderers format by ``type`` and never ask which analysis made the table.

    Types: ``text``, ``int``, ``hex`` (integer shown 0x..), ``address`` (0x%08X), ``size`` (bytes),
    ``bool``, ``bytes`` (hex string), ``code`` (SDK name).
    """

    name: str
    type: str = "text"


@dataclass(slots=True)
class Table:
    id: str
    title: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        from .report.values import json_value

        return {
            "id": self.id,
            "title": self.title,
            "columns": [{"name": c.name, "type": c.type} for c in self.columns],
            "rows": [[json_value(v) for v in row] for row in self.rows],
        }


@dataclass
class Case:
    inputs: list[InputRecord] = field(default_factory=list)
    memory: MemoryView = field(default_factory=MemoryView)
    events: list[Event] = field(default_factory=list)
    records: dict[type, list[Any]] = field(default_factory=lambda: defaultdict(list))
    elf_paths: list[Path] = field(default_factory=list)
    #: Facts for the rule engine, namespaced by analysis (``settings``, ``flash``, ``dfu``, ...).
    facts: dict[str, Any] = field(default_factory=dict)
    #: Contract report sections filled by analyses: ``dfu``, ``crash``, ``flash_map``, ``softdevice``,
    #: ``images``, ``modules``, ``settings``.
    sections: dict[str, Any] = field(default_factory=dict)
    tables: list[Table] = field(default_factory=list)
    findings: list[Any] = field(default_factory=list)
    #: What the user told us beyond the evidence (e.g. ``public_key`` path).
    options: dict[str, Any] = field(default_factory=dict)
    #: Problems met by analyses (not tied to one input's bytes).
    analysis_warnings: list[ParseWarning] = field(default_factory=list)
    _built: list[MemorySegment] = field(default_factory=list, repr=False)

    def finish_memory(self) -> None:
        """Fill the gaps the device reads leave with the build artifacts' bytes (once every input is read)."""
        for seg in self._built:
            self.memory.fill(seg)
        self._built.clear()

    def of_type(self, cls: type[T]) -> list[T]:
        return self.records.get(cls, [])

    def input(self, path: str) -> InputRecord | None:
        for rec in self.inputs:
            if rec.path == path:
                return rec
        return None

    def add_record(self, rec: Any, *, build_artifact: bool = False) -> None:
        """``build_artifact``: bytes of what was built (an ELF), not read from the device; they go in the
        memory view only where no device read covers, here or later (see ``finish_memory``)."""
        if isinstance(rec, Event):
            self.events.append(rec)
        elif isinstance(rec, MemorySegment):
            if build_artifact:
                self._built.append(rec)
            else:
                self.memory.add(rec)
            self.records[MemorySegment].append(rec)
        else:
            self.records[type(rec)].append(rec)


def read_source(case: Case, source: Source, *, as_elf: bool = False) -> InputRecord:
    """Detect, parse and add one input to the case.  Never raises for bad evidence."""
    if not source.path.is_file():  # a FIFO or device would block reading; a dangling link has no bytes
        why = "not a regular file (FIFO, device or socket)" if source.path.exists() else "no such file"
        rec = InputRecord(source.display, "", "unknown", source.size, error=f"cannot read: {why}")
        case.inputs.append(rec)
        return rec
    try:
        digest = source.sha256()
    except OSError as exc:
        rec = InputRecord(source.display, "", "unknown", source.size, error=f"cannot read: {exc.strerror}")
        case.inputs.append(rec)
        return rec
    rec = InputRecord(source.display, digest, "unknown", source.size)
    case.inputs.append(rec)
    if source.size == 0:
        rec.error = "file is empty"
        rec.warnings.append(ParseWarning(Location(source.display, offset=0), "file is empty; nothing to analyse"))
        return rec
    with opened(source) as (view, parser):
        _parse_into(case, rec, view, parser)
    return rec


def _parse_into(case: Case, rec: InputRecord, source: Source, parser: Any) -> None:
    """Parse one input (its view: a pasted log's rewritten text) into the case; damage is a warning."""
    if parser is None:
        rec.warnings.append(
            ParseWarning(Location(source.display, offset=0),
                         "not a kind of evidence dfuforensics knows (see `dfuforensics analyze --help` "
                         "for the kinds it reads)")
        )
        return
    rec.kind = parser.kind
    if isinstance(source, PastedSource):
        rec.warnings.append(source.note())
    if rec.kind == "elf":
        case.elf_paths.append(source.path)
    started = time.monotonic()
    n = 0
    try:
        for item in parser.parse(source):
            n += 1
            if isinstance(item, ParseWarning):
                rec.warnings.append(relocate(item, source))
            elif isinstance(item, InputKind):
                rec.kind = item.kind
            else:
                case.add_record(relocate(item, source), build_artifact=rec.kind == "elf")
            # every 16 records: a hostile line can cost the template regexes ~0.7 s (two %s, 16k characters)
            if n % 16 == 0 and time.monotonic() - started > PARSE_SECONDS_PER_INPUT:
                rec.warnings.append(ParseWarning(Location(source.display),
                                                 f"stopped after {PARSE_SECONDS_PER_INPUT:.0f} s; the rest of "
                                                 "this input was not read"))
                break
    except WrongFormat as exc:
        rec.kind = "unknown"
        rec.warnings.append(ParseWarning(Location(source.display, offset=0), f"not {parser.kind} evidence after all: {exc}"))
    except InputTooLarge as exc:
        rec.error = str(exc)
        rec.warnings.append(ParseWarning(Location(source.display), str(exc)))
    except MemoryError:
        rec.error = "ran out of memory reading this input"
        rec.warnings.append(ParseWarning(Location(source.display), rec.error))
    except Exception as exc:  # a parser bug must not take the other inputs down
        rec.error = f"parser {parser.kind} failed: {type(exc).__name__}: {exc}"
        rec.warnings.append(ParseWarning(Location(source.display),
                                         f"{rec.error} (a bug in dfuforensics; the rest of the evidence "
                                         "is still analysed)"))
