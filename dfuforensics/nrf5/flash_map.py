"""The flash map: which region of an nRF5 device's flash holds what.

Regions come from what the bytes say (MBR vector table, SoftDevice info structure, settings page,
vector tables, FDS page tags) and from the SDK's layout rules (../shared/reference/nrf5-sdk.md
§2.2: ``bank0_start = page_align(SD_SIZE)`` or ``MBR_SIZE``, the app-data area of
``NRF_DFU_APP_DATA_AREA_SIZE`` just below the bootloader, ``bank1_start =
page_align(bank0_start + bank_0.image_size)``).  Whatever the known bytes of a gap hold is
classified page by page as erased ("free") or not ("data").
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass

from ..memory import MemoryView
from ..model import Location

#: nRF5 SDK ``fds_internal_defs.h``: every FDS virtual page starts with these two words.
FDS_PAGE_TAG_MAGIC = 0xDEADC0DE
FDS_PAGE_TAG_DATA = 0xF11E01FF
FDS_PAGE_TAG_SWAP = 0xF11E01FE
#: ``NRF_DFU_APP_DATA_AREA_SIZE`` default: ``CODE_PAGE_SIZE * 3`` (§2.2).
DEFAULT_APP_DATA_PAGES = 3


def page_align(addr: int, page: int) -> int:
    """Round up to the next page boundary (``ALIGN_TO_PAGE`` in nrf_dfu_utils.c)."""
    return (addr + page - 1) // page * page


@dataclass(slots=True)
class Region:
    """One stretch of flash with a name from the contract's list; ``location``: where it was read."""

    name: str
    start: int
    end: int
    detail: str
    location: Location | None = None

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"name": self.name, "start": self.start, "end": self.end, "detail": self.detail}
        if self.location is not None:  # provenance: the input and byte offset the region was read from
            out["read_from"] = self.location.describe()
        return out


@dataclass(frozen=True, slots=True)
class FdsPage:
    address: int
    kind: str  # "data" | "swap"
    location: Location | None


def find_fds_pages(memory: MemoryView, start: int, end: int, page_size: int) -> list[FdsPage]:
    """Every page in [start, end) whose first two words are an FDS page tag."""
    pages: list[FdsPage] = []
    for a, b in memory.spans_in(start, end):
        addr = page_align(a, page_size)
        while addr + 8 <= b:
            head = memory.read(addr, 8)
            if head is not None:
                magic, kind = struct.unpack("<II", head)
                if magic == FDS_PAGE_TAG_MAGIC and kind in (FDS_PAGE_TAG_DATA, FDS_PAGE_TAG_SWAP):
                    pages.append(FdsPage(addr, "data" if kind == FDS_PAGE_TAG_DATA else "swap",
                                         memory.source_of(addr)))
            addr += page_size
    return pages


def classify_pages(memory: MemoryView, start: int, end: int, page_size: int) -> list[tuple[int, int, bool]]:
    """The known bytes of [start, end) as runs ``(start, end, erased)``, page by page.

    A page counts as erased only when every known byte of it is 0xFF; runs of the same kind merge.
    """
    runs: list[tuple[int, int, bool]] = []
    for a, b in memory.spans_in(start, end):
        pos = a
        while pos < b:
            nxt = min(b, (pos // page_size + 1) * page_size)
            chunk = memory.read(pos, nxt - pos) or b""
            erased = chunk.count(0xFF) == len(chunk)
            if runs and runs[-1][1] == pos and runs[-1][2] == erased:
                runs[-1] = (runs[-1][0], nxt, erased)
            else:
                runs.append((pos, nxt, erased))
            pos = nxt
    return runs


def assemble(memory: MemoryView, claimed: Iterable[Region], flash_end: int, page_size: int) -> list[Region]:
    """Claimed regions plus the known, unclaimed flash between them, in address order.

    Claimed regions are trusted as given (they come from structures in the bytes); where two
    overlap, the one starting first is cut short so the map never lists a byte twice.  Unknown
    (not given) addresses are left out: the map shows what the evidence shows.
    """
    regions = sorted(claimed, key=lambda r: (r.start, r.end, r.name))
    out: list[Region] = []
    cursor = 0
    for r in regions:
        if r.end <= r.start:
            continue
        if out and r.start < out[-1].end:
            prev = out[-1]
            if prev.start < r.start:
                out[-1] = Region(prev.name, prev.start, r.start, prev.detail, prev.location)
            else:
                continue  # same start: the earlier (by name order) keeps it
        if cursor < r.start:
            out.extend(_fill(memory, cursor, r.start, page_size))
        out.append(r)
        cursor = max(cursor, r.end)
    if cursor < flash_end:
        out.extend(_fill(memory, cursor, flash_end, page_size))
    out.sort(key=lambda r: (r.start, r.end))
    return out


def _fill(memory: MemoryView, start: int, end: int, page_size: int) -> list[Region]:
    out = []
    for a, b, erased in classify_pages(memory, start, end, page_size):
        if erased:
            out.append(Region("free", a, b, "erased (all 0xFF)", memory.source_of(a)))
        else:
            out.append(Region("data", a, b, "not erased; not claimed by any structure found",
                              memory.source_of(a)))
    return out
