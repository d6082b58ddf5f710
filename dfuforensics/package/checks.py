"""The checks on one package part: on its own, then against the device the evidence describes.

Every check gives ``True``/``False`` or ``Absent`` (the evidence cannot tell), plus sentences
saying why.  Sources: ../shared/reference/nrf5-sdk.md §4 (init packet, hash byte order, version
rules, ``hw_version`` 52), §2.2-2.4 (bank 0 start, app-data area, SoftDevice sizes and FWIDs).
"""

from __future__ import annotations

import binascii
import hashlib
import struct
import zlib
from dataclasses import dataclass, field
from typing import Any

from ..model import NOT_PRESENT, Absent, Location
from ..nrf5.dfu_codes import SD_REQ_ANY_VERSION, softdevice_name
from ..nrf5.init_packet import InitPacket
from ..nrf5.vector_table import RAM_BASE, VectorTable, check_vector_table
from .legacy import LegacyInitPacket
from .model import PART_FW_TYPES, DfuPackage, PackagePart

MBR_SIZE = 0x1000
PAGE = 0x1000
#: SD_SIZE (end address incl. MBR) of SoftDevices measured from their SDK hex files (reference §2.3);
#: only these: a FWID not listed gives no size rather than a guess
SD_SIZE_BY_FWID = {
    0x87: 0x1B000, 0x8C: 0x1F000, 0x9D: 0x23000, 0xA6: 0x18000, 0x96: 0x22000,
    0xA7: 0x19000, 0xA8: 0x26000, 0xA9: 0x26000, 0xAF: 0x26000,
    0xCD: 0x19000, 0xCC: 0x1C000, 0xCB: 0x26000, 0xCA: 0x27000,
    0x103: 0x19000, 0x102: 0x1C000, 0x101: 0x26000, 0x100: 0x27000, 0xEA: 0x1C000,
}
#: the largest nRF52 RAM end: without a device, a stack pointer up to here is plausible
DEFAULT_RAM_END = RAM_BASE + 0x40000
#: ``NRF_DFU_HW_VERSION`` of the SDK's nRF52 example bootloaders (reference §4)
SDK_NRF52_HW_VERSION = 52
SD_INFO_IN_IMAGE = 0x2000  # the info structure's offset from the SoftDevice's start (0x1000)
SD_MAGIC = 0x51B1E5DB


def page_align(n: int) -> int:
    return (n + PAGE - 1) // PAGE * PAGE


@dataclass(slots=True)
class Device:
    """What the device evidence says, as the nRF5 analysis published it (Absent = not in evidence)."""

    installed_fwid: int | Absent = NOT_PRESENT
    sd_size: int | Absent = NOT_PRESENT
    bank0_start: int | Absent = NOT_PRESENT
    app_data_start: int | Absent = NOT_PRESENT
    ram_end: int | Absent = NOT_PRESENT
    app_version: int | Absent = NOT_PRESENT
    bootloader_version: int | Absent = NOT_PRESENT
    chip: str | Absent = NOT_PRESENT
    bootloader_start: int | Absent = NOT_PRESENT
    bootloader_end: int | Absent = NOT_PRESENT
    #: the init command stored in the settings page (an update in progress), as settings facts
    stored_command: dict[str, Any] | Absent = NOT_PRESENT
    memory: Any = None

    @property
    def expected_hw_version(self) -> int | Absent:
        if isinstance(self.chip, str) and self.chip.startswith("nrf52"):
            return SDK_NRF52_HW_VERSION
        return NOT_PRESENT


@dataclass(slots=True)
class Check:
    ok: bool | Absent = NOT_PRESENT
    problems: list[str] = field(default_factory=list)

    def fail(self, msg: str) -> None:
        self.ok = False
        self.problems.append(msg)

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "problems": list(self.problems)}


@dataclass(slots=True)
class PartReport:
    """Everything judged about one part; ``to_json`` is one entry of the report's ``package.parts``."""

    part: PackagePart
    package_format: str
    fw_type: str | Absent = NOT_PRESENT
    init: Check = field(default_factory=Check)
    hash: Check = field(default_factory=Check)
    sizes: Check = field(default_factory=Check)
    vector: Check = field(default_factory=Check)
    linked_below: bool | Absent = NOT_PRESENT
    app_start: int | Absent = NOT_PRESENT
    app_start_basis: str = ""
    new_sd_fwid: int | Absent = NOT_PRESENT
    new_sd_size: int | Absent = NOT_PRESENT
    sd_req: Check = field(default_factory=Check)
    sd_id: Check = field(default_factory=Check)
    hw_version: Check = field(default_factory=Check)
    fw_version: Check = field(default_factory=Check)
    space: Check = field(default_factory=Check)
    space_available: int | Absent = NOT_PRESENT
    landed: bool | Absent = NOT_PRESENT
    #: this part's init command is the one stored in the settings page (an update in progress)
    stored_command: bool | Absent = NOT_PRESENT
    signature: str = "unsigned"
    signature_detail: str = ""
    boot_validation: Check = field(default_factory=Check)

    @property
    def image_size(self) -> int | Absent:
        return len(self.part.image) if isinstance(self.part.image, bytes) else NOT_PRESENT

    def to_json(self) -> dict[str, Any]:
        p, init = self.part, self.part.init
        out: dict[str, Any] = {
            "input": p.input, "part": p.name, "format": self.package_format, "type": self.fw_type,
            "bin_file": p.bin_file, "dat_file": p.dat_file, "image_size": self.image_size,
            "image_sha256": hashlib.sha256(p.image).hexdigest() if isinstance(p.image, bytes) else NOT_PRESENT,
        }
        if isinstance(init, InitPacket):
            out.update(fw_version=init.fw_version, hw_version=init.hw_version, sd_req=list(init.sd_req),
                       sd_req_names=[sd_req_name(v) for v in init.sd_req], sd_size=init.sd_size,
                       bl_size=init.bl_size, app_size=init.app_size, hash_type=init.hash_type,
                       is_debug=init.is_debug, boot_validation=[t for t, _b in init.boot_validation],
                       signed=init.signed, signature_type=init.signature_type)
        elif isinstance(init, LegacyInitPacket):
            out.update(fw_version=init.app_version, device_type=init.device_type, device_rev=init.device_rev,
                       sd_req=list(init.sd_req), sd_req_names=[sd_req_name(v) for v in init.sd_req],
                       hash_type="CRC16" if isinstance(init.crc16, int) else "SHA256", signed=init.signed)
        else:
            out["init_error"] = p.init_error
        out.update(
            init_ok=self.init.ok, hash_ok=self.hash.ok, sizes_ok=self.sizes.ok, vector_ok=self.vector.ok,
            app_start=self.app_start, app_start_basis=self.app_start_basis or NOT_PRESENT,
            sd_req_ok=self.sd_req.ok, sd_id_ok=self.sd_id.ok, hw_version_ok=self.hw_version.ok,
            fw_version_ok=self.fw_version.ok, space_ok=self.space.ok, space_available=self.space_available,
            in_bank0=self.landed, is_stored_init_command=self.stored_command, signature=self.signature, signature_detail=self.signature_detail,
            boot_validation_ok=self.boot_validation.ok, problems=self.problems(),
        )
        return out

    def problems(self) -> list[str]:
        return [m for c in (self.init, self.hash, self.sizes, self.vector, self.sd_req, self.sd_id,
                            self.hw_version, self.fw_version, self.space, self.boot_validation)
                for m in c.problems]


def sd_req_name(fwid: int) -> str:
    if fwid == 0:
        return "no SoftDevice"
    if fwid == SD_REQ_ANY_VERSION:
        return "any SoftDevice"
    return softdevice_name(fwid)


def softdevice_in_image(image: bytes) -> tuple[int | Absent, int | Absent]:
    """(FWID, SD_SIZE) from a SoftDevice image's info structure (image starts at 0x1000)."""
    info = image[SD_INFO_IN_IMAGE:SD_INFO_IN_IMAGE + 0x10]
    if len(info) < 0x10 or struct.unpack_from("<I", info, 4)[0] != SD_MAGIC:
        return NOT_PRESENT, NOT_PRESENT
    size, fwid = struct.unpack_from("<IH", info, 8)
    return fwid, size


# ------------------------------------------------------------------------------------------ standalone


def check_standalone(pkg: DfuPackage, part: PackagePart, sd_part: PackagePart | None) -> PartReport:
    rep = PartReport(part, pkg.format)
    init, image = part.init, part.image
    if not isinstance(part.dat, bytes):
        rep.init.fail(f"{part.name}: the init packet {part.dat_file} is not in the package")
    elif isinstance(part.init_error, str):
        rep.init.fail(f"{part.dat_file}: {part.init_error}")
    if isinstance(init, InitPacket):
        rep.fw_type = init.type
        _check_secure_init(rep, init, part)
    elif isinstance(init, LegacyInitPacket):
        rep.fw_type = PART_FW_TYPES.get(part.name, NOT_PRESENT)
        if init.problems:
            rep.init.fail(f"{part.dat_file}: " + "; ".join(init.problems))
        elif rep.init.ok is NOT_PRESENT:
            rep.init.ok = True
    if not isinstance(image, bytes):
        if isinstance(part.bin_file, str):
            rep.sizes.fail(f"{part.name}: the image {part.bin_file} is not in the package")
        return rep
    if isinstance(init, InitPacket):
        _check_secure_hash(rep, init, image)
        _check_secure_sizes(rep, init, part, image)
    elif isinstance(init, LegacyInitPacket):
        _check_legacy(rep, init, image)
    if rep.fw_type in ("SOFTDEVICE", "SOFTDEVICE_BOOTLOADER"):
        rep.new_sd_fwid, rep.new_sd_size = softdevice_in_image(image)
    if sd_part is not None and sd_part is not part and isinstance(sd_part.image, bytes):
        rep.new_sd_fwid, rep.new_sd_size = softdevice_in_image(sd_part.image)
    return rep


def _check_secure_init(rep: PartReport, init: InitPacket, part: PackagePart) -> None:
    if init.problems:
        rep.init.fail(f"{part.dat_file}: " + "; ".join(init.problems))
    expected = PART_FW_TYPES.get(part.name)
    if expected and init.type != expected and not (expected == "APPLICATION" and init.type == "EXTERNAL_APPLICATION"):
        rep.init.fail(f"the manifest lists {part.dat_file} as {part.name}, its init packet says type {init.type}")
    if init.hash_type is NOT_PRESENT:
        rep.init.fail(f"{part.dat_file}: the init packet has no image hash (the bootloader requires one)")
    if rep.init.ok is NOT_PRESENT:
        rep.init.ok = True


def _check_secure_hash(rep: PartReport, init: InitPacket, image: bytes) -> None:
    digest = hashlib.sha256(image).digest()
    if init.hash_type == "SHA256" and isinstance(init.hash, bytes):
        if init.hash == digest[::-1]:
            rep.hash.ok = True
        elif init.hash == digest:
            rep.hash.fail("the init packet holds sha256(image) in hashlib byte order; nrfutil and the "
                          "bootloader use it byte-reversed, so the bootloader's hash check fails")
        else:
            rep.hash.fail(f"sha256 of {rep.part.bin_file} ({digest.hex()}) is not the init packet's "
                          f"hash ({init.hash[::-1].hex()}, stored byte-reversed)")
    elif init.hash_type == "CRC" and isinstance(init.hash, bytes):
        crc = zlib.crc32(image)
        stored = int.from_bytes(init.hash[:4], "little")
        if stored == crc:
            rep.hash.ok = True
        else:
            rep.hash.fail(f"CRC32 of the image is 0x{crc:08X}, the init packet says 0x{stored:08X}")
    elif isinstance(init.hash_type, str):
        rep.hash.problems.append(f"hash type {init.hash_type} not checked (SDK bootloaders accept SHA256)")


def _check_secure_sizes(rep: PartReport, init: InitPacket, part: PackagePart, image: bytes) -> None:
    n = len(image)
    sd, bl, app = (v if isinstance(v, int) else 0 for v in (init.sd_size, init.bl_size, init.app_size))
    want = {"APPLICATION": app, "EXTERNAL_APPLICATION": app, "BOOTLOADER": bl, "SOFTDEVICE": sd,
            "SOFTDEVICE_BOOTLOADER": sd + bl}.get(init.type) if isinstance(init.type, str) else None
    rep.sizes.ok = True
    if want is not None and want != n:
        rep.sizes.fail(f"the init packet announces {want} bytes for the {init.type} image, "
                       f"{part.bin_file} holds {n}")
    if n % 4:
        rep.sizes.fail(f"{part.bin_file} is {n} bytes, not a multiple of 4 (flash is written in words)")
    for key, value in (("sd_size", sd), ("bl_size", bl)):
        meta = part.metadata.get(key)
        if isinstance(meta, int) and meta != value:
            rep.sizes.fail(f"manifest info_read_only_metadata.{key} = {meta}, the init packet says {value}")


def _check_legacy(rep: PartReport, init: LegacyInitPacket, image: bytes) -> None:
    if isinstance(init.crc16, int):
        crc = binascii.crc_hqx(image, 0xFFFF)
        if crc == init.crc16:
            rep.hash.ok = True
        else:
            rep.hash.fail(f"CRC16 of the image is 0x{crc:04X}, the init packet says 0x{init.crc16:04X}")
    elif isinstance(init.firmware_hash, bytes):
        digest = hashlib.sha256(image).digest()
        if init.firmware_hash in (digest, digest[::-1]):
            rep.hash.ok = True
        else:
            rep.hash.fail(f"sha256 of the image ({digest.hex()}) is not the init packet's firmware_hash")
    rep.sizes.ok = True
    if isinstance(init.firmware_length, int) and init.firmware_length != len(image):
        rep.sizes.fail(f"firmware_length says {init.firmware_length} bytes, the image holds {len(image)}")


def check_app_vector(rep: PartReport, device: Device) -> None:
    """Where the bootloader will put the app (after the SoftDevice the package requires), and whether
    the app's vector table was linked for that address."""
    image, init = rep.part.image, rep.part.init
    if rep.fw_type != "APPLICATION" or not isinstance(image, bytes) or len(image) < 64:
        return
    starts: list[int] = []
    if isinstance(rep.new_sd_size, int):
        starts, rep.app_start_basis = [page_align(rep.new_sd_size)], "SoftDevice in the package"
    elif isinstance(device.sd_size, int):
        starts, rep.app_start_basis = [page_align(device.sd_size)], "SoftDevice installed on the device"
    elif isinstance(device.bank0_start, int):
        starts, rep.app_start_basis = [device.bank0_start], "bank 0 of the device"
    else:
        sd_req = list(getattr(init, "sd_req", []))
        if sd_req == [0]:
            starts, rep.app_start_basis = [MBR_SIZE], "sd_req 0x00: no SoftDevice, the app follows the MBR"
        else:
            sizes = sorted({page_align(SD_SIZE_BY_FWID[v]) for v in sd_req if v in SD_SIZE_BY_FWID})
            starts = sizes
            rep.app_start_basis = "sizes of the SoftDevices in sd_req" if sizes else ""
    if not starts:
        _check_app_above_softdevices(rep, image, init)
        return
    rep.app_start = starts[0]
    ram_end = device.ram_end if isinstance(device.ram_end, int) else DEFAULT_RAM_END
    vt = VectorTable(starts[0], struct.unpack_from("<16I", image, 0), rep.part.image_location)
    rep.vector.ok = True
    for start in starts:
        verdict = check_vector_table(VectorTable(start, vt.words, vt.location), start, start + len(image), ram_end)
        if not verdict.ok:
            more = f" (+{len(verdict.problems) - 1} more)" if len(verdict.problems) > 1 else ""
            rep.vector.fail(f"placed at 0x{start:08X} ({rep.app_start_basis}): {verdict.problems[0]}{more}")
            rep.linked_below = bool(verdict.linked_below) or rep.linked_below is True
    if rep.vector.ok is True:
        rep.linked_below = False


def _check_app_above_softdevices(rep: PartReport, image: bytes, init: Any) -> None:
    """No exact start known: an app requiring a SoftDevice must at least be linked above the smallest
    one there is; a Reset handler below that is a build for "no SoftDevice" (or for address 0)."""
    sd_req = [v for v in getattr(init, "sd_req", []) if v not in (0, SD_REQ_ANY_VERSION)]
    if not sd_req:
        return
    floor = min(SD_SIZE_BY_FWID.values())
    reset = struct.unpack_from("<I", image, 4)[0] & ~1
    rep.app_start_basis = f"above the smallest SoftDevice (0x{floor:X}); sd_req sizes unknown"
    if reset < floor:
        rep.linked_below = True
        rep.vector.fail(f"Reset handler 0x{reset | 1:08X} lies below 0x{floor:08X}, where every SoftDevice in "
                        f"sd_req ({_fwids(sd_req)}) still occupies flash: the app was linked for no SoftDevice")
    else:
        rep.vector.ok = NOT_PRESENT


# -------------------------------------------------------------------------------------------- device


def check_device(rep: PartReport, device: Device, has_sd_part: bool) -> None:
    init, image = rep.part.init, rep.part.image
    if not isinstance(init, InitPacket):
        return
    # sd_req: the app of an SD(+BL)+app package is checked against the new SoftDevice (sd_id)
    if rep.fw_type == "APPLICATION" and has_sd_part:
        if isinstance(rep.new_sd_fwid, int):
            if rep.new_sd_fwid in init.sd_req or SD_REQ_ANY_VERSION in init.sd_req:
                rep.sd_id.ok = True
            else:
                rep.sd_id.fail(f"the application's sd_req ({_fwids(init.sd_req)}) does not include the "
                               f"package's new SoftDevice {sd_req_name(rep.new_sd_fwid)} (0x{rep.new_sd_fwid:X}): "
                               "the app part is refused after the SoftDevice update (--sd-id was wrong)")
    elif isinstance(device.installed_fwid, int):
        fwid = device.installed_fwid
        if fwid in init.sd_req or SD_REQ_ANY_VERSION in init.sd_req:
            rep.sd_req.ok = True
        else:
            rep.sd_req.fail(f"sd_req ({_fwids(init.sd_req)}) does not include the installed "
                            f"{sd_req_name(fwid)} (0x{fwid:X})")
    expected = device.expected_hw_version
    if isinstance(init.hw_version, int) and isinstance(expected, int):
        if init.hw_version == expected:
            rep.hw_version.ok = True
        else:
            rep.hw_version.fail(f"hw_version {init.hw_version}; the SDK's {device.chip} bootloaders expect "
                                f"{expected} (NRF_DFU_HW_VERSION; assumed, it is a build setting)")
    fw = init.fw_version
    if isinstance(fw, int):
        if rep.fw_type == "APPLICATION" and isinstance(device.app_version, int):
            if fw >= device.app_version:
                rep.fw_version.ok = True
            else:
                rep.fw_version.fail(f"fw_version {fw} is lower than the installed app_version "
                                    f"{device.app_version} (downgrade prevention)")
        elif rep.fw_type in ("BOOTLOADER", "SOFTDEVICE_BOOTLOADER") and isinstance(device.bootloader_version, int):
            if fw > device.bootloader_version:
                rep.fw_version.ok = True
            else:
                rep.fw_version.fail(f"bootloader fw_version {fw} is not higher than the installed "
                                    f"bootloader_version {device.bootloader_version}")
    if rep.fw_type == "APPLICATION" and isinstance(image, bytes):
        start = rep.app_start if has_sd_part else device.bank0_start
        if isinstance(start, int) and isinstance(device.app_data_start, int):
            rep.space_available = device.app_data_start - start
            if len(image) <= rep.space_available:
                rep.space.ok = True
            else:
                rep.space.fail(f"the image is {len(image)} bytes; from 0x{start:08X} to the app-data area at "
                               f"0x{device.app_data_start:08X} there are {rep.space_available} "
                               "(app-data size assumed: the SDK default)")
        if not has_sd_part and isinstance(device.bank0_start, int) and device.memory is not None:
            have = device.memory.read(device.bank0_start, len(image))
            rep.landed = NOT_PRESENT if have is None else have == image
    if rep.fw_type == "BOOTLOADER" and isinstance(image, bytes) and len(image) >= 64 \
            and isinstance(device.bootloader_start, int):
        # the new bootloader must be linked for where the MBR/UICR says the bootloader lives
        start = device.bootloader_start
        ram_end = device.ram_end if isinstance(device.ram_end, int) else DEFAULT_RAM_END
        vt = VectorTable(start, struct.unpack_from("<16I", image, 0), rep.part.image_location)
        verdict = check_vector_table(vt, start, start + len(image), ram_end)
        rep.vector.ok = verdict.ok
        if not verdict.ok:
            more = f" (+{len(verdict.problems) - 1} more)" if len(verdict.problems) > 1 else ""
            rep.vector.problems.append(f"bootloader placed at 0x{start:08X} (the device's bootloader address): "
                                       f"{verdict.problems[0]}{more}")
    if isinstance(device.stored_command, dict) and device.stored_command:
        rep.stored_command = all(_same(device.stored_command.get(k, NOT_PRESENT), getattr(init, k))
                                 for k in STORED_COMMAND_FIELDS)


#: the InitCommand fields compared to decide that a stored command is this part's
STORED_COMMAND_FIELDS = ("type", "fw_version", "hw_version", "sd_req", "sd_size", "bl_size", "app_size",
                         "hash", "is_debug")


def _same(stored: Any, ours: Any) -> bool:
    if isinstance(ours, bytes):
        return stored == ours.hex()
    if isinstance(ours, list):
        return list(stored) == ours if isinstance(stored, list) else False
    if isinstance(ours, Absent) or isinstance(stored, Absent):
        return isinstance(ours, Absent) and isinstance(stored, Absent)
    return stored == ours


def _fwids(values: list[int]) -> str:
    return ", ".join(f"0x{v:X}" for v in values) or "empty"


def first_location(rep: PartReport) -> Location | None:
    return rep.part.dat_location or rep.part.image_location
