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
from ..nrf5.dfu_codes import op_answering
from ..sources import Source
from .dfu_response import (
    decode_response_bytes,
    flutter_dialect,
    has_direction,
    parse_bytes,
    parse_request,
    parse_response,
)
from .textutil import clean_line

#: How many unparsed line numbers the summary warning lists.
UNPARSED_LISTED = 10


#: A Dart stack frame (``#0      MethodChannel._invokeMethod (package:flutter/...)``, ``<asynchronous
#: suspension>``): the Flutter wrappers' error report around a phone library's failure.
DART_FRAME = re.compile(r"^(?:#\d+\s+\S.*\((?:package|dart):[^)]*\)|<asynchronous suspension>)$")


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
_IOS_WRITE = re.compile(rf"writeValue\((?P<value>0x[0-9A-Fa-f]+|<[0-9A-Fa-f ]+>|\d+ bytes),\s*for(?:Characteristic)?:\s*"
                        rf"(?P<uuid>{_UUID})")
#: (the UUID may be elided in a paste: ``Notification received from […], value (0x): 60-04-05``)
_NOTIFY = re.compile(rf"(?:Notification|Indication) received from\s+(?P<uuid>{_UUID}|\[?\s*(?:…|\.\.\.)\s*\]?)\s*,"
                     r"\s*value\s*\(0x\)\s*:\s*(?P<value>[0-9A-Fa-f][0-9A-Fa-f -]*)", re.IGNORECASE)
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
#: (not a connection parameter: "timeout=200", "timeout: 2000ms", "supervision timeout 4000 ms")
_TIMEOUT = re.compile(r"\b(?:time(?:d)?[ -]?out(?!\s*[:=]?\s*\d)|no response|not responding|No ping response)\b",
                      re.IGNORECASE)
_DFU_START = re.compile(r"\b(?:DFU service started|Starting DFU|DFU started|Sending (?P<image>Application|SoftDevice"
                        r"\+Bootloader|SoftDevice|Bootloader) image|Upgrading target on\s+(?P<port>\S+))",
                        re.IGNORECASE)
_DFU_COMPLETE = re.compile(r"\b(?:Device programmed|DFU (?:process )?completed(?: successfully)?|"
                           r"Completed DFU|DFU Completed|Firmware update (?:completed|succeeded)|"
                           r"Application has been sent successfully|upgrade complete)\b", re.IGNORECASE)
_PROGRESS_PCT = re.compile(r"(?P<pct>\d{1,3})\s*%")
_UPLOAD_DONE = re.compile(r"\b(?:Upload completed in\s+(?P<ms>[\d.]+)\s*(?P<unit>ms|s|seconds)|Image sent in\s+"
                          r"(?P<s>[\d.]+)\s*s|DFU upgrade took\s+(?P<s2>[\d.]+)\s*s)", re.IGNORECASE)
_HOST_ERROR = re.compile(r"\b(?:DFU failed|failed to upgrade|Error:|Exception|ERROR\b|DFU error|failed\s*:)", re.IGNORECASE)
#: A Java/Kotlin exception as logcat prints it: ``java.io.IOException: The ZIP file must contain ...``.
_JAVA_EXCEPTION = re.compile(r"\b(?P<path>(?:[a-z]\w*\.)+(?P<cls>[A-Z]\w*(?:Exception|Error)))\b(?::\s*(?P<text>.*))?")
#: The DFU state a wrapper reports (react-native-nordic-dfu ``DFUStateChanged``: ``DFU State: DFU_FAILED``;
#: the states are the library's progress-listener callbacks).
_WRAPPER_STATE = re.compile(r"\bDFU State:\s*(?P<state>[A-Z_]+)\b")
_MTU = re.compile(r"\b(?P<what>MTU|Data length) (?:updated|changed|set|exchanged).*?"
                  r"(?:new value is|to|=|mtu[:=]?)\s*(?P<mtu>\d+)", re.IGNORECASE)


#: Words without which a message cannot be a response in any rendering parse_response knows (direction
#: markers and ``tx``/``rx`` for byte traces, ``nrf_dfu_`` for the SDK's enum names, the summaries'
#: ``checksum``/``max size``, Flutter's ``platformexception``, the start of a response naming itself).
_RESPONSE_HINTS = ("0x", "error", "code", "result", "status", "failed", "[", "value", "response", "details",
                   "-->", "<--", ">>", "<<", "tx", "rx", "nrf_dfu_", "checksum", "max size", "platformexception",
                   "60 0", "60-0", "60:0", "[96,", "[ 96,")
_HINTS_RX = re.compile("|".join(re.escape(k) for k in _RESPONSE_HINTS))
_DFU_FAILED = re.compile(r"\bDFU failed\b", re.IGNORECASE)
#: A response line that is also a failure report (a host.error besides the response).
_ERROR_WORD = re.compile(r"\bDFU failed\b|\bError\b|\bfailed\b")
_GATT_CONTEXT = re.compile(r"gatt|connect|error 133|status", re.IGNORECASE)
_NEGATED = re.compile(r"\bnot\b|\bfail", re.IGNORECASE)
_FAILURE_WORD = re.compile(r"error|fail|timeout|no response", re.IGNORECASE)
#: Android ``Error (0x%02X): %s`` (library and GATT errors during DFU), nRF Connect ``Error 133 (0x85): GATT
#: ERROR``.
_ANDROID_ERROR_HEX = re.compile(r"\bError (?:(?P<dec>\d+) )?\(0x(?P<code>[0-9A-Fa-f]{1,4})\)\s*:\s*(?P<text>.+)")
#: Android DFU Library logcat on a failed connection: ``Connection state change error: 133 newState: 0``,
#: ``An error occurred while connecting to the device: 8`` (connection-state statuses), ``... during
#: discovering services:133`` (GATT statuses); the framework's ``onClientConnectionState() - status=133``.
_ANDROID_CONN_ERROR = re.compile(r"(?:Connection state change error:|error occurred while connecting to the device:|"
                                 r"onClientConnectionState\(\) - status=)\s*(?P<code>\d+)(?:\s+newState:\s*(?P<state>\d+))?")
_ANDROID_DISCOVERY_ERROR = re.compile(r"error occurred during discovering services:\s*(?P<code>\d+)")
#: Numbers apps print from ``onError(address, error, errorType, message)``: ``onError 8203``, ``UNKNOWN
#: (8203)`` (the library's fallback text), a React Native rejection ``{"framesToPop":1,"code":"4097"}``.
_APP_ERROR_NUMBER = re.compile(r"(?:\bonError\b\D{0,24}?|\bUNKNOWN \(|\"code\"\s*:\s*\"?)(?P<num>\d{1,5})\b"
                               r"(?:[^0-9]{0,40}?errorType\D{0,3}(?P<etype>[0-3])\b)?")
#: iOS ``Error: 65760 bytes were sent while 224 bytes were reported as received`` (DFUError 308).
_IOS_BYTES_LOST = re.compile(r"(?P<sent>\d+) bytes were sent while (?P<recv>\d+) bytes were reported as received")
#: The libraries finding the object they sent corrupted: Android ``CRC does not match! Expected 1A2B3C4D but
#: found 0A0B0C0D.``, iOS ``CRC does not match! Retrying...``.
_CRC_MISMATCH = re.compile(r"Expected\s+(?:0x)?(?P<exp>[0-9A-Fa-f]{1,8})\s+but found\s+(?:0x)?(?P<got>[0-9A-Fa-f]{1,8})")
#: Android ``{n} bytes were lost`` (the device's PRN offset behind what was sent).
_BYTES_LOST = re.compile(r"(?P<n>\d+) bytes were lost")
#: A library's leading ``Error {n}:`` / ``Error:`` before its own message.
_ERROR_PREFIX = re.compile(r"^(?:.*?\b)?Error(?:\s+(?P<num>\d+))?\s*:\s*(?P<text>.+)$")
#: The libraries saying the bytes they got were not the answer they waited for.
_UNEXPECTED_RESPONSE = re.compile(r"\b(?P<what>Invalid|Unknown|Unsupported) response received\b"
                                  r"(?:[^0-9]*?0x(?P<bytes>[0-9A-Fa-f]{4,}))?", re.IGNORECASE)


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
    unnamed = f.get("op") is NOT_PRESENT or f.get("op_inferred", False)
    restates: list[Event] = []

    def same(ev: Event) -> bool:
        g = ev.fields
        hit = (g.get("op"), g.get("result"), g.get("ext_error", None)) == key or (
            g.get("result") == f.get("result") and unnamed
            and f.get("ext_error", NOT_PRESENT) in (NOT_PRESENT, g.get("ext_error", NOT_PRESENT)))
        if hit:
            restates.append(ev)
        return hit

    if st.seen_recently("dfu.response", window=3, same=same, since="dfu.request"):
        # the library restating a response it already logged (notification, then its summary, then the
        # error text): still a response event (every rendering is), marked so counts can skip it; a text
        # that did not name the request takes it from the response it restates
        f["restated"] = True
        g = restates[0].fields
        if f.get("op") is NOT_PRESENT and g.get("op") not in (None, NOT_PRESENT):
            f["op"], f["op_inferred"], f["op_source"] = g["op"], True, "restated"
            if "ext_error" in g and f.get("ext_error") is NOT_PRESENT:
                f["ext_error"] = g["ext_error"]
        return [emit("dfu.response", **f)]
    if f.get("op") is NOT_PRESENT:
        # no request logged: the protocol may leave one request that can have had this answer
        only = op_answering(f.get("result", ""), f.get("ext_error"))
        if only is not None:
            f["op"], f["op_inferred"], f["op_source"] = only[0], True, "result"
            if only[1] is not None:
                f.setdefault("object_type", only[1])
    if f.get("protocol") == "legacy" and st.protocol != "legacy":
        st.protocol = "legacy"  # a legacy response read before any legacy UUID: later texts are legacy too
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


def _unexpected_response(emit: Emit, msg: str, m: re.Match[str], dialect: str | None) -> Event:
    """A library saying the response was not the one it waited for (Android ``Invalid response received
    (response: 0x600401, expected: 0x6003..)`` -> ERROR_INVALID_RESPONSE 4104; iOS ``Unsupported response
    received: 0x..`` -> DFUError 307): a host error, never the response it quotes (that answered another
    request, or could not be parsed)."""
    f: dict[str, Any] = {"message": msg}
    if dialect == "android" or (dialect is None and m.group("what").lower() == "invalid" and "expected:" in msg):
        f.update(code=0x1008, name="INVALID_RESPONSE")
    elif dialect == "ios" or m.group("what").lower() == "unsupported":
        f.update(code=307, name="unsupportedResponse")
    if m.group("bytes"):
        f["response_bytes"] = m.group("bytes").upper()
    return emit("host.error", **f)


def _library_error(emit: Emit, msg: str, dialect: str | None) -> list[Event] | None:
    """A phone library's own error number or message decoded (not a bootloader status: those went through
    ``parse_response``): Android ``Error (0x1008): DFU INVALID RESPONSE`` -> host.error 4104
    INVALID_RESPONSE, ``Error (0x101): GATT FAILURE`` -> transport.error 257; app-printed ``onError`` numbers
    and React Native ``"code":"4097"``; iOS ``Error 103: The init packet is required ...`` -> 103
    extendedInitPacketRequired, ``Error 202: Unknown error. (code: 0)`` -> 202 deviceDisconnected."""
    m = _ANDROID_ERROR_HEX.search(msg)
    if m and dialect != "ios":
        code, text = int(m.group("code"), 16), m.group("text").strip()
        if code & 0xF000 == hc.ANDROID_ERROR_MASK:
            decoded = hc.decode_android_error(code)
            name = decoded.get("name") if decoded else None
            return [emit("host.error", message=msg, code=code, name=name or text.replace(" ", "_"))]
        key = text.replace(" ", "_").upper()
        conn = hc.ANDROID_CONNECTION_STATUS.get(code)
        gatt = hc.ANDROID_GATT_STATUS.get(code)
        name = key if key in (conn, gatt) else hc.android_gatt_status(code, connection=True)
        return [emit("transport.error", code=code, name=name, detail=msg)]
    m = _APP_ERROR_NUMBER.search(msg) if ("onerror" in msg.lower() or "UNKNOWN (" in msg or '"code"' in msg) else None
    if m and dialect != "ios":
        return _android_app_number(emit, msg, int(m.group("num")), m.group("etype"))
    m = _ERROR_PREFIX.match(msg)
    if m and dialect != "android":
        text = m.group("text")
        if m.group("num") is not None:
            decoded = hc.decode_ios_error(int(m.group("num")))
            if decoded and decoded.get("domain") == "library":
                return [emit("host.error", message=msg, code=decoded["code"], name=decoded["name"])]
        local = hc.ios_local_error(text)
        if local is not None:
            return [emit("host.error", message=msg, code=local[0], name=local[1])]
    m = _FLUTTER_CODE.search(msg) if "PlatformException" in msg else None
    if m:
        if (dialect or flutter_dialect(msg)) == "android":
            return _android_app_number(emit, msg, int(m.group("code")), None)
        decoded = hc.decode_ios_error(int(m.group("code")))
        if decoded and decoded.get("domain") == "library":
            return [emit("host.error", message=msg, code=decoded["code"], name=decoded["name"])]
    return None


_FLUTTER_CODE = re.compile(r"\bPlatformException\(\s*(?P<code>\d+)\s*,")


def _android_app_number(emit: Emit, msg: str, num: int, etype: str | None) -> list[Event] | None:
    """An Android ``onError`` number as an app printed it.  The library removes the transport masks
    before apps see it: a bare status below 0x100 is a connection-state (errorType 1) or GATT (2) status,
    named only when the errorType is printed or both tables agree (133 is GATT_ERROR in both)."""
    if num >= 0x100:
        decoded = hc.decode_android_error(num)
        if decoded is None:
            return None
        if decoded["domain"] == "remote":
            r: dict[str, Any] = {"op": NOT_PRESENT, "result": decoded["result"], "protocol": decoded["protocol"]}
            if decoded["result"] == "EXT_ERROR":
                r["ext_error"] = decoded.get("ext_error") or NOT_PRESENT
            return response_event(emit, r) + [emit("host.error", message=msg, code=num)]
        if decoded["domain"] == "library":
            return [emit("host.error", message=msg, code=decoded["code"], name=decoded["name"])]
        return [emit("transport.error", code=decoded["code"], name=decoded["name"], detail=msg)]
    conn, gatt = hc.ANDROID_CONNECTION_STATUS.get(num), hc.ANDROID_GATT_STATUS.get(num)
    if etype == "1" or (etype is None and conn is not None and (gatt is None or gatt == conn)):
        name: str | None = hc.android_gatt_status(num, connection=True)
    elif etype == "2":
        name = hc.android_gatt_status(num)
    else:
        name = None
    f: dict[str, Any] = {"code": num, "detail": msg}
    if name is not None:
        f["name"] = name
    return [emit("transport.error", **f)]


#: An app's prefix before the library's error text: ``Error: ``, ``DFU FAILED: ``, ``onError: ``.
_TEXT_PREFIX = re.compile(r"^(?:.*?\b(?:Error|FAILED|onError|message)\s*[:=]\s*)?(?P<text>[A-Z][A-Z0-9 ]+?)\s*\.?$")


def _android_error_text(emit: Emit, msg: str) -> list[Event] | None:
    """An Android library error as ``onError`` words it (``DFU INVALID RESPONSE``, ``GATT CONN TIMEOUT``),
    the whole message or after an app's ``Error:`` prefix: typed with its number."""
    m = _TEXT_PREFIX.match(msg.strip())
    got = hc.android_error_text(m.group("text")) if m else None
    if got is None:
        return None
    domain, code, name = got
    if domain == "library":
        return [emit("host.error", message=msg, code=code, name=name)]
    return [emit("transport.error", code=code, name=name, detail=msg)]


def _crc_mismatch(emit: Emit, msg: str) -> Event:
    """A library's CRC check of a sent object failing (``retrying`` true while it will resend)."""
    f: dict[str, Any] = {"message": msg, "name": "CRC_MISMATCH", "retrying": "retrying" in msg.lower()}
    m = _CRC_MISMATCH.search(msg)
    if m:
        f["crc_expected"], f["crc_found"] = int(m.group("exp"), 16), int(m.group("got"), 16)
    return emit("host.error", **f)


def _wrapper_state(emit: Emit, msg: str, state: str) -> Event:
    """A wrapper's report of the library's state (``DFU_PROCESS_STARTING``, ``DFU_COMPLETED``, ``DFU_FAILED``,
    ``DFU_ABORTED``; the others are steps, kept as a log line with the state)."""
    if state.endswith(("STARTING", "STARTED")) and "PROCESS" in state:
        f: dict[str, Any] = {"side": "host", "state": state}
        if emit.state.transport:
            f["transport"] = emit.state.transport
        return emit("dfu.start", **f)
    if state.endswith("COMPLETED"):
        return emit("dfu.complete", side="host", state=state)
    if state.endswith(("FAILED", "ABORTED")):
        return emit("host.error", message=msg, state=state)
    return emit("log.line", message=msg, state=state)


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
        value = m.group("value").strip()
        elided = m.group("uuid")[:1] in "[.…"
        # an elided UUID leaves the response code to say the protocol (0x10 legacy, 0x20 buttonless)
        proto = (hc.protocol_of_uuid(m.group("uuid")) if not elided else
                 {"10": "legacy", "20": "buttonless"}.get(value[:2])) or st.protocol
        if proto in ("secure", "legacy"):
            st.protocol = proto
        evs = control_point_bytes(emit, value, protocol=proto)
        if evs:
            return evs
        if elided:
            return [emit("log.line", message=msg)]
        return [emit("log.line", message=msg, characteristic=m.group("uuid").lower())]
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
        if _DFU_FAILED.search(msg):
            out.append(emit("host.error", message=msg))
        return out
    m = _CONN_FAILED.search(msg) if "connection failed" in low else None
    if m:
        code = int(m.group("code"), 16)
        return [emit("transport.error", code=code, name=hc.android_gatt_status(code, connection=True), detail=msg)]
    m = _ANDROID_CONN_ERROR.search(msg) if ("state change error" in low or "error occurred while connecting" in low
                                            or "onclientconnectionstate" in low) else None
    if m:
        code = int(m.group("code")) & ~hc.ANDROID_ERROR_CONNECTION_STATE_MASK
        if code == 0:
            return [emit("log.line", message=msg)]
        name = hc.android_gatt_status(code, connection=True)
        return [emit("transport.error", code=code, name=name, detail=msg),
                emit("transport.disconnect", reason=name, reason_code=code)]
    m = _ANDROID_DISCOVERY_ERROR.search(msg) if "discovering services" in low else None
    if m:
        code = int(m.group("code")) & ~hc.ANDROID_ERROR_CONNECTION_MASK
        return [emit("transport.error", code=code, name=hc.android_gatt_status(code), detail=msg)]
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
    hinted = len(msg) <= 40 or _HINTS_RX.search(low) is not None
    if hinted and "response received" in low:
        m = _UNEXPECTED_RESPONSE.search(msg)
        if m:
            return [_unexpected_response(emit, msg, m, dialect)]
    r = parse_response(msg, protocol=st.protocol if st.protocol in ("legacy", "buttonless") else None,
                       dialect=dialect) if hinted else None
    if r is not None:
        out = response_event(emit, r)
        if _ERROR_WORD.search(msg) and not str(r.get("result")).endswith("SUCCESS"):
            out.append(emit("host.error", message=msg))
        return out
    if hinted and has_direction(msg):
        req = parse_request(msg, protocol=st.protocol if st.protocol in ("legacy", "buttonless") else "secure")
        if req is not None:
            return request_event(emit, req)
    if hinted and ("error" in low or "code" in low or "unknown" in low):
        evs = _library_error(emit, msg, dialect)
        if evs is not None:
            return evs
    if dialect != "ios" and msg.rstrip(" .")[-4:].isupper() and (
            "GATT " in msg or "DFU " in msg or "BLUETOOTH " in msg or "INIT PACKET" in msg):
        evs = _android_error_text(emit, msg)
        if evs is not None:
            return evs
    if dialect == "ios" and ("file" in low or "manifest" in low):
        for prefix, name in hc.IOS_FIRMWARE_TEXTS.items():
            if prefix in msg:
                return [emit("host.error", message=msg, name=name)]
    if "crc does not match" in low:
        return [_crc_mismatch(emit, msg)]
    if "bytes were lost" in low:
        m = _BYTES_LOST.search(msg)
        if m:
            return [emit("host.error", message=msg, name="BYTES_LOST", bytes_lost=int(m.group("n")))]
    if "bytes were sent while" in low:
        m = _IOS_BYTES_LOST.search(msg)
        if m:
            return [emit("host.error", message=msg, code=308, name="bytesLost", bytes_sent=int(m.group("sent")),
                         bytes_received=int(m.group("recv")))]
    m = _GATT_133.search(msg) if ("133" in msg or "85" in msg) else None
    if m and _GATT_CONTEXT.search(msg):
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
    if m and not _NEGATED.search(msg):
        f = {}
        if m.group("addr"):
            f["address"] = m.group("addr")
        if st.seen_recently("transport.connect", window=3) and not f:
            return [emit("log.line", message=msg, restates="transport.connect")]
        return [emit("transport.connect", **f)]
    if ("time" in low or "respon" in low) and _TIMEOUT.search(msg) and _FAILURE_WORD.search(msg):
        return [emit("transport.error", name="TIMEOUT", detail=msg)]
    if "exception" in low:
        m = _JAVA_EXCEPTION.search(msg)
        if m:
            return [emit("host.error", message=msg, exception=m.group("cls"), exception_path=m.group("path"))]
    if any(k in low for k in ("error", "fail", "exception")) and _HOST_ERROR.search(msg):
        return [emit("host.error", message=msg)]
    m = _WRAPPER_STATE.search(msg) if "dfu state" in low else None
    if m:
        return [_wrapper_state(emit, msg, m.group("state"))]
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
