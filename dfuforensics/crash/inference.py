"""The cause of a fault read from the code and the stacked registers, when no fault status was captured.

A bench capture often has the ELF, a RAM dump and gdb's ``info registers`` but not the SCB words, and
ARMv6-M has no CFSR at all.  The cause is still in the evidence: the instruction at the stacked PC
and the register values it used say what the core objected to.  Every result is an inference: it
names the CFSR bits an ARMv7-M core sets for that cause (ARMv7-M ARM B3.2.15) and says why.

What is read (Thumb encodings, ARMv7-M ARM A5/A6; ARMv6-M executes the 16-bit ones):

* stacked xPSR with T (bit 24) clear -> ``INVSTATE`` (a branch to an address with bit 0 clear);
* ``UDF`` (T1 ``0xDExx``, T2 ``0xF7Fx 0xAxxx``) -> ``UNDEFINSTR``;
* ``SDIV``/``UDIV`` whose divisor register holds 0 -> ``DIVBYZERO`` (a fault only with CCR.DIV_0_TRP);
* a load or store (immediate or register offset) -> a data bus error at the address it computes
  (``PRECISERR`` + ``BFARVALID``, BFAR = that address); with an MPU that access would show as
  ``DACCVIOL`` instead, which the code cannot tell;
* a frame that would sit below the start of RAM -> a stacking error (``STKERR``): the stack overflowed.

Register values: r0-r3, r12 from the stacked frame (exact); r4-r11 from the halted core, which holds
the fault-time values only if the handler has not changed them -- the reasoning says when they were used.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

STACKED = ("r0", "r1", "r2", "r3", "r12")


@dataclass(frozen=True)
class Inference:
    """The CFSR bits the cause implies, the data address when one was computed, and why."""

    cfsr_bits: tuple[str, ...]
    cause: str
    reasoning: str
    address: int | None = None


def infer(pc: int, xpsr: int | None, stacked: Mapping[str, int], live: Mapping[str, int],
          read: Callable[[int, int], bytes | None], frame_address: int | None = None,
          ram_start: int = 0x20000000) -> Inference | None:
    """The cause of the fault at ``pc``, or None when the code and registers do not say."""
    if isinstance(frame_address, int) and frame_address < ram_start <= frame_address + 0x1000:
        return Inference(("CFSR.STKERR",), "stack overflow",
                         f"the exception frame at 0x{frame_address:08X} lies below the start of RAM "
                         f"(0x{ram_start:08X}): the stack ran past its end and stacking the frame failed")
    if isinstance(xpsr, int) and not xpsr >> 24 & 1:
        return Inference(("CFSR.INVSTATE",), "invalid state",
                         f"the stacked xPSR 0x{xpsr:08X} has the Thumb bit (EPSR.T) clear: the core was sent to "
                         f"0x{pc:08X} by a branch to an address with bit 0 clear")
    code = read(pc & ~1, 4) or read(pc & ~1, 2)
    if code is None:
        return None
    hw1 = int.from_bytes(code[:2], "little")
    hw2 = int.from_bytes(code[2:4], "little") if len(code) >= 4 else None
    if hw1 & 0xFF00 == 0xDE00:
        return Inference(("CFSR.UNDEFINSTR",), "undefined instruction",
                         f"the instruction at 0x{pc & ~1:08X} is UDF #{hw1 & 0xFF} (0x{hw1:04X})")
    if hw2 is not None and hw1 & 0xFFF0 == 0xF7F0 and hw2 & 0xF000 == 0xA000:
        return Inference(("CFSR.UNDEFINSTR",), "undefined instruction",
                         f"the instruction at 0x{pc & ~1:08X} is UDF.W (0x{hw1:04X} 0x{hw2:04X})")
    if hw2 is not None and hw1 & 0xFFF0 in (0xFB90, 0xFBB0) and hw2 & 0xF0F0 == 0xF0F0:
        rm = f"r{hw2 & 0xF}"
        value, where = _register(rm, stacked, live)
        name = "SDIV" if hw1 & 0xFFF0 == 0xFB90 else "UDIV"
        if value == 0:
            return Inference(("CFSR.DIVBYZERO",), "divide by zero",
                             f"the instruction at 0x{pc & ~1:08X} is {name} with divisor {rm} = 0 ({where})")
        return None
    access = _data_access(hw1, hw2, stacked, live)
    if access is not None:
        kind, address, used = access
        return Inference(("CFSR.PRECISERR", "CFSR.BFARVALID"), "bus error",
                         f"the instruction at 0x{pc & ~1:08X} is a {kind} of 0x{address:08X} ({used}); that access "
                         "faulted (a bus error; with an MPU region there it would be a MemManage DACCVIOL)",
                         address)
    return None


def _register(name: str, stacked: Mapping[str, int], live: Mapping[str, int]) -> tuple[int | None, str]:
    if name in STACKED and name in stacked:
        return stacked[name], "stacked"
    if name in live and name not in STACKED:
        return live[name], "halted core's value, the fault-time one unless the handler changed it"
    return None, "not in the evidence"


def _data_access(hw1: int, hw2: int | None, stacked: Mapping[str, int],
                 live: Mapping[str, int]) -> tuple[str, int, str] | None:
    """(``store``/``load``, address, which registers gave it) of a load/store at the PC."""
    top5 = hw1 >> 11
    # 16-bit immediate offset: STR/LDR (word, imm5*4), STRB/LDRB (imm5), STRH/LDRH (imm5*2)
    scale = {0b01100: 4, 0b01101: 4, 0b01110: 1, 0b01111: 1, 0b10000: 2, 0b10001: 2}.get(top5)
    if scale is not None:
        rn = f"r{hw1 >> 3 & 7}"
        base, where = _register(rn, stacked, live)
        if base is None:
            return None
        kind = "load" if top5 & 1 else "store"
        return kind, (base + (hw1 >> 6 & 0x1F) * scale) & 0xFFFFFFFF, f"{rn} = 0x{base:08X}, {where}"
    # 16-bit register offset: 0101 opc Rm Rn Rt
    if hw1 >> 12 == 0b0101:
        rn, rm = f"r{hw1 >> 3 & 7}", f"r{hw1 >> 6 & 7}"
        base, w1 = _register(rn, stacked, live)
        index, w2 = _register(rm, stacked, live)
        if base is None or index is None:
            return None
        kind = "store" if hw1 >> 9 & 7 in (0, 1, 2) else "load"
        return kind, (base + index) & 0xFFFFFFFF, f"{rn} = 0x{base:08X} ({w1}) + {rm} = 0x{index:08X} ({w2})"
    if hw2 is None:
        return None
    # 32-bit STR/LDR{B,H}.W with a 12-bit immediate: 1111 1000 1 s1 s0 L Rn | Rt imm12
    if hw1 & 0xFF80 == 0xF880 and hw1 & 0xF != 0xF:
        rn = f"r{hw1 & 0xF}"
        base, where = _register(rn, stacked, live)
        if base is None:
            return None
        kind = "load" if hw1 >> 4 & 1 else "store"
        return kind, (base + (hw2 & 0xFFF)) & 0xFFFFFFFF, f"{rn} = 0x{base:08X}, {where}"
    # 32-bit with an 8-bit immediate and P/U/W (offset form only: P=1, W=0): 1111 1000 0 s1 s0 L Rn | Rt 1PUW imm8
    if hw1 & 0xFF80 == 0xF800 and hw1 & 0xF != 0xF and hw2 & 0x0F00 in (0x0C00, 0x0E00):
        rn = f"r{hw1 & 0xF}"
        base, where = _register(rn, stacked, live)
        if base is None:
            return None
        offset = hw2 & 0xFF if hw2 >> 9 & 1 else -(hw2 & 0xFF)
        kind = "load" if hw1 >> 4 & 1 else "store"
        return kind, (base + offset) & 0xFFFFFFFF, f"{rn} = 0x{base:08X}, {where}"
    return None
