"""Synthetic Reports for the renderer tests: every section filled, built by hand over small logs in
``data/`` (our own lines, in the nRF5 SDK's log format), so goldens do not move when parsers change.

Paths are relative to the project root: tests chdir there so excerpts re-read the files.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from dfuforensics.case import Column, Table
from dfuforensics.model import (
    NOT_PRESENT,
    UNREADABLE,
    Event,
    EvidenceRef,
    Finding,
    InputRecord,
    Location,
    ParseWarning,
)
from dfuforensics.report.model import Report

ROOT = Path(__file__).resolve().parents[2]
DATA = "tests/report/data"
_TS = re.compile(r"^\[(\d+):(\d+):(\d+)\.(\d+),(\d+)\]\s*<(\w+)>\s*([\w-]+):\s*(.*)$")

# line number -> (kind, fields): what a parser would say about the line (the rest are log.line)
_SERIAL_EVENTS = {
    1: ("boot.start", {"stage": "bootloader"}),
    5: ("boot.activation", {"result": "none"}),
    6: ("boot.validation", {"ok": True, "reason": "app valid"}),
    8: ("boot.dfu_enter", {"reason": "gpregret"}),
    9: ("dfu.start", {"side": "device", "transport": "serial"}),
    11: ("dfu.request", {"op": "OBJECT_SELECT", "object_type": "COMMAND"}),
    12: ("dfu.response", {"op": "OBJECT_SELECT", "result": "SUCCESS", "side": "device", "object_type": "COMMAND"}),
    13: ("dfu.object", {"object_type": "COMMAND", "action": "create", "size": 65}),
    14: ("dfu.response", {"op": "OBJECT_CREATE", "result": "SUCCESS", "side": "device", "object_type": "COMMAND"}),
    15: ("dfu.request", {"op": "OBJECT_WRITE", "object_type": "COMMAND"}),
    16: ("dfu.request", {"op": "CRC_GET", "object_type": "COMMAND"}),
    17: ("dfu.object", {"object_type": "COMMAND", "action": "execute"}),
    19: ("dfu.validation", {"check": "sd_req", "ok": False}),
    20: ("dfu.response", {"op": "OBJECT_EXECUTE", "result": "EXT_ERROR", "ext_error": "SD_VERSION_FAILURE",
                          "ext_error_inferred": True, "side": "device"}),
    22: ("dfu.response", {"op": "OBJECT_EXECUTE", "result": "EXT_ERROR", "side": "device"}),
    23: ("boot.timeout", {}),
    25: ("boot.start", {"stage": "bootloader"}),
    27: ("boot.validation", {"ok": True, "reason": "app valid"}),
    28: ("boot.app_start", {"address": 0x26000}),
}


def _record(rel: str) -> InputRecord:
    data = (ROOT / rel).read_bytes()
    return InputRecord(rel, hashlib.sha256(data).hexdigest(), "nrf-log", len(data))


def _events(rel: str, special: dict[int, tuple[str, dict]]) -> list[Event]:
    out = []
    for no, line in enumerate((ROOT / rel).read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        m = _TS.match(line)
        t = level = module = None
        if m:
            h, mi, s, ms, us = (int(x) for x in m.groups()[:5])
            t = h * 3600 + mi * 60 + s + ms / 1e3 + us / 1e6
            level, module = m.group(6), m.group(7)
        else:
            lm = re.match(r"^<(\w+)>\s*([\w-]+):", line)
            if lm:
                level, module = lm.group(1), lm.group(2)
        kind, fields = special.get(no, ("log.line", {"message": line}))
        out.append(Event(kind, line, rel, line=no, t=t, clock="device" if t is not None else "none",
                         level=level, module=module, fields=dict(fields)))
    return out


def full_report() -> Report:
    """A failed serial DFU with every section filled (crash and flash map included)."""
    log = f"{DATA}/serial_dfu.log"
    rec = _record(log)
    rec.warnings.append(ParseWarning(Location(log, line=10), "timer line not understood"))
    events = _events(log, _SERIAL_EVENTS)
    sd = Finding(
        rule_id="NRF5-SD-REQ-NOT-MET", category="sd-req-mismatch",
        title="The package's sd_req does not include the SoftDevice on the device",
        confidence=0.9, severity="error",
        evidence=[EvidenceRef(log, events[18].text, line=19), EvidenceRef(log, events[19].text, line=20),
                  EvidenceRef("flash.bin", "softdevice.fwid = 0x0100 (S140 v7.0.1)", offset=0x300C)],
        explanation="Prevalidation rejected the init packet: its sd_req list lacks FWID 0x0100.",
        remediation="Regenerate the package with --sd-req including 0x0100.",
        references=["https://infocenter.nordicsemi.com/topic/sdk_nrf5_v17.1.0/lib_bootloader_dfu_validation.html",
                    "nRF5 SDK nrf_dfu_validation.c"],
    )
    timeout = Finding(
        rule_id="NRF5-INACTIVITY-TIMEOUT", category="transfer-interrupted",
        title="The bootloader left DFU mode after its inactivity timeout", confidence=0.45,
        severity="warning", evidence=[EvidenceRef(log, events[22].text, line=23)],
        explanation="No request arrived for 120 s after the error.", remediation="", references=[],
    )
    tables = [Table("objects", "DFU objects", [Column("type", "code"), Column("size", "size"),
                                              Column("crc", "hex"), Column("executed", "bool")],
                    [["COMMAND", 65, 0x1A2B3C4D, True], ["DATA", NOT_PRESENT, UNREADABLE, False]])]
    return Report(
        inputs=[rec, InputRecord("flash.bin", "ab" * 32, "flash-image", 1048576)],
        findings=[sd, timeout], timeline=events, timeline_total=len(events),
        dfu={"outcome": "failed", "transport": "serial",
             "last_request": {"op": "EXECUTE", "object_type": "COMMAND", "result": "EXT_ERROR",
                              "ext_error": "SD_VERSION_FAILURE"},
             "bytes_transferred": 65, "image_size": NOT_PRESENT},
        crash={"pc": {"address": 0x2A4F0, "function": "app_error_fault_handler", "file": "app_error_weak.c",
                      "line": 100},
               "lr": {"address": 0x2A501, "function": "main", "file": "main.c", "line": 42},
               "fault": {"type": "hardfault", "cfsr_bits": ["PRECISERR", "BFARVALID"], "fault_address": 0x20040000},
               "backtrace": [{"address": 0x2A4F0, "function": "app_error_fault_handler", "file": "app_error_weak.c",
                              "line": 100},
                             {"address": 0x2A501, "function": "main", "file": "main.c", "line": 42},
                             {"address": 0x26100, "function": NOT_PRESENT, "file": NOT_PRESENT, "line": NOT_PRESENT}]},
        flash_map=[
            {"name": "mbr", "start": 0x0, "end": 0x1000, "detail": "MBR"},
            {"name": "softdevice", "start": 0x1000, "end": 0x27000, "detail": "S140 7.0.1 (FWID 0x0100)"},
            {"name": "application", "start": 0x27000, "end": 0x40000, "detail": "bank 0: valid app"},
            {"name": "fds", "start": 0x3E000, "end": 0x40000, "detail": "2 FDS pages inside bank 1 swap area"},
            {"name": "free", "start": 0x40000, "end": 0xE0000, "detail": "erased"},
            {"name": "bootloader", "start": 0xF8000, "end": 0xFE000, "detail": "vector table OK"},
            {"name": "mbr-params", "start": 0xFE000, "end": 0xFF000, "detail": ""},
            {"name": "settings", "start": 0xFF000, "end": 0x100000, "detail": "CRC mismatch", "damaged": True},
        ],
        softdevice={"fwid": 0x100, "name": "S140", "version": "7.0.1", "size": 0x26000},
        settings={"crc": 0x12345678, "crc_valid": False, "bank_0": {"image_size": 0x19000, "image_crc": 0xDEADBEEF,
                                                                    "bank_code": "NRF_DFU_BANK_VALID_APP"},
                  "init_command": {"sd_req": [0xCA, 0xB6], "signature": bytes(range(8))}},
        tables=tables,
        warnings=[ParseWarning(Location("flash.bin", offset=0x80000), "bytes overlap: the later image wins")],
    )


def hostile_report() -> Report:
    """Every string a hostile or broken log can put into a report, in every field renderers show."""
    log = f"{DATA}/hostile.log"
    rec = _record(log)
    events = _events(log, {1: ("boot.start", {"stage": "bootloader"})})
    evil = events[1].text
    md = events[2].text
    rec.warnings.append(ParseWarning(Location(log, line=3), "warning quoting the log: " + md))
    f = Finding(
        rule_id="EVIL-<b>|`", category="unknown", title="Title with <script>alert(1)</script> | *x* `y` [z](u)",
        confidence=0.5, severity="error",
        evidence=[EvidenceRef(log, e.text, line=e.line) for e in events[1:]],
        explanation="# not a heading\n- not a list " + md, remediation="Run `rm -rf /` <img src=x onerror=alert(1)>",
        references=["javascript:alert(1)", "https://example.com/a b\"onmouseover=alert(1)", "http://ok.example/x?a=1&b=2"],
    )
    return Report(
        inputs=[rec, InputRecord("<img src=x onerror=alert(1)>.bin", "", "unknown", 0, error="cannot read: " + evil)],
        findings=[f], timeline=events, timeline_total=len(events),
        dfu={"outcome": "unknown", "transport": "<b>ble</b>", "last_request": {"op": evil}},
        crash={"pc": {"address": 0x1000, "function": "<script>f</script>", "file": "a|b.c", "line": 1},
               "backtrace": [{"address": 0x1000, "function": "`x`", "file": "*.c", "line": 2}]},
        flash_map=[{"name": "<script>x</script>", "start": 0, "end": 0x1000, "detail": evil},
                   {"name": "app|x", "start": 0x800, "end": 0x2000, "detail": md}],
        tables=[Table("t", "Table <i>title</i> | x", [Column("c<1>")], [[evil], [md]])],
        warnings=[ParseWarning(Location("rules"), evil)],
    )


def empty_report() -> Report:
    """Nothing could be read: the renderers must still say so plainly."""
    return Report(inputs=[InputRecord("missing.log", "", "unknown", 0, error="file is empty")],
                  findings=[], timeline=[], timeline_total=0)
