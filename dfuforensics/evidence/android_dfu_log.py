"""Android DFU Library logs: nRF Connect for Android exports, logcat of apps using the library, and the
library's ``[DFU]`` lines as apps and wrappers pass them on.

nRF Connect exports one entry per line, ``LEVEL<TAB>HH:MM:SS.mmm<TAB>message`` (levels V D I A W E, A =
application), the library's own entries tagged ``[DFU]``; forums often turn the tabs into spaces.
Logcat comes as ``10-31 14:02:00.920  1234  5678 D DfuBaseService: ...`` (threadtime), the Android Studio
form, ``10:30:35.150  I/DfuBaseService: ...`` or bare ``D/BluetoothGatt: ...`` / ``I/DfuImpl (12367): ...``
(Flutter), and a library tag alone (``DfuBaseService: java.io.IOException: ...``).  Apps that listen to the
library's log broadcasts print its messages inside their own: ``E/DfuLogListener: 1---[DFU] ...``,
``Level : 10 , Message : [DFU] ...``, React Native ``ReactNativeJS: [DFU]: 1 [DFU] ...``, the old debug
``sendLogBroadcast - fullMessage: [DFU] ...``, or a pasted ``[DFU] ...`` with nothing before it; the
message is what follows the last ``[DFU]``, the number just before it the library's level (0 debug,
1 verbose, 5 info, 10 application, 15 warning, 20 error).

Which DFU protocol is spoken follows from the characteristic UUIDs (legacy 00001531/00001532 vs secure
8EC90001/8EC90002); the library's error numbers ("error 522", 0x2000 | 0x200 | result) are decoded by
nrf5/host_codes.py.  Shapes: case android-dfu-lib-1.8.0-hex-truncated-bricks-legacy (legacy DFU), the
corpus' gh-android-* / gh-flutter-* / gh-rn-* posts, the library's ``DfuBaseService`` / ``*DfuImpl``
format strings (FORMS.md §2).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import WrongFormat
from ..model import Event, ParseWarning
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

KIND = "android-dfu-log"

_LEVELS = {"V": "verbose", "D": "debug", "I": "info", "A": "application", "W": "warning", "E": "error",
           "F": "fatal"}
#: The library's own log levels (``DfuBaseService.LOG_LEVEL_*``), as listeners print them.
_LIB_LEVELS = {0: "debug", 1: "verbose", 5: "info", 10: "application", 15: "warning", 20: "error"}
#: nRF Connect export line.
_NRFCONNECT = re.compile(r"^(?P<lvl>[VDIAWEF])\s+(?P<ts>\d{2}:\d{2}:\d{2}\.\d{3})\s+(?P<msg>.*)$")
#: logcat threadtime ("10-31 14:02:00.920  1234  5678 D Tag: msg") and Android Studio
#: ("2018-10-31 14:02:00.920 1234-5678/pkg D/Tag: msg").
_LOGCAT = re.compile(r"^(?:\d{4}-)?\d{2}-\d{2}\s+(?P<ts>\d{2}:\d{2}:\d{2}\.\d{3})\s+\d+(?:\s+|-)\d+(?:/\S+)?\s+"
                     r"(?P<lvl>[VDIWEFA])[ /](?P<tag>[^:]+?)\s*:\s?(?P<msg>.*)$")
#: logcat brief forms: "D/BluetoothGatt: msg", "I/DfuImpl (12367): msg", "E/BLE DFU: msg", with or without
#: a time before them ("10:30:35.150  I/DfuBaseService: msg").
_LOGCAT_BRIEF = re.compile(r"^(?:(?P<ts>\d{2}:\d{2}:\d{2}\.\d{3})\s+)?(?P<lvl>[VDIWEFA])/(?P<tag>[^:(]+?)\s*"
                           r"(?:\(\s*\d+\))?\s*:\s?(?P<msg>.*)$")
#: The library's logcat tags with the level dropped ("DfuBaseService: java.io.IOException: ...").
_LIB_TAG = re.compile(r"^(?P<tag>DfuBaseService|DfuImpl|SecureDfuImpl|LegacyDfuImpl|ButtonlessDfuImpl|"
                      r"DfuArchiveInputStream|DfuServiceInitiator)\s*:\s*(?P<msg>.*)$")
_HEADER = re.compile(r"^nRF Connect, (?P<date>\d{4}-\d{2}-\d{2})$")
_DEVICE = re.compile(r"^(?P<name>.*\S)\s+\((?P<addr>(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2})\)$")
_GAP = re.compile(r"^\[?\s*(?:\.\.\.|…)\s*\]?$")
_DFU_TAG = re.compile(r"^\[(?P<tag>DFU|Callback|McuMgr|[A-Za-z]{2,12})\]\s*")
#: The library level a listener printed just before the last ``[DFU]``: ``Level : 10 , Message : ``,
#: ``1---``, ``[DFU]: 1 ``.
_LEVEL_BEFORE = re.compile(r"(?<![\w:.])(?:Level\s*:\s*)?(?P<n>0|1|5|10|15|20)\s*(?:,\s*Message\s*:|-{2,3})?\s*$")
_SIGNS = re.compile(r"\[DFU\]|DfuBaseService|DfuImpl|SecureDfu|LegacyDfu|no\.nordicsemi\.android|gatt\.\w+\(|"
                    r"connectGatt|onConnectionStateChange|onClientConnectionState|DfuLogListener")
#: A React Native rejection of the DFU promise: ``{"framesToPop":1,"code":"4097"}`` (the wrappers reject
#: with ``Integer.toString(error)`` as the code, the library's onError number).
_RN_REJECTION = re.compile(r'"framesToPop"\s*:\s*\d+\s*,\s*"code"\s*:\s*"\d+"')


def _library_message(msg: str) -> tuple[str, str | None]:
    """The message after the last ``[DFU]`` and the library level printed before it (None if none)."""
    i = msg.rfind("[DFU]")
    before, rest = msg[:i], msg[i + 5:].lstrip(" :")
    lm = _LEVEL_BEFORE.search(before)
    return "[DFU] " + rest, (_LIB_LEVELS[int(lm.group("n"))] if lm else None)


class AndroidDfuLogParser:
    kind = KIND

    def sniff(self, source: Source) -> float:
        """nRF Connect / logcat lines with library signs; pasted ``[DFU]`` lines; a wrapper's rejection."""
        if not looks_like_text(source.head):
            return 0.0
        lines = head_lines(source, 80)
        shaped = sum(1 for x in lines if _NRFCONNECT.match(x) or _LOGCAT.match(x) or _LOGCAT_BRIEF.match(x)
                     or _LIB_TAG.match(x))
        signs = sum(1 for x in lines if _SIGNS.search(x))
        header = any(_HEADER.match(x) for x in lines[:3])
        tagged = sum(1 for x in lines if x.startswith("[DFU]"))
        if shaped >= 2 and (signs or header):
            return 0.9
        if shaped >= 3 and shaped * 2 >= len(lines):
            return 0.6
        if tagged and tagged * 3 >= len(lines):
            return 0.6
        if header or (shaped and signs):
            return 0.5
        if any(_RN_REJECTION.search(x) for x in lines[:5]) and len(lines) <= 5:
            return 0.5
        if any(flutter_dialect(x) == "android" for x in lines[:10]):
            return 0.95  # the plugin's error, whatever Dart stack follows it
        return 0.0

    def parse(self, source: Source) -> Iterator[Event | ParseWarning]:
        if not looks_like_text(source.head):
            raise WrongFormat("the file is binary, not an Android DFU log")

        def handle(st: HostState, lineno: int, raw: str, clean: str) -> list[Event] | None:
            m = _NRFCONNECT.match(clean) or _LOGCAT.match(clean) or _LOGCAT_BRIEF.match(clean) \
                or _LIB_TAG.match(clean)
            if m:
                msg = m.group("msg").strip()
                groups = m.groupdict()
                tag, t, lvl = groups.get("tag"), groups.get("ts"), groups.get("lvl")
                level = _LEVELS.get(lvl, lvl) if lvl else None
            elif "[DFU]" in clean or _RN_REJECTION.search(clean) or "PlatformException(" in clean:
                msg, tag, t, level = clean, None, None, None
            else:
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
                if DART_FRAME.match(clean):
                    return [Emit(st, raw, lineno, None, None)("log.line", message=clean, template="dart_frame")]
                return None
            if "[DFU]" in msg and not msg.startswith("[DFU]"):
                msg, lib_level = _library_message(msg)
                level = lib_level or level
            tm = _DFU_TAG.match(msg)
            if tm:
                tag, msg = tm.group("tag"), msg[tm.end():]
            emit = Emit(st, raw, lineno, clock_of(t) if t else None, level, tag)
            evs = classify_message(emit, msg, dialect="android")
            for ev in evs or ():
                if ev.kind == "dfu.start":
                    ev.fields.setdefault("transport", "ble")
            return evs if evs is not None else [emit("log.line", message=msg)]

        yield from run_lines(source, handle, HostState(source.display, transport="ble"))


PARSERS = [AndroidDfuLogParser()]
