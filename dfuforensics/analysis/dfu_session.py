"""Reconstruct the DFU sessions the events tell of: a small state machine over the timeline.

Why: single lines rarely decide a diagnosis; "EXECUTE answered SUCCESS, then the device reset three
times and never started the app" does.  The machine walks events in timeline order (after
``analysis.timeline``) and records, per session: how DFU mode was entered, the transport, the init
packet's select/create/write/execute and result, data objects, the last request and its answer,
validation, activation, resets and app start.  Where the settings page was also given (facts
``settings.*``), its ``progress`` is compared with what the log says was transferred.

Publishes ``case.sections["dfu"]`` (contract: outcome, transport, last_request, bytes_transferred,
image_size) and ``case.facts["dfu"]`` (docs/facts/dfu.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import NOT_PRESENT, Absent, Event
from ..rules.lang import lookup_fact

HOST_ERROR_KINDS = ("transport.error", "transport.disconnect", "host.error")

#: Module names / words that tell the DFU transport (nRF5 SDK transport modules, host tools).
TRANSPORT_HINTS: tuple[tuple[str, str], ...] = (
    ("usb", "usb"), ("cdc_acm", "usb"), ("usbd", "usb"),
    ("serial", "serial"), ("uart", "serial"),
    ("ble", "ble"), ("gatt", "ble"), ("bluetooth", "ble"),
    ("mcumgr", "mcumgr"), ("smp", "mcumgr"),
)
#: Input kinds that imply a transport on their own.
KIND_TRANSPORT = {"android-dfu-log": "ble", "ios-dfu-log": "ble", "nrfconnect-log": "ble",
                  "mcumgr-output": "mcumgr", "particle-events": "cloud"}


@dataclass
class Session:
    """What one DFU attempt did, as far as the events tell."""

    start: int = 0
    entry_reason: Any = NOT_PRESENT
    transport: str = "unknown"
    init: dict[str, Any] = field(default_factory=lambda: {
        "selected": False, "created": False, "written": False, "executed": False,
        "result": NOT_PRESENT, "ext_error": NOT_PRESENT, "size": NOT_PRESENT})
    data_objects: int = 0
    data_created_by_request: int = 0
    data_created_by_object: int = 0
    image_received: bool = False
    data_sizes: list[int] = field(default_factory=list)
    data_offsets: list[int] = field(default_factory=list)
    data_crcs: list[int] = field(default_factory=list)
    current_object: tuple[int | None, int | None] = (None, None)
    data_executed: int = 0
    bytes_transferred: Any = NOT_PRESENT
    image_size: Any = NOT_PRESENT
    percent: Any = NOT_PRESENT
    last_request: dict[str, Any] | None = None
    failed_response: Event | None = None
    failed_validation: Event | None = None
    first_device_error: Event | None = None
    first_host_error: Event | None = None
    postvalidation_ok: Any = NOT_PRESENT
    activation: Any = NOT_PRESENT
    complete: bool = False
    last_event: int = 0


def _op_name(e: Event) -> Any:
    return e.fields.get("op") or NOT_PRESENT


def _int(v: Any) -> int | None:
    return v if isinstance(v, int) and not isinstance(v, bool) else None


def transport_of(events: list[Event], input_kinds: dict[str, str]) -> str:
    """The transport: an explicit ``transport`` field, else module names, else the input's kind."""
    for e in events:
        t = e.fields.get("transport")
        if isinstance(t, str) and t in ("ble", "serial", "usb", "mcumgr", "cloud"):
            return t
    for e in events:
        name = (e.module or "").lower()
        dfu_module = name.startswith(("nrf_dfu_", "ble_dfu", "nrf_ble_dfu"))
        if not (dfu_module or e.kind.startswith("dfu.") or e.kind.startswith("transport.")
                or e.kind == "boot.dfu_enter"):
            continue
        for hint, transport in TRANSPORT_HINTS:
            if hint in name:
                return transport
    for e in events:
        kind = input_kinds.get(e.source, "")
        if kind in KIND_TRANSPORT and (e.kind.startswith("dfu.") or e.kind.startswith("transport.")):
            return KIND_TRANSPORT[kind]
    return "unknown"


def _is_dfu(e: Event) -> bool:
    return e.kind.startswith("dfu.") or e.kind in ("boot.dfu_enter", "boot.activation", "boot.timeout")


#: Input kinds whose errors are those of a device's own firmware: they do not, alone, tell of an update.
DEVICE_KINDS = frozenset({"nrf-log", "zephyr-log", "mcuboot-log", "fault-text", "registers"})


def sessions_of(events: list[Event], host_sources: frozenset[str] = frozenset()) -> list[Session]:
    """Split the DFU events into sessions: a new one at each DFU entry/start after a finished one.

    An error logged by a host update tool (``host_sources``) opens a session too: a host log that holds
    nothing but its errors ("Timed out waiting for acknowledgement") is still a failed update attempt."""
    sessions: list[Session] = []
    cur: Session | None = None
    for i, e in enumerate(events):
        if not _is_dfu(e) and e.kind not in HOST_ERROR_KINDS and e.kind != "fault":
            continue
        starts = e.kind in ("boot.dfu_enter", "dfu.start")
        if cur is None or (starts and (cur.complete or cur.failed_response is not None or cur.data_objects
                                       or cur.init["created"])):
            opens = _is_dfu(e) or (e.kind in ("transport.error", "host.error") and e.source in host_sources)
            if cur is None and not opens:
                continue
            cur = Session(start=i)
            sessions.append(cur)
        _step(cur, e)
        cur.last_event = i
    return sessions


def _step(s: Session, e: Event) -> None:
    f = e.fields
    side = f.get("side", "device")
    if e.kind == "boot.dfu_enter":
        s.entry_reason = f.get("reason", "unknown")
    elif e.kind == "dfu.request":
        s.last_request = {"op": _op_name(e), "object_type": f.get("object_type", NOT_PRESENT),
                          "result": NOT_PRESENT, "ext_error": NOT_PRESENT}
        if f.get("object_type") == "COMMAND" and f.get("op") == "CREATE":
            s.init["created"] = True
            s.init["size"] = f.get("size", NOT_PRESENT)
        if f.get("object_type") == "DATA" and f.get("op") == "CREATE":
            # the request and the object line describe one object: count whichever the log has more of
            s.data_created_by_request += 1
            s.data_objects = max(s.data_objects, s.data_created_by_request)
        elif f.get("object_type") == "COMMAND":
            _object_step(s, "COMMAND", {"CREATE": "create", "EXECUTE": "execute", "SELECT": "select",
                                        "WRITE": "write"}.get(f.get("op", "")), f)
    elif e.kind == "dfu.object":
        _object_step(s, f.get("object_type"), f.get("action"), f)
    elif e.kind == "dfu.response":
        op = _op_name(e)
        if s.last_request is None or (not isinstance(op, Absent) and s.last_request.get("op") != op):
            s.last_request = {"op": op, "object_type": NOT_PRESENT}
        s.last_request["result"] = f.get("result", NOT_PRESENT)
        s.last_request["ext_error"] = f.get("ext_error", NOT_PRESENT)
        result = f.get("result")
        if isinstance(result, str) and result.endswith("SUCCESS"):  # LEGACY_SUCCESS: SDK <= 11 protocol
            result = "SUCCESS"
        if result == "SUCCESS" and op == "EXECUTE" and s.image_received and s.failed_response is None:
            s.complete = True
        if result and result != "SUCCESS":
            if s.failed_response is None:
                s.failed_response = e
            if side == "device" and s.first_device_error is None:
                s.first_device_error = e
            if side == "host" and s.first_host_error is None:
                s.first_host_error = e
        if op == "EXECUTE" and (s.last_request.get("object_type") == "COMMAND"
                                or (s.init["created"] and not s.data_objects)):
            s.init["executed"] = True
            s.init["result"] = f.get("result", NOT_PRESENT)
            s.init["ext_error"] = f.get("ext_error", NOT_PRESENT)
    elif e.kind == "dfu.validation":
        if f.get("ok") is False:
            if s.failed_validation is None:
                s.failed_validation = e
            if s.first_device_error is None:
                s.first_device_error = e
        if f.get("check") == "hash" or f.get("stage") == "postvalidation":
            s.postvalidation_ok = bool(f.get("ok"))
    elif e.kind == "dfu.progress":
        if _int(f.get("bytes")) is not None:
            s.bytes_transferred = f["bytes"]
        if _int(f.get("total")) is not None:
            s.image_size = f["total"]
        if f.get("percent") is not None:
            s.percent = f["percent"]
            if isinstance(f["percent"], (int, float)) and f["percent"] >= 100 and s.failed_response is None:
                s.complete = True  # the controller says the whole image went through
    elif e.kind == "dfu.complete":
        s.complete = True
    elif e.kind == "boot.activation":
        s.activation = f.get("result", NOT_PRESENT)
        if f.get("result") in ("success", "started"):
            s.complete = True
    elif e.kind in HOST_ERROR_KINDS:
        if s.first_host_error is None:
            s.first_host_error = e
    elif e.kind == "fault":
        if s.first_device_error is None:
            s.first_device_error = e
    elif e.kind == "dfu.start" and f.get("transport"):
        s.transport = f["transport"]


def _object_step(s: Session, object_type: Any, action: Any, f: dict[str, Any]) -> None:
    if object_type == "COMMAND":
        if action == "select":
            s.init["selected"] = True
        elif action == "create":
            s.init["created"] = True
            if _int(f.get("size")) is not None:
                s.init["size"] = f["size"]
        elif action == "write":
            s.init["written"] = True
        elif action == "execute":
            s.init["executed"] = True
    elif object_type == "DATA" or (object_type is None and action == "select"):
        if action == "execute" and f.get("last"):
            s.image_received = True
        if action == "create":
            s.data_created_by_object += 1
            s.data_objects = max(s.data_objects, s.data_created_by_object)
            if _int(f.get("size")) is not None:
                s.data_sizes.append(f["size"])
            s.current_object = (_int(f.get("offset")), _int(f.get("size")))
        elif action == "execute":
            s.data_executed += 1
            start, size = s.current_object
            if size is not None:
                # an executed object is on the device: its end is the least that was transferred
                start = start if start is not None else sum(s.data_sizes[:-1])
                _at_least(s, start + size)
        if _int(f.get("offset")) is not None:
            s.data_offsets.append(f["offset"])
            _at_least(s, f["offset"])
        if _int(f.get("crc")) is not None:
            s.data_crcs.append(f["crc"])


def _at_least(s: Session, n: int) -> None:
    if isinstance(s.bytes_transferred, Absent) or s.bytes_transferred < n:
        s.bytes_transferred = n


def outcome_of(s: Session, after: list[Event]) -> str:
    """success / failed / interrupted / unknown for one session (``after``: events following it)."""
    if s.failed_response is not None or s.failed_validation is not None or s.activation == "error":
        return "failed"
    if s.first_device_error is not None and s.first_device_error.kind == "fault" and not s.complete:
        return "failed"
    if s.complete:
        return "success"
    started = s.data_objects or s.init["created"] or not isinstance(s.bytes_transferred, Absent)
    if started or s.first_host_error is not None:
        return "interrupted"
    if any(e.kind == "boot.timeout" for e in after):
        return "interrupted"
    return "unknown"


def stage_of(s: Session) -> str:
    """The furthest step of the update the evidence shows (``dfu.stage``): what the next capture must
    cover is what comes after it."""
    if s.complete:
        return "complete"
    if s.activation in ("success", "started", "error"):  # "none" is the boot-time check, not progress
        return "activation"
    if s.image_received or s.postvalidation_ok is not NOT_PRESENT:
        return "postvalidation"
    if s.data_objects or s.data_executed or not isinstance(s.bytes_transferred, Absent):
        return "data"
    if s.init["executed"]:
        return "init-executed"
    if s.init["created"] or s.init["written"] or s.init["selected"]:
        return "init-packet"
    if s.last_request is not None:
        return "requests"
    if s.entry_reason is not NOT_PRESENT:
        return "dfu-mode"
    return "none"


#: What would show why an update stopped after each step (``dfu.next_capture``).
NEXT_CAPTURE = {
    "none": "the host tool's verbose log of the attempt (did it find the device, open the port, get an answer "
            "to its first packet?) and the bootloader's debug log (RTT/UART) from reset",
    "dfu-mode": "the host tool's log of the same attempt: the device waits in DFU mode, so whether the host "
                "connected and what it sent decides",
    "requests": "both sides' logs past the first requests: the bootloader's answer to the init packet's "
                "CREATE/WRITE/EXECUTE names a package or configuration problem",
    "init-packet": "the answer to the init packet's EXECUTE (the bootloader's debug log, or the host's "
                   "verbose log): its result and extended error name what the bootloader refused",
    "init-executed": "the data transfer that follows: the host's log of the first data objects and the "
                     "bootloader's log of their CREATE/EXECUTE, and whether the link dropped",
    "data": "the end of the transfer on both sides (the last object's CRC and EXECUTE, any disconnect or "
            "reset), and the settings page (flash dump) to see how far the device got",
    "postvalidation": "the bootloader's log of post-validation and activation across the reset that follows",
    "activation": "the boot after activation: the bootloader's log and the new application's first lines",
    "complete": "the new application's own log or fault output after the update",
}


def _names(d: dict[str, Any] | None) -> dict[str, Any] | Absent:
    if not d:
        return NOT_PRESENT
    return {k: v for k, v in d.items() if not isinstance(v, Absent) or k == "op"}


def analyze(case: Any) -> None:
    events = case.events
    host_sources = frozenset(i.path for i in case.inputs if i.kind not in DEVICE_KINDS
                             and not i.kind.startswith("particle-"))
    sessions = sessions_of(events, host_sources)
    # bytes received (not only those of executed objects), and the size the stored init command
    # announces: the same figures the memory cross-check cites, so report sections agree
    settings_progress = lookup_fact(case.facts, "settings.progress.firmware_image_offset").value
    settings_size = lookup_fact(case.facts, "checks.transfer_total").value
    if not isinstance(settings_size, int) or not settings_size:
        settings_size = lookup_fact(case.facts, "settings.bank_1.image_size").value
        if settings_size == 0:  # bank 1 is written only after post-validation: 0 means "not yet"
            settings_size = NOT_PRESENT
    if not sessions and (isinstance(settings_progress, Absent) or not settings_progress):
        return  # no DFU evidence: no log of one, and no transfer left in the settings page
    kinds = {i.path: i.kind for i in case.inputs}
    s = sessions[-1] if sessions else Session()
    after = events[s.start:] if sessions else []
    outcome = outcome_of(s, after) if sessions else "unknown"
    transport = s.transport if s.transport != "unknown" else transport_of(events, kinds)
    boots_after = [e for e in after if e.kind == "boot.start"]
    app_starts = [e for e in after if e.kind == "boot.app_start" or
                  (e.kind == "boot.start" and e.fields.get("stage") == "app")]
    faults_after = [e for e in after if e.kind == "fault"]
    bytes_transferred = s.bytes_transferred
    image_size = s.image_size if not isinstance(s.image_size, Absent) else settings_size
    if isinstance(bytes_transferred, Absent) and isinstance(settings_progress, int):
        bytes_transferred = settings_progress
    agrees: Any = NOT_PRESENT
    if isinstance(settings_progress, int) and isinstance(s.bytes_transferred, int):
        agrees = settings_progress == s.bytes_transferred
    last_request = _names(s.last_request)
    device_error = s.first_device_error
    host_error = s.first_host_error
    case.sections["dfu"] = {
        "outcome": outcome,
        "transport": transport,
        "last_request": last_request if not isinstance(last_request, Absent) else None,
        "bytes_transferred": bytes_transferred if isinstance(bytes_transferred, int) else None,
        "image_size": image_size if isinstance(image_size, int) else None,
    }
    case.facts["dfu"] = {
        "sessions": len(sessions),
        "outcome": outcome,
        "stage": stage_of(s),
        "next_capture": NEXT_CAPTURE[stage_of(s)],
        "transport": transport,
        "entry_reason": s.entry_reason,
        "init_packet": dict(s.init),
        "data_objects": s.data_objects,
        "data_objects_executed": s.data_executed,
        "data_object_size": max(s.data_sizes) if s.data_sizes else NOT_PRESENT,
        "bytes_transferred": bytes_transferred,
        "image_size": image_size,
        "percent": s.percent,
        "last_request": last_request,
        "postvalidation_ok": s.postvalidation_ok,
        "activation": s.activation,
        "complete": s.complete,
        "device_error": device_error is not None,
        "device_error_kind": device_error.kind if device_error else NOT_PRESENT,
        "host_error": host_error is not None,
        "host_error_first": (host_error is not None and
                             (device_error is None or events.index(host_error) < events.index(device_error))),
        "resets_after": max(len(boots_after) - (1 if boots_after and boots_after[0] is events[s.start] else 0), 0),
        "app_started": bool(app_starts),
        "faults_after": len(faults_after),
        "reset_loop": _reset_loop(events),
        "settings_progress": settings_progress,
        "progress_agrees": agrees,
    }


def _reset_loop(events: list[Event]) -> bool:
    """Three or more resets after the update: the device does not stay up (app or bootloader)."""
    return sum(1 for e in events if e.kind == "boot.start") >= 3
