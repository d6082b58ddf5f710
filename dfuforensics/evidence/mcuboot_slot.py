"""MCUboot slot files: a slot dump or an image as imgtool writes it, found by its header magic.

A file that starts with ``IMAGE_MAGIC`` is an MCUboot image whatever its name; an erased slot dump
(all 0xFF at the start) is one only when its name says slot/primary/secondary, otherwise it is left to
the raw-image parser.  Decoding is the analysis's job (``mcuboot.analysis``): the slot size, and so
the trailer's place, may depend on other evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import WrongFormat
from ..mcuboot.image import IMAGE_MAGIC_BYTES, SlotImage
from ..mcuboot.records import SlotDump
from ..model import NOT_PRESENT, InputKind, Location, MemorySegment, ParseWarning
from ..sources import Source
from .memory_images import region_of
from .textutil import looks_like_text

_SECONDARY = re.compile(r"secondary|slot[-_ ]?1|image[-_ ]?1(?!\d)|slot1", re.I)
_PRIMARY = re.compile(r"primary|slot[-_ ]?0|image[-_ ]?0(?!\d)", re.I)
_SLOTTISH = re.compile(r"slot|primary|secondary|mcuboot", re.I)


def role_from_name(name: str) -> str | None:
    if _SECONDARY.search(name):
        return "secondary"
    if _PRIMARY.search(name):
        return "primary"
    return None


def _second_header(data: bytes, sector: int = 0x1000) -> int | None:
    """Offset of another image header at a sector start after the first image, if any."""
    first = SlotImage(data)
    if first.header is None:
        return None
    end = first.tlv_end or first.payload_end
    off = (end + sector - 1) // sector * sector
    while off + 32 <= len(data):
        if data[off:off + 4] == IMAGE_MAGIC_BYTES:
            return off
        off += sector
    return None


class McubootSlotParser:
    kind = "mcuboot-slot"

    def sniff(self, source: Source) -> float:
        head = source.head
        if head[:4] == IMAGE_MAGIC_BYTES and len(head) >= 32:
            return 0.97  # above a raw image with a load address (0.95): the header says what it is
        if _SLOTTISH.search(source.name) and (head[:32] == b"\xff" * 32 or not looks_like_text(head)):
            return 0.6  # a named slot dump whose header is erased or damaged: still a slot
        return 0.0

    def parse(self, source: Source) -> Iterator[SlotDump | ParseWarning]:
        data = source.read_bytes()
        if len(data) < 32:
            raise WrongFormat("shorter than an MCUboot image header")
        second = _second_header(data)
        if second is not None:
            # Two images a sector apart: a flash region holding both slots, not one slot.  Hand it to the
            # memory view (as the raw-image parser would) and let the analysis infer the layout.
            yield InputKind("flash-image")
            addr = source.load_address
            if addr is None:
                addr = 0
                yield ParseWarning(Location(source.display, offset=0),
                                   f"no load address given; assumed 0x00000000 (a flash region with MCUboot images at "
                                   f"offsets 0x0 and 0x{second:X}); give FILE@0xADDR to say otherwise")
            yield MemorySegment(addr, data, Location(source.display, offset=0), label=region_of(addr))
            return
        role = role_from_name(source.name)
        if role is None:
            yield ParseWarning(Location(source.display, offset=0),
                               "the file name does not say which slot this is (primary/secondary, slot0/slot1); "
                               "treated as the update candidate unless another file is named secondary")
        address = source.load_address if source.load_address is not None else NOT_PRESENT
        yield SlotDump(source.display, data, role or NOT_PRESENT, address)


PARSERS = [McubootSlotParser()]
