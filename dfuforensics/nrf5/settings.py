"""The nRF5 bootloader settings page (``nrf_dfu_settings_t``) as typed data.

The page is the bootloader's memory across resets: which image is valid, its size and CRC, the
versions the next update must beat, the progress of an interrupted transfer and the init command
it was working on.  Reading it tells what the bootloader believed at the moment the dump was taken.

Layouts, CRC ranges and the backup-page logic: ../shared/reference/nrf5-sdk.md §1 (offsets verified
by compiling the SDK headers), addresses §2.1, init packet §4, activation §8.5.

``decode_settings`` never raises for bad bytes: an erased page, a short page or a damaged page
decodes as far as it can, and ``damage`` says what is wrong, in words a user can act on.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..model import NOT_PRESENT, UNREADABLE, Absent
from .dfu_codes import BANK_CODES, BOOT_VALIDATION_TYPES

# -- layout (reference §1.4, §1.5) ----------------------------------------------------------------

OFF_CRC = 0x000
OFF_SETTINGS_VERSION = 0x004
OFF_APP_VERSION = 0x008
OFF_BOOTLOADER_VERSION = 0x00C
OFF_BANK_LAYOUT = 0x010
OFF_BANK_CURRENT = 0x014
OFF_BANK_0 = 0x018
OFF_BANK_1 = 0x024
OFF_WRITE_OFFSET = 0x030
OFF_SD_SIZE = 0x034
OFF_PROGRESS = 0x038
OFF_ENTER_BUTTONLESS_DFU = 0x058
OFF_INIT_COMMAND = 0x05C
#: The settings CRC covers ``settings_version`` up to (not including) ``init_command``.
CRC_RANGE = (0x004, 0x05C)

INIT_COMMAND_SIZE = {1: 256, 2: 512}
# v2 only
OFF_BOOT_VALIDATION_CRC = 0x25C
OFF_BOOT_VALIDATION = {"softdevice": 0x260, "app": 0x2A1, "bootloader": 0x2E2}
BOOT_VALIDATION_SIZE = 65  # 1 type byte (-fshort-enums) + 64 bytes
BOOT_VALIDATION_CRC_RANGE = (0x260, 0x323)
#: ``peer_data`` / ``adv_name`` offsets: v2 BLE build (4-byte aligned struct with a CRC), v2 non-BLE
#: build (byte arrays, alignment 1), and v1 BLE bootloaders of SDK 14.2-15.2.
PEER_DATA_OFFSETS = {"v2-ble": 0x324, "v2-non-ble": 0x323, "v1-ble": 0x15C}
ADV_NAME_OFFSETS = {"v2-ble": 0x364, "v2-non-ble": 0x363, "v1-ble": 0x19C}
PEER_DATA_LEN = 64
ADV_NAME_LEN = 28
ADV_NAME_MAX = 20
#: ``sizeof(nrf_dfu_settings_t)``; v1 varies by SDK and build (0x15C..0x1B8), its fixed part is 0x15C.
STRUCT_SIZE = {1: 0x15C, 2: 0x380}

BANK_LAYOUTS = {0: "NRF_DFU_BANK_LAYOUT_DUAL", 1: "NRF_DFU_BANK_LAYOUT_SINGLE"}
BANK_CURRENT = {0: "NRF_DFU_CURRENT_BANK_0", 1: "NRF_DFU_CURRENT_BANK_1"}

PROGRESS_FIELDS = ("command_size", "command_offset", "command_crc", "data_object_size",
                   "firmware_image_crc", "firmware_image_crc_last", "firmware_image_offset",
                   "firmware_image_offset_last")


def code_name(table: Mapping[int, str], value: int | Absent) -> str | Absent:
    """An SDK code's name; values the SDK does not define are shown as such, never guessed."""
    if isinstance(value, Absent):
        return value
    return table.get(value, f"unknown (0x{value:X})")


def crc32(data: bytes) -> int:
    """The SDK's ``crc32_compute`` (reflected 0xEDB88320, init and final xor 0xFFFFFFFF) = zlib's."""
    return zlib.crc32(data) & 0xFFFFFFFF


# -- records --------------------------------------------------------------------------------------

@dataclass(slots=True)
class Bank:
    """``nrf_dfu_bank_t``."""

    image_size: int | Absent
    image_crc: int | Absent
    bank_code: int | Absent

    @property
    def bank_code_name(self) -> str | Absent:
        return code_name(BANK_CODES, self.bank_code)

    def to_json(self) -> dict[str, Any]:
        return {"image_size": _j(self.image_size), "image_crc": _j(self.image_crc),
                "bank_code": _j(self.bank_code_name)}


@dataclass(slots=True)
class Progress:
    """``dfu_progress_t``; ``firmware_image_crc`` and ``update_start_address`` share one word."""

    command_size: int | Absent
    command_offset: int | Absent
    command_crc: int | Absent
    data_object_size: int | Absent
    firmware_image_crc: int | Absent
    firmware_image_crc_last: int | Absent
    firmware_image_offset: int | Absent
    firmware_image_offset_last: int | Absent

    @property
    def update_start_address(self) -> int | Absent:
        return self.firmware_image_crc

    def to_json(self) -> dict[str, Any]:
        out = {name: _j(getattr(self, name)) for name in PROGRESS_FIELDS}
        out["update_start_address"] = _j(self.update_start_address)
        return out


@dataclass(slots=True)
class BootValidation:
    """``boot_validation_t``: how the bootloader checks an image at boot (SDK 15.3+)."""

    type: int | Absent
    bytes: bytes | Absent

    @property
    def type_name(self) -> str | Absent:
        return code_name(BOOT_VALIDATION_TYPES, self.type)

    @property
    def value(self) -> int | bytes | Absent:
        """The meaningful part of ``bytes``: CRC as an integer, SHA-256 digest, ECDSA signature."""
        if isinstance(self.type, Absent) or isinstance(self.bytes, Absent):
            return UNREADABLE
        if self.type == 1:
            return int.from_bytes(self.bytes[:4], "little")
        if self.type == 2:
            return self.bytes[:32]
        if self.type == 3:
            return self.bytes[:64]
        return NOT_PRESENT

    def to_json(self) -> dict[str, Any]:
        return {"type": _j(self.type_name), "bytes": _j(self.bytes), "value": _j(self.value)}


@dataclass(slots=True)
class PeerData:
    """``nrf_dfu_peer_data_t`` (bond shared by a buttonless-DFU app), found by its own CRC."""

    offset: int | Absent
    build: str  # "ble" (v2, 0x324), "non-ble" (v2, 0x323: dummy bytes), "v1-ble", or "unknown"
    crc: int | Absent
    crc_valid: bool
    raw: bytes | Absent

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"offset": _j(self.offset), "build": self.build, "crc": _j(self.crc),
                               "crc_valid": self.crc_valid}
        if self.crc_valid and isinstance(self.raw, bytes):
            r = self.raw
            addr_byte = r[0x14]
            out.update({
                "irk": r[0x04:0x14].hex(),
                "addr_id_peer": addr_byte & 1,
                "addr_type": addr_byte >> 1,
                "addr": ":".join(f"{b:02X}" for b in reversed(r[0x15:0x1B])),
                "ltk": r[0x1C:0x2C].hex(),
                "ltk_len": r[0x2C] >> 2,
                "lesc": r[0x2C] & 1,
                "auth": (r[0x2C] >> 1) & 1,
                "ediv": int.from_bytes(r[0x2E:0x30], "little"),
                "rand": r[0x30:0x38].hex(),
                "sys_serv_attr": r[0x38:0x40].hex(),
            })
        return out


@dataclass(slots=True)
class AdvName:
    """``nrf_dfu_adv_name_t``: the advertising name a buttonless-DFU app asked the bootloader to use."""

    offset: int | Absent
    build: str
    crc: int | Absent
    crc_valid: bool
    name: str | Absent
    len: int | Absent

    def to_json(self) -> dict[str, Any]:
        return {"offset": _j(self.offset), "build": self.build, "crc": _j(self.crc),
                "crc_valid": self.crc_valid, "name": _j(self.name), "len": _j(self.len)}


@dataclass(slots=True)
class SettingsPage:
    """One decoded settings page, with where it came from and what is wrong with it."""

    address: int | Absent
    input_name: str
    file_offset: int
    size: int
    erased: bool
    layout: str  # "v1", "v2", "erased", "unknown", "empty"
    crc: int | Absent
    crc_computed: int | Absent
    crc_valid: bool
    settings_version: int | Absent
    app_version: int | Absent
    bootloader_version: int | Absent
    bank_layout: int | Absent
    bank_current: int | Absent
    bank_0: Bank
    bank_1: Bank
    write_offset: int | Absent
    sd_size: int | Absent
    progress: Progress
    enter_buttonless_dfu: int | Absent
    init_command: Any  # InitPacket | Absent
    init_command_error: str | Absent
    init_command_bytes: bytes | Absent
    boot_validation_crc: int | Absent
    boot_validation_crc_computed: int | Absent
    boot_validation_crc_valid: bool | Absent
    boot_validation_softdevice: BootValidation | Absent
    boot_validation_app: BootValidation | Absent
    boot_validation_bootloader: BootValidation | Absent
    peer_data: PeerData | Absent
    adv_name: AdvName | Absent
    damage: list[str] = field(default_factory=list)

    @property
    def is_settings(self) -> bool:
        """Does this look like a settings page at all (a known version with a valid CRC)?"""
        return self.crc_valid and self.layout in ("v1", "v2")

    def to_json(self) -> dict[str, Any]:
        """The contract's ``settings --format json`` object (integers as integers, codes by name)."""
        init: Any
        if isinstance(self.init_command, Absent):
            init = None
        else:
            init = self.init_command.to_json()

        def sub(v: Any) -> Any:
            return None if isinstance(v, Absent) else v.to_json()

        return {
            "address": _j(self.address),
            "layout": self.layout,
            "erased": self.erased,
            "crc": _j(self.crc),
            "crc_valid": self.crc_valid,
            "settings_version": _j(self.settings_version),
            "app_version": _j(self.app_version),
            "bootloader_version": _j(self.bootloader_version),
            "bank_layout": _j(code_name(BANK_LAYOUTS, self.bank_layout)),
            "bank_current": _j(code_name(BANK_CURRENT, self.bank_current)),
            "bank_0": self.bank_0.to_json(),
            "bank_1": self.bank_1.to_json(),
            "write_offset": _j(self.write_offset),
            "sd_size": _j(self.sd_size),
            "progress": self.progress.to_json(),
            "enter_buttonless_dfu": _j(self.enter_buttonless_dfu),
            "init_command": init,
            "init_command_state": self.init_command_state,
            "boot_validation_crc": _j(self.boot_validation_crc),
            "boot_validation_crc_valid": _j(self.boot_validation_crc_valid),
            "boot_validation_softdevice": sub(self.boot_validation_softdevice),
            "boot_validation_app": sub(self.boot_validation_app),
            "boot_validation_bootloader": sub(self.boot_validation_bootloader),
            "peer_data": sub(self.peer_data),
            "adv_name": sub(self.adv_name),
            "damage": list(self.damage),
        }

    @property
    def init_command_state(self) -> str:
        """``decoded``, ``empty`` (erased/zeroed area: no update in progress) or ``unreadable``."""
        if not isinstance(self.init_command, Absent):
            return "decoded"
        return "unreadable" if self.init_command is UNREADABLE else "empty"


def _j(v: Any) -> Any:
    if isinstance(v, Absent):
        return None
    if isinstance(v, (bytes, bytearray)):
        return bytes(v).hex()
    return v


# -- decoding -------------------------------------------------------------------------------------

class _Reader:
    """Little-endian reads that return UNREADABLE past the end instead of raising."""

    def __init__(self, page: bytes) -> None:
        self.page = page

    def u32(self, off: int) -> int | Absent:
        if off + 4 > len(self.page):
            return UNREADABLE
        return struct.unpack_from("<I", self.page, off)[0]

    def u8(self, off: int) -> int | Absent:
        return self.page[off] if off < len(self.page) else UNREADABLE

    def raw(self, off: int, n: int) -> bytes | Absent:
        return self.page[off:off + n] if off + n <= len(self.page) else UNREADABLE


def _bank(r: _Reader, off: int) -> Bank:
    return Bank(r.u32(off), r.u32(off + 4), r.u32(off + 8))


def _absent_bank(why: Absent) -> Bank:
    return Bank(why, why, why)


def _progress(r: _Reader) -> Progress:
    return Progress(*(r.u32(OFF_PROGRESS + 4 * i) for i in range(8)))


def decode_settings(page: bytes, address: int | None = None, *, input_name: str = "",
                    file_offset: int = 0) -> SettingsPage:
    """Decode a settings page best-effort; never raises for bad bytes (see ``damage``)."""
    page = bytes(page)
    addr: int | Absent = NOT_PRESENT if address is None else address
    r = _Reader(page)
    damage: list[str] = []
    common = dict(address=addr, input_name=input_name, file_offset=file_offset, size=len(page))
    if not page or set(page) == {0xFF}:
        erased = bool(page)
        why = NOT_PRESENT
        damage.append("page is erased (all 0xFF): no bootloader has written settings here"
                      if erased else "no bytes: the settings page is empty")
        return SettingsPage(**common, erased=erased, layout="erased" if erased else "empty",
                            crc=why, crc_computed=why, crc_valid=False, settings_version=why,
                            app_version=why, bootloader_version=why, bank_layout=why, bank_current=why,
                            bank_0=_absent_bank(why), bank_1=_absent_bank(why), write_offset=why,
                            sd_size=why, progress=Progress(*(why,) * 8), enter_buttonless_dfu=why,
                            init_command=why, init_command_error=why, init_command_bytes=why,
                            boot_validation_crc=why, boot_validation_crc_computed=why,
                            boot_validation_crc_valid=why, boot_validation_softdevice=why,
                            boot_validation_app=why, boot_validation_bootloader=why, peer_data=why,
                            adv_name=why, damage=damage)

    crc = r.u32(OFF_CRC)
    crc_computed: int | Absent = UNREADABLE
    if len(page) >= CRC_RANGE[1]:
        crc_computed = crc32(page[CRC_RANGE[0]:CRC_RANGE[1]])
    crc_valid = isinstance(crc, int) and crc != 0xFFFFFFFF and crc == crc_computed
    version = r.u32(OFF_SETTINGS_VERSION)
    if version in (1, 2):
        layout = f"v{version}"
    else:
        layout = "unknown"
        damage.append(
            f"settings_version {version} is not a layout this tool knows (1: SDK 12.3-15.2, "
            "2: SDK 15.3-17.1); only the header common to both (0x000-0x05B) is decoded"
            if isinstance(version, int) else "page too short to hold settings_version")
    if isinstance(crc_computed, Absent):
        damage.append(f"page is only {len(page)} bytes: the settings CRC covers 0x004-0x05B, so it "
                      "cannot be checked; fields past the end are unreadable")
    elif crc == 0xFFFFFFFF:
        damage.append("crc is 0xFFFFFFFF (never calculated): the bootloader treats the page as invalid")
    elif not crc_valid:
        damage.append(f"crc 0x{crc:08X} does not match the CRC32 of bytes 0x004-0x05B (0x{crc_computed:08X}): "
                      "the bootloader treats this page as invalid (and restores the backup if that is valid)")
    if version in (1, 2) and len(page) < STRUCT_SIZE[version] and not isinstance(crc_computed, Absent):
        damage.append(f"page is only {len(page)} bytes; settings v{version} takes 0x{STRUCT_SIZE[version]:X}: "
                      f"fields from 0x{len(page):X} on are unreadable")

    # init command
    init_command: Any = NOT_PRESENT
    init_error: str | Absent = NOT_PRESENT
    init_bytes: bytes | Absent = NOT_PRESENT
    progress = _progress(r)
    if version in (1, 2):
        cap = INIT_COMMAND_SIZE[version]
        area = r.raw(OFF_INIT_COMMAND, cap)
        if isinstance(area, Absent):
            area = page[OFF_INIT_COMMAND:]
        init_command, init_error, init_bytes = _init_command(area, cap, progress.command_size, damage)

    # boot validation (v2)
    bv_crc: int | Absent = NOT_PRESENT
    bv_crc_computed: int | Absent = NOT_PRESENT
    bv_crc_valid: bool | Absent = NOT_PRESENT
    bvs: dict[str, BootValidation | Absent] = {k: NOT_PRESENT for k in OFF_BOOT_VALIDATION}
    if version == 2:
        bv_crc = r.u32(OFF_BOOT_VALIDATION_CRC)
        if len(page) >= BOOT_VALIDATION_CRC_RANGE[1]:
            bv_crc_computed = crc32(page[BOOT_VALIDATION_CRC_RANGE[0]:BOOT_VALIDATION_CRC_RANGE[1]])
            bv_crc_valid = bv_crc == bv_crc_computed
            if not bv_crc_valid:
                damage.append(f"boot_validation_crc 0x{bv_crc:08X} does not match the CRC32 of bytes "
                              f"0x260-0x322 (0x{bv_crc_computed:08X}) (the bootloader checks it on the "
                              "backup page only)")
        else:
            bv_crc_computed = bv_crc_valid = UNREADABLE
        for key, off in OFF_BOOT_VALIDATION.items():
            t = r.u8(off)
            b = r.raw(off + 1, BOOT_VALIDATION_SIZE - 1)
            bvs[key] = BootValidation(t, b) if not isinstance(t, Absent) else UNREADABLE

    peer, adv = _peer_and_name(page, version)
    return SettingsPage(
        **common, erased=False, layout=layout, crc=crc, crc_computed=crc_computed, crc_valid=crc_valid,
        settings_version=version, app_version=r.u32(OFF_APP_VERSION),
        bootloader_version=r.u32(OFF_BOOTLOADER_VERSION), bank_layout=r.u32(OFF_BANK_LAYOUT),
        bank_current=r.u32(OFF_BANK_CURRENT), bank_0=_bank(r, OFF_BANK_0), bank_1=_bank(r, OFF_BANK_1),
        write_offset=r.u32(OFF_WRITE_OFFSET), sd_size=r.u32(OFF_SD_SIZE), progress=progress,
        enter_buttonless_dfu=r.u32(OFF_ENTER_BUTTONLESS_DFU), init_command=init_command,
        init_command_error=init_error, init_command_bytes=init_bytes, boot_validation_crc=bv_crc,
        boot_validation_crc_computed=bv_crc_computed, boot_validation_crc_valid=bv_crc_valid,
        boot_validation_softdevice=bvs["softdevice"], boot_validation_app=bvs["app"],
        boot_validation_bootloader=bvs["bootloader"], peer_data=peer, adv_name=adv, damage=damage)


def _init_command(area: bytes, cap: int, command_size: int | Absent, damage: list[str]):  # noqa: ANN202
    """(InitPacket | Absent, error | Absent, bytes | Absent) for the ``init_command`` area."""
    from .init_packet import InitPacketError, decode_init_packet

    if not area.strip(b"\xff") or not area.strip(b"\x00"):
        # erased by nrf_dfu_settings_progress_reset() (0xFF) or written as zeros by nrfutil: normal
        return NOT_PRESENT, NOT_PRESENT, NOT_PRESENT
    if isinstance(command_size, int) and 0 < command_size <= len(area):
        data = area[:command_size]
    else:
        if isinstance(command_size, int) and command_size > cap:
            damage.append(f"progress.command_size {command_size} is larger than the {cap}-byte init_command "
                          "area; the whole area is decoded instead")
        data = area
    try:
        return decode_init_packet(data), NOT_PRESENT, data
    except InitPacketError as exc:
        damage.append(f"init_command (0x{OFF_INIT_COMMAND:03X}, {len(data)} bytes) is not a decodable "
                      f"init packet: {exc}")
        return UNREADABLE, str(exc), data


def _peer_and_name(page: bytes, version: int | Absent) -> tuple[PeerData | Absent, AdvName | Absent]:
    """Find ``peer_data``/``adv_name`` by their own CRCs at every offset a build may put them."""
    if version == 2:
        candidates = ("v2-ble", "v2-non-ble")
    elif version == 1:
        candidates = ("v1-ble",)
    else:
        return NOT_PRESENT, NOT_PRESENT
    build_names = {"v2-ble": "ble", "v2-non-ble": "non-ble", "v1-ble": "v1-ble"}
    peer: PeerData | Absent = NOT_PRESENT
    adv: AdvName | Absent = NOT_PRESENT
    for cand in candidates:
        off = PEER_DATA_OFFSETS[cand]
        raw = page[off:off + PEER_DATA_LEN]
        if len(raw) == PEER_DATA_LEN and _own_crc_ok(raw):
            peer = PeerData(off, build_names[cand], int.from_bytes(raw[:4], "little"), True, raw)
            break
    for cand in candidates:
        off = ADV_NAME_OFFSETS[cand]
        raw = page[off:off + ADV_NAME_LEN]
        if len(raw) == ADV_NAME_LEN and _own_crc_ok(raw):
            n = int.from_bytes(raw[0x18:0x1C], "little")
            name = raw[4:4 + min(n, ADV_NAME_MAX)].decode("utf-8", errors="replace")
            adv = AdvName(off, build_names[cand], int.from_bytes(raw[:4], "little"), True, name, n)
            break
    # Neither validated: say what the BLE offset holds (a non-BLE build keeps dummy bytes there).
    if isinstance(peer, Absent):
        off = PEER_DATA_OFFSETS[candidates[0]]
        raw = page[off:off + PEER_DATA_LEN]
        if len(raw) == PEER_DATA_LEN:
            peer = PeerData(NOT_PRESENT, "unknown", int.from_bytes(raw[:4], "little"), False, raw)
    if isinstance(adv, Absent):
        off = ADV_NAME_OFFSETS[candidates[0]]
        raw = page[off:off + ADV_NAME_LEN]
        if len(raw) == ADV_NAME_LEN:
            adv = AdvName(NOT_PRESENT, "unknown", int.from_bytes(raw[:4], "little"), False, NOT_PRESENT,
                          NOT_PRESENT)
    return peer, adv


def _own_crc_ok(raw: bytes) -> bool:
    """A peer-data/adv-name block whose first word is the CRC32 of the rest (and not erased/zero)."""
    body = raw[4:]
    if not body.strip(b"\xff") or not body.strip(b"\x00"):
        return False
    return int.from_bytes(raw[:4], "little") == crc32(body)


# -- comparing the page with its backup (reference §1.7) -------------------------------------------

@dataclass(frozen=True, slots=True)
class FieldDiff:
    """One field that differs between the settings page and its backup.

    ``restored`` is True for fields the bootloader (15.3+) copies back from a valid backup over a
    valid page at boot ("forbidden parts": 0x004-0x057 and ``init_command`` up to ``peer_data``):
    a difference there is undone at the next boot.  ``enter_buttonless_dfu``, ``peer_data`` and
    ``adv_name`` are the app's to change; ``crc`` follows the rest.
    """

    path: str
    main: Any
    backup: Any
    restored: bool


_NOT_RESTORED = ("crc", "crc_valid", "enter_buttonless_dfu", "peer_data", "adv_name")
_NOT_COMPARED = ("address", "damage", "erased", "layout")


def compare_pages(main: SettingsPage, backup: SettingsPage) -> list[FieldDiff]:
    """Every decoded field whose value differs between page and backup, in field order."""
    out: list[FieldDiff] = []
    a, b = main.to_json(), backup.to_json()
    for path, va, vb in _leaves(a, b, ""):
        top = path.split(".", 1)[0]
        if top in _NOT_COMPARED or va == vb:
            continue
        out.append(FieldDiff(path, va, vb, restored=top not in _NOT_RESTORED))
    return out


#: Blocks compared as a whole: one difference each, not one per decoded sub-field.
_WHOLE = ("init_command", "peer_data", "adv_name")


def _leaves(a: Any, b: Any, prefix: str) -> Iterable[tuple[str, Any, Any]]:
    if isinstance(a, dict) and isinstance(b, dict) and prefix not in _WHOLE:
        keys = list(a) + [k for k in b if k not in a]
        for k in keys:
            yield from _leaves(a.get(k), b.get(k), f"{prefix}.{k}" if prefix else k)
    else:
        yield prefix, a, b


# -- encoding (tests and samples) -----------------------------------------------------------------

def encode_settings(
    *,
    settings_version: int = 2,
    app_version: int = 0,
    bootloader_version: int = 0,
    bank_layout: int = 0,
    bank_current: int = 0,
    bank_0: tuple[int, int, int] = (0, 0, 0),
    bank_1: tuple[int, int, int] = (0, 0, 0),
    write_offset: int = 0,
    sd_size: int = 0,
    progress: Mapping[str, int] | None = None,
    enter_buttonless_dfu: int = 0,
    init_command: bytes = b"",
    boot_validation_softdevice: tuple[int, bytes] = (0, b""),
    boot_validation_app: tuple[int, bytes] = (0, b""),
    boot_validation_bootloader: tuple[int, bytes] = (0, b""),
    peer_data: bytes | None = None,
    adv_name: str | None = None,
    ble: bool = True,
    page_size: int = 0x1000,
    crc: int | None = None,
    boot_validation_crc: int | None = None,
) -> bytes:
    """A settings page as a bootloader writes it, with both CRCs computed (override to corrupt them).

    ``bank_0``/``bank_1`` are ``(image_size, image_crc, bank_code)``; boot validations are
    ``(type, bytes)``; ``peer_data`` is the 60 bytes after its CRC; ``ble`` picks the peer-data offset
    of a BLE (0x324) or non-BLE (0x323) build; v1 puts peer data/adv name at 0x15C/0x19C.  The struct
    is zero except the init command area (0xFF after ``nrf_dfu_settings_progress_reset``) and the rest
    of the page is erased (0xFF).
    """
    if settings_version not in (1, 2):
        raise ValueError("settings_version must be 1 or 2")
    size = STRUCT_SIZE[settings_version]
    if settings_version == 1 and (peer_data is not None or adv_name is not None):
        size = 0x1B8
    buf = bytearray(b"\xff" * page_size)
    buf[:size] = bytes(size)
    cap = INIT_COMMAND_SIZE[settings_version]
    if len(init_command) > cap:
        raise ValueError(f"init command of {len(init_command)} bytes does not fit in {cap}")
    buf[OFF_INIT_COMMAND:OFF_INIT_COMMAND + cap] = init_command + b"\xff" * (cap - len(init_command))
    prog = {name: 0 for name in PROGRESS_FIELDS}
    if init_command:
        prog["command_size"] = prog["command_offset"] = len(init_command)
        prog["command_crc"] = crc32(init_command)
    prog.update(progress or {})
    words = [(OFF_SETTINGS_VERSION, settings_version), (OFF_APP_VERSION, app_version),
             (OFF_BOOTLOADER_VERSION, bootloader_version), (OFF_BANK_LAYOUT, bank_layout),
             (OFF_BANK_CURRENT, bank_current), (OFF_WRITE_OFFSET, write_offset), (OFF_SD_SIZE, sd_size),
             (OFF_ENTER_BUTTONLESS_DFU, enter_buttonless_dfu)]
    words += [(OFF_BANK_0 + 4 * i, v) for i, v in enumerate(bank_0)]
    words += [(OFF_BANK_1 + 4 * i, v) for i, v in enumerate(bank_1)]
    words += [(OFF_PROGRESS + 4 * i, prog[name]) for i, name in enumerate(PROGRESS_FIELDS)]
    for off, value in words:
        struct.pack_into("<I", buf, off, value & 0xFFFFFFFF)
    if settings_version == 2:
        for (vtype, vbytes), off in zip((boot_validation_softdevice, boot_validation_app,
                                         boot_validation_bootloader), OFF_BOOT_VALIDATION.values(),
                                        strict=True):
            buf[off] = vtype
            buf[off + 1:off + BOOT_VALIDATION_SIZE] = vbytes.ljust(BOOT_VALIDATION_SIZE - 1, b"\x00")
        bv = crc32(bytes(buf[BOOT_VALIDATION_CRC_RANGE[0]:BOOT_VALIDATION_CRC_RANGE[1]]))
        struct.pack_into("<I", buf, OFF_BOOT_VALIDATION_CRC,
                         bv if boot_validation_crc is None else boot_validation_crc)
    build = "v1-ble" if settings_version == 1 else ("v2-ble" if ble else "v2-non-ble")
    if peer_data is not None:
        body = peer_data.ljust(PEER_DATA_LEN - 4, b"\x00")[:PEER_DATA_LEN - 4]
        off = PEER_DATA_OFFSETS[build]
        buf[off:off + PEER_DATA_LEN] = struct.pack("<I", crc32(body)) + body
    if adv_name is not None:
        name = adv_name.encode()[:ADV_NAME_MAX]
        body = name.ljust(ADV_NAME_MAX, b"\x00") + struct.pack("<I", len(name))
        off = ADV_NAME_OFFSETS[build]
        buf[off:off + ADV_NAME_LEN] = struct.pack("<I", crc32(body)) + body
    computed = crc32(bytes(buf[CRC_RANGE[0]:CRC_RANGE[1]]))
    struct.pack_into("<I", buf, OFF_CRC, computed if crc is None else crc)
    return bytes(buf)
