"""The nRF5 secure bootloader's init packet (``dfu.Packet``, protobuf) as typed data.

An init packet turns up in DFU packages (``*.dat``) and, for an update still in progress, in the
settings page's ``init_command`` area.  Decoding it tells which update the device was attempting
(versions, ``sd_req``, image size and hash, signature).  Schema and its quirks:
../shared/reference/nrf5-sdk.md §4.

The protobuf classes in ``dfu_cc_pb2.py`` are generated from ``dfu_cc.proto``; regenerate them
(from the project root) with::

    .venv/bin/python -m grpc_tools.protoc -I dfuforensics/nrf5 --python_out=dfuforensics/nrf5 \\
        dfuforensics/nrf5/dfu_cc.proto

The protobuf runtime is imported only when a packet is decoded or encoded: the CLI's start-up time
must not pay for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..model import NOT_PRESENT, Absent

#: Limits from the SDK's ``dfu-cc.options`` (nanopb): a bootloader rejects anything larger.
MAX_HASH_BYTES = 32
MAX_SIGNATURE_BYTES = 64
MAX_SD_REQ = 16
MAX_BOOT_VALIDATION = 3
MAX_BOOT_VALIDATION_BYTES = 64


class InitPacketError(ValueError):
    """The bytes are not a decodable ``dfu.Packet``; the message says what is wrong."""


@dataclass(slots=True)
class InitPacket:
    """One decoded init packet.  Optional protobuf fields the packet leaves out are ``NOT_PRESENT``."""

    signed: bool
    op_code: str | Absent
    fw_version: int | Absent
    hw_version: int | Absent
    sd_req: list[int]
    type: str | Absent
    sd_size: int | Absent
    bl_size: int | Absent
    app_size: int | Absent
    hash_type: str | Absent
    hash: bytes | Absent
    image_sha256: bytes | Absent
    is_debug: bool
    boot_validation: list[tuple[str, bytes]] = field(default_factory=list)
    signature_type: str | Absent = NOT_PRESENT
    signature: bytes | Absent = NOT_PRESENT
    #: The serialized ``InitCommand`` exactly as stored: the bytes the signature covers (nrfutil signs
    #: ``InitCommand.SerializeToString()``; the bootloader checks the same bytes of the packet).
    signed_payload: bytes | Absent = NOT_PRESENT
    #: Things a bootloader would object to although protobuf decoded them (oversized fields, ...).
    problems: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The contract's ``init_command`` object: bytes as hex, absent values as null."""

        def j(v: Any) -> Any:
            if isinstance(v, Absent):
                return None
            if isinstance(v, bytes):
                return v.hex()
            return v

        return {
            "signed": self.signed,
            "op_code": j(self.op_code),
            "fw_version": j(self.fw_version),
            "hw_version": j(self.hw_version),
            "sd_req": list(self.sd_req),
            "type": j(self.type),
            "sd_size": j(self.sd_size),
            "bl_size": j(self.bl_size),
            "app_size": j(self.app_size),
            "hash_type": j(self.hash_type),
            "hash": j(self.hash),
            "image_sha256": j(self.image_sha256),
            "is_debug": self.is_debug,
            "boot_validation": [{"type": t, "bytes": b.hex()} for t, b in self.boot_validation],
            "signature_type": j(self.signature_type),
            "signature": j(self.signature),
            "problems": list(self.problems),
        }


def _pb():  # noqa: ANN202 - the generated module
    from . import dfu_cc_pb2

    return dfu_cc_pb2


def _parse(data: bytes):  # noqa: ANN202 - (Packet, RawPacket)
    from google.protobuf.message import DecodeError

    pb = _pb()
    packet = pb.Packet()
    raw = pb.RawPacket()
    try:
        packet.ParseFromString(data)
        raw.ParseFromString(data)
    except DecodeError as exc:
        raise InitPacketError(f"not a protobuf dfu.Packet ({exc})") from None
    except Exception as exc:  # upb raises assorted errors on hostile input
        raise InitPacketError(f"not a protobuf dfu.Packet ({type(exc).__name__}: {exc})") from None
    return packet, raw


def _unknown_fields(msg: Any, path: str) -> list[str]:
    """Field numbers the schema does not know, anywhere in the message (random bytes often parse)."""
    from google.protobuf.unknown_fields import UnknownFieldSet

    out = [f"{path}#{f.field_number}" for f in UnknownFieldSet(msg)]
    for desc, value in msg.ListFields():
        if desc.message_type is None:
            continue
        items = value if desc.is_repeated else [value]
        for item in items:
            out.extend(_unknown_fields(item, f"{path}.{desc.name}"))
    return out


def decode_init_packet(data: bytes) -> InitPacket:
    """Decode a ``dfu.Packet``; trailing 0xFF (erased flash after the packet) is ignored.

    Raises ``InitPacketError`` when the bytes are not a packet this schema describes.
    """
    data = bytes(data)
    if not data:
        raise InitPacketError("no bytes: the init packet is empty")
    stripped = data.rstrip(b"\xff")
    if not stripped:
        raise InitPacketError(f"all {len(data)} bytes are 0xFF (erased): no init packet")
    # The packet ends where protobuf says; erased padding (0xFF) cannot be a field tag, so the
    # shortest length at or after the last non-0xFF byte that parses is the packet.  Fields may end
    # in 0xFF bytes themselves, hence the retries.
    first_error: InitPacketError | None = None
    parsed = None
    for end in range(len(stripped), min(len(data), len(stripped) + MAX_SIGNATURE_BYTES + 2) + 1):
        try:
            parsed = _parse(data[:end])
            break
        except InitPacketError as exc:
            first_error = first_error or exc
    if parsed is None:
        assert first_error is not None
        raise first_error
    packet, raw = parsed
    if not packet.IsInitialized():
        missing = ", ".join(packet.FindInitializationErrors())
        raise InitPacketError(f"dfu.Packet is missing required fields: {missing}")
    unknown = _unknown_fields(packet, "Packet")
    if unknown:
        raise InitPacketError("fields the dfu.Packet schema does not have: " + ", ".join(unknown[:8])
                              + (" ..." if len(unknown) > 8 else ""))
    return _from_message(packet, raw)


def _from_message(packet: Any, raw: Any) -> InitPacket:
    pb = _pb()
    signed = packet.HasField("signed_command")
    if signed:
        command = packet.signed_command.command
        signature_type: str | Absent = pb.SignatureType.Name(packet.signed_command.signature_type)
        signature: bytes | Absent = bytes(packet.signed_command.signature)
        payload: bytes | Absent = bytes(raw.signed_command.command.init)
    elif packet.HasField("command"):
        command = packet.command
        signature_type = signature = payload = NOT_PRESENT
    else:
        raise InitPacketError("dfu.Packet holds neither a command nor a signed command")
    problems: list[str] = []
    if signed and packet.HasField("command"):
        problems.append("packet holds both a plain and a signed command; the signed one is used")
    op_code: str | Absent = pb.OpCode.Name(command.op_code) if command.HasField("op_code") else NOT_PRESENT
    init = command.init
    if not command.HasField("init"):
        problems.append("command has no init command")

    def opt(name: str) -> int | Absent:
        return int(getattr(init, name)) if init.HasField(name) else NOT_PRESENT

    hash_type: str | Absent = NOT_PRESENT
    hash_bytes: bytes | Absent = NOT_PRESENT
    image_sha256: bytes | Absent = NOT_PRESENT
    if init.HasField("hash"):
        hash_type = pb.HashType.Name(init.hash.hash_type)
        hash_bytes = bytes(init.hash.hash)
        if hash_type == "SHA256":
            # stored byte-reversed relative to sha256(image) (reference §4)
            image_sha256 = hash_bytes[::-1]
        if len(hash_bytes) > MAX_HASH_BYTES:
            problems.append(f"hash is {len(hash_bytes)} bytes; a bootloader accepts at most {MAX_HASH_BYTES}")
    sd_req = [int(v) for v in init.sd_req]
    if len(sd_req) > MAX_SD_REQ:
        problems.append(f"sd_req lists {len(sd_req)} values; a bootloader accepts at most {MAX_SD_REQ}")
    boot_validation = [(pb.ValidationType.Name(bv.type), bytes(bv.bytes)) for bv in init.boot_validation]
    if len(boot_validation) > MAX_BOOT_VALIDATION:
        problems.append(f"{len(boot_validation)} boot_validation entries; at most {MAX_BOOT_VALIDATION}")
    if isinstance(signature, bytes) and len(signature) > MAX_SIGNATURE_BYTES:
        problems.append(f"signature is {len(signature)} bytes; at most {MAX_SIGNATURE_BYTES}")
    return InitPacket(
        signed=signed,
        op_code=op_code,
        fw_version=opt("fw_version"),
        hw_version=opt("hw_version"),
        sd_req=sd_req,
        type=pb.FwType.Name(init.type) if init.HasField("type") else NOT_PRESENT,
        sd_size=opt("sd_size"),
        bl_size=opt("bl_size"),
        app_size=opt("app_size"),
        hash_type=hash_type,
        hash=hash_bytes,
        image_sha256=image_sha256,
        is_debug=bool(init.is_debug),
        boot_validation=boot_validation,
        signature_type=signature_type,
        signature=signature,
        signed_payload=payload,
        problems=problems,
    )


# -- init packets in other evidence (a debug bootloader's hexdump of the command it received) -----------

#: Fields of ``InitCommand`` and their protobuf wire types (0 varint, 2 length-delimited); ``sd_req`` is
#: packed (2) but a decoder also takes it unpacked (0).
_INIT_WIRE: dict[int, frozenset[int]] = {1: frozenset({0}), 2: frozenset({0}), 3: frozenset({0, 2}), 4: frozenset({0}),
                                         5: frozenset({0}), 6: frozenset({0}), 7: frozenset({0}), 8: frozenset({2}),
                                         9: frozenset({0}), 10: frozenset({2})}


#: ``InitCommand`` fields that may repeat (``sd_req`` unpacked, ``boot_validation``).
_REPEATED = frozenset({3, 10})


def _varint(data: bytes, i: int) -> tuple[int | None, int]:
    value = 0
    for k in range(10):
        if i >= len(data):
            return None, i
        b = data[i]
        i += 1
        value |= (b & 0x7F) << (7 * k)
        if not b & 0x80:
            return value, i
    return None, i


def _wire_fields(data: bytes) -> list[tuple[int, int]] | None:
    """(field number, wire type) of every top-level field, or None when the bytes are not a protobuf
    message made of varint and length-delimited fields that ends exactly at their end."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(data):
        key, i = _varint(data, i)
        if key is None or key >> 3 == 0:
            return None
        number, wire = key >> 3, key & 7
        value, i = _varint(data, i)
        if value is None or wire not in (0, 2):
            return None
        if wire == 2:
            if i + value > len(data):
                return None
            i += value
        out.append((number, wire))
    return out


def wire_shape(data: bytes) -> str | None:
    """What ``data`` is by the protobuf wire format alone: ``"packet"`` (a whole ``dfu.Packet``: one command
    or signed command field that covers every byte, as the ``.dat`` file and the settings page hold it),
    ``"init_command"`` (a bare ``InitCommand``, the bytes the signature covers, ascending field numbers with
    the type and the hash present, as nrfutil writes them) or None.

    Why: a debug bootloader dumps several buffers (the init packet, a hash, a signature, a public key); this
    tells them apart without importing protobuf for each, and random bytes almost never pass."""
    fields = _wire_fields(data)
    if not fields:
        return None
    if len(fields) == 1 and fields[0] in ((1, 2), (2, 2)):
        return "packet"
    numbers = [n for n, _w in fields]
    ascending = all(a < b or (a == b and a in _REPEATED) for a, b in zip(numbers, numbers[1:], strict=False))
    if ascending and 4 in numbers and 8 in numbers and all(w in _INIT_WIRE.get(n, ()) for n, w in fields):
        return "init_command"
    return None


def _length_delimited(number: int, payload: bytes) -> bytes:
    key, size, out = (number << 3) | 2, len(payload), bytearray()
    out.append(key)
    while True:
        byte = size & 0x7F
        size >>= 7
        out.append(byte | (0x80 if size else 0))
        if not size:
            return bytes(out) + payload


def decode_init_command(data: bytes) -> InitPacket:
    """Decode a bare serialized ``InitCommand`` (no ``Packet`` or ``Command`` around it) by putting it in an
    unsigned ``Packet``; ``signed`` and ``op_code`` of the result say nothing about the original packet."""
    return decode_init_packet(_length_delimited(1, _length_delimited(2, bytes(data))))


#: ``InitPacket.to_json`` keys that a bare InitCommand cannot tell (they belong to the packet around it).
_PACKET_ONLY = ("signed", "op_code", "signature_type", "signature")


def init_fields(data: bytes) -> dict[str, Any] | None:
    """The decoded fields of the init packet in ``data`` (``wire_shape``), for an event: ``form``
    (``packet``/``init_command``), then ``InitPacket.to_json``'s values (bytes as hex) except those the
    bytes leave out (and, for a bare InitCommand, those of the packet around it); None when ``data`` is not
    an init packet."""
    shape = wire_shape(data)
    if shape is None:
        return None
    try:
        packet = decode_init_packet(data) if shape == "packet" else decode_init_command(data)
    except InitPacketError:
        return None
    if isinstance(packet.type, Absent):  # nrfutil always sets it: bytes that merely parse are not a packet
        return None
    out: dict[str, Any] = {"form": shape}
    for key, value in packet.to_json().items():
        if value is None or (key in ("boot_validation", "problems") and not value):
            continue
        if shape == "init_command" and key in _PACKET_ONLY:
            continue
        out[key] = value
    return out


def encode_init_packet(
    *,
    fw_version: int | None = None,
    hw_version: int | None = None,
    sd_req: Sequence[int] = (),
    type: str | None = "APPLICATION",  # noqa: A002 - the proto field's name
    sd_size: int | None = None,
    bl_size: int | None = None,
    app_size: int | None = None,
    hash_type: str | None = None,
    hash: bytes | None = None,  # noqa: A002 - the proto field's name
    image_sha256: bytes | None = None,
    is_debug: bool | None = None,
    boot_validation: Sequence[tuple[str, bytes]] = (),
    signature_type: str | None = None,
    signature: bytes | None = None,
    op_code: str | None = "INIT",
) -> bytes:
    """Serialize an init packet with the generated protobuf classes (for tests and samples).

    Give ``image_sha256`` (the digest as ``hashlib`` prints it) to store it the way nrfutil does
    (reversed, hash type SHA256), or ``hash``/``hash_type`` to store bytes as given.  A packet is
    signed when ``signature`` is given.
    """
    pb = _pb()
    command = pb.Command()
    if op_code is not None:
        command.op_code = pb.OpCode.Value(op_code)
    init = command.init
    for name, value in (("fw_version", fw_version), ("hw_version", hw_version), ("sd_size", sd_size),
                        ("bl_size", bl_size), ("app_size", app_size)):
        if value is not None:
            setattr(init, name, value)
    init.sd_req.extend(sd_req)
    if type is not None:
        init.type = pb.FwType.Value(type)
    if image_sha256 is not None:
        hash_type, hash = "SHA256", bytes(image_sha256)[::-1]
    if hash is not None:
        init.hash.hash_type = pb.HashType.Value(hash_type or "SHA256")
        init.hash.hash = bytes(hash)
    if is_debug is not None:
        init.is_debug = is_debug
    for vtype, vbytes in boot_validation:
        bv = init.boot_validation.add()
        bv.type = pb.ValidationType.Value(vtype)
        bv.bytes = bytes(vbytes)
    packet = pb.Packet()
    if signature is not None:
        packet.signed_command.command.CopyFrom(command)
        packet.signed_command.signature_type = pb.SignatureType.Value(signature_type or "ECDSA_P256_SHA256")
        packet.signed_command.signature = bytes(signature)
    else:
        packet.command.CopyFrom(command)
    return packet.SerializeToString(deterministic=True)
