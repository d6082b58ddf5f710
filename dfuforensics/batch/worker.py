"""The per-unit function every executor runs: analyse one unit, write its report, return one small row.

It runs in a worker process (local pool) or on a dask worker, so it takes and returns only plain,
picklable values, writes the unit's full report to ``DIR/units/`` itself and hands back a summary row
of a few hundred bytes: the parent never holds a report.  Its result is cached under ``DIR/.cache/``
keyed by the hash of the unit's inputs, the tool version and the batch settings, so a second run over
the same units (or the rest of an interrupted one) does no work twice.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ..model import NOT_PRESENT, UNREADABLE, Absent
from .units import UnitSpec, unit_key

#: Columns of the units table, in order, with their type (see ``tables.py``).
UNIT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("unit", "text"), ("status", "text"), ("error", "text"),
    ("top_category", "text"), ("top_rule_id", "text"), ("top_confidence", "float"), ("top_severity", "text"),
    ("n_findings", "int"), ("exit_status", "int"),
    ("app_version", "text"), ("bootloader_version", "text"), ("softdevice", "text"), ("softdevice_fwid", "int"),
    ("transport", "text"), ("dfu_outcome", "text"), ("hardware", "text"),
    ("fault_type", "text"), ("crash_location", "text"), ("crash_frames", "text"), ("crash_fingerprint", "text"),
    ("date", "text"), ("date_source", "text"),
    ("n_inputs", "int"), ("input_kinds", "text"), ("n_warnings", "int"),
    ("report", "text"), ("source", "text"), ("key", "text"),
)
FINDING_COLUMNS: tuple[tuple[str, str], ...] = (
    ("unit", "text"), ("rank", "int"), ("rule_id", "text"), ("category", "text"), ("severity", "text"),
    ("confidence", "float"), ("title", "text"), ("n_evidence", "int"),
)

#: Kinds of input that are bytes, not text: no log date is looked for in them.
_BINARY_KINDS = {"flash-image", "ram-image", "uicr-image", "ficr-image", "elf", "settings-page", "dfu-package",
                 "init-packet", "mcuboot-image", "particle-module", "unknown"}
_DATE = re.compile(rb"(?<![0-9])(20[0-9]{2})[-/.](0[1-9]|1[0-2])[-/.](0[1-9]|[12][0-9]|3[01])(?![0-9])")
_DATE_SCAN_BYTES = 64 * 1024
_ADDR_SUFFIX = re.compile(r"@(0[xX][0-9A-Fa-f]+|[0-9]+)$")


@dataclass(frozen=True)
class BatchSettings:
    """What is the same for every unit of a batch (picklable: it travels to worker processes)."""

    out: str
    elfs: tuple[str, ...] = ()
    rule_dirs: tuple[str, ...] = ()
    options: tuple[tuple[str, Any], ...] = ()
    key: str = ""
    write_html: bool = True


def blank_row(spec: UnitSpec) -> dict[str, Any]:
    row: dict[str, Any] = {name: NOT_PRESENT for name, _ in UNIT_COLUMNS}
    row.update(unit=spec.name, source=spec.path, n_findings=0, n_inputs=0, n_warnings=0)
    return row


def error_row(spec: UnitSpec, reason: str, key: str | Absent = NOT_PRESENT) -> dict[str, Any]:
    """The row of a unit that could not be analysed; the batch goes on."""
    row = blank_row(spec)
    row.update(status="error", error=reason, key=key)
    return row


def to_json_row(row: dict[str, Any]) -> dict[str, Any]:
    """Absent values become their reason (``not present``, ``unreadable``) at the file boundary, so the
    tables say why a value is missing; ``tables`` turns them into nulls only in numeric columns."""
    return {k: (str(v) if isinstance(v, Absent) else v) for k, v in row.items()}


def process_unit(spec: UnitSpec, settings: BatchSettings) -> dict[str, Any]:
    """Analyse one unit (or reuse its cached result).  Never raises for bad evidence.

    Returns ``{"unit": row, "findings": [rows], "cached": bool, "seconds": float}`` with JSON-ready rows.
    """
    started = time.monotonic()
    out = Path(settings.out)
    try:
        key = unit_key(spec, settings.key)
    except OSError as exc:
        return _result(error_row(spec, f"cannot read the unit: {exc.strerror or exc}"), [], False, started)
    cache_file = out / ".cache" / f"{key}.json"
    cached = _read_cache(cache_file, out)
    if cached is not None:
        cached.update(cached=True, seconds=round(time.monotonic() - started, 6))
        return cached
    row, findings = _analyse(spec, settings, key)
    result = _result(row, findings, False, started)
    from ..output import atomic_write_text

    atomic_write_text(cache_file, json.dumps({"unit": result["unit"], "findings": result["findings"]},
                                             sort_keys=True))
    return result


def _result(row: dict[str, Any], findings: list[dict[str, Any]], cached: bool, started: float) -> dict[str, Any]:
    return {"unit": to_json_row(row), "findings": [to_json_row(f) for f in findings], "cached": cached,
            "seconds": round(time.monotonic() - started, 6)}


def _read_cache(cache_file: Path, out: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(cache_file.read_text(encoding="utf-8"))
        report = data["unit"].get("report")
        if isinstance(report, str) and report.startswith("units/") and not (out / report).is_file():
            return None  # the report was deleted: analyse again
        return {"unit": data["unit"], "findings": data["findings"]}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _analyse(spec: UnitSpec, settings: BatchSettings, key: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    from .archive import ArchiveRefused, extract_archive

    notes: list[str] = []
    private = tempfile.mkdtemp(prefix="dfuforensics-unit-") if spec.kind == "archive" else None
    try:
        if spec.kind == "archive":
            root = Path(private) / "unit"
            root.mkdir()
            try:
                extracted = extract_archive(Path(spec.path), root)
            except ArchiveRefused as exc:
                return error_row(spec, f"archive {Path(spec.path).name}: {exc}", key), []
            notes = [f"archive member {s}" for s in extracted.skipped]
            if not extracted.files:
                reason = "archive holds no evidence files" + (f" ({'; '.join(notes)})" if notes else "")
                return error_row(spec, reason, key), []
        else:
            root = Path(spec.path)
        case, report = _run_pipeline(spec, root, settings)
        row = _row(spec, case, report, key, notes)
        row["date"], row["date_source"] = _unit_date(case, root, spec)
        _write_reports(spec, report, settings, row)
        findings = [
            {"unit": spec.name, "rank": i + 1, "rule_id": f.rule_id, "category": f.category, "severity": f.severity,
             "confidence": round(float(f.confidence), 3), "title": f.title, "n_evidence": len(f.evidence)}
            for i, f in enumerate(report.findings)
        ]
        return row, findings
    finally:
        if private:
            shutil.rmtree(private, ignore_errors=True)


def _run_pipeline(spec: UnitSpec, root: Path, settings: BatchSettings):  # noqa: ANN202 - (Case, Report)
    """``pipeline.analyze_paths`` step by step, naming inputs ``<unit>/<file>`` and keeping the Case.

    Names relative to the unit make reports identical wherever the unit was unpacked, and the Case
    gives the row facts the report does not carry (the chip).
    """
    from ..pipeline import build_case, diagnose, run_analyses
    from ..report.model import build_report
    from ..sources import expand

    sources = expand([str(root)])
    for s in sources:
        rel = s.path.name if spec.kind == "file" else s.path.relative_to(root).as_posix()
        s.display = f"{spec.name}/{rel}"
        if s.load_address is None:
            m = _ADDR_SUFFIX.search(s.path.name)
            if m:
                s.load_address = int(m.group(1), 0)
    case = build_case(sources, expand(list(settings.elfs)))
    case.options.update({k: v for k, v in settings.options if v is not None})
    run_analyses(case)
    diagnose(case, [Path(d) for d in settings.rule_dirs])
    return case, build_report(case)


def _write_reports(spec: UnitSpec, report: Any, settings: BatchSettings, row: dict[str, Any]) -> None:
    from ..output import atomic_write_text
    from ..report import RENDERERS, render

    units = Path(settings.out) / "units"
    buf = io.StringIO()
    render(report, "json", buf)
    atomic_write_text(units / f"{spec.name}.json", buf.getvalue())
    row["report"] = f"units/{spec.name}.json"
    if settings.write_html and "html" in RENDERERS:
        buf = io.StringIO()
        try:
            render(report, "html", buf)
        except Exception:  # the JSON report is the contract; a renderer bug must not fail the unit
            return
        atomic_write_text(units / f"{spec.name}.html", buf.getvalue())


def _get(d: Any, *path: str) -> Any:
    for p in path:
        if not isinstance(d, dict) or d.get(p) is None:
            return NOT_PRESENT
        d = d[p]
    return d


def _row(spec: UnitSpec, case: Any, report: Any, key: str, notes: list[str]) -> dict[str, Any]:
    row = blank_row(spec)
    status = report.exit_status()
    row.update(status="inconclusive" if report.outcome() == "inconclusive" else "ok", key=key,
               exit_status=status, n_findings=len(report.findings),
               n_inputs=len(report.inputs),
               input_kinds=",".join(sorted({i.kind for i in report.inputs})) or NOT_PRESENT,
               n_warnings=sum(len(i.warnings) for i in report.inputs) + len(report.warnings) + len(notes))
    if status == 2:
        reasons = sorted({i.error or (i.warnings[0].message if i.warnings else "not recognised")
                          for i in report.inputs})
        row.update(status="error",
                   error="no input could be read: " + ("; ".join(reasons) if reasons else "the unit is empty"))
    elif notes:
        row["error"] = "; ".join(notes)  # skipped archive members: analysed anyway, said here
    top = report.top
    if top is not None:
        row.update(top_category=top.category, top_rule_id=top.rule_id,
                   top_confidence=round(float(top.confidence), 3), top_severity=top.severity)
    settings = report.settings or {}
    if settings:
        valid = settings.get("crc_valid") is True
        for col, fact in (("app_version", "app_version"), ("bootloader_version", "bootloader_version")):
            v = settings.get(fact)
            row[col] = str(v) if valid and v is not None else UNREADABLE if not valid else NOT_PRESENT
    if row["app_version"] is NOT_PRESENT:
        row["app_version"] = _other_app_version(report)
    sd = report.softdevice or {}
    row["softdevice"] = sd.get("name") or NOT_PRESENT
    row["softdevice_fwid"] = sd.get("fwid") if isinstance(sd.get("fwid"), int) else NOT_PRESENT
    row["transport"] = _get(report.dfu, "transport")
    row["dfu_outcome"] = _get(report.dfu, "outcome")
    row["hardware"] = _hardware(case)
    _crash_columns(row, report.crash)
    return row


def _other_app_version(report: Any) -> Any:
    """MCUboot's primary slot version, or a Particle user part's, when there is no nRF5 settings page."""
    for img in report.images or []:
        if isinstance(img, dict) and img.get("slot") in ("primary", 0, "0") and img.get("version") is not None:
            return str(img["version"])
    for mod in report.modules or []:
        if isinstance(mod, dict) and mod.get("function") == "user-part" and mod.get("version") is not None:
            return str(mod["version"])
    return NOT_PRESENT


def _hardware(case: Any) -> Any:
    for ns, fact in (("nrf5", "chip"), ("particle", "platform")):
        v = (case.facts.get(ns) or {}).get(fact) if isinstance(case.facts.get(ns), dict) else None
        if isinstance(v, str) and v:
            return v
    return NOT_PRESENT


# ------------------------------------------------------------------------------------------------
# crash fingerprint

def frame_label(frame: Any) -> str | None:
    """``function (file.c)``: no address, no line, no folder, so a rebuild of the same source keeps it."""
    if not isinstance(frame, dict) or not isinstance(frame.get("function"), str) or not frame["function"]:
        return None
    f = frame.get("file")
    base = PurePosixPath(str(f).replace("\\", "/")).name if isinstance(f, str) and f else "?"
    return f"{frame['function']} ({base})"


#: Frames of a crash that make its fingerprint (innermost first).
FINGERPRINT_FRAMES = 5


def crash_fingerprint(crash: Any) -> tuple[list[str], str | None]:
    """The symbolized frames of a crash and their stable hash (None when the crash is not symbolized)."""
    import hashlib

    if not isinstance(crash, dict):
        return [], None
    frames = crash.get("backtrace") or [crash.get("pc"), crash.get("lr")]
    labels: list[str] = []
    for fr in frames:
        label = frame_label(fr)
        if label is None:
            if not labels:
                return [], None  # innermost frame unknown: the location cannot be named
            break
        if not labels or labels[-1] != label:
            labels.append(label)
        if len(labels) == FINGERPRINT_FRAMES:
            break
    digest = hashlib.sha256("\n".join(labels).encode()).hexdigest()[:16]
    return labels, digest


def _crash_columns(row: dict[str, Any], crash: Any) -> None:
    if not isinstance(crash, dict):
        return
    row["fault_type"] = _get(crash, "fault", "type")
    labels, digest = crash_fingerprint(crash)
    if digest is None:
        row["crash_location"] = UNREADABLE  # a crash, but no symbols to name where
        return
    row["crash_location"] = labels[0]
    row["crash_frames"] = " < ".join(labels)
    row["crash_fingerprint"] = digest


# ------------------------------------------------------------------------------------------------
# date

def _unit_date(case: Any, root: Path, spec: UnitSpec) -> tuple[Any, Any]:
    """A capture bundle's manifest time, else the earliest date printed in the unit's text logs."""
    if spec.kind != "file":
        manifest = root / "manifest.json"
        try:
            if manifest.is_file() and manifest.stat().st_size < 1 << 20:
                data = json.loads(manifest.read_text(encoding="utf-8", errors="replace"))
                for k in ("time", "captured_at", "date", "started"):
                    m = _DATE.search(str(data.get(k, "")).encode()) if isinstance(data, dict) else None
                    if m:
                        return _iso(m), "capture manifest"
        except (OSError, ValueError):
            pass
    best: tuple[str, str] | None = None
    by_display = {i.path: i for i in case.inputs}
    for rec in by_display.values():
        if rec.kind in _BINARY_KINDS or rec.error or not rec.size:
            continue
        path = _input_path(rec.path, root, spec)
        try:
            with open(path, "rb") as fh:
                head = fh.read(_DATE_SCAN_BYTES)
        except OSError:
            continue
        if b"\0" in head:
            continue
        dates = sorted(_iso(m) for m in _DATE.finditer(head) if _valid(m))
        if dates and (best is None or dates[0] < best[0]):
            best = (dates[0], f"log {rec.path}")
    return best if best else (NOT_PRESENT, NOT_PRESENT)


def _input_path(display: str, root: Path, spec: UnitSpec) -> Path:
    rel = display.split("/", 1)[1] if "/" in display else display
    return root.parent / rel if spec.kind == "file" else root / rel


def _iso(m: re.Match) -> str:
    return f"{m.group(1).decode()}-{m.group(2).decode()}-{m.group(3).decode()}"


def _valid(m: re.Match) -> bool:
    import datetime

    try:
        datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return True
    except ValueError:
        return False

