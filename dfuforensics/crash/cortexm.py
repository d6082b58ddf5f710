"""Cortex-M fault state, decoded with the Architecture Reference Manuals' own names.

A fault report is only as useful as its explanation: ``CFSR = 0x00000400`` tells a firmware engineer
little, ``CFSR.IMPRECISERR`` plus "the stacked PC is *after* the faulting store" tells them where to
look.  Names follow the ARMv7-M / ARMv6-M ARM (``CFSR.MMARVALID``, ``HFSR.FORCED``, ``EXC_RETURN``);
the explanations are ours.  ARMv6-M (Cortex-M0, nRF51) has no CFSR/HFSR/MMFAR/BFAR: every fault is a
HardFault and only the stacked frame tells what happened.
"""

from __future__ import annotations

from dataclasses import dataclass

# System Control Block addresses (ARMv7-M B3.2.2); a memory read of these gives the fault registers.
SCB_ICSR = 0xE000ED04
SCB_SHCSR = 0xE000ED24
SCB_CFSR = 0xE000ED28
SCB_HFSR = 0xE000ED2C
SCB_DFSR = 0xE000ED30
SCB_MMFAR = 0xE000ED34
SCB_BFAR = 0xE000ED38
SCB_AFSR = 0xE000ED3C
SCB_REGISTERS = {SCB_ICSR: "icsr", SCB_SHCSR: "shcsr", SCB_CFSR: "cfsr", SCB_HFSR: "hfsr",
                 SCB_DFSR: "dfsr", SCB_MMFAR: "mmfar", SCB_BFAR: "bfar", SCB_AFSR: "afsr"}

#: Order of the words the processor pushes on exception entry (basic frame).
BASIC_FRAME = ("r0", "r1", "r2", "r3", "r12", "lr", "pc", "xpsr")
BASIC_FRAME_BYTES = 0x20
#: Extended (FPU) frame: basic frame + S0..S15, FPSCR and one reserved word.
EXTENDED_FRAME_BYTES = 0x68

EXCEPTION_NAMES = {0: "Thread", 1: "Reset", 2: "NMI", 3: "HardFault", 4: "MemManage", 5: "BusFault",
                   6: "UsageFault", 7: "SecureFault", 11: "SVCall", 12: "DebugMonitor", 14: "PendSV",
                   15: "SysTick"}


@dataclass(frozen=True, slots=True)
class Bit:
    """One named bit of a fault status register, with what it means for the investigation."""

    register: str
    name: str
    bit: int
    meaning: str

    @property
    def qualified(self) -> str:
        return f"{self.register}.{self.name}"


def _bits(register: str, table: tuple[tuple[int, str, str], ...]) -> tuple[Bit, ...]:
    return tuple(Bit(register, name, bit, meaning) for bit, name, meaning in table)


#: CFSR = MMFSR (bits 7:0) | BFSR (15:8) | UFSR (31:16).  ARMv8-M adds UFSR.STKOF (bit 20).
CFSR_BITS = _bits("CFSR", (
    (0, "IACCVIOL", "instruction fetch from a region the MPU forbids (or an XN region); the stacked PC "
                    "is the address that could not be fetched"),
    (1, "DACCVIOL", "data load or store the MPU forbids; the stacked PC is the faulting instruction "
                    "and MMFAR holds the address when CFSR.MMARVALID is set"),
    (3, "MUNSTKERR", "MPU violation while unstacking on exception return: the saved context sits in "
                     "memory the MPU forbids; the stacked registers are not trustworthy"),
    (4, "MSTKERR", "MPU violation while stacking on exception entry: usually a stack overflow into an "
                   "MPU guard region; the frame in memory is incomplete"),
    (5, "MLSPERR", "MPU violation during lazy floating-point state preservation"),
    (7, "MMARVALID", "MMFAR holds the address of the faulting data access"),
    (8, "IBUSERR", "bus error on an instruction fetch (branch to unmapped or non-executable memory); "
                   "reported only when the instruction is executed"),
    (9, "PRECISERR", "precise data bus error: the stacked PC is the faulting load/store and BFAR holds "
                     "the address when CFSR.BFARVALID is set"),
    (10, "IMPRECISERR", "imprecise data bus error: a buffered write failed later; the stacked PC is "
                        "NOT the faulting instruction but some instruction after it, and BFAR is not "
                        "valid; look at the stores just before the stacked PC"),
    (11, "UNSTKERR", "bus error while unstacking on exception return; the stacked registers are not "
                     "trustworthy"),
    (12, "STKERR", "bus error while stacking on exception entry: the stack pointer ran outside RAM "
                   "(typically a stack overflow); the frame in memory is incomplete"),
    (13, "LSPERR", "bus error during lazy floating-point state preservation"),
    (15, "BFARVALID", "BFAR holds the address of the faulting data access"),
    (16, "UNDEFINSTR", "the processor executed an undefined instruction (corrupt code, data executed "
                       "as code, or a deliberate UDF); the stacked PC is that instruction"),
    (17, "INVSTATE", "execution in ARM state was attempted (EPSR.T = 0): a branch or call through a "
                     "pointer with the Thumb bit clear, or a corrupt return address; the stacked PC is "
                     "the target address"),
    (18, "INVPC", "illegal EXC_RETURN load into PC (corrupt LR in a handler, or a bad return "
                  "sequence)"),
    (19, "NOCP", "coprocessor (FPU) instruction with the coprocessor disabled or absent"),
    (20, "STKOF", "stack limit (PSPLIM/MSPLIM) check failed (ARMv8-M)"),
    (24, "UNALIGNED", "unaligned access with CCR.UNALIGN_TRP set, or an unaligned LDM/STM/LDRD"),
    (25, "DIVBYZERO", "SDIV/UDIV with a zero divisor while CCR.DIV_0_TRP is set; the stacked PC is "
                      "the divide instruction"),
))

HFSR_BITS = _bits("HFSR", (
    (1, "VECTTBL", "bus error reading the vector table during exception processing (bad VTOR, "
                   "erased or overwritten vector table)"),
    (30, "FORCED", "a configurable fault (MemManage, BusFault, UsageFault) escalated to HardFault "
                   "because its handler was disabled or could not run; CFSR says which"),
    (31, "DEBUGEVT", "a debug event (e.g. BKPT without a debugger attached) escalated to HardFault"),
))

DFSR_BITS = _bits("DFSR", (
    (0, "HALTED", "halted by a debugger request or step"),
    (1, "BKPT", "BKPT instruction executed (e.g. NRF_BREAKPOINT_COND in the SDK error handlers)"),
    (2, "DWTTRAP", "DWT watchpoint or comparator match"),
    (3, "VCATCH", "vector catch: the debugger stopped on an exception entry"),
    (4, "EXTERNAL", "external debug request (EDBGRQ)"),
))

#: ARMv8-M Security Extension (SAU) SecureFault Status Register (Cortex-M33: nRF5340, nRF91).  A fault
#: print of TrustZone firmware (Zephyr's "***** SECURE FAULT *****", TF-M's "FATAL ERROR: SecureFault")
#: names these; they are kept apart from CFSR/HFSR because a SecureFault is its own exception (7).
SFSR_BITS = _bits("SFSR", (
    (0, "INVEP", "invalid entry point: non-secure code called a secure address that is not a valid "
                 "entry (no SG instruction or not in a non-secure-callable region)"),
    (1, "INVIS", "invalid integrity signature in the secure stack frame on exception return"),
    (2, "INVER", "invalid exception return: EXC_RETURN.DCRS/ES inconsistent with the security state"),
    (3, "AUVIOL", "attribution unit violation: non-secure code accessed memory the SAU/IDAU marks secure "
                  "(SFAR holds the address when SFSR.SFARVALID is set)"),
    (4, "INVTRAN", "invalid transition: a branch to non-secure code not flagged as a domain crossing"),
    (5, "LSPERR", "SAU/IDAU violation during lazy floating-point state preservation"),
    (6, "SFARVALID", "SFAR holds the address of the faulting access"),
    (7, "LSERR", "lazy state error: an error during lazy floating-point state activation or deactivation"),
))

_BY_REGISTER = {"cfsr": CFSR_BITS, "hfsr": HFSR_BITS, "dfsr": DFSR_BITS, "sfsr": SFSR_BITS}
_BY_NAME = {b.qualified: b for table in _BY_REGISTER.values() for b in table}

#: Which configurable fault a CFSR bit belongs to.
_CFSR_GROUP = {**{b: "memmanage" for b in range(0, 8)}, **{b: "busfault" for b in range(8, 16)},
               **{b: "usagefault" for b in range(16, 32)}}


def decode_bits(register: str, value: int) -> list[Bit]:
    """The named bits set in ``value`` (register ``cfsr``/``hfsr``/``dfsr``/``sfsr``), lowest bit first."""
    return [b for b in _BY_REGISTER[register] if value >> b.bit & 1]


def unknown_bits(register: str, value: int) -> int:
    """Set bits the architecture reserves: a sign of a misread register, reported not hidden."""
    known = 0
    for b in _BY_REGISTER[register]:
        known |= 1 << b.bit
    return value & ~known & 0xFFFFFFFF


def bit(qualified: str) -> Bit:
    return _BY_NAME[qualified]


def is_bit_name(qualified: str) -> bool:
    """Whether ``qualified`` (``CFSR.PRECISERR``) names a bit this module knows: a debugger that prints
    bit names (IAR C-SPY, Ozone) is read by name, and a misspelt or unknown name is not invented."""
    return qualified in _BY_NAME


def cfsr_from_parts(mmfsr: int | None, bfsr: int | None, ufsr: int | None) -> int:
    """CFSR from its three sub-registers as a fault print shows them separately (Zephyr's short form
    "MMFSR: 0x0, BFSR: 0x82, UFSR: 0x0", TF-M's MMFSR/BFSR/UFSR rows).  Both print each part shifted
    down (BFSR 0x82 is CFSR 0x8200); a value a hand-written handler printed still in its CFSR position
    (BFSR 0x8200: nothing below bit 8, nothing above bit 15) is taken where it stands."""
    out = 0
    for value, shift, width in ((mmfsr, 0, 8), (bfsr, 8, 8), (ufsr, 16, 16)):
        if value is None:
            continue
        mask = (1 << width) - 1
        if shift and value >> shift and not value & ((1 << shift) - 1) and not (value >> shift) & ~mask:
            out |= value
        else:
            out |= (value & mask) << shift
    return out & 0xFFFFFFFF


def cfsr_fault_classes(cfsr: int) -> list[str]:
    """Configurable faults reported in CFSR, ``memmanage``/``busfault``/``usagefault``, in that order."""
    out: list[str] = []
    for b in decode_bits("cfsr", cfsr):
        if b.name in ("MMARVALID", "BFARVALID"):
            continue
        group = _CFSR_GROUP[b.bit]
        if group not in out:
            out.append(group)
    return out


def fault_address(cfsr: int, mmfar: int | None, bfar: int | None) -> tuple[int | None, str]:
    """The faulting data address, only when the hardware says the address register is valid.

    MMFAR and BFAR may share storage on some implementations and keep stale values otherwise, so
    reading them without MMARVALID/BFARVALID would report a wrong address with confidence.
    """
    if cfsr >> 7 & 1 and mmfar is not None:
        return mmfar, "MMFAR"
    if cfsr >> 15 & 1 and bfar is not None:
        return bfar, "BFAR"
    return None, ""


@dataclass(frozen=True, slots=True)
class ExcReturn:
    """The EXC_RETURN value in LR inside a handler: which stack the frame is on and its shape."""

    value: int
    valid: bool
    stack: str  # "MSP" or "PSP"
    mode: str  # "thread" or "handler" (the mode being returned to = the mode that was interrupted)
    extended_frame: bool  # FPU context stacked (bit 4 clear)

    @property
    def frame_bytes(self) -> int:
        return EXTENDED_FRAME_BYTES if self.extended_frame else BASIC_FRAME_BYTES

    def describe(self) -> str:
        if not self.valid:
            return f"0x{self.value:08X} is not a valid EXC_RETURN for this architecture"
        frame = "extended (FPU) frame" if self.extended_frame else "basic frame"
        return (f"EXC_RETURN 0x{self.value:08X}: interrupted code ran in {self.mode} mode on the "
                f"{self.stack}; {frame} of {self.frame_bytes} bytes")


def is_exc_return(value: int) -> bool:
    return value & 0xFFFFFF00 == 0xFFFFFF00


def decode_exc_return(value: int, arch: str = "armv7e-m") -> ExcReturn:
    """Decode EXC_RETURN.  ``arch``: ``armv6-m`` (Cortex-M0/M0+, nRF51), ``armv7e-m`` (M4, nRF52) or
    ``armv8-m`` (M33 with TrustZone: nRF5340, nRF91; bit 0 ES, bit 5 DCRS and bit 6 S are the security
    fields, bit 1 is reserved 0 and bit 7 reserved 1, so 0xFFFFFFAD -- non-secure PSP thread frame taken
    to the secure state, as TF-M prints it -- is valid there and not on an ARMv7-M core)."""
    low = value & 0xFF
    stack = "PSP" if low & 0x4 else "MSP"
    mode = "thread" if low & 0x8 else "handler"
    extended = not (low & 0x10)
    if arch == "armv6-m":
        valid = is_exc_return(value) and low in (0xF1, 0xF9, 0xFD)
    elif arch == "armv8-m":
        # bit 7 RES1, bit 1 RES0; handler mode always returns on the MSP (SPSEL set with Mode clear is reserved)
        valid = is_exc_return(value) and bool(low & 0x80) and not low & 0x2 and not (low & 0x4 and not low & 0x8)
    else:
        valid = is_exc_return(value) and low in (0xF1, 0xF9, 0xFD, 0xE1, 0xE9, 0xED)
    if not valid:
        extended = False
    return ExcReturn(value, valid, stack, mode, extended)


@dataclass(frozen=True, slots=True)
class Xpsr:
    value: int

    @property
    def exception_number(self) -> int:
        return self.value & 0x1FF

    @property
    def exception_name(self) -> str:
        n = self.exception_number
        return EXCEPTION_NAMES.get(n, f"IRQ{n - 16}" if n >= 16 else f"reserved {n}")

    @property
    def thumb(self) -> bool:
        return bool(self.value >> 24 & 1)

    @property
    def stack_aligned(self) -> bool:
        """Bit 9 of the *stacked* xPSR: the processor inserted a padding word to 8-align the frame."""
        return bool(self.value >> 9 & 1)


def frame_padding(stacked_xpsr: int) -> int:
    return 4 if Xpsr(stacked_xpsr).stack_aligned else 0


def sp_before_exception(frame_address: int, exc_return: ExcReturn, stacked_xpsr: int) -> int:
    """The interrupted code's SP: frame address + frame size + alignment padding word."""
    return frame_address + exc_return.frame_bytes + frame_padding(stacked_xpsr)


def arch_of(machine_hint: str | None) -> str:
    """``armv6-m`` for Cortex-M0/nRF51, else ``armv7e-m``."""
    hint = (machine_hint or "").lower()
    if any(k in hint for k in ("nrf51", "cortex-m0", "armv6", "microbit")):
        return "armv6-m"
    return "armv7e-m"


# Nordic fault ids passed to app_error_fault_handler (nrf_sdm.h / app_error.h; reference nrf5-sdk.md §7.3).
NRF_FAULT_IDS = {
    0x00000001: ("NRF_FAULT_ID_SD_ASSERT", "sd_assert"),
    0x00001001: ("NRF_FAULT_ID_APP_MEMACC", "sd_memacc"),
    0x00004001: ("NRF_FAULT_ID_SDK_ERROR", "sdk_error"),
    0x00004002: ("NRF_FAULT_ID_SDK_ASSERT", "sdk_assert"),
}


def nrf_fault_id(value: int) -> tuple[str, str]:
    """Name and fault type of a Nordic fault id; unknown ids keep their range's meaning."""
    if value in NRF_FAULT_IDS:
        return NRF_FAULT_IDS[value]
    if value < 0x1000:
        return f"SoftDevice fault 0x{value:X}", "sd_assert"
    if value < 0x4000:
        return f"application fault 0x{value:X}", "app_error"
    return f"SDK fault 0x{value:X}", "sdk_error"
