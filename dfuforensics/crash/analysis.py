"""Crash analysis: from whatever fault evidence the case holds to the report's ``crash`` section.

Evidence, most exact first: live registers from a debugger (gdb, J-Link) with a RAM dump -- the
exception frame is read from memory at SP, chosen by EXC_RETURN; a frame as hex words; registers a
fault handler printed (nRF5 hardfault library, Zephyr, CmBacktrace); a fault line without registers
(app_error, the bootloader's "Received a fault!").  SCB fault registers come from debugger memory reads
of 0xE000ED28.. or from the causes the handler printed (then marked ``inferred``).

With an ELF: pc/lr/backtrace symbolized, the stack unwound (CFI, else a heuristic scan), and the ELF
compared with the flash image when both are there -- symbols of another build would point at the
wrong lines, so a mismatch is published as a fact for the rules and said in the section.

Whatever cannot be established is listed in ``not_established`` (and the facts), never guessed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..case import Case, Column, Table
from ..model import NOT_PRESENT, UNREADABLE, Event, Location, MemorySegment, ParseWarning
from . import cortexm as cm
from .records import PrintedBacktrace, RegisterSnapshot

RAM_START = 0x20000000
RAM_END_MAX = 0x20080000  # largest nRF5 RAM (nRF52840: 256 KiB; nRF5340 app core 512 KiB)
#: How far above SP the exception frame is searched when the handler had already pushed registers.
FRAME_SEARCH_WORDS = 32


def analyze(case: Case) -> None:
    faults, extra = _fault_evidence(case)
    faults = _join_coredumps(faults, case.events)
    snapshots = case.of_type(RegisterSnapshot) + [r for r in extra if isinstance(r, RegisterSnapshot)]
    scb = _scb_from_memory(case)
    records = _ram_records(case)
    if not faults and not snapshots and not scb:
        printed = case.of_type(PrintedBacktrace)
        if printed:
            printed_crash(case, printed[-1])
            return
        if not records:
            case.facts["crash"] = {"present": False}
            return
        faults = [_record_event(*records[0])]  # a record is the last word when nothing else shows the fault
    CrashAnalysis(case, faults, snapshots, scb, records).run()


def c_string(mem: Any, addr: int, limit: int = 256) -> bytes:
    """The NUL-terminated string at ``addr`` as far as the evidence holds it (a file name near the end of
    a dumped region is still read)."""
    out = bytearray()
    while len(out) < limit:
        chunk = mem.read(addr + len(out), 16) or mem.read(addr + len(out), 1)
        if not chunk:
            break
        end = chunk.find(b"\0")
        if end >= 0:
            out += chunk[:end]
            break
        out += chunk
    return bytes(out)


def _ram_records(case: Case) -> list[tuple[Any, dict[str, int], Location]]:
    """Crash records the firmware kept in RAM (``ram_records.py``) that a device read holds and that were
    written; the ELF's own .data image never counts."""
    if not case.elf_paths or not any(label == "ram" for _a, _b, _i, label in case.memory.ranges()):
        return []
    from .ram_records import find_layouts, holds_a_crash, read_record

    elf_inputs = {str(p) for p in case.elf_paths}
    try:
        layouts = find_layouts(case.elf_paths[0])
    except Exception as exc:  # noqa: BLE001 - damaged DWARF loses only this source
        case.analysis_warnings.append(ParseWarning(Location("crash"), f"crash records: DWARF unreadable "
                                                   f"({type(exc).__name__}: {exc})"))
        return []
    out = []
    for layout in layouts:
        where = case.memory.source_of(layout.address)
        if where is None or where.input in elf_inputs:
            continue
        values = read_record(layout, case.memory.read_u32)
        if values is not None and holds_a_crash(values):
            out.append((layout, values, where))
    return out


def _record_event(layout: Any, values: dict[str, int], where: Location) -> Event:
    """A crash record read as a fault report: the fields a printed report would have, from the record."""
    fields: dict[str, Any] = {"origin": "ram-record", "record": layout.variable,
                              "record_span": (layout.address, layout.address + max(layout.size, 4)),
                              "status_from": f"crash record `{layout.variable}` in RAM (its type from the ELF's DWARF)"}
    fid = values.get("id")
    fields["fault_type"] = "sdk_error" if fid in (0x4001, 0x4002) else "hardfault"
    for key in ("id", "info", "error_code", "file_line", "cfsr", "hfsr", "dfsr", "mmfar", "bfar", "pc", "lr",
                "exc_return"):
        if key in values:
            fields[key] = values[key]
    regs = {k: values[k] for k in cm.BASIC_FRAME if k in values}
    if {"pc", "lr"} <= regs.keys():
        fields["registers"] = regs
    if fields["fault_type"] == "sdk_error" and not values.get("pc"):
        fields.pop("pc", None)  # the SDK records pc 0 when the error came from a check, not a fault
    text = f"crash record {layout.variable} @0x{layout.address:08X}: " + ", ".join(
        f"{k}=0x{v:08X}" for k, v in sorted(values.items()))
    return Event("fault", text, where.input, offset=where.offset, fields=fields)


#: The same function's return address this many times in a row above an unwritten frame is a recursion
#: that overflowed the stack.
STACK_OVERFLOW_REPEATS = 3
#: Frames walked from a core halted in thread mode, looking for a software error handler among the first four.
MAX_SOFTWARE_FRAMES = 24
#: Where a backtrace's innermost frames stop, and the fault that means (the handler's own names: CMSIS,
#: the nRF5 SDK's app_error, Zephyr's fatal path, newlib's assert).
_HANDLER_FAULTS = (
    (re.compile(r"HardFault_Handler|hard_fault_handler|HardFault_c_handler|z_arm_hard_fault"), "hardfault"),
    (re.compile(r"MemManage_Handler|MemoryManagement_Handler|z_arm_mpu_fault"), "memmanage"),
    (re.compile(r"BusFault_Handler|z_arm_bus_fault"), "busfault"),
    (re.compile(r"UsageFault_Handler|z_arm_usage_fault"), "usagefault"),
    (re.compile(r"^(?:app_error_fault_handler|app_error_handler\w*|app_error_save_and_stop|assert_nrf_callback)$"),
     "sdk_error"),
    (re.compile(r"^(?:z_fatal_error|k_sys_fatal_error_handler|z_arm_fault|z_arm_fatal_error)$"), "zephyr_fatal"),
    (re.compile(r"^(?:__assert_func|assert_post_action|__assert_fail|abort|panic)$"), "assert"),
)


_SOFTWARE_FAULTS = ("sdk_error", "zephyr_fatal", "assert")


def printed_crash(case: Case, bt: PrintedBacktrace) -> None:
    """The crash section and facts from a backtrace a debugger printed, when nothing else shows the fault.

    gdb symbolized it with the matching ELF, so its names are the firmware's own; what it cannot give is
    the fault status.  Frame 0 names the handler the core was in; after ``<signal handler called>``
    comes the code the exception interrupted -- the faulting function when the handler is a fault's."""
    fault_type, handler_at = "unknown", -1
    # the handler, or a function it called (a print, a spin loop); above a signal frame, every frame is the
    # handler's, and the exception's own vector (z_arm_usage_fault) says more than the fatal path it called
    handler_frames = len(bt.frames) if bt.interrupted else 4
    for i, frame in enumerate(bt.frames[:handler_frames]):
        if frame.kind != "call" and bt.interrupted:
            break
        for rx, name in _HANDLER_FAULTS:
            if frame.function and rx.search(frame.function):
                if fault_type == "unknown" or (fault_type in _SOFTWARE_FAULTS and name not in _SOFTWARE_FAULTS):
                    fault_type, handler_at = name, i
                break
        if fault_type != "unknown" and not bt.interrupted:
            break
    calls = [f for f in bt.frames if f.kind == "call"]
    if fault_type in ("hardfault", "memmanage", "busfault", "usagefault", "zephyr_fatal") and bt.interrupted:
        place = bt.interrupted  # the exception's own frame: the code it interrupted
    elif handler_at >= 0:  # a software error: the code that called the handler
        place = next((f for f in bt.frames[handler_at + 1:] if f.kind == "call" and f.function), None)
    else:
        place = calls[0] if calls else None
    in_bootloader = any((f.file and "/libraries/bootloader/" in f.file.replace("\\", "/"))
                        or (f.function or "").startswith(("nrf_bootloader", "nrf_dfu_")) for f in calls)

    def entry(frame: Any) -> dict[str, Any]:
        return {"address": frame.address if frame.address is not None else NOT_PRESENT,
                "function": frame.function or NOT_PRESENT, "file": frame.file or NOT_PRESENT,
                "line": frame.file_line if frame.file_line is not None else NOT_PRESENT}

    backtrace = [entry(f) for f in bt.frames if f.kind == "call"]
    pc_entry = entry(place) if place is not None else {"address": NOT_PRESENT, "function": NOT_PRESENT,
                                                       "file": NOT_PRESENT, "line": NOT_PRESENT}
    not_established = ["fault status (CFSR/HFSR): a printed backtrace does not carry it; give `info registers` "
                       "and the SCB words (x/4wx 0xE000ED28) at the same stop"]
    if bt.stopped:
        not_established.append(f"the whole chain: gdb stopped unwinding ({bt.stopped})")
    case.sections["crash"] = {
        "pc": pc_entry, "lr": {"address": NOT_PRESENT, "function": NOT_PRESENT, "file": NOT_PRESENT,
                               "line": NOT_PRESENT},
        "fault": {"type": fault_type, "cfsr_bits": [], "source": "printed-backtrace"},
        "backtrace": backtrace, "backtrace_method": "printed", "notes": list(bt.notes), "conflicts": [],
        "not_established": not_established,
        "evidence": {"input": bt.location.input, "line": bt.location.line if bt.location.line is not None
                     else NOT_PRESENT},
    }
    case.facts["crash"] = {
        "present": True, "source": "printed-backtrace", "fault_type": fault_type, "cfsr_bits": [],
        "hfsr_bits": [], "pc": pc_entry["address"], "pc_function": pc_entry["function"],
        "pc_file": pc_entry["file"], "pc_line": pc_entry["line"],
        "handler": bt.frames[0].function if bt.frames and bt.frames[0].function else NOT_PRESENT,
        "backtrace_functions": bt.functions, "unwind_method": "printed", "fault_count": 1, "repeated": False,
        "stack_overflow": NOT_PRESENT, "raised_by": "bootloader" if in_bootloader else NOT_PRESENT,
        "phase": NOT_PRESENT, "origin": bt.origin,
        "backtrace_stopped": bt.stopped or NOT_PRESENT, "not_established": not_established,
    }
    case.facts.setdefault("_where", {})["crash"] = bt.location


def _fault_evidence(case: Case) -> tuple[list[Event], list[Any]]:
    """Fault events, whole: ours as parsed; a log parser's per-line fault events regrouped into reports
    by reading that input's lines again through the fault-text grammar (registers, causes, addresses)."""
    from ..evidence.fault_text import records_from_lines

    ours = [e for e in case.events if e.kind == "fault" and "origin" in e.fields]
    by_source: dict[str, list[Event]] = {}
    for e in case.events:
        by_source.setdefault(e.source, []).append(e)
    foreign_sources = sorted({e.source for e in case.events if e.kind == "fault" and "origin" not in e.fields})
    extra: list[Any] = []
    regrouped: list[Event] = []
    for src in foreign_sources:
        lines = _around_faults(by_source[src])
        recs = records_from_lines(src, lines)
        blocks = [r for r in recs if isinstance(r, Event) and r.kind == "fault"]
        if not blocks:  # a fault line our grammar does not know: keep the log parser's event as it is
            blocks = [e for e in case.events if e.kind == "fault" and e.source == src]
        regrouped.extend(blocks)
        extra.extend(r for r in recs if isinstance(r, RegisterSnapshot))
    order = {id(e): i for i, e in enumerate(case.events)}
    return sorted(ours, key=lambda e: order[id(e)]) + regrouped, extra


#: Lines between a Zephyr fatal error print and the core dump written right after it, at most.
JOIN_LINES = 80
#: What a Zephyr fault print says that its core dump does not (the dump has no fault status registers).
_PRINT_ONLY = ("cfsr_bits", "causes", "fault_address", "zephyr_fault", "escalated", "exception", "thread",
               "reason_text")
_CALLEE_SAVED = frozenset(("r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11"))


def _join_coredumps(faults: list[Event], events: list[Event]) -> list[Event]:
    """One fault, told twice: Zephyr prints its fatal error report and then writes the core dump.  The
    dump's event keeps its registers and memory and takes what only the print says (the causes the
    handler read from CFSR, the fault address, the thread); the print is not counted again.  They are the
    same fault when the print comes first in the same input, less than JOIN_LINES before, with no reset
    between and the same pc where the print has one."""
    dumps = [e for e in faults if e.fields.get("origin") == "zephyr-coredump" and e.line is not None]
    if not dumps:
        return faults
    resets = {(e.source, e.line) for e in events if e.kind == "boot.start" and e.line is not None}
    joined: dict[int, Event] = {}
    used: set[int] = set()
    for dump in dumps:
        for p in faults:
            if (id(p) in used or p.fields.get("origin") != "zephyr" or p.source != dump.source or p.line is None
                    or not 0 < dump.line - p.line <= JOIN_LINES):
                continue
            if any(src == dump.source and p.line < line < dump.line for src, line in resets):
                continue
            pc = p.fields.get("pc", (p.fields.get("registers") or {}).get("pc"))
            if isinstance(pc, int) and pc != dump.fields.get("pc"):
                continue
            fields = {**dump.fields, **{k: v for k, v in p.fields.items() if k in _PRINT_ONLY and k not in dump.fields},
                      "joined_print_line": p.line}
            joined[id(dump)] = Event(dump.kind, dump.text, dump.source, dump.line, dump.offset, dump.t, dump.clock,
                                     dump.level, dump.module, fields)
            used.add(id(p))
            break
    return [joined.get(id(e), e) for e in faults if id(e) not in used]


#: A fault report spans the fault line and the register/cause lines around it: only those lines are
#: read again (a million-line log with one fault costs a few dozen lines, not a second full parse).
_BEFORE = _AFTER = 64  # Zephyr prints the cause and registers before its "FATAL ERROR" line


def _around_faults(events: list[Event]) -> list[tuple[int | None, str]]:
    keep = [False] * len(events)
    for i, e in enumerate(events):
        if e.kind == "fault":
            for j in range(max(0, i - _BEFORE), min(len(events), i + _AFTER + 1)):
                keep[j] = True
    return [(e.line, e.text) for e, k in zip(events, keep, strict=True) if k]


def _scb_from_memory(case: Case) -> dict[str, tuple[int, Location | None]]:
    out: dict[str, tuple[int, Location | None]] = {}
    for addr, name in cm.SCB_REGISTERS.items():
        v = case.memory.read_u32(addr)
        if v is not None:
            out[name] = (v, case.memory.source_of(addr))
    return out


class CrashAnalysis:
    def __init__(self, case: Case, faults: list[Event], snapshots: list[RegisterSnapshot],
                 scb: dict[str, tuple[int, Location | None]],
                 records: list[tuple[Any, dict[str, int], Location]] | None = None) -> None:
        self.case = case
        self.records = records or []
        self.faults = faults
        self.snapshots = snapshots
        self.scb = scb
        self.not_established: list[str] = []
        self.notes: list[str] = []
        self.conflicts: list[str] = []
        self.index: Any = None
        self.elf_path: Path | None = None
        self.arch = "armv7e-m"
        self.arch_known = False

    def warn(self, message: str, where: str = "crash") -> None:
        self.case.analysis_warnings.append(ParseWarning(Location(where), message))

    # ---------------------------------------------------------------------------------------------
    def run(self) -> None:
        self._load_symbols()
        live = self._live_registers()
        event = self.faults[-1] if self.faults else None
        if event is not None and event.fields.get("origin") == "ram-record":
            self.notes.append(f"read from the firmware's own crash record `{event.fields['record']}` in RAM (its "
                              "layout from the ELF's DWARF): nothing else in the evidence shows the fault")
        stacked, frame_info = self._frame(live, event)
        software = self._software_stop(live) if not stacked and event is None else None
        if software is not None:
            frame_info["software_stop"] = software
        regs_fault = self._fault_registers(live, event, stacked, frame_info)
        if frame_info.get("stacking_failed") and frame_info.get("stacked_from") == "ram":
            # the words at SP were never a frame (stacking failed, inferred): nothing read there is evidence
            stacked = {}
            for key in ("stacked_from", "frame_address", "source_location", "sp_before", "padded"):
                frame_info.pop(key, None)
        fault = self._decode(regs_fault, event, live, stacked, software)
        pc = stacked.get("pc", event.fields.get("pc") if event else None) if stacked or event else None
        if software is not None:
            pc = software["pc"]
            # the handler's caller is where the check failed: its line is the APP_ERROR_CHECK/ASSERT's
            where = self._sym(software["lookup"])[0]
            if where.get("file") and where.get("line"):
                fault.setdefault("file", where["file"])
                fault.setdefault("file_line", where["line"])
            self.not_established[:] = [n for n in self.not_established if "LR is not an EXC_RETURN" not in n]
        if pc is None and event is not None:
            pc = event.fields.get("pc")
        lr = stacked.get("lr", event.fields.get("lr") if event else None)
        if isinstance(pc, int) and pc == 0 and event is not None and fault["type"] in (
                "sdk_assert", "sdk_error", "sd_assert", "app_error") and not stacked:
            self.notes.append("pc 0x00000000: this handler does not pass a program counter for this fault id")
            pc = None
        backtrace, method = self._backtrace(live, stacked, frame_info, event, pc)
        identity = self._identity()
        self._publish(fault, pc, lr, stacked, frame_info, backtrace, method, identity, event, live)

    # -- symbols ------------------------------------------------------------------------------------
    def _load_symbols(self) -> None:
        from ..symbols.index import SymbolError, load_index

        for path in self.case.elf_paths:
            try:
                self.index = load_index(path)
                self.elf_path = Path(path)
                for w in self.index.warnings:
                    self.warn(f"{path}: {w}", "symbols")
                self.arch, self.arch_known = _elf_arch(Path(path))
                return
            except SymbolError as exc:
                self.warn(str(exc), "symbols")
                self.not_established.append(f"symbols: {exc}")
        if not self.case.elf_paths:
            self.not_established.append("function names and source lines: no ELF given (--elf)")

    def _sym(self, addr: int | None, *, caller: bool = False) -> list[dict[str, Any]]:
        """Symbolized levels of ``addr`` (innermost first); callers are looked up at ret-1."""
        if not isinstance(addr, int):
            return []
        a = addr & ~1
        if self.index is None:
            return [{"address": a, "function": NOT_PRESENT, "file": NOT_PRESENT, "line": NOT_PRESENT}]
        frames = self.index.lookup(a - 1 if caller and a else a)
        out = []
        for i, f in enumerate(frames):
            entry: dict[str, Any] = {"address": a, "function": f.function if f.function != "??" else UNREADABLE,
                                     "file": f.file if f.file != "??" else NOT_PRESENT,
                                     "line": f.line if f.line else NOT_PRESENT}
            if i < len(frames) - 1:
                entry["inlined"] = True
            out.append(entry)
        return out

    # -- registers ----------------------------------------------------------------------------------
    def _live_registers(self) -> dict[str, int]:
        live: dict[str, int] = {}
        for snap in self.snapshots:
            if not snap.stacked:
                live.update(snap.registers)
        for name, (value, _loc) in self.scb.items():
            live.setdefault(name, value)
        if live.get("sp") is not None and "msp" in live and "xpsr" in live and live["xpsr"] & 0x1FF:
            if live["sp"] != live["msp"]:
                self.conflicts.append(f"sp 0x{live['sp']:08X} differs from msp 0x{live['msp']:08X} although "
                                      "the core is in handler mode (which always runs on MSP)")
        return live

    def _frame(self, live: dict[str, int], event: Event | None) -> tuple[dict[str, int], dict[str, Any]]:
        """The stacked exception frame: from RAM at SP when possible, else as printed."""
        info: dict[str, Any] = {}
        printed: dict[str, int] = {}
        printed_notes: list[str] = []
        for snap in self.snapshots:
            if snap.stacked:
                printed = dict(snap.registers)
                printed_notes = snap.notes
                info["source"] = f"{snap.origin} ({snap.location.describe()})"
        if not printed and event is not None and isinstance(event.fields.get("registers"), dict):
            regs = event.fields["registers"]
            if "pc" in regs or "r0" in regs:
                printed = {k: v for k, v in regs.items() if k in cm.BASIC_FRAME}
                if "pc" not in printed and isinstance(event.fields.get("pc"), int):
                    printed["pc"] = event.fields["pc"]
                info["source"] = f"fault print ({event.location.describe()})"
        if "sp" in printed and "pc" in printed and not {"pc", "sp"} & live.keys():
            self.notes.extend(printed_notes)  # how the dump's reader knows sp, r4-r11
            return self._frame_with_sp(printed, info), info
        if not live and event is not None and event.fields.get("origin") == "ram-record" and printed:
            found = self._record_frame_in_ram(printed, event, info)
            if found:
                return found, info
        lr = live.get("lr")
        if lr is not None and not cm.is_exc_return(lr) and "sp" in live and "pc" in live:
            found = self._frame_through_handler(live, info)
            if found:
                return found, info
        if lr is None or not cm.is_exc_return(lr):
            if live and "sp" in live and "pc" in live:
                self.not_established.append(
                    "exception frame: LR is not an EXC_RETURN value, so the registers were not captured at "
                    "fault-handler entry" if lr is not None else "exception frame: LR not captured")
            if printed:
                info["stacked_from"] = "print"
            return printed, info
        exc = cm.decode_exc_return(lr, self.arch)
        info["exc_return"] = exc
        if not exc.valid:
            self.not_established.append(f"exception frame: {exc.describe()}")
            return printed, info
        sp = live.get("psp") if exc.stack == "PSP" else live.get("msp", live.get("sp"))
        if sp is None:
            self.not_established.append(f"exception frame: EXC_RETURN says the frame is on the {exc.stack}, "
                                        f"which was not captured")
            return printed, info
        info["sp"] = sp
        if not (RAM_START <= sp < RAM_END_MAX):
            info["sp_outside_ram"] = True
            self.not_established.append(f"exception frame: {exc.stack} 0x{sp:08X} is outside RAM (stack "
                                        "overflow or a corrupt stack pointer); the frame cannot be read")
            return printed, info
        mem = self.case.memory
        cfsr = live.get("cfsr", 0)
        if cfsr & (1 << 4 | 1 << 12):  # MSTKERR / STKERR
            info["stacking_failed"] = True
            name = "CFSR.MSTKERR" if cfsr & 1 << 4 else "CFSR.STKERR"
            self.not_established.append(f"exception frame: stacking failed ({name}), so the processor did not "
                                        f"write the frame at {exc.stack} 0x{sp:08X}; the faulting pc is not "
                                        "in memory (the stack above SP is scanned instead)")
            return printed, info
        if mem.read_u32(sp) is None:
            have = ", ".join(f"0x{a:08X}-0x{b:08X}" for a, b, _i, label in mem.ranges() if label == "ram") or "none"
            self.not_established.append(f"exception frame: {exc.stack} 0x{sp:08X} is not in the RAM dump "
                                        f"(RAM known: {have})")
            return printed, info
        frame_at = None
        for k in range(FRAME_SEARCH_WORDS):
            cand = sp + 4 * k
            words = [mem.read_u32(cand + 4 * i) for i in range(8)]
            if any(w is None for w in words):
                if k == 0:
                    self.not_established.append(
                        f"exception frame: the RAM dump ends inside the frame at 0x{sp:08X} (needs "
                        f"{exc.frame_bytes} bytes)")
                    return printed, info
                break
            if self._plausible_frame(words, at_sp=k == 0):  # type: ignore[arg-type]
                frame_at = cand
                break
        if frame_at is None:
            self.not_established.append(f"exception frame: no plausible frame at {exc.stack} 0x{sp:08X} (stacked "
                                        "xPSR without the Thumb bit or pc outside code)")
            return printed, info
        if frame_at != sp:
            self.notes.append(f"exception frame found 0x{frame_at - sp:X} bytes above SP: the handler had pushed "
                              "registers before the capture")
        words = [mem.read_u32(frame_at + 4 * i) for i in range(8)]
        stacked = dict(zip(cm.BASIC_FRAME, words, strict=True))  # type: ignore[arg-type]
        info.update(frame_address=frame_at, stacked_from="ram", source_location=mem.source_of(frame_at),
                    sp_before=cm.sp_before_exception(frame_at, exc, stacked["xpsr"]),
                    padded=bool(cm.frame_padding(stacked["xpsr"])))
        if exc.extended_frame and mem.read(frame_at, cm.EXTENDED_FRAME_BYTES) is None:
            self.not_established.append("FPU context: the RAM dump ends inside the extended frame")
        for name, value in printed.items():
            if name in stacked and stacked[name] != value:
                self.conflicts.append(f"{name} 0x{value:08X} in {info.get('source', 'the print')} contradicts the "
                                      f"frame in RAM at 0x{frame_at:08X} (0x{stacked[name]:08X}); the RAM frame "
                                      "is used")
        return stacked, info

    def _record_frame_in_ram(self, frame: dict[str, int], event: Event, info: dict[str, Any]) -> dict[str, int]:
        """A crash record holds a copy of the stacked frame but not where it was: the processor's own frame
        is still on the stack unless it was overwritten, so the RAM dump is searched for those 32 bytes.
        Found once, it gives the SP at the fault and the whole chain unwinds from there."""
        if not set(cm.BASIC_FRAME) <= frame.keys():
            return {}
        pattern = b"".join(frame[k].to_bytes(4, "little") for k in cm.BASIC_FRAME)
        mem = self.case.memory
        hits: list[int] = []
        for a, b, _i, label in mem.ranges():
            if label != "ram":
                continue
            data = mem.read(a, b - a) or b""
            pos = data.find(pattern)
            lo, hi = event.fields.get("record_span", (0, 0))
            while pos >= 0 and len(hits) < 2:
                if pos % 4 == 0 and not lo <= a + pos < hi:  # the record's own copy is not the stack
                    hits.append(a + pos)
                pos = data.find(pattern, pos + 4)
        if len(hits) != 1:
            if not hits:
                self.notes.append("the record's frame is no longer on the stack (overwritten since): the chain is "
                                  "pc and lr only")
            return {}
        frame_at = hits[0]
        exc_value = event.fields.get("exc_return")
        exc = cm.decode_exc_return(exc_value if isinstance(exc_value, int) and cm.is_exc_return(exc_value)
                                   else 0xFFFFFFF9, self.arch)
        if not exc.valid:
            return {}
        record = event.fields.get("record", "the record")
        self.notes.append(f"the frame saved in `{record}` is also on the stack at 0x{frame_at:08X} (the "
                          "processor's own copy): the SP at the fault and the whole chain follow from there"
                          + ("" if isinstance(exc_value, int) else "; no EXC_RETURN in the record, a basic "
                             "frame is assumed"))
        info["exc_return"] = exc
        stacked = dict(frame)
        info.update(frame_address=frame_at, stacked_from="ram", source_location=mem.source_of(frame_at),
                    sp=frame_at, sp_before=cm.sp_before_exception(frame_at, exc, stacked["xpsr"]),
                    padded=bool(cm.frame_padding(stacked["xpsr"])))
        return stacked

    def _frame_with_sp(self, regs: dict[str, int], info: dict[str, Any]) -> dict[str, int]:
        """A stacked snapshot that also carries the interrupted code's SP (a core dump's arch block: the
        frame, the SP the code had once the frame is popped, r4-r11 when the dump kept them): with the
        stack in memory, the chain unwinds from these registers as from a frame read in RAM at SP.
        Without that stack only pc and lr are known, as for a printed frame."""
        stacked = {k: regs[k] for k in cm.BASIC_FRAME if k in regs}
        sp = regs["sp"]
        callee = {k: v for k, v in regs.items() if k in _CALLEE_SAVED}
        info.update(sp=sp, sp_before=sp, callee_saved=callee, callee_exact=True)
        if "xpsr" in stacked:
            info["padded"] = bool(cm.frame_padding(stacked["xpsr"]))
        mem = self.case.memory
        if not (RAM_START <= sp < RAM_END_MAX):
            info["sp_outside_ram"] = True
        if mem.read_u32(sp) is None:
            info.update(stacked_from="print", stack_missing=True)
            self.not_established.append(f"the chain: the stack at sp 0x{sp:08X} is not in the evidence (the dump "
                                        "holds no memory there), so only pc and lr are known")
            return stacked
        info["stacked_from"] = "dump"
        frame_at = (sp & ~4 if info.get("padded") else sp) - cm.BASIC_FRAME_BYTES
        words = [mem.read_u32(frame_at + 4 * i) for i in range(8)]
        if words == [stacked.get(k) for k in cm.BASIC_FRAME]:
            info.update(frame_address=frame_at, source_location=mem.source_of(frame_at))
        return stacked

    def _software_stop(self, live: dict[str, int]) -> dict[str, Any] | None:
        """The core was halted in thread mode inside a software error handler that loops (the nRF5 SDK's
        ``app_error_fault_handler`` in a debug build, Zephyr's ``k_sys_fatal_error_handler``, newlib's
        assert): unwind the live registers with CFI; the report's place is the function that called the
        handler, as for a printed backtrace.  None when the core is not in such a handler."""
        image = self._code_image()
        if image is None or not {"pc", "sp", "lr"} <= live.keys() or live.get("xpsr", 0) & 0x1FF:
            return None
        from ..symbols.unwind import unwind

        regs = {k: v for k, v in live.items() if k.startswith("r") and k[1:].isdigit()}
        regs.update(sp=live["sp"], lr=live["lr"], pc=live["pc"])
        try:
            res = unwind(image, regs, self.case.memory.read_u32, max_frames=MAX_SOFTWARE_FRAMES)
        except Exception as exc:  # noqa: BLE001
            self.warn(f"unwinding from the halted core failed: {type(exc).__name__}: {exc}", "unwind")
            return None
        names = [self._sym(fr.lookup)[0].get("function") or "" for fr in res.frames]
        software = {"sdk_error", "zephyr_fatal", "assert"}
        hit = None
        for i, name in enumerate(names[:4]):
            for rx, kind in _HANDLER_FAULTS:
                if kind in software and rx.search(name):
                    hit = (i, kind)
        if hit is None or any(fr.method == "heuristic" for fr in res.frames[:hit[0] + 2]):
            return None
        at, kind = hit
        if at + 1 >= len(res.frames):
            return None
        caller = res.frames[at + 1]
        frames = list(res.frames[at + 1:])
        if caller.method == "tail-call":
            self.notes.append(f"{names[at + 1]} branched to {names[at]} as its last act (a tail call leaves no "
                              "return address; the call before the next return address named it)")
        self.notes.append(f"the core was halted in {' <- '.join(names[:at + 1])} (a software error handler, thread "
                          f"mode, no exception): the error was raised by {names[at + 1] or 'its caller'}, found by "
                          "unwinding the halted core's registers with CFI")
        found = {"type": kind, "pc": caller.pc, "lookup": caller.lookup, "frames": frames,
                 "halted_in": names[:at + 1], "stopped": res.stopped}
        record = (self._sdk_record() or self._error_info_on_stack(live["sp"], caller)) if kind == "sdk_error" else None
        if record is not None:
            found["error_info"] = record
        else:
            self.not_established.append("error code and fault id: the handler's arguments are not kept once it "
                                        "loops; the handler's log line (RTT/UART) says them")
        return found

    def _sdk_record(self) -> dict[str, Any] | None:
        """The SDK's ``m_error_data`` (or any record with a fault id): the error code, line and file name
        the handler copied before it stopped; the file name through ``p_file_name`` or the info pointer."""
        mem = self.case.memory
        for layout, values, _where in self.records:
            if values.get("id") not in (0x4001, 0x4002):
                continue
            out: dict[str, Any] = {"id": values["id"], "record": layout.variable}
            info = values.get("info")
            line, fptr, code = values.get("file_line"), values.get("file"), values.get("error_code")
            if isinstance(info, int) and info:
                line = line if line is not None else mem.read_u32(info)
                fptr = fptr if fptr else mem.read_u32(info + 4)
                if values["id"] == 0x4001 and code is None:
                    code = mem.read_u32(info + 8)
            raw = c_string(mem, fptr) if fptr else b""
            if line is not None:
                out["line"] = line
            if raw and all(32 <= b < 127 for b in raw):
                out["file"] = raw.decode("ascii")
            if code is not None and values["id"] == 0x4001:
                out["error_code"] = code
            self.notes.append(f"the firmware's own record `{layout.variable}` (RAM, read through the ELF's DWARF) "
                              f"says fault id 0x{values['id']:04X}" + (f", error {code}" if "error_code" in out
                                                                       else ""))
            return out
        return None

    def _error_info_on_stack(self, sp: int, caller: Any) -> dict[str, Any] | None:
        """The SDK's ``app_error_handler`` builds its ``error_info_t {line_num, p_file_name, err_code}`` on
        its own stack and passes a pointer to it, so the record lies between the halted SP and the caller's
        frame.  It is recognised, not guessed: ``line_num`` must equal the caller's line as DWARF gives it
        and ``p_file_name`` must point at a readable C string."""
        where = self._sym(caller.lookup)[0]
        line = where.get("line")
        if not isinstance(line, int) or not isinstance(caller.sp, int) or not sp <= caller.sp <= sp + 0x400:
            return None
        mem = self.case.memory
        for addr in range(sp, caller.sp, 4):
            if mem.read_u32(addr) != line:
                continue
            fptr, code = mem.read_u32(addr + 4), mem.read_u32(addr + 8)
            raw = c_string(mem, fptr) if fptr else b""
            if code is None or len(raw) < 3 or not all(32 <= b < 127 for b in raw):
                continue
            self.notes.append(f"error_info_t found on the error handler's stack at 0x{addr:08X} (line_num "
                              f"matches the caller's line {line})")
            return {"line": line, "file": raw.decode("ascii"), "error_code": code, "address": addr}
        return None

    def _code_image(self) -> Any:
        """The ELF's CFI and code (read once), or None without a usable ELF."""
        if getattr(self, "_image", None) is None and self.elf_path is not None:
            from ..symbols.unwind import CodeImage

            try:
                self._image = CodeImage(self.elf_path)
            except Exception as exc:  # noqa: BLE001 - damaged CFI: the rest of the section still stands
                self.warn(f"unwinding: CFI unreadable: {type(exc).__name__}: {exc}", "unwind")
                self._image = False
        return getattr(self, "_image", None) or None

    def _frame_through_handler(self, live: dict[str, int], info: dict[str, Any]) -> dict[str, int]:
        """The core was halted somewhere in its fault handler (a C handler spinning after logging), not at
        its first instruction: walk the handler's own frames with CFI until a return address is an
        EXC_RETURN value; the exception frame is at that frame's CFA.  Empty when the walk does not get
        there (no ELF, no CFI, stack not in the dump, or the core was not in a handler)."""
        image = self._code_image()
        if image is None or not (live.get("xpsr", 0) & 0x1FF) or not image.in_code(live["pc"] & ~1):
            return {}
        from ..symbols.unwind import unwind

        regs = {k: v for k, v in live.items() if k.startswith("r") and k[1:].isdigit()}
        regs.update(sp=live["sp"], lr=live["lr"], pc=live["pc"])
        try:
            res = unwind(image, regs, self.case.memory.read_u32, max_frames=16)
        except Exception as exc:  # noqa: BLE001
            self.warn(f"unwinding the fault handler failed: {type(exc).__name__}: {exc}", "unwind")
            return {}
        k = next((i for i, fr in enumerate(res.frames) if fr.method == "exception"), None)
        if k is None or any(fr.method == "heuristic" for fr in res.frames[:k]):
            return {}
        ex = res.frames[k]
        mem = self.case.memory
        words = [mem.read_u32(ex.frame_address + 4 * i) for i in range(8)]
        if any(w is None for w in words):
            return {}
        exc = cm.decode_exc_return(ex.exc_return, self.arch)
        stacked = dict(zip(cm.BASIC_FRAME, words, strict=True))  # type: ignore[arg-type]
        halted_in = [self._sym(fr.lookup)[0].get("function") or f"0x{fr.pc:08X}" for fr in res.frames[:k]]
        info.update(exc_return=exc, sp=ex.frame_address, frame_address=ex.frame_address, stacked_from="ram",
                    source_location=mem.source_of(ex.frame_address),
                    sp_before=cm.sp_before_exception(ex.frame_address, exc, stacked["xpsr"]),
                    padded=bool(cm.frame_padding(stacked["xpsr"])), halted_in=halted_in,
                    callee_saved=dict(ex.callee_saved))
        self.notes.append(f"the core was halted in {' <- '.join(halted_in)}, inside the fault handler, not at "
                          f"its entry: the exception frame (EXC_RETURN 0x{ex.exc_return:08X}) was found at "
                          f"0x{ex.frame_address:08X} by unwinding the handler's own frames with CFI")
        return stacked

    def _plausible_frame(self, words: list[int], *, at_sp: bool) -> bool:
        """At SP itself any frame with the Thumb bit or a pc in code is taken (INVSTATE stacks T = 0,
        an instruction bus error stacks a pc outside code); searching above SP needs both."""
        xpsr, pc = words[7], words[6]
        thumb = bool(xpsr >> 24 & 1)
        in_code = self.index.in_code(pc) if self.index is not None else not pc & 1
        return (thumb or in_code) if at_sp else (thumb and in_code)

    def _fault_registers(self, live: dict[str, int], event: Event | None, stacked: dict[str, int],
                         frame_info: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"inferred": False}
        for name in ("cfsr", "hfsr", "dfsr", "mmfar", "bfar", "shcsr", "icsr"):
            if name in live:
                out[name] = live[name]
        if "cfsr" in out:
            out["status_from"] = "captured"
        if "cfsr" not in out and event is not None and isinstance(event.fields.get("cfsr"), int):
            for name in ("cfsr", "hfsr", "dfsr", "mmfar", "bfar"):
                if isinstance(event.fields.get(name), int):
                    out[name] = event.fields[name]
            out["status_from"] = event.fields.get("status_from", "printed")
        for layout, values, _where in self.records:
            if "cfsr" not in out and "cfsr" in values:
                out.update({k: values[k] for k in ("cfsr", "hfsr", "dfsr", "mmfar", "bfar") if k in values})
                out["status_from"] = f"crash record `{layout.variable}` in RAM (its type from the ELF's DWARF)"
        if event is not None:
            regs = event.fields.get("registers") or {}
            for name in ("mmfar", "bfar"):
                if name not in out and name in regs:
                    out[name] = regs[name]
            bits = event.fields.get("cfsr_bits") or []
            if "cfsr" not in out and bits:
                cfsr = hfsr = 0
                for q in bits:
                    b = cm.bit(q)
                    if b.register == "CFSR":
                        cfsr |= 1 << b.bit
                    else:
                        hfsr |= 1 << b.bit
                out["cfsr"] = cfsr
                if hfsr:
                    out["hfsr"] = hfsr
                out["inferred"] = True
                out["status_from"] = "printed"
        if "cfsr" not in out and (stacked or frame_info.get("sp_outside_ram")):
            self._infer_from_code(out, live, stacked, frame_info)
        return out

    def _code_reader(self) -> Any:
        """Bytes at an address: the device's (memory view) first, else the ELF's load image (an ``--elf``
        given for symbols is not device evidence, but it is the code the symbols describe)."""
        segments: list[tuple[int, bytes]] = []
        if self.elf_path is not None:
            from elftools.elf.elffile import ELFFile

            try:
                with open(self.elf_path, "rb") as fh:
                    segments = [(sg["p_paddr"], sg.data()) for sg in ELFFile(fh).iter_segments()
                                if sg["p_type"] == "PT_LOAD" and sg["p_filesz"]]
            except Exception:  # noqa: BLE001 - a damaged ELF only loses this fallback
                segments = []

        def read(addr: int, n: int) -> bytes | None:
            got = self.case.memory.read(addr, n)
            if got is not None:
                return got
            for base, data in segments:
                if base <= addr and addr + n <= base + len(data):
                    return data[addr - base:addr - base + n]
            return None
        return read

    def _stacking_failed_guess(self, out: dict[str, Any], frame_info: dict[str, Any]) -> bool:
        """The frame at SP was never written and the stack above SP holds the same function's return
        address again and again: the stack ran into its limit and the processor could not push the frame
        (CFSR.MSTKERR against an MPU guard inside RAM, CFSR.STKERR below RAM).  Marked inferred; the
        backtrace then comes from the stack scan, as when CFSR says so."""
        sp = frame_info.get("sp")
        exc = frame_info.get("exc_return")
        if not isinstance(sp, int) or self.elf_path is None or exc is None:
            return False
        from ..symbols.unwind import CodeImage, scan_stack

        found = scan_stack(CodeImage(self.elf_path), sp, _stack_end(self.case, sp), self.case.memory.read_u32)
        names = [self._sym(fr.lookup)[0].get("function") for fr in found]
        run = best = 1
        for a, b in zip(names, names[1:], strict=False):
            run = run + 1 if a == b and isinstance(a, str) else 1
            best = max(best, run)
        if best < STACK_OVERFLOW_REPEATS:
            return False
        below_ram = self.case.memory.read_u32(sp - cm.BASIC_FRAME_BYTES) is None
        bit = "CFSR.STKERR" if below_ram else "CFSR.MSTKERR"
        out.update(cfsr=1 << cm.bit(bit).bit, inferred=True, status_from="inferred from the stack",
                   inferred_cause="stack overflow")
        frame_info["stacking_failed"] = True
        self.notes.append(f"{bit} inferred: the frame at {exc.stack} 0x{sp:08X} was never written and the stack "
                          f"above it holds one function's return address {best} times in a row (a recursion that "
                          "ran into the stack's limit: " + ("below RAM, a bus error" if below_ram else
                                                            "inside RAM, an MPU guard region") + ")")
        return True

    def _infer_from_code(self, out: dict[str, Any], live: dict[str, int], stacked: dict[str, int],
                         frame_info: dict[str, Any]) -> None:
        """No fault status in the evidence: read the cause from the instruction at the stacked PC and the
        registers it used (``crash/inference.py``), marked inferred with its reasoning."""
        from .inference import infer

        pc = stacked.get("pc")
        frame_at = frame_info.get("frame_address", frame_info.get("sp"))
        if isinstance(pc, int) and not frame_info.get("sp_outside_ram") and (
                self.index is None or not self.index.in_code(pc & ~1) or len(set(stacked.values())) == 1):
            # a frame whose pc is no code of this ELF may be stale RAM (stacking into a guard region fails
            # without writing it): nothing read from it would be evidence
            if self._stacking_failed_guess(out, frame_info):
                return
            self.not_established.append(f"cause: the stacked frame (pc 0x{pc:08X}) is not one the core wrote (no "
                                        "code of the ELF there, or every word the same), so it may be stale RAM; "
                                        "no cause inferred (capture CFSR 0xE000ED28)")
            return
        if frame_info.get("callee_exact"):  # saved at the fault (a core dump): as exact as the stacked ones
            stacked = {**stacked, **frame_info.get("callee_saved", {})}
        else:
            live = {**live, **frame_info.get("callee_saved", {})}
        guess = infer(pc if isinstance(pc, int) else 0, stacked.get("xpsr"), stacked, live, self._code_reader(),
                      frame_at if isinstance(frame_at, int) else None) if (isinstance(pc, int) or frame_at) else None
        if guess is None:
            return
        cfsr = 0
        for q in guess.cfsr_bits:
            cfsr |= 1 << cm.bit(q).bit
        out.update(cfsr=cfsr, inferred=True, status_from="inferred from the code", inferred_cause=guess.cause)
        if guess.address is not None:
            out["bfar"] = guess.address
        self.notes.append(f"cause inferred from the code (no fault status captured): {guess.reasoning}")

    # -- decoding -----------------------------------------------------------------------------------
    def _decode(self, fr: dict[str, Any], event: Event | None, live: dict[str, int],
                stacked: dict[str, int], software: dict[str, Any] | None = None) -> dict[str, Any]:
        fault: dict[str, Any] = {"type": "unknown"}
        etype = event.fields.get("fault_type") if event is not None else None
        if software is not None:
            etype = software["type"]
        fid = event.fields.get("id") if event is not None else None
        record = software.get("error_info") if software is not None else None
        if record is not None:
            fid = record.get("id", 0x4001)  # an error_info_t on the stack: NRF_FAULT_ID_SDK_ERROR
            for key, name in (("error_code", "error_code"), ("file", "file"), ("file_line", "line")):
                if name in record:
                    fault[key] = record[name]
        if isinstance(fid, int):
            # the fault id says what happened whoever printed it (app_error handler or the bootloader)
            id_name, id_type = cm.nrf_fault_id(fid)
            fault["id_name"] = id_name
            if etype in (None, "bootloader_fault", "app_error", "sdk_error", "sdk_assert", "sd_assert"):
                if etype == "bootloader_fault":
                    fault["handler"] = "bootloader"
                etype = id_type
        cfsr, hfsr = fr.get("cfsr"), fr.get("hfsr")
        bits: list[cm.Bit] = []
        if isinstance(cfsr, int):
            bits += cm.decode_bits("cfsr", cfsr)
            extra = cm.unknown_bits("cfsr", cfsr)
            if extra:
                self.conflicts.append(f"CFSR has reserved bits set (0x{extra:08X}): misread register?")
        hbits = cm.decode_bits("hfsr", hfsr) if isinstance(hfsr, int) else []
        dbits = cm.decode_bits("dfsr", fr["dfsr"]) if isinstance(fr.get("dfsr"), int) else []
        classes = cm.cfsr_fault_classes(cfsr) if isinstance(cfsr, int) else []
        active = live.get("xpsr", 0) & 0x1FF if "xpsr" in live else None
        hw = (isinstance(cfsr, int) or isinstance(hfsr, int) or stacked or etype in ("hardfault",)) and not (
            # status registers read as zero in thread mode, no frame, no report: no hardware fault happened
            not stacked and event is None and not cfsr and not hfsr and not live.get("xpsr", 0) & 0x1FF)
        if etype and etype not in ("hardfault", "zephyr_fatal"):
            ftype = etype
        elif active in (4, 5, 6) and not (isinstance(hfsr, int) and hfsr >> 30 & 1):
            ftype = {4: "memmanage", 5: "busfault", 6: "usagefault"}[active]
        elif active == 3 and not etype:
            ftype = "hardfault"
        elif hw or etype:
            ftype = "hardfault" if etype != "zephyr_fatal" or not classes else classes[0]
            if etype == "zephyr_fatal" and not classes:
                # the handler's banner names the class ("***** BUS FAULT *****") when no status register does
                ftype = _ZEPHYR_BANNER_CLASS.get(
                    re.sub(r"[^A-Z ]", "", str(event.fields.get("zephyr_fault", "")).upper()).strip()
                    if event is not None else "", _reason_class(event))
        else:
            ftype = "unknown"
        fault["type"] = ftype
        if classes:
            fault["cause"] = classes[0] if len(classes) == 1 else "+".join(classes)
        if isinstance(hfsr, int):
            fault["escalated"] = bool(hfsr >> 30 & 1)
        if active is not None and active:
            fault["active_exception"] = cm.Xpsr(live["xpsr"]).exception_name
        fault["cfsr_bits"] = [b.qualified for b in bits]
        fault["hfsr_bits"] = [b.qualified for b in hbits]
        if dbits:
            fault["dfsr_bits"] = [b.qualified for b in dbits]
        fault["bits_inferred"] = bool(fr.get("inferred"))
        if hw or fr.get("status_from"):  # a software error (assert, app_error) has no fault status to capture
            fault["status_from"] = fr.get("status_from", "not in the evidence")
        if fr.get("inferred_cause"):
            fault["inferred_cause"] = fr["inferred_cause"]
        fault["explanation"] = [f"{b.qualified}: {b.meaning}" for b in bits + hbits + dbits]
        for name in ("cfsr", "hfsr", "dfsr", "mmfar", "bfar"):
            if isinstance(fr.get(name), int) and not (fr.get("inferred") and name in ("cfsr", "hfsr")):
                fault[name] = fr[name]
        addr, which = cm.fault_address(cfsr if isinstance(cfsr, int) else 0, fr.get("mmfar"), fr.get("bfar"))
        if addr is None and event is not None and isinstance(event.fields.get("fault_address"), int):
            addr, which = event.fields["fault_address"], "printed"
        if addr is not None:
            fault["fault_address"] = addr
            fault["fault_address_from"] = which
        elif isinstance(cfsr, int) and (cfsr >> 1 & 1 or cfsr >> 9 & 1):
            self.not_established.append("fault address: the access faulted but MMFAR/BFAR was not marked valid")
        if isinstance(cfsr, int) and cfsr >> 10 & 1:
            self.notes.append("CFSR.IMPRECISERR: the stacked PC is after the store that failed, not at it")
        if event is not None:
            for key in ("id", "error_code", "error_name", "file", "file_line", "info", "reason", "reason_name",
                        "reason_text", "thread", "zephyr_fault"):
                if key in event.fields:
                    fault[key] = event.fields[key]
        if fid in (0x4001, 0x4002) and isinstance(fault.get("info"), int):
            self._read_error_info(fault, fid)
        if fid == 0x4001 and isinstance(fault.get("error_code"), int) and "error_name" not in fault:
            from ..nrf5.log_templates import NRF_ERRORS

            if fault["error_code"] in NRF_ERRORS:
                fault["error_name"] = NRF_ERRORS[fault["error_code"]]
        if self.arch == "armv6-m" and self.arch_known and hw and fr.get("status_from") in (None, "inferred from the code"):
            self.notes.append("ARMv6-M (Cortex-M0): no CFSR/HFSR; the cause is read from the frame and the code "
                              "(named with the ARMv7-M CFSR bit that cause sets)" if isinstance(cfsr, int) else
                              "ARMv6-M (Cortex-M0): no CFSR/HFSR, and the frame and the code do not tell the cause")
        if not isinstance(cfsr, int) and hw and not (self.arch == "armv6-m" and self.arch_known):
            self.not_established.append("fault status (CFSR/HFSR): not captured; read 0xE000ED28..0xE000ED3C")
        return fault

    def _read_error_info(self, fault: dict[str, Any], fid: int) -> None:
        """``info`` points at error_info_t / assert_info_t (line, file name pointer, [error code]) in RAM
        (nrf5-sdk.md §7.3): with a RAM dump, the assert's file and line can be read back."""
        mem = self.case.memory
        info = fault["info"]
        line, fptr = mem.read_u32(info), mem.read_u32(info + 4)
        if line is None or fptr is None:
            self.not_established.append(f"assert/error location: info 0x{info:08X} points into RAM that is not in "
                                        "the evidence (give the RAM dump)")
            return
        raw = c_string(mem, fptr)
        fault.setdefault("file_line", line)
        if raw:
            fault.setdefault("file", raw.decode("ascii", "replace"))
        else:
            self.not_established.append(f"assert/error file name: pointer 0x{fptr:08X} is not in the evidence")
        if fid == 0x4001:
            code = mem.read_u32(info + 8)
            if code is not None:
                fault.setdefault("error_code", code)

    # -- backtrace ----------------------------------------------------------------------------------
    def _backtrace(self, live: dict[str, int], stacked: dict[str, int], info: dict[str, Any],
                   event: Event | None, pc: Any) -> tuple[list[dict[str, Any]], str]:
        software = info.get("software_stop")
        if software is not None:
            out: list[dict[str, Any]] = []
            for fr in software["frames"]:
                for entry in self._sym(fr.lookup):
                    entry["address"] = fr.pc
                    entry["method"] = fr.method
                    out.append(entry)
            if software["stopped"]:
                self.notes.append(f"unwinding: {software['stopped']}")
            methods = {fr.method for fr in software["frames"]}
            return _collapse(out), "heuristic" if "heuristic" in methods else "cfi"
        if stacked and info.get("stacked_from") in ("ram", "dump") and self.elf_path is not None:
            try:
                from ..symbols.unwind import CodeImage, unwind

                image = CodeImage(self.elf_path)
                regs = {k: v for k, v in live.items() if k.startswith("r") and k[1:].isdigit()}
                regs.update(info.get("callee_saved", {}))  # halted inside the handler: r4-r11 as CFI restored them
                regs.update({k: stacked[k] for k in ("r0", "r1", "r2", "r3", "r12", "lr", "pc")})
                regs["sp"] = info["sp_before"]
                res = unwind(image, regs, self.case.memory.read_u32,
                             stack_end=_stack_end(self.case, info["sp_before"]))
                out: list[dict[str, Any]] = []
                for fr in res.frames:
                    for entry in self._sym(fr.lookup) if fr.lookup != fr.pc else self._sym(fr.pc):
                        entry["address"] = fr.pc
                        entry["method"] = fr.method
                        out.append(entry)
                if res.stopped:
                    self.notes.append(f"unwinding: {res.stopped}")
                methods = {fr.method for fr in res.frames[1:]}
                return _collapse(out), "heuristic" if "heuristic" in methods else ("cfi" if methods else "none")
            except Exception as exc:  # damaged CFI must not cost the rest of the crash section
                self.warn(f"unwinding failed: {type(exc).__name__}: {exc}", "unwind")
        if info.get("stacking_failed") and self.elf_path is not None and isinstance(info.get("sp"), int):
            from ..symbols.unwind import CodeImage, scan_stack

            sp = info["sp"]
            found = scan_stack(CodeImage(self.elf_path), sp, _stack_end(self.case, sp), self.case.memory.read_u32)
            out = []
            for fr in found:
                for entry in self._sym(fr.lookup):
                    entry["address"] = fr.pc
                    entry["method"] = fr.method
                    out.append(entry)
            return _collapse(out), "heuristic" if out else "none"
        if event is not None and isinstance(event.fields.get("backtrace"), list):
            out = []
            for i, a in enumerate(event.fields["backtrace"]):
                for entry in self._sym(a, caller=i > 0):
                    entry["method"] = "printed"
                    out.append(entry)
            return out, "printed"
        out = []
        if isinstance(pc, int):
            for entry in self._sym(pc):
                entry["method"] = "fault"
                out.append(entry)
        lr = stacked.get("lr") if stacked else (event.fields.get("lr") if event else None)
        if isinstance(lr, int) and not cm.is_exc_return(lr) and lr:
            for entry in self._sym(lr, caller=True):
                entry["method"] = "lr"
                out.append(entry)
        if out and self.index is not None and not info.get("stack_missing"):
            self.not_established.append("full backtrace: needs the RAM dump with the stack and the registers "
                                        "at the fault (pc and lr only)")
        return out, "registers" if out else "none"

    # -- identity -----------------------------------------------------------------------------------
    def _identity(self) -> dict[str, Any]:
        if self.index is None or self.elf_path is None:
            return {}
        from elftools.elf.elffile import ELFFile

        elf_name = str(self.elf_path)
        device = [s for s in self.case.of_type(MemorySegment)
                  if s.location.input != elf_name and not str(self.elf_path).endswith(s.location.input)
                  and s.label == "flash"]
        if not device:
            self.not_established.append("ELF identity: no flash image in the evidence to compare the ELF with")
            return {"compared": False}
        page = 0x400 if self.arch == "armv6-m" else 0x1000
        compared = 0
        pages: dict[int, list[int]] = {}
        try:
            with open(self.elf_path, "rb") as fh:
                elf = ELFFile(fh)
                segs = [(s["p_paddr"], s.data()) for s in elf.iter_segments()
                        if s["p_type"] == "PT_LOAD" and s["p_filesz"]]
        except Exception as exc:
            self.warn(f"identity check: ELF load segments unreadable: {exc}", "crash")
            return {"compared": False}
        for base, data in segs:
            for seg in device:
                lo, hi = max(base, seg.address), min(base + len(data), seg.end)
                if lo >= hi:
                    continue
                a = data[lo - base: hi - base]
                b = seg.data[lo - seg.address: hi - seg.address]
                compared += hi - lo
                if a == b:
                    continue
                for off in range(0, hi - lo):
                    if a[off] != b[off]:
                        p = (lo + off) // page * page
                        st = pages.setdefault(p, [0, 0, 0, seg.address])
                        st[0] += 1
                        st[1] += bin(a[off] ^ b[off]).count("1")
                        st[2] += b[off] == 0xFF
        if not compared:
            return {"compared": False}
        rows = []
        for p in sorted(pages):
            nbytes, nbits, erased, _ = pages[p]
            kind = ("erased (write never happened or was interrupted)" if erased == nbytes else
                    "bit flips" if nbits <= 2 * nbytes and nbytes <= 4 else "different content")
            rows.append({"page": p, "differing_bytes": nbytes, "differing_bits": nbits, "kind": kind})
        return {"compared": True, "compared_bytes": compared, "matches": not rows, "pages": rows}

    # -- output -------------------------------------------------------------------------------------
    def _publish(self, fault: dict[str, Any], pc: Any, lr: Any, stacked: dict[str, int], info: dict[str, Any],
                 backtrace: list[dict[str, Any]], method: str, identity: dict[str, Any], event: Event | None,
                 live: dict[str, int]) -> None:
        case = self.case
        pc_levels = self._sym(pc) if isinstance(pc, int) else []
        lr_entry: dict[str, Any]
        if isinstance(lr, int) and cm.is_exc_return(lr):
            exc = cm.decode_exc_return(lr, self.arch)
            lr_entry = {"address": lr, "function": NOT_PRESENT, "file": NOT_PRESENT, "line": NOT_PRESENT,
                        "note": exc.describe()}
        elif isinstance(lr, int):
            lv = self._sym(lr, caller=True)
            lr_entry = dict(lv[-1]) if lv else {}
            lr_entry["address"] = lr
        else:
            lr_entry = {"address": NOT_PRESENT, "function": NOT_PRESENT, "file": NOT_PRESENT, "line": NOT_PRESENT}
        if pc_levels:
            pc_entry = dict(pc_levels[0])
            pc_entry["address"] = pc
            if len(pc_levels) > 1:
                pc_entry["inlined_into"] = [lv["function"] for lv in pc_levels[1:]]
        else:
            pc_entry = {"address": NOT_PRESENT, "function": NOT_PRESENT, "file": NOT_PRESENT, "line": NOT_PRESENT}
            if self.not_established.count("pc: not in the evidence") == 0:
                self.not_established.append("pc: not in the evidence")
        if identity.get("compared") and not identity.get("matches"):
            self.not_established.append("trustworthy symbols: the ELF does not match the flash image (see "
                                        "identity); function names and lines may be wrong")
        exc = info.get("exc_return")
        section: dict[str, Any] = {"pc": pc_entry, "lr": lr_entry, "fault": fault, "backtrace": backtrace,
                                   "backtrace_method": method}
        if stacked:
            section["registers"] = {k: stacked[k] for k in cm.BASIC_FRAME if k in stacked}
            section["registers_from"] = "RAM at SP" if info.get("stacked_from") == "ram" else info.get("source", "")
        if exc is not None:
            section["exc_return"] = {"value": exc.value, "valid": exc.valid, "stack": exc.stack, "mode": exc.mode,
                                     "frame": "extended" if exc.extended_frame else "basic",
                                     "description": exc.describe()}
        if "frame_address" in info:
            section["frame_address"] = info["frame_address"]
            section["stack_padding"] = info["padded"]
        if info.get("halted_in"):
            section["halted_in"] = info["halted_in"]  # where the core was stopped, innermost first
        if info.get("software_stop"):
            section["halted_in"] = info["software_stop"]["halted_in"]
        if self.elf_path is not None:
            section["elf"] = {"path": str(self.elf_path), "sha256": self.index.sha256 if self.index else NOT_PRESENT}
        if identity:
            section["identity"] = identity
        if len(self.faults) > 1:
            section["fault_count"] = len(self.faults)
        section["notes"] = list(self.notes)
        section["conflicts"] = list(self.conflicts)
        section["not_established"] = list(dict.fromkeys(self.not_established))
        if event is not None:
            section["evidence"] = {"input": event.source, "line": event.line if event.line is not None
                                   else NOT_PRESENT}
        case.sections["crash"] = section
        for c in self.conflicts:
            self.warn(c, "crash")

        bits = fault.get("cfsr_bits", [])
        sp_outside = bool(info.get("sp_outside_ram"))
        overflow: Any = NOT_PRESENT
        if any(b in bits for b in ("CFSR.STKERR", "CFSR.MSTKERR", "CFSR.STKOF")) or sp_outside or (
                event is not None and event.fields.get("stack_violation")):
            overflow = True
        sigs = {(e.fields.get("fault_type"), e.fields.get("id"), e.fields.get("pc")) for e in self.faults}
        funcs = [b["function"] for b in backtrace if isinstance(b.get("function"), str)]
        facts: dict[str, Any] = {
            "present": True,
            "source": ("registers+ram" if info.get("stacked_from") == "ram" else
                       "coredump" if event is not None and event.fields.get("origin") == "zephyr-coredump" else
                       "registers" if stacked else "fault-print" if event is not None else "registers"),
            "fault_type": fault.get("type", NOT_PRESENT),
            "cause": fault.get("cause", NOT_PRESENT),
            "escalated": fault.get("escalated", NOT_PRESENT),
            "fault_id": fault.get("id", NOT_PRESENT),
            "fault_id_name": fault.get("id_name", NOT_PRESENT),
            "error_code": fault.get("error_code", NOT_PRESENT),
            "error_name": fault.get("error_name", NOT_PRESENT),
            "file": fault.get("file", NOT_PRESENT),
            "file_line": fault.get("file_line", NOT_PRESENT),
            "cfsr": fault.get("cfsr", NOT_PRESENT),
            "hfsr": fault.get("hfsr", NOT_PRESENT),
            "cfsr_bits": list(bits),
            "hfsr_bits": list(fault.get("hfsr_bits", [])),
            "bits_inferred": fault.get("bits_inferred", False),
            "status_from": fault.get("status_from", NOT_PRESENT),
            "inferred_cause": fault.get("inferred_cause", NOT_PRESENT),
            "imprecise": "CFSR.IMPRECISERR" in bits,
            "fault_address": fault.get("fault_address", NOT_PRESENT),
            "pc": pc if isinstance(pc, int) else NOT_PRESENT,
            "lr": lr if isinstance(lr, int) else NOT_PRESENT,
            "pc_function": pc_entry.get("function", NOT_PRESENT),
            "pc_file": pc_entry.get("file", NOT_PRESENT),
            "pc_line": pc_entry.get("line", NOT_PRESENT),
            "lr_function": lr_entry.get("function", NOT_PRESENT),
            "pc_in_code": (self.index.in_code(pc) if self.index is not None and isinstance(pc, int)
                           else NOT_PRESENT),
            "exc_return": exc.value if exc is not None else NOT_PRESENT,
            "stack": exc.stack if exc is not None else NOT_PRESENT,
            "fpu_frame": exc.extended_frame if exc is not None else NOT_PRESENT,
            "stack_padding": info.get("padded", NOT_PRESENT),
            "sp_outside_ram": sp_outside if "sp" in info else NOT_PRESENT,
            "stack_overflow": overflow,
            "backtrace_functions": funcs,
            "unwind_method": method,
            "fault_count": len(self.faults),
            "repeated": len(self.faults) > 1 and len(sigs) == 1,
            "symbols": ("none" if self.index is None else
                        "mismatch" if identity.get("compared") and not identity.get("matches") else
                        "no-dwarf" if not self.index.has_dwarf else "ok"),
            "elf": {"path": str(self.elf_path) if self.elf_path else NOT_PRESENT,
                    "matches_flash": identity.get("matches", NOT_PRESENT) if identity.get("compared")
                    else NOT_PRESENT,
                    "mismatched_pages": [p["page"] for p in identity.get("pages", [])]},
            "register_conflicts": list(self.conflicts),
            "not_established": section["not_established"],
        }
        facts["raised_by"], facts["phase"] = raised_where(case.events, event, fault.get("handler"))
        facts["origin"] = event.fields.get("origin", NOT_PRESENT) if event is not None else NOT_PRESENT
        case.facts["crash"] = facts
        if event is not None:  # crash.* facts are cited at the fault print they were decoded from
            case.facts.setdefault("_where", {})["crash"] = Location(event.source, event.line, event.offset)
        self._tables(fault, stacked, backtrace, identity)

    def _tables(self, fault: dict[str, Any], stacked: dict[str, int], backtrace: list[dict[str, Any]],
                identity: dict[str, Any]) -> None:
        rows = []
        for q in fault.get("cfsr_bits", []) + fault.get("hfsr_bits", []) + fault.get("dfsr_bits", []):
            b = cm.bit(q)
            rows.append([q, b.bit, b.meaning])
        if rows:
            self.case.tables.append(Table("crash.fault_bits", "Fault status bits set", [
                Column("bit", "code"), Column("position", "int"), Column("meaning")], rows))
        if stacked:
            self.case.tables.append(Table("crash.frame", "Exception frame (stacked registers)", [
                Column("register", "code"), Column("value", "address")],
                [[k, stacked[k]] for k in cm.BASIC_FRAME if k in stacked]))
        if backtrace:
            self.case.tables.append(Table("crash.backtrace", "Backtrace (innermost first)", [
                Column("#", "int"), Column("address", "address"), Column("function", "code"), Column("file"),
                Column("line", "int"), Column("method")],
                [[i, b["address"], b["function"], b["file"], b["line"], b.get("method", "")]
                 for i, b in enumerate(backtrace)]))
        if identity.get("pages"):
            self.case.tables.append(Table("crash.flash_vs_elf", "Flash pages that differ from the ELF", [
                Column("page", "address"), Column("differing bytes", "int"), Column("differing bits", "int"),
                Column("looks like")],
                [[p["page"], p["differing_bytes"], p["differing_bits"], p["kind"]] for p in identity["pages"]]))


def _collapse(frames: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Runs of the same heuristic frame (deep recursion) become one entry with ``repeated``: N."""
    out: list[dict[str, Any]] = []
    for f in frames:
        last = out[-1] if out else None
        if (last is not None and f.get("method") == "heuristic" and last.get("method") == "heuristic"
                and last["address"] == f["address"] and last["function"] == f["function"]):
            last["repeated"] = last.get("repeated", 1) + 1
            continue
        out.append(f)
    return out


#: Zephyr's Cortex-M fault banners and the fault class each names.
_ZEPHYR_BANNER_CLASS = {"HARD FAULT": "hardfault", "BUS FAULT": "busfault", "MPU FAULT": "memmanage",
                        "USAGE FAULT": "usagefault"}

def _reason_class(event: Event | None) -> str:
    """The fault class a Zephyr fatal error reason names (a core dump's header carries the reason by number:
    ``K_ERR_ARM_BUS_PRECISE_DATA_BUS`` is a BusFault); a plain ``K_ERR_CPU_EXCEPTION`` is a fault exception
    of a class the reason does not say."""
    name = str(event.fields.get("reason_name", "")) if event is not None else ""
    for prefix, fault_class in (("K_ERR_ARM_MEM_", "memmanage"), ("K_ERR_ARM_BUS_", "busfault"),
                                ("K_ERR_ARM_USAGE_", "usagefault")):
        if name.startswith(prefix):
            return fault_class
    return "hardfault" if name == "K_ERR_CPU_EXCEPTION" else "zephyr_fatal"


#: The nRF5 bootloader's own boot-flow lines (every SDK that prints them), and the phase each one opens.
_BOOT_PHASES = (
    (re.compile(r"\bIn nrf_bootloader_init\b|\bInside main\b"), "bootloader-init"),
    (re.compile(r"\bEnter nrf_bootloader_fw_activate\b|\bEnter nrf_dfu_(?:app|sd_bl|sd|bl)_continue\b"),
     "activation"),
    (re.compile(r"\bAfter nrf_bootloader_init\b|\bEntering DFU mode\b"), "dfu-init"),
)


def raised_where(events: list[Event], fault: Event | None, handler: Any) -> tuple[Any, Any]:
    """Which firmware raised the fault (``bootloader``/``app``) and, in the bootloader, in which phase
    (``bootloader-init``; ``activation``; ``dfu-init``: DFU mode entered, no request yet; ``dfu``), from the
    boot-flow lines before it in its own input.

    Why: an assert while the bootloader initialises says the bootloader was built wrong; the same
    assert in the new application says the application is wrong; the category follows who raised it."""
    if fault is None:
        return NOT_PRESENT, NOT_PRESENT
    if fault.fields.get("origin") == "nrf-bootloader" or fault.fields.get("fault_type") == "bootloader_fault":
        handler = "bootloader"  # the bootloader's own handler printed it ("Received a fault!")
    raised: Any = "bootloader" if handler == "bootloader" else NOT_PRESENT
    phase: Any = NOT_PRESENT
    for e in events:
        if e is fault:
            break
        if e.source != fault.source:
            continue
        if e.kind == "boot.start":
            stage = e.fields.get("stage")
            raised = "bootloader" if stage in ("bootloader", "mcuboot") else "app" if stage else raised
            phase = NOT_PRESENT
        elif e.kind == "boot.app_start":
            raised, phase = "app", NOT_PRESENT
        elif phase == "dfu-init" and e.kind in ("dfu.request", "dfu.response", "dfu.object"):
            phase = "dfu"  # a host talked to it: past initialisation
        if raised != "app":
            for rx, name in _BOOT_PHASES:
                if rx.search(e.text):
                    raised = "bootloader" if raised is NOT_PRESENT or handler == "bootloader" else raised
                    phase = name
                    break
    if handler == "bootloader":
        raised = "bootloader"
    return raised, phase if raised == "bootloader" else NOT_PRESENT


def _stack_end(case: Case, sp: int) -> int:
    for start, end, _input, _label in case.memory.ranges():
        if start <= sp < end:
            return end
    return sp


def _elf_arch(path: Path) -> tuple[str, bool]:
    """ARMv6-M or ARMv7(E)-M from the ELF's build attributes (Tag_CPU_arch), if it has them."""
    try:
        from elftools.elf.elffile import ELFFile

        with open(path, "rb") as fh:
            elf = ELFFile(fh)
            sec = elf.get_section_by_name(".ARM.attributes")
            if sec is None:
                return "armv7e-m", False
            for sub in sec.iter_subsections():
                for subsub in sub.iter_subsubsections():
                    for attr in subsub.iter_attributes():
                        if attr.tag == "TAG_CPU_ARCH":
                            return ("armv6-m" if attr.value in (11, 12) else "armv7e-m"), True
    except Exception:
        pass
    return "armv7e-m", False
