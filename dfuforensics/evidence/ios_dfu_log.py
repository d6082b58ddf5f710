"""iOS DFU Library logs as an app prints them (NSLog / Xcode console).

Shape: ``2019-07-02 12:28:05.406464+0800 App[pid:tid] N: message`` where ``N`` is the library's log
level (0 debug, 1 verbose, 5 info, 10 application, 15 warning, 20 error); the app's own lines have no
level.  The library logs control-point writes as ``peripheral.writeValue(0x04, for: 8EC90001-..., ...)``
and notifications as ``value (0x): 60040a``; its error lines say ``Error 10: Operation failed`` (the
bootloader's result), while the app's delegate prints the ``DFUError`` raw value (``Error 20: ...``,
secure results + 10, extended errors + 20).  Shapes: case ios-sdk12-to-15-execute-0x0A-bad-package.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import WrongFormat
from ..model import Event, ParseWarning
from ..sources import Source
from .host_log_common import Emit, HostState, classify_message, clock_of, head_lines, run_lines
from .textutil import looks_like_text

KIND = "ios-dfu-log"

_IOS_LEVELS = {0: "debug", 1: "verbose", 5: "info", 10: "application", 15: "warning", 20: "error"}
_NSLOG = re.compile(r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?)(?:[+-]\d{4})?\s+"
                    r"(?P<app>[^\[\s]+(?: [^\[\s]+)*)\[(?P<pid>\d+):(?P<tid>[0-9a-fx]+)\]\s+(?P<msg>.*)$")
_LEVEL = re.compile(r"^(?P<n>0|1|5|10|15|20):\s+")
_SIGNS = re.compile(r"8EC9000[1-4]|peripheral\.\w+\(|centralManager\.|Central Manager|\bDFU\b|"
                    r"00001531-1212|Secure DFU|Legacy DFU|DFUServiceController")


class IosDfuLogParser:
    kind = KIND

    def sniff(self, source: Source) -> float:
        if not looks_like_text(source.head):
            return 0.0
        lines = head_lines(source, 80)
        shaped = [x for x in lines if _NSLOG.match(x)]
        if not shaped:
            return 0.0
        if any(_SIGNS.search(x) for x in shaped):
            return 0.9
        return 0.4 if len(shaped) * 2 >= len(lines) else 0.0

    def parse(self, source: Source) -> Iterator[Event | ParseWarning]:
        if not looks_like_text(source.head):
            raise WrongFormat("the file is binary, not an iOS DFU log")

        def handle(st: HostState, lineno: int, raw: str, clean: str) -> list[Event] | None:
            m = _NSLOG.match(clean)
            if not m:
                return None
            msg = m.group("msg").strip()
            lm = _LEVEL.match(msg)
            level = None
            if lm:
                level = _IOS_LEVELS[int(lm.group("n"))]
                msg = msg[lm.end():]
            emit = Emit(st, raw, lineno, clock_of(m.group("ts")), level, m.group("app"))
            # the library's own error lines give the result code; the app's (no level) DFUError values
            evs = classify_message(emit, msg, dialect=None if lm else "ios")
            for ev in evs or ():
                if ev.kind == "dfu.start":
                    ev.fields.setdefault("transport", "ble")
            return evs if evs is not None else [emit("log.line", message=msg)]

        yield from run_lines(source, handle, HostState(source.display, transport="ble"))


PARSERS = [IosDfuLogParser()]
