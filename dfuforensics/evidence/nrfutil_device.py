"""nrfutil 7 (``nrfutil device program``, ``nrfutil device x-execute-batch``, the Programmer app's relay).

nrfutil 7 is closed source; what is known of its output comes from its documentation and the apps that
read it (pc-nrfconnect-shared ``nrfutil/sandboxTypes.ts``, Zephyr's ``west`` runner; staging notes
``host-vocab/FORMS.md`` §5):

* ``--json`` prints JSON Lines, ``--json-pretty`` the same objects indented over several lines: an
  envelope ``{"type": ..., "data": {...}}`` with ``task_begin`` (``data.task.{id,description,name}``),
  ``task_progress`` (``data.progress.{progressPercentage, message, step, amountOfSteps, ...}``),
  ``task_end`` (``data.{message, result: "success"|"fail", error: {code, description}}``), ``info``,
  ``log`` (``data.{level, message}``), and for ``x-execute-batch`` ``batch_update`` (a nested message
  per device, ``data.batch.data.serialNumber``) and ``batch_end`` (``data.error.code``);
* without ``--json`` a failure reads ``Error: One or more batch tasks failed:`` then
  `` * <serial>: <message> (<ErrorKind>)``; apps relay it as ``Failed with exit code 1. One or more program
  tasks failed: * <serial>: [sdfu] , code: SdfuExtSdVersionFailure. Message: ...`` or ``... Error code: 603
  (Timeout).``; ``west`` adds ``FATAL ERROR: command exited with status N: nrfutil ...``.

Why read it: the same failures as pc-nrfutil, named differently.  An error kind ``SdfuExtSdVersionFailure``
is the bootloader's EXT_ERROR SD_VERSION_FAILURE, ``Timeout`` a link that stopped answering -- rules
should not care which nrfutil printed them, so they become the same ``dfu.response`` / ``transport.error``
/ ``host.error`` events (kind ``nrfutil-output``, docs/facts/host_logs.md).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from ..errors import WrongFormat
from ..model import NOT_PRESENT, Event, Location, ParseWarning
from ..nrf5.dfu_codes import EXT_ERRORS, RESULTS
from ..sources import Source
from .host_log_common import Emit, HostState, response_event
from .textutil import clean_line, looks_like_text

KIND = "nrfutil-output"

_JSON_TYPES = ("task_begin", "task_progress", "task_end", "batch_update", "batch_end")
_TYPE_IN_HEAD = re.compile(r'"type"\s*:\s*"(?:' + "|".join(_JSON_TYPES) + r')"')
#: Human lines only nrfutil device (or an app relaying it) prints.
_HUMAN_SIGNS = re.compile(r"One or more \w+ tasks failed|FATAL ERROR: command exited with status \d+: nrfutil\b|"
                          r"async task failure for id: \d+ msg: \[|\[(?:sdfu|mcuBoot|jlink|nrfdl)\][^\n]*"
                          r"(?:Error code: \d+ \(\w+\)|code: \w+)")
_BATCH_FAILED = re.compile(r"(?:Error:\s*)?(?:Failed with exit code (?P<exit>\d+)\.\s*)?One or more (?P<what>\w+) tasks "
                           r"failed[:.]?\s*(?P<rest>.*)$")
_TASK_ERROR = re.compile(r"^\*\s*(?P<serial>[0-9A-Fa-f]{6,}):\s*(?P<msg>.*?)\s*$")
_KIND_SUFFIX = re.compile(r"\((?P<kind>[A-Z][A-Za-z]+)\)\.?\s*$")
_ERROR_CODE = re.compile(r"Error code:\s*(?P<code>\d+)\s*\((?P<kind>\w+)\)")
_CODE_NAME = re.compile(r"\bcode:\s*(?P<kind>[A-Z][A-Za-z]+)\b")
_WEST = re.compile(r"FATAL ERROR: command exited with status (?P<status>\d+): (?P<cmd>nrfutil\b.*)$")
_ASYNC = re.compile(r"async task failure for id: (?P<id>\d+) msg: (?P<msg>.*)$")
_METHOD = re.compile(r"\[(?P<method>sdfu|mcuBoot|jlink|nrfdl|mcuboot|modem)\]", re.IGNORECASE)
_STAMPED = re.compile(r"^(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|\d{2}:\d{2}:\d{2}[.,]\d{3})")
#: Task names / descriptions that are a firmware transfer (their end is the update's end).
_PROGRAMMING = re.compile(r"program|dfu|upgrade|update|flash|write|recover", re.IGNORECASE)


def _snake(camel: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", camel).upper()


def error_kind_events(emit: Emit, message: str, kind: str | None, code: int | None = None,
                      stage: str = "unknown") -> list[Event]:
    """The events an nrfutil device error kind stands for, beside its ``host.error``.

    ``Sdfu`` kinds are the Nordic secure DFU bootloader's own answer: ``SdfuExt<Name>`` an extended
    error, ``Sdfu<Name>`` a result code (CamelCase of the SDK names in ``nrf5/dfu_codes.py``).  A kind
    naming a timeout or a missing device is a link failure.  Others (``WrongFamily``) stay host errors.
    """
    if not kind:
        return []
    out: list[Event] = []
    if kind.startswith("Sdfu"):
        rest = kind[4:]
        if rest.startswith("Ext"):
            name = _snake(rest[3:])
            if name in EXT_ERRORS.values():
                r: dict[str, Any] = {"op": NOT_PRESENT, "result": "EXT_ERROR", "ext_error": name, "protocol": "secure"}
                out.extend(response_event(emit, r))
        else:
            name = _snake(rest)
            if name in RESULTS.values() and name != "SUCCESS":
                out.extend(response_event(emit, {"op": NOT_PRESENT, "result": name, "protocol": "secure"}))
    if re.search(r"Timeout|TimedOut", kind):
        f: dict[str, Any] = {"name": "TIMEOUT", "detail": message, "stage": stage, "error_kind": kind}
        if code is not None:
            f["code"] = code
        out.append(emit("transport.error", **f))
    elif re.search(r"NotFound|NoDevice|Disconnected", kind):
        out.append(emit("transport.error", name="NOT_FOUND" if "Disconnected" not in kind else "DISCONNECTED",
                        detail=message, stage="open" if "Disconnected" not in kind else stage, error_kind=kind))
    return out


def human_line_events(emit: Emit, msg: str, stage: str = "unknown") -> list[Event] | None:
    """Events for one human-readable nrfutil device line (or an app's relay of one), else None.

    Used by this parser and by the desktop-log parser, where the Programmer app logs the same texts."""
    m = _WEST.search(msg)
    if m:
        return [emit("host.error", message=msg, wrapper="west", exit_status=int(m.group("status")), stage=stage)]
    m = _BATCH_FAILED.search(msg)
    if m:
        f: dict[str, Any] = {"message": msg, "stage": stage, "task": m.group("what")}
        if m.group("exit"):
            f["exit_code"] = int(m.group("exit"))
        rest = m.group("rest").strip()
        out = [emit("host.error", **f)]
        if rest:
            out.extend(_task_error(emit, rest.lstrip("*").strip(), stage, into=out[0].fields))
        return out
    m = _TASK_ERROR.match(msg)
    if m:
        out = [emit("host.error", message=m.group("msg"), serial_number=m.group("serial"), stage=stage)]
        out.extend(_task_error(emit, m.group("msg"), stage, into=out[0].fields))
        return out
    m = _ASYNC.search(msg)
    if m:
        f = {"message": m.group("msg"), "task_id": m.group("id"), "stage": stage}
        mm = _METHOD.search(msg)
        if mm:
            f["method"] = mm.group("method")
        return [emit("host.error", **f)]
    if _ERROR_CODE.search(msg) and _METHOD.search(msg):
        out = [emit("host.error", message=msg, stage=stage)]
        out.extend(_task_error(emit, msg, stage, into=out[0].fields))
        return out
    return None


def _task_error(emit: Emit, text: str, stage: str, into: dict[str, Any]) -> list[Event]:
    """Read a task's error text (``<serial>: <message> (<Kind>)``, ``code: <Kind>``, ``Error code: N (Kind)``)
    into the host error's fields, and give the events its kind stands for."""
    m = _TASK_ERROR.match("* " + text) if not text.startswith("*") else _TASK_ERROR.match(text)
    if m and ":" in text[:20]:
        into["serial_number"] = m.group("serial")
        text = m.group("msg")
    code = None
    kind = None
    m = _ERROR_CODE.search(text)
    if m:
        code, kind = int(m.group("code")), m.group("kind")
    else:
        m = _CODE_NAME.search(text) or _KIND_SUFFIX.search(text)
        if m:
            kind = m.group("kind")
    mm = _METHOD.search(text)
    if mm:
        into["method"] = mm.group("method")
    if kind:
        into["error_kind"] = kind
    if code is not None:
        into["code"] = code
    return error_kind_events(emit, text, kind, code, stage)


class _JsonReader:
    """The JSON messages of one input, turned into events as they complete."""

    def __init__(self, emit_for: Any) -> None:
        self.emit_for = emit_for
        self.tasks: dict[str, dict[str, Any]] = {}
        self.stage = "unknown"

    def message(self, lineno: int, raw: str, obj: dict[str, Any], serial: str | None = None) -> list[Event]:
        kind = obj.get("type")
        data = obj.get("data") if isinstance(obj.get("data"), dict) else {}
        emit: Emit = self.emit_for(raw, lineno, (data.get("level") or "").lower() or None)
        extra: dict[str, Any] = {"serial_number": serial} if serial else {}
        task = data.get("task") if isinstance(data.get("task"), dict) else {}
        name = str(task.get("name") or "")
        desc = str(task.get("description") or "")
        tid = str(task.get("id") or "")
        programming = bool(_PROGRAMMING.search(name + " " + desc))
        if kind == "task_begin":
            self.tasks[tid] = {"name": name, "programming": programming}
            if programming:
                return [emit("dfu.start", side="host", tool="nrfutil", task=name or NOT_PRESENT,
                             description=desc or NOT_PRESENT, **extra)]
            return [emit("log.line", message=desc or name, template="task_begin", task=name, **extra)]
        if kind == "task_progress":
            prog = data.get("progress") if isinstance(data.get("progress"), dict) else {}
            pct = prog.get("progressPercentage")
            f: dict[str, Any] = {k2: prog[k1] for k1, k2 in (("step", "step"), ("amountOfSteps", "steps"),
                                                              ("message", "message"), ("operation", "operation"),
                                                              ("description", "description")) if k1 in prog}
            f.update(extra)
            if isinstance(pct, (int, float)):
                if pct > 0 and self.tasks.get(tid, {}).get("programming", programming):
                    self.stage = "data"
                return [emit("dfu.progress", percent=pct, task=name or NOT_PRESENT, **f)]
            return [emit("log.line", template="task_progress", task=name or NOT_PRESENT, **f)]
        if kind in ("task_end", "batch_end"):
            result = data.get("result")
            err = data.get("error") if isinstance(data.get("error"), dict) else None
            message = str(data.get("message") or (err or {}).get("description") or desc or name)
            begun = self.tasks.get(tid, {"programming": programming})
            if result == "success" and not err:
                if begun.get("programming"):
                    return [emit("dfu.complete", side="host", tool="nrfutil", task=name or NOT_PRESENT, **extra)]
                return [emit("log.line", message=message, template=kind, task=name, result="success", **extra)]
            if result is None and err is None:
                return [emit("log.line", message=message, template=kind, task=name, **extra)]
            f = {"message": message, "task": name or NOT_PRESENT, "stage": self.stage, **extra}
            code = err.get("code") if err else None
            if isinstance(code, int):
                f["code"] = code
            desc_text = str((err or {}).get("description") or message)
            out = [emit("host.error", **f)]
            out.extend(_task_error(emit, desc_text, self.stage, into=out[0].fields))
            return out
        if kind == "batch_update":
            batch = data.get("batch") if isinstance(data.get("batch"), dict) else {}
            bdata = batch.get("data") if isinstance(batch.get("data"), dict) else {}
            inner = data.get("data") if isinstance(data.get("data"), dict) else None
            if inner is not None and "type" in inner:
                return self.message(lineno, raw, inner, serial=str(bdata.get("serialNumber") or serial or "") or None)
            return [emit("log.line", template="batch_update", **extra)]
        if kind == "log":
            text = str(data.get("message") or "")
            evs = human_line_events(emit, text, self.stage)
            if evs is not None:
                return evs
            if emit.level in ("error", "critical"):
                return [emit("host.error", message=text, stage=self.stage, **extra)]
            return [emit("log.line", message=text, template="log", **extra)]
        if kind == "info":
            return [emit("log.line", message=json.dumps(data, sort_keys=True)[:300], template="info", **extra)]
        return [emit("log.line", message=raw.strip()[:300], template=str(kind or "json"), **extra)]


#: How many lines a pretty-printed JSON message may span before it is given up as damaged.
MAX_JSON_LINES = 5000


class NrfutilDeviceParser:
    kind = KIND

    def sniff(self, source: Source) -> float:
        head = source.head
        if not looks_like_text(head):
            return 0.0
        text = head[:65536].decode("utf-8", errors="replace")
        if _TYPE_IN_HEAD.search(text) and re.search(r'"data"\s*:', text):
            first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
            if first.startswith("{"):
                return 0.9
        lines = [ln.strip() for ln in text.splitlines()[:200] if ln.strip()]
        # a sign behind a log time is an app's log relaying nrfutil (the desktop-log parser's to read)
        if any(_HUMAN_SIGNS.search(ln) and not _STAMPED.match(ln) for ln in lines[:80]):
            return 0.85
        return 0.0

    def parse(self, source: Source) -> Iterator[Event | ParseWarning]:
        if not looks_like_text(source.head):
            raise WrongFormat("the file is binary, not nrfutil's output")
        state = HostState(source.display, protocol="secure")

        def emit_for(raw: str, lineno: int, level: str | None) -> Emit:
            state.line = lineno
            return Emit(state, raw, lineno, None, level)

        reader = _JsonReader(emit_for)
        pending: list[str] = []
        pending_line = 0
        unparsed: list[int] = []
        n_unparsed = 0
        for lineno, raw, cut in source.iter_lines():
            if cut:
                yield ParseWarning(Location(source.display, lineno),
                                   "line longer than the line limit; the rest of it was not read")
            text, _ = clean_line(raw)
            text = text.strip()
            if pending:
                pending.append(raw)
                try:
                    obj = json.loads("\n".join(pending))
                except ValueError:
                    if len(pending) > MAX_JSON_LINES:
                        yield ParseWarning(Location(source.display, pending_line),
                                           "a JSON message starts here but does not end; skipped")
                        pending.clear()
                    continue
                body = "\n".join(pending)
                pending.clear()
                if isinstance(obj, dict):
                    yield from reader.message(pending_line, body, obj)
                continue
            if not text:
                continue
            if text.startswith("{"):
                try:
                    obj = json.loads(text)
                except ValueError:
                    pending, pending_line = [raw], lineno   # --json-pretty: one message over several lines
                    continue
                if isinstance(obj, dict):
                    yield from reader.message(lineno, raw, obj)
                    continue
            evs = human_line_events(emit_for(raw, lineno, None), text, reader.stage)
            if evs is not None:
                yield from evs
                continue
            if text.startswith("$ ") or re.match(r"^(?:\S*[>$#]\s*)?nrfutil(?:\.exe)?\s", text):
                yield Event("log.line", raw, source.display, line=lineno,
                            fields={"message": text, "template": "command", "tool": "nrfutil"})
                continue
            n_unparsed += 1
            if len(unparsed) < 10:
                unparsed.append(lineno)
            yield Event("unparsed", raw, source.display, line=lineno)
        if pending:
            yield ParseWarning(Location(source.display, pending_line),
                               "a JSON message starts here but the input ends inside it (output cut short?)")
        if n_unparsed:
            yield ParseWarning(Location(source.display, unparsed[0]),
                               f"{n_unparsed} line(s) not understood (first at lines "
                               f"{', '.join(map(str, unparsed))}); kept as 'unparsed' events")


PARSERS = [NrfutilDeviceParser()]
