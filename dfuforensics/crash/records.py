"""Typed records the fault-text parser yields besides ``fault`` events."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Location


@dataclass(slots=True)
class RegisterSnapshot:
    """Core registers as a debugger or a dump showed them.

    ``stacked`` says whether the values are an exception frame (r0-r3, r12, lr, pc, xpsr as pushed on
    fault entry: pc is the faulting instruction) or the live CPU registers (inside the fault handler:
    lr holds EXC_RETURN and sp points at the frame).  Names are lower case: ``r0``..``r12``, ``sp``,
    ``lr``, ``pc``, ``xpsr``, ``msp``, ``psp``, ``control``, and SCB registers ``cfsr``, ``hfsr``,
    ``dfsr``, ``mmfar``, ``bfar`` when the dump carried them.
    """

    registers: dict[str, int]
    origin: str  # "gdb", "jlink", "frame-words"
    location: Location
    stacked: bool = False
    notes: list[str] = field(default_factory=list)
