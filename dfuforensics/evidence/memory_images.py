"""Memory images: raw binaries (``FILE@0xADDR``), Intel HEX and ELF load images.

Raw binaries carry no address: the user gives one (``dump.bin@0x20000000``), or we guess from the
name (``ram``/``uicr``/``settings``) and the size (a whole-chip flash dump starts at 0).  The guess is
reported as a warning so the report says what it assumed.  A raw image that holds a Zephyr core dump
partition (the flash backend's header, then the dump) gives that dump's records too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..errors import WrongFormat
from ..model import InputKind, Location, MemorySegment, ParseWarning
from ..sources import Source

RAM_BASE = 0x20000000
UICR_BASE = 0x10001000

#: Flash sizes of the supported chips; a raw image of one of these sizes is a whole-flash dump.
FLASH_SIZES = {0x40000: "nrf51/nrf52810/811/820 (256 KiB)", 0x30000: "nrf52810 (192 KiB)",
               0x80000: "nrf52832/833 (512 KiB)", 0x100000: "nrf52840 (1 MiB)"}
#: Settings page sizes (nRF52 page = 4 KiB, nRF51 page = 1 KiB) for a lone settings page.
SETTINGS_PAGE_SIZES = (0x1000, 0x400)

_HEX_RECORD = re.compile(rb"^:[0-9A-Fa-f]{10,}\s*$")


class RawImageParser:
    """A raw binary: everything that is not text is a memory image of some region."""

    kind = "flash-image"

    def sniff(self, source: Source) -> float:
        head = source.head
        if not head:
            return 0.0
        if source.load_address is not None:
            return 0.95
        # Text files (logs) are someone else's.  Binary = NULs or many bytes >= 0x80 / control bytes.
        sample = head[:4096]
        nontext = sum(1 for b in sample if b < 9 or 13 < b < 32 or b == 0x7F or b >= 0xF8)
        if sample.startswith(b"\x7fELF"):
            return 0.0
        if nontext / len(sample) > 0.05:
            return 0.5
        # All 0xFF (erased) or all 0x00 pages are binary too.
        if set(sample) <= {0xFF} or set(sample) <= {0x00}:
            return 0.5
        return 0.0

    def parse(self, source: Source) -> Iterator[Any]:
        data = source.read_bytes()
        addr = source.load_address
        loc = Location(source.display, offset=0)
        if addr is None:
            addr, why = guess_load_address(source.name, len(data))
            yield ParseWarning(loc, f"no load address given; assumed 0x{addr:08X} ({why}); "
                                    f"give FILE@0xADDR to say otherwise")
        region = region_of(addr)
        if region == "ram":
            yield InputKind("ram-image")
        elif region == "uicr":
            yield InputKind("uicr-image")
        yield MemorySegment(addr, data, loc, label=region)
        if b"CD" in data:  # a Zephyr core dump partition in the image (zephyr_coredump.dumps_in_image)
            from .zephyr_coredump import dumps_in_image

            yield from dumps_in_image(data, source.display)


def region_of(addr: int) -> str:
    if RAM_BASE <= addr < RAM_BASE + 0x40000:
        return "ram"
    if 0x10000000 <= addr < 0x10002000:
        return "ficr" if addr < UICR_BASE else "uicr"
    return "flash"


def guess_load_address(name: str, size: int) -> tuple[int, str]:
    lname = name.lower()
    if "ram" in lname:
        return RAM_BASE, "file name says RAM"
    if "uicr" in lname:
        return UICR_BASE, "file name says UICR"
    if "settings" in lname or "bootloader_settings" in lname:
        from ..nrf5.chips import settings_address_for_size

        return settings_address_for_size(size, name), "file name says settings page"
    return 0, "raw image assumed to start at the beginning of flash"


class IntelHexParser:
    kind = "flash-image"

    def sniff(self, source: Source) -> float:
        head = source.head.lstrip(b"\xef\xbb\xbf")
        lines = [ln for ln in head.splitlines()[:8] if ln.strip()]
        if lines and all(_HEX_RECORD.match(ln) for ln in lines[:-1] or lines):
            return 0.95
        return 0.0

    def parse(self, source: Source) -> Iterator[MemorySegment | ParseWarning]:
        # intelhex is strict and stops at the first bad record; we want every good record and a
        # warning for each bad one, so records are decoded here (the format is 6 fields per line).
        base = 0
        chunks: dict[int, bytearray] = {}
        saw_eof = False
        for lineno, text, _cut in source.iter_lines():
            t = text.strip()
            if not t:
                continue
            loc = Location(source.display, line=lineno)
            if saw_eof:
                yield ParseWarning(loc, "data after the end-of-file record ignored")
                break
            if not t.startswith(":"):
                yield ParseWarning(loc, "not an Intel HEX record; skipped")
                continue
            try:
                raw = bytes.fromhex(t[1:])
            except ValueError:
                yield ParseWarning(loc, "record is not hexadecimal; skipped")
                continue
            if len(raw) < 5 or len(raw) != raw[0] + 5:
                yield ParseWarning(loc, "record length does not match its byte count; skipped")
                continue
            if sum(raw) & 0xFF:
                yield ParseWarning(loc, "record checksum wrong; data used anyway")
            count, offset, rtype, payload = raw[0], int.from_bytes(raw[1:3], "big"), raw[3], raw[4:-1]
            if rtype == 0x00:
                addr = base + offset
                # coalesce into contiguous chunks
                for start, buf in chunks.items():
                    if start + len(buf) == addr:
                        buf += payload
                        break
                else:
                    chunks[addr] = bytearray(payload)
            elif rtype == 0x01:
                saw_eof = True
            elif rtype == 0x02 and count == 2:
                base = int.from_bytes(payload, "big") << 4
            elif rtype == 0x04 and count == 2:
                base = int.from_bytes(payload, "big") << 16
            elif rtype in (0x03, 0x05):
                pass  # start address records: not memory
            else:
                yield ParseWarning(loc, f"unknown record type 0x{rtype:02X}; skipped")
        if not chunks:
            # sniff saw HEX records, and warnings may already be out: a HEX file cut before its data
            yield ParseWarning(Location(source.display, offset=0),
                               "no data records (file cut off?); no memory is taken from this file")
            return
        for start in sorted(chunks):
            yield MemorySegment(start, bytes(chunks[start]), Location(source.display), label=region_of(start))


class ElfImageParser:
    """The loadable contents of an ELF (what the linker placed in flash), also used for symbols."""

    kind = "elf"

    def sniff(self, source: Source) -> float:
        return 0.99 if source.head.startswith(b"\x7fELF") else 0.0

    def parse(self, source: Source) -> Iterator[MemorySegment | ParseWarning]:
        from elftools.common.exceptions import ELFError
        from elftools.elf.elffile import ELFFile

        with source.open() as fh:
            try:
                elf = ELFFile(fh)
                machine = elf["e_machine"]
            except (ELFError, Exception) as exc:  # pyelftools raises assorted errors on damage
                # nothing yielded yet: an ELF magic with no readable header is not an ELF we can use
                raise WrongFormat(f"ELF header unreadable ({exc})") from None
            if machine != "EM_ARM":
                yield ParseWarning(Location(source.display, offset=0),
                                   f"ELF is for {machine}, not ARM; its image is not used")
                return
            try:
                for seg in elf.iter_segments():
                    if seg["p_type"] != "PT_LOAD" or seg["p_filesz"] == 0:
                        continue
                    try:
                        data = seg.data()
                    except Exception as exc:  # truncated file
                        yield ParseWarning(Location(source.display, offset=seg["p_offset"]),
                                           f"load segment truncated: {exc}")
                        continue
                    # LMA (physical address) is where the bytes sit in flash (initialised data too).
                    addr = seg["p_paddr"]
                    yield MemorySegment(addr, data, Location(source.display, offset=seg["p_offset"]),
                                        label=region_of(addr))
            except Exception as exc:
                yield ParseWarning(Location(source.display), f"ELF program headers unreadable: {exc}")


PARSERS = [ElfImageParser(), IntelHexParser(), RawImageParser()]
