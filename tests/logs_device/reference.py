"""The device-log parse restated line by line, as the oracle for the block hot path.

This is the loop the parsers used before the hot path read blocks (one ``readline`` per line, one
regex match per line, a fresh dict per event); it shares the dialect's classification and slow path,
so a difference between the two is a difference in reading, splitting or the fast path's decisions.
A hexdump's rows are read together (an init packet in them is an event after its last row): here a
dump ends at the first non-blank line that is not its next row, simply; the block path has to find that
line across blocks and around the lines the C scan writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from dfuforensics.evidence.nrf_log import _STATEFUL, DeviceLogDialect, _InputState, clock_seconds
from dfuforensics.evidence.zephyr_log import ZephyrLogParser, _is_mcuboot
from dfuforensics.model import Event, InputKind, Location, ParseWarning
from dfuforensics.sources import MAX_LINE_CHARS, Source


def reference_parse(parser: DeviceLogDialect, source: Source) -> Iterator[Any]:
    refined = not isinstance(parser, ZephyrLogParser)
    for item in _lines(parser, source):
        if not refined and type(item) is Event and _is_mcuboot(item.kind, item.module, item.fields):
            refined = True
            yield InputKind("mcuboot-log")
        yield item


def _lines(self: DeviceLogDialect, source: Source) -> Iterator[Any]:
    self.compile()
    self._index = self.index()
    st = _InputState()
    src = source.display
    with open(source.path, encoding="utf-8", errors="replace", newline="\n") as fh:
        lineno = 0
        while line := fh.readline(MAX_LINE_CHARS + 1):
            lineno += 1
            if len(line) > MAX_LINE_CHARS and not line.endswith("\n"):
                while (rest := fh.readline(1 << 20)) and not rest.endswith("\n"):
                    pass
            text = line.rstrip("\r\n")
            if not text:
                continue
            if len(text) > MAX_LINE_CHARS:
                yield ParseWarning(Location(src, lineno), f"line longer than {MAX_LINE_CHARS} characters; "
                                                          "the rest of it was not read")
                text = text[:MAX_LINE_CHARS]
            m = self.fast.match(text)
            if m is None:
                yield from self._slow(st, src, text, lineno)
                continue
            yield from self._close_dump(st, src)  # a record is never a hexdump row: an open dump ends here
            clock, ticks, level, module, msg = m.groups()
            level = self.levels[level]
            kind, fields = self._classify(level, module, msg.strip())
            fields = dict(fields)
            if kind in _STATEFUL:
                kind = self._apply_state(st, kind, fields, lineno)
            if ticks:
                fields["ticks"] = int(ticks[1:-1])
            st.prev_level, st.prev_module = level, module
            yield Event(kind, text, src, lineno, None, clock_seconds(clock) if clock else None,
                        "device" if clock else "none", level, module, fields)
    yield from self._close_dump(st, src)  # a hexdump at the input's end
    yield from self.finish(st, src)  # what a dialect's embedded reader still holds (an mcumgr slot)
    if st.unparsed:
        first = ", ".join(str(n) for n in st.first_unparsed)
        more = "" if st.unparsed <= len(st.first_unparsed) else ", ..."
        yield ParseWarning(Location(src), f"{st.unparsed} line(s) not understood as {self.kind} "
                                          f"(kept as 'unparsed' events; lines {first}{more})")
