"""Write the flash-dump fixtures of the built-in rules in ``rules/builtin/mcuboot_layout/fixtures``.

Run from the project root: ``.venv/bin/python tests/partitions/make_fixtures.py``.  The layouts are real
build outputs (``SOURCES.md`` there); the images are signed here by imgtool (test keys) and placed at the
addresses those layouts give, as partial dumps (Intel HEX of the non-erased 2 KiB chunks and each slot's
last chunk).  ECDSA signatures differ between runs; what the rules see does not.
"""

from __future__ import annotations

from pathlib import Path

from dumps import payload, sign, sparse_hex

OUT = Path(__file__).resolve().parents[2] / "dfuforensics" / "rules" / "builtin" / "mcuboot_layout" / "fixtures"

# nRF52 DK (nRF52832) NCS build, build/partitions.yml: mcuboot_primary 0xC000 (0x39000), mcuboot_pad 0x200,
# mcuboot_secondary 0x45000 (0x39000).  Its own build/zephyr/zephyr.dts says image-1 is 0x37000 bytes.
NRF52_PRIMARY, NRF52_SECONDARY, NRF52_SLOT, NRF52_PAD, NRF52_DTS_SLOT = 0xC000, 0x45000, 0x39000, 0x200, 0x37000
# Thingy:53 (nRF5340) NCS build: mcuboot_primary 0x10000 (0xE0000), mcuboot_secondary on MX25R64 at 0x0
# (0xE0000), QSPI XIP window 0x10000000 (zephyr.dts qspi_mm); its zephyr.dts says image-1 is 0x40000.
T53_PRIMARY, T53_SLOT, T53_XIP, T53_DTS_SLOT = 0x10000, 0xE0000, 0x10000000, 0x40000


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = payload(NRF52_PRIMARY + NRF52_PAD, NRF52_PAD)
    running = sign(app, NRF52_PAD, "1.0.0+0", NRF52_SLOT, "--confirm", "--pad")
    update = sign(app, NRF52_PAD, "2.0.0+0", NRF52_SLOT, "--pad")
    sparse_hex(OUT / "nrf52dk_flash_update_pending.hex",
               [(NRF52_PRIMARY, running, NRF52_SLOT), (NRF52_SECONDARY, update, NRF52_SLOT)])
    # signed with -H 0x400 while the application was linked behind a 0x200-byte mcuboot_pad
    mislinked = sign(b"\0" * 0x400 + app[NRF52_PAD:], 0x400, "2.0.0+0", NRF52_SLOT, "--pad")
    sparse_hex(OUT / "nrf52dk_flash_header_0x400.hex",
               [(NRF52_PRIMARY, running, NRF52_SLOT), (NRF52_SECONDARY, mislinked, NRF52_SLOT)])
    # padded for the devicetree's slot size, not the Partition Manager's
    dts_padded = sign(app, NRF52_PAD, "2.0.0+0", NRF52_DTS_SLOT, "--pad")
    sparse_hex(OUT / "nrf52dk_flash_padded_for_dts_slot.hex",
               [(NRF52_PRIMARY, running, NRF52_SLOT), (NRF52_SECONDARY, dts_padded, NRF52_SLOT)])
    # a direct-XIP image built for the primary slot's offset, uploaded to the secondary
    rom_fixed = sign(app, NRF52_PAD, "2.0.0+0", NRF52_SLOT, "--rom-fixed", hex(NRF52_PRIMARY))
    sparse_hex(OUT / "nrf52dk_flash_rom_fixed_primary_in_secondary.hex",
               [(NRF52_PRIMARY, running, NRF52_SLOT), (NRF52_SECONDARY, rom_fixed, NRF52_SLOT)])
    # an image 0x39000 bytes long: signed for a 0x40000-byte slot, larger than the partition
    big = sign(payload(NRF52_PRIMARY + NRF52_PAD, NRF52_PAD, NRF52_SLOT), NRF52_PAD, "2.0.0+0", 0x40000)
    sparse_hex(OUT / "nrf52dk_flash_image_larger_than_slot.hex",
               [(NRF52_PRIMARY, running, NRF52_SLOT), (NRF52_SECONDARY, big[:0x800], NRF52_SLOT)])

    t53_app = payload(T53_PRIMARY + 0x200, 0x200)
    t53_running = sign(t53_app, 0x200, "1.0.0+0", T53_SLOT, "--confirm", "--pad")
    sparse_hex(OUT / "thingy53_internal_flash.hex", [(T53_PRIMARY, t53_running, T53_SLOT)])
    sparse_hex(OUT / "thingy53_qspi_update_pending.hex",
               [(T53_XIP, sign(t53_app, 0x200, "2.0.0+0", T53_SLOT, "--pad"), T53_SLOT)])
    sparse_hex(OUT / "thingy53_qspi_padded_for_dts_slot.hex",
               [(T53_XIP, sign(t53_app, 0x200, "2.0.0+0", T53_DTS_SLOT, "--pad"), T53_SLOT)])


if __name__ == "__main__":
    main()
