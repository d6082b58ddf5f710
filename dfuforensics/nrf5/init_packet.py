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
