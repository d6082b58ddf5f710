"""What the capture needs from a probe, whatever it is (a GDB server, a J-Link through pylink).

A backend only reads: memory, core registers, whether the core is halted, and (if it can) the
target's memory map.  It may halt the core, and only when the capture has said so on stderr first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from ..errors import DfuForensicsError


class ProbeUnavailable(DfuForensicsError):
    """No probe to talk to: library missing, probe unplugged, server not listening, target not found."""


class ProbeLost(DfuForensicsError):
    """The probe or link went away mid-capture: nothing more can be read."""


class ReadFailed(DfuForensicsError):
    """One read failed (the target refused the address); the rest of the capture goes on."""

    def __init__(self, message: str, address: int, partial: bytes = b"", reason: str = "") -> None:
        super().__init__(message)
        self.address = address
        self.partial = partial
        #: Short, address-free cause ("E14", "J-Link read error -1") so refusals in a row merge.
        self.reason = reason or message


@dataclass(frozen=True, slots=True)
class MapRegion:
    """One region of a memory map a probe reported (``qXfer:memory-map:read``)."""

    kind: str  # "flash", "ram", "rom"
    start: int
    length: int


class Probe(Protocol):
    kind: str  # "gdb" or "jlink"

    def info(self) -> dict[str, Any]: ...

    def allow_halt(self) -> None: ...

    def is_halted(self) -> bool | None: ...

    def halt(self) -> bool: ...

    def read_memory(self, address: int, length: int,
                    progress: Callable[[int], None] | None = None) -> bytes: ...

    def read_core_registers(self) -> dict[str, int]: ...

    def memory_map(self) -> list[MapRegion] | None: ...

    def close(self) -> None: ...


#: Core and system register names the crash room's fault-text parser reads from a gdb-style dump,
#: in the order gdb's ``info registers`` prints them.
REGISTER_ORDER = ("r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12",
                  "sp", "lr", "pc", "xpsr", "msp", "psp", "primask", "basepri", "faultmask", "control",
                  "fpscr")

_ALIASES = {"r13": "sp", "r14": "lr", "r15": "pc", "cpsr": "xpsr", "psr": "xpsr"}


def register_name(name: str) -> str | None:
    """A probe's register name in gdb's spelling (``R13 (SP)`` -> ``sp``, ``xPSR`` -> ``xpsr``), or None."""
    key = name.strip().lower()
    if "(" in key:  # J-Link: "R13 (SP)", "R15 (PC)"
        inner = key[key.index("(") + 1:key.rindex(")")] if ")" in key else ""
        key = inner.strip() if inner.strip() in REGISTER_ORDER else key.split("(")[0].strip()
    key = _ALIASES.get(key, key)
    return key if key in REGISTER_ORDER else None
