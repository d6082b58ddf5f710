"""Android DFU Library logs: nRF Connect for Android log exports and logcat of apps using the library.

nRF Connect exports one entry per line, ``LEVEL<TAB>HH:MM:SS.mmm<TAB>message`` (levels V D I A W E, A =
application), the library's own entries tagged ``[DFU]``; forums often turn the tabs into spaces.
Logcat (``10-31 14:02:00.920  1234  5678 D DfuBaseService: ...`` or the Android Studio form) carries
the same messages.  Which DFU protocol is spoken follows from the characteristic UUIDs (legacy
00001531/00001532 vs secure 8EC90001/8EC90002); the library's error numbers ("error 522", 0x2000 |
0x200 | result) are decoded by nrf5/host_codes.py.  Shapes: case android-dfu-lib-1.8.0-hex-truncated-
bricks-legacy (legacy DFU); secure-DFU fixture lines are built from the same line grammar.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import WrongFormat
from ..model import Event, ParseWarning
from ..sources import Source
from .host_log_common import Emit, HostState, classify_message, clock_of, head_lines, run_lines
from .textutil import looks_like_text

KIND = "android-dfu-log"

_LEVELS = {"V": "verbose", "D": "debug", "I": "info", "A": "application", "W": "warning", "E": "error",
           "F": "fatal"}
#: nRF Connect export line.
_NRFCONNECT = re.compile(r"^(?P<lvl>[VDIAWEF])\s+(?P<ts>\d{2}:\d{2}:\d{2}\.\d{3})\s+(?P<msg>.*)$")
#: logcat threadtime ("10-31 14:02:00.920  1234  5678 D Tag: msg") and Android Studio
#: ("2018-10-31 14:02:00.920 1234-5678/pkg D/Tag: msg").
_LOGCAT = re.compile(r"^(?:\d{4}-)?\d{2}-\d{2}\s+(?P<ts>\d{2}:\d{2}:\d{2}\.\d{3})\s+\d+(?:\s+|-)\d+(?:/\S+)?\s+"
                     r"(?P<lvl>[VDIWEFA])[ /](?P<tag>[^:]+?)\s*:\s?(?P<msg>.*)$")
_HEADER = re.compile(r"^nRF Connect, (?P<date>\d{4}-\d{2}-\d{2})$")
_DEVICE = re.compile(r"^(?P<name>.*\S)\s+\((?P<addr>(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2})\)$")
_GAP = re.compile(r"^\[?\s*(?:\.\.\.|…)\s*\]?$")
_DFU_TAG = re.compile(r"^\[(?P<tag>DFU|Callback|McuMgr|[A-Za-z]{2,12})\]\s*")
_SIGNS = re.compile(r"\[DFU\]|DfuBaseService|DfuImpl|SecureDfu|LegacyDfu|no\.nordicsemi\.android|gatt\.\w+\(|"
                    r"connectGatt|onConnectionStateChange")


class AndroidDfuLogParser:
    kind = KIND

    def sniff(self, source: Source) -> float:
        if not looks_like_text(source.head):
            return 0.0
        lines = head_lines(source, 80)
        shaped = sum(1 for x in lines if _NRFCONNECT.match(x) or _LOGCAT.match(x))
        signs = sum(1 for x in lines if _SIGNS.search(x))
        header = any(_HEADER.match(x) for x in lines[:3])
        if shaped >= 2 and (signs or header):
            return 0.9
        if shaped >= 3 and shaped * 2 >= len(lines):
            return 0.6
        if header or (shaped and signs):
            return 0.5
        return 0.0

    def parse(self, source: Source) -> Iterator[Event | ParseWarning]:
        if not looks_like_text(source.head):
            raise WrongFormat("the file is binary, not an Android DFU log")

        def handle(st: HostState, lineno: int, raw: str, clean: str) -> list[Event] | None:
            m = _NRFCONNECT.match(clean) or _LOGCAT.match(clean)
            if not m:
                h = _HEADER.match(clean)
                if h:
                    return [Emit(st, raw, lineno, None, None)("log.line", message=clean, tool="nRF Connect",
                                                              date=h.group("date"))]
                d = _DEVICE.match(clean)
                if d and lineno <= 5:
                    return [Emit(st, raw, lineno, None, None)("log.line", message=clean, device_name=d.group("name"),
                                                              address=d.group("addr"))]
                if _GAP.match(clean):
                    return [Emit(st, raw, lineno, None, None)("log.line", message=clean, gap=True)]
                return None
            msg = m.group("msg").strip()
            tag = m.groupdict().get("tag")
            t = m.group("ts")
            tm = _DFU_TAG.match(msg)
            if tm:
                tag, msg = tm.group("tag"), msg[tm.end():]
            emit = Emit(st, raw, lineno, clock_of(t), _LEVELS.get(m.group("lvl"), m.group("lvl")), tag)
            evs = classify_message(emit, msg, dialect="android")
            for ev in evs or ():
                if ev.kind == "dfu.start":
                    ev.fields.setdefault("transport", "ble")
            return evs if evs is not None else [emit("log.line", message=msg)]

        yield from run_lines(source, handle, HostState(source.display, transport="ble"))


PARSERS = [AndroidDfuLogParser()]
