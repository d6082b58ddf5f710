"""What every host-side DFU log parser shares: line loop, host clock, events, message classifier.

Host tools (nrfutil, nRF Connect for Desktop, the Android and iOS DFU libraries) word the same
happenings differently, but a GATT 133, a pc-ble-driver 0x802A or "Device programmed." mean the same
to a rule whichever tool printed them.  Each format module strips its own line prefix (time, level,
tag) and hands the message to ``classify_message``; what is left unrecognised becomes ``unparsed``
and is summarised in one warning per input.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..model import NOT_PRESENT, Event, Location, ParseWarning
from ..nrf5 import host_codes as hc
from ..sources import Source
from .dfu_response import decode_response_bytes, parse_bytes, parse_request, parse_response
from .textutil import clean_line

#: How many unparsed line numbers the summary warning lists.
UNPARSED_LISTED = 10


def head_lines(source: Source, limit: int = 60) -> list[str]:
    """The first non-empty lines of the sniff window, decoded leniently (for sniffers only)."""
    text = source.head.decode("utf-8", errors="replace")
    out = []
    for raw in text.splitlines():
        s = raw.strip()
        if s:
            out.append(s)
            if len(out) >= limit:
                break
    return out


def seconds_of_day(h: str, m: str, s: str, frac: str | None = None) -> float | None:
    try:
        hh, mm, ss = int(h), int(m), int(s)
    except ValueError:
        return None
    if hh > 23 or mm > 59 or ss > 60:
        return None
    f = float("0." + frac) if frac else 0.0
    return hh * 3600 + mm * 60 + ss + f


_HMS = re.compile(r"(\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?")


def clock_of(text: str) -> float | None:
    """Seconds of day of the first ``HH:MM:SS[.fff]`` in ``text`` (ISO, NSLog, logging, bare)."""
    m = _HMS.search(text)
    return seconds_of_day(*m.groups()) if m else None


@dataclass
class HostState:
    """What a host log has told so far that later lines need (protocol in use, last request)."""

    source: str
    protocol: str = "secure"
    transport: str | None = None
    last_request: dict[str, Any] | None = None
    last_object_type: str | None = None
    recent: list[Event] = field(default_factory=list)
    line: int = 0

    def remember(self, ev: Event) -> None:
        self.recent.append(ev)
        if len(self.recent) > 8:
            del self.recent[0]

    def seen_recently(self, kind: str, window: int = 3, same: Callable[[Event], bool] | None = None,
                      since: str | None = None) -> bool:
        """Whether an event of ``kind`` (``same`` as the one at hand) was logged in the last ``window``
        lines -- and, given ``since``, after the last event of that kind (a response to a new request
        restates nothing, however close its lines)."""
        for ev in reversed(self.recent):
            if ev.line is not None and self.line - ev.line > window:
                break
            if ev.kind == kind and (same is None or same(ev)):
                return True
            if since is not None and ev.kind == since:
                break
        return False


class Emit:
    """Builds events for one line with its provenance and host time."""

    def __init__(self, state: HostState, raw: str, line: int, t: float | None, level: str | None,
                 module: str | None = None) -> None:
        self.state, self.raw, self.line, self.t, self.level, self.module = state, raw, line, t, level, module

    def __call__(self, kind: str, **fields: Any) -> Event:
        ev = Event(kind=kind, text=self.raw, source=self.state.source, line=self.line, t=self.t,
                   clock="host" if self.t is not None else "none", level=self.level, module=self.module,
                   fields=fields)
        self.state.remember(ev)
        return ev


# ---------------------------------------------------------------------------------------------------
# Message classification shared by the host formats
# ---------------------------------------------------------------------------------------------------

_UUID = r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
_ADDR = r"(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}"
_WRITE = re.compile(rf"(?:Data written to|Writing to characteristic|Wrote to)\s+(?P<uuid>{_UUID})"
                    r"(?:,\s*value\s*\(0x\)\s*:\s*(?P<value>[0-9A-Fa-f][0-9A-Fa-f -]*))?", re.IGNORECASE)
_IOS_WRITE = re.compile(rf"writeValue\((?P<value>0x[0-9A-Fa-f]+|<[0-9A-Fa-f ]+>|\d+ bytes),\s*for:\s*(?P<uuid>{_UUID})")
_NOTIFY = re.compile(rf"(?:Notification|Indication) received from\s+(?P<uuid>{_UUID})\s*,\s*value\s*\(0x\)\s*:\s*"
                     r"(?P<value>[0-9A-Fa-f][0-9A-Fa-f -]*)", re.IGNORECASE)
_ATTR_CHANGED = re.compile(r"Attribute value (?:changed|written)[^:]*?,\s*handle:\s*(?P<handle>0x[0-9A-Fa-f]+),\s*"
                           r"value\s*\(0x\)\s*:\s*(?P<value>[0-9A-Fa-f][0-9A-Fa-f -]*)", re.IGNORECASE)
_PC_BLE_CODE = re.compile(r"(?:Code|Errorcode|error code|err_code)\s*[:=]?\s*(?:[A-Za-z ]*\()?\s*(?P<code>0x80[0-9A-Fa-f]{2})\b",
                          re.IGNORECASE)
_GATT_133 = re.compile(r"\b(?:Error|status|GATT[ _]ERROR|error)\s*[:=(]?\s*(?:0x)?(?P<code>133|85)\b")
_CONN_FAILED = re.compile(r"Connection failed \(0x(?P<code>[0-9A-Fa-f]+)\)\s*:\s*(?P<name>.+)")
_CONN_STATE = re.compile(r"Connection state changed with status:\s*(?P<code>\d+)\s+and new state:\s*(?P<state>\w+)",
                         re.IGNORECASE)
_HCI_REASON = re.compile(r"reason\s*[:=]?\s*(?P<code>0x[0-9A-Fa-f]+|\d+)(?:\s*reasonName:\s*(?P<name>\w+))?",
                         re.IGNORECASE)
_CONNECTED = re.compile(rf"\b(?:Connected to(?: device)?|Connected to target)\s*(?P<addr>{_ADDR}|0x[0-9A-Fa-f]+)?",
                        re.IGNORECASE)
_DISCONNECTED = re.compile(r"\b(?:Disconnected|did disconnect|Device disconnected|GAP_EVT_DISCONNECTED|"
                           r"Disconnected by the remote device|Disconnected from device)\b", re.IGNORECASE)
_TIMEOUT = re.compile(r"\b(?:time(?:d)?[ -]?out|no response|not responding|No ping response)\b", re.IGNORECASE)
_DFU_START = re.compile(r"\b(?:DFU service started|Starting DFU|DFU started|Sending (?P<image>Application|SoftDevice"
                        r"\+Bootloader|SoftDevice|Bootloader) image|Upgrading target on\s+(?P<port>\S+))",
                        re.IGNORECASE)
_DFU_COMPLETE = re.compile(r"\b(?:Device programmed|DFU (?:process )?completed(?: successfully)?|"
                           r"Completed DFU|DFU Completed|Firmware update (?:completed|succeeded)|"
                           r"Application has been sent successfully|upgrade complete)\b", re.IGNORECASE)
_PROGRESS_PCT = re.compile(r"(?P<pct>\d{1,3})\s*%")
_UPLOAD_DONE = re.compile(r"\b(?:Upload completed in\s+(?P<ms>[\d.]+)\s*(?P<unit>ms|s|seconds)|Image sent in\s+"
                          r"(?P<s>[\d.]+)\s*s|DFU upgrade took\s+(?P<s2>[\d.]+)\s*s)", re.IGNORECASE)
_HOST_ERROR = re.compile(r"\b(?:DFU failed|failed to upgrade|Error:|Exception|ERROR\b|DFU error)", re.IGNORECASE)
_MTU = re.compile(r"\b(?P<what>MTU|Data length) (?:updated|changed|set|exchanged).*?"
                  r"(?:new value is|to|=|mtu[:=]?)\s*(?P<mtu>\d+)", re.IGNORECASE)


#: Words without which a message cannot be a response in any rendering parse_response knows.
_RESPONSE_HINTS = ("0x", "error", "code", "result", "status", "failed", "[", "value", "response", "details")


def response_event(emit: Emit, r: dict[str, Any]) -> list[Event]:
    """A ``dfu.response`` (side host); an op the text did not name comes from the last request."""
    st = emit.state
    f: dict[str, Any] = dict(r)
    f["side"] = "host"
    f["ext_error_inferred"] = False
    if f.get("op") is NOT_PRESENT:
        if st.last_request is not None:
            f["op"] = st.last_request["op"]
            f["op_inferred"] = True
    key = (f.get("op"), f.get("result"), f.get("ext_error", None))

    def same(ev: Event) -> bool:
        g = ev.fields
        return (g.get("op"), g.get("result"), g.get("ext_error", None)) == key or (
            g.get("result") == f.get("result") and f.get("op_inferred", False)
            and f.get("ext_error", NOT_PRESENT) is NOT_PRESENT)

    if st.seen_recently("dfu.response", window=3, same=same, since="dfu.request"):
        # the library restating a response it already logged (notification, then its summary):
        # still a response event (every rendering is), marked so counts can skip it
        f["restated"] = True
        return [emit("dfu.response", **f)]
    out = [emit("dfu.response", **f)]
    if r.get("result") == "SUCCESS" and f.get("op") in ("CREATE", "EXECUTE", "SELECT"):
        obj: dict[str, Any] = {"action": f["op"].lower()}
        req = st.last_request or {}
        otype = req.get("object_type") or st.last_object_type
        if otype:
            obj["object_type"] = otype
        for k in ("size", "offset", "crc", "max_size"):
            if k in f:
                obj[k] = f[k]
            elif k == "size" and f["op"] == "CREATE" and "size" in req:
                obj[k] = req["size"]
        out.append(emit("dfu.object", **obj))
    return out


def request_event(emit: Emit, r: dict[str, Any]) -> list[Event]:
    st = emit.state
    st.last_request = r
    if "object_type" in r:
        st.last_object_type = r["object_type"]
    return [emit("dfu.request", **r)]


def control_point_bytes(emit: Emit, value: str, *, protocol: str | None = None) -> list[Event] | None:
    """Bytes seen on the control point: a response if they start with the response op, else a request."""
    got = parse_bytes(value)
    if not got:
        return None
    data = got[0]
    proto = protocol or emit.state.protocol
    r = decode_response_bytes(data)
    if r is not None and (proto == r["protocol"] or data[0] == 0x60):
        return response_event(emit, r)
    req = parse_request(value, protocol=proto)
    if req is not None:
        return request_event(emit, req)
    return None


def classify_message(emit: Emit, msg: str, *, dialect: str | None = None) -> list[Event] | None:
    """Events for one host-log message, or None when nothing here understands it."""
    st = emit.state
    low = msg.lower()  # cheap substring gates keep long logs fast: a regex runs only where it can match
    # --- characteristic traffic ------------------------------------------------------------------
    m = _NOTIFY.search(msg) if "received from" in low else None
    if m:
        proto = hc.protocol_of_uuid(m.group("uuid")) or st.protocol
        if proto in ("secure", "legacy"):
            st.protocol = proto
        evs = control_point_bytes(emit, m.group("value").strip(), protocol=proto)
        return evs or [emit("log.line", message=msg, characteristic=m.group("uuid").lower())]
    m = (_IOS_WRITE.search(msg) or _WRITE.search(msg)) if ("writ" in low or "wrote" in low) else None
    if m:
        uuid = m.group("uuid").lower()
        proto = hc.protocol_of_uuid(uuid)
        value = m.group("value")
        if proto in ("secure", "legacy"):
            st.protocol = proto
        is_cp = uuid in (hc.UUID_SECURE_CONTROL_POINT, hc.UUID_LEGACY_CONTROL_POINT) or proto == "buttonless"
        if value and is_cp and "descr" not in msg[: m.start("uuid")].lower():
            req = parse_request(value.strip(), protocol=proto or st.protocol)
            if req is not None:
                return request_event(emit, req)
        return [emit("log.line", message=msg, characteristic=uuid)]
    m = _ATTR_CHANGED.search(msg) if "attribute value" in low else None
    if m:
        evs = control_point_bytes(emit, m.group("value").strip())
        if evs:
            for ev in evs:
                ev.fields.setdefault("handle", int(m.group("handle"), 16))
            return evs
        return [emit("log.line", message=msg, handle=int(m.group("handle"), 16))]
    # --- link failures ---------------------------------------------------------------------------
    m = _PC_BLE_CODE.search(msg) if "0x80" in low else None
    if m:
        code = int(m.group("code"), 16)
        out = [emit("transport.error", code=code, name=hc.pc_ble_driver_error(code), detail=msg)]
        if re.search(r"\bDFU failed\b", msg, re.IGNORECASE):
            out.append(emit("host.error", message=msg))
        return out
    m = _CONN_FAILED.search(msg) if "connection failed" in low else None
    if m:
        code = int(m.group("code"), 16)
        return [emit("transport.error", code=code, name=hc.android_gatt_status(code, connection=True), detail=msg)]
    m = _CONN_STATE.search(msg) if "state changed" in low else None
    if m:
        code = int(m.group("code"))
        if code:
            return [emit("transport.error", code=code, name=hc.android_gatt_status(code, connection=True),
                         detail=msg),
                    emit("transport.disconnect", reason=hc.android_gatt_status(code, connection=True))]
        if m.group("state").upper().startswith("DISCONNECTED"):
            return [emit("transport.disconnect", reason="SUCCESS")]
        return [emit("transport.connect")]
    # --- DFU responses in text ---------------------------------------------------------------------
    r = parse_response(msg, protocol=st.protocol if st.protocol == "legacy" else None, dialect=dialect) \
        if (len(msg) <= 40 or any(k in low for k in _RESPONSE_HINTS)) else None
    if r is not None:
        out = response_event(emit, r)
        if re.search(r"\bDFU failed\b|\bError\b", msg) and r.get("result") != "SUCCESS":
            out.append(emit("host.error", message=msg))
        return out
    m = _GATT_133.search(msg) if ("133" in msg or "85" in msg) else None
    if m and re.search(r"gatt|connect|error 133|status", msg, re.IGNORECASE):
        return [emit("transport.error", code=133, name="GATT_ERROR", detail=msg)]
    # --- session milestones ------------------------------------------------------------------------
    m = _DFU_COMPLETE.search(msg) if any(k in low for k in ("programmed", "complete", "succe")) else None
    if m:
        return [emit("dfu.complete", side="host")]
    m = _DFU_START.search(msg) if any(k in low for k in ("start", "sending", "upgrading")) else None
    if m:
        f: dict[str, Any] = {"side": "host"}
        if m.group("image"):
            f["image"] = m.group("image").lower()
        if m.group("port"):
            f["port"] = m.group("port")
            st.transport = st.transport or "serial"
        if st.transport:
            f["transport"] = st.transport
        return [emit("dfu.start", **f)]
    m = _UPLOAD_DONE.search(msg) if any(k in low for k in ("upload completed", "image sent", "took")) else None
    if m:
        f = {"percent": 100}
        secs = m.group("s") or m.group("s2")
        if m.group("ms"):
            secs = str(float(m.group("ms")) / (1000.0 if m.group("unit") == "ms" else 1.0))
        if secs:
            f["seconds"] = round(float(secs), 3)
        return [emit("dfu.progress", **f)]
    if "%" in msg and ("progress" in low or "upload" in low):
        p = _PROGRESS_PCT.search(msg)
        if p and int(p.group("pct")) <= 100:
            return [emit("dfu.progress", percent=int(p.group("pct")))]
    if "disconnect" in low and _DISCONNECTED.search(msg):
        f = {}
        mm = _HCI_REASON.search(msg)
        if mm:
            code = int(mm.group(1), 0)
            f["reason"] = hc.hci_status(code)
            f["reason_code"] = code
        if st.seen_recently("transport.disconnect", window=3) and not f:
            return [emit("log.line", message=msg, restates="transport.disconnect")]
        return [emit("transport.disconnect", **f)]
    m = _CONNECTED.search(msg) if "connected" in low else None
    if m and not re.search(r"\bnot\b|\bfail", msg, re.IGNORECASE):
        f = {}
        if m.group("addr"):
            f["address"] = m.group("addr")
        if st.seen_recently("transport.connect", window=3) and not f:
            return [emit("log.line", message=msg, restates="transport.connect")]
        return [emit("transport.connect", **f)]
    if ("time" in low or "respon" in low) and _TIMEOUT.search(msg) and re.search(r"error|fail|timeout|no response", msg, re.IGNORECASE):
        return [emit("transport.error", name="TIMEOUT", detail=msg)]
    if any(k in low for k in ("error", "fail", "exception")) and _HOST_ERROR.search(msg):
        return [emit("host.error", message=msg)]
    m = _MTU.search(msg) if ("mtu" in low or "data length" in low) else None
    if m:
        key = "mtu" if m.group("what").upper() == "MTU" else "data_length"
        return [emit("log.line", message=msg, **{key: int(m.group("mtu"))})]
    return None


# ---------------------------------------------------------------------------------------------------
# The line loop
# ---------------------------------------------------------------------------------------------------

LineHandler = Callable[[HostState, int, str, str], "list[Event] | None"]


def run_lines(source: Source, handle: LineHandler, state: HostState | None = None) -> Iterator[Event | ParseWarning]:
    """Feed each cleaned line to ``handle``; count what nobody understood; warn about damage.

    ``handle(state, line_no, raw, clean)`` returns events, ``[]`` for a line consumed silently (a
    timestamp waiting for its message), or None for a line it does not understand.
    """
    state = state or HostState(source.display)
    unparsed: list[int] = []
    n_unparsed = 0
    damaged: list[int] = []
    for lineno, raw, cut in source.iter_lines():
        state.line = lineno
        if cut:
            yield ParseWarning(Location(source.display, lineno),
                               "line longer than the line limit; the rest of it was not read")
        if "\ufffd" in raw or "\x00" in raw:
            damaged.append(lineno)
        clean, _ = clean_line(raw)
        clean = clean.replace("\ufffd", "").strip()
        if not clean:
            continue
        evs = handle(state, lineno, raw, clean)
        if evs is None:
            n_unparsed += 1
            if len(unparsed) < UNPARSED_LISTED:
                unparsed.append(lineno)
            yield Event("unparsed", raw, source.display, line=lineno)
            continue
        yield from evs
    if damaged:
        yield ParseWarning(Location(source.display, damaged[0]),
                           f"{len(damaged)} line(s) hold bytes that are not UTF-8 text or NULs (first at "
                           f"lines {', '.join(map(str, damaged[:UNPARSED_LISTED]))}); they were read without them")
    if n_unparsed:
        yield ParseWarning(Location(source.display, unparsed[0]),
                           f"{n_unparsed} line(s) not understood (first at lines "
                           f"{', '.join(map(str, unparsed))}); kept as 'unparsed' events")
