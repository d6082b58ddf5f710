#!/usr/bin/env python3
"""Build the sample units in samples/: whole-flash images of nRF52 devices, made by our own code.

Nothing here is vendor firmware.  Each region carries the structures the analysis reads (MBR-like
vector table and its 0xFF8/0xFFC words, a SoftDevice info structure, vector tables of an app and a
bootloader, FDS page tags, UICR NRFFW words, settings page + backup written with
``dfuforensics.nrf5.settings.encode_settings``); code areas are filled with a deterministic
pattern of Thumb instructions so that they are neither erased nor random noise.

Deterministic: running it again writes identical bytes (tests/nrf5_flash checks this).

    .venv/bin/python samples/make_samples.py [OUT_DIR]      (default: the folder of this script)
"""

from __future__ import annotations

import hashlib
import struct
import sys
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from dfuforensics.nrf5.init_packet import encode_init_packet
from dfuforensics.nrf5.settings import encode_settings

RAM = 0x20000000
UICR_BASE = 0x10001000
FICR_BASE = 0x10000000
PAGE = 0x1000
BANK_VALID_APP = 0x01
VALIDATE_GENERATED_CRC = 1


@dataclass(frozen=True)
class Unit:
    """One device's flash as a set of knobs; each seeded fault turns one knob."""

    name: str
    about: str
    flash_size: int = 0x80000
    ram_size: int = 0x10000
    sd_fwid: int = 0xB7  # s132_nrf52_6.1.1
    sd_version: int = 6001001
    sd_id: int = 132
    sd_size: int = 0x26000
    app_size: int = 0x9A30
    app_link_base: int | None = None  # None: linked at bank 0 (correct); 0: a "blank" build
    bl_start: int = 0x78000
    bl_size: int = 0x5800
    uicr_bootloader: bool = True
    mbr_words: bool = True  # SDK 16+ bootloaders write 0xFF8/0xFFC at run time
    fds_pages: int = 3  # FDS_VIRTUAL_PAGES, placed right below the bootloader
    app_version: int = 3
    pending_init: dict = field(default_factory=dict)  # init command left in the settings page
    progress: dict = field(default_factory=dict)
    bank1_written: int = 0  # bytes of the new image already in bank 1
    corrupt_app_page: bool = False  # bank 0 differs from what the settings' CRC says
    corrupt_settings_crc: bool = False  # main settings page CRC wrong, backup intact
    ficr_part: int | None = None
    sd_present: bool = True  # False: the SoftDevice was never programmed (its pages erased)
    app_over_mbr: bool = False  # a "blank" app (linked at 0) programmed at 0 after a full erase
    app_shift: int = 0  # the app linked and programmed this far above bank 0 (built for a bigger SoftDevice)
    boot_chain_erased: bool = False  # MBR, SoftDevice and bootloader read as erased, UICR not captured
    app_erased: bool = False  # bank 0 erased after the settings recorded a valid app there
    activation_copied: int | None = None  # a received app update being copied to bank 0: bytes copied
    stray_nmi: int | None = None  # a word written over the app's NMI vector slot

    @property
    def settings_addr(self) -> int:
        return self.flash_size - PAGE

    @property
    def params_addr(self) -> int:
        return self.flash_size - 2 * PAGE


def code(n: int, seed: str) -> bytes:
    """``n`` bytes of Thumb-looking code: push/mov/ldr/bl/pop patterns varied per 1 KiB block."""
    out = bytearray()
    block = 0
    while len(out) < n:
        h = hashlib.sha256(f"{seed}:{block}".encode()).digest()
        ops = [0xB510, 0x2000 | h[0], 0x4800 | h[1], 0xF000, 0xF800 | (h[2] & 0x7FF), 0x6800 | (h[3] & 0x3F),
               0x1C40 | (h[4] & 7), 0xBD10]
        chunk = struct.pack("<8H", *ops)
        out += chunk * 64  # 1 KiB
        block += 1
    return bytes(out[:n])


def vector_table(sp: int, base: int, code_offset: int = 0x200) -> bytes:
    """16 entries: SP, then Thumb handlers inside the image linked at ``base``; reserved ones 0."""
    words = [sp]
    for i in range(1, 16):
        words.append(0 if i in (7, 8, 9, 10, 13) else (base + code_offset + 8 * i) | 1)
    return struct.pack("<16I", *words)


def place(buf: bytearray, addr: int, data: bytes) -> None:
    buf[addr:addr + len(data)] = data


def mbr_page(u: Unit) -> bytes:
    page = bytearray(code(PAGE, "mbr"))
    place(page, 0, vector_table(RAM + 0x400, 0, 0x100))
    if u.mbr_words:
        place(page, 0xFF8, struct.pack("<II", u.bl_start, u.params_addr))
    else:
        place(page, 0xFF8, b"\xff" * 8)
    return bytes(page)


def softdevice(u: Unit) -> bytes:
    sd = bytearray(code(u.sd_size - PAGE, f"sd{u.sd_fwid}"))
    info = struct.pack("<B3xIIHHII", 0x2C, 0x51B1E5DB, u.sd_size, u.sd_fwid, 0xFFFF, u.sd_id, u.sd_version)
    info = info[:1] + b"\xff\xff\xff" + info[4:] + hashlib.sha1(f"sd{u.sd_fwid}".encode()).digest()
    place(sd, 0x2000, info)
    return bytes(sd)


def application(u: Unit, seed: str = "app") -> bytes:
    base = u.sd_size + u.app_shift if u.app_link_base is None else u.app_link_base
    app = bytearray(code(u.app_size, seed))
    place(app, 0, vector_table(RAM + u.ram_size, base, 0x200))
    if u.stray_nmi is not None and seed == "app":
        place(app, 8, struct.pack("<I", u.stray_nmi))
    return bytes(app)


def bootloader(u: Unit) -> bytes:
    bl = bytearray(code(u.bl_size, "bootloader"))
    place(bl, 0, vector_table(RAM + u.ram_size, u.bl_start, 0x200))
    return bytes(bl)


def fds_page(kind: int, index: int) -> bytes:
    """An FDS virtual page: the two tag words, then (data pages) a few records, rest erased."""
    page = bytearray(b"\xff" * PAGE)
    place(page, 0, struct.pack("<II", 0xDEADC0DE, kind))
    if kind == 0xF11E01FF:
        pos = 8
        for rec in range(3):
            payload = hashlib.sha256(f"fds{index}:{rec}".encode()).digest()[:12]
            # header: record key, length in words, file id, CRC16 (unused: 0xFFFF), record id
            place(page, pos, struct.pack("<HHHHI", 0x1000 + rec, len(payload) // 4, 0x0F00 + index, 0xFFFF,
                                         1 + index * 16 + rec) + payload)
            pos += 12 + len(payload)
    return bytes(page)


def build(u: Unit) -> dict[str, bytes]:
    flash = bytearray(b"\xff" * u.flash_size)
    place(flash, 0, mbr_page(u))
    if u.sd_present:
        place(flash, PAGE, softdevice(u))
    app = application(u)
    app_crc = zlib.crc32(app)
    place(flash, u.sd_size + u.app_shift, app)
    if u.app_over_mbr:
        place(flash, 0, b"\xff" * (u.sd_size + u.app_size))
        place(flash, 0, application(replace(u, app_link_base=0)))
    if u.corrupt_app_page:
        place(flash, u.sd_size + 0x3000, code(0x400, "stray-write"))
    place(flash, u.bl_start, bootloader(u))
    for i in range(u.fds_pages):
        addr = u.bl_start - (u.fds_pages - i) * PAGE
        kind = 0xF11E01FE if i == u.fds_pages - 1 else 0xF11E01FF
        place(flash, addr, fds_page(kind, i))
    if u.app_erased:
        place(flash, u.sd_size, b"\xff" * u.app_size)
    if u.boot_chain_erased:
        place(flash, 0, b"\xff" * u.sd_size)
        place(flash, u.bl_start, b"\xff" * u.bl_size)
    bank1 = (u.sd_size + u.app_shift + u.app_size + PAGE - 1) // PAGE * PAGE
    new_image = application(replace(u, app_size=0xB000), "new-app")
    if u.bank1_written:
        place(flash, bank1, new_image[:u.bank1_written])
    bank_0, bank_1, write_offset, boot_crc = (u.app_size, app_crc, BANK_VALID_APP), (0, 0, 0), 0, app_crc
    if u.activation_copied is not None:  # §8.5: postvalidate() then app_activate() stopped mid-copy
        place(flash, bank1, new_image)
        place(flash, u.sd_size, new_image[:u.activation_copied])
        bank_0 = (u.app_size, app_crc, 0)
        bank_1 = (len(new_image), zlib.crc32(new_image), BANK_VALID_APP)
        write_offset, boot_crc = u.activation_copied, zlib.crc32(new_image)
    init = encode_init_packet(**u.pending_init) if u.pending_init else b""
    progress = dict(u.progress)
    if u.activation_copied is not None:
        progress["update_start_address"] = bank1
    if u.bank1_written:
        done = new_image[:u.bank1_written]
        last = u.bank1_written - u.progress.get("data_object_size", PAGE)
        progress.update(firmware_image_offset=u.bank1_written, firmware_image_crc=zlib.crc32(done),
                        firmware_image_offset_last=last, firmware_image_crc_last=zlib.crc32(new_image[:last]))
    settings = dict(
        settings_version=2, app_version=u.app_version, bootloader_version=2,
        bank_0=bank_0 if u.sd_present else (0, 0, 0), bank_1=bank_1, write_offset=write_offset,
        init_command=init, progress=progress,
        boot_validation_app=(VALIDATE_GENERATED_CRC, struct.pack("<I", boot_crc)), ble=True,
    )
    page = encode_settings(**settings)
    place(flash, u.params_addr, page)
    if u.corrupt_settings_crc:
        page = encode_settings(**settings, crc=zlib.crc32(page[4:0x5C]) ^ 0x5A5A5A5A)
    place(flash, u.settings_addr, page)

    files = {"flash.bin@0x0": bytes(flash)}
    uicr = bytearray(b"\xff" * 0x100)
    if u.uicr_bootloader:
        place(uicr, 0x14, struct.pack("<II", u.bl_start, u.params_addr))
    if not u.boot_chain_erased:
        files[f"uicr.bin@0x{UICR_BASE:X}"] = bytes(uicr)
    if u.ficr_part is not None:
        ficr = bytearray(b"\xff" * 0x200)
        place(ficr, 0x10, struct.pack("<II", PAGE, u.flash_size // PAGE))
        place(ficr, 0x100, struct.pack("<I", u.ficr_part))
        files[f"ficr.bin@0x{FICR_BASE:X}"] = bytes(ficr)
    return files


HEALTHY = Unit("nrf52832-healthy", "nRF52832, MBR + s132 6.1.1 + app + FDS (3 pages) + bootloader at 0x78000 "
                                   "(UICR and MBR page both name it) + settings and backup agreeing. No fault.")
NEW_APP = dict(type="APPLICATION", app_size=0xB000, fw_version=4, hw_version=52,
               image_sha256=hashlib.sha256(b"new-app").digest())
UNITS = [
    HEALTHY,
    replace(HEALTHY, name="sd-req-mismatch",
            about="The init command stored in the settings page requires s132 6.1.0/6.0.0 (sd_req 0xAF, 0xA8); "
                  "the SoftDevice on the device is s132 6.1.1 (FWID 0xB7).",
            pending_init=dict(NEW_APP, sd_req=[0xAF, 0xA8])),
    replace(HEALTHY, name="app-linked-at-0",
            about="The application in bank 0 (0x26000) was linked at 0x0 (a 'blank' build without the "
                  "SoftDevice offset): its Reset handler points below its own region. Settings say bank 0 "
                  "is valid with a matching CRC: the DFU 'succeeded' and the app never starts.",
            app_link_base=0),
    replace(HEALTHY, name="no-uicr-bootloader-address",
            about="Neither UICR NRFFW[0]/[1] nor the MBR page words 0xFF8/0xFFC hold the bootloader address; "
                  "the bootloader is in flash at 0x78000 but the MBR cannot start it.",
            uicr_bootloader=False, mbr_words=False),
    replace(HEALTHY, name="interrupted-transfer",
            about="A dual-bank app update stopped after 0x5000 of 0xB000 bytes: the init command and "
                  "progress are in the settings page, bank 1 (0x30000) holds the first five objects.",
            pending_init=dict(NEW_APP, sd_req=[0xB7]), progress={"data_object_size": 0x1000},
            bank1_written=0x5000),
    replace(HEALTHY, name="app-data-in-swap-area",
            about="The app uses FDS with 5 virtual pages (0x73000-0x77FFF) while the bootloader keeps the SDK "
                  "default 3-page app-data area: pages 0x73000 and 0x74000 lie in the region a dual-bank "
                  "update writes.",
            fds_pages=5),
    replace(HEALTHY, name="bank0-crc-mismatch",
            about="One KiB of bank 0 differs from the image whose CRC the settings page holds (a stray flash "
                  "write or an incomplete copy): boot validation of the app fails.",
            corrupt_app_page=True),
    replace(HEALTHY, name="settings-page-corrupt",
            about="The settings page's CRC is wrong, its backup in the MBR params page is valid: the bootloader "
                  "restores from the backup at the next boot.",
            corrupt_settings_crc=True),
    replace(HEALTHY, name="no-softdevice",
            about="MBR, bootloader and an application built for s132 are programmed, the SoftDevice is not "
                  "(0x1000-0x25FFF erased, no info structure magic at 0x3004); the settings hold no valid app.",
            sd_present=False),
    replace(HEALTHY, name="app-over-mbr",
            about="After a full chip erase a 'blank' application (linked at 0x0) was programmed at 0x0: no MBR, "
                  "no SoftDevice; the bootloader and its settings are still there (programmed afterwards).",
            app_over_mbr=True, sd_present=False),
    Unit("nrf52840-healthy", "nRF52840 (FICR INFO.PART given), MBR + s140 6.1.1 + app + FDS + bootloader at "
                             "0xF8000 + settings/backup at 0xFF000/0xFE000. No fault. 1 MiB flash image.",
         flash_size=0x100000, ram_size=0x40000, sd_fwid=0xB6, sd_id=140, app_size=0x1F2C4, bl_start=0xF8000,
         ficr_part=0x52840),
    Unit("boot-chain-not-captured", "A 1 MiB nRF52840 read whose MBR, SoftDevice and bootloader pages are erased "
                                    "(a capture of part of flash, or a unit that never got them) and no UICR: the "
                                    "application sits at 0x26000, where it was linked (after s140 6.1.1), and the "
                                    "settings page and its backup describe it. Nothing is corrupt.",
         flash_size=0x100000, ram_size=0x40000, sd_fwid=0xB6, sd_id=140, app_size=0x1F2C4, bl_start=0xF8000,
         boot_chain_erased=True),
    replace(HEALTHY, name="app-built-for-other-softdevice",
            about="The application was linked for a SoftDevice that ends at 0x27000 (s132 7.x) and programmed "
                  "there with settings generated for it, while s132 6.1.1 (ending at 0x26000) is installed: the "
                  "bootloader checks and starts bank 0 at 0x26000, one page below the image.",
            app_shift=0x1000),
    replace(HEALTHY, name="bank0-erased",
            about="The settings page (and its backup) record a valid application of 0x9A30 bytes in bank 0, but "
                  "bank 0 reads all 0xFF: the read did not capture the application, or it was erased after the "
                  "settings were written (a sector erase before programming the bootloader and its settings).",
            app_erased=True),
    replace(HEALTHY, name="activation-copy-stopped",
            about="A dual-bank app update (0xB000 bytes) was received and post-validated into bank 1 (0x30000); "
                  "the bootloader's copy into bank 0 stopped after 0x4000 bytes (write_offset 0x4000, bank 0 "
                  "invalid, bank 1 valid): a reset or power loss during activation.",
            activation_copied=0x4000),
    replace(HEALTHY, name="app-stray-vector",
            about="The application is linked for bank 0 (SP, Reset and the other handlers fit 0x26000-0x2FA30) "
                  "but its NMI slot holds 0x00001235, an address inside the SoftDevice: a hand-edited or patched "
                  "vector table, harmless until an NMI fires.",
            stray_nmi=0x1235),
]


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    for u in UNITS:
        folder = out / u.name
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in build(u).items():
            (folder / name).write_bytes(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
