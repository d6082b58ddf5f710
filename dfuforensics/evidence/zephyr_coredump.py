"""Zephyr core dumps (``CONFIG_DEBUG_COREDUMP``) -> the fault, the registers and the memory they kept
(kind ``zephyr-coredump``).

Why this reader: a Zephyr / nRF Connect SDK device built with core dumps writes, as it dies, the
exception frame of the code that faulted, that code's stack pointer and the RAM it was using (its thread
and stack, or all of RAM).  With the ELF that is enough for the faulting function, the whole chain
(unwound with CFI through the dumped stack) and the cause (read from the code: the fault status
registers are not in a dump).  Without this reader a dump is a wall of hex in a log.

The two forms a dump reaches us in:

* **log** (``CONFIG_DEBUG_COREDUMP_BACKEND_LOGGING``): ``#CD:BEGIN#``, the dump as lower-case hex, at
  most 32 bytes a line and every output call on lines of its own, then ``#CD:END#``
  (``#CD:ERROR CANNOT DUMP#`` before it when the backend failed).  The lines are log messages, so they
  carry whatever the logger put in front (``[00:00:01.234,000] <err> coredump: ``, ``E: ``, RTT's
  ``00> ``), other lines may come between them, and a capture may stop before the end.  The Zephyr log
  parser and the bare-line reader hand their ``#CD:`` lines to ``DumpLines``; a file of ``#CD:`` lines
  alone is this module's (``ZephyrCoredumpParser``);
* **binary**: the dump alone (what Zephyr's ``coredump_serial_log_parser.py`` writes), or a copy of the
  flash partition of ``CONFIG_DEBUG_COREDUMP_BACKEND_FLASH_PARTITION``: its own 16-byte header
  (``flash_hdr_t``: ``'C','D'``, ``hdr_version`` 1, ``size``, ``flags``, ``checksum`` -- the 16-bit sum
  of the dump's bytes --, ``error``), the dump at the next flash write-block boundary.  A raw flash image
  holding such a partition is searched by the memory-image reader (``dumps_in_image``).

The format (``include/zephyr/debug/coredump.h``, ``subsys/debug/coredump/coredump_core.c``), little
endian, packed:

* ``coredump_hdr_t`` ``<ccHHBBI``: ``'Z','E'``, ``hdr_version`` (1; 2 adds the threads metadata block),
  ``tgt_code`` (``COREDUMP_TGT_ARM_CORTEX_M`` = 3), ``ptr_size_bits`` (log2: 5 = 32-bit, 6 = 64-bit),
  ``flag``, ``reason`` (``enum k_fatal_error_reason``: ``K_ERR_CPU_EXCEPTION`` 0 .. ``K_ERR_KERNEL_PANIC``
  4; the ARM ones from ``K_ERR_ARCH_START`` = 16);
* then blocks, each opening with its id: ``'A'`` arch block ``<cHH`` (id, ``hdr_version``,
  ``num_bytes``) + ``num_bytes``; ``'T'`` threads metadata, the same header + a copy of ``_kernel``;
  ``'M'`` memory ``<cH`` + ``start``, ``end`` (pointer size) + ``end - start`` bytes; newer kernels add
  ``'F'`` (``<cHHI`` + a pointer: a frozen CPU's registers) and ``'C'`` (``<cHI``: CRC-32 of everything
  before it, announced by flag bit 0).
* The ARM Cortex-M arch block (``arch/arm/core/cortex_m/coredump.c``), 32-bit words: version 1 ``r0, r1,
  r2, r3, r12, lr, pc, xpsr, sp``; version 2 adds ``r4``..``r11`` (zero unless
  ``CONFIG_EXTRA_EXCEPTION_INFO`` collected them); version 3 adds ``callee_saved_valid`` and
  ``callee_saved_offset``.  r0-xpsr are the exception frame; ``sp`` is ``z_arm_coredump_fault_sp``,
  which Zephyr sets to the interrupted code's stack pointer (the frame's address + 32, + 72 for an FPU
  frame, | 4 when the frame was padded: ``z_arm_set_fault_sp``) -- older kernels stored the frame's own
  address.  Which one a dump holds is told by where the frame is in its own memory.

Records: one ``fault`` event (origin ``zephyr-coredump``, ``fault_type`` ``zephyr_fatal``, the reason by
its enum name), the arch block as a stacked ``RegisterSnapshot`` (the frame, plus ``sp`` -- the
interrupted code's -- and r4-r11 when the dump kept them: the crash analysis unwinds from there through
the dumped stack), one ``MemorySegment`` per memory block, and a ``ParseWarning`` with its line or byte
offset for everything damaged or missing (a block cut short names how much of it the dump holds).
"""

from __future__ import annotations

import re
import struct
import zlib
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..model import Event, Location, MemorySegment, ParseWarning
from ..sources import Source
from .textutil import clean_line, looks_like_text

KIND = "zephyr-coredump"
ORIGIN = "zephyr-coredump"

COREDUMP_HDR = struct.Struct("<2sHHBBI")
#: Header versions this reader knows (2 added the threads metadata block).
KNOWN_HDR_VERSIONS = (1, 2)
ARCH_HDR = struct.Struct("<cHH")  # also the threads metadata block's and a CPU snapshot's first part
MEM_HDR = struct.Struct("<cH")
COREDUMP_MEM_HDR_VER = 1
CRC_HDR = struct.Struct("<cHI")
COREDUMP_HDR_FLAG_CRC = 0x01

#: ``enum coredump_tgt_code``
TARGETS = {0: "UNKNOWN", 1: "X86", 2: "X86_64", 3: "ARM_CORTEX_M", 4: "RISC_V", 5: "XTENSA", 6: "ARM64"}
COREDUMP_TGT_ARM_CORTEX_M = 3

#: ``enum k_fatal_error_reason`` (include/zephyr/fatal_types.h)
REASONS = {0: "K_ERR_CPU_EXCEPTION", 1: "K_ERR_SPURIOUS_IRQ", 2: "K_ERR_STACK_CHK_FAIL", 3: "K_ERR_KERNEL_OOPS",
           4: "K_ERR_KERNEL_PANIC"}
K_ERR_ARCH_START = 16
#: ``enum k_fatal_error_reason_arch`` of ARM (include/zephyr/arch/arm/arch.h), the Cortex-M part, in order
ARM_REASONS = (
    "K_ERR_ARM_MEM_GENERIC", "K_ERR_ARM_MEM_STACKING", "K_ERR_ARM_MEM_UNSTACKING", "K_ERR_ARM_MEM_DATA_ACCESS",
    "K_ERR_ARM_MEM_INSTRUCTION_ACCESS", "K_ERR_ARM_MEM_FP_LAZY_STATE_PRESERVATION",
    "K_ERR_ARM_BUS_GENERIC", "K_ERR_ARM_BUS_STACKING", "K_ERR_ARM_BUS_UNSTACKING", "K_ERR_ARM_BUS_PRECISE_DATA_BUS",
    "K_ERR_ARM_BUS_IMPRECISE_DATA_BUS", "K_ERR_ARM_BUS_INSTRUCTION_BUS", "K_ERR_ARM_BUS_FP_LAZY_STATE_PRESERVATION",
    "K_ERR_ARM_USAGE_GENERIC", "K_ERR_ARM_USAGE_DIV_0", "K_ERR_ARM_USAGE_UNALIGNED_ACCESS",
    "K_ERR_ARM_USAGE_STACK_OVERFLOW", "K_ERR_ARM_USAGE_NO_COPROCESSOR", "K_ERR_ARM_USAGE_ILLEGAL_EXC_RETURN",
    "K_ERR_ARM_USAGE_ILLEGAL_EPSR", "K_ERR_ARM_USAGE_UNDEFINED_INSTRUCTION",
    "K_ERR_ARM_SECURE_GENERIC", "K_ERR_ARM_SECURE_ENTRY_POINT", "K_ERR_ARM_SECURE_INTEGRITY_SIGNATURE",
    "K_ERR_ARM_SECURE_EXCEPTION_RETURN", "K_ERR_ARM_SECURE_ATTRIBUTION_UNIT", "K_ERR_ARM_SECURE_TRANSITION",
    "K_ERR_ARM_SECURE_LAZY_STATE_PRESERVATION", "K_ERR_ARM_SECURE_LAZY_STATE_ERROR",
)

#: The ARM Cortex-M arch block's words, per version (arch/arm/core/cortex_m/coredump.c)
ARM_BLOCK_V1 = ("r0", "r1", "r2", "r3", "r12", "lr", "pc", "xpsr", "sp")
ARM_CALLEE = ("r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11")
ARM_BLOCK = {1: ARM_BLOCK_V1, 2: ARM_BLOCK_V1 + ARM_CALLEE,
             3: ARM_BLOCK_V1 + ARM_CALLEE + ("callee_saved_valid", "callee_saved_offset")}
FRAME = ("r0", "r1", "r2", "r3", "r12", "lr", "pc", "xpsr")
FPU_FRAME_EXTRA = 72  # S0-S15, FPSCR and a reserved word above the basic frame

#: The flash partition backend's header (subsys/debug/coredump/coredump_backend_flash_partition.c,
#: ``flash_hdr_t``, 32-bit ``size_t``/``int``): id, hdr_version, size, flags, checksum, error
FLASH_HDR = struct.Struct("<2sHIHHi")
FLASH_HDR_VER = 1

#: The logging backend's markers (include/zephyr/debug/coredump.h, COREDUMP_PREFIX_STR + ...)
PREFIX = "#CD:"
_MARK = re.compile(r"#CD:(BEGIN#|END#|ERROR CANNOT DUMP#|[0-9A-Fa-f]*)")
#: Zephyr's logger counts what it dropped: inside a dump, bytes are missing from there on.
_DROPPED = re.compile(r"---\s*(\d+) messages? dropped\s*---")
_STAMP = re.compile(r"\[(\d\d):(\d\d):(\d\d)\.(\d{3}),(\d{3})\]")
#: A Zephyr log record's prefix: the Zephyr log parser reads a dump inside such a log.
_ZEPHYR_PREFIX = re.compile(r"<(?:err|wrn|inf|dbg)> [A-Za-z_][\w.\-]*:|^(?:\d\d> ?)?[EWID]: ")


def reason_name(reason: int, tgt_code: int = COREDUMP_TGT_ARM_CORTEX_M) -> str | None:
    """The enum name of a fatal error reason, None when the kernel's tables have no such value."""
    if reason in REASONS:
        return REASONS[reason]
    if tgt_code == COREDUMP_TGT_ARM_CORTEX_M and 0 <= reason - K_ERR_ARCH_START < len(ARM_REASONS):
        return ARM_REASONS[reason - K_ERR_ARCH_START]
    return None


# -- the binary format ---------------------------------------------------------------------------------
@dataclass(slots=True)
class MemoryBlock:
    """One ``'M'`` block: ``data`` is what the dump holds of ``start``..``end`` (less when it was cut)."""

    start: int
    end: int
    data: bytes
    offset: int  # of the data, in the dump


@dataclass(slots=True)
class Coredump:
    """One dump as decoded; ``problems`` are (byte offset in the dump, what is wrong or missing)."""

    hdr_version: int
    tgt_code: int
    ptr_size_bits: int
    flag: int
    reason: int
    arch_version: int | None = None
    arch: dict[str, int] = field(default_factory=dict)
    arch_offset: int | None = None
    threads_metadata: tuple[int, int] | None = None  # (hdr_version, bytes)
    blocks: list[MemoryBlock] = field(default_factory=list)
    crc_ok: bool | None = None
    problems: list[tuple[int, str]] = field(default_factory=list)
    size: int = 0
    #: the bytes stop before the dump does (a block cut short, a trailer missing) or cannot be framed
    truncated: bool = False

    @property
    def target(self) -> str:
        return TARGETS.get(self.tgt_code, f"unknown ({self.tgt_code})")


class NotACoredump(ValueError):
    """The bytes do not open with a usable ``coredump_hdr_t``; the message says why."""


def decode(data: bytes) -> Coredump:
    """A dump's header and blocks.  Raises ``NotACoredump`` when the header itself is unusable; every later
    damage (a block cut short, an unknown block id, a CRC that does not match) is in ``problems`` and
    what came before it is kept."""
    if len(data) < COREDUMP_HDR.size:
        raise NotACoredump(f"the dump ends inside its {COREDUMP_HDR.size}-byte header ({len(data)} bytes)")
    ident, hdr_version, tgt_code, ptr_bits, flag, reason = COREDUMP_HDR.unpack_from(data)
    if ident != b"ZE":
        raise NotACoredump(f"header id is {ident!r}, not 'ZE' (coredump_hdr_t)")
    if hdr_version == 0:
        raise NotACoredump("header version 0 is none Zephyr writes")
    if ptr_bits not in (5, 6):
        raise NotACoredump(f"ptr_size_bits {ptr_bits} is none Zephyr writes (5: 32-bit, 6: 64-bit); the memory "
                           "blocks' addresses cannot be read")
    dump = Coredump(hdr_version, tgt_code, ptr_bits, flag, reason, size=len(data))
    if hdr_version not in KNOWN_HDR_VERSIONS:
        dump.problems.append((2, f"header version {hdr_version} is newer than the ones this reader knows "
                                 f"({', '.join(map(str, KNOWN_HDR_VERSIONS))}); its blocks are read by their ids"))
    ptr = "<II" if ptr_bits == 5 else "<QQ"
    pos = COREDUMP_HDR.size
    while pos < len(data):
        block_id = data[pos:pos + 1]
        if block_id == b"A":
            pos = _arch_block(dump, data, pos)
        elif block_id == b"T":
            pos = _sized_block(dump, data, pos, "threads metadata")
        elif block_id == b"M":
            pos = _memory_block(dump, data, pos, ptr)
        elif block_id == b"F":
            pos = _cpu_snapshot(dump, data, pos, ptr[1])
        elif block_id == b"C":
            pos = _crc_trailer(dump, data, pos)
        else:
            dump.problems.append((pos, f"unknown block id 0x{data[pos]:02X} at byte {pos}: the rest of the dump "
                                       f"({len(data) - pos} bytes) cannot be framed (lost or garbled bytes before it?)"))
            dump.truncated = True
            break
    if dump.flag & COREDUMP_HDR_FLAG_CRC and dump.crc_ok is None:
        dump.problems.append((len(data), "the header announces a CRC-32 trailer (flag bit 0) but the dump ends "
                                         "without it: the dump was cut"))
        dump.truncated = True
    return dump


def _short(dump: Coredump, pos: int, what: str, need: int, have: int) -> int:
    dump.truncated = True
    dump.problems.append((pos, f"{what} at byte {pos} cut: the dump ends after {have} of its {need} bytes"))
    return pos + have


def _arch_block(dump: Coredump, data: bytes, pos: int) -> int:
    if pos + ARCH_HDR.size > len(data):
        return _short(dump, pos, "arch block header", ARCH_HDR.size, len(data) - pos)
    _id, version, num_bytes = ARCH_HDR.unpack_from(data, pos)
    body = data[pos + ARCH_HDR.size:pos + ARCH_HDR.size + num_bytes]
    dump.arch_version, dump.arch_offset = version, pos + ARCH_HDR.size
    if len(body) < num_bytes:
        dump.truncated = True
        dump.problems.append((pos + ARCH_HDR.size + len(body), f"arch block cut at byte {len(body)} of {num_bytes}"))
    if dump.tgt_code != COREDUMP_TGT_ARM_CORTEX_M:
        dump.problems.append((pos, f"arch block of target {dump.target}: only ARM Cortex-M registers are read"))
        return pos + ARCH_HDR.size + len(body)
    names = ARM_BLOCK.get(version)
    if names is None:
        names = ARM_BLOCK[max(ARM_BLOCK)]
        dump.problems.append((pos + 1, f"ARM Cortex-M arch block version {version} is newer than the ones this "
                                       f"reader knows ({', '.join(map(str, ARM_BLOCK))}); read as version "
                                       f"{max(ARM_BLOCK)}"))
    elif num_bytes != 4 * len(names):
        dump.problems.append((pos + 3, f"ARM Cortex-M arch block version {version} has {4 * len(names)} bytes, "
                                       f"this one says {num_bytes}"))
    words = len(body) // 4
    dump.arch = dict(zip(names, struct.unpack_from(f"<{min(words, len(names))}I", body), strict=False))
    return pos + ARCH_HDR.size + len(body)


def _sized_block(dump: Coredump, data: bytes, pos: int, what: str) -> int:
    if pos + ARCH_HDR.size > len(data):
        return _short(dump, pos, f"{what} header", ARCH_HDR.size, len(data) - pos)
    _id, version, num_bytes = ARCH_HDR.unpack_from(data, pos)
    have = min(num_bytes, len(data) - pos - ARCH_HDR.size)
    dump.threads_metadata = (version, num_bytes)
    if have < num_bytes:
        dump.truncated = True
        dump.problems.append((pos + ARCH_HDR.size + have, f"{what} block cut at byte {have} of {num_bytes}"))
    return pos + ARCH_HDR.size + have


def _memory_block(dump: Coredump, data: bytes, pos: int, ptr: str) -> int:
    head = MEM_HDR.size + struct.calcsize(ptr)
    n = len(dump.blocks) + 1
    if pos + head > len(data):
        return _short(dump, pos, f"memory block {n} header", head, len(data) - pos)
    _id, version = MEM_HDR.unpack_from(data, pos)
    start, end = struct.unpack_from(ptr, data, pos + MEM_HDR.size)
    if version != COREDUMP_MEM_HDR_VER:
        dump.problems.append((pos + 1, f"memory block {n} has version {version}, this reader knows "
                                       f"{COREDUMP_MEM_HDR_VER}; read as version {COREDUMP_MEM_HDR_VER}"))
    if end < start:
        dump.problems.append((pos, f"memory block {n} at byte {pos} ends (0x{end:08X}) before it starts "
                                   f"(0x{start:08X}): the rest of the dump cannot be framed"))
        dump.truncated = True
        return len(data)
    body = data[pos + head:pos + head + (end - start)]
    dump.blocks.append(MemoryBlock(start, end, body, pos + head))
    if len(body) < end - start:
        dump.truncated = True
        dump.problems.append((pos + head + len(body),
                              f"memory block {n} (0x{start:08X}-0x{end:08X}) cut at byte {len(body)} of "
                              f"{end - start}: 0x{start + len(body):08X}-0x{end:08X} is not in the dump"))
    return pos + head + len(body)


def _cpu_snapshot(dump: Coredump, data: bytes, pos: int, ptr: str) -> int:
    head = ARCH_HDR.size + 4 + struct.calcsize("<" + ptr)
    if pos + head > len(data):
        return _short(dump, pos, "CPU snapshot header", head, len(data) - pos)
    _id, _version, num_bytes = ARCH_HDR.unpack_from(data, pos)
    have = min(num_bytes, len(data) - pos - head)
    if have < num_bytes:
        dump.truncated = True
        dump.problems.append((pos + head + have, f"CPU snapshot block cut at byte {have} of {num_bytes}"))
    return pos + head + have


def _crc_trailer(dump: Coredump, data: bytes, pos: int) -> int:
    if pos + CRC_HDR.size > len(data):
        return _short(dump, pos, "CRC trailer", CRC_HDR.size, len(data) - pos)
    _id, _version, crc = CRC_HDR.unpack_from(data, pos)
    dump.crc_ok = zlib.crc32(data[:pos]) == crc
    if not dump.crc_ok:
        dump.problems.append((pos, f"CRC-32 0x{zlib.crc32(data[:pos]):08X} of the dump's {pos} bytes differs from "
                                   f"the trailer's 0x{crc:08X}: bytes were changed on the way"))
    return pos + CRC_HDR.size


# -- records ---------------------------------------------------------------------------------------------
def dump_records(dump: Coredump, src: str, where: Callable[[int], Location], *, t: float | None = None,
                 at: Location | None = None) -> list[Any]:
    """A decoded dump as the project's records; ``where(offset)`` places a byte of the dump in the input
    (a line of a log, an offset of a file), ``at`` the dump itself (its ``#CD:BEGIN#`` line)."""
    from ..crash.records import RegisterSnapshot

    out: list[Any] = [ParseWarning(where(off), msg) for off, msg in dump.problems]
    at = at or where(0)
    name = reason_name(dump.reason, dump.tgt_code)
    fields: dict[str, Any] = {"origin": ORIGIN, "fault_type": "zephyr_fatal", "reason": dump.reason,
                              "reason_name": name or f"unknown reason {dump.reason}"}
    regs = dump.arch
    notes: list[str] = []
    snapshot_regs: dict[str, int] = {}
    if regs and dump.tgt_code == COREDUMP_TGT_ARM_CORTEX_M and set(FRAME) <= regs.keys():
        snapshot_regs = {k: regs[k] for k in FRAME}
        fields["registers"] = dict(snapshot_regs)
        fields["pc"], fields["lr"] = regs["pc"], regs["lr"]
        if "sp" in regs:
            sp, note = _interrupted_sp(regs, dump.blocks)
            snapshot_regs["sp"] = sp
            notes.append(note)
        callee = {k: regs[k] for k in ARM_CALLEE if k in regs}
        if callee and regs.get("callee_saved_valid", 1) and any(callee.values()):
            snapshot_regs.update(callee)
            notes.append("r4-r11 as the fault entry saved them (CONFIG_EXTRA_EXCEPTION_INFO)")
        elif dump.arch_version == 1:
            notes.append("arch block version 1: r4-r11 are not in the dump")
        elif callee:
            notes.append("r4-r11 were not collected (all zero, or callee_saved_valid = 0: no "
                         "CONFIG_EXTRA_EXCEPTION_INFO); the unwinder does without them")
    elif dump.tgt_code == COREDUMP_TGT_ARM_CORTEX_M:
        out.append(ParseWarning(at, "no exception frame in the dump (no arch block, or one cut before its "
                                    "xpsr): the faulting pc is not known from it"))
    fields["coredump"] = {
        "hdr_version": dump.hdr_version, "target": dump.target, "arch_hdr_version": dump.arch_version,
        "threads_metadata": dump.threads_metadata is not None,
        "memory": [[b.start, b.end, len(b.data)] for b in dump.blocks], "complete": not dump.truncated,
        **({"crc_ok": dump.crc_ok} if dump.crc_ok is not None else {}),
    }
    text = (f"Zephyr core dump: {fields['reason_name']} (reason {dump.reason}), target {dump.target}"
            + (f", pc 0x{regs['pc']:08X}" if "pc" in fields else "")
            + f", {len(dump.blocks)} memory block(s)" + (", cut short" if dump.truncated else ""))
    out.append(Event("fault", text, src, line=at.line, offset=at.offset, t=t, clock="device" if t is not None
                     else "none", level="error", module="coredump", fields=fields))
    if snapshot_regs:
        out.append(RegisterSnapshot(snapshot_regs, ORIGIN, where(dump.arch_offset or 0), stacked=True, notes=notes))
    for block in dump.blocks:
        if block.data:
            label = "scb" if 0xE000E000 <= block.start < 0xE000F000 else "ram"
            out.append(MemorySegment(block.start, block.data, where(block.offset), label=label))
    return out


def _interrupted_sp(regs: dict[str, int], blocks: list[MemoryBlock]) -> tuple[int, str]:
    """The interrupted code's stack pointer, and how it is known.  Zephyr's ``sp`` is that SP since
    ``z_arm_set_fault_sp`` (frame + 32 or + 104, | 4 when padded) and was the frame's own address before:
    the frame's 32 bytes in the dumped memory, just below ``sp`` or at it, say which."""
    sp = regs["sp"]
    frame = struct.pack("<8I", *(regs[k] for k in FRAME))
    padded = bool(regs["xpsr"] >> 9 & 1)
    below = (sp & ~4 if padded else sp) - 32
    for at, what in ((below, "basic frame"), (below - FPU_FRAME_EXTRA, "FPU frame")):
        if _read(blocks, at, 32) == frame:
            return sp, (f"sp 0x{sp:08X} is the interrupted code's: the exception frame ({what}) is in the dumped "
                        f"stack at 0x{at:08X}, just below it")
    if _read(blocks, sp, 32) == frame:
        before = sp + 32 + (4 if padded else 0)
        return before, (f"the dump's sp 0x{sp:08X} is the exception frame's own address (a Zephyr older than "
                        f"z_arm_set_fault_sp): the interrupted code's SP is 0x{before:08X} (a basic frame assumed)")
    return sp, (f"sp 0x{sp:08X} taken as the interrupted code's (what Zephyr stores); the exception frame is not "
                "in the dumped memory to confirm it")


def _read(blocks: list[MemoryBlock], addr: int, n: int) -> bytes | None:
    for b in blocks:
        if b.start <= addr and addr + n <= b.start + len(b.data):
            return b.data[addr - b.start:addr - b.start + n]
    return None


# -- the log form ----------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Open:
    """A dump being read from ``#CD:`` lines: its bytes and where each line's bytes start."""

    first_line: int
    begun: bool
    t: float | None
    data: bytearray = field(default_factory=bytearray)
    starts: list[int] = field(default_factory=list)  # byte offset where each line's bytes start ...
    lines: list[int] = field(default_factory=list)  # ... and that line's number
    error_line: int | None = None
    last_line: int = 0


class DumpLines:
    """The ``#CD:`` lines of one input, gathered into dumps.

    Feed it every line that holds ``#CD:`` (and lines that say the logger dropped messages); it gives
    each dump's records at its ``#CD:END#`` and, for a dump the input cut off, at ``close()``."""

    def __init__(self, src: str) -> None:
        self.src = src
        self.open: _Open | None = None

    def feed(self, lineno: int, raw: str) -> list[Any]:
        text, _rtt = clean_line(raw)
        out: list[Any] = []
        if PREFIX not in text:
            m = _DROPPED.search(text)
            if m is not None and self.open is not None:
                out.append(ParseWarning(Location(self.src, line=lineno), f"the logger dropped {m.group(1)} "
                                        "message(s) inside the core dump: bytes are missing from here on"))
            return out
        marks = list(_MARK.finditer(text))
        for i, m in enumerate(marks):
            word = m.group(1)
            if word == "BEGIN#":
                if self.open is not None:
                    out += self._finish(f"a new #CD:BEGIN# at line {lineno} before this dump's #CD:END#")
                self.open = _Open(lineno, True, _stamp(text))
                continue
            if word == "END#":
                if self.open is None:
                    out.append(ParseWarning(Location(self.src, line=lineno), "#CD:END# without a dump before it"))
                    continue
                self.open.last_line = lineno
                out += self._finish(None)
                continue
            if word == "ERROR CANNOT DUMP#":
                if self.open is None:
                    self.open = _Open(lineno, False, _stamp(text))
                self.open.error_line = lineno
                continue
            rest = text[m.end():marks[i + 1].start()] if i + 1 < len(marks) else text[m.end():]
            out += self._hex(lineno, word, rest.strip(), last=i + 1 == len(marks), text=text)
        return out

    def _hex(self, lineno: int, digits: str, rest: str, *, last: bool, text: str) -> list[Any]:
        out: list[Any] = []
        where = Location(self.src, line=lineno)
        if self.open is None:
            self.open = _Open(lineno, False, _stamp(text))
        if not digits:
            out.append(ParseWarning(where, f"no hex digits after #CD: ({(rest or text)[:40]!r}); line skipped"))
            return out
        if rest and last:
            out.append(ParseWarning(where, f"{rest[:40]!r} after the hex digits of a #CD: line ignored"))
        if len(digits) % 2:
            out.append(ParseWarning(where, f"odd number of hex digits ({len(digits)}): the line was cut; its last "
                                           "digit is dropped"))
            digits = digits[:-1]
        dump = self.open
        dump.starts.append(len(dump.data))
        dump.lines.append(lineno)
        dump.data += bytes.fromhex(digits)
        dump.last_line = lineno
        return out

    def close(self) -> list[Any]:
        """Records of a dump the input ended inside (no ``#CD:END#``)."""
        if self.open is None:
            return []
        return self._finish(f"no #CD:END# marker: the input ends after line {self.open.last_line}, inside the dump")

    def _finish(self, cut: str | None) -> list[Any]:
        dump, self.open = self.open, None
        assert dump is not None
        head = Location(self.src, line=dump.first_line)
        out: list[Any] = []
        if not dump.begun:
            out.append(ParseWarning(head, f"#CD: lines without #CD:BEGIN# before them (from line {dump.first_line}): "
                                          "the start of the dump may be missing"))
        if cut is not None:
            out.append(ParseWarning(Location(self.src, line=dump.last_line or dump.first_line), cut))
        if dump.error_line is not None:
            out.append(ParseWarning(Location(self.src, line=dump.error_line),
                                    "the device reported #CD:ERROR CANNOT DUMP#: its backend failed while writing "
                                    "this dump; what it wrote is read, but may be incomplete"))
        if not dump.data:
            if dump.begun:
                out.append(ParseWarning(head, "a core dump with no data between its markers"))
            return out

        def where(offset: int) -> Location:
            k = max(0, bisect_right(dump.starts, offset) - 1)
            return Location(self.src, line=dump.lines[k])

        try:
            decoded = decode(bytes(dump.data))
        except NotACoredump as exc:
            out.append(ParseWarning(Location(self.src, line=dump.lines[0]), f"not a Zephyr core dump: {exc}"))
            return out
        if cut is not None:
            decoded.truncated = True
        return out + dump_records(decoded, self.src, where, t=dump.t, at=head)


def _stamp(text: str) -> float | None:
    """Seconds since reset of a Zephyr log stamp ``[hh:mm:ss.mmm,uuu]`` on the line, if it has one."""
    m = _STAMP.search(text)
    if m is None:
        return None
    h, mi, s, ms, us = (int(g) for g in m.groups())
    return ((h * 60 + mi) * 60 + s) + (ms * 1000 + us) / 1e6


# -- binary: a dump file, a flash partition, a flash image ------------------------------------------------
def _partition_dump(data: bytes, at: int) -> tuple[int, int, list[str]] | None:
    """A flash partition backend's copy at ``at``: (offset of the dump, its size, what is wrong), or None
    when ``flash_hdr_t`` is not there.  The dump starts at the header rounded up to the flash write block,
    which the image does not say: the first power-of-two boundary from 16 on that holds ``'ZE'``."""
    if at + FLASH_HDR.size > len(data):
        return None
    ident, version, size, _flags, checksum, error = FLASH_HDR.unpack_from(data, at)
    if ident != b"CD" or version != FLASH_HDR_VER:
        return None
    for align in (16, 32, 64, 128, 256, 512):
        start = at + align
        if data[start:start + 2] == b"ZE":
            break
    else:
        return None
    problems = []
    if error:
        problems.append(f"the partition header records backend error {error}: the device found this dump unusable")
    have = min(size, len(data) - start)
    if have < size:
        problems.append(f"the partition header gives {size} bytes of dump; the image holds {have}")
    elif sum(data[start:start + size]) & 0xFFFF != checksum:
        problems.append(f"checksum 0x{sum(data[start:start + size]) & 0xFFFF:04X} of the dump differs from the "
                        f"header's 0x{checksum:04X}: bytes changed since the device wrote them")
    return start, have, problems


def binary_head(head: bytes) -> bool:
    """Whether a file opens with a dump, or with a flash partition copy of one."""
    part = _partition_dump(head, 0)
    return _plausible_header(head, 0) or (part is not None and _plausible_header(head, part[0]))


def _plausible_header(data: bytes, at: int) -> bool:
    """``coredump_hdr_t`` fields a Zephyr build writes, and a known block right after it."""
    if at + COREDUMP_HDR.size + 1 > len(data) or data[at:at + 2] != b"ZE":
        return False
    _ident, version, tgt, ptr_bits, _flag, _reason = COREDUMP_HDR.unpack_from(data, at)
    return 0 < version < 16 and tgt in TARGETS and ptr_bits in (5, 6) and data[at + COREDUMP_HDR.size:][:1] in (
        b"A", b"T", b"M", b"F", b"C")


def binary_records(data: bytes, src: str, base: int = 0) -> list[Any]:
    """The records of a dump file or of a flash partition copy (``flash_hdr_t`` first) that starts at
    ``base``; offsets in the warnings are the input's."""
    out: list[Any] = []
    start, size = base, len(data) - base
    part = _partition_dump(data, base)
    if part is not None:
        start, size, problems = part
        out += [ParseWarning(Location(src, offset=base), p) for p in problems]
    try:
        dump = decode(data[start:start + size])
    except NotACoredump as exc:
        return out + [ParseWarning(Location(src, offset=start), f"not a Zephyr core dump: {exc}")]
    return out + dump_records(dump, src, lambda off: Location(src, offset=start + off))


#: Candidate partition headers examined in one image, at most (an image of "CDCDCD..." stays cheap).
MAX_IMAGE_CANDIDATES = 4096


def dumps_in_image(data: bytes, src: str) -> list[Any]:
    """Dumps a raw flash image holds in a core dump partition (``flash_hdr_t`` with a dump after it)."""
    out: list[Any] = []
    pos, seen = data.find(b"CD"), 0
    while pos >= 0 and seen < MAX_IMAGE_CANDIDATES:
        seen += 1
        part = _partition_dump(data, pos)
        if part is not None and _plausible_header(data, part[0]):
            out += binary_records(data, src, pos)
            pos = part[0] + part[1]
        pos = data.find(b"CD", pos + 1)
    return out


# -- the parser ------------------------------------------------------------------------------------------
#: Share of the head's lines that must be ``#CD:`` lines for a text file to be a bare dump.
SNIFF_SHARE = 0.5
#: A text file whose head has a ``#CD:BEGIN#`` but mostly other lines nobody claims: a weak claim.
SNIFF_WEAK = 0.4
#: A binary file that opens with 'ZE' but not with a header Zephyr writes.
SNIFF_DAMAGED = 0.6


class ZephyrCoredumpParser:
    kind = KIND

    def sniff(self, source: Source) -> float:
        head = source.head
        if not head:
            return 0.0
        text = looks_like_text(head)
        if source.load_address is None and not text:  # (with a load address: a memory image, searched by its reader)
            if binary_head(head):
                return 0.96
            # 'ZE' and binary, the header damaged: ours to say what is wrong (above a raw image's 0.5)
            return SNIFF_DAMAGED if head[:2] == b"ZE" and len(head) >= COREDUMP_HDR.size else 0.0
        if PREFIX.encode() not in head or not text:
            return 0.0
        lines = [ln for ln in head[:16384].decode("utf-8", "replace").splitlines()[:60] if ln.strip()]
        ours = [ln for ln in lines if PREFIX in ln]
        if not ours or sum(1 for ln in ours if _ZEPHYR_PREFIX.search(ln)) * 2 > len(ours):
            return 0.0  # a Zephyr log with a dump in it: the Zephyr log parser reads both
        if len(ours) >= SNIFF_SHARE * len(lines):
            return 0.9
        return SNIFF_WEAK if any("#CD:BEGIN#" in ln for ln in ours) else 0.0

    def parse(self, source: Source) -> Iterator[Any]:
        head = source.head
        if binary_head(head) or not looks_like_text(head):
            yield from binary_records(source.read_bytes(), source.display)
            return
        reader = DumpLines(source.display)
        for lineno, raw, cut in source.iter_lines():
            if cut:
                yield ParseWarning(Location(source.display, line=lineno), "line longer than the line limit; cut")
            if PREFIX in raw or "dropped" in raw:
                yield from reader.feed(lineno, raw)
                if PREFIX in raw:
                    continue
            text = raw.strip()
            if text:  # a line of the capture that is not the dump's: kept, as it was
                yield Event("log.line", raw, source.display, line=lineno, fields={"message": text})
        yield from reader.close()


PARSERS = [ZephyrCoredumpParser()]
