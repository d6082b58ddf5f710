"""nRF Connect for Desktop logs (Bluetooth Low Energy app, Programmer/DFU), with pc-ble-driver traces.

Two shapes are posted: the log panel copied as text, where each entry's time sits on its own line
before the message (``19:00:36.143`` / ``Attribute value changed, handle: 0x0F, value (0x): 60-01-01``),
and the log file, one entry per line (``2019-08-16T16:11:40.300Z DEBUG GAP_EVT_DISCONNECTED ...``).
The desktop app shows both its writes to the DFU control point and the target's notifications as
"Attribute value changed"; the first byte (0x60 = response) tells them apart.  pc-ble-driver errors
(``Code: 0x802a``, ``Unknown value (0x8005)``) are link failures between the PC and its connectivity
adapter, decoded with nrf5/host_codes.py.  Shapes: cases nrfconnect-desktop-jlink-ob-0x802a-packet-write-fail
and sdk15-execute-invalid-object-uecc-build-flags.

The Programmer app (same log shapes) relays nrfutil device failures (``One or more program tasks failed ...
Error code: 603 (Timeout)``, ``async task failure for id: N msg: [sdfu] ...``); those lines are read with
``nrfutil_device.human_line_events``, so they give the events nrfutil's own output gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import WrongFormat
from ..model import Event, ParseWarning
from ..nrf5 import host_codes as hc
from ..sources import Source
from .host_log_common import Emit, HostState, classify_message, clock_of, head_lines, run_lines
from .nrfutil_device import human_line_events
from .textutil import looks_like_text

KIND = "nrfconnect-desktop-log"

_TIME_ONLY = re.compile(r"^(?P<ts>\d{2}:\d{2}:\d{2}\.\d{3})$")
_TIME_PREFIX = re.compile(r"^(?P<ts>\d{2}:\d{2}:\d{2}\.\d{3})\s+(?P<msg>\S.*)$")
_ISO = re.compile(r"^(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?)\s+"
                  r"(?:(?P<level>TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL)\s+)?(?P<msg>.*)$")
_SIGNS = re.compile(r"Attribute value (?:changed|written)[^:]*, handle:|Received status with code|GAP_EVT_|"
                    r"VENDOR_SPECIFIC reliable:|type: ACK reliable|Destroying DFU transport|DFU Target|"
                    r"Control Point Characteristic|pc-ble-driver|ATT MTU updated for device|"
                    r"Connected to device [0-9A-F:]{17}: interval|Error sending packet to target|"
                    r"One or more program tasks failed|async task failure for id:|"
                    r"to communicate with target(?: via USB SDFU protocol)?$")
#: A pc-ble-driver H5 packet trace: "763 -> [00 76 00 00 13 ] type: VENDOR_SPECIFIC ... err_code:0x0".
_H5 = re.compile(r"^\d+(?:/\s*\d+)?\s*(?P<dir>->|<-)\s*\[(?P<bytes>[^\]]*)\]\s*type:\s*(?P<type>\w+).*?"
                 r"err_code:\s*(?P<err>0x[0-9A-Fa-f]+)")
_CONNECTED = re.compile(r"Connected to device (?P<addr>(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2})\s*:\s*interval:\s*"
                        r"(?P<interval>[\d.]+)\s*ms(?:,\s*timeout:\s*(?P<timeout>\d+)\s*ms)?(?:,\s*latency:\s*(?P<lat>\d+))?")
_PLAIN = re.compile(r"^(?:Connecting to device|Destroying DFU transport|Scan (?:started|stopped)|"
                    r"Opening adapter|Adapter opened|Closing adapter|Reset performed|Starting scan|"
                    r"Transferring (?:init packet|firmware)|Performing DFU|Enabling notifications|"
                    r"Disabling notifications|Attribute value changed|Descriptor value changed)", re.IGNORECASE)


#: pc-ble-driver-js ``api/dfu/dfuConstants.js`` ``ErrorCode`` (its DFU transport's own errors).
_PC_BLE_JS_ERRORS = {0x01: "ABORTED", 0x02: "NOTIFICATION_TIMEOUT", 0x03: "UNEXPECTED_NOTIFICATION",
                     0x04: "INVALID_CRC", 0x05: "INVALID_OFFSET", 0x06: "WRITE_ERROR", 0x07: "COMMAND_ERROR",
                     0x08: "NO_DFU_CHARACTERISTIC", 0x09: "NO_DFU_SERVICE", 0x10: "NOTIFICATION_START_ERROR",
                     0x11: "NOTIFICATION_STOP_ERROR", 0x12: "INIT_PACKET_TOO_LARGE", 0x13: "DISCONNECTION_TIMEOUT",
                     0x14: "CONNECTION_PARAM_ERROR", 0x15: "ATT_MTU_ERROR"}
#: The codes that are the link's failure, and the stage they happen at (docs/facts/host_logs.md): the
#: connection parameters and ATT MTU are set up before any DFU request.
_PC_BLE_JS_LINK = {"NOTIFICATION_TIMEOUT": "unknown", "WRITE_ERROR": "unknown", "DISCONNECTION_TIMEOUT": "unknown",
                   "CONNECTION_PARAM_ERROR": "open", "ATT_MTU_ERROR": "open", "NOTIFICATION_START_ERROR": "open"}
_NODE_OPEN = re.compile(r"^\{\s*(?:\w*Error):\s*(?P<msg>.+?)\s*(?:\}\s*)?$")
_NODE_CODE = re.compile(r"\bcode:\s*(?P<code>\d+)\s*\}\s*$")
_PC_BLE_JS_FRAME = re.compile(r"pc-ble-driver-js[/\\]api[/\\]|dfuConstants\.js")


class DesktopDfuLogParser:
    kind = KIND

    def sniff(self, source: Source) -> float:
        if not looks_like_text(source.head):
            return 0.0
        lines = head_lines(source, 80)
        if not lines:
            return 0.0
        # signatures count only on log-shaped lines: after a bare time line, or behind a time prefix
        signs = 0
        after_time = False
        for x in lines:
            shaped = after_time or bool(_ISO.match(x) and _ISO.match(x).group("level")) or bool(_TIME_PREFIX.match(x))
            if shaped and _SIGNS.search(x):
                signs += 1
            after_time = bool(_TIME_ONLY.match(x))
        if signs >= 2 or (signs == 1 and len(lines) < 6):
            return 0.85
        if _NODE_OPEN.match(lines[0]) and any(_PC_BLE_JS_FRAME.search(x) for x in lines[:40]):
            return 0.7   # a pc-ble-driver-js DFU error printed by the Node program that ran it
        alternating = sum(1 for x in lines if _TIME_ONLY.match(x))
        if alternating >= 3 and alternating * 2 >= len(lines) - 2:
            return 0.6
        if signs:
            return 0.5
        return 0.0

    def parse(self, source: Source) -> Iterator[Event | ParseWarning]:
        if not looks_like_text(source.head):
            raise WrongFormat("the file is binary, not an nRF Connect for Desktop log")
        pending: list[float | None] = [None]

        def handle(st: HostState, lineno: int, raw: str, clean: str) -> list[Event] | None:
            m = _TIME_ONLY.match(clean)
            if m:
                pending[0] = clock_of(m.group("ts"))
                return []  # its message is on the next line
            t, level, msg = pending[0], None, clean
            pending[0] = None
            m = _ISO.match(clean)
            if m:
                t, level, msg = clock_of(m.group("ts")), (m.group("level") or "").lower() or None, m.group("msg")
            else:
                m = _TIME_PREFIX.match(clean)
                if m:
                    t, msg = clock_of(m.group("ts")), m.group("msg")
            emit = Emit(st, raw, lineno, t, level)
            node = _node_error(emit, msg.strip())
            if node is not None:
                return node
            return _message(emit, msg.strip())

        yield from run_lines(source, handle, HostState(source.display, protocol="secure", transport="ble"))


def _node_error(emit: Emit, msg: str) -> list[Event] | None:
    """A Node ``util.inspect`` of a pc-ble-driver-js DFU error: ``{ Error: <message>``, its ``at …`` frames,
    ``… code: 21 }``.  The message is the host error; the ``code`` (``ErrorCode`` of
    pc-ble-driver-js ``api/dfu/dfuConstants.js``) says whether the link failed, and where."""
    m = _NODE_OPEN.match(msg)
    if m:
        out = [emit("host.error", message=m.group("msg"), tool="pc-ble-driver-js", stage="unknown")]
        code = _NODE_CODE.search(msg)
        if code:
            out.extend(_pc_ble_js_code(emit, int(code.group("code")), m.group("msg")))
        return out
    if not msg.startswith("at "):
        return None
    out = []
    code = _NODE_CODE.search(msg)
    if code:
        opened = next((e for e in reversed(emit.state.recent) if e.kind == "host.error"
                       and e.fields.get("tool") == "pc-ble-driver-js"), None)
        detail = opened.fields["message"] if opened is not None else msg
        out = _pc_ble_js_code(emit, int(code.group("code")), detail)
    return out   # a frame of the stack: consumed (the code, when it is the link's, is its own event)


def _pc_ble_js_code(emit: Emit, code: int, detail: str) -> list[Event]:
    name = _PC_BLE_JS_ERRORS.get(code, "UNKNOWN")
    link = _PC_BLE_JS_LINK.get(name)
    if link is None:
        return []
    return [emit("transport.error", code=code, name=name, detail=detail, stage=link, tool="pc-ble-driver-js")]


def _message(emit: Emit, msg: str) -> list[Event] | None:
    if not msg:
        return []
    m = _H5.match(msg)
    if m:
        err = int(m.group("err"), 16)
        out = [emit("log.line", message=msg, template="h5_packet", direction="out" if m.group("dir") == "->" else "in",
                    packet_type=m.group("type"), err_code=err)]
        if err:
            out.append(emit("transport.error", code=err, name=hc.pc_ble_driver_error(err) if err >= 0x8000
                            else f"NRF_ERROR_0x{err:X}", detail=msg))
        return out
    m = _CONNECTED.search(msg)
    if m:
        f = {"address": m.group("addr"), "interval_ms": float(m.group("interval"))}
        if m.group("timeout"):
            f["supervision_timeout_ms"] = int(m.group("timeout"))
        if m.group("lat"):
            f["latency"] = int(m.group("lat"))
        return [emit("transport.connect", **f)]
    if "tasks failed" in msg or "Error code:" in msg or "async task failure" in msg:
        # the Programmer app relays nrfutil device / nrf-device-lib failures in their words
        evs = human_line_events(emit, msg)
        if evs is not None:
            return evs
    evs = classify_message(emit, msg)
    if evs is not None:
        return evs
    if _PLAIN.match(msg):
        return [emit("log.line", message=msg)]
    return None


PARSERS = [DesktopDfuLogParser()]
