"""Which nRF5 chip is on the probe, from its FICR (factory information configuration registers).

Why: the capture reads "all of flash and RAM", and only the chip knows how much that is.  The flash
size is ``CODEPAGESIZE x CODESIZE`` on every nRF5; nRF52 adds ``INFO.PART``/``INFO.VARIANT`` and the
RAM size (``INFO.RAM``, KiB); nRF51 has no INFO block, only ``NUMRAMBLOCK x SIZERAMBLOCKS`` and
``CONFIGID.HWID``.  Offsets: nRF51/nRF52 MDK ``NRF_FICR_Type``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any

from ..nrf5.chips import CHIPS, Chip

FICR_BASE = 0x10000000
#: Bytes of FICR read for identification and kept in the bundle (nRF51's FICR is 0x100 bytes long).
FICR_LENGTH_NRF51 = 0x100
FICR_LENGTH_NRF52 = 0x400

CODEPAGESIZE = 0x010
CODESIZE = 0x014
NUMRAMBLOCK = 0x034  # nRF51
SIZERAMBLOCKS = 0x038  # nRF51
CONFIGID = 0x05C  # nRF51: HWID in bits 15..0
DEVICEID = 0x060
INFO_PART = 0x100  # nRF52
INFO_VARIANT = 0x104
INFO_PACKAGE = 0x108
INFO_RAM = 0x10C
INFO_FLASH = 0x110

_UNSET = 0xFFFFFFFF


@dataclass
class Identity:
    """What the FICR says (or why it says nothing)."""

    readable: bool
    family: str | None = None  # "nrf51" / "nrf52"
    part: str | None = None  # "nrf52840"
    variant: str | None = None  # "AAD0"
    flash_size: int | None = None
    page_size: int | None = None
    ram_size: int | None = None
    device_id: str | None = None
    hwid: int | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def chip(self) -> Chip | None:
        if self.part and self.part in CHIPS:
            return CHIPS[self.part]
        if self.family == "nrf51":
            return CHIPS["nrf51"]
        return None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"ficr_readable": self.readable}
        for key in ("family", "part", "variant", "device_id", "hwid", "flash_size", "page_size", "ram_size"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.notes:
            out["notes"] = list(self.notes)
        return out


def _word(data: bytes, offset: int) -> int | None:
    if offset + 4 > len(data):
        return None
    return struct.unpack_from("<I", data, offset)[0]


def identify(data: bytes) -> Identity:
    """Decode FICR bytes read from 0x10000000 (at least the first 0x100; 0x114 for nRF52's INFO)."""
    page, pages = _word(data, CODEPAGESIZE), _word(data, CODESIZE)
    if page is None or pages is None:
        return Identity(False, notes=["FICR read too short to identify the chip"])
    if page not in (0x400, 0x1000) or not 0 < pages <= 0x400:
        return Identity(False, notes=[f"FICR does not look like an nRF5's (CODEPAGESIZE 0x{page:X}, CODESIZE "
                                      f"0x{pages:X}): not an nRF5, or FICR not readable through this probe"])
    ident = Identity(True, page_size=page, flash_size=page * pages)
    lo, hi = _word(data, DEVICEID), _word(data, DEVICEID + 4)
    if lo is not None and hi is not None:
        ident.device_id = f"{hi:08X}{lo:08X}"
    part = _word(data, INFO_PART)
    if page == 0x400:
        ident.family = "nrf51"
        cfg = _word(data, CONFIGID)
        if cfg is not None and cfg != _UNSET:
            ident.hwid = cfg & 0xFFFF
        blocks, size = _word(data, NUMRAMBLOCK), _word(data, SIZERAMBLOCKS)
        if blocks and size and blocks != _UNSET and size != _UNSET and 0 < blocks <= 8 and size <= 0x10000:
            ident.ram_size = blocks * size
        else:
            ident.notes.append("nRF51 FICR: NUMRAMBLOCK/SIZERAMBLOCKS unprogrammed; RAM size not known from FICR")
        ident.notes.append("nRF51 FICR has no INFO.PART/INFO.VARIANT: the part is identified by family only "
                           "(CONFIGID.HWID names the variant)")
        return ident
    ident.family = "nrf52"
    if part is None or part == _UNSET:
        ident.notes.append("INFO.PART unprogrammed or not read: nRF52 family by page size only")
    else:
        ident.part = f"nrf{part:x}"
        if ident.part not in CHIPS:
            ident.notes.append(f"INFO.PART 0x{part:X} is not a chip dfuforensics knows")
    variant = _word(data, INFO_VARIANT)
    if variant is not None and variant != _UNSET:
        raw = variant.to_bytes(4, "big")
        if all(0x20 <= b < 0x7F for b in raw):
            ident.variant = raw.decode("ascii")
    ram_kib = _word(data, INFO_RAM)
    if ram_kib is not None and ram_kib != _UNSET and 0 < ram_kib <= 0x400:
        ident.ram_size = ram_kib * 1024
    flash_kib = _word(data, INFO_FLASH)
    if flash_kib is not None and flash_kib != _UNSET and flash_kib * 1024 != ident.flash_size:
        ident.notes.append(f"INFO.FLASH says {flash_kib} KiB but CODEPAGESIZE x CODESIZE says "
                           f"{ident.flash_size // 1024} KiB; using CODEPAGESIZE x CODESIZE")
    return ident
