"""The issue's acceptance test: dfuforensics reads back every value given to `nrfutil settings generate`.

Fixtures (hex files, `nrfutil settings display` output, manifest of exact commands) were made by
make_oracle.sh with Nordic's nrfutil 6.1.7; nrfutil is not needed to run these tests.  Expected
values come from the manifest and from the input images (sizes, CRC32, SHA-256 computed here with
intelhex/zlib/hashlib), never from dfuforensics.
"""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from pathlib import Path

import pytest

from dfuforensics.cli import main

ORACLE = Path(__file__).parent / "oracle"
MANIFEST = json.loads((ORACLE / "manifest.json").read_text())
VARIANTS = MANIFEST["variants"]

#: nrfutil's settings addresses per --family (pc-nrfutil bl_dfu_sett.py; reference nrf5-sdk.md §2.1)
SETTINGS_ADDR = {"NRF51": 0x3FC00, "NRF52": 0x7F000, "NRF52QFAB": 0x3F000, "NRF52810": 0x2F000,
                 "NRF52840": 0xFF000}
#: nrfutil's option names -> the SDK's boot_validation_type_t names
VALIDATION = {"NO_VALIDATION": "NO_VALIDATION", "VALIDATE_GENERATED_CRC": "VALIDATE_GENERATED_CRC",
              "VALIDATE_GENERATED_SHA256": "VALIDATE_SHA256",
              "VALIDATE_ECDSA_P256_SHA256": "VALIDATE_ECDSA_P256_SHA256"}


def _bin(name: str, start: int = 0) -> bytes:
    from intelhex import IntelHex

    ih = IntelHex(str(ORACLE / name))
    if start:
        ih = ih[start:]
    return ih.tobinstr()


APP = _bin("app.hex")
SD = _bin("sd.hex", 0x1000)  # nrfutil measures the SoftDevice without the MBR page


def verify_nordic_signature(signature: bytes, data: bytes) -> None:
    """nrfutil stores ECDSA r and s each little-endian; verify with the oracle's key (raises if bad)."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

    key = serialization.load_pem_private_key((ORACLE / "key.pem").read_bytes(), password=None)
    r = int.from_bytes(signature[:32], "little")
    s = int.from_bytes(signature[32:64], "little")
    key.public_key().verify(encode_dss_signature(r, s), data, ec.ECDSA(hashes.SHA256()))


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    status = main(["settings", *args, "--format", "json"])
    out = capsys.readouterr().out
    assert status == 0
    return json.loads(out)


def test_manifest_has_the_issue_variants() -> None:
    assert len(VARIANTS) >= 24
    assert {v["family"] for v in VARIANTS} == set(SETTINGS_ADDR)
    assert {v["bl_settings_version"] for v in VARIANTS} == {1, 2}
    given = {v["app_boot_validation"] for v in VARIANTS} | {v["sd_boot_validation"] for v in VARIANTS}
    assert set(VALIDATION) <= given
    assert {v["backup"] for v in VARIANTS} >= {"default", "none"}
    assert any(v["backup"].startswith("0x") for v in VARIANTS)
    assert any(v["softdevice"] for v in VARIANTS) and any(not v["softdevice"] for v in VARIANTS)


def _check_validation(bv: dict, given: str | None, image: bytes) -> None:
    if given is None:
        assert bv["type"] == "NO_VALIDATION"
        return
    assert bv["type"] == VALIDATION[given]
    raw = bytes.fromhex(bv["bytes"])
    assert len(raw) == 64
    if given == "VALIDATE_GENERATED_CRC":
        assert bv["value"] == zlib.crc32(image) and raw[4:] == bytes(60)
    elif given == "VALIDATE_GENERATED_SHA256":
        # stored in hashlib's order (nrfutil un-reverses its reversed digest), reference §1.3
        assert raw[:32] == hashlib.sha256(image).digest() and raw[32:] == bytes(32)
    elif given == "VALIDATE_ECDSA_P256_SHA256":
        verify_nordic_signature(raw, image)
    else:
        assert raw == bytes(64)


@pytest.mark.parametrize("variant", VARIANTS, ids=[v["id"] for v in VARIANTS])
def test_settings_reads_back_every_value_given(variant: dict, capsys: pytest.CaptureFixture[str]) -> None:
    out = run_json(capsys, str(ORACLE / variant["output"]))
    addr = SETTINGS_ADDR[variant["family"]]
    assert out["address"] == addr
    assert out["crc_valid"] is True and out["damage"] == []
    assert out["settings_version"] == variant["bl_settings_version"]
    assert out["layout"] == f"v{variant['bl_settings_version']}"
    assert out["bootloader_version"] == variant["bootloader_version"]
    if variant["application"]:
        assert out["app_version"] == variant["application_version"]
        assert out["bank_0"] == {"image_size": len(APP), "image_crc": zlib.crc32(APP),
                                 "bank_code": "NRF_DFU_BANK_VALID_APP"}
    else:
        assert out["app_version"] == 0
        assert out["bank_0"] == {"image_size": 0, "image_crc": 0, "bank_code": "NRF_DFU_BANK_INVALID"}
    assert out["sd_size"] == (len(SD) if variant["softdevice"] else 0)
    assert out["bank_1"]["bank_code"] == "NRF_DFU_BANK_INVALID"
    assert out["init_command"] is None and out["init_command_state"] == "empty"
    if variant["bl_settings_version"] == 2:
        assert out["boot_validation_crc_valid"] is True
        _check_validation(out["boot_validation_app"], variant["app_boot_validation"], APP)
        _check_validation(out["boot_validation_softdevice"], variant["sd_boot_validation"], SD)
        assert out["boot_validation_bootloader"]["type"] == "NO_VALIDATION"
    else:
        assert out["boot_validation_crc"] is None and out["boot_validation_app"] is None
    if variant["backup"] == "none":
        assert out["backup"] is None
    else:
        backup_addr = addr - 0x1000 if variant["backup"] == "default" else int(variant["backup"], 16)
        assert out["backup"]["address"] == backup_addr
        assert out["backup"]["crc_valid"] is True
        assert out["backup_differences"] == []
        for key in ("crc", "app_version", "bank_0", "sd_size", "boot_validation_app"):
            assert out["backup"][key] == out[key]


_DISPLAY = re.compile(r"^\* (?P<name>[^:]+):\s+0x(?P<hex>[0-9A-F]+)", re.M)
#: `nrfutil settings display` lines whose value is right (its "Start Address" is the lowest address
#: in the file, i.e. the backup page when there is one, so it is not compared).
_DISPLAY_FIELDS = {"CRC": "crc", "Settings Version": "settings_version", "App Version": "app_version",
                   "Bootloader Version": "bootloader_version", "Application Size": "bank_0.image_size",
                   "Application CRC": "bank_0.image_crc", "Softdevice Size": "sd_size",
                   "Boot Validation CRC": "boot_validation_crc"}


@pytest.mark.parametrize("variant", VARIANTS[::3], ids=[v["id"] for v in VARIANTS[::3]])
def test_agrees_with_nrfutil_display(variant: dict, capsys: pytest.CaptureFixture[str]) -> None:
    out = run_json(capsys, str(ORACLE / variant["output"]))
    shown = {m["name"].strip(): int(m["hex"], 16)
             for m in _DISPLAY.finditer((ORACLE / variant["display"]).read_text())}
    compared = 0
    for label, path in _DISPLAY_FIELDS.items():
        if label not in shown:
            continue
        if label == "Boot Validation CRC" and variant["bl_settings_version"] == 1:
            assert out["boot_validation_crc"] is None  # nrfutil shows 0 for a field v1 does not have
            continue
        value = out
        for part in path.split("."):
            value = value[part]
        assert value == shown[label], label
        compared += 1
    assert compared >= 6
    if variant["bl_settings_version"] == 2:
        assert out["boot_validation_app"]["type"] == {0: "NO_VALIDATION", 1: "VALIDATE_GENERATED_CRC",
                                                      2: "VALIDATE_SHA256", 3: "VALIDATE_ECDSA_P256_SHA256"}[
            shown["App Boot Validation Type"]]


def test_signed_package_init_packet() -> None:
    from dfuforensics.nrf5.init_packet import decode_init_packet

    p = decode_init_packet((ORACLE / "pkg_signed.dat").read_bytes())
    assert p.signed and p.signature_type == "ECDSA_P256_SHA256" and p.op_code == "INIT"
    assert (p.fw_version, p.hw_version, p.sd_req, p.type) == (7, 52, [0x101, 0xB6], "APPLICATION")
    assert p.app_size == len(APP) and p.hash_type == "SHA256"
    assert p.image_sha256 == hashlib.sha256(APP).digest() and p.hash == p.image_sha256[::-1]
    # the signature covers the serialized InitCommand exactly as stored
    verify_nordic_signature(p.signature, p.signed_payload)
    [(vtype, vbytes)] = p.boot_validation
    assert vtype == "VALIDATE_ECDSA_P256_SHA256"
    verify_nordic_signature(vbytes, APP)
    display = (ORACLE / "pkg_signed.display.txt").read_text()
    assert f"hash (little-endian): b'{p.hash.hex()}'" in display
    assert f"signature (little-endian): b'{p.signature.hex()}'" in display


def test_unsigned_debug_package_init_packet() -> None:
    from dfuforensics.model import NOT_PRESENT
    from dfuforensics.nrf5.init_packet import decode_init_packet

    p = decode_init_packet((ORACLE / "pkg_unsigned.dat").read_bytes())
    assert not p.signed and p.signature is NOT_PRESENT and p.signed_payload is NOT_PRESENT
    assert (p.fw_version, p.hw_version, p.sd_req, p.is_debug) == (65537, 52, [0xFFFE], True)
    assert p.image_sha256 == hashlib.sha256(APP).digest()
    j = p.to_json()
    assert j["signature"] is None and j["signature_type"] is None and j["fw_version"] == 65537


def test_settings_page_holding_nrfutils_init_packet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An update in progress: the page's init_command area holds the package's .dat (reference §4)."""
    from dfuforensics.nrf5.settings import encode_settings

    dat = (ORACLE / "pkg_signed.dat").read_bytes()
    page = tmp_path / "settings_nrf52840.bin"
    page.write_bytes(encode_settings(app_version=6, init_command=dat))
    out = run_json(capsys, str(page))
    assert out["address"] == 0xFF000 and out["progress"]["command_size"] == len(dat)
    init = out["init_command"]
    assert (init["fw_version"], init["hw_version"], init["sd_req"], init["app_size"]) == (7, 52, [0x101, 0xB6],
                                                                                         len(APP))
    assert bytes.fromhex(init["image_sha256"]) == hashlib.sha256(APP).digest()
    assert init["signed"] and init["signature_type"] == "ECDSA_P256_SHA256"
    verify_nordic_signature(bytes.fromhex(init["boot_validation"][0]["bytes"]), APP)
