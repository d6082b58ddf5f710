"""Cortex-M vector tables: where an image believes it lives.

The first words of every image the MBR, bootloader or application jumps to are its vector table
(ARMv7-M ARM B1.5.3 / ARMv6-M B1.5.2): the initial main stack pointer, then the exception
handlers.  A handler address is the image's own idea of where its code is, so a table whose Reset
handler points outside the region the image sits in tells us the image was linked for another
address (a "blank" build linked at 0x0 placed after a SoftDevice, for example).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from ..memory import MemoryView
from ..model import Location

RAM_BASE = 0x20000000
ERASED_WORD = 0xFFFFFFFF

#: Exception numbers 0..15 with the names the ARM architecture manual gives them (0 is the stack).
VECTOR_NAMES = ("initial_sp", "Reset", "NMI", "HardFault", "MemManage", "BusFault", "UsageFault",
                None, None, None, None, "SVCall", "DebugMonitor", None, "PendSV", "SysTick")
#: Handlers we check (those an image always installs; reserved and optional ones may be 0).
CHECKED_HANDLERS = ("Reset", "NMI", "HardFault", "SVCall", "PendSV", "SysTick")
VECTOR_TABLE_BYTES = 16 * 4


@dataclass(frozen=True, slots=True)
class VectorTable:
    """The 16 architectural entries at ``address`` (decoded eagerly: 64 bytes)."""

    address: int
    words: tuple[int, ...]
    location: Location | None

    @property
    def initial_sp(self) -> int:
        return self.words[0]

    @property
    def reset(self) -> int:
        return self.words[1]

    def handler(self, name: str) -> int:
        return self.words[VECTOR_NAMES.index(name)]

    @property
    def erased(self) -> bool:
        return self.words[0] == ERASED_WORD and self.words[1] == ERASED_WORD

    def to_json(self) -> dict[str, int]:
        return {name: self.words[i] for i, name in enumerate(VECTOR_NAMES) if name}


def read_vector_table(memory: MemoryView, address: int) -> VectorTable | None:
    """The vector table at ``address``, or None when those 64 bytes were not given."""
    raw = memory.read(address, VECTOR_TABLE_BYTES)
    if raw is None:
        return None
    return VectorTable(address, struct.unpack("<16I", raw), memory.source_of(address))


@dataclass(frozen=True, slots=True)
class VectorCheck:
    """The verdict on one table against the region it should describe; ``problems`` say why not."""

    ok: bool
    problems: tuple[str, ...]
    #: the Reset handler points below the region: the image was linked for a lower address (a
    #: "blank" build linked at 0x0, or one built without the SoftDevice offset)
    linked_below: bool
    #: handler slots that disagree with a table whose SP, Reset and most other handlers fit the region:
    #: a stray word (a patched or hand-written table), not a wrong link address
    stray: tuple[str, ...] = ()


def check_vector_table(vt: VectorTable, region_start: int, region_end: int, ram_end: int) -> VectorCheck:
    """Does ``vt`` describe code in [region_start, region_end) running with its stack in RAM?

    Handlers must be Thumb addresses (bit 0 set: Cortex-M has no ARM state, a clear bit faults
    with INVSTATE on the first exception) inside the region.  The initial SP must be a word-aligned
    address in (RAM_BASE, ram_end]: the stack grows down from its top, so the end itself is valid.
    """
    if vt.erased:
        return VectorCheck(False, ("the vector table is erased (0xFFFFFFFF): no image here",), None)
    core: list[str] = []  # the initial SP and Reset: what decides where the image was linked
    sp = vt.initial_sp
    if not (RAM_BASE < sp <= ram_end) or sp % 4:
        core.append(f"initial SP 0x{sp:08X} is not a word-aligned RAM address "
                    f"(0x{RAM_BASE:08X}-0x{ram_end:08X})")
    linked_below = False
    others: list[str] = []
    installed = 0
    for name in CHECKED_HANDLERS:
        addr = vt.handler(name)
        if name != "Reset" and addr == 0:
            continue  # an unused optional handler left 0 is harmless until it fires
        installed += name != "Reset"
        found = core if name == "Reset" else others
        if not addr & 1:
            found.append(f"{name} handler 0x{addr:08X} has the Thumb bit clear")
        target = addr & ~1
        if not (region_start <= target < region_end):
            found.append(f"{name} handler 0x{addr:08X} is outside the image region "
                         f"0x{region_start:08X}-0x{region_end:08X}")
            if name == "Reset" and target < region_start:
                linked_below = True
    # SP and Reset fit and most other handlers agree: the odd slots are strays, the link address is right
    if not core and others and 2 * len(others) < installed:
        return VectorCheck(True, (), False, tuple(others))
    problems = core + others
    return VectorCheck(not problems, tuple(problems), linked_below)
