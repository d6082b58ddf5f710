"""Fault prints and register dumps as standalone text inputs (kind ``fault-text`` / ``registers``).

What a user pastes after a crash: the nRF5 SDK hardfault library block, ``app_error`` output, the
bootloader's "Received a fault!" line, Zephyr/NCS fatal error prints, CmBacktrace output, gdb
``info registers`` (and ``x/Nwx`` memory reads of the SCB), J-Link Commander ``regs``/``mem32``, or the
exception frame alone as hex words.  Fault prints become ``fault`` events (one per report, the
registers and causes gathered from its lines); register dumps become ``RegisterSnapshot`` records;
memory words read by a debugger become ``MemorySegment`` records so the SCB fault registers and RAM
words reach the crash analysis like any dump.

The same fault lines inside a whole RTT/UART log belong to the log parsers; this parser only claims
inputs that are mostly fault text (and weakly, anything with a fault print nobody else claims).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..crash.records import RegisterSnapshot
from ..model import Event, InputKind, Location, MemorySegment, ParseWarning
from ..sources import Source
from .textutil import clean_line

#: Unrecognised lines reported one by one up to this count, then summarised.
MAX_LINE_WARNINGS = 20

# Prefixes that loggers put before the message: nrf_log "<error> module: ", SDK 12 "MODULE:ERROR:",
# Zephyr "[00:00:01.234,567] <err> os: ", minimal Zephyr "E: ", uptime/time stamps.
_PREFIXES = (
    re.compile(r"^\s*\d{1,2}> ?"),
    re.compile(r"^\[\d{2}:\d{2}:\d{2}\.\d{3},\d{3}\]\s*"),
    re.compile(r"^\[?\d+(?:\.\d+)?\]?\s+(?=<)"),
    re.compile(r"^<(?:error|warning|info|debug|err|wrn|inf|dbg)>\s+[\w.]+:\s?"),
    re.compile(r"^[A-Z_]*:(?:ERROR|WARNING|INFO|DEBUG):"),
    re.compile(r"^[EWID]: "),
)

_HEX = r"(?:0[xX])?([0-9A-Fa-f]{1,8})"
_H = r"0[xX]([0-9A-Fa-f]{1,8})"

# --- nRF5 SDK hardfault library and app_error (reference nrf5-sdk.md §7.1, §7.2) --------------------
_HF_AT = re.compile(r"^HARD FAULT at " + _H + r"\s*$")
_HF_12 = re.compile(r"^Hardfault PC:\s*" + _HEX + r"\s*$")
_HF_CAUSE = re.compile(r"^Cause: (.*?)\.?\s*$")
_HF_MMFAR = re.compile(r"^MemManage Fault Address: " + _H)
_HF_BFAR = re.compile(r"^Bus Fault Address: " + _H)
_HF_STACK = re.compile(r"^Stack violation: stack pointer outside stack area")
_AE_ERROR = re.compile(r"^ERROR (\d+) \[([^\]]*)\] at (.+):(\d+)\s*$")
_AE_PC = re.compile(r"^PC at: " + _H)
_AE_END = re.compile(r"^End of error report")
_AE_ASSERT = re.compile(r"^ASSERTION FAILED at (.+):(\d+)\s*$")
_AE_SD_ASSERT = re.compile(r"^SOFTDEVICE: ASSERTION FAILED")
_AE_SD_MEMACC = re.compile(r"^SOFTDEVICE: INVALID MEMORY ACCESS")
_AE_UNKNOWN = re.compile(r"^UNKNOWN FAULT at " + _H)
_AE_FATAL = re.compile(r"^Fatal(?: error)?\s*$")
_BL_FAULT = re.compile(r"[Rr]eceived a fault! id: " + _H + r", pc: (?:" + _H + r"|0x&08x)(?:, info: " + _H + ")?")
_BL_ERROR = re.compile(r"[Rr]eceived an error: " + _H + "!")
_OPEN_BL = re.compile(r"^app_error_handler err_code:(\d+) (.+):(\d+)\s*$")

# --- Zephyr / NCS (arch/arm/core fault.c, fatal.c) ------------------------------------------------
_Z_HEAD = re.compile(r"^\*{5} (MPU FAULT|BUS FAULT|USAGE FAULT|HARD FAULT|SECURE FAULT|Debug monitor exception)"
                     r" \*{5}")
_Z_FATAL = re.compile(r">>> ZEPHYR FATAL ERROR (\d+): (.*?)(?: on CPU (\d+))?\s*$")
_Z_THREAD = re.compile(r"^Current thread: (0x[0-9A-Fa-f]+|\(nil\))(?: \((.*)\))?")
_Z_PC = re.compile(r"^Faulting instruction address(?: \(r15/pc\))?: " + _H)
_Z_OLD_THREAD = re.compile(r"^(?:Executing thread ID \(thread\)|Fatal fault in thread):? (0x[0-9A-Fa-f]+)")
_Z_MMFAR = re.compile(r"^\s*MMFAR Address: " + _H)
_Z_BFAR = re.compile(r"^\s*BFAR Address: " + _H)
_Z_REG = re.compile(r"\b(r\d{1,2})/(?:a\d|v\d|ip|lr|sp|pc|fp)\s*:\s+" + _H + r"|\b(xpsr|fpscr)\s*:\s+" + _H)

# --- CmBacktrace ------------------------------------------------------------------------------------
_CMB_HEAD = re.compile(r"^Fault on (thread .*|interrupt or bare metal\(no OS\) environment)")
_CMB_REGS = re.compile(r"\b(R\d{1,2}|LR|PC|PSR)\s*:\s*([0-9A-Fa-f]{8})\b")
_CMB_CAUSE = re.compile(r"^(Usage|Bus|Memory management|Hard|Debug) fault is caused by (.*?)\s*$")
_CMB_ADDR = re.compile(r"^The (bus|memory management) fault occurred address is ([0-9A-Fa-f]{8})")
_CMB_BT = re.compile(r"addr2line -e \S+ -a -f ((?:[0-9A-Fa-f]{8}\s*)+)")
_CMB_STACK = re.compile(r"^addr:\s*([0-9A-Fa-f]{8})\s+data:\s*([0-9A-Fa-f]{8})\s*$")
_BANNER_RULE = re.compile(r"^=+[\w\s]*=+$")
_BOOT = re.compile(r"^\*{3} Booting (Zephy\w+ OS.*?)\s*\*{3}")
_CLOSING = re.compile(r"^(?:Resetting|Halting) system")
_LOG_PREFIX = re.compile(r"^(?:\s*\d{1,2}> ?)?(?:\[[\d:.,]+\]\s*)?(?:<(?:error|warning|info|debug|err|wrn|inf|dbg)>"
                         r"\s+[\w.]+:|[EWID]: |[A-Z_]*:(?:ERROR|WARNING|INFO|DEBUG):)")
_CMB_FW = re.compile(r"^Firmware name: (.*?), hardware version: (.*?), software version: (.*?)\s*$")

# --- Register dumps ---------------------------------------------------------------------------------
_GDB_REG = re.compile(r"^(r\d{1,2}|sp|lr|pc|xpsr|xPSR|cpsr|msp|psp|primask|basepri|faultmask|control|fpscr"
                      r"|msp_ns|psp_ns|msp_s|psp_s)\s+0x([0-9a-fA-F]+)\s+\S")
_GDB_MEM = re.compile(r"^0x([0-9a-fA-F]{1,8})(?: <[^>]*>)?:\s+((?:0x[0-9a-fA-F]{1,8}(?:\s+|$))+)$")
_JL_REG = re.compile(r"\b(PC|R\d{1,2}|SP\(R13\)|MSP|PSP|R14\(LR\)|XPSR|CFBP|CONTROL|FAULTMASK|BASEPRI|PRIMASK"
                     r"|CycleCnt)\s*=\s*([0-9A-Fa-f]{2,8})\b")
_JL_MEM = re.compile(r"^([0-9A-Fa-f]{8}) = ((?:[0-9A-Fa-f]{8}(?:\s+|$))+)$")
_JL_MEM8 = re.compile(r"^([0-9A-Fa-f]{8}) = ((?:[0-9A-Fa-f]{2}(?: |$))+)\s*$")
_PROMPT = re.compile(r"^(?:\(gdb\)|J-Link>)\s*")
_WORDS = re.compile(r"^(?:(?:0[xX])?[0-9A-Fa-f]{8}[\s,]*)+$")

# Cause texts -> CFSR/HFSR bits.  nRF5 SDK hardfault library (cfsr_msgs, §7.1), Zephyr fault.c and
# CmBacktrace cause lines; matched on key phrases, so wording changes between versions still match.
_CAUSE_BITS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.I), b) for p, b in (
    (r"undefined instruction", "CFSR.UNDEFINSTR"),
    (r"load or store at a location that does not permit|data access violation", "CFSR.DACCVIOL"),
    (r"instruction access violation", "CFSR.IACCVIOL"),
    (r"unstack.*access violation|^unstacking error$(?#mpu)", "CFSR.MUNSTKERR"),
    (r"stacking for an exception entry has caused one or more access violations", "CFSR.MSTKERR"),
    (r"memmanage fault occurred during floating-point lazy", "CFSR.MLSPERR"),
    (r"^instruction bus error", "CFSR.IBUSERR"),
    (r"imprecise data bus error|return address in the stack frame is not related", "CFSR.IMPRECISERR"),
    (r"(?<!im)precise data bus error|data bus error \(pc value stacked", "CFSR.PRECISERR"),
    (r"unstack for an exception return has caused one or more busfaults", "CFSR.UNSTKERR"),
    (r"stacking for an exception entry has caused one or more busfaults", "CFSR.STKERR"),
    (r"bus fault occurred during floating-point lazy", "CFSR.LSPERR"),
    (r"illegal use of the epsr|invalid state", "CFSR.INVSTATE"),
    (r"illegal load of exc_return|invalid pc", "CFSR.INVPC"),
    (r"coprocessor", "CFSR.NOCP"),
    (r"unaligned", "CFSR.UNALIGNED"),
    (r"divi(?:de|sion) by zero|divisor of 0", "CFSR.DIVBYZERO"),
    (r"vector table", "HFSR.VECTTBL"),
    (r"fault escalation|forced", "HFSR.FORCED"),
    (r"debug event", "HFSR.DEBUGEVT"),
))
# Zephyr's "Stacking error"/"Unstacking error" lines are MemManage or BusFault depending on the header.
_Z_STACKING = re.compile(r"^\s*(Stacking|Unstacking) error", re.I)


def cause_bits(text: str, group: str = "") -> list[str]:
    """Fault status bits a printed cause names (``group``: ``mpu``/``bus`` for ambiguous lines)."""
    m = _Z_STACKING.match(text)
    if m:
        unstack = m.group(1).lower() == "unstacking"
        if group == "bus":
            return ["CFSR.UNSTKERR" if unstack else "CFSR.STKERR"]
        if group == "mpu":
            return ["CFSR.MUNSTKERR" if unstack else "CFSR.MSTKERR"]
    if re.search(r"stack overflow", text, re.I):
        return ["CFSR.STKOF"] if group == "usage" else []
    out: list[str] = []
    for pattern, name in _CAUSE_BITS:
        if pattern.search(text.strip()) and name not in out:
            out.append(name)
            break
    return out


def _body(text: str) -> str:
    text, _ = clean_line(text)
    text = text.rstrip("\r\n")
    for p in _PREFIXES:
        m = p.match(text)
        if m:
            text = text[m.end():]
    return text


def _classify(body: str) -> str:
    """Which family a line belongs to: '' if it is not fault evidence at all (cheap, for sniffing)."""
    s = body.strip()
    if not s:
        return ""
    if (_HF_AT.match(s) or _HF_12.match(s) or _AE_ERROR.match(s) or _AE_ASSERT.match(s) or _BL_FAULT.search(s)
            or _AE_SD_ASSERT.match(s) or _AE_UNKNOWN.match(s) or _BL_ERROR.search(s) or _OPEN_BL.match(s)):
        return "nrf"
    if body.startswith("  R") and _CMB_REGS.search(s) is None and re.match(r"R\d+:\s+0x", s):
        return "nrf"
    if (_HF_CAUSE.match(s) or _HF_MMFAR.match(s) or _HF_BFAR.match(s) or _AE_PC.match(s)
            or _AE_END.match(s) or _HF_STACK.match(s)):
        return "nrf"
    if _Z_HEAD.match(s) or _Z_FATAL.search(s) or _Z_PC.match(s) or _Z_REG.search(s) or _Z_THREAD.match(s):
        return "zephyr"
    if _CMB_HEAD.match(s) or _CMB_CAUSE.match(s) or _CMB_BT.search(s) or _CMB_FW.match(s) or (
            len(_CMB_REGS.findall(s)) >= 2 and "0x" not in s):
        return "cmbacktrace"
    if _GDB_REG.match(s) or _GDB_MEM.match(s) or s.startswith("(gdb)"):
        return "gdb"
    if len(_JL_REG.findall(s)) >= 1 and "=" in s or _JL_MEM.match(s) or _JL_MEM8.match(s) or s.startswith("J-Link>"):
        return "jlink"
    if _WORDS.match(s):
        return "words"
    if re.match(r"^=+\s*(?:Registers information|Thread stack information)?\s*=*$", s):
        return "cmbacktrace"
    return ""


class FaultTextParser:
    kind = "fault-text"

    def sniff(self, source: Source) -> float:
        head = source.head[:16384]
        if b"\x00" in head[:4096]:
            return 0.0
        text = head.decode("utf-8", "replace")
        lines = [ln for ln in text.splitlines()[:200] if ln.strip()]
        if not lines:
            return 0.0
        families = [_classify(_body(ln)) for ln in lines]
        hits = [f for f in families if f]
        if not hits:
            return 0.0
        share = len(hits) / len(lines)
        if set(hits) == {"words"}:
            words = sum(len(re.findall(r"[0-9A-Fa-f]{8}", ln)) for ln in lines)
            return 0.6 if share == 1.0 and words in (8, 26) else 0.0
        if share >= 0.5:
            return 0.9
        # A log with a fault print in it: the log parsers should win; we take it if nobody else does.
        return 0.32

    def parse(self, source: Source) -> Iterator[Any]:
        state = _State(source.display)
        for lineno, raw, cut in source.iter_lines():
            if cut:
                yield ParseWarning(Location(source.display, line=lineno), "line too long; cut")
            yield from state.feed(lineno, raw)
        yield from state.finish()


def records_from_lines(display: str, lines: Iterable[tuple[int | None, str]]) -> list[Any]:
    """Fault blocks, register dumps and memory words from lines another parser already read.

    The log parsers turn each fault line of an RTT/UART log into its own thin ``fault`` event; the crash
    analysis feeds those inputs' lines back through this grammar to get whole reports (registers,
    causes, addresses) without parsing the file twice or the log rooms knowing fault formats.
    """
    state = _State(display)
    out: list[Any] = []
    for lineno, text in lines:
        for i, part in enumerate(text.split("\n")):
            out.extend(state.feed((lineno or 0) + i, part))
    out.extend(state.finish())
    return out


class _State:
    """Gathers lines into reports: a fault print's lines, a register dump, a frame of hex words."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.block: dict[str, Any] | None = None
        self.dump: dict[str, Any] | None = None
        self.words: list[tuple[int, list[int]]] = []
        self.unparsed = 0
        self.kinds: set[str] = set()

    # -- blocks ----------------------------------------------------------------------------------
    def _start(self, lineno: int, raw: str, fault_type: str, origin: str, **fields: Any) -> Iterator[Any]:
        yield from self._flush_block()
        self.block = {"line": lineno, "text": [raw.rstrip()], "fields": {"fault_type": fault_type,
                                                                          "origin": origin, **fields},
                      "registers": {}, "bits": [], "causes": [], "group": ""}

    def _flush_block(self) -> Iterator[Any]:
        b = self.block
        self.block = None
        if b is None:
            return
        fields = b["fields"]
        if b["registers"]:
            fields["registers"] = dict(sorted(b["registers"].items()))
            for name in ("pc", "lr"):
                if name in b["registers"] and name not in fields:
                    fields[name] = b["registers"][name]
        if b["bits"]:
            fields["cfsr_bits"] = list(b["bits"])
        if b["causes"]:
            fields["causes"] = list(b["causes"])
        self.kinds.add("fault-text")
        yield Event("fault", "\n".join(b["text"]), self.display, line=b["line"], fields=fields)

    def _add(self, raw: str) -> None:
        if self.block is not None:
            self.block["text"].append(raw.rstrip())

    def _bits(self, names: list[str]) -> None:
        if self.block is None:
            return
        for n in names:
            if n not in self.block["bits"]:
                self.block["bits"].append(n)

    def _flush_dump(self) -> Iterator[Any]:
        d = self.dump
        self.dump = None
        if d is None or not d["registers"]:
            return
        self.kinds.add("registers")
        yield RegisterSnapshot(dict(sorted(d["registers"].items())), d["origin"],
                               Location(self.display, line=d["line"]))

    def _dump_reg(self, lineno: int, origin: str, name: str, value: int) -> Iterator[Any]:
        if self.dump is not None and (self.dump["origin"] != origin or name in self.dump["registers"]):
            yield from self._flush_dump()  # a second dump (another halt) starts
        if self.dump is None:
            self.dump = {"line": lineno, "origin": origin, "registers": {}}
        self.dump["registers"][name] = value

    # -- lines -----------------------------------------------------------------------------------
    def feed(self, lineno: int, raw: str) -> Iterator[Any]:
        body = _body(raw)
        s = body.strip()
        loc = Location(self.display, line=lineno)
        if not s:
            return
        if self.words and not _WORDS.match(s):
            yield from self._flush_words()
        m = _BL_FAULT.search(s)
        if m:
            fid = int(m.group(1), 16)
            from ..crash.cortexm import nrf_fault_id

            name, ftype = nrf_fault_id(fid)
            fields: dict[str, Any] = {"id": fid, "id_name": name}
            if m.group(2) is not None:
                fields["pc"] = int(m.group(2), 16)
            if m.group(3) is not None:
                fields["info"] = int(m.group(3), 16)
            yield from self._start(lineno, raw, ftype, "nrf-bootloader", **fields)
            yield from self._flush_block()
            return
        m = _BL_ERROR.search(s)
        if m:
            yield from self._start(lineno, raw, "sdk_error", "nrf-bootloader", error_code=int(m.group(1), 16))
            yield from self._flush_block()
            return
        m = _OPEN_BL.match(s)
        if m:
            yield from self._start(lineno, raw, "sdk_error", "nrf-bootloader", error_code=int(m.group(1)),
                                   file=m.group(2), file_line=int(m.group(3)))
            yield from self._flush_block()
            return
        m = _HF_AT.match(s) or _HF_12.match(s)
        if m:
            yield from self._start(lineno, raw, "hardfault", "nrf-hardfault", pc=int(m.group(1), 16))
            return
        m = _AE_ERROR.match(s)
        if m:
            yield from self._start(lineno, raw, "sdk_error", "nrf-app-error", id=0x4001,
                                   id_name="NRF_FAULT_ID_SDK_ERROR", error_code=int(m.group(1)),
                                   error_name=m.group(2), file=m.group(3), file_line=int(m.group(4)))
            return
        m = _AE_ASSERT.match(s)
        if m:
            yield from self._start(lineno, raw, "sdk_assert", "nrf-app-error", id=0x4002,
                                   id_name="NRF_FAULT_ID_SDK_ASSERT", file=m.group(1), file_line=int(m.group(2)))
            yield from self._flush_block()
            return
        if _AE_SD_ASSERT.match(s) or _AE_SD_MEMACC.match(s):
            memacc = bool(_AE_SD_MEMACC.match(s))
            yield from self._start(lineno, raw, "sd_memacc" if memacc else "sd_assert", "nrf-app-error",
                                   id=0x1001 if memacc else 0x1,
                                   id_name="NRF_FAULT_ID_APP_MEMACC" if memacc else "NRF_FAULT_ID_SD_ASSERT")
            yield from self._flush_block()
            return
        m = _AE_UNKNOWN.match(s)
        if m:
            yield from self._start(lineno, raw, "app_error", "nrf-app-error", pc=int(m.group(1), 16))
            yield from self._flush_block()
            return
        if _AE_FATAL.match(s):
            yield from self._start(lineno, raw, "app_error", "nrf-app-error")
            yield from self._flush_block()
            return
        m = _AE_PC.match(s)
        if m and self.block is not None:
            self.block["fields"]["pc"] = int(m.group(1), 16)
            self._add(raw)
            return
        if _AE_END.match(s):
            self._add(raw)
            yield from self._flush_block()
            return
        m = _Z_HEAD.match(s)
        if m:
            head = m.group(1)
            yield from self._start(lineno, raw, "zephyr_fatal", "zephyr", zephyr_fault=head)
            self.block["group"] = {"MPU FAULT": "mpu", "BUS FAULT": "bus", "USAGE FAULT": "usage",
                                   "HARD FAULT": "hard"}.get(head, "")
            return
        m = _Z_FATAL.search(s)
        if m:
            if self.block is None or self.block["fields"].get("origin") != "zephyr":
                yield from self._start(lineno, raw, "zephyr_fatal", "zephyr")
            else:
                self._add(raw)
            self.block["fields"]["reason"] = int(m.group(1))
            self.block["fields"]["reason_text"] = m.group(2)
            return
        m = _Z_THREAD.match(s)
        if m and self.block is not None:
            self.block["fields"]["thread"] = m.group(2) or m.group(1)
            self._add(raw)
            yield from self._flush_block()
            return
        m = _Z_PC.match(s)
        if m and self.block is not None:
            self.block["registers"]["pc"] = int(m.group(1), 16)
            self._add(raw)
            return
        if self.block is not None and self.block["fields"].get("origin") == "zephyr":
            regs = _Z_REG.findall(s)
            if regs:
                for r, v, r2, v2 in regs:
                    name = {"r13": "sp", "r14": "lr", "r15": "pc"}.get(r, r) if r else r2
                    self.block["registers"][name] = int(v or v2, 16)
                self._add(raw)
                return
            m = _Z_MMFAR.match(body) or _Z_BFAR.match(body)
            if m:
                key = "mmfar" if "MMFAR" in s else "bfar"
                self.block["fields"]["fault_address"] = int(m.group(1), 16)
                self.block["registers"][key] = int(m.group(1), 16)
                self._bits(["CFSR.MMARVALID" if key == "mmfar" else "CFSR.BFARVALID"])
                self._add(raw)
                return
            m = _Z_OLD_THREAD.match(s)
            if m:
                self.block["fields"]["thread"] = m.group(1)
                self._add(raw)
                return
            if re.match(r"^(?:s\[\s*\d+\]|fpscr|(?:Resetting|Halting) system)", s):
                self._add(raw)  # FPU registers and the closing line: part of the report, not needed
                return
            bits = cause_bits(s, self.block["group"])
            if bits or body.startswith("  "):
                self._bits(bits)
                self.block["causes"].append(s)
                self._add(raw)
                return
        # nRF hardfault library continuation lines
        if self.block is not None and self.block["fields"].get("origin") == "nrf-hardfault":
            regs = re.findall(r"\b(R\d{1,2}|LR|PSR)\s*:\s+" + _H, s)
            if regs:
                for r, v in regs:
                    name = {"PSR": "xpsr"}.get(r, r.lower())
                    self.block["registers"][name] = int(v, 16)
                self._add(raw)
                return
            m = _HF_CAUSE.match(s)
            if m:
                self.block["causes"].append(m.group(1))
                self._bits(cause_bits(m.group(1)))
                self._add(raw)
                return
            m = _HF_MMFAR.match(s) or _HF_BFAR.match(s)
            if m:
                key = "mmfar" if s.startswith("MemManage") else "bfar"
                self.block["registers"][key] = int(m.group(1), 16)
                self.block["fields"]["fault_address"] = int(m.group(1), 16)
                self._bits(["CFSR.MMARVALID" if key == "mmfar" else "CFSR.BFARVALID"])
                self._add(raw)
                return
            if _HF_STACK.match(s):
                self.block["fields"]["stack_violation"] = True
                self._add(raw)
                return
        # CmBacktrace
        m = _CMB_HEAD.match(s)
        if m:
            b = self.block
            if b is not None and b["fields"].get("origin") == "cmbacktrace" and not b["registers"]:
                b["fields"]["context"] = m.group(1)  # after the "Firmware name" line: same report
                self._add(raw)
            else:
                yield from self._start(lineno, raw, "hardfault", "cmbacktrace", context=m.group(1))
            return
        m = _CMB_FW.match(s)
        if m:
            yield from self._start(lineno, raw, "hardfault", "cmbacktrace", firmware=m.group(1),
                                   hardware_version=m.group(2), software_version=m.group(3))
            return
        if self.block is not None and self.block["fields"].get("origin") == "cmbacktrace":
            regs = _CMB_REGS.findall(s)
            if len(regs) >= 2 and "0x" not in s:
                for r, v in regs:
                    self.block["registers"][{"PSR": "xpsr"}.get(r, r.lower())] = int(v, 16)
                self._add(raw)
                return
            m = _CMB_CAUSE.match(s)
            if m:
                self.block["causes"].append(s)
                self._bits(cause_bits(m.group(2), {"Bus": "bus", "Memory management": "mpu",
                                                   "Usage": "usage"}.get(m.group(1), "")))
                self._add(raw)
                return
            m = _CMB_ADDR.match(s)
            if m:
                key = "bfar" if m.group(1) == "bus" else "mmfar"
                self.block["registers"][key] = int(m.group(2), 16)
                self.block["fields"]["fault_address"] = int(m.group(2), 16)
                self._add(raw)
                return
            m = _CMB_BT.search(s)
            if m:
                self.block["fields"]["backtrace"] = [int(w, 16) for w in m.group(1).split()]
                self._add(raw)
                yield from self._flush_block()
                return
            m = _CMB_STACK.match(s)
            if m:
                self._add(raw)
                yield MemorySegment(int(m.group(1), 16), int(m.group(2), 16).to_bytes(4, "little"),
                                    Location(self.display, line=lineno), label="ram")
                return
            if _classify(body) == "cmbacktrace" or _BANNER_RULE.match(s):
                self._add(raw)
                return
        # Register dumps and memory reads
        m = _GDB_MEM.match(s)
        if m:
            yield from self._memory(lineno, int(m.group(1), 16), [int(w, 16) for w in m.group(2).split()], "gdb")
            return
        m = _JL_MEM.match(s)
        if m:
            yield from self._memory(lineno, int(m.group(1), 16), [int(w, 16) for w in m.group(2).split()], "jlink")
            return
        m = _JL_MEM8.match(s)
        if m:
            data = bytes(int(b, 16) for b in m.group(2).split())
            yield MemorySegment(int(m.group(1), 16), data, Location(self.display, line=lineno),
                                label="ram" if 0x20000000 <= int(m.group(1), 16) < 0x40000000 else "flash")
            self.kinds.add("registers")
            return
        m = _PROMPT.match(s)
        if m:
            rest = s[m.end():]
            if _GDB_REG.match(rest) or _JL_REG.search(rest):
                s = rest
            else:  # a debugger command: part of the transcript, not evidence by itself
                yield Event("log.line", raw.rstrip(), self.display, line=lineno, fields={"message": s})
                return
        m = _GDB_REG.match(s)
        if m:
            name = {"cpsr": "xpsr"}.get(m.group(1).lower(), m.group(1).lower())
            yield from self._dump_reg(lineno, "gdb", name, int(m.group(2), 16))
            return
        regs = _JL_REG.findall(s)
        if regs:
            for r, v in regs:
                if r == "CycleCnt":
                    continue
                name = {"SP(R13)": "sp", "R14(LR)": "lr", "R13": "sp", "R14": "lr", "R15": "pc"}.get(r, r.lower())
                yield from self._dump_reg(lineno, "jlink", name, int(v, 16))
            return
        if _WORDS.match(s):
            self.words.append((lineno, [int(w, 16) for w in re.findall(r"[0-9A-Fa-f]{8}", s.replace("0x", "")
                                                                                 .replace("0X", ""))]))
            return
        m = _BOOT.match(s)
        if m:
            yield from self._flush_block()
            yield Event("boot.start", raw.rstrip(), self.display, line=lineno,
                        fields={"stage": "zephyr", "banner": m.group(1)})
            return
        if _CLOSING.match(s) or _LOG_PREFIX.match(clean_line(raw)[0]):
            # an ordinary log line around the fault print: kept in the timeline, not fault evidence
            yield Event("log.line", raw.rstrip(), self.display, line=lineno, fields={"message": s})
            return
        self.unparsed += 1
        yield Event("unparsed", raw.rstrip(), self.display, line=lineno)
        if self.unparsed <= MAX_LINE_WARNINGS:
            yield ParseWarning(loc, "line not understood as fault text; kept as an unparsed event")

    def _memory(self, lineno: int, addr: int, words: list[int], origin: str) -> Iterator[Any]:
        data = b"".join(w.to_bytes(4, "little") for w in words)
        self.kinds.add("registers")
        label = "scb" if 0xE000E000 <= addr < 0xE000F000 else ("ram" if 0x20000000 <= addr < 0x40000000
                                                              else "flash")
        yield MemorySegment(addr, data, Location(self.display, line=lineno), label=label)

    def _flush_words(self) -> Iterator[Any]:
        words = [w for _, ws in self.words for w in ws]
        line = self.words[0][0] if self.words else 0
        self.words = []
        from ..crash.cortexm import BASIC_FRAME

        if len(words) in (8, 26):
            self.kinds.add("registers")
            regs = dict(zip(BASIC_FRAME, words[:8], strict=True))
            yield RegisterSnapshot(dict(sorted(regs.items())), "frame-words", Location(self.display, line=line),
                                   stacked=True)
        else:
            yield ParseWarning(Location(self.display, line=line),
                               f"{len(words)} hex words are not an exception frame (8 words, or 26 with the "
                               "FPU context); not used")

    def finish(self) -> Iterator[Any]:
        if self.words:
            yield from self._flush_words()
        yield from self._flush_block()
        yield from self._flush_dump()
        if self.unparsed > MAX_LINE_WARNINGS:
            yield ParseWarning(Location(self.display),
                               f"{self.unparsed - MAX_LINE_WARNINGS} more lines not understood (see the "
                               "unparsed events)")
        if self.kinds == {"registers"}:
            yield InputKind("registers")


PARSERS = [FaultTextParser()]
