"""A sparse view of a device's address space built from every memory image given.

Flash dumps, settings pages, UICR reads, RAM dumps and ELF load images each cover some ranges; the
view answers "what bytes are at this address, if we know them" and remembers which input supplied
each range so findings can cite it.  Device reads overlap by input order (a later one wins, with a
warning when the bytes differ); a build artifact (an ELF's load image) only fills what no read covers,
so the build never hides what the device holds.
"""

from __future__ import annotations

import bisect
import struct
from collections.abc import Iterator
from dataclasses import dataclass, replace

from .model import Location, MemorySegment, ParseWarning


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    data: bytes
    base: int  # address of data[0]
    location: Location
    label: str


class MemoryView:
    """Non-overlapping spans sorted by address.  A later segment wins where two overlap."""

    def __init__(self) -> None:
        self._spans: list[_Span] = []
        self._starts: list[int] = []
        self.warnings: list[ParseWarning] = []

    def __bool__(self) -> bool:
        return bool(self._spans)

    def add(self, seg: MemorySegment) -> None:
        if not seg.data:
            return
        start, end = seg.address, seg.address + len(seg.data)
        kept: list[_Span] = []
        for sp in self._spans:
            if sp.end <= start or sp.start >= end:
                kept.append(sp)
                continue
            overlap_a, overlap_b = max(sp.start, start), min(sp.end, end)
            old = sp.data[overlap_a - sp.base : overlap_b - sp.base]
            new = seg.data[overlap_a - start : overlap_b - start]
            if old != new:
                self.warnings.append(
                    ParseWarning(
                        seg.location,
                        f"0x{overlap_a:08X}-0x{overlap_b:08X} also given by {sp.location.describe()} "
                        "with different bytes; using this input's bytes",
                    )
                )
            if sp.start < start:
                kept.append(_Span(sp.start, start, sp.data, sp.base, sp.location, sp.label))
            if sp.end > end:
                kept.append(_Span(end, sp.end, sp.data, sp.base, sp.location, sp.label))
        kept.append(_Span(start, end, seg.data, start, seg.location, seg.label))
        kept.sort(key=lambda s: s.start)
        self._spans = kept
        self._starts = [s.start for s in kept]

    def fill(self, seg: MemorySegment) -> None:
        """Add only the parts of ``seg`` no segment covers yet (a build artifact never hides device bytes)."""
        pos, end = seg.address, seg.address + len(seg.data)
        gaps: list[tuple[int, int]] = []
        differs: list[int] = []
        for a, b in list(self.spans_in(pos, end)):
            if a > pos:
                gaps.append((pos, a))
            pos = max(pos, b)
            have, want = self.read(a, b - a), seg.data[a - seg.address:b - seg.address]
            if have is not None and have != want:
                differs.append(a + next(i for i, (x, y) in enumerate(zip(have, want, strict=True)) if x != y))
        if differs:
            self.warnings.append(ParseWarning(
                seg.location, f"0x{min(differs):08X}: the device read holds other bytes than this build's image "
                              f"(0x{seg.address:08X}-0x{end:08X}); the device's bytes are used, and symbols from "
                              "this build may not describe the code on the unit"))
        if pos < end:
            gaps.append((pos, end))
        for a, b in gaps:
            loc = seg.location
            if loc.offset is not None:
                loc = replace(loc, offset=loc.offset + (a - seg.address))
            self.add(MemorySegment(a, seg.data[a - seg.address:b - seg.address], loc, label=seg.label))

    def _span_at(self, addr: int) -> _Span | None:
        i = bisect.bisect_right(self._starts, addr) - 1
        if i >= 0 and self._spans[i].start <= addr < self._spans[i].end:
            return self._spans[i]
        return None

    def covers(self, addr: int, length: int = 1) -> bool:
        return self.read(addr, length) is not None

    def read(self, addr: int, length: int) -> bytes | None:
        """The bytes at [addr, addr+length), or None if any of them is unknown."""
        out = bytearray()
        pos, end = addr, addr + length
        while pos < end:
            sp = self._span_at(pos)
            if sp is None:
                return None
            take = min(end, sp.end) - pos
            out += sp.data[pos - sp.base : pos - sp.base + take]
            pos += take
        return bytes(out)

    def read_prefix(self, addr: int, length: int) -> bytes | None:
        """The known bytes from ``addr`` up to ``length``, stopping at the first unknown byte.

        Intel HEX files often hold only the used part of a page (nrfutil writes 0x324 bytes of a
        settings page); decoders that tolerate short input read what is there.
        """
        out = bytearray()
        pos, end = addr, addr + length
        while pos < end:
            sp = self._span_at(pos)
            if sp is None:
                break
            take = min(end, sp.end) - pos
            out += sp.data[pos - sp.base : pos - sp.base + take]
            pos += take
        return bytes(out) if out else None

    def read_u32(self, addr: int) -> int | None:
        b = self.read(addr, 4)
        return None if b is None else struct.unpack("<I", b)[0]

    def read_u16(self, addr: int) -> int | None:
        b = self.read(addr, 2)
        return None if b is None else struct.unpack("<H", b)[0]

    def source_of(self, addr: int) -> Location | None:
        """Where the byte at ``addr`` came from, with the file offset when the input is a raw image."""
        sp = self._span_at(addr)
        if sp is None:
            return None
        loc = sp.location
        if loc.offset is not None:
            return Location(loc.input, None, loc.offset + (addr - sp.base))
        return Location(loc.input, None, addr - sp.base)

    def ranges(self) -> Iterator[tuple[int, int, str, str]]:
        """Contiguous known ranges as (start, end, input, label), merged across adjacent spans."""
        for sp in self._spans:
            yield sp.start, sp.end, sp.location.input, sp.label

    def spans_in(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        for sp in self._spans:
            a, b = max(sp.start, start), min(sp.end, end)
            if a < b:
                yield a, b
