"""nRF5 chip families: flash size, page size, settings and MBR params page addresses.

Source: ../shared/reference/nrf5-sdk.md §2.1 (``BOOTLOADER_SETTINGS_ADDRESS`` /
``NRF_MBR_PARAMS_PAGE_ADDRESS`` in ``nrf_dfu_types.h``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Chip:
    name: str
    flash_size: int
    page_size: int
    ram_size: int
    settings_address: int
    mbr_params_address: int | None  # also the settings backup page (nRF52, SDK 15.2+)
    core: str  # "cortex-m0" (ARMv6-M) or "cortex-m4" (ARMv7E-M)

    @property
    def family(self) -> str:
        return "nrf51" if self.name.startswith("nrf51") else "nrf52"


CHIPS: dict[str, Chip] = {
    c.name: c
    for c in (
        Chip("nrf51", 0x40000, 0x400, 0x8000, 0x3FC00, None, "cortex-m0"),
        Chip("nrf52810", 0x30000, 0x1000, 0x6000, 0x2F000, 0x2E000, "cortex-m4"),
        Chip("nrf52811", 0x30000, 0x1000, 0x6000, 0x2F000, 0x2E000, "cortex-m4"),
        Chip("nrf52820", 0x40000, 0x1000, 0x8000, 0x3F000, 0x3E000, "cortex-m4"),
        Chip("nrf52832", 0x80000, 0x1000, 0x10000, 0x7F000, 0x7E000, "cortex-m4"),
        Chip("nrf52833", 0x80000, 0x1000, 0x20000, 0x7F000, 0x7E000, "cortex-m4"),
        Chip("nrf52840", 0x100000, 0x1000, 0x40000, 0xFF000, 0xFE000, "cortex-m4"),
    )
}

FAMILY_ALIASES = {"nrf52": "nrf52832", "nrf52qfab": "nrf52820", "nrf52810": "nrf52810"}


def chip(name: str) -> Chip:
    key = name.lower().replace("_", "").replace("-", "")
    key = FAMILY_ALIASES.get(key, key)
    if key not in CHIPS:
        raise KeyError(f"unknown chip family {name!r}; known: {', '.join(sorted(CHIPS))}")
    return CHIPS[key]


def settings_address_for_size(size: int, name: str = "") -> int:
    """Guess a lone settings page's address from its size (and a family named in its file name)."""
    lname = name.lower()
    for key in sorted(CHIPS, key=len, reverse=True):
        if key in lname:
            return CHIPS[key].settings_address
    if size <= 0x400:
        return CHIPS["nrf51"].settings_address
    return CHIPS["nrf52832"].settings_address
