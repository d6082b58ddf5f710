"""nRF5 POWER registers read from the unit: why it last reset, and what the retained flags ask for.

``dfuforensics capture`` reads RESETREAS (0x40000400) and GPREGRET/GPREGRET2 (0x4000051C/0x40000520)
into ``registers.txt``; a pasted ``nrfjprog --memrd`` or gdb ``x/wx`` of them lands in the memory view
the same way.  Both survive a soft reset, so a unit brought to the bench still says how it went down
and whether something asked its bootloader for DFU mode.

Facts (``power``), each Absent when its register is not in the evidence:

* ``resetreas`` (int) and ``reset_sources`` (the latched ``RESETREAS`` field names: ``RESETPIN``, ``DOG``,
  ``SREQ``, ``LOCKUP``, ``OFF``, ``LPCOMP``, ``DIF``, ``NFC``, ``VBUS``); ``power_on_reset``: true when none
  is latched -- the register clears on power-on and brown-out reset (nRF52 PS, POWER: RESETREAS), or
  software cleared it.
* ``gpregret``, ``gpregret2`` (int); ``dfu_requested``: GPREGRET is ``BOOTLOADER_DFU_START`` (0xB1);
  ``gpregret_stray_dfu_bits``: GPREGRET has bits the SDK 15.0–17.0.2 bootloaders read as "enter DFU"
  (``(g & 0xB1) != 0``) but is not 0xB1, which those bootloaders do not clear (reference nrf5-sdk.md §8.3).
"""

from __future__ import annotations

from ..case import Case
from ..model import NOT_PRESENT

RESETREAS = 0x40000400
GPREGRET = 0x4000051C
GPREGRET2 = 0x40000520
#: RESETREAS bit -> field name (nRF52832/52840 PS; nRF51 has bits 0-3 and 16-18 with the same names)
RESET_SOURCES = ((0, "RESETPIN"), (1, "DOG"), (2, "SREQ"), (3, "LOCKUP"), (16, "OFF"), (17, "LPCOMP"),
                 (18, "DIF"), (19, "NFC"), (20, "VBUS"))
BOOTLOADER_DFU_START = 0xB1
#: Bits of GPREGRET the 15.0–17.0.2 enter test looks at: ``(GPREGRET & 0xB1) != 0``
LOOSE_ENTER_MASK = 0xB1


def analyze(case: Case) -> None:
    memory = case.memory
    if not memory:
        return
    reset, gp, gp2 = memory.read_u32(RESETREAS), memory.read_u32(GPREGRET), memory.read_u32(GPREGRET2)
    if reset is None and gp is None and gp2 is None:
        return
    facts = case.facts.setdefault("power", {})
    where = case.facts.setdefault("_where", {})
    if reset is None:
        facts.update(resetreas=NOT_PRESENT, reset_sources=NOT_PRESENT, power_on_reset=NOT_PRESENT)
    else:
        facts["resetreas"] = reset
        facts["reset_sources"] = [name for bit, name in RESET_SOURCES if reset >> bit & 1]
        facts["power_on_reset"] = reset == 0
        loc = memory.source_of(RESETREAS)
        if loc is not None:
            for k in ("resetreas", "reset_sources", "power_on_reset"):
                where[f"power.{k}"] = loc
    if gp is None:
        facts.update(gpregret=NOT_PRESENT, dfu_requested=NOT_PRESENT, gpregret_stray_dfu_bits=NOT_PRESENT)
    else:
        g = gp & 0xFF  # the register holds 8 bits; a word read returns them in the low byte
        facts["gpregret"] = g
        facts["dfu_requested"] = g == BOOTLOADER_DFU_START
        facts["gpregret_stray_dfu_bits"] = bool(g & LOOSE_ENTER_MASK) and g != BOOTLOADER_DFU_START
        loc = memory.source_of(GPREGRET)
        if loc is not None:
            for k in ("gpregret", "dfu_requested", "gpregret_stray_dfu_bits"):
                where[f"power.{k}"] = loc
    facts["gpregret2"] = NOT_PRESENT if gp2 is None else gp2 & 0xFF
