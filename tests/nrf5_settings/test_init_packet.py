"""decode_init_packet / encode_init_packet: round trip, padding, and clear errors."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dfuforensics.model import NOT_PRESENT
from dfuforensics.nrf5.init_packet import InitPacketError, decode_init_packet, encode_init_packet


def test_round_trip_unsigned() -> None:
    digest = hashlib.sha256(b"application").digest()
    data = encode_init_packet(fw_version=3, hw_version=52, sd_req=[0xB6, 0x101], type="SOFTDEVICE_BOOTLOADER",
                              sd_size=0x25000, bl_size=0x6000, image_sha256=digest, is_debug=True,
                              boot_validation=[("VALIDATE_GENERATED_CRC", b"\x01\x02\x03\x04")])
    p = decode_init_packet(data)
    assert not p.signed and p.op_code == "INIT"
    assert (p.fw_version, p.hw_version, p.sd_req, p.type) == (3, 52, [0xB6, 0x101], "SOFTDEVICE_BOOTLOADER")
    assert (p.sd_size, p.bl_size, p.app_size) == (0x25000, 0x6000, NOT_PRESENT)
    assert p.hash_type == "SHA256" and p.image_sha256 == digest and p.hash == digest[::-1]
    assert p.is_debug and p.boot_validation == [("VALIDATE_GENERATED_CRC", b"\x01\x02\x03\x04")]
    assert p.signature is NOT_PRESENT and p.signed_payload is NOT_PRESENT
    j = p.to_json()
    assert j["app_size"] is None and j["hash"] == digest[::-1].hex() and j["type"] == "SOFTDEVICE_BOOTLOADER"


def test_round_trip_signed_payload_is_the_init_command() -> None:
    from dfuforensics.nrf5 import dfu_cc_pb2

    sig = bytes(range(64))
    data = encode_init_packet(fw_version=1, app_size=100, signature=sig)
    p = decode_init_packet(data)
    assert p.signed and p.signature == sig and p.signature_type == "ECDSA_P256_SHA256"
    init = dfu_cc_pb2.InitCommand()
    init.ParseFromString(p.signed_payload)
    assert init.fw_version == 1 and init.app_size == 100


@pytest.mark.parametrize("pad", [0, 1, 7, 200])
def test_trailing_erased_flash_is_ignored(pad: int) -> None:
    # a signature ending in 0xFF bytes must survive the padding strip
    sig = bytes(60) + b"\xff" * 4
    data = encode_init_packet(fw_version=2, signature=sig)
    assert data.endswith(b"\xff")
    p = decode_init_packet(data + b"\xff" * pad)
    assert p.signature == sig and p.fw_version == 2


@pytest.mark.parametrize(("data", "words"), [
    (b"", "empty"),
    (b"\xff" * 64, "0xFF"),
    (b"\x0a\x05\x08", "not a protobuf"),
    (b"\x12\x00", "missing required|neither"),  # an empty SignedCommand lacks its required fields
    (b"\x18\x01", "schema does not have"),       # field 3 is not in dfu.Packet
    (b"\x00\x00\x00", "not a protobuf"),
])
def test_undecodable_bytes_say_what_is_wrong(data: bytes, words: str) -> None:
    import re

    with pytest.raises(InitPacketError, match=re.compile(words, re.I)):
        decode_init_packet(data)


def test_oversized_fields_are_problems_not_errors() -> None:
    p = decode_init_packet(encode_init_packet(sd_req=list(range(20)), hash=bytes(40), hash_type="SHA512"))
    assert any("sd_req" in x for x in p.problems) and any("hash is 40" in x for x in p.problems)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_decode_or_raise_init_packet_error(data: bytes) -> None:
    try:
        decode_init_packet(data).to_json()
    except InitPacketError as exc:
        assert str(exc)
