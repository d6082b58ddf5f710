"""The MBR page and the SoftDevice information structure, read from device memory.

Facts from ../shared/reference/nrf5-sdk.md §2.2 (``MBR_SIZE``, ``MBR_BOOTLOADER_ADDR`` 0xFF8,
``MBR_PARAM_PAGE_ADDR`` 0xFFC, UICR ``NRFFW[0]``/``NRFFW[1]``) and §2.3 (``nrf_sdm.h``: the info
structure at SoftDevice start + ``SOFTDEVICE_INFO_STRUCT_OFFSET``, ``SD_MAGIC_NUMBER``,
``SD_SIZE_GET``, ``SD_FWID_GET``, ``SD_ID_GET``, ``SD_VERSION_GET``).  The bootloader decides
"SoftDevice present" by the magic word alone (``SD_PRESENT``); we do the same and then read the
fields the structure's own size says it holds.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from ..memory import MemoryView
from ..model import NOT_PRESENT, Absent, Location
from .dfu_codes import SOFTDEVICE_FWIDS, softdevice_name
from .vector_table import VectorTable, read_vector_table

MBR_SIZE = 0x1000
MBR_BOOTLOADER_ADDR = 0xFF8
MBR_PARAM_PAGE_ADDR = 0xFFC
UICR_NRFFW0 = 0x10001014  # bootloader start (MBR_UICR_BOOTLOADER_ADDR)
UICR_NRFFW1 = 0x10001018  # MBR params page (MBR_UICR_PARAM_PAGE_ADDR)

SOFTDEVICE_START = MBR_SIZE
SOFTDEVICE_INFO_STRUCT_OFFSET = 0x2000
SD_MAGIC_NUMBER = 0x51B1E5DB
#: Field offsets inside the info structure (``SD_*_OFFSET`` in nrf_sdm.h).
SD_SIZE_OFFSET, SD_FWID_OFFSET, SD_ID_OFFSET, SD_VERSION_OFFSET, SD_UNIQUE_STR_OFFSET = 0x08, 0x0C, 0x10, 0x14, 0x18
SD_UNIQUE_STR_SIZE = 20


@dataclass(frozen=True, slots=True)
class SoftDeviceInfo:
    """``SD_INFO`` fields, each Absent when the structure is too short to hold it."""

    address: int  # of the info structure
    info_size: int
    magic: int
    size: int  # SD_SIZE: first address after the SoftDevice (the MBR included)
    fwid: int
    sd_id: int | Absent
    version_raw: int | Absent
    unique_str: bytes | Absent
    location: Location | None

    @property
    def name(self) -> str:
        return softdevice_name(self.fwid)

    @property
    def known_fwid(self) -> bool:
        return self.fwid in SOFTDEVICE_FWIDS

    @property
    def version(self) -> str | Absent:
        """``M.m.b`` from ``SD_VERSION_GET`` (M*1000000 + m*1000 + b); Absent for old SDs."""
        if isinstance(self.version_raw, Absent):
            return self.version_raw
        v = self.version_raw
        return f"{v // 1000000}.{v // 1000 % 1000}.{v % 1000}"

    def section(self) -> dict[str, object]:
        """The contract's ``softdevice`` report section."""
        return {"fwid": self.fwid, "name": self.name, "version": self.version, "size": self.size}


def read_softdevice_info(memory: MemoryView, sd_start: int = SOFTDEVICE_START) -> SoftDeviceInfo | Absent | None:
    """The info structure of the SoftDevice at ``sd_start``.

    None: those bytes were not given (we cannot tell).  ``NOT_PRESENT``: the bytes are there and
    hold no SoftDevice magic (no SoftDevice installed, or invalidated by a serial bootloader that
    zeroes the magic word before an SD update).
    """
    base = sd_start + SOFTDEVICE_INFO_STRUCT_OFFSET
    head = memory.read(base, 8)
    if head is None:
        return None
    info_size = head[0]
    magic = struct.unpack_from("<I", head, 4)[0]
    if magic != SD_MAGIC_NUMBER:
        return NOT_PRESENT
    size = memory.read_u32(base + SD_SIZE_OFFSET)
    fwid = memory.read_u16(base + SD_FWID_OFFSET)
    if size is None or fwid is None:
        return None

    def field(off: int, n: int) -> bytes | Absent:
        if info_size <= off:
            return NOT_PRESENT
        raw = memory.read(base + off, n)
        return NOT_PRESENT if raw is None else raw

    sd_id = field(SD_ID_OFFSET, 4)
    version = field(SD_VERSION_OFFSET, 4)
    unique = field(SD_UNIQUE_STR_OFFSET, SD_UNIQUE_STR_SIZE)
    return SoftDeviceInfo(
        address=base, info_size=info_size, magic=magic, size=size, fwid=fwid,
        sd_id=sd_id if isinstance(sd_id, Absent) else struct.unpack("<I", sd_id)[0],
        version_raw=version if isinstance(version, Absent) else struct.unpack("<I", version)[0],
        unique_str=unique, location=memory.source_of(base),
    )


@dataclass(frozen=True, slots=True)
class MbrPage:
    """The first flash page: the MBR's vector table and the two address words the SDK keeps there."""

    vector_table: VectorTable | None
    bootloader_addr: int | None  # word at MBR_BOOTLOADER_ADDR (None: not given)
    param_page_addr: int | None
    looks_like_mbr: bool
    erased: bool
    location: Location | None
    #: the vector table alone fits an MBR (code inside page 0)
    vector_in_page: bool = False
    #: 0xFF8/0xFFC are erased or addresses
    address_words_ok: bool = False


def read_mbr(memory: MemoryView) -> MbrPage | None:
    """Page 0 as the MBR, or None when it was not given.

    "Looks like an MBR": a vector table whose stack is in RAM and whose Reset handler is a Thumb
    address inside the MBR's own page (every Nordic MBR keeps its code below ``MBR_SIZE``), and
    address words at 0xFF8/0xFFC that are erased or addresses.
    """
    vt = read_vector_table(memory, 0)
    bl = memory.read_u32(MBR_BOOTLOADER_ADDR)
    pp = memory.read_u32(MBR_PARAM_PAGE_ADDR)
    if vt is None and bl is None:
        return None
    erased = vt is not None and vt.erased
    in_page = (vt is not None and not erased and 0x20000000 < vt.initial_sp <= 0x20040000
               and vt.reset & 1 == 1 and (vt.reset & ~1) < MBR_SIZE)
    words_ok = _address_word(bl) and _address_word(pp)
    return MbrPage(vt, bl, pp, in_page and words_ok, erased,
                   memory.source_of(0) or memory.source_of(MBR_BOOTLOADER_ADDR), in_page, words_ok)


def _address_word(word: int | None) -> bool:
    """0xFF8/0xFFC of an MBR page: erased, or a 1 KiB-aligned flash address (code there would be
    neither, so a small image linked at 0 is not taken for an MBR)."""
    return word is None or word == 0xFFFFFFFF or (MBR_SIZE <= word < 0x100000 and word % 0x400 == 0)
