"""Unwinding a Cortex-M stack: DWARF CFI first, a labelled heuristic scan where CFI gives out.

CFI (``.debug_frame``, what GCC emits for ``-g`` on bare-metal ARM) says for every code address where
the caller's registers were saved and where the canonical frame address (CFA, the SP before the call)
is; applied frame by frame it is exact.  An exception frame breaks the chain in a known way: when the
"return address" is an EXC_RETURN value, the processor pushed r0-r3, r12, lr, pc, xPSR at the SP, and
the interrupted code continues from the stacked pc.

Where CFI stops (no FDE for the pc: library code built without debug info, the SoftDevice), the rest
of the stack is scanned for words that look like return addresses: odd (Thumb), inside the ELF's code,
and right after a BL or BLX instruction.  Such frames are marked ``heuristic``: a stale return
address left in a dead stack slot looks exactly the same.

Limits: at most ``MAX_FRAMES`` frames; the CFA must grow (a stack that loops on itself stops the walk).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..crash.cortexm import BASIC_FRAME, decode_exc_return, frame_padding, is_exc_return

MAX_FRAMES = 64
MAX_SCAN_WORDS = 2048

ReadU32 = Callable[[int], "int | None"]


@dataclass(slots=True)
class UnwoundFrame:
    pc: int  # the address executing (frame 0) or the return address (callers), Thumb bit clear
    sp: int
    method: str  # "fault" (frame 0), "cfi", "exception" (through an exception frame), "lr", "heuristic"
    lookup: int = 0  # the address to symbolize: pc for frame 0 and after an exception, else pc - 1
    #: for an "exception" frame: where the processor stacked it, the EXC_RETURN that led there, and the
    #: callee-saved registers (r4-r11) as CFI restored them at that point (the interrupted code's values)
    frame_address: int = 0
    exc_return: int = 0
    callee_saved: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.lookup:
            self.lookup = self.pc


@dataclass(slots=True)
class UnwindResult:
    frames: list[UnwoundFrame] = field(default_factory=list)
    stopped: str = ""  # why the walk ended


class CodeImage:
    """CFI rows and code bytes of one ELF (read once; the address index has the names)."""

    def __init__(self, path: str | Path) -> None:
        from elftools.dwarf.callframe import FDE
        from elftools.elf.elffile import ELFFile

        self.fdes: list[tuple[int, int, list[dict[str, Any]]]] = []
        self.code: list[tuple[int, bytes]] = []
        with open(path, "rb") as fh:
            elf = ELFFile(fh)
            for sec in elf.iter_sections():
                if sec["sh_flags"] & 0x4 and sec["sh_type"] != "SHT_NOBITS" and sec["sh_size"]:  # SHF_EXECINSTR
                    self.code.append((sec["sh_addr"], sec.data()))
            self.code.sort()
            if elf.has_dwarf_info():
                dwarf = elf.get_dwarf_info()
                entries = dwarf.CFI_entries() if dwarf.has_CFI() else []
                for entry in entries:
                    if isinstance(entry, FDE):
                        lo = entry.header["initial_location"]
                        hi = lo + entry.header["address_range"]
                        self.fdes.append((lo, hi, entry.get_decoded().table))
        self.fdes.sort(key=lambda f: f[0])
        self._fde_lo = [f[0] for f in self.fdes]

    def read_code(self, addr: int, size: int) -> bytes | None:
        for base, data in self.code:
            if base <= addr and addr + size <= base + len(data):
                return data[addr - base: addr - base + size]
        return None

    def in_code(self, addr: int) -> bool:
        return any(base <= addr < base + len(data) for base, data in self.code)

    def row_for(self, pc: int) -> dict[str, Any] | None:
        i = bisect.bisect_right(self._fde_lo, pc) - 1
        if i < 0:
            return None
        lo, hi, table = self.fdes[i]
        if not (lo <= pc < hi) or not table:
            return None
        row = None
        for r in table:
            if r["pc"] <= pc:
                row = r
            else:
                break
        return row

    def function_span(self, pc: int) -> tuple[int, int] | None:
        """The [start, end) of the FDE (one per function with -ffunction-sections) holding ``pc``."""
        i = bisect.bisect_right(self._fde_lo, pc) - 1
        if i < 0 or not self.fdes[i][0] <= pc < self.fdes[i][1]:
            return None
        return self.fdes[i][0], self.fdes[i][1]

    def sp_based_cfa(self, pc: int) -> int | None:
        """The CFA offset from SP in the last row at or before ``pc`` that said it that way (the row before a
        frame-pointer prologue's ``add r7, sp, #n``); None when no such row, or SP moved again since."""
        i = bisect.bisect_right(self._fde_lo, pc) - 1
        if i < 0:
            return None
        lo, hi, table = self.fdes[i]
        if not (lo <= pc < hi):
            return None
        offset = None
        for r in table:
            if r["pc"] > pc:
                break
            rule = r["cfa"]
            offset = rule.offset if rule.reg == 13 else offset
        return offset

    def follows_call(self, ret: int) -> bool:
        """True when the instruction before return address ``ret`` (Thumb bit clear) is BL or BLX."""
        hw = self.read_code(ret - 4, 4)
        if hw is not None:
            h1 = int.from_bytes(hw[0:2], "little")
            h2 = int.from_bytes(hw[2:4], "little")
            if h1 & 0xF800 == 0xF000 and h2 & 0xD000 in (0xD000, 0xC000):  # BL / BLX imm
                return True
        h = self.read_code(ret - 2, 2)
        return h is not None and int.from_bytes(h, "little") & 0xFF87 == 0x4780  # BLX Rm


    def call_target(self, ret: int) -> int | None:
        """Where the BL before return address ``ret`` went (Thumb bit clear); None for BLX Rm or no call.

        With it a caller's frame shows a tail call: the function the BL named is not the one the next
        frame inward is in, so that function left for its callee with a plain branch."""
        hw = self.read_code(ret - 4, 4)
        if hw is None:
            return None
        h1 = int.from_bytes(hw[0:2], "little")
        h2 = int.from_bytes(hw[2:4], "little")
        if h1 & 0xF800 != 0xF000 or h2 & 0xD000 != 0xD000:  # BL imm only (BLX imm leaves Thumb)
            return None
        s = h1 >> 10 & 1
        j1, j2 = h2 >> 13 & 1, h2 >> 11 & 1
        i1, i2 = 1 - (j1 ^ s), 1 - (j2 ^ s)
        imm = (s << 24) | (i1 << 23) | (i2 << 22) | ((h1 & 0x3FF) << 12) | ((h2 & 0x7FF) << 1)
        if s:
            imm -= 1 << 25
        return (ret + imm) & 0xFFFFFFFF


def unwind(image: CodeImage, regs: dict[str, int], read_u32: ReadU32, *, stack_end: int | None = None,
           max_frames: int = MAX_FRAMES) -> UnwindResult:
    """Walk from the interrupted context ``regs`` (r0-r12, sp, lr, pc) up the stack."""
    from elftools.dwarf.callframe import CFARule, RegisterRule

    result = UnwindResult()
    cur = {int(k[1:]): v for k, v in regs.items() if k.startswith("r") and k[1:].isdigit()}
    cur[13], cur[14], cur[15] = regs["sp"], regs.get("lr", 0), regs["pc"]
    pc = cur[15] & ~1
    result.frames.append(UnwoundFrame(pc, cur[13], "fault"))
    seen: set[tuple[int, int]] = set()
    while len(result.frames) < max_frames:
        if (pc, cur[13]) in seen:
            result.stopped = "the stack loops on itself (same pc and sp seen twice)"
            return result
        seen.add((pc, cur[13]))
        # a caller's return address may lie past its function's last instruction (a call to a function that
        # never returns ends it): its CFI row is the one of the call, at pc - 1 (what result.frames looks up)
        row = image.row_for(result.frames[-1].lookup)
        if row is None:
            result.stopped = f"no CFI for 0x{pc:08X}"
            break
        cfa_rule: CFARule = row["cfa"]
        if cfa_rule.reg is not None and cfa_rule.reg in cur:
            cfa = (cur[cfa_rule.reg] + cfa_rule.offset) & 0xFFFFFFFF
        elif cfa_rule.reg in (7, 11) and (sp_offset := image.sp_based_cfa(result.frames[-1].lookup)) is not None:
            # the frame pointer is not in the evidence (a crash record keeps r0-r3, r12, lr, pc, xPSR): the
            # function's own CFI said the CFA as SP + n before it set the frame pointer up, and SP is known
            cfa = (cur[13] + sp_offset) & 0xFFFFFFFF
        else:
            result.stopped = f"CFA rule at 0x{pc:08X} uses an expression or unknown register"
            break
        new = dict(cur)
        ok = True
        for reg, rule in row.items():
            if not isinstance(reg, int) or not isinstance(rule, RegisterRule):
                continue
            if rule.type == RegisterRule.OFFSET:
                v = read_u32(cfa + rule.arg)
                if v is None:
                    ok = False
                    result.stopped = f"stack at 0x{cfa + rule.arg:08X} is not in the RAM dump"
                    break
                new[reg] = v
            elif rule.type == RegisterRule.UNDEFINED:
                new.pop(reg, None)
        if not ok:
            break
        ret = new.get(14)
        if ret is None:
            result.stopped = "return address undefined (outermost frame)"
            return result
        new[13] = cfa
        if cfa < cur[13]:
            result.stopped = "the stack pointer moved down while unwinding (corrupt stack)"
            return result
        if ret == 0xFFFFFFFF:
            result.stopped = "reached the reset handler (LR 0xFFFFFFFF: the outermost frame)"
            return result
        if is_exc_return(ret) and decode_exc_return(ret).valid:
            exc = decode_exc_return(ret)
            frame_words = [read_u32(cfa + 4 * i) for i in range(8)]
            if any(w is None for w in frame_words):
                result.stopped = f"exception frame at 0x{cfa:08X} is not in the RAM dump"
                return result
            stacked = dict(zip(BASIC_FRAME, frame_words, strict=True))
            for i, name in enumerate(("r0", "r1", "r2", "r3", "r12")):
                new[(0, 1, 2, 3, 12)[i]] = stacked[name]  # type: ignore[assignment]
            new[14], new[15] = stacked["lr"], stacked["pc"]
            new[13] = cfa + exc.frame_bytes + frame_padding(stacked["xpsr"] or 0)  # type: ignore[arg-type]
            pc = (stacked["pc"] or 0) & ~1
            cur = new
            result.frames.append(UnwoundFrame(pc, cur[13], "exception", frame_address=cfa, exc_return=ret,
                                              callee_saved={f"r{r}": cur[r] for r in range(4, 12) if r in cur}))
            continue
        if ret in (0, 0xFFFFFFFF) or not image.in_code(ret & ~1):
            result.stopped = f"return address 0x{ret:08X} is not code (end of the call chain)"
            return result
        pc = ret & ~1
        new[15] = ret
        cur = new
        target = image.call_target(pc)
        if target is not None and image.function_span(target) not in (None, image.function_span(
                result.frames[-1].lookup)):
            # the call before the return address went to another function than the frame inward: that one
            # left for it with a plain branch (a tail call, no return address); gdb shows it from DWARF call
            # sites, the BL's own target says the same
            result.frames.append(UnwoundFrame(target, cur[13], "tail-call", lookup=target))
        result.frames.append(UnwoundFrame(pc, cur[13], "cfi", lookup=pc - 1))
    else:
        result.stopped = f"stopped after {max_frames} frames"
        return result
    # CFI gave out: scan the rest of the stack for return addresses (heuristic).
    if len(result.frames) == 1 and image.in_code(cur.get(14, 0) & ~1) and not is_exc_return(cur.get(14, 0)):
        # a leaf function without CFI has not saved LR: LR is its caller
        lr = cur[14] & ~1
        result.frames.append(UnwoundFrame(lr, cur[13], "lr", lookup=lr - 1))
    sp = cur[13]
    end = stack_end if stack_end is not None else sp + 4 * MAX_SCAN_WORDS
    result.frames.extend(scan_stack(image, sp, end, read_u32, max_frames - len(result.frames)))
    result.stopped += "; rest of the stack scanned for return addresses (heuristic)"
    return result


def scan_stack(image: CodeImage, start: int, end: int, read_u32: ReadU32,
               max_frames: int = MAX_FRAMES) -> list[UnwoundFrame]:
    """Words in [start, end) that look like return addresses: odd, in code, right after BL/BLX."""
    out: list[UnwoundFrame] = []
    addr = start & ~3
    limit = min(end, start + 4 * MAX_SCAN_WORDS)
    while addr < limit and len(out) < max_frames:
        w = read_u32(addr)
        if w is None:
            break
        if w & 1 and image.in_code(w & ~1) and image.follows_call(w & ~1):
            out.append(UnwoundFrame(w & ~1, addr, "heuristic", lookup=(w & ~1) - 1))
        addr += 4
    return out
