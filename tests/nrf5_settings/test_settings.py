"""decode_settings / encode_settings / compare_pages: layouts, CRCs, peer data, damage."""

from __future__ import annotations

import hashlib
import struct
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dfuforensics.model import NOT_PRESENT, UNREADABLE
from dfuforensics.nrf5.init_packet import encode_init_packet
from dfuforensics.nrf5.settings import (
    SettingsPage,
    compare_pages,
    decode_settings,
    encode_settings,
)

PEER = bytes(range(1, 61))


def _full(version: int, **kw: object) -> bytes:
    cmd = encode_init_packet(fw_version=9, hw_version=52, sd_req=[0x101], app_size=0x1234,
                             image_sha256=hashlib.sha256(b"img").digest())
    return encode_settings(settings_version=version, app_version=5, bootloader_version=3,
                           bank_0=(0x1000, 0xDEADBEEF, 0x01), bank_1=(0x1234, 0x0BADF00D, 0xA5),
                           write_offset=0x800, sd_size=0x25000, enter_buttonless_dfu=1,
                           progress={"firmware_image_offset": 0x400, "data_object_size": 0x1000,
                                     "firmware_image_crc": 0x26000},
                           init_command=cmd, **kw)


@pytest.mark.parametrize("version", [1, 2])
def test_round_trip_every_header_field(version: int) -> None:
    page = decode_settings(_full(version), 0x7F000, input_name="p.bin")
    assert page.is_settings and page.layout == f"v{version}" and page.damage == []
    assert (page.settings_version, page.app_version, page.bootloader_version) == (version, 5, 3)
    assert (page.bank_0.image_size, page.bank_0.image_crc, page.bank_0.bank_code_name) == (
        0x1000, 0xDEADBEEF, "NRF_DFU_BANK_VALID_APP")
    assert page.bank_1.bank_code_name == "NRF_DFU_BANK_VALID_SD"
    assert (page.write_offset, page.sd_size, page.enter_buttonless_dfu) == (0x800, 0x25000, 1)
    assert page.progress.firmware_image_offset == 0x400
    assert page.progress.update_start_address == page.progress.firmware_image_crc == 0x26000
    init = page.init_command
    assert (init.fw_version, init.sd_req, init.app_size) == (9, [0x101], 0x1234)
    assert init.image_sha256 == hashlib.sha256(b"img").digest()
    assert page.progress.command_size == len(page.init_command_bytes)
    j = page.to_json()
    assert j["address"] == 0x7F000 and j["init_command"]["fw_version"] == 9
    assert j["bank_current"] == "NRF_DFU_CURRENT_BANK_0" and j["progress"]["update_start_address"] == 0x26000


def test_v2_boot_validation_fields() -> None:
    raw = encode_settings(boot_validation_app=(1, struct.pack("<I", 0x11223344)),
                          boot_validation_softdevice=(2, bytes(range(32))),
                          boot_validation_bootloader=(3, bytes(range(64))))
    page = decode_settings(raw)
    assert page.boot_validation_crc_valid is True
    assert page.boot_validation_app.type_name == "VALIDATE_GENERATED_CRC"
    assert page.boot_validation_app.value == 0x11223344
    assert page.boot_validation_softdevice.value == bytes(range(32))
    assert page.boot_validation_bootloader.type_name == "VALIDATE_ECDSA_P256_SHA256"
    # the boot validation CRC is its own: corrupting it leaves the settings CRC valid
    bad = decode_settings(encode_settings(boot_validation_crc=0x12345678))
    assert bad.crc_valid and bad.boot_validation_crc_valid is False
    assert any("boot_validation_crc 0x12345678" in d for d in bad.damage)


def test_v1_has_no_boot_validation() -> None:
    page = decode_settings(_full(1))
    assert page.boot_validation_app is NOT_PRESENT and page.boot_validation_crc is NOT_PRESENT
    assert page.to_json()["boot_validation_crc_valid"] is None


@pytest.mark.parametrize(("ble", "offset", "build"), [(True, 0x324, "ble"), (False, 0x323, "non-ble")])
def test_peer_data_and_adv_name_found_at_their_build_offset(ble: bool, offset: int, build: str) -> None:
    page = decode_settings(encode_settings(peer_data=PEER, adv_name="DfuTarg", ble=ble))
    assert page.peer_data.offset == offset and page.peer_data.build == build and page.peer_data.crc_valid
    assert page.adv_name.offset == offset + 0x40 and page.adv_name.name == "DfuTarg" and page.adv_name.len == 7
    j = page.to_json()["peer_data"]
    assert j["irk"] == PEER[0:16].hex()
    assert j["addr"] == ":".join(f"{b:02X}" for b in reversed(PEER[0x11:0x17]))
    # the settings CRCs do not cover peer data
    assert page.crc_valid and page.boot_validation_crc_valid


def test_v1_ble_peer_data() -> None:
    page = decode_settings(encode_settings(settings_version=1, peer_data=PEER, adv_name="Nordic"))
    assert page.peer_data.offset == 0x15C and page.adv_name.offset == 0x19C and page.adv_name.name == "Nordic"


def test_unwritten_peer_data_is_not_valid() -> None:
    page = decode_settings(encode_settings())
    assert page.peer_data.offset is NOT_PRESENT and page.peer_data.crc_valid is False
    assert page.adv_name.name is NOT_PRESENT


def test_erased_page() -> None:
    page = decode_settings(b"\xff" * 0x1000, 0x7F000)
    assert page.erased and page.layout == "erased" and not page.crc_valid
    assert page.app_version is NOT_PRESENT and "erased" in page.damage[0]
    assert page.to_json()["bank_0"]["image_size"] is None


def test_empty_bytes() -> None:
    page = decode_settings(b"")
    assert page.layout == "empty" and not page.erased and "empty" in page.damage[0]


def test_crc_corrupt_still_decodes() -> None:
    page = decode_settings(encode_settings(app_version=7, crc=0x01020304))
    assert not page.crc_valid and page.app_version == 7
    assert any("does not match" in d and "0x01020304" in d for d in page.damage)
    never = decode_settings(encode_settings(crc=0xFFFFFFFF))
    assert any("never calculated" in d for d in never.damage)


def test_unknown_settings_version() -> None:
    raw = bytearray(encode_settings(app_version=4))
    struct.pack_into("<I", raw, 4, 7)
    struct.pack_into("<I", raw, 0, zlib.crc32(bytes(raw[4:0x5C])))
    page = decode_settings(bytes(raw))
    assert page.crc_valid and page.layout == "unknown" and page.app_version == 4
    assert any("settings_version 7" in d for d in page.damage)
    assert page.init_command is NOT_PRESENT and page.boot_validation_app is NOT_PRESENT


@pytest.mark.parametrize("size", [0, 3, 0x40, 0x5C, 0x100, 0x300])
def test_truncated_pages_decode_what_they_hold(size: int) -> None:
    page = decode_settings(_full(2)[:size])
    assert isinstance(page, SettingsPage) and page.damage
    if size >= 0x5C:
        assert page.crc_valid and page.app_version == 5
    if size == 0x40:
        assert page.sd_size == 0x25000 and page.progress.command_crc is UNREADABLE
        assert page.progress.command_offset is not UNREADABLE
    if size == 3:
        assert page.crc is UNREADABLE and page.settings_version is UNREADABLE
    if size == 0x300:
        assert page.boot_validation_bootloader.type == 0 and page.boot_validation_bootloader.bytes is UNREADABLE


def test_damaged_init_command_is_unreadable_with_reason() -> None:
    raw = bytearray(_full(2))
    raw[0x5C:0x5C + 8] = b"\x0f\x0f\x0f\x0f\x0f\x0f\x0f\x0f"
    page = decode_settings(bytes(raw))
    assert page.init_command is UNREADABLE and page.init_command_state == "unreadable"
    assert page.init_command_error and any("init_command" in d for d in page.damage)


def test_compare_pages_marks_what_the_bootloader_restores() -> None:
    main = decode_settings(encode_settings(app_version=2, enter_buttonless_dfu=1, bank_0=(10, 20, 1)), 0x7F000)
    backup = decode_settings(encode_settings(app_version=1, bank_0=(10, 20, 1)), 0x7E000)
    diffs = {d.path: d for d in compare_pages(main, backup)}
    assert diffs["app_version"].main == 2 and diffs["app_version"].backup == 1 and diffs["app_version"].restored
    assert diffs["enter_buttonless_dfu"].restored is False
    assert "crc" in diffs and diffs["crc"].restored is False
    assert "address" not in diffs and "bank_0.image_size" not in diffs
    assert compare_pages(main, main) == []


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=0x1000))
def test_never_raises_on_any_bytes(data: bytes) -> None:
    page = decode_settings(data)
    page.to_json()
    if not page.crc_valid:
        assert page.damage


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 0x37F), st.integers(0, 255))
def test_single_byte_corruption_is_reported_or_harmless(offset: int, value: int) -> None:
    raw = bytearray(_full(2, peer_data=PEER))
    raw[offset] = value
    page = decode_settings(bytes(raw))
    page.to_json()
    if 4 <= offset < 0x5C and raw[offset] != _full(2, peer_data=PEER)[offset]:
        assert not page.crc_valid
