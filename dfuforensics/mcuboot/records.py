"""Records the MCUboot parsers hand to the analysis."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import NOT_PRESENT, Absent


@dataclass(slots=True)
class SlotDump:
    """The bytes of one MCUboot slot read from a file of its own (a slot dump or an imgtool output).

    ``role`` is what the file name says (``primary``/``secondary``) or Absent; ``address`` is the
    load address the user gave (``FILE@0xADDR``) when any.
    """

    input: str
    data: bytes
    role: str | Absent = NOT_PRESENT
    address: int | Absent = NOT_PRESENT
