"""Damaged and re-shaped packages derived from the nrfutil fixtures (run by make_packages.sh).

Each is one deliberate defect on top of an nrfutil-generated package, so a test can say which check
must catch it.  The legacy package is ours entirely (nrfutil 6 cannot make one): its ``.dat`` is
packed by the SDK <= 11 layout (see dfuforensics/package/legacy.py) with the CRC16 of the image.
Usage: derive.py FIXTURES_DIR   (writes FIXTURES_DIR/derived/)
"""

from __future__ import annotations

import binascii
import json
import shutil
import struct
import sys
import zipfile
from pathlib import Path


def members(path: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(path) as z:
        return [(i, z.read(i)) for i in z.infolist()]


def write(path: Path, items: list[tuple[str, bytes]]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            z.writestr(info, data)


def main(fix: Path) -> None:
    out = fix / "derived"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    app = {i.filename: d for i, d in members(fix / "packages/app_signed.zip")}
    # 1. one image byte changed after signing: the hash check must fail, the signature still verifies
    img = bytearray(app["app.bin"])
    img[0x400] ^= 0x01
    write(out / "app_tampered.zip", [(n, bytes(img) if n == "app.bin" else d) for n, d in app.items()])
    # 2. the init packet cut short (an interrupted copy)
    write(out / "app_truncated_dat.zip", [(n, d[:len(d) // 2] if n == "app.dat" else d) for n, d in app.items()])
    # 3. a path-traversal member and a member the manifest does not name
    write(out / "app_traversal.zip", list(app.items()) + [("../../evil.bin", b"\x00" * 16), ("notes.txt", b"hi\n")])
    # 4. the manifest's SoftDevice size disagrees with the init packet and the image
    sdbl = {i.filename: d for i, d in members(fix / "packages/sd_bl_app.zip")}
    man = json.loads(sdbl["manifest.json"])
    man["manifest"]["softdevice_bootloader"]["info_read_only_metadata"]["sd_size"] += 0x1000
    write(out / "sd_bl_app_manifest_lies.zip",
          [(n, json.dumps(man, indent=4).encode() if n == "manifest.json" else d) for n, d in sdbl.items()])
    # 5. a legacy (SDK <= 11) package: device_type 0x0052, device_rev 0xFFFF, app_version 7, sd_req 0xB7, 0xFFFE
    image = app["app.bin"]
    dat = struct.pack("<HHIH2HH", 0x0052, 0xFFFF, 7, 2, 0xB7, 0xFFFE, binascii.crc_hqx(image, 0xFFFF))
    legacy_manifest = {"manifest": {"application": {"bin_file": "app.bin", "dat_file": "app.dat",
                                                    "init_packet_data": {"application_version": 7,
                                                                         "device_revision": 0xFFFF,
                                                                         "device_type": 0x52,
                                                                         "firmware_crc16": binascii.crc_hqx(image, 0xFFFF),
                                                                         "softdevice_req": [0xB7, 0xFFFE]}},
                                    "dfu_version": 0.5}}
    write(out / "legacy_app.zip", [("manifest.json", json.dumps(legacy_manifest, indent=4).encode()),
                                   ("app.bin", image), ("app.dat", dat)])
    bad = bytearray(image)
    bad[-1] ^= 0xFF
    write(out / "legacy_app_bad_crc.zip", [("manifest.json", json.dumps(legacy_manifest, indent=4).encode()),
                                           ("app.bin", bytes(bad)), ("app.dat", dat)])
    # 6. a loose .dat + .bin pair and a lone .dat (as users attach them to tickets)
    (out / "loose").mkdir()
    (out / "loose/app.dat").write_bytes(app["app.dat"])
    (out / "loose/app.bin").write_bytes(app["app.bin"])
    keyb = {i.filename: d for i, d in members(fix / "packages/app_key_b.zip")}
    (out / "lone").mkdir()
    (out / "lone/app_key_b.dat").write_bytes(keyb["app.dat"])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
