"""Tiny firmware images for the nrfutil-generated package fixtures (run by make_packages.sh).

Each image starts with a Cortex-M vector table (initial SP in RAM, Thumb handlers inside the region
it is linked for) followed by a deterministic filler, so the package checks have something real to
judge while the fixtures stay a few KiB.  The "landed" application is bank 0 of the committed sample
unit ``samples/nrf52832-healthy`` (its settings page says how long it is), so a package built from it
is "the update that is on that device".

Usage: make_images.py OUTDIR KEY_A_C_FILE
"""

from __future__ import annotations

import hashlib
import re
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SP = 0x20010000
#: offset of the embedded public key inside the bootloader stand-in (any place works: it is found by scan)
BL_KEY_OFFSET = 0x6A4


def filler(n: int, seed: str) -> bytes:
    out = bytearray()
    block = hashlib.sha256(seed.encode()).digest()
    while len(out) < n:
        out += block
        block = hashlib.sha256(block).digest()
    return bytes(out[:n])


def image(link_base: int, size: int, seed: str) -> bytearray:
    handlers = [link_base + 0x100 + 4 * i + 1 for i in range(15)]
    vt = struct.pack("<16I", SP, *handlers)
    return bytearray(vt + filler(size - len(vt), seed))


def key_array(c_file: Path) -> bytes:
    """The 64 bytes of ``pk[]`` as ``nrfutil keys display --format code`` prints them."""
    text = c_file.read_text()
    body = text[text.index("{") + 1:text.index("}")]
    values = [int(v, 16) for v in re.findall(r"0x([0-9a-fA-F]{2})", body)]
    if len(values) != 64:
        raise SystemExit(f"{c_file}: expected 64 key bytes, found {len(values)}")
    return bytes(values)


def softdevice(fwid: int, sd_size: int) -> bytes:
    """A SoftDevice stand-in as nrfutil packs it (from 0x1000): vector table + info structure at 0x2000."""
    sd = image(0x1000, 0x2100, f"sd{fwid}")
    info = struct.pack("<B3xIIHHII", 0x2C, 0x51B1E5DB, sd_size, fwid, 0xFFFF, 132, 6001000)
    sd[0x2000:0x2000 + len(info)] = info
    return bytes(sd)


def landed_app() -> bytes:
    sys.path.insert(0, str(ROOT))
    from dfuforensics.nrf5.settings import decode_settings

    flash = (ROOT / "samples/nrf52832-healthy/flash.bin@0x0").read_bytes()
    page = decode_settings(flash[0x7F000:0x80000], 0x7F000)
    size = page.bank_0.image_size
    return flash[0x26000:0x26000 + size]


def main(out: Path, key_c: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "app.bin").write_bytes(image(0x26000, 0xC00, "app"))
    (out / "app_at0.bin").write_bytes(image(0x0, 0xC00, "app-at-0"))
    # larger than the space between bank 0 and the app-data area of the sample device; zero padding
    # keeps the zip small
    (out / "app_big.bin").write_bytes(bytes(image(0x26000, 0xC00, "app-big")) + bytes(0x50000 - 0xC00))
    (out / "app_landed.bin").write_bytes(landed_app())
    bl = image(0x78000, 0x1000, "bootloader")
    bl[BL_KEY_OFFSET:BL_KEY_OFFSET + 64] = key_array(key_c)
    (out / "bl.bin").write_bytes(bytes(bl))
    (out / "sd.bin").write_bytes(softdevice(0xAF, 0x26000))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
