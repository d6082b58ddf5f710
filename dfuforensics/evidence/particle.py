"""Particle evidence: cloud event streams, describe messages, ``particle serial inspect``, serial logs.

Four kinds, one module, because they share the module-table reader (``particle.modules``):

* ``particle-events``: the cloud's event stream as JSON lines (console "view events" / API) or as the
  SSE stream ``particle subscribe`` / ``curl .../events`` gives (``event:`` + ``data:`` lines);
* ``particle-describe``: one describe document (``{"p":..,"m":[..]}``) as JSON or as pasted from the
  console (comma-less, ``0:{`` indices), possibly cut off;
* ``particle-serial-inspect``: the CLI's rendering of the same table;
* ``particle-serial-log``: Device OS's USB serial log (``0000268495 [comm.ota] INFO: ...``).

Lines starting with ``#`` before the evidence (a provenance note) are comments.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from ..errors import WrongFormat
from ..model import NOT_PRESENT, Event, Location, ParseWarning
from ..particle import codes
from ..particle.modules import (
    INSPECT_CHECK,
    INSPECT_EMPTY,
    INSPECT_MODULE,
    INSPECT_PLATFORM,
    INSPECT_UUID,
    LenientJsonError,
    ModuleTable,
    ParticleDependency,
    ParticleModule,
    loads_lenient,
    looks_like_describe,
    module_from_json,
    table_from_describe,
)
from ..sources import Source
from .textutil import clean_line, looks_like_text

_NAME_IN_HEAD = re.compile(rb'"name"\s*:\s*"(?:spark|particle)/|^event:\s*(?:spark|particle)/', re.M)
#: ``particle subscribe``'s own lines around the events (particle-cli ``src/cmd/subscribe.js``, 2016-2026):
#: the header, and the notes ``--until`` / ``--max`` add.
_SUBSCRIBE_HEADER = re.compile(r"^Subscribing to (?P<what>\"[^\"]*\"|all events|public events) from (?P<scope>.+?)\s*$")
_SUBSCRIBE_NOTE = re.compile(r"^(?:This command will exit after receiving|Matching event received\. Exiting|"
                             r"\d+ event\(s\) received\. Exiting|Listening to: )")
#: An event as the Console's event list shows it, copied as text: NAME, DATA, DEVICE, then the date
#: (``spark/device/last_reset update_timeout titan_ranger 12/13/18 at 10:00:48 pm``).  Read only for the
#: names the cloud reserves (``spark/``, ``particle/``): a device cannot publish those, so the first word
#: says the line is an event.
CONSOLE_ROW = re.compile(r"^(?P<name>(?:spark|particle)/[\w/\-]+)(?:\s+(?P<rest>.*?))?\s*$")
_CONSOLE_DATE = re.compile(r"\s+(?P<date>\d{1,2}/\d{1,2}/\d{2,4}(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*"
                           r"(?:[ap]\.?m\.?)?)?)$", re.IGNORECASE)
_ROW_IN_HEAD = re.compile(rb"^(?:spark|particle)/[\w/\-]+[ \t]+\S", re.M)


def _text_head(source: Source) -> str | None:
    if not looks_like_text(source.head):
        return None
    return source.head.decode("utf-8", errors="replace")


def _content_lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _seconds_of_day(stamp: Any) -> float | None:
    if not isinstance(stamp, str):
        return None
    try:
        dt = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt.hour * 3600 + dt.minute * 60 + dt.second + dt.microsecond / 1e6


def _module_summary(table: ModuleTable) -> dict[str, Any]:
    failed = [m.label() for m in table.modules if not m.empty and m.failed]
    return {"platform_id": table.platform_id, "modules": len(table.modules), "failed_modules": failed}


# ---------------------------------------------------------------------------------------------------


class ParticleEventsParser:
    kind = "particle-events"

    def sniff(self, source: Source) -> float:
        if _text_head(source) is None:
            return 0.0
        if _NAME_IN_HEAD.search(source.head):
            return 0.9
        return 0.8 if _ROW_IN_HEAD.search(source.head[:16384]) else 0.0

    def parse(self, source: Source) -> Iterator[Any]:
        started = False
        sse_name: str | None = None
        for lineno, raw, cut in source.iter_lines():
            text, _rtt = clean_line(raw)
            loc = Location(source.display, line=lineno)
            if not text or (text.startswith("#") and not started):
                continue
            if cut:
                yield ParseWarning(loc, "line too long; cut (its event may be incomplete)")
            if text.startswith("event:"):
                sse_name = text[6:].strip()
                started = True
                continue
            payload_text = text[5:].strip() if text.startswith("data:") else text
            if text.startswith(":") or text.startswith("id:") or text.startswith("retry:"):
                continue  # SSE keep-alive/comment/bookkeeping lines carry no event
            m = _SUBSCRIBE_HEADER.match(text)
            if m:
                what = m.group("what").strip('"')
                yield Event("log.line", text, source.display, line=lineno,
                            fields={"message": text, "template": "subscribe_header", "tool": "particle",
                                    "event_filter": what if what not in ("all events", "public events") else
                                    NOT_PRESENT, "scope": m.group("scope")})
                continue
            if _SUBSCRIBE_NOTE.match(text):
                yield Event("log.line", text, source.display, line=lineno,
                            fields={"message": text, "template": "subscribe_note"})
                continue
            try:
                obj = json.loads(payload_text)
            except ValueError:
                row = CONSOLE_ROW.match(text)
                if row:
                    started = True
                    yield from self._event(source, lineno, text, row.group("name"), _console_row(row))
                    continue
                if not started:
                    raise WrongFormat(f"line {lineno} is not a JSON event") from None
                yield ParseWarning(loc, "not a JSON event; skipped")
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("name", sse_name), str):
                if not started:
                    raise WrongFormat(f"line {lineno} is JSON but not a Particle event") from None
                yield ParseWarning(loc, "JSON without an event name; skipped")
                continue
            started = True
            name = obj.get("name") or sse_name
            sse_name = None
            yield from self._event(source, lineno, text, name, obj)

    def _event(self, source: Source, lineno: int, text: str, name: str, obj: dict[str, Any]) -> Iterator[Any]:
        data = obj.get("data")
        fields: dict[str, Any] = {"name": name, "published_at": obj.get("published_at", NOT_PRESENT),
                                  "device_id": obj.get("coreid", NOT_PRESENT)}
        if "version" in obj:
            fields["product_version"] = obj["version"]
        t = _seconds_of_day(obj.get("published_at"))
        clock = "host" if t is not None else "none"
        loc = Location(source.display, line=lineno)
        kind = "particle.event"
        table: ModuleTable | None = None
        if name in ("spark/status/safe-mode", "spark/device/ota_result") and isinstance(data, str):
            kind = "particle.safe_mode" if name.endswith("safe-mode") else "particle.ota_result"
            try:
                value, truncated = loads_lenient(data)
            except LenientJsonError as exc:
                yield ParseWarning(loc, f"{name} data is not a module table: {exc}")
                value, truncated = None, False
            if kind == "particle.ota_result" and isinstance(value, dict):
                fields["result"] = value.get("r", NOT_PRESENT)
                if isinstance(value.get("u"), dict):
                    value = {"m": [value["u"]], "p": value["u"].get("p")}
            if looks_like_describe(value):
                table, problems = table_from_describe(value, source.display, lineno,
                                                      "safe-mode-event" if kind == "particle.safe_mode"
                                                      else "ota-result", truncated)
                table.published_at = obj.get("published_at", NOT_PRESENT)
                table.device_id = obj.get("coreid", NOT_PRESENT)
                for _line, message in problems:
                    yield ParseWarning(loc, message)
                fields.update(_module_summary(table))
        else:
            fields["data"] = data if data is not None else NOT_PRESENT
            if name == "spark/device/safemode":
                kind = "particle.safe_mode"
            elif name == "spark/status":
                kind, fields["status"] = "particle.status", data
            elif name == "spark/flash/status":
                # the cloud sends "started ", "success ", "failed " (a trailing space, docs and 2016 streams)
                kind = "particle.flash_status"
                fields["status"] = data.strip() if isinstance(data, str) else NOT_PRESENT
            elif name == "spark/device/last_reset":
                # "<reason>" or "<reason>,<data>" (e.g. "panic, hard_fault"): the reason first
                kind = "particle.last_reset"
                reason, _, detail = data.partition(",") if isinstance(data, str) else ("", "", "")
                fields["reason"] = reason.strip() or NOT_PRESENT
                if detail.strip():
                    fields["reason_data"] = detail.strip()
                if fields["reason"] is not NOT_PRESENT:
                    fields["update_related"] = fields["reason"] in codes.UPDATE_RESET_REASONS
        for key in ("device_name", "date_shown"):   # a Console row's device name and date as shown
            if key in obj:
                fields[key] = obj[key]
        yield Event(kind, text, source.display, line=lineno, t=t, clock=clock, fields=fields)
        if table is not None:
            yield table


def _console_row(m: re.Match[str]) -> dict[str, Any]:
    """An event object from a Console row: the data, then the device's name, then the date as shown.

    The date (``12/13/18 at 10:00:48 pm``) is kept as text: the Console shows it in the viewer's time
    zone, so it is not a ``published_at`` and gives no time of day to order events by."""
    rest = m.group("rest") or ""
    obj: dict[str, Any] = {"name": m.group("name")}
    d = _CONSOLE_DATE.search(rest)
    if d:
        obj["date_shown"] = d.group("date")
        rest = rest[: d.start()]
    words = rest.split()
    if len(words) >= 2:
        obj["data"], obj["device_name"] = " ".join(words[:-1]), words[-1]
    elif words:
        obj["data"] = words[0]
    return obj


# ---------------------------------------------------------------------------------------------------


class ParticleDescribeParser:
    kind = "particle-describe"

    def sniff(self, source: Source) -> float:
        head = _text_head(source)
        if head is None:
            return 0.0
        lines = _content_lines(head)
        if not lines or not lines[0].lstrip().startswith("{"):
            return 0.0
        body = "".join(lines[:200])
        if re.search(r'"m"\s*:\s*\[', body) and re.search(r'"(vc|vv|f)"\s*:', body):
            return 0.85
        return 0.0

    def parse(self, source: Source) -> Iterator[Any]:
        text = source.read_bytes().decode("utf-8", errors="replace")
        lines = text.splitlines()
        first = next((i for i, ln in enumerate(lines) if ln.strip() and not ln.lstrip().startswith("#")), None)
        if first is None:
            raise WrongFormat("no JSON in the file")
        body = "\n".join(lines[first:])
        try:
            value, truncated = loads_lenient(body, first_line=first + 1)
        except LenientJsonError as exc:
            raise WrongFormat(f"not a describe document ({exc})") from None
        if not looks_like_describe(value):
            raise WrongFormat("JSON without a module list (\"m\")")
        table, problems = table_from_describe(value, source.display, first + 1, "describe", truncated)
        for line, message in problems:
            yield ParseWarning(Location(source.display, line=line), message)
        yield Event("particle.describe", lines[first].strip()[:200], source.display, line=first + 1,
                    fields=_module_summary(table))
        yield table


# ---------------------------------------------------------------------------------------------------


class SerialInspectParser:
    kind = "particle-serial-inspect"

    def sniff(self, source: Source) -> float:
        head = _text_head(source)
        if head is None:
            return 0.0
        lines = [ln.strip() for ln in head.splitlines()[:60]]
        has_platform = any(INSPECT_PLATFORM.match(ln) for ln in lines)
        has_module = any(INSPECT_MODULE.match(ln) or INSPECT_EMPTY.match(ln) for ln in lines)
        return 0.9 if has_platform and has_module else 0.0

    def parse(self, source: Source) -> Iterator[Any]:
        platform: Any = NOT_PRESENT
        modules: list[ParticleModule] = []
        current: ParticleModule | None = None
        in_deps = False
        table_line: int | None = None
        for lineno, raw, _cut in source.iter_lines():
            text, _rtt = clean_line(raw)
            loc = Location(source.display, line=lineno)
            if not text or text.startswith("#") or text.startswith("$") or text in ("Modules",) \
                    or text.startswith("particle serial"):
                continue
            m = INSPECT_PLATFORM.match(text)
            if m and (current is None or not text.endswith(("PASS", "FAIL"))):
                platform = int(m.group(1))
                table_line = table_line or lineno
                continue
            m = INSPECT_MODULE.match(text)
            if m and m.group("loc"):
                code = codes.FUNCTION_BY_DISPLAY.get(m.group("func").strip().lower(), "?")
                if code == "?":
                    yield ParseWarning(loc, f"unknown module function {m.group('func')!r}")
                current = ParticleModule(code, int(m.group("n")), int(m.group("v")),
                                         codes.LOCATION_BY_DISPLAY.get(m.group("loc"), "_"),
                                         int(m.group("s")), 0, 0, line=lineno)
                modules.append(current)
                in_deps = False
                continue
            if m and current is not None and in_deps:
                code = codes.FUNCTION_BY_DISPLAY.get(m.group("func").strip().lower(), "?")
                current.dependencies.append(ParticleDependency(code, int(m.group("n")), int(m.group("v"))))
                continue
            m = INSPECT_EMPTY.match(text)
            if m:
                current = ParticleModule("", NOT_PRESENT, NOT_PRESENT,
                                         codes.LOCATION_BY_DISPLAY.get(m.group("loc"), "_"), int(m.group("s")),
                                         NOT_PRESENT, NOT_PRESENT, line=lineno)
                modules.append(current)
                in_deps = False
                continue
            m = INSPECT_CHECK.match(text)
            if m and current is not None and not current.empty:
                bit = codes.FLAG_BY_DISPLAY[m.group("check").lower()]
                current.checked = int(current.checked) | bit
                if m.group("r") == "PASS":
                    current.passed = int(current.passed) | bit
                in_deps = bit == 0x04
                continue
            m = INSPECT_UUID.match(text)
            if m and current is not None:
                current.uuid = m.group("u").lower()
                continue
            if not modules:
                raise WrongFormat(f"line {lineno} is not `particle serial inspect` output")
            yield ParseWarning(loc, "line not understood in serial inspect output; skipped")
        if not modules:
            raise WrongFormat("no modules listed")
        table = ModuleTable(source.display, table_line or modules[0].line, "serial-inspect", platform, modules)
        yield Event("particle.describe", f"Platform: {platform}", source.display, line=table.line,
                    fields=_module_summary(table))
        yield table


# ---------------------------------------------------------------------------------------------------

SERIAL_LOG_LINE = re.compile(r"^(?P<ms>\d{10}) \[(?P<cat>[\w.]+)\] (?P<level>TRACE|INFO|WARN|ERROR|PANIC): "
                             r"(?P<msg>.*)$")
#: comm.ota messages (communication/src/firmware_update.cpp) -> the stage of the OTA they mark.
OTA_STAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), stage) for p, stage in (
        (r"^Received UpdateStart request$", "start_request"),
        (r"^Received UpdateStart request but another update is already in progress", "busy"),
        (r"^Starting firmware update$", "start"),
        (r"^Received UpdateFinish request$", "finish_request"),
        (r"^Validating firmware update$", "validating"),
        (r"^Applying firmware update$", "applying"),
        (r"^Cancelling firmware update$", "cancelled"),
        (r"^Cancel update: ", "cancelled"),
        (r"^Failed to apply firmware update: (?P<code>-?\d+)", "apply_failed"),
        (r"^Firmware update failed", "failed"),
        (r"^Transfer timeout", "timeout"),
        (r"^Failed to cancel the update: (?P<code>-?\d+)", "cancel_failed"),
    )
)
_OTA_NUMBER = re.compile(r"^(?P<key>File size|Chunk size|Start offset|Chunk count|Chunks received|Update time|"
                         r"Transfer time|Duplicate chunks|Out-of-order chunks|Chunk ACKs sent|Discard data|"
                         r"Processing time): (?P<value>\d+)$")
_HEX_DIGEST = re.compile(r"^[0-9a-fA-F]{32,128}$")


class SerialLogParser:
    kind = "particle-serial-log"

    def sniff(self, source: Source) -> float:
        head = _text_head(source)
        if head is None:
            return 0.0
        lines = _content_lines(head)[:40]
        hits = sum(1 for ln in lines if SERIAL_LOG_LINE.match(clean_line(ln)[0]))
        return 0.85 if hits and hits >= len(lines) // 2 else 0.0

    def parse(self, source: Source) -> Iterator[Any]:
        seen = False
        last: Event | None = None
        for lineno, raw, _cut in source.iter_lines():
            text, _rtt = clean_line(raw)
            if not text or (text.startswith("#") and not seen):
                continue
            m = SERIAL_LOG_LINE.match(text)
            if not m:
                if not seen:
                    raise WrongFormat(f"line {lineno} is not a Device OS log line")
                if last is not None and last.fields.get("stage") == "checksum" and _HEX_DIGEST.match(text):
                    last.fields["file_checksum"] = text.lower()  # printed on the line after its label
                    continue
                yield Event("unparsed", raw, source.display, line=lineno)
                yield ParseWarning(Location(source.display, line=lineno), "not a Device OS log line")
                continue
            seen = True
            msg, cat = m.group("msg"), m.group("cat")
            fields: dict[str, Any] = {"category": cat, "message": msg}
            kind = "particle.log"
            if cat == "comm.ota":
                kind = "particle.ota"
                for pattern, stage in OTA_STAGES:
                    sm = pattern.match(msg)
                    if sm:
                        fields["stage"] = stage
                        if "code" in pattern.groupindex:
                            fields["error_code"] = int(sm.group("code"))
                        break
                else:
                    nm = _OTA_NUMBER.match(msg)
                    if nm:
                        fields["stage"] = "info"
                        fields[nm.group("key").lower().replace(" ", "_").replace("-", "_")] = int(nm.group("value"))
                    elif msg.startswith("File checksum"):
                        fields["stage"] = "checksum"
                    else:
                        fields["stage"] = "other"
            last = Event(kind, raw, source.display, line=lineno, t=int(m.group("ms")) / 1000.0, clock="device",
                         level=m.group("level").lower(), module=cat, fields=fields)
            yield last
        if not seen:
            raise WrongFormat("no Device OS log lines")


PARSERS = [ParticleEventsParser(), ParticleDescribeParser(), SerialInspectParser(), SerialLogParser()]

__all__ = ["PARSERS", "module_from_json"]
