"""Console output of ``nrfjprog`` (nRF Command Line Tools): what was erased and written over SWD.

Why read it: a DFU bootloader that never starts after being flashed is often the programming step's doing,
and nrfjprog says exactly what it touched -- ``--sectorerase`` prints ``Erasing page at address 0x0.`` when
the image covers page 0 (the MBR's page), ``--chiperase`` / ``--eraseall`` print ``Erasing user available
code and UICR flash areas.`` (the settings page and UICR with them).  Each page becomes a ``log.line`` with
its ``address`` (template ``erase_page``), the command line its options, and ``ERROR:`` lines become
``host.error`` / ``flash.error`` / ``transport.error`` (no debugger: stage ``open``).

Shapes: nrfjprog 9.x/10.x as posted (devzone 55477 in tests/corpus, 61641 ``--sectorerase`` page list,
46309 ``--chiperase``, 22850 ``ERROR: Write verify failed.``, 11239 ``ERROR: The area to write is not
erased.``, 115226 the 10.x progress line ``[ #### ] 5.321s | Erase file - Done``).  Kind ``nrfjprog-output``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..errors import WrongFormat
from ..model import Event, ParseWarning
from ..sources import Source
from .host_log_common import run_lines
from .textutil import clean_line, looks_like_text

KIND = "nrfjprog-output"

_COMMAND = re.compile(r"^(?:[^$#>]{0,120}[$#>]\s*)?(?:\"?[^\"]*[/\\])?nrfjprog(?:\.exe)?\"?\s+(?P<args>-.*)$")
_ERASE_PAGE = re.compile(r"^Erasing page at address (?P<addr>0x[0-9A-Fa-f]+)\.?$")
_ERASE_ALL = re.compile(r"^Erasing user (?:available )?code and UICR flash areas\.?$")
_RESET = re.compile(r"^Applying (?P<how>system|pin|debug|hard) reset\.?$")
_STEPS = re.compile(r"^(?:Parsing (?:hex|image) file|Reading flash area to program to guarantee it is erased|"
                    r"Checking that the area to write is not protected|Programm?ing device|Verifying programming|"
                    r"Recovering device|Storing data in|Reading data from|Halting|Run)\b")
_VERIFIED = re.compile(r"^Verified OK\.?$")
#: nrfjprog 10.x progress: ``[ #################### ] 5.321s | Erase file - Done erasing``.
_PROGRESS = re.compile(r"^\[\s*[#\s]*\]\s*(?P<secs>[\d.]+)s\s*\|\s*(?P<step>.+?)\s*-\s*(?P<state>.+)$")
_ERROR = re.compile(r"^ERROR:\s*(?P<msg>.*)$")
_WARNING = re.compile(r"^WARNING:\s*(?P<msg>.*)$")
_NO_PROBE = re.compile(r"no debugger|Unable to connect to a debugger|No debuggers were discovered|"
                       r"could not connect to|JLinkARM DLL|The device could not be found", re.IGNORECASE)
_ERASE_MODES = ("--sectorerase", "--sectoranduicrerase", "--chiperase", "--eraseall", "--recover", "--qspisectorerase",
                "--qspichiperase", "--erasepage", "-e")
_SIGNS = (_ERASE_PAGE, _ERASE_ALL, _RESET, _STEPS, _VERIFIED, _PROGRESS)


class NrfjprogParser:
    kind = KIND

    def sniff(self, source: Source) -> float:
        if not looks_like_text(source.head):
            return 0.0
        lines = [clean_line(ln)[0] for ln in source.head[:32768].decode("utf-8", "replace").splitlines()[:200]]
        content = [ln for ln in lines if ln]
        command = any(_COMMAND.match(ln) for ln in content)
        kinds = {i for ln in content for i, p in enumerate(_SIGNS) if p.match(ln)}
        errors = any(_ERROR.match(ln) for ln in content)
        if (command and (kinds or errors)) or len(kinds) >= 2:
            return 0.8
        return 0.0

    def parse(self, source: Source) -> Iterator[Event | ParseWarning]:
        if not looks_like_text(source.head):
            raise WrongFormat("the file is binary, not nrfjprog output")
        src = source.display
        def handle(_state: object, lineno: int, raw: str, text: str) -> list[Event] | None:
            event = _line(src, lineno, raw, text)
            return [event] if event is not None else None

        yield from run_lines(source, handle)


def _command(src: str, lineno: int, raw: str, text: str, args: str) -> Event:
    words = args.split()
    f: dict[str, Any] = {"message": text, "template": "command", "tool": "nrfjprog"}
    erase = [w for w in words if w in _ERASE_MODES]
    if erase:
        f["erase"] = erase[0].lstrip("-")
    for opt, key in (("--program", "program"), ("-f", "family"), ("--family", "family"), ("--snr", "serial_number"),
                     ("-s", "serial_number")):
        if opt in words and words.index(opt) + 1 < len(words):
            f[key] = words[words.index(opt) + 1].strip("\"'")
    if "--verify" in words:
        f["verify"] = True
    if "-r" in words or "--reset" in words:
        f["reset"] = True
    return Event("log.line", raw, src, line=lineno, fields=f)


def _line(src: str, lineno: int, raw: str, text: str) -> Event | None:
    m = _COMMAND.match(text)
    if m:
        return _command(src, lineno, raw, text, m.group("args"))
    m = _ERASE_PAGE.match(text)
    if m:
        return Event("log.line", raw, src, line=lineno, fields={"message": text, "template": "erase_page",
                                                                 "address": int(m.group("addr"), 16)})
    if _ERASE_ALL.match(text):
        return Event("log.line", raw, src, line=lineno, fields={"message": text, "template": "erase_all"})
    m = _RESET.match(text)
    if m:
        return Event("log.line", raw, src, line=lineno, fields={"message": text, "template": "reset",
                                                                 "reset": m.group("how")})
    if _VERIFIED.match(text):
        return Event("log.line", raw, src, line=lineno, fields={"message": text, "template": "verified", "ok": True})
    m = _PROGRESS.match(text)
    if m:
        return Event("log.line", raw, src, line=lineno, fields={"message": text, "template": "progress",
                                                                 "step": m.group("step"), "state": m.group("state"),
                                                                 "seconds": float(m.group("secs"))})
    if _STEPS.match(text):
        return Event("log.line", raw, src, line=lineno, fields={"message": text, "template": "step"})
    m = _ERROR.match(text)
    if m:
        msg = m.group("msg")
        if _NO_PROBE.search(msg):
            return Event("transport.error", raw, src, line=lineno, level="err",
                         fields={"name": "NOT_FOUND", "detail": msg, "stage": "open", "tool": "nrfjprog"})
        if re.search(r"verify failed", msg, re.IGNORECASE):
            return Event("flash.error", raw, src, line=lineno, level="err",
                         fields={"op": "write", "check": "verify", "detail": msg, "tool": "nrfjprog"})
        if re.search(r"not erased", msg, re.IGNORECASE):
            return Event("flash.error", raw, src, line=lineno, level="err",
                         fields={"op": "write", "check": "erased", "detail": msg, "tool": "nrfjprog"})
        f: dict[str, Any] = {"message": msg, "tool": "nrfjprog"}
        if re.search(r"readback protection|access port protection|APPROTECT", msg, re.IGNORECASE):
            f["protection"] = True
        return Event("host.error", raw, src, line=lineno, level="err", fields=f)
    m = _WARNING.match(text)
    if m:
        return Event("log.line", raw, src, line=lineno, level="warning",
                     fields={"message": m.group("msg"), "template": "warning"})
    return None


PARSERS = [NrfjprogParser()]
