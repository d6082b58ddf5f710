"""Console output of nrfutil / pc-nrfutil / adafruit-nrfutil (``dfu serial``, ``dfu ble``, ``dfu usb-serial``).

What users paste is mostly a Python traceback ending in ``NordicSemiException: Extended Error 0x07: ...``
or ``Response Code InvalidObject``; with ``-v`` there are logging lines (``Serial: Selecting Object``),
with ``-v -v -v -v`` the SLIP frames themselves (``SLIP: <-- [96, 4, 11, 7]``).  The exception names
the result but not the request; the innermost nrfutil frame does (``in __execute``), so the op is
taken from there.  Shapes: nrfutil 6.1.7 run against tests/logs_host/oracle/fake_serial_target.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import WrongFormat
from ..model import NOT_PRESENT, Event, Location, ParseWarning
from ..sources import Source
from .dfu_response import parse_request, parse_response
from .host_log_common import (
    Emit,
    HostState,
    classify_message,
    clock_of,
    head_lines,
    request_event,
    response_event,
    run_lines,
)
from .textutil import looks_like_text

KIND = "nrfutil-output"

#: Lines only nrfutil prints, matched at the start of the message (prose that merely names them is not output).
_STRONG = re.compile(r"[\w.]*NordicSemiException\b|File \"[^\"]*nordicsemi[/\\]|SLIP: (?:-->|<--)|"
                     r"Using board at serial port|Upgrading target on|nrfutil version|adafruit-nrfutil|"
                     r"Serial: (?:Set Packet Receipt|Selecting Object)|BLE: (?:Scanning for|Connected to target)")
_WEAK = re.compile(r"^Device programmed\.?$|Traceback \(most recent call last\)|Sending (?:Application|SoftDevice|"
                   r"Bootloader)")
#: Python logging's default ``asctime`` (``2019-07-02 12:28:05,406``), optionally ``LEVEL:name:``.
_ASCTIME = re.compile(r"^(?P<ts>\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}[,.]\d{3})\s+(?:-\s*)?"
                      r"(?:(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL)\s*[:-]?\s*)?")
_PYLEVEL = re.compile(r"^(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL):(?P<logger>[\w.]+):")
_FRAME = re.compile(r'^File "(?P<file>[^"]+)", line (?P<line>\d+), in (?P<func>\S+)')
_EXC = re.compile(r"^(?P<exc>[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning|Failure|Timeout)\w*|"
                  r"[a-z_][\w]*(?:\.[\w]+)+)(?::\s?(?P<msg>.*))?$")
_SLIP = re.compile(r"SLIP:\s*(?P<dir>-->|<--)\s*(?P<bytes>\[[^\]]*\])")
_SELECTED = re.compile(r"Object selected:\s*max_size:\s*(?P<max>\d+)\s+offset:\s*(?P<off>\d+)\s+crc:\s*(?P<crc>(?:0x)?[0-9A-Fa-f]+)")
_SELECTING = re.compile(r"Selecting Object:\s*type:\s*(?P<type>\d+)")
_STREAMING = re.compile(r"Streaming Data:\s*len:\s*(?P<len>\d+)\s+offset:\s*(?P<off>\d+)")
_BOARD = re.compile(r"Using board at serial port:\s*(?P<port>\S+)")
_TQDM = re.compile(r"\[[#\s]*\]\s*(?P<pct>\d{1,3})%")
_VERSION = re.compile(r"nrfutil version\s+(?P<v>\S+)")

#: nrfutil transport methods that send one request (the innermost one on a traceback names the op).
_FUNC_OPS = {
    "__execute": "EXECUTE", "__create_object": "CREATE", "__create_command": "CREATE", "__create_data": "CREATE",
    "__select_object": "SELECT", "__select_command": "SELECT", "__select_data": "SELECT",
    "__calculate_checksum": "CRC_GET", "__get_checksum_response": "CRC_GET", "__set_prn": "RECEIPT_NOTIF_SET",
    "__get_mtu": "MTU_GET", "__ping": "PING", "__stream_data": "WRITE",
}
_FUNC_OBJECTS = {"send_init_packet": "COMMAND", "send_firmware": "DATA"}
_OBJECT_TYPE = {1: "COMMAND", 2: "DATA"}


@dataclass
class _Traceback:
    start: int
    frames: list[str] = field(default_factory=list)
    chained: bool = False


def _strip_prefix(line: str) -> str:
    m = _ASCTIME.match(line)
    line = line[m.end():] if m else line
    m = _PYLEVEL.match(line)
    return line[m.end():].strip() if m else line


class NrfutilParser:
    kind = KIND

    def sniff(self, source: Source) -> float:
        if not looks_like_text(source.head):
            return 0.0
        lines = head_lines(source, 80)
        if any(_STRONG.match(_strip_prefix(x)) for x in lines):
            return 0.9
        weak = [x for x in lines if _WEAK.search(x)]
        if weak and len(lines) <= 3:
            return 0.6
        return 0.45 if len(weak) >= 2 else 0.0

    def parse(self, source: Source) -> Iterator[Event | ParseWarning]:
        if not looks_like_text(source.head):
            raise WrongFormat("the file is binary, not nrfutil's console output")
        state = HostState(source.display, protocol="secure")
        tb: list[_Traceback | None] = [None]
        chained = [False]

        def handle(st: HostState, lineno: int, raw: str, clean: str) -> list[Event] | None:
            t = None
            level = None
            msg = clean
            m = _ASCTIME.match(msg)
            if m:
                t = clock_of(m.group("ts"))
                level = (m.group("level") or "").lower() or None
                msg = msg[m.end():].strip()
            m = _PYLEVEL.match(msg)
            if m:
                level = m.group("level").lower()
                msg = msg[m.end():].strip()
            emit = Emit(st, raw, lineno, t, level)
            cur = tb[0]
            if msg.startswith("Traceback (most recent call last)"):
                tb[0] = _Traceback(lineno, chained=chained[0])
                chained[0] = False
                return []
            if msg.startswith(("During handling of the above exception", "The above exception was the direct")):
                chained[0] = True
                return []
            if cur is not None:
                fm = _FRAME.match(msg)
                if fm:
                    cur.frames.append(fm.group("func"))
                    return []
                em = _EXC.match(msg)
                if em and not raw[:1].isspace():
                    tb[0] = None
                    return _exception(emit, cur, em.group("exc"), (em.group("msg") or "").strip())
                if raw[:1].isspace() or msg in ("^", "~") or set(msg) <= {"^", "~", " "}:
                    return []  # the source line shown under a frame
                tb[0] = None  # a traceback cut short (pasted partly); read this line normally
            return _message(emit, msg)

        yield from run_lines(source, handle, state)
        if tb[0] is not None:
            yield ParseWarning(Location(source.display, tb[0].start),
                               "a traceback starts here but its exception line is missing (output cut short?)")


def _exception(emit: Emit, tb: _Traceback, exc: str, message: str) -> list[Event]:
    """One ``host.error`` per traceback; a DFU result or link failure in its message becomes its event too."""
    op = NOT_PRESENT
    object_type = None
    for func in reversed(tb.frames):
        if op is NOT_PRESENT and func in _FUNC_OPS:
            op = _FUNC_OPS[func]
        if object_type is None and func in _FUNC_OBJECTS:
            object_type = _FUNC_OBJECTS[func]
    f: dict[str, Any] = {"message": message, "exception": exc.rsplit(".", 1)[-1], "exception_path": exc,
                         "frames": len(tb.frames), "traceback_line": tb.start}
    if tb.frames:
        f["function"] = tb.frames[-1]
    if tb.chained:
        f["chained"] = True
    out = [emit("host.error", **f)]
    r = parse_response(message)
    if r is not None:
        if r.get("op") is NOT_PRESENT and op is not NOT_PRESENT:
            r["op"] = op
            r["op_source"] = "traceback"
        if object_type:
            r["object_type"] = object_type
        out.extend(response_event(emit, r))
        return out
    extra = classify_message(emit, message) or []
    out.extend(ev for ev in extra if ev.kind.startswith("transport."))
    if not any(ev.kind.startswith("transport.") for ev in out) and re.search(
            r"serial port|ping response|checksum response|COM port|No Response|timed? ?out", message, re.IGNORECASE):
        out.append(emit("transport.error", name="NO_RESPONSE" if "respon" in message.lower() else "PORT_ERROR",
                        detail=message))
    return out


def _message(emit: Emit, msg: str) -> list[Event] | None:
    st = emit.state
    m = _SLIP.search(msg)
    if m:
        if m.group("dir") == "-->":
            req = parse_request(m.group("bytes"))
            if req is not None:
                return request_event(emit, req)
        else:
            r = parse_response(m.group("bytes"))
            if r is not None:
                return response_event(emit, r)
        return [emit("log.line", message=msg, template="slip_frame")]
    m = _SELECTING.search(msg)
    if m:
        st.last_object_type = _OBJECT_TYPE.get(int(m.group("type")), f"UNKNOWN_0x{int(m.group('type')):02X}")
        return [emit("log.line", message=msg, object_type=st.last_object_type, template="selecting_object")]
    m = _SELECTED.search(msg)
    if m:
        f: dict[str, Any] = {"action": "select", "max_size": int(m.group("max")), "offset": int(m.group("off")),
                             "crc": int(m.group("crc"), 16 if m.group("crc").startswith("0x") else 10)}
        if st.last_object_type:
            f["object_type"] = st.last_object_type
        return [emit("dfu.object", **f)]
    m = _STREAMING.search(msg)
    if m:
        return [emit("log.line", message=msg, template="streaming_data", size=int(m.group("len")),
                     offset=int(m.group("off")))]
    if msg.startswith("BLE: "):
        st.transport = "ble"
    m = _BOARD.search(msg)
    if m:
        st.transport = "serial"
        return [emit("transport.connect", address=m.group("port"), transport="serial")]
    m = _TQDM.search(msg)
    if m:
        return [emit("dfu.progress", percent=int(m.group("pct")))]
    m = _VERSION.search(msg)
    if m:
        return [emit("log.line", message=msg, tool="nrfutil", version=m.group("v"))]
    evs = classify_message(emit, msg)
    if evs is not None:
        return evs
    if re.match(r"^(?:Sending (?:init packet|firmware file)|Serial: |BLE: |Activating new firmware|"
                r"Flow control|Waiting|Zip created|Generated )", msg):
        return [emit("log.line", message=msg)]
    return None


PARSERS = [NrfutilParser()]
