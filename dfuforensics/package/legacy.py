"""The legacy (SDK <= 11, nrfutil 0.5) init packet: a packed little-endian struct, not protobuf.

Layout (the brief of issue 11; nrfutil 0.5's ``init_packet.py`` field names): ``device_type`` u16,
``device_rev`` u16, ``app_version`` u32, ``softdevice_len`` u16, ``softdevice_req`` u16 x len, then
either the image's CRC16 (u16, CRC-CCITT seeded 0xFFFF as ``crc16_compute`` in the SDK) or the
extended form: ``ext_packet_id`` u32, ``firmware_length`` u32, ``firmware_hash`` (SHA-256, 32
bytes) and, for id 2, a 64-byte ECDSA signature.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from ..model import NOT_PRESENT, Absent
from ..nrf5.init_packet import InitPacketError

EXT_IDS = {0: "CRC16", 1: "SHA256", 2: "SHA256_ECDSA"}
#: 0xFFFF in device_type / device_rev and 0xFFFFFFFF in app_version mean "any" to the SDK 7-11 bootloader
ANY_U16 = 0xFFFF
ANY_U32 = 0xFFFFFFFF


@dataclass(slots=True)
class LegacyInitPacket:
    device_type: int
    device_rev: int
    app_version: int
    sd_req: list[int]
    crc16: int | Absent = NOT_PRESENT
    ext_packet_id: int | Absent = NOT_PRESENT
    firmware_length: int | Absent = NOT_PRESENT
    firmware_hash: bytes | Absent = NOT_PRESENT
    signature: bytes | Absent = NOT_PRESENT
    problems: list[str] = field(default_factory=list)

    @property
    def signed(self) -> bool:
        return isinstance(self.signature, bytes)


def looks_legacy(data: bytes) -> bool:
    """The struct's own lengths add up: 12 + 2n bytes then exactly a CRC16 or an extension."""
    if len(data) < 12:
        return False
    n = struct.unpack_from("<H", data, 8)[0]
    rest = len(data) - 10 - 2 * n
    return n <= 64 and rest in (2, 4 + 4 + 32, 4 + 4 + 32 + 64)


def decode_legacy_init_packet(data: bytes) -> LegacyInitPacket:
    if len(data) < 10:
        raise InitPacketError(f"{len(data)} bytes: a legacy init packet has at least 12")
    device_type, device_rev, app_version, n = struct.unpack_from("<HHIH", data, 0)
    end = 10 + 2 * n
    if len(data) < end:
        raise InitPacketError(f"softdevice_len says {n} entries but only {(len(data) - 10) // 2} follow")
    sd_req = list(struct.unpack_from(f"<{n}H", data, 10))
    pkt = LegacyInitPacket(device_type, device_rev, app_version, sd_req)
    rest = data[end:]
    if len(rest) == 2:
        pkt.crc16 = struct.unpack("<H", rest)[0]
    elif len(rest) >= 40:
        ext, length = struct.unpack_from("<II", rest, 0)
        if ext not in (1, 2):
            raise InitPacketError(f"ext_packet_id {ext} is not one the SDK defines (1 = hash, 2 = hash + ECDSA)")
        pkt.ext_packet_id, pkt.firmware_length, pkt.firmware_hash = ext, length, rest[8:40]
        tail = rest[40:]
        if ext == 2:
            if len(tail) != 64:
                raise InitPacketError(f"ext_packet_id 2 needs a 64-byte signature, {len(tail)} bytes follow")
            pkt.signature = tail
        elif tail:
            pkt.problems.append(f"{len(tail)} bytes after the hash")
    else:
        raise InitPacketError(f"{len(rest)} bytes after softdevice_req: neither a CRC16 (2) nor an extension (40+)")
    return pkt
