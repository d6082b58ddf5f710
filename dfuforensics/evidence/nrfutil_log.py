"""Console output of nrfutil / pc-nrfutil / adafruit-nrfutil (``dfu serial``, ``dfu ble``, ``dfu usb-serial``).

What users paste is mostly a Python traceback ending in ``NordicSemiException: Extended Error 0x07: ...``
or ``Response Code InvalidObject``; with ``-v`` there are logging lines (``Serial: Selecting Object``),
with ``-v -v -v -v`` the SLIP frames themselves (``SLIP: <-- [96, 4, 11, 7]``).  The exception names
the result but not the request; the innermost nrfutil frame does (``in __execute``), so the op is
taken from there.  Shapes: nrfutil 6.1.7 run against tests/logs_host/oracle/fake_serial_target.py.

adafruit-nrfutil (and pc-nrfutil 0.5.x) speak the legacy HCI/SLIP serial DFU: a banner
(``Upgrading target on PORT with DFU package ZIP. Flow control is disabled, Single bank, Touch 1200``),
with ``--verbose`` the phases (``Sending DFU start packet`` / ``init packet`` / ``firmware file``), a ``#``
per data packet, ``Activating new firmware``, and on failure ``Timed out waiting for acknowledgement from
device.`` / ``Failed to upgrade target. Error is: ...`` / a traceback / the ``Possible causes:`` block.

Why the *stage*: a serial link that never answers and a bootloader that stops answering after the init
packet print the same timeout; only how far the transfer got tells them apart (a cable, driver or baud
problem, against a package the bootloader does not take).  Every link failure (``transport.error``) and
host error carries ``stage`` (``open``/``ping``/``start``/``init``/``data``/``activate``/``unknown``,
docs/facts/host_logs.md): from the last phase line, else from the traceback's innermost transport call,
else it stays ``unknown``.  When only the traceback that follows can tell, the timeout's events wait for
it (they are given, in line order, once the stage is known or the input ends).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import WrongFormat
from ..model import NOT_PRESENT, Event, Location, ParseWarning
from ..nrf5 import host_codes as hc
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
                     r"Serial: (?:Set Packet Receipt|Selecting Object)|BLE: (?:Scanning for|Connected to target)|"
                     r"Timed out waiting for acknowledgement from device|No data received on serial port\. |"
                     r"Failed to upgrade target\. Error is:|Starting DFU upgrade of type \d|"
                     r"Sending DFU (?:start|init) packet|(?:Opened|Touched) serial port \S|"
                     r"No ping response after opening COM port|Serial port could not be opened on \S|"
                     r"Error occ?o?ured while waiting for |Failed to ble_\w+\. Error code:|"
                     r"Board already flashed with connectivity firmware|No target selected\. Default device name")
_WEAK = re.compile(r"^Device programmed\.?$|Traceback \(most recent call last\)|Sending (?:Application|SoftDevice|"
                   r"Bootloader)|^Activating new firmware$|^Possible causes:$|^#{3,}$")
#: nrfutil's own wording that identifies a line even inside a sentence (for short quoted excerpts only).
_QUOTED_ERROR = re.compile(r"Error occ?o?ured while waiting for (?:response for )?[A-Za-z][\w ]+\. Error response [A-Z]|"
                           r"NordicSemiException: \S")
#: Python logging's default ``asctime`` (``2019-07-02 12:28:05,406``), optionally ``LEVEL:name:``.
_ASCTIME = re.compile(r"^(?P<ts>\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}[,.]\d{3})\s+(?:-\s*)?"
                      r"(?:(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL)\s*[:-]?\s*)?")
_PYLEVEL = re.compile(r"^(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL):(?P<logger>[\w.]+):")
_FRAME = re.compile(r'^File "(?P<file>[^"]+)", line (?P<line>\d+), in (?P<func>\S+)')
_EXC = re.compile(r"^(?P<exc>[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning|Failure|Timeout)\w*|"
                  r"[a-z_][\w]*(?:\.[\w]+)+)(?::\s?(?P<msg>.*))?$")
#: An exception line quoted without its traceback: a dotted path or a name ending in Exception/Error.
_BARE_EXC = re.compile(r"^(?P<exc>(?:[a-z_]\w*\.)+[A-Z]\w*(?:Exception|Error)|[A-Z]\w*(?:Exception|Error)):\s*(?P<msg>\S.*)$")
_SLIP = re.compile(r"SLIP:\s*(?P<dir>-->|<--)\s*(?P<bytes>\[[^\]]*\])")
_SELECTED = re.compile(r"Object selected:\s*max_size:\s*(?P<max>\d+)\s+offset:\s*(?P<off>\d+)\s+crc:\s*(?P<crc>(?:0x)?[0-9A-Fa-f]+)")
_SELECTING = re.compile(r"Selecting Object:\s*type:\s*(?P<type>\d+)")
_STREAMING = re.compile(r"Streaming Data:\s*len:\s*(?P<len>\d+)\s+offset:\s*(?P<off>\d+)")
_BOARD = re.compile(r"Using (?:connectivity )?board at serial port:\s*(?P<port>\S+)")
#: click's progress bar: ``[####------]  45%`` (click >= 7 fills with ``-``, older with spaces).
_BAR = re.compile(r"\[(?P<bar>[#\- =>]*)\]\s*(?P<pct>\d{1,3})%")
_VERSION = re.compile(r"^(?P<tool>adafruit-nrfutil|nrfutil)(?:\.exe)? version\s+(?P<v>\d\S*)")
_BANNER = re.compile(r"Upgrading target on (?P<port>.+?) with DFU package (?P<pkg>.+?)\.\s+Flow control is "
                     r"(?P<fc>enabled|disabled)(?:[,.]\s*(?P<bank>Single|Dual) bank(?: mode)?)?"
                     r"(?:,\s*Touch (?P<touch>\d+|disabled))?")
_LEGACY_START = re.compile(r"Starting DFU upgrade of type (?P<type>\d+), SoftDevice size: (?P<sd>\d+), "
                           r"bootloader size: (?P<bl>\d+), application size: (?P<app>\d+)")
_PORT_OPENED = re.compile(r"^(?P<what>Opened|Touched) serial port (?P<port>\S+)")
_HASHES = re.compile(r"^#+$")
#: The shell command line that ran the tool (a prompt, a path and ``.exe`` are allowed before it).
_COMMAND = re.compile(r"(?:^|[\s>$#/\\])(?P<tool>adafruit-nrfutil|nrfutil)(?:\.exe)?\s+(?P<args>(?:-\S+\s+)*"
                      r"(?:dfu|pkg|settings|keys|nrf5sdk-tools)\b.*)$")
_RESOLVED = re.compile(r"Resolved serial number (?P<snr>\S+) to port (?P<port>\S+)")

#: Lines the tools print that say nothing a rule needs beyond their words (setup, prompts, notices).
_PLAIN = re.compile(r"^(?:Sending (?:init packet|firmware file)|Serial: |BLE: |Flow control|Waiting|Zip created|"
                    r"Generated |Board already flashed|Flashing connectivity firmware|Connectivity firmware flashed|"
                    r"No target selected|Please select connectivity serial port|Enter your choice|\d+ : \S+ - |"
                    r"Key file was given|Image sent in|Resolved serial number|Receiving|Unpacking)", re.IGNORECASE)

#: nrfutil transport methods that send one request (the innermost one on a traceback names the op).
_FUNC_OPS = {
    "__execute": "EXECUTE", "__create_object": "CREATE", "__create_command": "CREATE", "__create_data": "CREATE",
    "__select_object": "SELECT", "__select_command": "SELECT", "__select_data": "SELECT",
    "__calculate_checksum": "CRC_GET", "__get_checksum_response": "CRC_GET", "__set_prn": "RECEIPT_NOTIF_SET",
    "__get_mtu": "MTU_GET", "__ping": "PING", "__stream_data": "WRITE",
}
_FUNC_OBJECTS = {"send_init_packet": "COMMAND", "send_firmware": "DATA"}
_OBJECT_TYPE = {1: "COMMAND", 2: "DATA"}
#: Transport calls -> the stage of the transfer they belong to (pc-nrfutil and adafruit-nrfutil dfu.py).
_FUNC_STAGES = {
    "send_start_dfu": "start", "send_init_packet": "init", "send_firmware": "data",
    "send_validate_firmware": "activate", "send_activate_firmware": "activate",
    "__ping": "ping", "__set_prn": "ping", "__get_mtu": "ping", "open": "open",
    "_wait_while_opening_transport": "open",
}
#: Requests -> stage (secure DFU: PING/PRN/MTU come before any object).
_OP_STAGES = {"PING": "ping", "RECEIPT_NOTIF_SET": "ping", "MTU_GET": "ping", "PROTOCOL_VERSION": "ping"}
#: Phase lines -> the stage they begin.
_PHASES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), s) for p, s in (
    (r"^Sending DFU start packet", "start"), (r"^Sending DFU init packet", "init"),
    (r"^Sending firmware file", "data"), (r"^Sending init packet", "init"), (r"^Activating new firmware", "activate"),
    (r"^Serial: Set Packet Receipt Notification", "ping"),
))
#: Bytes of firmware per legacy serial data packet (adafruit DfuTransportSerial.DFU_PACKET_MAX_SIZE).
_LEGACY_PACKET = 512
#: Legacy HexType (adafruit dfu/model.py) -> our image name.
_HEX_TYPES = {1: "softdevice", 2: "bootloader", 3: "softdevice+bootloader", 4: "application"}
#: pc-nrfutil BLE ``OP_CODE`` keys (``Timeout: operation - CreateObject``) -> secure op names.
_BLE_OPS = {"CreateObject": "CREATE", "SetPRN": "RECEIPT_NOTIF_SET", "CalcChecSum": "CRC_GET", "Execute": "EXECUTE",
            "ReadObject": "SELECT", "ReadError": "EXECUTE", "Response": NOT_PRESENT}
#: nrfutil's own extended-error table goes one past the SDK's: 0x0E (pc-nrfutil dfu_transport.py).
_NRFUTIL_EXT_ERRORS = {"UNKNOWN_0x0E": "FW_ALREADY_PRESENT"}
#: Legacy status texts (pc-nrfutil 0.5 / adafruit BLE ``Error response {name}``) -> LEGACY_STATUS code.
_LEGACY_STATUS_CODES = {v: k for k, v in hc.LEGACY_STATUS.items()}
_PC_BLE_BY_NAME = {v: k for k, v in hc.PC_BLE_DRIVER_ERRORS.items()}

#: Link failures, in the tools' words -> (name, fields); ``stage`` where the message itself fixes it.
_TRANSPORT: tuple[tuple[re.Pattern[str], str, dict[str, Any]], ...] = tuple(
    (re.compile(p, re.IGNORECASE), name, extra) for p, name, extra in (
        (r"Timed out waiting for acknowledgement", "TIMEOUT", {}),
        (r"No data received on serial port", "NO_RESPONSE", {}),
        (r"No ping response", "NO_RESPONSE", {"stage": "ping"}),
        (r"Serial port could not be opened on (?P<port>\S+?)\.?\s+Reason:\s*(?P<reason>.*)", "PORT_ERROR",
         {"stage": "open"}),
        (r"could not open port (?P<port>[^:\s]+)", "PORT_ERROR", {"stage": "open"}),
        (r"Failed to open transport backend", "PORT_ERROR", {"stage": "open"}),
        (r"Attempting to use a port that is not open|Port is closed|PortNotOpenError", "PORT_ERROR",
         {"port_closed": True}),
        (r"Writing to serial port failed", "PORT_ERROR", {}),
        (r"Did not receive checksum response", "NO_RESPONSE", {"op": "CRC_GET"}),
        (r"No Response: 0x(?P<first_byte>[0-9A-Fa-f]{1,2})\b", "UNEXPECTED_RESPONSE", {}),
        (r"Unexpected Executed OP_CODE", "UNEXPECTED_RESPONSE", {}),
        (r"Timeout\. Target device not found|Connection Failure - Device not found|"
         r"A device with serial number \S+ is not connected|^Board not found", "NOT_FOUND", {"stage": "open"}),
        (r"Failure - Connection failed due to (?P<hci>0x[0-9A-Fa-f]+)", "CONNECTION_FAILED", {"stage": "open"}),
        (r"Timeout: operation - (?P<ble_op>\w+)", "TIMEOUT", {}),
        (r"Timeout while waiting for (?P<waiting_for>.+?)\.?$", "TIMEOUT", {}),
        (r"^Timeout Error Read", "TIMEOUT", {}),
        (r"Disconnected from device while waiting for (?P<waiting_for>.+?)\.?$", "DISCONNECTED", {}),
        (r"SerialException|SerialTimeoutException", "PORT_ERROR", {}),
    ))
_PC_BLE_FAILED = re.compile(r"Failed to (?P<fn>\w+)\.\s*Error code:\s*(?P<code>NRF_\w+|0x[0-9A-Fa-f]+|\d+)")
_LEGACY_WAIT_ERROR = re.compile(r"Error occ?o?ured while waiting for (?:response for )?(?P<what>.+?)\.\s*"
                                r"Error response (?P<resp>[A-Za-z ]+?)\.?\s*\"?$", re.IGNORECASE)
_HOST_FAILURES: tuple[tuple[re.Pattern[str], dict[str, Any]], ...] = tuple(
    (re.compile(p), extra) for p, extra in (
        (r"Failed to send init packet", {"stage": "init"}),
        (r"Failed to send firmware", {"stage": "data"}),
        (r"Failed (?P<check>CRC|offset) validation", {}),
        # usb-serial: the app's DFU trigger interface could not put the device into its bootloader
        (r"LIBUSB_ERROR_\w+: Unable to connect to trigger interface|No trigger interface found for device|"
         r"A dis?connection event from libusb is expected", {"stage": "open", "trigger": True}),
        (r"Auth Status returned error code", {"stage": "open"}),
    ))
_EXPECTED_RECEIVED = re.compile(r"^Expected:\s*(?P<exp>\S+)\s+Received:\s*(?P<rec>[^.\s]+)\.?$")
#: The start of a logging time with nothing after it (a paste cut inside the prefix).
_CUT_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}(?::\d{0,2}){0,2}(?:[,.]\d{0,3})?)?$")
#: A source line shown under a frame when a paste lost its indentation (``dfu.dfu_send_images()``).
_CODE_LINE = re.compile(r"^(?:self|[a-z_]\w*)(?:\.[a-z_]\w*)+(?:\(.*)?$|^[a-z_]\w* = ")
_QUOTED = re.compile(r"^([\"'\u201c\u2018`])(?P<body>.*?)([\"'\u201d\u2019`])$")


@dataclass
class _Traceback:
    start: int
    frames: list[str] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)  # transport calls read from the source lines shown
    chained: bool = False

    def stage(self) -> str | None:
        """The stage of the innermost transport call this traceback went through."""
        for func in reversed(self.frames + self.calls):
            if func in _FUNC_STAGES:
                return _FUNC_STAGES[func]
        return None


@dataclass
class _Run:
    """What the output has told so far that the stage of a failure depends on."""

    stage: str | None = None
    certain: bool = False        # the stage came from a line that names it (not a guess from the banner)
    transport_errors: int = 0    # link failures reported since the session started (later ones restate)
    packets: int = 0             # adafruit ``#`` marks (one per data packet)
    total: int = 0               # bytes of the image being sent (legacy start line)
    in_causes: bool = False      # inside the "Possible causes:" block
    holding: bool = False        # a failure waits for a traceback to name its stage
    held: list[Event | ParseWarning] = field(default_factory=list)

    def set(self, stage: str, certain: bool = True) -> None:
        self.stage, self.certain = stage, certain


def _strip_prefix(line: str) -> str:
    m = _ASCTIME.match(line)
    line = line[m.end():] if m else line
    m = _PYLEVEL.match(line)
    line = line[m.end():].strip() if m else line
    m = _QUOTED.match(line)
    return m.group("body").strip() if m else line


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
        if len(lines) <= 3 and any(_QUOTED_ERROR.search(x) for x in lines):
            return 0.6  # one error line quoted on its own, inside other words
        return 0.45 if len(weak) >= 2 else 0.0

    def parse(self, source: Source) -> Iterator[Event | ParseWarning]:
        if not looks_like_text(source.head):
            raise WrongFormat("the file is binary, not nrfutil's console output")
        state = HostState(source.display, protocol="secure")
        tb: list[_Traceback | None] = [None]
        chained = [False]
        run = _Run()

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
            m = _QUOTED.match(msg)
            if m and m.group(1) in "\"'\u201c\u2018`":
                msg = m.group("body").strip()
            if t is None and _CUT_STAMP.match(msg):
                return []  # a logging time cut by the end of the paste, its message lost
            emit = Emit(st, raw, lineno, t, level)
            cur = tb[0]
            if msg.startswith("Traceback (most recent call last)"):
                tb[0] = _Traceback(lineno, chained=chained[0])
                chained[0] = False
                run.in_causes = False
                return []
            if msg.startswith(("During handling of the above exception", "The above exception was the direct")):
                chained[0] = True
                return []
            if cur is not None:
                fm = _FRAME.match(msg)
                if fm:
                    cur.frames.append(fm.group("func"))
                    return []
                if msg.startswith('File "'):
                    return []  # a frame line cut by the end of the paste
                em = _EXC.match(msg)
                if em and not raw[:1].isspace() and not msg.startswith("self."):
                    tb[0] = None
                    return _exception(emit, run, cur, em.group("exc"), (em.group("msg") or "").strip())
                if raw[:1].isspace() or msg in ("^", "~") or set(msg) <= {"^", "~", " "} \
                        or _CODE_LINE.match(msg):
                    _source_line_calls(cur, msg)
                    return []  # the source line shown under a frame
                tb[0] = None  # a traceback cut short (pasted partly); read this line normally
                _resolve(run, cur.stage())
            return _message(emit, run, msg)

        for item in run_lines(source, handle, state):
            if run.holding or run.held:
                run.held.append(item)
                if not run.holding:
                    yield from run.held
                    run.held.clear()
                continue
            yield item
        if tb[0] is not None:
            _resolve(run, tb[0].stage())
            yield ParseWarning(Location(source.display, tb[0].start),
                               "a traceback starts here but its exception line is missing (output cut short?)")
        _resolve(run, None)
        yield from run.held


def _source_line_calls(tb: _Traceback, text: str) -> None:
    """A source line under a frame (``self.dfu_transport.send_firmware(firmware)``) names the call the
    next frame runs -- the only trace of it when the paste stops inside the traceback.  A name cut by
    the end of the paste (``send_fi``) counts when it can begin only one transport call."""
    found = list(re.finditer(r"\.(?P<fn>_{0,2}[a-z][a-z_]*)(?P<paren>\()?", text))
    if not found:
        return
    m = found[-1]
    fn = m.group("fn")
    if m.group("paren") is None:
        matches = [f for f in _FUNC_STAGES if f.startswith(fn)] if len(fn) >= 6 else []
        if len(matches) != 1:
            return
        fn = matches[0]
    if fn in _FUNC_STAGES:
        tb.calls.append(fn)


def _resolve(run: _Run, stage: str | None) -> None:
    """Give the held failure events their stage (or ``unknown``) and let them go."""
    if not run.holding:
        return
    final = stage or (run.stage if run.certain else None) or "unknown"
    for ev in run.held:
        if isinstance(ev, Event) and ev.kind in ("transport.error", "host.error") \
                and ev.fields.get("stage") == "unknown":
            ev.fields["stage"] = final
            if stage is not None:
                ev.fields["stage_source"] = "traceback"
    run.holding = False


def _current_stage(run: _Run) -> str:
    return run.stage if (run.stage and run.certain) else "unknown"


def _transport_error(emit: Emit, run: _Run, msg: str, name: str, extra: dict[str, Any],
                     stage: str | None = None) -> Event:
    """One link failure: its stage, and whether it restates one already reported for this attempt."""
    f: dict[str, Any] = {"name": name, "detail": msg}
    f.update({k: v for k, v in extra.items() if v is not None})
    f["stage"] = f.get("stage") or stage or _current_stage(run)
    if run.transport_errors:
        f["restated"] = True
    ev = emit("transport.error", **f)
    run.transport_errors += 1
    if f["stage"] == "unknown" and not run.holding and not run.held:
        run.holding = True   # a traceback may follow that names the call that failed
    return ev


def _classify_failure(emit: Emit, run: _Run, msg: str, stage: str | None = None) -> list[Event] | None:
    """Events for a failure message nrfutil words (a line, an exception message, the summary line)."""
    m = _PC_BLE_FAILED.search(msg)
    if m:
        raw_code = m.group("code")
        code: int | None
        if raw_code.startswith("NRF_"):
            code = _PC_BLE_BY_NAME.get(raw_code)
            name = raw_code
        else:
            code = int(raw_code, 0)
            name = hc.pc_ble_driver_error(code) if code >= 0x8000 else f"NRF_ERROR_0x{code:X}"
        if name.startswith("NRF_ERROR_SD_RPC") or (code is not None and code >= 0x8000):
            f: dict[str, Any] = {"function": m.group("fn")}
            if code is not None:
                f["code"] = code
            return [_transport_error(emit, run, msg, name, f, stage)]
        return [emit("host.error", message=msg, error_name=name, function=m.group("fn"),
                     stage=stage or _current_stage(run), **({"code": code} if code is not None else {}))]
    for pattern, name, extra in _TRANSPORT:
        m = pattern.search(msg)
        if not m:
            continue
        f = dict(extra)
        groups = {k: v for k, v in m.groupdict().items() if v is not None}
        if "port" in groups:
            f["port"] = groups["port"].rstrip(".:")
        if "reason" in groups:
            f["reason"] = groups["reason"].strip()
        if "first_byte" in groups:
            f["first_byte"] = int(groups["first_byte"], 16)
        if "hci" in groups:
            f["code"] = int(groups["hci"], 16)
            f["reason"] = hc.hci_status(f["code"])
        if "ble_op" in groups:
            f["op"] = _BLE_OPS.get(groups["ble_op"], groups["ble_op"])
        if "waiting_for" in groups:
            f["waiting_for"] = groups["waiting_for"]
        if f.pop("port_closed", False) and run.transport_errors:
            # pyserial refusing a port the tool closed after an earlier failure: a consequence
            return [emit("host.error", message=msg, stage=stage or _current_stage(run), consequence=True)]
        return [_transport_error(emit, run, msg, name, f, stage)]
    m = _LEGACY_WAIT_ERROR.search(msg)
    if m:
        op = re.sub(r"[^A-Z]+", "_", m.group("what").upper()).strip("_")
        status = re.sub(r"[^A-Z]+", "_", m.group("resp").upper()).strip("_")
        code = _LEGACY_STATUS_CODES.get(status)
        r: dict[str, Any] = {"op": op if op in hc.LEGACY_OPCODES.values() else NOT_PRESENT, "protocol": "legacy",
                             "result": hc.legacy_status_name(code) if code is not None else f"LEGACY_{status}"}
        emit.state.protocol = "legacy"
        return [*response_event(emit, r), emit("host.error", message=msg, stage=stage or _current_stage(run))]
    for pattern, extra in _HOST_FAILURES:
        m = pattern.search(msg)
        if m:
            f = {"message": msg, "stage": extra.get("stage") or stage or _current_stage(run)}
            if m.groupdict().get("check"):
                f["check"] = m.group("check").lower()
            if extra.get("trigger"):
                f["trigger"] = True
            return [emit("host.error", **f)]
    return None


def _response_fixups(r: dict[str, Any], msg: str) -> dict[str, Any]:
    """nrfutil's own names where its tables go beyond the SDK's (extended error 0x0E)."""
    ext = r.get("ext_error")
    if isinstance(ext, str) and ext in _NRFUTIL_EXT_ERRORS:
        r["ext_error"] = _NRFUTIL_EXT_ERRORS[ext]
        r["ext_error_code"] = int(ext[-2:], 16)
    return r


def _exception(emit: Emit, run: _Run, tb: _Traceback | None, exc: str, message: str) -> list[Event]:
    """One ``host.error`` per traceback; a DFU result or link failure in its message becomes its event too."""
    frames = tb.frames if tb is not None else []
    op = NOT_PRESENT
    object_type = None
    for func in reversed(frames):
        if op is NOT_PRESENT and func in _FUNC_OPS:
            op = _FUNC_OPS[func]
        if object_type is None and func in _FUNC_OBJECTS:
            object_type = _FUNC_OBJECTS[func]
    tb_stage = tb.stage() if tb is not None else None
    _resolve(run, tb_stage)
    stage = tb_stage or _current_stage(run)
    f: dict[str, Any] = {"message": message, "exception": exc.rsplit(".", 1)[-1], "exception_path": exc,
                         "frames": len(frames), "stage": stage}
    if tb is not None:
        f["traceback_line"] = tb.start
    if frames:
        f["function"] = frames[-1]
    if tb is not None and tb.chained:
        f["chained"] = True
    out = [emit("host.error", **f)]
    if message.strip() == "Response Code None":
        # pc-nrfutil looked the result up in its RES_CODE table and found nothing (0x09, or > 0x0B)
        out.extend(response_event(emit, {"op": op, "result": "UNKNOWN", "protocol": "secure",
                                         **({"op_source": "traceback"} if op is not NOT_PRESENT else {}),
                                         **({"object_type": object_type} if object_type else {})}))
        return out
    r = parse_response(message)
    if r is not None:
        r = _response_fixups(r, message)
        if r.get("op") is NOT_PRESENT and op is not NOT_PRESENT:
            r["op"] = op
            r["op_source"] = "traceback"
        if object_type:
            r["object_type"] = object_type
        out.extend(response_event(emit, r))
        return out
    failure = _classify_failure(emit, run, message, tb_stage)
    if failure is not None:
        out.extend(ev for ev in failure if ev.kind != "host.error")
        for ev in failure:   # what the message told (check, trigger, consequence) joins the traceback's error
            if ev.kind == "host.error":
                for k, v in ev.fields.items():
                    out[0].fields.setdefault(k, v)
        named = next((ev.fields["stage"] for ev in failure if ev.fields.get("stage", "unknown") != "unknown"), None)
        if named and out[0].fields["stage"] == "unknown":
            out[0].fields["stage"] = named   # the message itself fixes it ("No ping response")
        return out
    extra = classify_message(emit, message) or []
    out.extend(ev for ev in extra if ev.kind.startswith("transport."))
    if not any(ev.kind.startswith("transport.") for ev in out) and re.search(
            r"serial port|ping response|checksum response|COM port|No Response|timed? ?out", message, re.IGNORECASE):
        out.append(_transport_error(emit, run, message, "NO_RESPONSE" if "respon" in message.lower()
                                    else "PORT_ERROR", {}, tb_stage))
    for ev in out:
        if ev.kind == "transport.error":
            ev.fields.setdefault("stage", stage)
    return out


def _command(emit: Emit, run: _Run, tool: str, args: str) -> list[Event]:
    """The shell command that ran the tool: what it was told to do (port, baud, touch, package)."""
    words = args.split()
    f: dict[str, Any] = {"message": emit.raw.strip(), "template": "command", "tool": tool}
    first = next((i for i, w in enumerate(words) if not w.startswith("-")), None)
    sub = words[first:first + 2] if first is not None else []
    if sub:
        f["command"] = " ".join(w for w in sub if not w.startswith("-"))
    opts = {"-p": "port", "--port": "port", "-b": "baud", "--baudrate": "baud", "-pkg": "package",
            "--package": "package", "-t": "touch", "--touch": "touch", "-snr": "serial_number",
            "--serial-number": "serial_number", "-prn": "prn", "-cd": "connect_delay", "-fc": "flow_control"}
    for i, w in enumerate(words):
        key = opts.get(w)
        if key and i + 1 < len(words):
            val: Any = words[i + 1].strip("\"'")
            if key in ("baud", "touch", "prn", "connect_delay") and val.isdigit():
                val = int(val)
            if key == "flow_control":
                val = val not in ("0", "False", "false")
            f[key] = val
        elif w in ("-sb", "--singlebank"):
            f["single_bank"] = True
        elif w in ("--flowcontrol",):
            f["flow_control"] = True
        elif w in ("-v", "--verbose"):
            f["verbose"] = f.get("verbose", 0) + 1
    if "dfu" in sub:
        run.stage, run.certain = None, False
    return [emit("log.line", **f)]


def _message(emit: Emit, run: _Run, msg: str) -> list[Event] | None:
    st = emit.state
    if run.in_causes:
        if msg.startswith("-") or emit.raw[:1].isspace() or msg.startswith("Please "):
            return [emit("log.line", message=msg, template="possible_cause")]
        run.in_causes = False
    if msg == "Possible causes:":
        run.in_causes = True
        return [emit("log.line", message=msg, template="possible_causes")]
    m = _SLIP.search(msg)
    if m:
        if m.group("dir") == "-->":
            req = parse_request(m.group("bytes"))
            if req is not None:
                stage = _OP_STAGES.get(req.get("op", ""))
                otype = req.get("object_type") or st.last_object_type
                run.set(stage or ("init" if otype == "COMMAND" else "data" if otype == "DATA" else run.stage or
                                  "unknown"))
                return request_event(emit, req)
        else:
            r = parse_response(m.group("bytes"))
            if r is not None:
                return response_event(emit, r)
        return [emit("log.line", message=msg, template="slip_frame")]
    m = _SELECTING.search(msg)
    if m:
        st.last_object_type = _OBJECT_TYPE.get(int(m.group("type")), f"UNKNOWN_0x{int(m.group('type')):02X}")
        run.set("init" if st.last_object_type == "COMMAND" else "data")
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
    m = _VERSION.match(msg)
    if m:
        return [emit("log.line", message=msg, tool=m.group("tool"), version=m.group("v"))]
    m = _BANNER.search(msg)
    if m:
        st.transport, st.protocol = "serial", "legacy"
        run.set("open", certain=False)
        run.transport_errors = 0
        run.packets = 0
        f = {"side": "host", "transport": "serial", "protocol": "legacy", "port": m.group("port"),
             "package": m.group("pkg"), "flow_control": m.group("fc") == "enabled"}
        if m.group("bank"):
            f["bank"] = m.group("bank").lower()
        if m.group("touch"):
            f["touch"] = int(m.group("touch")) if m.group("touch").isdigit() else False
        return [emit("dfu.start", **f)]
    m = _COMMAND.search(msg)
    if m and not msg.startswith(("Traceback", "File ")):
        return _command(emit, run, m.group("tool"), m.group("args"))
    m = _PORT_OPENED.match(msg)
    if m:
        st.transport = "serial"
        if m.group("what") == "Touched":
            return [emit("log.line", message=msg, template="touch", port=m.group("port"))]
        run.set("open")
        return [emit("transport.connect", address=m.group("port"), transport="serial")]
    m = _LEGACY_START.search(msg)
    if m:
        run.set("start")
        run.packets = 0
        run.total = int(m.group("sd")) + int(m.group("bl")) + int(m.group("app"))
        hex_type = int(m.group("type"))
        return [emit("log.line", message=msg, template="legacy_start", image=_HEX_TYPES.get(hex_type, NOT_PRESENT),
                     image_type=hex_type, softdevice_size=int(m.group("sd")), bootloader_size=int(m.group("bl")),
                     application_size=int(m.group("app")))]
    for pattern, stage in _PHASES:
        if pattern.match(msg):
            run.set(stage)
            return [emit("log.line", message=msg, template="phase", stage=stage)]
    if _HASHES.match(msg):
        run.packets += len(msg)
        run.set("data")
        f = {"packets": run.packets}
        if run.total:
            # one mark per 512-byte packet after the first (adafruit __main__.update_progress)
            sent = min((run.packets + 1) * _LEGACY_PACKET, run.total)
            f.update(bytes=sent, total=run.total, percent=int(100 * sent / run.total))
        return [emit("dfu.progress", **f)]
    m = _BOARD.search(msg)
    if m:
        st.transport = st.transport or "serial"
        run.set("open")
        run.transport_errors = 0
        return [emit("transport.connect", address=m.group("port"), transport="serial")]
    m = _BAR.search(msg)
    if m and (msg.startswith("[") or not re.search(r"[A-Za-z]{3}", msg[: m.start()])):
        pct = int(m.group("pct"))
        if pct > 0:
            run.set("data")
        return [emit("dfu.progress", percent=pct)]
    m = _EXPECTED_RECEIVED.match(msg)
    if m:  # second line of a two-line nrfutil message (CRC / offset validation, unexpected op code)
        return [emit("log.line", message=msg, template="expected_received", expected=m.group("exp"),
                     received=m.group("rec"))]
    m = re.match(r"^Failed to upgrade target\. Error is:\s*(?P<err>.*)$", msg)
    if m:
        err = m.group("err").strip()
        out = [emit("host.error", message=err, summary=True, stage=_current_stage(run))]
        failure = _classify_failure(emit, run, err)
        if failure:
            out.extend(ev for ev in failure if ev.kind != "host.error")
        return out
    m = _BARE_EXC.match(msg)
    if m and ("Nordic" in m.group("exc") or "." in m.group("exc")):
        return _exception(emit, run, None, m.group("exc"), m.group("msg").strip())
    if msg.startswith("Error - Unexpected response"):
        return [emit("host.error", message=msg, stage="open", buttonless=True)]
    failure = _classify_failure(emit, run, msg)
    if failure is not None:
        return failure
    if msg.startswith("BLE: Disconnected with reason:"):
        reason = msg.split(":", 1)[1].strip().rsplit(".", 1)[-1].upper()
        return [emit("transport.disconnect", reason=reason)]
    if msg.startswith("Received unexpected disconnect event"):
        return [emit("transport.disconnect", unexpected=True)]
    m = _RESOLVED.search(msg)
    if m:
        return [emit("log.line", message=msg, serial_number=m.group("snr"), port=m.group("port"))]
    evs = classify_message(emit, msg)
    if evs is not None:
        for ev in evs:
            if ev.kind == "dfu.start":
                run.transport_errors = 0
                if "image" in ev.fields:
                    run.set("open", certain=False)
            elif ev.kind in ("transport.error", "host.error"):
                ev.fields.setdefault("stage", _current_stage(run))
        return evs
    if _PLAIN.match(msg):
        return [emit("log.line", message=msg)]
    return None


PARSERS = [NrfutilParser()]
