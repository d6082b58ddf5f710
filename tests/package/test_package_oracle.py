"""Packages nrfutil 6.1.7 generated (tests/package/make_packages.sh): we must report what nrfutil was
told (told.tsv holds its exact options) and the bytes `nrfutil pkg display` printed, and find each
deliberate mismatch against the sample device ``samples/nrf52832-healthy`` (s132 6.1.1 = FWID 0xB7,
app_version 3, bootloader_version 2, bank 0 at 0x26000, app-data area at 0x75000)."""

from __future__ import annotations

import hashlib
import re
import shlex
import zipfile
from pathlib import Path

import pytest

from dfuforensics.nrf5.init_packet import decode_init_packet
from dfuforensics.pipeline import analyze_paths

HERE = Path(__file__).resolve().parent
FIX = HERE / "fixtures"
ROOT = HERE.parents[1]
DEVICE = str(ROOT / "samples" / "nrf52832-healthy")
KEY_A = str(FIX / "key_a_pub.pem")


def told() -> dict[str, dict[str, str | list[str] | bool]]:
    out = {}
    for line in (FIX / "told.tsv").read_text().splitlines()[1:]:
        name, opts = line.split("\t")
        words = shlex.split(opts)
        parsed: dict = {}
        i = 0
        while i < len(words):
            w = words[i]
            if w == "--debug-mode":
                parsed[w] = True
                i += 1
            else:
                parsed[w] = words[i + 1]
                i += 2
        out[name] = parsed
    return out


TOLD = told()
BV_NAMES = {"VALIDATE_GENERATED_SHA256": "VALIDATE_SHA256"}  # nrfutil's option name -> the proto's

# What each deliberate mismatch must produce against DEVICE with key A given (package rules only).
EXPECTED = {
    "app_signed": set(), "app_sdreq_multi": set(), "app_same_version": set(), "app_bv_sha256": set(),
    "app_bv_ecdsa": set(), "app_landed": set(), "bl_only": set(), "sd_only": set(), "sd_bl_app": set(),
    "app_unsigned": {"PKG-UNSIGNED"},
    "app_sdreq_other": {"PKG-SD-REQ-NOT-INSTALLED"},
    "app_hw51": {"PKG-HW-VERSION-MISMATCH"},
    "app_downgrade": {"PKG-FW-VERSION-REJECTED"},
    "app_debug": {"PKG-DEBUG-MODE", "PKG-FW-VERSION-REJECTED"},
    "app_key_b": {"PKG-SIGNATURE-INVALID-FOR-KEY"},
    "app_linked_at0": {"PKG-APP-LINKED-FOR-OTHER-ADDRESS"},
    "app_too_big": {"PKG-IMAGE-TOO-LARGE"},
    "bl_not_newer": {"PKG-FW-VERSION-REJECTED"},
    "sd_bl_app_bad_sd_id": {"PKG-APP-SD-ID-NOT-NEW-SD"},
}


def test_every_generated_package_has_an_expectation():
    assert set(TOLD) == set(EXPECTED)
    assert {p.stem for p in (FIX / "packages").glob("*.zip")} == set(TOLD)


@pytest.fixture(scope="module")
def reports() -> dict:
    return {name: analyze_paths([str(FIX / "packages" / f"{name}.zip"), DEVICE], options={"public_key": KEY_A})
            for name in TOLD}


@pytest.mark.parametrize("name", sorted(TOLD))
def test_reports_what_nrfutil_was_told(name, reports):
    opts = TOLD[name]
    rep = reports[name]
    assert [i.kind for i in rep.inputs][0] == "dfu-package"
    parts = {p["part"]: p for p in rep.package["parts"]}
    want_parts = set()
    if "--application" in opts:
        want_parts.add("application")
    if "--softdevice" in opts and "--bootloader" in opts:
        want_parts.add("softdevice_bootloader")
    elif "--softdevice" in opts:
        want_parts.add("softdevice")
    elif "--bootloader" in opts:
        want_parts.add("bootloader")
    assert set(parts) == want_parts
    sd_req = [int(v, 16) for v in str(opts["--sd-req"]).split(",")]
    for part in parts.values():
        assert part["hw_version"] == int(opts["--hw-version"])
        assert part["is_debug"] is bool(opts.get("--debug-mode"))
        assert part["signed"] is ("--key-file" in opts)
        assert part["hash_ok"] is True and part["sizes_ok"] is True and part["init_ok"] is True
    if "--application" in opts:
        app = parts["application"]
        assert app["fw_version"] == int(opts["--application-version"])
        # nrfutil keeps sd_req as a set: order is its own
        assert sorted(app["sd_req"]) == sorted([int(str(opts["--sd-id"]), 16)] if "--sd-id" in opts else sd_req)
        bv = str(opts.get("--app-boot-validation", "VALIDATE_GENERATED_CRC"))
        assert app["boot_validation"] == [BV_NAMES.get(bv, bv)]
    for key in ("bootloader", "softdevice_bootloader"):
        if key in parts:
            assert parts[key]["fw_version"] == int(opts["--bootloader-version"])
            # nrfutil adds the new SoftDevice's id to the SD+BL part's requirement
            assert set(sd_req) <= set(parts[key]["sd_req"])
    if "softdevice_bootloader" in parts:
        assert parts["softdevice_bootloader"]["bl_size"] + parts["softdevice_bootloader"]["sd_size"] == \
            parts["softdevice_bootloader"]["image_size"]


@pytest.mark.parametrize("name", sorted(TOLD))
def test_hash_and_signature_bytes_match_pkg_display(name):
    """`pkg display` (6.1.7) prints the stored bytes; the stored hash is sha256(image) reversed."""
    display = (FIX / "display" / f"{name}.txt").read_text()
    shown_hashes = re.findall(r"\|- hash \(little-endian\): b'([0-9a-f]+)'", display)
    shown_sigs = re.findall(r"\|- signature \(little-endian\): b'([0-9a-f]+)'", display)
    with zipfile.ZipFile(FIX / "packages" / f"{name}.zip") as z:
        import json

        manifest = json.loads(z.read("manifest.json"))["manifest"]
        order = [k for k in ("softdevice_bootloader", "softdevice", "bootloader", "application") if k in manifest]
        got_hashes, got_sigs = [], []
        for key in order:
            pkt = decode_init_packet(z.read(manifest[key]["dat_file"]))
            image = z.read(manifest[key]["bin_file"])
            assert pkt.image_sha256 == hashlib.sha256(image).digest()
            got_hashes.append(pkt.hash.hex())
            if pkt.signed:
                got_sigs.append(pkt.signature.hex())
    assert sorted(got_hashes) == sorted(shown_hashes)
    assert sorted(got_sigs) == sorted(shown_sigs)


@pytest.mark.parametrize("name", sorted(TOLD))
def test_each_deliberate_mismatch_is_found(name, reports):
    got = {f.rule_id for f in reports[name].findings if f.rule_id.startswith("PKG-")}
    assert got == EXPECTED[name]


def test_signature_status_follows_the_key(reports):
    sig = {n: r.package["signature"]["status"] for n, r in reports.items()}
    assert sig["app_key_b"] == "invalid"
    assert sig["app_unsigned"] == "unsigned"
    assert all(s == "valid" for n, s in sig.items() if n not in ("app_key_b", "app_unsigned"))


def test_update_landed_only_for_the_image_in_bank0(reports):
    landed = {n: [p["in_bank0"] for p in r.package["parts"] if p["part"] == "application"]
              for n, r in reports.items()}
    assert landed["app_landed"] == [True]
    assert all(True not in v for n, v in landed.items() if n != "app_landed")
    assert landed["app_signed"] == [False]


def test_public_key_as_c_array_and_pem_agree():
    a = analyze_paths([str(FIX / "packages/app_signed.zip")], options={"public_key": str(FIX / "key_a_dfu_public_key.c")})
    b = analyze_paths([str(FIX / "packages/app_signed.zip")], options={"public_key": str(FIX / "key_b_dfu_public_key.c")})
    assert a.package["signature"]["status"] == "valid"
    assert b.package["signature"]["status"] == "invalid"


def test_key_search_in_bootloader_flash():
    """The bootloader stand-in embeds key A's dfu_public_key.c array at 0x780000 + 0x6A4."""
    good = analyze_paths([str(FIX / "packages/app_signed.zip"), str(FIX / "bootloader_key_a")])
    bad = analyze_paths([str(FIX / "packages/app_key_b.zip"), str(FIX / "bootloader_key_a")])
    g = good.package["signature"]
    assert g["bootloader_key_found"] is True
    assert [(k["address"], k["order"], k["verifies_package"]) for k in g["bootloader_keys"]] == [(0x786A4, "sdk", True)]
    assert bad.package["signature"]["bootloader_key_found"] is False
    assert {f.rule_id for f in bad.findings} >= {"PKG-SIGNED-WITH-OTHER-KEY"}
    assert "PKG-SIGNED-WITH-OTHER-KEY" not in {f.rule_id for f in good.findings}
