"""MCUboot slot contents: image header, protected/unprotected TLVs, image trailer.

Field names are MCUboot's own (``ih_magic``, ``ih_hdr_size``, ``it_type``, ``image_ok``...) so a
report can be checked against ``imgtool dumpinfo`` and ``bootutil`` sources line by line.  The header
is read eagerly, the TLV area and the trailer on first use (a slot may be megabytes of payload).
Facts: ../shared/reference/particle-and-mcuboot.md §B1-B2.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from functools import cached_property

from ..model import NOT_PRESENT, UNREADABLE, Absent

IMAGE_MAGIC = 0x96F3B83D
IMAGE_MAGIC_V1 = 0x96F3B83C
IMAGE_MAGIC_BYTES = struct.pack("<I", IMAGE_MAGIC)
IMAGE_HEADER_SIZE = 32
IMAGE_TLV_INFO_MAGIC = 0x6907
IMAGE_TLV_PROT_INFO_MAGIC = 0x6908

IMAGE_FLAGS = {0x01: "PIC", 0x04: "ENCRYPTED_AES128", 0x08: "ENCRYPTED_AES256", 0x10: "NON_BOOTABLE",
               0x20: "RAM_LOAD", 0x100: "ROM_FIXED", 0x200: "COMPRESSED_LZMA1", 0x400: "COMPRESSED_LZMA2",
               0x800: "COMPRESSED_ARM_THUMB_FLT"}

TLV_TYPES = {0x01: "KEYHASH", 0x02: "PUBKEY", 0x10: "SHA256", 0x11: "SHA384", 0x12: "SHA512",
             0x20: "RSA2048_PSS", 0x21: "ECDSA224", 0x22: "ECDSA_SIG", 0x23: "RSA3072_PSS", 0x24: "ED25519",
             0x25: "SIG_PURE", 0x30: "ENC_RSA2048", 0x31: "ENC_KW", 0x32: "ENC_EC256", 0x33: "ENC_X25519",
             0x34: "ENC_X25519_SHA512", 0x40: "DEPENDENCY", 0x50: "SEC_CNT", 0x60: "BOOT_RECORD",
             0x70: "DECOMP_SIZE", 0x71: "DECOMP_SHA", 0x72: "DECOMP_SIGNATURE", 0x73: "COMP_DEC_SIZE",
             0x74: "UUID_VID", 0x75: "UUID_CID"}
HASH_TLVS = {0x10: "sha256", 0x11: "sha384", 0x12: "sha512"}
SIGNATURE_TLVS = {0x20: "rsa-2048", 0x21: "ecdsa-p224", 0x22: "ecdsa", 0x23: "rsa-3072", 0x24: "ed25519"}

#: Trailer magic when BOOT_MAX_ALIGN == 8, and the 14-byte tail used with larger alignments.
BOOT_MAGIC = bytes.fromhex("77c295f360d2ef7f3552500f2cb67980")
BOOT_MAGIC_ALIGNED_TAIL = bytes.fromhex("2de15d29410b8d77679c110f1f8a")
BOOT_MAGIC_SZ = 16
BOOT_MAX_ALIGN = 8
#: Swap status area for the default BOOT_MAX_IMG_SECTORS (128) at the default alignment: 3 records each.
DEFAULT_MAX_IMG_SECTORS = 128

SWAP_TYPES = {1: "none", 2: "test", 3: "perm", 4: "revert", 5: "fail", 0xFF: "panic"}


@dataclass(frozen=True, slots=True)
class ImageHeader:
    ih_magic: int
    ih_load_addr: int
    ih_hdr_size: int
    ih_protect_tlv_size: int
    ih_img_size: int
    ih_flags: int
    iv_major: int
    iv_minor: int
    iv_revision: int
    iv_build_num: int

    @property
    def magic_ok(self) -> bool:
        return self.ih_magic == IMAGE_MAGIC

    @property
    def version(self) -> str:
        """As imgtool prints it: ``major.minor.revision+build``."""
        return f"{self.iv_major}.{self.iv_minor}.{self.iv_revision}+{self.iv_build_num}"

    @property
    def flag_names(self) -> list[str]:
        return [name for bit, name in sorted(IMAGE_FLAGS.items()) if self.ih_flags & bit]

    @classmethod
    def unpack(cls, data: bytes) -> ImageHeader:
        fields = struct.unpack_from("<IIHHIIBBHI", data, 0)
        return cls(*fields)


@dataclass(frozen=True, slots=True)
class Tlv:
    it_type: int
    data: bytes
    offset: int  # of the TLV's own 4-byte header, from the slot start
    protected: bool

    @property
    def type_name(self) -> str:
        return TLV_TYPES.get(self.it_type, f"0x{self.it_type:02X}")


@dataclass(frozen=True, slots=True)
class ImageTrailer:
    """The slot's last bytes, decoded the way ``boot_read_swap_state()`` does."""

    magic: str  # good | bad | unset
    max_align: int
    swap_type: str | Absent  # from swap_info bits 0-3; Absent when swap_info is erased
    image_num: int | Absent
    copy_done: str  # set | unset | bad
    image_ok: str
    swap_size: int | Absent
    raw: dict[str, int]  # the bytes as on flash: magic_off, image_ok, copy_done, swap_info
    swap_status_written: bool | Absent  # some swap status record is not erased (a swap began)


def _flag(byte: int) -> str:
    return "set" if byte == 0x01 else "unset" if byte == 0xFF else "bad"


def parse_trailer(data: bytes, slot_size: int, image_end: int | None = None) -> ImageTrailer | Absent:
    """Decode the trailer of a slot of ``slot_size`` bytes whose first bytes are ``data``.

    ``image_end`` (end of the TLV area) bounds the swap-status scan so image bytes are never taken for
    status records.
    """
    if len(data) < slot_size or slot_size < 64:
        return UNREADABLE if len(data) < slot_size else NOT_PRESENT
    magic_off = slot_size - BOOT_MAGIC_SZ
    magic_bytes = data[magic_off:slot_size]
    max_align = BOOT_MAX_ALIGN
    if magic_bytes == BOOT_MAGIC:
        magic = "good"
    elif magic_bytes[2:] == BOOT_MAGIC_ALIGNED_TAIL:
        magic = "good"
        max_align = struct.unpack_from("<H", magic_bytes)[0] or BOOT_MAX_ALIGN
    elif magic_bytes == b"\xff" * BOOT_MAGIC_SZ:
        magic = "unset"
    else:
        magic = "bad"
    image_ok_off = (magic_off - max_align) // max_align * max_align
    copy_done_off = image_ok_off - max_align
    swap_info_off = copy_done_off - max_align
    swap_size_off = swap_info_off - max_align
    swap_info = data[swap_info_off]
    swap_type: str | Absent = NOT_PRESENT
    image_num: int | Absent = NOT_PRESENT
    if swap_info != 0xFF:
        swap_type = SWAP_TYPES.get(swap_info & 0x0F, "none")  # >4 reads as NONE in bootutil
        image_num = swap_info >> 4
    swap_size_raw = struct.unpack_from("<I", data, swap_size_off)[0]
    status_len = DEFAULT_MAX_IMG_SECTORS * 3 * max_align
    status_start = max(swap_size_off - status_len, image_end or 0)
    status: bool | Absent = NOT_PRESENT
    if status_start < swap_size_off:
        status = any(b != 0xFF for b in data[status_start:swap_size_off])
    return ImageTrailer(
        magic=magic, max_align=max_align, swap_type=swap_type, image_num=image_num,
        copy_done=_flag(data[copy_done_off]), image_ok=_flag(data[image_ok_off]),
        swap_size=NOT_PRESENT if swap_size_raw == 0xFFFFFFFF else swap_size_raw,
        raw={"magic_off": magic_off, "image_ok": data[image_ok_off], "copy_done": data[copy_done_off],
             "swap_info": swap_info},
        swap_status_written=status,
    )


class SlotImage:
    """One slot's bytes: the header now, TLVs/hash/trailer when asked.

    ``slot_size`` is the partition size when known (a whole-slot dump or a flash image with a layout);
    without it the trailer cannot be located and is NOT_PRESENT.
    """

    def __init__(self, data: bytes, slot_size: int | None = None) -> None:
        self.data = data
        self.slot_size = slot_size
        self.problems: list[tuple[int, str]] = []  # (offset, message)
        self.header: ImageHeader | None = None
        if len(data) >= IMAGE_HEADER_SIZE:
            header = ImageHeader.unpack(data)
            if header.ih_magic in (IMAGE_MAGIC, IMAGE_MAGIC_V1):
                self.header = header

    @property
    def erased(self) -> bool:
        return self.data[:IMAGE_HEADER_SIZE] == b"\xff" * min(len(self.data), IMAGE_HEADER_SIZE)

    @property
    def payload_end(self) -> int:
        assert self.header is not None
        return self.header.ih_hdr_size + self.header.ih_img_size

    @cached_property
    def tlvs(self) -> list[Tlv]:
        """Protected then unprotected TLVs; damage is recorded in ``problems`` with its offset."""
        if self.header is None:
            return []
        out: list[Tlv] = []
        off = self.payload_end
        prot = self.header.ih_protect_tlv_size
        if prot:
            out += self._walk(off, IMAGE_TLV_PROT_INFO_MAGIC, True, expected_total=prot)
            off += prot
        out += self._walk(off, IMAGE_TLV_INFO_MAGIC, False)
        return out

    @cached_property
    def tlv_end(self) -> int | None:
        """Offset just past the unprotected TLV area (the image's true end), or None if unreadable."""
        if self.header is None:
            return None
        off = self.payload_end + self.header.ih_protect_tlv_size
        if off + 4 > len(self.data):
            return None
        magic, total = struct.unpack_from("<HH", self.data, off)
        return off + total if magic == IMAGE_TLV_INFO_MAGIC else None

    def _walk(self, off: int, magic: int, protected: bool, expected_total: int | None = None) -> list[Tlv]:
        what = "protected TLV area" if protected else "TLV area"
        if off + 4 > len(self.data):
            self.problems.append((off, f"{what} missing: the image ends at 0x{len(self.data):X}, before 0x{off:X} "
                                       f"(truncated upload?)"))
            return []
        it_magic, it_tlv_tot = struct.unpack_from("<HH", self.data, off)
        if it_magic != magic:
            self.problems.append((off, f"{what} info magic is 0x{it_magic:04X}, expected 0x{magic:04X}"))
            return []
        if expected_total is not None and it_tlv_tot != expected_total:
            self.problems.append((off, f"{what} size {it_tlv_tot} disagrees with ih_protect_tlv_size "
                                       f"{expected_total}"))
        end = off + it_tlv_tot
        if end > len(self.data):
            self.problems.append((off, f"{what} runs past the end of the data (0x{end:X} > 0x{len(self.data):X})"))
            end = len(self.data)
        out: list[Tlv] = []
        pos = off + 4
        while pos + 4 <= end:
            it_type, it_len = struct.unpack_from("<HH", self.data, pos)
            if pos + 4 + it_len > end:
                self.problems.append((pos, f"TLV 0x{it_type:02X} of {it_len} bytes overruns its area"))
                break
            out.append(Tlv(it_type, bytes(self.data[pos + 4:pos + 4 + it_len]), pos, protected))
            pos += 4 + it_len
        if pos != end and pos + 4 > end and pos < end:
            self.problems.append((pos, f"{end - pos} stray bytes at the end of the {what}"))
        return out

    def tlv(self, it_type: int) -> Tlv | None:
        return next((t for t in self.tlvs if t.it_type == it_type), None)

    @property
    def signed_region(self) -> bytes:
        """Header + payload + protected TLV block: what the hash and the signature cover."""
        assert self.header is not None
        return bytes(self.data[:self.payload_end + self.header.ih_protect_tlv_size])

    @cached_property
    def hash_tlv(self) -> Tlv | None:
        return next((t for t in self.tlvs if t.it_type in HASH_TLVS), None)

    @cached_property
    def computed_hash(self) -> bytes | Absent:
        if self.header is None or self.hash_tlv is None:
            return NOT_PRESENT
        if self.payload_end + self.header.ih_protect_tlv_size > len(self.data):
            return UNREADABLE
        return hashlib.new(HASH_TLVS[self.hash_tlv.it_type], self.signed_region).digest()

    @property
    def hash_ok(self) -> bool | Absent:
        if self.header is None:
            return NOT_PRESENT
        if self.hash_tlv is None:
            return UNREADABLE if self.truncated else NOT_PRESENT
        computed = self.computed_hash
        return computed if isinstance(computed, Absent) else computed == self.hash_tlv.data

    @property
    def signature_tlv(self) -> Tlv | None:
        return next((t for t in self.tlvs if t.it_type in SIGNATURE_TLVS), None)

    @property
    def signed(self) -> bool | Absent:
        if self.header is None:
            return NOT_PRESENT
        if self.signature_tlv is None and self.truncated:
            return UNREADABLE  # the signature may have been in the part that is missing
        return self.signature_tlv is not None

    @property
    def truncated(self) -> bool:
        """The data ends before the image's TLV area does (an upload or a dump cut short)."""
        _ = self.tlvs
        return any("missing" in m or "runs past" in m for _o, m in self.problems)

    @cached_property
    def trailer(self) -> ImageTrailer | Absent:
        if not self.slot_size:
            return NOT_PRESENT
        end = self.tlv_end if self.header is not None else None
        return parse_trailer(self.data, self.slot_size, end)

    def reset_vector(self) -> int | Absent:
        """The payload's reset handler address (second word of its vector table), for layout checks."""
        if self.header is None or self.header.ih_hdr_size + 8 > len(self.data):
            return NOT_PRESENT
        return struct.unpack_from("<I", self.data, self.header.ih_hdr_size + 4)[0]
