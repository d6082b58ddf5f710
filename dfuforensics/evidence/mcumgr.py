"""SMP client output: ``mcumgr`` / ``newtmgr`` / ``smpmgr`` and the nRF Connect Device Manager apps.

The image list printer is ``newtmgr/cli/image.go`` (reference §B6): ``Images:``, then per slot
`` image=N slot=M`` (2019 builds print `` slot=M`` only), ``version:``, ``bootable:``, ``flags:``, ``hash:``,
and ``Split status:``.  Forum copies lose the indentation, so nothing here depends on it.

Uploads print a progress bar (cheggaaa/pb v1: `` 8.24 KiB / 276.19 KiB [=====>----]   2.98% 314 B/s 14m24s``,
older builds `` 0 / 110780 [----]   0.00%``) and end in ``Done`` or an error: ``Error: N`` is the device's
SMP return code (MGMT_ERR), ``Error: NMP timeout`` is the host giving up on an answer.  Why both the bar and
the error matter: no byte acknowledged (``0 B / ...``) then a timeout is a link that never answered; a
timeout or ``Error: 3`` at 97 % is the device refusing part of the image -- the ``stage`` of the
``transport.error`` / ``mcumgr.error`` says which (docs/facts/host_logs.md, docs/facts/mcuboot.md).

Other clients word the same codes differently; each is read into the same ``mcumgr.error`` (``rc``,
``name``, ``group``): SMP v2 ``"err": {"group": 1, "rc": 23}`` and smpmgr's
``err=Err(group=<GroupId.IMAGE_MANAGEMENT: 1>, rc=<IMG_MGMT_ERR.IMAGE_ALREADY_PENDING: 28>)``; the Android
library's ``Mcu Mgr Error: IN_VALUE (3)`` and the Android app's ``Invalid image header magic (23)``
(``strings_errors.xml``); the iOS library's ``Invalid value (RC: 3)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..model import NOT_PRESENT, Event, Location, ParseWarning
from ..sources import Source
from .textutil import clean_line, looks_like_text

#: SMP/MCUmgr error codes (zephyr mgmt_defines.h, smp ``MGMT_ERR``), group 0 / SMP v1 ``rc``.
MGMT_ERRORS = {0: "EOK", 1: "EUNKNOWN", 2: "ENOMEM", 3: "EINVAL", 4: "ETIMEOUT", 5: "ENOENT", 6: "EBADSTATE",
               7: "EMSGSIZE", 8: "ENOTSUP", 9: "ECORRUPT", 10: "EBUSY", 11: "EACCESSDENIED",
               12: "UNSUPPORTED_TOO_OLD", 13: "UNSUPPORTED_TOO_NEW", 256: "EPERUSER"}
#: Image management group (1) return codes, SMP v2 ``err.rc`` (zephyr img_mgmt.h ``IMG_MGMT_ERR_*`` /
#: ``IMG_MGMT_RET_RC_*``, 30..33 smp image_management.py, 34 nRF Connect Device Manager).
IMG_MGMT_ERRORS = {
    0: "OK", 1: "UNKNOWN", 2: "FLASH_CONFIG_QUERY_FAIL", 3: "NO_IMAGE", 4: "NO_TLVS", 5: "INVALID_TLV",
    6: "TLV_MULTIPLE_HASHES_FOUND", 7: "TLV_INVALID_SIZE", 8: "HASH_NOT_FOUND", 9: "NO_FREE_SLOT",
    10: "FLASH_OPEN_FAILED", 11: "FLASH_READ_FAILED", 12: "FLASH_WRITE_FAILED", 13: "FLASH_ERASE_FAILED",
    14: "INVALID_SLOT", 15: "NO_FREE_MEMORY", 16: "FLASH_CONTEXT_ALREADY_SET", 17: "FLASH_CONTEXT_NOT_SET",
    18: "FLASH_AREA_DEVICE_NULL", 19: "INVALID_PAGE_OFFSET", 20: "INVALID_OFFSET", 21: "INVALID_LENGTH",
    22: "INVALID_IMAGE_HEADER", 23: "INVALID_IMAGE_HEADER_MAGIC", 24: "INVALID_HASH",
    25: "INVALID_FLASH_ADDRESS", 26: "VERSION_GET_FAILED", 27: "CURRENT_VERSION_IS_NEWER",
    28: "IMAGE_ALREADY_PENDING", 29: "INVALID_IMAGE_VECTOR_TABLE", 30: "INVALID_IMAGE_TOO_LARGE",
    31: "INVALID_IMAGE_DATA_OVERRUN", 32: "IMAGE_CONFIRMATION_DENIED", 33: "IMAGE_SETTING_TEST_TO_ACTIVE_DENIED",
    34: "ACTIVE_SLOT_NOT_KNOWN",
}
#: SMP group ids (mgmt_defines.h ``MGMT_GROUP_ID_*``) as the ``group`` field names them.
GROUPS = {0: "default", 1: "image", 2: "stat", 3: "config", 4: "log", 5: "crash", 6: "split", 7: "run",
          8: "fs", 9: "shell", 63: "zephyr"}
#: Android mcumgr library ``McuMgrErrorCode`` names (``Mcu Mgr Error: IN_VALUE (3)``) -> rc.
ANDROID_CODES = {"OK": 0, "UNKNOWN": 1, "NO_MEMORY": 2, "IN_VALUE": 3, "TIMEOUT": 4, "NO_ENTRY": 5,
                 "BAD_STATE": 6, "TOO_LARGE": 7, "NOT_SUPPORTED": 8, "CORRUPT": 9, "BUSY": 10,
                 "ACCESS_DENIED": 11, "PER_USER": 256}
#: nRF Connect Device Manager (Android app) ``strings_errors.xml`` texts -> (group, rc); shown as "TEXT (rc)".
ANDROID_APP_TEXTS: dict[str, tuple[int, int]] = {
    **{t.lower(): (0, rc) for rc, t in enumerate((
        "Success", "Unknown error", "No Memory", "Invalid value", "Timeout", "No entry", "Bad state", "Too large",
        "Not supported", "Corrupt", "Busy", "Access Denied", "Protocol version too old", "Protocol version too new"))},
    **{t.lower(): (1, rc) for rc, t in enumerate((
        "Success", "Unknown error", "Flash config query fail", "No image", "No TLVs", "Invalid TLV",
        "TLV: Multiple hashes found", "TLV: Invalid size", "Hash not found", "No free slot", "Flash open failed",
        "Flash read failed", "Flash write failed", "Flash erase failed", "Invalid slot", "No free memory",
        "Flash context already set", "Flash context not set", "The device for the flash area is NULL",
        "Invalid page offset", "Invalid offset", "Invalid length", "Invalid image header",
        "Invalid image header magic", "Invalid hash", "Invalid flash address", "Version get failed",
        "Current version is newer", "Image already pending", "Invalid image vector table", "Image too large",
        "Data overrun", "Confirmation denied", "Testing active slot denied", "Active slot not known"))
       if rc > 1},
}
#: iOS Device Manager ``McuMgrReturnCode`` descriptions (debug form ``TEXT (RC: n)``) -> rc.
IOS_RC_TEXTS = {t.lower(): rc for rc, t in (
    (0, "OK"), (1, "Unknown error"), (2, "No memory"), (3, "Invalid value"), (3, "In Value"), (4, "Timeout"),
    (5, "No entry"), (6, "Bad state"), (7, "Response is too long"), (8, "Not supported"), (9, "Corrupt payload"),
    (10, "Busy, try again later"), (11, "Access denied"), (12, "Requested SMP McuMgr protocol version is too old"),
    (13, "Requested SMP McuMgr protocol version is too new"), (256, "User-Defined Error"))}
IMAGE_FLAGS = ("active", "confirmed", "pending", "permanent")

_SLOT = re.compile(r"^(?:image=(?P<image>\d+)\s+)?slot=(?P<slot>\d+)$")
_KV = re.compile(r"^(?P<key>version|bootable|flags|hash):\s*(?P<value>.*)$")
_SPLIT = re.compile(r"^Split status:\s*(?P<text>.*?)\s*(?:\((?P<code>\d+)\))?$")
_ERROR = re.compile(r"^Error:\s*(?P<rc>-?\d+)\s*$")
_COMMAND = re.compile(r"(?:^|[\s/$>\\])(?P<tool>mcumgr|newtmgr|smpmgr)(?:\.exe)?\b(?P<args>.*)$")
#: A shell command line running the tool, as pasted into a device log: an optional prompt, ``sudo``, a path.
_SHELL_COMMAND = re.compile(r"^(?:[^$#>]{0,80}[$#>]\s*)?(?:sudo\s+)?(?:\S*[/\\])?(?:mcumgr|newtmgr|smpmgr)"
                            r"(?:\.exe)?(?:\s|$)")
_VERSION = re.compile(r"^(?P<tool>mcumgr|newtmgr|smpmgr)\s+v?(?P<v>\d+\.\d+\S*)$")
_UNIT = {"B": 1, "KiB": 1024, "MiB": 1024 ** 2, "GiB": 1024 ** 3, "kB": 1000, "KB": 1024, "MB": 1000 ** 2}
#: cheggaaa/pb v1 (``U_BYTES`` or plain counts), with or without its bar and percentage.
_PROGRESS = re.compile(r"^(?P<cur>\d+(?:\.\d+)?)\s*(?P<cu>B|KiB|MiB|GiB|kB|KB|MB)?\s*/\s*(?P<tot>\d+(?:\.\d+)?)\s*"
                       r"(?P<tu>B|KiB|MiB|GiB|kB|KB|MB)?(?P<bar>\s*\[[=>\-_ .#]*\]?)?\s*(?:(?P<pct>\d+(?:\.\d+)?)\s*%)?"
                       r"(?P<tail>.*)$")
_ERROR_TEXT = re.compile(r"^Error:\s*(?P<text>\S.*)$")
_SMP_V2 = re.compile(r"""["']?err["']?\s*[:=]\s*\{\s*["']?group["']?\s*:\s*(?P<group>\d+)\s*,\s*["']?rc["']?\s*:\s*"""
                     r"(?P<rc>\d+)")
_SMPMGR_ERR = re.compile(r"err=Err\(group=<GroupId\.(?P<gname>\w+):\s*(?P<group>\d+)>,\s*rc=<(?P<enum>\w+)\.(?P<name>\w+):"
                         r"\s*(?P<rc>\d+)>\)")
_SMPMGR_RC = re.compile(r"\brc=<(?P<enum>MGMT_ERR|\w+_ERR)\.(?P<name>\w+):\s*(?P<rc>\d+)>")
_RC_FIELD = re.compile(r"""(?:^|[\s{,(])["']?rc["']?\s*[:=]\s*(?P<rc>\d+)\b""")
_ANDROID_LIB = re.compile(r"Mcu ?Mgr Error:\s*(?P<name>[A-Z][A-Z_]+)(?:\s*\((?P<rc>\d+)\))?")
_TEXT_RC = re.compile(r"^(?:Error:\s*)?(?P<text>[A-Za-z][\w ,:'-]*?)\s*\((?:RC:\s*)?(?P<rc>\d+)\)\.?$")
#: Link failures in the tools' words -> (name, stage when the message fixes it).
_LINK: tuple[tuple[re.Pattern[str], str, str | None], ...] = tuple((re.compile(p, re.IGNORECASE), n, s) for p, n, s in (
    (r"\bNMP timeout\b", "TIMEOUT", None),
    (r"Transaction \d+ timed out without receiving a response", "TIMEOUT", None),
    (r"^Timeout waiting for response", "TIMEOUT", None),
    (r"^Transport error: connection timeout", "TIMEOUT", "open"),
    (r"^Serial transport error:", "PORT_ERROR", "open"),
    (r"^Connection to device lost:", "DISCONNECTED", None),
    (r"(?:Got an unexpected response, )?is the device an SMP server\?", "UNEXPECTED_RESPONSE", None),
    (r"^Connecting to \S+\.\.\.\s*(?:error|timeout)\s*$", "NOT_FOUND", "open"),
    (r"\.\.\.\s*timeout\s*$", "TIMEOUT", None),
))
#: smpmgr's spinner line once a request succeeded (``Connecting to /dev/ttyACM0... OK``).
_SPINNER_OK = re.compile(r"^(?P<what>\S.*?)\.\.\.\s*OK\s*$")
_PORT_TROUBLE = re.compile(r"no such file|device or resource busy|permission denied|access is denied|cannot open|"
                           r"could not open|connection refused|not connected|The system cannot find", re.IGNORECASE)
#: Cheap test before the client-message regexes (most lines of a device log carry none of these).
_STANDALONE_GATE = re.compile(r"Mgr|err|\(|[Tt]ime|SMP|\.\.\.|lost:|error:")
#: SMP commands that move or apply an image (their failures belong to those stages).
_UPLOAD_WORDS = ("upload",)
_ACTIVATE_WORDS = ("test", "confirm", "reset")


def error_name(rc: int, group: int = 0) -> str:
    """The name of an SMP return code in its group (``EINVAL``, ``INVALID_IMAGE_HEADER_MAGIC``)."""
    table = IMG_MGMT_ERRORS if group == 1 else MGMT_ERRORS
    return table.get(rc, f"rc {rc}")


def _bytes(value: str, unit: str | None) -> int:
    return int(round(float(value) * _UNIT.get(unit or "B", 1)))


class McumgrReader:
    """The image list and error lines of mcumgr output, a line at a time: for a file of mcumgr output
    (``McumgrParser``) and for mcumgr output pasted into a device log (``ZephyrLogParser``).

    ``embedded``: the lines are read only inside a block -- from a shell command running the tool or an
    ``Images:`` header, to the first line that is not the tool's -- so a device log's own lines are not
    taken for its output; and a slot's event is given as soon as its four lines are read, so it keeps its
    place among the log's events.  With ``clients_anywhere`` a few client messages no device prints
    (``Mcu Mgr Error: ...``, the Device Manager's ``Invalid image header magic (23)``, ``NMP timeout``) are
    read outside a block too (a phone app's error pasted under the device's log).
    """

    def __init__(self, src: str, embedded: bool = False, clients_anywhere: bool = False) -> None:
        self.src, self.embedded, self.clients_anywhere = src, embedded, clients_anywhere
        self.started = False   # an image list, a command or an error was seen
        self.in_block = False  # (embedded) inside the tool's output
        self.cur: dict[str, Any] | None = None
        self.op: str | None = None              # the command being run ("image upload", ...)
        self.uploaded: int | None = None        # bytes the last progress line showed
        self.upload_done = False
        self.last_link: tuple[int, str] | None = None   # (line, name) of the last link failure

    # --- what the failure interrupted --------------------------------------------------------------
    def stage(self) -> str:
        """How far the command got: ``start``/``data`` for an upload (by bytes acknowledged), ``activate``
        for test/confirm/reset, ``ping`` for a command that moves no image, ``unknown`` otherwise."""
        op = self.op or ""
        if any(w in op for w in _UPLOAD_WORDS) or self.uploaded is not None:
            if self.upload_done:
                return "activate"
            return "data" if self.uploaded else "start"
        if any(w in op.split() for w in _ACTIVATE_WORDS):
            return "activate"
        if op:
            return "ping"
        return "unknown"

    def _event(self, kind: str, raw: str, lineno: int, level: str | None = None, **fields: Any) -> Event:
        return Event(kind, raw, self.src, line=lineno, level=level, fields=fields)

    def _smp_error(self, raw: str, lineno: int, rc: int, group: int = 0, name: str | None = None,
                   **extra: Any) -> Event:
        """``mcumgr.error``: ``group`` only when not the default group (whose names are the ``E*`` ones), and
        ``stage`` only while an image is being uploaded or applied (elsewhere the step is the command)."""
        self.started = True
        f: dict[str, Any] = {"rc": rc, "name": name or error_name(rc, group)}
        if group:
            f["group"] = GROUPS.get(group, f"group {group}")
        stage = self.stage()
        if stage in ("start", "data", "activate"):
            f["stage"] = stage
        f.update(extra)
        return self._event("mcumgr.error", raw, lineno, "err", **f)

    def standalone(self, lineno: int, raw: str, text: str) -> list[Any] | None:
        """Client messages that name themselves wherever they appear (no device prints them).  Inside a
        device log (``embedded``, outside a block) only the unmistakable ones count: generic words such as
        ``Timeout waiting for response`` could be the device's own."""
        if not _STANDALONE_GATE.search(text):
            return None
        m = _ANDROID_LIB.search(text)
        if m:
            name = m.group("name")
            if m.group("rc"):
                rc = int(m.group("rc"))
                group = 0 if name in ANDROID_CODES else 1
            elif name in ANDROID_CODES:
                rc, group = ANDROID_CODES[name], 0
            elif name in IMG_MGMT_ERRORS.values():
                rc, group = next(k for k, v in IMG_MGMT_ERRORS.items() if v == name), 1
            else:
                return [self._event("host.error", raw, lineno, "err", message=text, stage=self.stage())]
            return [self._smp_error(raw, lineno, rc, group, tool_name=name)]
        m = _SMPMGR_ERR.search(text)
        if m:
            group = int(m.group("group"))
            return [self._smp_error(raw, lineno, int(m.group("rc")), group, tool_name=m.group("name"))]
        m = _SMP_V2.search(text)
        if m:
            return [self._smp_error(raw, lineno, int(m.group("rc")), int(m.group("group")))]
        m = _TEXT_RC.match(text)
        if m:
            key, rc = m.group("text").strip().lower(), int(m.group("rc"))
            hit = ANDROID_APP_TEXTS.get(key)
            if hit is not None and hit[1] == rc:
                return [self._smp_error(raw, lineno, rc, hit[0], tool_text=m.group("text").strip())]
            if "RC:" in text and IOS_RC_TEXTS.get(key) == rc:
                return [self._smp_error(raw, lineno, rc, 0, tool_text=m.group("text").strip())]
        for pattern, name, stage in _LINK:
            if self.embedded and not self.in_block and name != "TIMEOUT" or (
                    self.embedded and not self.in_block and "NMP" not in text):
                break
            if pattern.search(text):
                self.started = True
                f: dict[str, Any] = {"name": name, "detail": text, "stage": stage or self.stage()}
                if self.last_link is not None and lineno - self.last_link[0] <= 2 and self.last_link[1] == name:
                    f["restated"] = True   # smpmgr's spinner says "timeout", then its logger says it again
                self.last_link = (lineno, name)
                return [self._event("transport.error", raw, lineno, "err", **f)]
        return None

    def feed(self, lineno: int, raw: str, text: str) -> tuple[bool, list[Any]]:
        """(whether the line is the tool's, the records to give now, in order)."""
        out: list[Any] = []
        if self.embedded and not self.in_block:
            if text != "Images:" and not _SHELL_COMMAND.match(text):
                got = self.standalone(lineno, raw, text) if self.clients_anywhere else None
                return (True, got) if got is not None else (False, out)
            self.in_block = True
        if text == "Images:":
            self.started = True
            return True, out
        m = _SLOT.match(text)
        if m:
            if self.cur is not None:
                out.append(self._slot_event())
            self.cur = {"image": int(m.group("image")) if m.group("image") else 0, "slot": int(m.group("slot")),
                        "line": lineno, "text": [raw]}
            self.started = True
            return True, out
        m = _KV.match(text)
        if m and self.cur is not None:
            self.cur[m.group("key")] = m.group("value").strip()
            self.cur["text"].append(raw)
            if self.embedded and all(k in self.cur for k in ("version", "bootable", "flags", "hash")):
                out.append(self._slot_event())
            return True, out
        if self.cur is not None:
            out.append(self._slot_event())
        m = _SPLIT.match(text)
        if m:
            out.append(Event("mcumgr.split_status", raw, self.src, line=lineno,
                             fields={"status": m.group("text"),
                                     "code": int(m.group("code")) if m.group("code") else NOT_PRESENT}))
            return True, out
        m = _ERROR.match(text)
        if m:
            out.append(self._smp_error(raw, lineno, int(m.group("rc"))))
            return True, out
        m = _PROGRESS.match(text)
        if m and (m.group("cu") or m.group("tu") or m.group("bar") or m.group("pct")) \
                and not re.search(r"[A-Za-z]{4,}", m.group("tail") or ""):
            out.append(self._progress(raw, lineno, m))
            return True, out
        if text == "Done" and self.started:
            self.upload_done = self.uploaded is not None or "upload" in (self.op or "")
            out.append(self._event("dfu.progress", raw, lineno, percent=100, upload_done=True)
                       if self.upload_done else self._event("log.line", raw, lineno, message=text))
            return True, out
        m = _VERSION.match(text)
        if m:
            out.append(self._event("log.line", raw, lineno, message=text, tool=m.group("tool"), version=m.group("v")))
            return True, out
        got = self.standalone(lineno, raw, text)
        if got is not None:
            return True, got
        m = _SPINNER_OK.match(text)
        if m and self.started:
            what = m.group("what")
            if what.startswith("Connecting to "):
                out.append(self._event("transport.connect", raw, lineno, address=what[len("Connecting to "):]))
            else:
                out.append(self._event("log.line", raw, lineno, message=text))
            return True, out
        m = _SMPMGR_RC.search(text) or _RC_FIELD.search(text)
        if m and (not self.embedded or self.in_block) and self.started:
            out.append(self._smp_error(raw, lineno, int(m.group("rc")), 0))
            return True, out
        m = _ERROR_TEXT.match(text)
        if m and self.started:
            detail = m.group("text")
            if _PORT_TROUBLE.search(detail):
                out.append(self._event("transport.error", raw, lineno, "err", name="PORT_ERROR", detail=detail,
                                       stage="open"))
            else:
                out.append(self._event("host.error", raw, lineno, "err", message=detail, stage=self.stage()))
            return True, out
        m = _COMMAND.search(text)
        if m and (not self.embedded or _SHELL_COMMAND.match(text)):
            out.append(self._command(raw, lineno, m.group("tool"), m.group("args")))
            return True, out
        self.in_block = False
        return False, out

    def _command(self, raw: str, lineno: int, tool: str, args_text: str) -> Event:
        args = args_text.split()
        words = [a for a in args if not a.startswith("-") and not a.startswith("<")]
        op = " ".join(w for w in words if w in ("image", "list", "upload", "test", "confirm", "erase",
                                                "reset", "echo", "state", "state-read", "state-write"))
        self.op = op or None
        self.uploaded = None
        self.upload_done = False
        self.started = True
        f: dict[str, Any] = {"op": op or NOT_PRESENT, "tool": tool}
        for i, a in enumerate(args):
            key, _, val = a.partition("=")
            if key in ("--conntype", "--connstring", "--port", "-c", "--conn") and not val and i + 1 < len(args):
                val = args[i + 1]
            if key == "--conntype" and val:
                f["conntype"] = val.strip("\"'")
            elif key in ("--connstring", "--port") and val:
                f["connstring"] = val.strip("\"'")
            elif key in ("-c", "--conn") and val:
                f["connection"] = val.strip("\"'")   # a saved connection profile (newtmgr/mcumgr ``-c``)
        return self._event("mcumgr.command", raw, lineno, **f)

    def _progress(self, raw: str, lineno: int, m: re.Match[str]) -> Event:
        unit_c, unit_t = m.group("cu"), m.group("tu")
        cur = _bytes(m.group("cur"), unit_c or unit_t)
        total = _bytes(m.group("tot"), unit_t or unit_c)
        pct: Any = float(m.group("pct")) if m.group("pct") else (round(100.0 * cur / total, 2) if total else NOT_PRESENT)
        self.uploaded = cur
        self.started = True
        f: dict[str, Any] = {"percent": pct, "bytes": cur, "total": total}
        rate = re.search(r"(?P<r>\d+(?:\.\d+)?)\s*(?P<u>B|KiB|MiB)/s", m.group("tail") or "")
        if rate:
            f["rate_bytes_per_s"] = _bytes(rate.group("r"), rate.group("u"))
        if cur and total and cur >= total:
            self.upload_done = True
        return self._event("dfu.progress", raw, lineno, **f)

    def close(self) -> list[Any]:
        """The records of a slot still being read when the input ends."""
        self.in_block = False
        return [self._slot_event()] if self.cur is not None else []

    def _slot_event(self) -> Event:
        cur, self.cur = self.cur, None
        assert cur is not None
        flags = cur.get("flags", "").split()
        digest = cur.get("hash", "")
        fields: dict[str, Any] = {
            "image": cur["image"], "slot": cur["slot"],
            "version": cur.get("version", NOT_PRESENT),
            "bootable": {"true": True, "false": False}.get(cur.get("bootable", ""), NOT_PRESENT),
            "flags": flags,
            "hash": digest.lower() if re.fullmatch(r"[0-9a-fA-F]{16,}", digest) else NOT_PRESENT,
        }
        for flag in IMAGE_FLAGS:
            fields[flag] = flag in flags
        return Event("mcumgr.image_state", "\n".join(cur["text"]), self.src, line=cur["line"], fields=fields)


#: Lines of a device's own log (Zephyr ``<err> module:``, timestamps): a file holding them is not the tool's.
_DEVICE_LINE = re.compile(r"^(?:\[\d{2}:\d{2}:\d{2}[.,]\d{3}(?:,\d{3})?\]\s*)?<(?:err|wrn|inf|dbg)>\s|^\*\*\* Booting|"
                          r"^\[\d{2}:\d{2}:\d{2}[.,]\d{3}")


class McumgrParser:
    kind = "mcumgr-output"

    def sniff(self, source: Source) -> float:
        if not looks_like_text(source.head):
            return 0.0
        lines = [clean_line(ln)[0] for ln in source.head.decode("utf-8", "replace").splitlines()[:200]]
        content = [ln for ln in lines if ln and not ln.startswith("#")]
        if not content:
            return 0.0
        has_images = "Images:" in content
        has_slot = any(_SLOT.match(ln) for ln in content)
        first = content[0]
        if has_images and has_slot:
            return 0.9 if first == "Images:" or _COMMAND.search(first) else 0.6
        if any(_DEVICE_LINE.match(ln) for ln in content[:60]):
            return 0.0
        probe = McumgrReader("sniff")
        command = any(_SHELL_COMMAND.match(ln) for ln in content[:60])
        tool_lines = 0
        for i, ln in enumerate(content[:60]):
            taken, _ = probe.feed(i + 1, ln, ln)
            tool_lines += taken and not _COMMAND.search(ln)
        if command and tool_lines:
            return 0.9
        if tool_lines and tool_lines * 2 > len(content[:60]):
            return 0.7
        return 0.0

    def parse(self, source: Source) -> Iterator[Any]:
        reader = McumgrReader(source.display)
        for lineno, raw, _cut in source.iter_lines():
            text, _rtt = clean_line(raw)
            if not text or (text.startswith("#") and not reader.started):
                continue
            taken, records = reader.feed(lineno, raw, text)
            yield from records
            if not taken:
                # a console around the commands (prompts, the user's notes): kept as unparsed events so the
                # timeline still shows them
                yield Event("unparsed", raw, source.display, line=lineno)
                yield ParseWarning(Location(source.display, line=lineno), "not mcumgr output; kept as an unparsed line")
        yield from reader.close()
        if not reader.started:
            yield ParseWarning(Location(source.display), "no mcumgr image list, command or error found")


PARSERS = [McumgrParser()]
