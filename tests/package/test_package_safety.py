"""Hostile and damaged packages, legacy init packets, loose files and keys: clear warnings, no
traceback, the rest of the evidence still analysed."""

from __future__ import annotations

import binascii
import hashlib
import io
import json
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from dfuforensics.model import NOT_PRESENT
from dfuforensics.nrf5.init_packet import InitPacketError, encode_init_packet
from dfuforensics.package import keys
from dfuforensics.package.legacy import decode_legacy_init_packet, looks_legacy
from dfuforensics.pipeline import analyze_paths
from dfuforensics.report.render_json import render as render_json

HERE = Path(__file__).resolve().parent
FIX = HERE / "fixtures"
ROOT = HERE.parents[1]
DEVICE = str(ROOT / "samples" / "nrf52832-healthy")
SIGNED = FIX / "packages" / "app_signed.zip"


def members(path: Path = SIGNED) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def write_zip(path: Path, items: dict[str, bytes], method: int = zipfile.ZIP_STORED) -> Path:
    with zipfile.ZipFile(path, "w", method) as z:
        for name, data in items.items():
            z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data, compress_type=method)
    return path


def warnings_of(report, name: str) -> list[str]:
    return [w.message for i in report.inputs if i.path.endswith(name) for w in i.warnings]


def pkg_finding_ids(report) -> set[str]:
    return {f.rule_id for f in report.findings if f.rule_id.startswith("PKG-")}


def test_zip_bomb_members_are_refused(tmp_path):
    items = members()
    items["zeros.bin"] = bytes(1 << 20)  # 1 MiB of zeros deflates ~1000:1
    items["huge.bin"] = bytes(5 << 20)  # declares more than any nRF5 image
    rep = analyze_paths([str(write_zip(tmp_path / "bomb.zip", items, zipfile.ZIP_DEFLATED)), DEVICE])
    msgs = warnings_of(rep, "bomb.zip")
    assert any("zeros.bin" in m and "zip bomb" in m for m in msgs)
    assert any("huge.bin" in m and "more than" in m for m in msgs)
    # the package itself is still read and checked
    assert rep.package["parts"][0]["hash_ok"] is True
    assert "PKG-ARCHIVE-DAMAGED" in pkg_finding_ids(rep)


def test_member_with_bad_crc_and_lying_size(tmp_path):
    raw = bytearray(SIGNED.read_bytes())
    image = members()["app.bin"]
    at = raw.index(image[:64])
    raw[at + 0x500] ^= 0xFF  # stored member altered behind its CRC
    p = tmp_path / "badcrc.zip"
    p.write_bytes(bytes(raw))
    rep = analyze_paths([str(p)])
    msgs = warnings_of(rep, "badcrc.zip")
    assert any("app.bin" in m and "cannot be read" in m for m in msgs)
    assert any("'app.bin' is not in the archive" in m for m in msgs)
    # central directory says the image is 16 bytes shorter than it is
    raw = bytearray(SIGNED.read_bytes())
    cd = raw.index(b"PK\x01\x02")  # first central directory entry
    while True:
        name_len = struct.unpack_from("<H", raw, cd + 28)[0]
        if raw[cd + 46:cd + 46 + name_len] == b"app.bin":
            break
        extra, comment = struct.unpack_from("<HH", raw, cd + 30)
        cd += 46 + name_len + extra + comment
    size = struct.unpack_from("<I", raw, cd + 24)[0]
    struct.pack_into("<I", raw, cd + 24, size - 16)
    p = tmp_path / "liar.zip"
    p.write_bytes(bytes(raw))
    rep = analyze_paths([str(p)])
    assert any("app.bin" in m for m in warnings_of(rep, "liar.zip"))
    assert rep.package["parts"][0]["image_size"] is NOT_PRESENT


def test_not_a_zip_is_a_warning_and_other_evidence_is_analysed(tmp_path):
    p = tmp_path / "broken.zip"
    p.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    rep = analyze_paths([str(p), DEVICE])
    inp = next(i for i in rep.inputs if i.path.endswith("broken.zip"))
    assert inp.kind == "unknown" and inp.error is None
    assert any("not dfu-package evidence" in w.message and "zip" in w.message for w in inp.warnings)
    assert rep.softdevice["fwid"] == 0xB7


def test_cli_never_shows_a_traceback(tmp_path):
    p = tmp_path / "broken.zip"
    p.write_bytes(b"PK\x03\x04garbage")
    out = subprocess.run([sys.executable, "-m", "dfuforensics", "analyze", str(p), "--format", "json"],
                         capture_output=True, text=True, timeout=60)
    assert "Traceback" not in out.stderr + out.stdout
    doc = json.loads(out.stdout)
    assert doc["inputs"][0]["kind"] == "unknown" and doc["inputs"][0]["warnings"]


def test_unreadable_manifest_pairs_members_by_stem(tmp_path):
    items = members()
    items["manifest.json"] = b"{not json"
    rep = analyze_paths([str(write_zip(tmp_path / "m.zip", items))])
    assert any("manifest.json is not valid JSON" in m for m in warnings_of(rep, "m.zip"))
    part = rep.package["parts"][0]
    assert (part["part"], part["hash_ok"], part["fw_version"]) == ("application", True, 4)


def test_path_traversal_member_is_reported_and_ignored():
    rep = analyze_paths([str(FIX / "derived" / "app_traversal.zip")])
    msgs = warnings_of(rep, "app_traversal.zip")
    assert any("../../evil.bin" in m and "path traversal" in m for m in msgs)
    assert any("notes.txt" in m for m in msgs)
    assert rep.package["parts"][0]["hash_ok"] is True


def test_truncated_dat_is_init_packet_invalid():
    rep = analyze_paths([str(FIX / "derived" / "app_truncated_dat.zip"), DEVICE])
    assert any(m.startswith("app.dat: init packet not decodable") for m in warnings_of(rep, "app_truncated_dat.zip"))
    assert pkg_finding_ids(rep) == {"PKG-INIT-PACKET-INVALID"}


def test_hash_stored_in_hashlib_order_is_caught(tmp_path):
    image = members()["app.bin"]
    digest = hashlib.sha256(image).digest()
    (tmp_path / "x.dat").write_bytes(encode_init_packet(fw_version=4, hw_version=52, sd_req=[0xB7],
                                                        app_size=len(image), hash_type="SHA256", hash=digest))
    (tmp_path / "x.bin").write_bytes(image)
    rep = analyze_paths([str(tmp_path / "x.dat"), str(tmp_path / "x.bin")])
    assert sorted(i.kind for i in rep.inputs) == ["dfu-image", "init-packet"]
    part = rep.package["parts"][0]
    assert part["hash_ok"] is False and "byte-reversed" in part["problems"][0]


def test_loose_pair_and_lone_dat():
    pair = analyze_paths([str(FIX / "derived" / "loose")], options={"public_key": str(FIX / "key_a_pub.pem")})
    assert sorted(i.kind for i in pair.inputs) == ["dfu-image", "init-packet"]
    part = pair.package["parts"][0]
    assert (part["hash_ok"], part["signature"], part["image_size"]) == (True, "valid", 3072)
    lone = analyze_paths([str(FIX / "derived" / "lone" / "app_key_b.dat")],
                         options={"public_key": str(FIX / "key_a_pub.pem")})
    assert lone.inputs[0].kind == "init-packet"
    assert lone.package["parts"][0]["signature"] == "invalid"
    assert lone.package["parts"][0]["hash_ok"] is NOT_PRESENT


def test_legacy_package_crc16():
    good = analyze_paths([str(FIX / "derived" / "legacy_app.zip")])
    bad = analyze_paths([str(FIX / "derived" / "legacy_app_bad_crc.zip")])
    g = good.package["parts"][0]
    assert (g["format"], g["fw_version"], g["sd_req"], g["device_type"], g["hash_ok"]) == \
        ("legacy", 7, [0xB7, 0xFFFE], 0x52, True)
    assert bad.package["parts"][0]["hash_ok"] is False
    assert "PKG-HASH-MISMATCH" in pkg_finding_ids(bad)


def test_legacy_struct_forms():
    image = b"\x01\x02\x03\x04" * 64
    crc = struct.pack("<HHIH1HH", 0x52, 1, 9, 1, 0x8C, binascii.crc_hqx(image, 0xFFFF))
    pkt = decode_legacy_init_packet(crc)
    assert (pkt.device_type, pkt.device_rev, pkt.app_version, pkt.sd_req, pkt.crc16) == \
        (0x52, 1, 9, [0x8C], binascii.crc_hqx(image, 0xFFFF))
    ext = struct.pack("<HHIH1H", 0x52, 1, 9, 1, 0x8C) + struct.pack("<II", 2, len(image)) + \
        hashlib.sha256(image).digest() + bytes(range(64))
    pkt = decode_legacy_init_packet(ext)
    assert (pkt.ext_packet_id, pkt.firmware_length, pkt.signed) == (2, 256, True)
    assert looks_legacy(crc) and looks_legacy(ext)
    for bad in (crc[:9], crc[:-1], struct.pack("<HHIH", 1, 1, 1, 5) + b"\x00\x00"):
        with pytest.raises(InitPacketError):
            decode_legacy_init_packet(bad)


def test_key_files_and_big_endian_key_in_flash(tmp_path):
    a_c = keys.load_public_key((FIX / "key_a_dfu_public_key.c").read_bytes())
    a_pem = keys.load_public_key((FIX / "key_a_pub.pem").read_bytes())
    assert keys.raw_xy(a_c) == keys.raw_xy(a_pem)
    assert keys.raw_xy(keys.load_public_key((FIX / "key_a.pem").read_bytes())) == keys.raw_xy(a_pem)
    with pytest.raises(keys.KeyFileError, match="63 hex bytes"):
        keys.load_public_key(b"const uint8_t pk[64] = {" + b"0x01, " * 63 + b"};")
    flash = bytearray(b"\xff" * 0x2000)
    flash[0x1230:0x1270] = keys.raw_xy(a_pem)  # stored big-endian by a custom build
    found = list(keys.find_key_candidates([(0x70000, bytes(flash), None)]))
    assert [(c.address, c.order) for c in found] == [(0x71230, "big-endian")]


def test_public_key_as_evidence_and_bad_key_option(tmp_path):
    rep = analyze_paths([str(SIGNED), str(FIX / "key_b_dfu_public_key.c")])
    assert [i.kind for i in rep.inputs] == ["dfu-package", "public-key"]
    assert "PKG-SIGNATURE-INVALID-FOR-KEY" in pkg_finding_ids(rep)
    bad = tmp_path / "key.c"
    bad.write_text("const uint8_t pk[64] = {" + "0x01, " * 64 + "};")
    rep = analyze_paths([str(SIGNED)], options={"public_key": str(bad)})
    assert any("not a point on P-256" in w.message for w in rep.warnings)
    rep = analyze_paths([str(SIGNED)], options={"public_key": str(tmp_path / "missing.pem")})
    assert any("cannot read the public key" in w.message for w in rep.warnings)
    assert rep.package["signature"]["status"] == "unchecked"


def test_same_input_same_bytes():
    args = [str(FIX / "packages" / "sd_bl_app_bad_sd_id.zip"), DEVICE, str(FIX / "bootloader_key_a")]
    outs = []
    for _ in range(2):
        buf = io.StringIO()
        render_json(analyze_paths(args), buf)
        outs.append(buf.getvalue())
    assert outs[0] == outs[1]
    assert "PKG-APP-SD-ID-NOT-NEW-SD" in outs[0]


def test_package_is_the_update_in_progress(tmp_path):
    """A settings page holding this package's init command: the device was receiving this package."""
    from dfuforensics.nrf5.settings import encode_settings

    dat = members()["app.dat"]
    (tmp_path / "settings.bin@0x7F000").write_bytes(encode_settings(app_version=3, bootloader_version=2,
                                                                    init_command=dat))
    rep = analyze_paths([str(SIGNED), str(tmp_path)])
    assert rep.package["parts"][0]["is_stored_init_command"] is True
    other = analyze_paths([str(FIX / "packages" / "app_downgrade.zip"), str(tmp_path)])
    assert other.package["parts"][0]["is_stored_init_command"] is False
    assert "PKG-FW-VERSION-REJECTED" in pkg_finding_ids(other)  # versions from the lone settings page


def test_bootloader_checked_against_the_devices_bootloader_address():
    at_78000 = analyze_paths([str(FIX / "packages" / "bl_only.zip"), str(ROOT / "samples" / "nrf52832-healthy")])
    at_f8000 = analyze_paths([str(FIX / "packages" / "bl_only.zip"), str(ROOT / "samples" / "nrf52840-healthy")])
    assert at_78000.package["parts"][0]["vector_ok"] is True
    assert at_f8000.package["parts"][0]["vector_ok"] is False
    assert any("0x000F8000" in m for m in at_f8000.package["parts"][0]["problems"])
    assert "PKG-BOOTLOADER-LINKED-ELSEWHERE" in pkg_finding_ids(at_f8000)
