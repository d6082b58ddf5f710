"""Console output of the ``particle`` CLI (``flash``, ``update``, ``serial``) and of the dfu-util it runs.

``particle update`` and ``particle flash --usb`` drive dfu-util against the device in DFU mode (blinking
yellow); the CLI prints its own lines around dfu-util's (``> Your device is ready for a system update.``,
``! An error occurred while attempting to update the system firmware of your device:``, ``Flash success!``,
``Error writing firmware: ...`` with a Node stack; particle-cli ``src/cmd/update.js``, ``flash.js``,
``serial.js``, ``cloud.js``), and dfu-util prints its progress and errors (``Download [====] 45%``,
``dfu-util: Wrong state after command "ERASE_PAGE" download``, ``Error during download get_status``,
``dfuse_download: libusb_control_transfer returned -9``; dfu-util ``dfuse.c``, ``dfu_load.c``).

Why read it: the CLI's own failure line names nothing; dfu-util's line decides between a device whose flash
refused an erase (``flash.error``), a USB link or device that stopped answering mid-download
(``transport.error`` with ``stage``), and the host tool failing before anything was sent (``host.error``,
stage ``open``).  The DFU-suffix warnings dfu-util prints for every Particle binary are benign and are
marked so (``log.line``, ``benign``).  Kind ``particle-cli-output``; input with only dfu-util's lines is
``dfu-util-output`` (docs/facts/particle.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..errors import WrongFormat
from ..model import Event, InputKind, Location, ParseWarning
from ..sources import Source
from .textutil import clean_line, looks_like_text

KIND = "particle-cli-output"
DFU_UTIL_KIND = "dfu-util-output"

#: libusb error codes (libusb.h ``enum libusb_error``) as dfu-util prints them (``returned -9``).
LIBUSB_ERRORS = {-1: "LIBUSB_ERROR_IO", -2: "LIBUSB_ERROR_INVALID_PARAM", -3: "LIBUSB_ERROR_ACCESS",
                 -4: "LIBUSB_ERROR_NO_DEVICE", -5: "LIBUSB_ERROR_NOT_FOUND", -6: "LIBUSB_ERROR_BUSY",
                 -7: "LIBUSB_ERROR_TIMEOUT", -8: "LIBUSB_ERROR_OVERFLOW", -9: "LIBUSB_ERROR_PIPE",
                 -10: "LIBUSB_ERROR_INTERRUPTED", -11: "LIBUSB_ERROR_NO_MEM", -12: "LIBUSB_ERROR_NOT_SUPPORTED",
                 -99: "LIBUSB_ERROR_OTHER"}
#: USB DFU 1.1 bStatus values (``status(n) = ...`` lines), spec names.
DFU_STATUS = {0: "OK", 1: "errTARGET", 2: "errFILE", 3: "errWRITE", 4: "errERASE", 5: "errCHECK_ERASED",
              6: "errPROG", 7: "errVERIFY", 8: "errADDRESS", 9: "errNOTDONE", 10: "errFIRMWARE", 11: "errVENDOR",
              12: "errUSBR", 13: "errPOR", 14: "errUNKNOWN", 15: "errSTALLEDPKT"}
#: Statuses that are the device's flash refusing an operation -> ``flash.error`` op.
_FLASH_STATUS = {3: "write", 4: "erase", 5: "erase", 6: "write", 7: "write"}
#: DfuSe special commands whose failure is the flash's (``dfuse_command_name``).
_ERASE_COMMANDS = ("ERASE_PAGE", "MASS_ERASE")

# --- particle-cli ----------------------------------------------------------------------------------
_CLI_COMMAND = re.compile(r"^(?:[^$#>]{0,120}[$#>]\s*)?(?:sudo\s+)?(?:\S*[/\\])?particle(?:\.exe)?\s+(?P<args>\S.*)$")
#: chalk's markers ("> ", "! ", "!!! ") in front of the CLI's own messages.
_MARK = re.compile(r"^(?:!!!|[>!])\s+")
#: the CLI's spinner, glued in front of whatever dfu-util printed next.
_SPINNER = re.compile(r"^[\u2580-\u259f|/\\-]\s+Updating system firmware on the device\.\.\.")
_CLI: tuple[tuple[re.Pattern[str], str, dict[str, Any]], ...] = tuple(
    (re.compile(p), kind, extra) for p, kind, extra in (
        (r"^Your device is ready for a system update", "dfu.start", {"transport": "usb", "command": "update"}),
        (r"^System firmware update successfully completed", "dfu.complete", {}),
        (r"^Update success!?$", "dfu.complete", {}),
        (r"^Flash success!?$", "dfu.complete", {}),
        (r"^Flash device OK:\s*(?P<status>.*)$", "dfu.start", {"transport": "cloud"}),
        (r"^Flashing firmware to your device (?P<device>\S+)", "dfu.start", {"transport": "cloud"}),
        (r"^Flashing (?P<platform>[\w ]+?) (?:device )?(?P<device>[0-9a-f]{24})\b", "dfu.start", {}),
        (r"^An error occurred while attempting to update the system firmware", "host.error", {"summary": True}),
        (r"^(?:VError:\s*)?Error writing firmware:?\s*(?P<cause>.*)$", "host.error", {}),
        (r"^(?:VError:\s*)?Flash device failed:?\s*(?P<cause>.*)$", "host.error", {"transport": "cloud"}),
        (r"^(?:Error:\s*)?unknown module function (?P<function>\d+)", "host.error", {"check": "module_function"}),
        (r"^(?:Error:\s*)?Incorrect platform id \(expected (?P<expected>\d+), parsed (?P<parsed>\d+)\)", "host.error",
         {"check": "platform"}),
        (r"^(?:Error:\s*)?CRC is invalid, use --force", "host.error", {"check": "crc"}),
        # the cloud refuses to flash while it is upgrading the device's Device OS (safe-mode healing)
        (r"^(?:Error:\s*)?Mandatory system firmware (?:upgrade|update) in progress", "host.error",
         {"stage": "open", "cause": "system_update_in_progress"}),
        (r"^Cannot read property '\w+' of (?:undefined|null)", "host.error", {"exception": "TypeError"}),
        (r"^(?:Error:\s*)?No DFU device found", "transport.error", {"name": "NOT_FOUND", "stage": "open"}),
        (r"^(?:Error:\s*)?No serial port identified", "transport.error", {"name": "NOT_FOUND", "stage": "open"}),
        (r"^Serial connection closed", "transport.disconnect", {}),
        (r"^(?:This process should take|Your device should now restart|Please visit our community forums|"
         r"You may also find our community forums|https?://community\.particle\.io|Including:|"
         r"Your device id is|Your system firmware version is|Found \d+ devices? connected|Done! Your device)",
         "log.line", {}),
    ))
#: Failure lines only particle-cli prints (its VError wrappers and the update summary).
_CLI_ERROR_SIGNS = re.compile(r"^(?:VError:\s*)?(?:Error writing firmware:|Flash device failed:)|"
                              r"^An error occurred while attempting to update the system firmware of your device|"
                              r"^(?:Error:\s*)?unknown module function \d+, use --force to override|"
                              r"^(?:Error:\s*)?Mandatory system firmware (?:upgrade|update) in progress")
_JS_FRAME = re.compile(r"^at\s+(?:<anonymous>|\S.*(?:\(|:\d+:\d+\)?$))")
_CAUSED_BY = re.compile(r"^caused by:\s*(?P<exc>\w*Error)?:?\s*(?P<msg>.*)$")
_VERSION_ONLY = re.compile(r"^\d+\.\d+\.\d+(?:-[\w.]+)?$")

# --- dfu-util --------------------------------------------------------------------------------------
_DFU_PREFIX = re.compile(r"^dfu-util:\s*")
_DFU_BANNER = re.compile(r"^dfu-util (?P<v>\d+\.\d+\S*)$|^Copyright \d{4}-\d{4} |^This program is Free Software|"
                         r"^Please report bugs to ")
_DFU_INFO = re.compile(r"^(?:Opening DFU (?:capable )?USB device|Run-time device DFU version|Claiming USB DFU Interface|"
                       r"Setting Alternate Setting|Determining device status|dfuIDLE, continuing|dfuDNLOAD-IDLE|"
                       r"DFU mode device DFU version|Device returned transfer size|DfuSe interface name|"
                       r"Found (?:DFU|Runtime)|Deducing device DFU version|Match vendor ID|Copying data from PC|"
                       r"bytes_per_hash|Dfu suffix version|Limiting|Poll timeout|Setting timeout|Resetting USB|"
                       r"Invalid DFU suffix signature.*|Leaving DFU|Submitting leave request|Device will leave)")
_DFU_ID = re.compile(r"^ID (?P<id>[0-9a-f]{4}:[0-9a-f]{4})$")
_DFU_SUFFIX = re.compile(r"^(?:Warning: )?(?:File too short for DFU suffix|(?:No valid|Invalid) DFU suffix signature|"
                         r"A valid DFU suffix will be required in a future dfu-util release)")
_DFU_DOWNLOAD_TO = re.compile(r"^Downloading (?:element )?to address = (?P<addr>0x[0-9a-fA-F]+), size = (?P<size>\d+)")
_DFU_PROGRESS = re.compile(r"^(?P<label>Down?loadi?n?g?\w*|Erase|Upload)\s*\w*\s*\[(?P<bar>[= #*.]*)\]\s*(?P<pct>\d{1,3})%"
                           r"(?:\s+(?P<bytes>\d+) bytes)?")
_DFU_ERASING = re.compile(r"^Erasing page size (?P<size>\d+) at address (?P<addr>0x[0-9a-fA-F]+)")
_DFU_STATE = re.compile(r"^(?:DFU )?state\((?P<state>\d+)\)\s*=\s*(?P<sname>\w+),\s*status\((?P<status>\d+)\)\s*=\s*(?P<stext>.*)$")
_DFU_ERRORS: tuple[tuple[re.Pattern[str], str, dict[str, Any]], ...] = tuple(
    (re.compile(p), kind, extra) for p, kind, extra in (
        (r"^(?:Error: )?Wrong state after command \"?(?P<command>\w+)\"? download", "command", {}),
        (r"^(?:Error: )?(?P<command>[A-Z_]+) not correctly executed", "command", {}),
        (r"^Error during (?:special )?command \"?(?P<command>\w+)\"? (?:download|get_status|second get_status)",
         "command", {}),
        (r"^Error during command \"?(?P<command>\w+)\"? second get_status", "command", {}),
        (r"^(?:Error: )?Command not correctly executed", "command", {}),
        (r"^Error during (?:special command )?download get_status", "transport.error",
         {"name": "GET_STATUS_FAILED", "stage": "data"}),
        (r"^Error during download$", "transport.error", {"name": "DOWNLOAD_FAILED", "stage": "data"}),
        (r"^Error sending completion packet", "transport.error", {"name": "DOWNLOAD_FAILED", "stage": "activate"}),
        (r"^(?:unable to read DFU status|Error during (?:second|abort) get_status)", "transport.error",
         {"name": "GET_STATUS_FAILED", "stage": "data"}),
        (r"^(?P<function>\w+): libusb_control_(?:transfer|msg) returned (?P<code>-?\d+)", "transport.error",
         {"name": "USB_ERROR", "stage": "data"}),
        (r"^No DFU capable USB device (?:available|found)", "transport.error", {"name": "NOT_FOUND", "stage": "open"}),
        (r"^(?:Cannot open (?:DFU )?device|Could not open USB device|Cannot claim interface|"
         r"Lost device after RESET)", "transport.error", {"name": "PORT_ERROR", "stage": "open"}),
        (r"^(?:No such file or directory: )?Could not open file (?P<file>\S+) for reading", "host.error",
         {"stage": "open", "cause": "file"}),
        (r"^(?:Error: )?(?:Last page at \S+ is not writeable|Non-supported special command|Invalid dfuse address)",
         "host.error", {"stage": "data"}),
    ))
_DFU_DONE = re.compile(r"^(?:Download done\.?|File downloaded successfully|Done!|Transitioning to dfuMANIFEST state)$")


class _State:
    def __init__(self) -> None:
        self.stage = "unknown"
        self.particle = False      # a particle-cli line was seen (else: dfu-util alone)
        self.dfu_util = False
        self.total: int | None = None
        self.after_version_cmd = False
        self.errors: list[str] = []   # host error texts so far: the CLI restates dfu-util's, then its stack


class ParticleCliParser:
    kind = KIND

    def sniff(self, source: Source) -> float:
        if not looks_like_text(source.head):
            return 0.0
        lines = [clean_line(ln)[0] for ln in source.head[:32768].decode("utf-8", "replace").splitlines()[:120]]
        content = [ln for ln in lines if ln]
        if not content:
            return 0.0
        cmd = msgs = dfu = 0
        for ln in content[:80]:
            body = _SPINNER.sub("", _MARK.sub("", ln)).strip()
            if _CLI_COMMAND.match(ln):
                cmd += 1
            elif any(p.match(body) for p, kind, _ in _CLI if kind != "log.line"):
                msgs += 1
            if ln.startswith("dfu-util") or _DFU_SUFFIX.match(body) or any(
                    p.match(_DFU_PREFIX.sub("", body)) for p, _k, _e in _DFU_ERRORS):
                dfu += 1
        if (cmd or msgs) and (dfu or (cmd and msgs)):
            return 0.85
        if len(content) <= 10 and any(_CLI_ERROR_SIGNS.match(_MARK.sub("", ln)) for ln in content):
            return 0.8   # the CLI's own failure wording, quoted on its own
        if dfu and any(ln.startswith("dfu-util") for ln in content[:80]):
            return 0.8
        return 0.0

    def parse(self, source: Source) -> Iterator[Event | ParseWarning | InputKind]:
        if not looks_like_text(source.head):
            raise WrongFormat("the file is binary, not particle CLI output")
        st = _State()
        unparsed: list[int] = []
        n_unparsed = 0
        src = source.display
        for lineno, raw, cut in source.iter_lines():
            if cut:
                yield ParseWarning(Location(src, lineno), "line longer than the line limit; the rest of it was not read")
            text, _ = clean_line(raw)
            if not text:
                continue
            evs = _line(st, src, lineno, raw, text)
            if evs is None:
                n_unparsed += 1
                if len(unparsed) < 10:
                    unparsed.append(lineno)
                yield Event("unparsed", raw, src, line=lineno)
                continue
            yield from evs
        if n_unparsed:
            yield ParseWarning(Location(src, unparsed[0]),
                               f"{n_unparsed} line(s) not understood (first at lines "
                               f"{', '.join(map(str, unparsed))}); kept as 'unparsed' events")
        if st.dfu_util and not st.particle:
            yield InputKind(DFU_UTIL_KIND)


def _ev(kind: str, raw: str, src: str, lineno: int, level: str | None = None, **fields: Any) -> Event:
    return Event(kind, raw, src, line=lineno, level=level, fields=fields)


def _line(st: _State, src: str, lineno: int, raw: str, text: str) -> list[Event] | None:
    m = _CLI_COMMAND.match(text)
    if m and not text.startswith("dfu-util"):
        st.particle = True
        args = m.group("args")
        st.after_version_cmd = args.strip() in ("--version", "-v", "version")
        words = [w for w in args.split() if not w.startswith("-")]
        f: dict[str, Any] = {"message": text, "template": "command", "tool": "particle",
                             "command": words[0] if words else args.split()[0]}
        if "--usb" in args:
            f["transport"] = "usb"
        elif "--serial" in args:
            f["transport"] = "serial"
        return [_ev("log.line", raw, src, lineno, **f)]
    if st.after_version_cmd and _VERSION_ONLY.match(text):
        st.after_version_cmd = False
        return [_ev("log.line", raw, src, lineno, message=text, tool="particle", version=text)]
    st.after_version_cmd = False
    body = _MARK.sub("", text)
    spun = _SPINNER.sub("", body)
    glued = spun != body    # what follows the spinner is the output of the dfu-util it waits for
    if glued:
        st.particle = True
        body = spun.strip()
        if not body:
            return [_ev("log.line", raw, src, lineno, message=text, template="spinner")]
    if _JS_FRAME.match(body):
        return []   # a frame of the Node stack under an error already reported
    m = _CAUSED_BY.match(body)
    if m:
        st.particle = True
        return [_ev("log.line", raw, src, lineno, message=m.group("msg"), template="caused_by",
                    exception=m.group("exc") or "Error")]
    for pattern, kind, extra in _CLI:
        m = pattern.match(body)
        if not m:
            continue
        st.particle = True
        f = dict(extra)
        f.update({k: (int(v) if v.isdigit() else v) for k, v in m.groupdict().items() if v})
        if kind == "dfu.start":
            f.setdefault("transport", "usb")
            return [_ev("dfu.start", raw, src, lineno, side="host", tool="particle", **f)]
        if kind == "dfu.complete":
            return [_ev("dfu.complete", raw, src, lineno, side="host", tool="particle")]
        if kind == "host.error":
            if "check" in f:
                f["stage"] = "open"   # the CLI checks the binary before it starts dfu-util
            f.setdefault("stage", st.stage)
            cause = f.get("cause")
            if isinstance(cause, str) and cause:
                # the CLI wraps the real error: read it with the same vocabularies (module checks, dfu-util)
                for inner_p, inner_kind, inner_extra in _CLI:
                    mm = inner_p.match(cause)
                    if mm and inner_kind == "host.error" and not mm.groupdict().get("cause"):
                        f.update(inner_extra)
                        f.update({k: (int(v) if v.isdigit() else v) for k, v in mm.groupdict().items() if v})
                        if "check" in inner_extra:
                            f["stage"] = "open"
                        break
                inner = _dfu_line(_State(), src, lineno, raw, _DFU_PREFIX.sub("", cause))
                if inner and any(e.kind != "log.line" for e in inner):
                    f["stage"] = next((e.fields["stage"] for e in inner if "stage" in e.fields), f["stage"])
            core = str(cause or body)
            if any(core in seen or seen in core for seen in st.errors):
                f["restated"] = True
            st.errors.append(core)
            return [_ev("host.error", raw, src, lineno, "err", message=body, **f)]
        if kind == "transport.error":
            return [_ev("transport.error", raw, src, lineno, "err", detail=body, **f)]
        if kind == "transport.disconnect":
            return [_ev("transport.disconnect", raw, src, lineno)]
        return [_ev("log.line", raw, src, lineno, message=body)]
    if text.startswith("dfu-util") or st.dfu_util or glued or _DFU_SUFFIX.match(body):
        evs = _dfu_line(st, src, lineno, raw, body)
        if evs is not None:
            return evs
    evs = _dfu_line(st, src, lineno, raw, body)
    if evs is not None and any(e.kind != "log.line" for e in evs):
        return evs
    return None


def _dfu_line(st: _State, src: str, lineno: int, raw: str, text: str) -> list[Event] | None:
    """Events for one line of dfu-util output (``dfu-util: `` prefix already allowed for)."""
    if text.startswith("dfu-util"):
        st.dfu_util = True
    body = _DFU_PREFIX.sub("", text).strip()
    if not body:
        return []   # "dfu-util:" on a line of its own, its message on the next
    m = _DFU_BANNER.match(body)
    if m:
        st.dfu_util = True
        f: dict[str, Any] = {"message": body, "template": "dfu_util_banner"}
        if m.group("v"):
            f.update(tool="dfu-util", version=m.group("v"))
        return [_ev("log.line", raw, src, lineno, **f)]
    if _DFU_SUFFIX.match(body):
        st.dfu_util = True
        return [_ev("log.line", raw, src, lineno, "warning", message=body, template="dfu_suffix", benign=True)]
    m = _DFU_ID.match(body)
    if m:
        st.stage = "open"
        return [_ev("transport.connect", raw, src, lineno, address=m.group("id"), transport="usb")]
    m = _DFU_DOWNLOAD_TO.match(body)
    if m:
        st.stage = "data"
        st.total = int(m.group("size"))
        return [_ev("log.line", raw, src, lineno, message=body, template="download_to",
                    address=int(m.group("addr"), 16), size=st.total)]
    m = _DFU_PROGRESS.match(body)
    if m:
        pct = int(m.group("pct"))
        st.stage = "data"
        f = {"percent": pct}
        if m.group("bytes"):
            f["bytes"] = int(m.group("bytes"))
        if st.total:
            f["total"] = st.total
        return [_ev("dfu.progress", raw, src, lineno, **f)]
    m = _DFU_ERASING.match(body)
    if m:
        st.stage = "data"
        return [_ev("log.line", raw, src, lineno, message=body, template="erasing", address=int(m.group("addr"), 16),
                    size=int(m.group("size")))]
    m = _DFU_STATE.match(body)
    if m:
        status = int(m.group("status"))
        f = {"message": body, "template": "dfu_status", "dfu_state": m.group("sname"),
             "dfu_status": DFU_STATUS.get(status, f"status {status}")}
        ev = _ev("log.line", raw, src, lineno, **f)
        out = [ev]
        if status in _FLASH_STATUS:
            out.append(_ev("flash.error", raw, src, lineno, "err", op=_FLASH_STATUS[status], code=status,
                           name=DFU_STATUS[status], tool="dfu-util"))
        return out
    for pattern, kind, extra in _DFU_ERRORS:
        m = pattern.match(body)
        if not m:
            continue
        st.dfu_util = True
        g = {k: v for k, v in m.groupdict().items() if v is not None}
        if kind == "command":
            command = g.get("command", "")
            if command in _ERASE_COMMANDS:
                return [_ev("flash.error", raw, src, lineno, "err", op="erase", command=command, tool="dfu-util",
                            detail=body)]
            return [_ev("host.error", raw, src, lineno, "err", message=body, command=command or "unknown",
                        stage=st.stage if st.stage != "unknown" else "data")]
        f = dict(extra)
        if "code" in g:
            f["code"] = int(g["code"])
            f["name"] = LIBUSB_ERRORS.get(f["code"], "USB_ERROR")
        if "function" in g:
            f["function"] = g["function"]
        if "file" in g:
            f["file"] = g["file"]
        if kind == "transport.error":
            return [_ev("transport.error", raw, src, lineno, "err", detail=body, **f)]
        st.errors.append(body)
        return [_ev("host.error", raw, src, lineno, "err", message=body, **f)]
    m = _DFU_DONE.match(body)
    if m:
        if body.startswith("Transitioning"):
            st.stage = "activate"
            return [_ev("log.line", raw, src, lineno, message=body, template="manifest", stage="activate")]
        if body.startswith("File downloaded"):
            return [_ev("dfu.progress", raw, src, lineno, percent=100, **({"total": st.total} if st.total else {}))]
        return [_ev("log.line", raw, src, lineno, message=body, template="download_done")]
    if _DFU_INFO.match(body):
        if body.startswith("Opening DFU"):
            st.stage = "open"
        return [_ev("log.line", raw, src, lineno, message=body, template="dfu_util")]
    return None


PARSERS = [ParticleCliParser()]
