"""Typed records the package parsers yield and the package analysis reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import NOT_PRESENT, Absent, Location

#: manifest keys in the order a DFU host sends them (SoftDevice/bootloader before the application)
PART_ORDER = ("softdevice_bootloader", "softdevice", "bootloader", "application")
#: what each manifest key holds, as the init packet's FwType names it
PART_FW_TYPES = {"softdevice_bootloader": "SOFTDEVICE_BOOTLOADER", "softdevice": "SOFTDEVICE",
                 "bootloader": "BOOTLOADER", "application": "APPLICATION"}


@dataclass(slots=True)
class PackagePart:
    """One image of a package with its init packet, as read (decoding problems kept, not raised)."""

    input: str
    name: str
    bin_file: str | Absent = NOT_PRESENT
    dat_file: str | Absent = NOT_PRESENT
    image: bytes | Absent = NOT_PRESENT
    image_location: Location | None = None
    dat: bytes | Absent = NOT_PRESENT
    dat_location: Location | None = None
    #: ``nrf5.init_packet.InitPacket`` or ``legacy.LegacyInitPacket``; Absent when missing/undecodable
    init: Any = NOT_PRESENT
    init_error: str | Absent = NOT_PRESENT
    #: the manifest's ``info_read_only_metadata`` (``sd_size``, ``bl_size``) or legacy ``init_packet_data``
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class DfuPackage:
    """A DFU package: an nrfutil zip (``secure`` or ``legacy``) or a loose ``.dat`` [+ ``.bin``]."""

    input: str
    format: str
    parts: list[PackagePart]
    location: Location
    #: structural problems (missing/extra/unsafe members, manifest errors); also ParseWarnings
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class LooseFile:
    """A loose ``.dat`` (``role="dat"``) or ``.bin`` (``role="bin"``) to be paired by stem."""

    role: str
    stem: str
    data: bytes
    location: Location


@dataclass(frozen=True, slots=True)
class PublicKeyFile:
    """A public key given as evidence (PEM or the SDK's ``dfu_public_key.c``); decoded by ``keys``."""

    text: bytes
    location: Location


def decode_dat(data: bytes, *, legacy: bool | None = None) -> tuple[Any, str | Absent, str]:
    """``(init packet or NOT_PRESENT, error or NOT_PRESENT, "secure"|"legacy")`` for a ``.dat``.

    ``legacy=None`` decides by content: protobuf first, then the legacy struct when its lengths
    add up exactly (legacy bytes almost never decode as a valid ``dfu.Packet``).
    """
    from ..nrf5.init_packet import InitPacketError, decode_init_packet
    from .legacy import decode_legacy_init_packet, looks_legacy

    if legacy:
        try:
            return decode_legacy_init_packet(data), NOT_PRESENT, "legacy"
        except InitPacketError as exc:
            return NOT_PRESENT, f"legacy init packet: {exc}", "legacy"
    try:
        return decode_init_packet(data), NOT_PRESENT, "secure"
    except InitPacketError as exc:
        if legacy is None and looks_legacy(data):
            try:
                return decode_legacy_init_packet(data), NOT_PRESENT, "legacy"
            except InitPacketError:
                pass
        return NOT_PRESENT, str(exc), "secure"
