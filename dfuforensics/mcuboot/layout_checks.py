"""MCUboot slots read through a partition layout, and what the layout proves about their images.

With a layout (``dfuforensics.partitions``) the slots are where the build put them, not where headers
happen to sit: a slot's bytes are read at its partition's CPU address (external flash through its XIP
window), its size is the partition's, and its trailer is read at the partition's end.  The image header
can then be held against the partition it lives in, the way MCUboot and the build see them:

* ``image_larger_than_slot``: ``ih_hdr_size + ih_img_size + TLVs`` does not leave room for the trailer
  in the partition (bootutil refuses an image that overlaps its trailer; swap cannot move it);
* ``header_size_mismatch``: NCS links the application ``mcuboot_pad`` bytes into ``mcuboot_primary``
  (the ``app`` partition starts there) and MCUboot jumps to primary + ``ih_hdr_size``: the two must be
  equal;
* ``rom_fixed_elsewhere``: an image built with ``IMAGE_F_ROM_FIXED`` states the flash offset it runs from
  in ``ih_load_addr``; ``boot_rom_address_check()`` (loader.c) skips it in any other slot;
* ``trailer_misplaced``: the boot magic is not at the partition's end but at another sector end, where
  ``imgtool --pad --slot-size`` put it for a slot of another size: MCUboot never sees the request.

Each problem is published once (the first slot that shows it, secondary first) with the layout file's
line and the image header's offset in the dump, so a finding cites both.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import NOT_PRESENT, Location
from ..partitions.layout import Layout, SlotRole
from ..partitions.records import Partition
from .image import BOOT_MAGIC, BOOT_MAGIC_ALIGNED_TAIL, SlotImage

SECTOR = 0x1000
IMAGE_F_ROM_FIXED = 0x100
#: Bytes a trailer needs at least (magic + image_ok + copy_done + swap_info + swap_size, BOOT_MAX_ALIGN 8).
TRAILER_MIN = 16 + 4 * 8


@dataclass
class PlacedSlot:
    """A slot of the layout and what the memory evidence holds there."""

    role: SlotRole
    partition: Partition
    cpu_address: int | None
    window: str  # how the CPU address was found ("internal flash", "nRF52840 QSPI XIP window", ...)
    data: bytes | None  # the partition's bytes, unknown ones as 0xFF; None when the header is not known
    location: Location | None  # where the slot's first byte was read from

    def describe(self) -> dict[str, Any]:
        p = self.partition
        return {"partition": p.name, "address": p.address, "size": p.size, "region": p.region,
                "device": p.device or NOT_PRESENT,
                "cpu_address": self.cpu_address if self.cpu_address is not None else NOT_PRESENT,
                "in_evidence": self.data is not None, "declared_at": f"{p.input}:{p.line}"}


def place_slots(case: Any, layout: Layout) -> list[PlacedSlot]:
    """Every primary/secondary slot of the layout, read from the memory evidence where it covers them."""
    out = []
    for role, p in layout.slots():
        if role.role == "scratch":
            continue
        mapped = layout.cpu_address(p, case.memory)
        if mapped is None:
            out.append(PlacedSlot(role, p, None, "", None, None))
            continue
        cpu, how = mapped
        data = _read_known(case.memory, cpu, p.size)
        out.append(PlacedSlot(role, p, cpu, how, data, case.memory.source_of(cpu) if data is not None else None))
    return out


def _read_known(memory: Any, base: int, length: int) -> bytes | None:
    if length <= 0 or not memory.covers(base, 4):
        return None
    buf = bytearray(b"\xff" * length)
    for a, b in memory.spans_in(base, base + length):
        buf[a - base:b - base] = memory.read(a, b - a)
    return bytes(buf)


def problems_against_layout(case: Any, layout: Layout, placed: list[PlacedSlot]) -> dict[str, dict[str, Any]]:
    """The first slot showing each problem: ``{problem: {slot, layout, image, detail, ...}}`` and where each
    part was read (``_where`` keys ``mcuboot.layout.<problem>.layout`` / ``.image`` / ``.trailer``)."""
    found: dict[str, dict[str, Any]] = {}
    where: dict[str, Location] = case.facts.setdefault("_where", {})
    order = sorted((s for s in placed if s.data is not None),
                   key=lambda s: (s.role.image, 0 if s.role.role == "secondary" else 1))
    for slot in order:
        img = SlotImage(slot.data or b"", slot.partition.size)
        hdr = img.header
        if hdr is None or not hdr.magic_ok:
            continue
        p = slot.partition
        header_at = slot.location
        image_text = (f"header at 0x{slot.cpu_address:X}: ih_hdr_size 0x{hdr.ih_hdr_size:X}, ih_img_size "
                      f"0x{hdr.ih_img_size:X}, ih_protect_tlv_size 0x{hdr.ih_protect_tlv_size:X}, "
                      f"ih_load_addr 0x{hdr.ih_load_addr:X}, flags {'|'.join(hdr.flag_names) or '0'}")
        checks = [("image_larger_than_slot", _too_large(img, p)),
                  ("header_size_mismatch", _header_size(layout, slot, hdr.ih_hdr_size)),
                  ("rom_fixed_elsewhere", _rom_fixed(p, hdr.ih_flags, hdr.ih_load_addr)),
                  ("trailer_misplaced", _trailer_misplaced(case, layout, slot, img))]
        for name, result in checks:
            if result is None or name in found:
                continue
            layout_text, field, detail, extra = result
            found[name] = {"slot": slot.role.key, "partition": p.name, "layout": layout_text, "image": image_text,
                           "detail": detail, **{k: v for k, v in extra.items() if k not in ("trailer_at", "cite")}}
            cited = layout.get(extra.get("cite", p.name)) or p
            where[f"mcuboot.layout.{name}.layout"] = Location(cited.input, line=cited.line_of(field))
            if header_at is not None:
                where[f"mcuboot.layout.{name}.image"] = header_at
            if "trailer_at" in extra:
                found[name]["trailer"] = f"boot magic at 0x{extra['trailer_at']:X}"
                loc = case.memory.source_of(extra["trailer_at"])
                if loc is not None:
                    where[f"mcuboot.layout.{name}.trailer"] = loc
    return found


def _image_end(img: SlotImage) -> int:
    """Where the image's TLV area ends: read from the TLV info when the bytes hold it, else the least the
    header promises (protected TLVs plus an empty unprotected TLV info)."""
    hdr = img.header
    assert hdr is not None
    declared = hdr.ih_hdr_size + hdr.ih_img_size + hdr.ih_protect_tlv_size + 4
    end = img.tlv_end if declared <= len(img.data) else None
    return max(declared, end or 0)


def _too_large(img: SlotImage, p: Partition) -> tuple[str, str, str, dict[str, Any]] | None:
    end = _image_end(img)
    if end <= p.size - TRAILER_MIN:
        return None
    where_end = ("beyond the partition's end" if end > p.size
                 else f"inside the last 0x{TRAILER_MIN:X} bytes the trailer needs")
    return (f"{p.name} is 0x{p.size:X} bytes (0x{p.address:X}-0x{p.end:X}, {p.input}:{p.line_of('size')})", "size",
            f"the image in {p.name} ends at slot offset 0x{end:X}, {where_end} (the slot is 0x{p.size:X} bytes)",
            {"image_end": end, "slot_size": p.size})


def _header_size(layout: Layout, slot: PlacedSlot, hdr_size: int) -> tuple[str, str, str, dict[str, Any]] | None:
    room = layout.header_room()
    if room is None or slot.role.image != 0:
        return None
    pad_size, pad, primary = room
    if hdr_size == pad_size:
        return None
    return (f"mcuboot_pad is 0x{pad_size:X} bytes: the application is linked at {primary.name} 0x{primary.address:X}"
            f" + 0x{pad_size:X} ({pad.input}:{pad.line_of('size')})", "size",
            f"the image in {slot.partition.name} was signed with a 0x{hdr_size:X}-byte header (imgtool -H) but the "
            f"layout reserves 0x{pad_size:X} (mcuboot_pad): MCUboot will jump to {primary.name} + 0x{hdr_size:X}, "
            f"not to the vector table at + 0x{pad_size:X}",
            {"ih_hdr_size": hdr_size, "mcuboot_pad": pad_size, "cite": pad.name})


def _rom_fixed(p: Partition, flags: int, load_addr: int) -> tuple[str, str, str, dict[str, Any]] | None:
    if not flags & IMAGE_F_ROM_FIXED or load_addr == p.address:
        return None
    return (f"{p.name} starts at offset 0x{p.address:X} ({p.input}:{p.line_of('address')})", "address",
            f"the image in {p.name} is ROM_FIXED for flash offset 0x{load_addr:X} (ih_load_addr); it sits at "
            f"0x{p.address:X}, so MCUboot skips it (\"has been built for offset 0x{load_addr:X}\")",
            {"ih_load_addr": load_addr, "slot_offset": p.address})


def _trailer_misplaced(case: Any, layout: Layout, slot: PlacedSlot,
                       img: SlotImage) -> tuple[str, str, str, dict[str, Any]] | None:
    p = slot.partition
    base = slot.cpu_address
    if base is None or _magic_at(case.memory, base + p.size - 16):
        return None  # the trailer is where MCUboot reads it
    # Other slots' trailers are not this image's: stop before the next slot, never read another's end.
    others = []
    for _role, q in layout.slots():
        mapped = layout.cpu_address(q, case.memory) if q is not p else None
        if mapped is not None:
            others.append((mapped[0], mapped[0] + q.size))
    ends = {end for _start, end in others}
    limit = min([start for start, _end in others if start > base] + [base + 2 * p.size])
    first = (_image_end(img) + 16 + SECTOR - 1) // SECTOR * SECTOR
    for sector_end in range(base + first, limit + 1, SECTOR):
        if sector_end == base + p.size or sector_end in ends:
            continue
        if _magic_at(case.memory, sector_end - 16):
            padded = sector_end - base
            return (f"{p.name} ends at 0x{base + p.size:X} (0x{p.size:X} bytes, {p.input}:{p.line_of('size')})",
                    "size",
                    f"the trailer magic of the image in {p.name} is at 0x{sector_end - 16:X}, the end of a "
                    f"0x{padded:X}-byte slot, not at the partition's end 0x{base + p.size - 16:X}: the image was "
                    f"padded for another slot size (imgtool --slot-size 0x{padded:X}); MCUboot reads the "
                    f"trailer at the partition's end and sees no request",
                    {"trailer_at": sector_end - 16, "padded_slot_size": padded, "slot_size": p.size})
    return None


def _magic_at(memory: Any, addr: int) -> bool:
    got = memory.read(addr, 16)
    return got is not None and (got == BOOT_MAGIC or got[2:] == BOOT_MAGIC_ALIGNED_TAIL)
