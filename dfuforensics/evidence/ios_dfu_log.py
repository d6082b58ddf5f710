"""iOS DFU Library logs as apps print them: NSLog, Xcode ``print``, and the error an app reports.

The library never prints; it hands ``(level, message)`` to the app's ``LoggerDelegate`` and the failure to
``DFUServiceDelegate.dfuError``.  What reaches a post therefore depends on the app:

* NSLog: ``2019-07-02 12:28:05.406464+0800 App[pid:tid] N: message``, ``N`` the level's raw value (0 debug,
  1 verbose, 5 info, 10 application, 15 warning, 20 error) or its letter (``D V I A W E``, the library's
  own Example/Test apps and Flutter's ``nordic_dfu`` print ``"\\(level.name()): \\(message)"``);
* the same without the NSLog prefix (Xcode's console, the most common paste), with ``D: ``, ``D : ``,
  ``V Connecting...`` or the level spelled out (``Verbose: ``, nRF Toolbox);
* the delegate's ``Error {DFUError}: {message}`` / ``Error: {message}`` and wrappers around it (Flutter
  ``PlatformException(94, DFU FAILED: Operation failed, Address: <UUID>, Error type 94, null)``).

The library logs control-point writes as ``peripheral.writeValue(0x04, for: 8EC90001-..., ...)`` and
notifications as ``value (0x): 60040a``; its error line gives the bootloader's raw status (``Error 10:
Operation failed``, ``Error 7: SD version check failed``), the delegate the ``DFUError`` (secure results
+ 10, extended errors + 20, buttonless + 90; other numbering before 4.3.0) -- the description text tells
which (``nrf5/host_codes.decode_ios_error``).  Shapes: case ios-sdk12-to-15-execute-0x0A-bad-package;
the corpus' gh-ios-* posts; the library's ``LoggerDelegate.swift`` and ``SecureDFUControlPoint.swift``.

Without the NSLog prefix a letter level is also Zephyr's (``I: ``), so such a log is claimed only on
iOS-only signs: the upper-case DFU characteristic UUIDs CoreBluetooth prints, ``peripheral.`` /
``centralManager.`` calls, the library's class names, its description texts with a number that fits them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import WrongFormat
from ..model import Event, ParseWarning
from ..nrf5 import host_codes as hc
from ..sources import Source
from .host_log_common import (
    DART_FRAME,
    Emit,
    HostState,
    classify_message,
    clock_of,
    flutter_dialect,
    head_lines,
    run_lines,
)
from .textutil import looks_like_text

KIND = "ios-dfu-log"

_IOS_LEVELS = {0: "debug", 1: "verbose", 5: "info", 10: "application", 15: "warning", 20: "error"}
_LETTER_LEVELS = {"D": "debug", "V": "verbose", "I": "info", "A": "application", "W": "warning", "E": "error"}
_WORD_LEVELS = {"debug": "debug", "verbose": "verbose", "info": "info", "application": "application",
                "warning": "warning", "error": "error"}
_NSLOG = re.compile(r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?)(?:[+-]\d{4})?\s+"
                    r"(?P<app>[^\[\s]+(?: [^\[\s]+)*)\[(?P<pid>\d+):(?P<tid>[0-9a-fx]+)\]\s+(?P<msg>.*)$")
#: The level before the message: raw value ``20: ``, letter ``E: `` / ``E : ``, word ``Error: ``.
_LEVEL = re.compile(r"^(?:(?P<n>0|1|5|10|15|20)|(?P<letter>[DVIAWE])|"
                    r"(?P<word>Debug|Verbose|Info|Application|Warning|Error))\s?:\s+")
#: Issue #252's app style: letter and space, no colon (``V Connecting to DfuTarg...``).
_LETTER_SPACE = re.compile(r"^(?P<letter>[DVIAWE]) (?=[A-Z\[])")
_SIGNS = re.compile(r"8EC9000[1-4]|peripheral\.\w+\(|centralManager\.|Central Manager|\bDFU\b|"
                    r"00001531-1212|Secure DFU|Legacy DFU|DFUServiceController")
#: Signs only the iOS library leaves (case-sensitive: CoreBluetooth prints UUIDs upper-case, Android
#: lower-case): for lines without the NSLog prefix, whose letter levels Zephyr shares.
_IOS_ONLY = re.compile(r"8EC9000[1-4]-F315-4F60-9FB8-838830DAEA50|0000153[0-4]-1212-EFDE-1523-785FEABCD123|"
                       r"\bperipheral\.\w+\(|\bcentralManager\.\w+\(|\[Callback\] Central Manager|"
                       r"\bDFUService(?:Controller|Initiator|Delegate)\b")
#: DFUError 308's message, a whole line (``Error: 65760 bytes were sent while 224 bytes were reported as
#: received``).
_BYTES_LOST_LINE = re.compile(r"^(?:Error(?:\s+308)?\s*:\s*)?\d+ bytes were sent while \d+ bytes were reported as "
                              r"received\.?$")

#: A delegate or library error line: ``Error 27: ...``, ``Error: ...``.
_ERROR_LINE = re.compile(r"^Error(?:\s+(?P<num>\d+))?\s*:\s*(?P<text>.+)$")
#: Swift prints optionals as ``Optional("text")``; the text is what was meant.
_OPTIONAL = re.compile(r'Optional\("([^"]*)"\)')


def _ios_error_line(line: str) -> bool:
    """Whether a line is an iOS library/delegate error in the library's own words: a description with
    a number that fits it in one of the library's numberings (``Error 15: Invalid object``,
    ``Error 7: SD version check failed``, ``Error 103: The init packet is required ...``), or a
    description only the iOS library uses (``Error: SD version check failed``)."""
    if _BYTES_LOST_LINE.match(line):
        return True
    m = _ERROR_LINE.match(line)
    if not m:
        return False
    text, num = m.group("text").strip(), m.group("num")
    local = hc.ios_local_error(text)
    if local is not None:
        return num is None or int(num) == local[0]
    if num is not None:
        got = hc.decode_ios_remote_text(text, int(num))
        return got is not None and got.get("numbering") != "text"
    return _ios_only_text(text)


def _ios_only_text(text: str) -> bool:
    from .dfu_response import ext_error_code_of, result_code_of

    if hc.decode_ios_remote_text(text) is None:
        return False
    return (result_code_of(text) is None and ext_error_code_of(text) is None
            and hc.decode_android_remote_text(text) is None)


def _split_level(msg: str, *, loose: bool) -> tuple[str | None, str]:
    """``(level, message)``; the app delegate's ``Error: text`` keeps its ``Error`` (it is the message)."""
    m = _LEVEL.match(msg)
    if m:
        if m.group("n"):
            return _IOS_LEVELS[int(m.group("n"))], msg[m.end():]
        if m.group("letter"):
            return _LETTER_LEVELS[m.group("letter")], msg[m.end():]
        word = m.group("word").lower()
        rest = msg[m.end():]
        if word == "error" and not _LEVEL.match(rest) and not rest.startswith(("Error ", "Error:")):
            return "error", msg
        return _WORD_LEVELS[word], rest
    if loose:
        m = _LETTER_SPACE.match(msg)
        if m:
            return _LETTER_LEVELS[m.group("letter")], msg[m.end():]
    return None, msg


class IosDfuLogParser:
    kind = KIND

    def sniff(self, source: Source) -> float:
        """NSLog-shaped lines with DFU signs; else lines whose iOS-only signs or library error texts say
        iOS (a letter level alone is Zephyr's too)."""
        if not looks_like_text(source.head):
            return 0.0
        lines = head_lines(source, 80)
        shaped = [x for x in lines if _NSLOG.match(x)]
        if shaped:
            if any(_SIGNS.search(x) for x in shaped):
                return 0.9
            if len(shaped) * 2 >= len(lines):
                return 0.4
        if any(flutter_dialect(x) == "ios" for x in lines[:10]):
            return 0.95  # the plugin's error, whatever Dart stack follows it
        strong = sum(1 for x in lines if _IOS_ONLY.search(x))
        levelled = sum(1 for x in lines if _LEVEL.match(x))
        texts = sum(1 for x in lines if _ios_error_line(_split_level(x, loose=False)[1]))
        if strong and (levelled * 3 >= len(lines) or strong >= 3):
            # above a letter-levelled Zephyr log's claim (0.95): the signs are CoreBluetooth's, not Zephyr's
            return 0.97
        if strong or (texts and texts * 2 >= len(lines)):
            return 0.6
        return 0.0

    def parse(self, source: Source) -> Iterator[Event | ParseWarning]:
        if not looks_like_text(source.head):
            raise WrongFormat("the file is binary, not an iOS DFU log")

        def handle(st: HostState, lineno: int, raw: str, clean: str) -> list[Event] | None:
            m = _NSLOG.match(clean)
            msg = (m.group("msg") if m else clean).strip()
            if not m and DART_FRAME.match(msg):
                return [Emit(st, raw, lineno, None, None)("log.line", message=msg, template="dart_frame")]
            if "Optional(" in msg:
                msg = _OPTIONAL.sub(r"\1", msg)
            level, msg = _split_level(msg, loose=True)
            emit = Emit(st, raw, lineno, clock_of(m.group("ts")) if m else None, level,
                        m.group("app") if m else None)
            evs = classify_message(emit, msg, dialect="ios")
            for ev in evs or ():
                if ev.kind == "dfu.start":
                    ev.fields.setdefault("transport", "ble")
            if evs is not None:
                return evs
            # a line in the library's shape (prefix or level) we give no meaning is still a log line
            return [emit("log.line", message=msg)] if (m or level) else None

        yield from run_lines(source, handle, HostState(source.display, transport="ble"))


PARSERS = [IosDfuLogParser()]
