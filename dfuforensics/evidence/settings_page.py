"""Evidence kind ``settings-page``: a lone nRF5 bootloader settings page (and its backup).

A file of a page or a few (raw binary, or Intel HEX as ``nrfutil settings generate`` writes it:
the page plus a backup copy) whose bytes decode as ``nrf_dfu_settings_t`` v1/v2.  The parser places
the bytes at their flash address (from the HEX records, ``FILE@0xADDR``, a chip named in the file
name, else nRF52832's 0x7F000, said in a warning) so the flash-map analysis finds them in the
MemoryView like any other memory image.  It also yields each decoded ``SettingsPage``.

``find_settings`` is shared with the ``settings`` command: given memory segments (from a page, a
flash dump or a HEX file) it finds the settings page and its backup.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..errors import WrongFormat
from ..model import InputKind, Location, MemorySegment, ParseWarning
from ..sources import Source

#: A lone settings file is at most this many bytes of data (page + backup, on 4 KiB pages, with room).
MAX_LONE_BYTES = 0x4000
_PAGE_SIZES = (0x1000, 0x400)
_HEX_LINE_MIN = 11


def _looks_like_settings(page: bytes) -> float:
    """0.97 for version 1/2 with a valid CRC, 0.6 for version 1/2 without, else 0 (cheap: no imports)."""
    if len(page) < 0x5C:
        return 0.0
    crc, version = struct.unpack_from("<II", page, 0)
    if version not in (1, 2):
        return 0.0
    if crc != 0xFFFFFFFF and crc == zlib.crc32(page[4:0x5C]) & 0xFFFFFFFF:
        return 0.97
    return 0.6


def _hex_data(text: bytes) -> dict[int, int] | None:
    """Byte map of the data records of a small Intel HEX text, None if it is not one (sniffing only)."""
    mem: dict[int, int] = {}
    base = 0
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if not line.startswith(b":") or len(line) < _HEX_LINE_MIN:
            return None
        try:
            rec = bytes.fromhex(line[1:].decode("ascii"))
        except ValueError:
            return None
        if len(rec) != rec[0] + 5:
            return None
        rtype = rec[3]
        if rtype == 0:
            start = base + int.from_bytes(rec[1:3], "big")
            for i, b in enumerate(rec[4:-1]):
                mem[start + i] = b
            if len(mem) > MAX_LONE_BYTES:
                return None
        elif rtype == 1:
            break
        elif rtype == 2:
            base = int.from_bytes(rec[4:6], "big") << 4
        elif rtype == 4:
            base = int.from_bytes(rec[4:6], "big") << 16
    return mem


def _pages_of(mem: dict[int, int]) -> dict[int, bytes]:
    """Page-aligned (1 KiB) blocks of a byte map, missing bytes as 0xFF (erased flash)."""
    starts = sorted({a & ~0x3FF for a in mem})
    return {s: bytes(mem.get(s + i, 0xFF) for i in range(0x400)) for s in starts}


class SettingsPageParser:
    kind = "settings-page"

    def sniff(self, source: Source) -> float:
        head = source.head
        if not head or source.size > 3 * MAX_LONE_BYTES * 3:  # HEX text is ~2.8x its data
            return 0.0
        if head.lstrip(b"\xef\xbb\xbf").startswith(b":"):
            if source.size > len(head):
                return 0.0
            mem = _hex_data(head.lstrip(b"\xef\xbb\xbf"))
            if not mem:
                return 0.0
            return max((_looks_like_settings(p) for p in _pages_of(mem).values()), default=0.0)
        if source.size > MAX_LONE_BYTES or head.startswith(b"\x7fELF"):
            return 0.0
        score = max((_looks_like_settings(head[off:off + 0x400]) for off in range(0, len(head), 0x400)),
                    default=0.0)
        if score == 0.6 and source.size in _PAGE_SIZES:
            score = 0.96  # exactly one page, settings_version 1/2, CRC wrong: still a (damaged) settings page
        return score

    def parse(self, source: Source) -> Iterator[Any]:

        head = source.head.lstrip(b"\xef\xbb\xbf")
        segments: list[MemorySegment] = []
        if head.startswith(b":"):
            from .memory_images import IntelHexParser

            for item in IntelHexParser().parse(source):
                if isinstance(item, MemorySegment):
                    segments.append(item)
                yield item
            found = find_settings([(s.address, s.data) for s in segments], input_name=source.display)
        else:
            data = source.read_bytes()
            if not data:
                raise WrongFormat("file is empty")
            base, why = lone_page_address(data, source.name, source.load_address)
            if why:
                yield ParseWarning(Location(source.display, offset=0), why)
            yield MemorySegment(base, data, Location(source.display, offset=0), label="flash")
            found = find_settings([(base, data)], input_name=source.display, file_base=base)
        yield InputKind("settings-page")
        for role, page in (("settings page", found.main), ("settings backup page", found.backup)):
            if page is None:
                continue
            yield page
            loc = Location(source.display, offset=page.file_offset if not head.startswith(b":") else None)
            for msg in page.damage:
                yield ParseWarning(loc, f"{role} at 0x{page.address:08X}: {msg}")
        for note in found.notes:
            yield ParseWarning(Location(source.display), note)
        if found.main is None:
            yield ParseWarning(Location(source.display), "no settings page found in this file")


def lone_page_address(data: bytes, name: str, given: int | None, family: str | None = None
                      ) -> tuple[int, str]:
    """Load address of a raw file of one or a few settings pages, and the warning if it is a guess.

    The last page that decodes as settings is the page itself; pages before it are the backup (as
    nrfutil writes them) or neighbours.  The address of that page is the chip's settings address.
    """
    if given is not None:
        return given, ""
    from ..nrf5.chips import chip, settings_address_for_size

    page_size = 0x400 if len(data) <= 0x400 else 0x1000
    if family:
        c = chip(family)
        page_size = c.page_size
        settings_addr, why = c.settings_address, ""
    else:
        settings_addr = settings_address_for_size(len(data), name)
        why = (f"no load address given; assumed the settings page is at 0x{settings_addr:08X} "
               "(the chip named in the file name, else nRF52832 / nRF51 by page size); give "
               "FILE@0xADDR or --family to say otherwise")
        lname = name.lower()
        if any(k in lname for k in ("nrf51", "nrf528")):
            why = f"no load address given; the file name names the chip: settings page at 0x{settings_addr:08X}"
    idx = 0
    for i in range(0, max(len(data), 1), page_size):
        if _looks_like_settings(data[i:i + page_size]) >= 0.6:
            idx = i
    return max(settings_addr - idx, 0), why


@dataclass
class Found:
    """The settings page and backup found in some memory, and what was assumed to find them."""

    main: Any = None  # SettingsPage | None
    backup: Any = None
    chip: Any = None  # nrf5.chips.Chip | None
    notes: list[str] = field(default_factory=list)


def _read(segments: Sequence[tuple[int, bytes]], addr: int, size: int, fill: bool) -> bytes | None:
    """``size`` bytes at ``addr``, None if no segment covers any of them.

    ``fill``: bytes a programming file (HEX/ELF) leaves out are erased flash (0xFF); a raw dump that
    ends early is cut there instead, so the decoder reports the missing fields as unreadable.
    """
    buf = bytearray(b"\xff" * size)
    known = bytearray(size)
    for start, data in segments:
        lo, hi = max(start, addr), min(start + len(data), addr + size)
        if lo < hi:
            buf[lo - addr:hi - addr] = data[lo - start:hi - start]
            known[lo - addr:hi - addr] = b"\x01" * (hi - lo)
    if not any(known):
        return None
    if not fill:
        end = known.find(0)
        if end == 0:
            return None
        if end > 0:
            return bytes(buf[:end])
    return bytes(buf)


def _file_offset(segments: Sequence[tuple[int, bytes]], addr: int, file_base: int | None) -> int:
    return addr - file_base if file_base is not None else 0


def find_settings(segments: Sequence[tuple[int, bytes]], family: str | None = None, *,
                  input_name: str = "", file_base: int | None = None) -> Found:
    """Find the settings page (and backup) in memory segments.

    With ``family``, read that chip's settings and MBR-params (backup) addresses.  Without, try every
    chip's addresses and take the one whose page has a valid CRC; a small file with settings at other
    addresses (``nrfutil --start-address/--backup-address``) is scanned page by page.
    """
    from ..nrf5.chips import CHIPS, chip
    from ..nrf5.settings import decode_settings

    found = Found()

    def decode(addr: int, size: int) -> Any:
        got = _read(segments, addr, size, fill=file_base is None)
        if got is None:
            return None
        return decode_settings(got, addr, input_name=input_name,
                               file_offset=_file_offset(segments, addr, file_base))

    chips = [chip(family)] if family else list(CHIPS.values())
    extent = max((start + len(data) for start, data in segments), default=0)
    best = None
    best_rank: tuple[bool, bool, bool] | None = None
    for c in chips:
        page = decode(c.settings_address, c.page_size)
        if page is None:
            continue
        # a valid page first; then the chip whose flash ends where the dump ends (a whole-flash dump)
        rank = (page.is_settings, c.flash_size == extent, not page.erased)
        if best_rank is None or rank > best_rank:
            best, best_rank = (c, page), rank
    total = sum(len(d) for _, d in segments)
    scanned: list[Any] = []
    if total <= MAX_LONE_BYTES:
        sizes = [chips[0].page_size] if family else list(_PAGE_SIZES)
        seen: set[int] = set()
        for size in sizes:
            for start, data in segments:
                for addr in range(start - start % size, start + len(data), size):
                    if addr in seen:
                        continue
                    page = decode(addr, size)
                    if page is not None and page.is_settings:
                        seen.add(addr)
                        scanned.append(page)
    if best is not None and (best[1].is_settings or not scanned):
        found.chip, found.main = best
    elif scanned:
        found.main = max(scanned, key=lambda p: p.address)
        which = f"the {family} settings address" if family else "the settings address of any supported chip"
        found.notes.append(f"settings page found at 0x{found.main.address:08X}, which is not {which} "
                           "(custom start address, or another chip?)")
    if found.main is None:
        return found
    # backup: the chip's MBR params page, else another settings page in a small file
    if found.chip is not None and found.chip.mbr_params_address is not None:
        found.backup = decode(found.chip.mbr_params_address, found.chip.page_size)
        if found.backup is not None and found.backup.layout not in ("v1", "v2"):
            what = "is erased" if found.backup.erased else "does not hold settings"
            found.notes.append(f"the MBR parameters page at 0x{found.chip.mbr_params_address:08X} (the "
                               f"settings backup on SDK 15.2+) {what}: no backup")
            found.backup = None
    if found.backup is None or not found.backup.is_settings:
        others = [p for p in scanned if p.address != found.main.address]
        if others:
            found.backup = max(others, key=lambda p: p.address)
    return found


PARSERS = [SettingsPageParser()]
