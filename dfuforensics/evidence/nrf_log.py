"""nRF5 SDK ``nrf_log`` output (RTT Viewer, UART terminals, forum copies) -> events.

Design.  The line structure is defined once, in ``grammars/nrf_log.lark`` (SDK 14-17 records
``[ts] <level> module: msg``, SDK 12/13 legacy ``MODULE:LEVEL:msg``, RTT ``00> `` prefixes).  At first use
the grammar is loaded with lark (LALR) and the hot-path regexes are *compiled from its terminals*
(``DeviceLogDialect.compile``), so the fast path and the grammar cannot drift apart (tests parse the same
lines both ways).  Per line, the hot path is: one regex match on the raw line, a dict lookup of the
(level, module, message) triple in a bounded cache of classifications, a dict copy and one ``Event``.
Only lines the fast path rejects take the slow path: ANSI/remnant clean-up (``textutil.clean_line``),
glued records split at every record start (also whole logs on one line), hexdump rows of both forms (and
the init packet a dump holds), multi-line formats (``PC at: 0x%08x``), SDK 11's prefix-less prints,
fragments of a known format, forum elisions; whatever is left is an ``unparsed`` event, counted in one
summary warning (plus the first few lines individually).

Meaning comes from the SDK format string that printed the line (``nrf5/log_templates.py``); a little
state per input ties a DFU response to the request before it and infers the extended error from the
validation line that preceded it (nrf5-sdk.md §3.3: the bootloader never logs the ext code).

``timeline --format jsonl`` of nRF5 logs uses the optional C scan (``_nrflog_accel.c``, ``accelerator``)
where it is built: it writes the records' JSON lines and calls back here for meaning and state; the bytes
are the same as this module's pure-Python path (``DFUFORENSICS_NO_ACCEL=1``), which tests compare.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, partial
from itertools import compress
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from ..grammar_files import grammar_text
from ..model import Event, InputKind, Location, ParseWarning
from ..nrf5.log_templates import NO_LEVEL
from ..sources import MAX_LINE_CHARS, MAX_LOG_BYTES, InputTooLarge, Source
from .textutil import clean_line, looks_like_text

#: Per-line "not understood" warnings kept per input (all are counted in the summary warning).
UNPARSED_WARNINGS = 10
#: Line numbers named in the summary warning.
UNPARSED_FIRST_LINES = 5
#: Classification cache entries per input before it is cleared (memory stays flat in log length: an
#: entry of a stateful kind, with its JSON parts and response variants, is ~1.6 KB).
CACHE_LIMIT = 4_096

_HEXDUMP = re.compile(r"^ ?((?: [0-9A-Fa-f]{2}){1,8})(?: {3}){0,7}\|(.{0,8})$")
#: Bytes in a full SDK 14+ hexdump row (``nrf_log_backend_serial.c`` splits a dump in chunks of 8).
HEXDUMP_ROW_BYTES = 8
_ELISION = re.compile(r"^(?:\.{2,}|…+|\[\.\.\.\]|\[…\]|\(\.\.\.\))$")
_TRAILING_RTT = re.compile(r"(?:\s*\d{1,2}>)+\s*$")
#: Kinds that read or change the per-input state: 1 = read only, 2 = it also adds fields to the event.
_STATEFUL = {"dfu.request": 1, "dfu.response": 2, "dfu.validation": 1, "boot.start": 1, "dfu.start": 1}
#: Bytes read per block; bytes that surely hold MAX_LINE_CHARS + 1 characters of UTF-8.
BLOCK_BYTES = 1 << 18
_CUT_BYTES = 4 * (MAX_LINE_CHARS + 1) + 4


@cache
def lark_parser(name: str):  # noqa: ANN201 - a lark.Lark; lark is imported lazily
    import lark

    return lark.Lark(grammar_text(name), parser="lalr")


#: The terminals of each log grammar as lark compiles them, shipped so that reading a small log does not
#: import lark and build the grammar (~60 ms).  Keyed by the grammar text's sha256: an edited grammar
#: misses and is compiled live.  Regenerate with ``python -m dfuforensics.evidence.nrf_log``; a test
#: checks the shipped file equals what lark derives now.
TERMINALS_FILE = Path(__file__).with_name("grammar_terminals.json")
LOG_GRAMMARS = ("nrf_log.lark", "zephyr_log.lark")


@cache
def grammar_terminals(name: str) -> dict[str, str]:
    """Regex source of every named terminal of a grammar, as lark compiled it."""
    import hashlib
    import json

    digest = hashlib.sha256(grammar_text(name).encode("utf-8")).hexdigest()
    try:
        entry = json.loads(TERMINALS_FILE.read_text(encoding="utf-8")).get(name) or {}
    except (OSError, ValueError):
        entry = {}
    if entry.get("sha256") == digest and isinstance(entry.get("terminals"), dict):
        return dict(entry["terminals"])
    return derive_terminals(name)


def derive_terminals(name: str) -> dict[str, str]:
    return {t.name: t.pattern.to_regexp() for t in lark_parser(name).terminals}


def terminals_table() -> str:
    """The content of TERMINALS_FILE for the grammars as they are now (deterministic bytes)."""
    import hashlib
    import json

    table = {name: {"sha256": hashlib.sha256(grammar_text(name).encode("utf-8")).hexdigest(),
                    "terminals": derive_terminals(name)} for name in LOG_GRAMMARS}
    return json.dumps(table, indent=1, sort_keys=True) + "\n"


_WHOLE_SECONDS: dict[str, int] = {}


def clock_seconds(stamp: str) -> float:
    """``[hh:mm:ss.mmm,uuu]`` -> seconds since reset (exact microseconds, then one division).

    The ``hh:mm:ss`` part changes once a second, so its value is memoised (bounded)."""
    whole = _WHOLE_SECONDS.get(stamp[1:9])
    if whole is None:
        if len(_WHOLE_SECONDS) > 4096:
            _WHOLE_SECONDS.clear()
        whole = _WHOLE_SECONDS[stamp[1:9]] = \
            ((int(stamp[1:3]) * 60 + int(stamp[4:6])) * 60 + int(stamp[7:9])) * 1_000_000
    return (whole + int(stamp[10:13] + stamp[14:17])) / 1e6


def _whole_seconds(stamp: str) -> int:
    """The memoised ``hh:mm:ss`` part of a stamp, in microseconds (see ``clock_seconds``)."""
    if len(_WHOLE_SECONDS) > 4096:
        _WHOLE_SECONDS.clear()
    whole = _WHOLE_SECONDS[stamp[1:9]] = ((int(stamp[1:3]) * 60 + int(stamp[4:6])) * 60 + int(stamp[7:9])) * 1_000_000
    return whole


def _text_blocks(fh: Any) -> Iterator[tuple[str, bool]]:
    """``(text, cut)``: whole lines of the file decoded as UTF-8 (bad bytes replaced), each block ending
    in a newline, in bounded memory.  ``cut`` marks the first MAX_LINE_CHARS + 1 characters of a line
    too long to hold (a sparse or binary tail without a newline for gigabytes); its rest is skipped.
    A last line without a newline gets one."""
    rest = b""
    while chunk := fh.read(BLOCK_BYTES):
        buf = rest + chunk if rest else chunk
        cut = buf.rfind(b"\n") + 1
        if cut:
            yield buf[:cut].decode("utf-8", "replace"), False
        rest = buf[cut:]
        if len(rest) > _CUT_BYTES:
            yield rest[:_CUT_BYTES].decode("utf-8", "replace")[:MAX_LINE_CHARS + 1], True
            rest = b""
            while chunk := fh.read(BLOCK_BYTES):
                nl = chunk.find(b"\n")
                if nl >= 0:
                    rest = chunk[nl + 1:]
                    break
    if rest:
        yield rest.decode("utf-8", "replace") + "\n", False


class _InputState:
    """What one input's earlier lines tell about its later ones."""

    __slots__ = ("last_op", "last_op_line", "pending_ext", "pending_ext_line", "unparsed", "first_unparsed",
                 "refined", "prev_level", "prev_module", "embedded", "dump", "coredump")

    def __init__(self) -> None:
        self.last_op: str | None = None
        self.last_op_line = 0
        self.pending_ext: str | None = None
        self.pending_ext_line = 0
        self.unparsed = 0
        self.first_unparsed: list[int] = []
        self.refined = False
        self.prev_level: str | None = None
        self.prev_module: str | None = None
        self.embedded: Any = None  # a dialect's reader of another tool's output pasted into the log
        self.dump: _Dump | None = None  # the hexdump whose rows are being read (``_hexdump_event``)
        self.coredump: Any = None  # a dialect's reader of Zephyr core dump lines (``zephyr_coredump.DumpLines``)


class _Dump:
    """The rows read so far of one ``NRF_LOG_HEXDUMP`` call: consecutive rows of one level and module,
    all full but maybe the last (a short row is the last)."""

    __slots__ = ("data", "first_line", "last_line", "rows", "level", "module", "width", "text", "clock", "open")

    def __init__(self, lineno: int, level: str | None, module: str | None, width: int, text: str,
                 clock: str | None) -> None:
        self.data = bytearray()
        self.first_line = self.last_line = lineno
        self.rows = 0
        self.level, self.module, self.width, self.text, self.clock = level, module, width, text, clock
        self.open = True

    def continued_by(self, lineno: int, level: str | None, module: str | None, width: int) -> bool:
        """Whether a row at ``lineno`` is this dump's next one (glued rows share a line)."""
        return (self.open and lineno - self.last_line in (0, 1) and width == self.width and level == self.level
                and module == self.module)

    def add(self, data: bytes, lineno: int) -> None:
        self.data += data
        self.last_line = lineno
        self.rows += 1
        self.open = len(data) == self.width


#: What ``_apply_state`` keeps between lines (the C scan holds these while it runs), and of those, what
#: a response's fields depend on (its variants' key, ``_stateful``).
_STATE_SLOTS = ("last_op", "last_op_line", "pending_ext", "pending_ext_line")
_RESPONSE_SLOTS = ("last_op", "pending_ext", "pending_ext_line")
_RESPONSE_STATE = attrgetter(*_RESPONSE_SLOTS)
_RESPONSE_KEY = tuple(map(_STATE_SLOTS.index, _RESPONSE_SLOTS))  # the same, for the C scan


class _Probe:
    """A state value no line could set (``DeviceLogDialect._effect``)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


#: "the line's number" in a learned state effect
_LINENO = _Probe("lineno")
#: Sentinel argument values (``DeviceLogDialect._recipe``): 18 digits, in no template's text.
_SENTINEL = 100_000_000_000_000_007


def _occurrences(text: str, token: str) -> Iterator[int]:
    """Where ``token`` starts in ``text``, left to right, not overlapping."""
    at = text.find(token)
    while at >= 0:
        yield at
        at = text.find(token, at + len(token))


class _Start(NamedTuple):
    """Where a record starts in a line (``DeviceLogDialect._starts``): its prefix's span and parts."""

    at: int
    end: int
    clock: str | None
    ticks: str | None
    level: str
    module: str | None


@cache
def _upper_modules(index: Any) -> frozenset[str]:
    """The SDK 12/13 module names of a template table (``APP_ERROR``, ``HARDFAULT``: upper case)."""
    return frozenset(m for m in index.modules if m and m.isupper())


#: SDK 12/13 ``NRF_LOG_HEXDUMP`` row (``nrf_log_backend_serial.c``): 16 cells ``XX `` (upper-case hex, three
#: spaces for a missing byte), a space, the bytes as text (printable ASCII, else ``.``), no ``|``; indented
#: when timestamps are on.  Forums collapse the padding of a short last row, so the spaces are not counted.
_LEGACY_ROW = re.compile(r"((?:[0-9A-Fa-f]{2} ){1,16})\s*(.*)")
LEGACY_ROW_BYTES = 16


def legacy_hexdump_row(text: str) -> bytes | None:
    """The bytes of an SDK 12/13 hexdump row (``text`` cleaned, stripped), or None.  The text column must
    be the bytes' own (each printable byte itself, any other ``.``): rows of hex numbers in a message, or
    an ``Error 12 34`` line, are not rows."""
    m = _LEGACY_ROW.fullmatch(text + " ")  # (the last cell's space: a row of bytes without printables)
    if m is None:
        return None
    cells = m.group(1).split()
    column = m.group(2).rstrip()
    for n in range(len(cells), 0, -1):  # collapsed padding: text made of hex pairs may belong to the column
        data = bytes.fromhex("".join(cells[:n]))
        shown = "".join(chr(b) if 0x20 <= b < 0x7F else "." for b in data)
        rest = " ".join(cells[n:]) + (" " if n < len(cells) and column else "") + column
        if rest.strip() == shown.strip() and len(rest) <= LEGACY_ROW_BYTES and (shown.strip() or n >= 8):
            return data  # (a row of spaces only must be long enough not to be a number on its own line)
    return None


#: The cache entry of a line the hot path leaves to the slow path (see ``DeviceLogDialect._entry``).
_HOLE_FLAG = 3
_HOLE: list[Any] = [None, None, None, None, _HOLE_FLAG, None, None, None]
_FLAG = itemgetter(4)


class Rows:
    """The records of one block of lines, by column (what ``DeviceLogDialect.batches`` yields).

    Line ``lines[i]`` is either a record the hot path understood -- its text ``texts[i]``, its stamp
    ``clocks[i]`` (``""`` when none) and its classification cache entry ``entries[i]`` (``[kind, fields,
    level, module, state flag, writer's cache]``, shared by every line with the same level, module and
    message; ``fields[i]`` replaces the entry's fields where the line adds its own) -- or, at the indices
    in ``holes``, a line the slow path handled.  ``extra[i]`` holds records to give before line ``i``'s
    own (the slow path's events and warnings, an ``InputKind``).  Entries and their fields are shared:
    copy before changing them.
    """

    __slots__ = ("texts", "clocks", "lines", "entries", "fields", "holes", "extra")

    def __init__(self, texts: Sequence[str], clocks: Sequence[str], lines: Sequence[int],
                 entries: list[list[Any]]) -> None:
        self.texts, self.clocks, self.lines, self.entries = texts, clocks, lines, entries
        self.fields: dict[int, dict[str, Any]] = {}
        self.holes: list[int] = []
        self.extra: dict[int, list[Any]] = {}

    def event(self, i: int, src: str) -> Event:
        kind, fields, level, module = self.entries[i][:4]
        clock = self.clocks[i]
        return Event(kind, self.texts[i], src, self.lines[i], None, clock_seconds(clock) if clock else None,
                     "device" if clock else "none", level, module, dict(self.fields.get(i, fields)))

    def records(self, src: str) -> Iterator[Any]:
        extra, entries = self.extra, self.entries
        for i in range(len(entries)):
            if i in extra:
                yield from extra[i]
            if entries[i][4] != _HOLE_FLAG:
                yield self.event(i, src)

    def insert_before_first(self, record: Any, matches: Callable[[str, str | None, dict[str, Any]], bool]) -> bool:
        """Put ``record`` before the first event for which ``matches(kind, module, fields)``; whether
        there was one."""
        extra, entries = self.extra, self.entries
        for i in range(len(entries)):
            for k, item in enumerate(extra.get(i, ())):
                if type(item) is Event and matches(item.kind, item.module, item.fields):
                    extra[i].insert(k, record)
                    return True
            entry = entries[i]
            if entry[4] != _HOLE_FLAG and matches(entry[0], entry[3], self.fields.get(i, entry[1])):
                extra.setdefault(i, []).append(record)
                return True
        return False


def accelerator() -> Callable[..., tuple[list[Any], str, list[int], int]] | None:
    """The optional C scan (``dfuforensics/_nrflog_accel.c``), or None (``accel.extension``: not built
    here, or ``DFUFORENSICS_NO_ACCEL=1``; both paths must write the same bytes)."""
    from ..accel import extension

    module = extension("_nrflog_accel")
    return module.scan if module is not None else None


class Accelerated:
    """(Part of) a block the C scan went through (``DeviceLogDialect.batches(accel=...)``, for the jsonl writer).

    ``plan`` is the block in line order: ``str`` = JSON lines the scan wrote (``made`` of them in all),
    ``int`` = that many of ``rows``' lines (the lines left to Python: new messages, state, slow path).
    """

    __slots__ = ("plan", "rows", "made")

    def __init__(self, plan: list[Any], rows: Rows | None, made: int) -> None:
        self.plan, self.rows, self.made = plan, rows, made


class DeviceLogDialect:
    """Parsing machinery shared by the nrf_log and Zephyr dialects; subclasses name their grammar."""

    kind = "nrf-log"
    #: whether the C scan understands this dialect's lines (``batches(accel=True)``)
    accelerated = False
    #: whether the rows of one hexdump are read together (``_hexdump_event``: a debug bootloader dumps the
    #: init packet it received)
    reads_dumps = False
    grammar = "nrf_log.lark"
    #: level token in the line -> the project's level names
    levels: dict[str, str] = {"error": "error", "warning": "warning", "info": "info", "debug": "debug"}

    def __init__(self) -> None:
        self._compiled = False

    # -- set-up --------------------------------------------------------------------------------------
    def compile(self) -> None:
        if self._compiled:
            return
        t = grammar_terminals(self.grammar)
        stamp = rf"(?:({t['CLOCK']}) ?|({t['TICKS']}) ?)?"
        self.record = re.compile(rf"(?:{t['RTT_PREFIX']})?{stamp}<({t['LEVEL']})> ({t['MODULE']}):(.*)")
        # hot path: the same structure, refusing what needs the slow path (glued records, colour codes,
        # hexdump rows, a colour reset or its remnant at the end)
        self.fast = re.compile(rf"(?:{t['RTT_PREFIX']})?{stamp}<({t['LEVEL']})> ({t['MODULE']}):(?!  )"
                               r"([^<\x1b]*)(?<!\[0m)\Z")
        # the block hot path: every line is the same record (text, stamp, level, module, message) or,
        # in the last group, anything else (also every line too long to keep); trailing CRs are outside both
        self.lines = re.compile(rf"(?m)^(?:(?=[^\n]{{0,{MAX_LINE_CHARS}}}\n)((?:{t['RTT_PREFIX']})?{stamp}<({t['LEVEL']})> ({t['MODULE']}):(?!  )"
                                r"([^<\x1b\r\n]*(?:\r+[^<\x1b\r\n]+)*)(?<!\[0m))\r*|([^\n]*))\n")
        self.glue = re.compile(rf"{stamp}<({t['LEVEL']})> ({t['MODULE']}):")
        #: a record start of any of the dialect's forms, where records glued together are split (groups 1-4
        #: as in ``glue``; a dialect with more forms adds groups after them: ``_starts``)
        self.any_start = self.glue
        self.compile_extra(t)
        self._compiled = True

    def compile_extra(self, t: dict[str, str]) -> None:
        legacy = rf"({t['TICKS']})?({t['LEGACY_MODULE']})?:({t['LEGACY_LEVEL']}):"
        self.legacy = re.compile(legacy + "(.*)")
        # SDK 12/13 records carry their own line ends (a format without one glues the next record on), and
        # a terminal that lost them glues either form: groups 5-7 are the legacy form's ticks, module, level
        self.any_start = re.compile(rf"{self.glue.pattern}|{legacy}")

    def index(self):  # noqa: ANN201 - a TemplateIndex
        from ..nrf5.log_templates import nrf5_index

        return nrf5_index()

    # -- the parse loop ----------------------------------------------------------------------------------
    def parse(self, source: Source) -> Iterator[Event | ParseWarning | InputKind]:
        src = source.display
        for batch in self.batches(source):
            for item in batch:
                if type(item) is Rows:
                    yield from item.records(src)
                else:
                    yield item

    def batches(self, source: Source, accel: Callable[[list[Any]], tuple[str, str, str]] | None = None
                ) -> Iterator[list[Any]]:
        """The parse, a block of lines at a time: lists of ``Rows`` (one per block) and other records,
        in line order (``parse`` turns them into records; ``timeline --format jsonl`` writes ``Rows``
        without making an ``Event`` per line).  ``accel``: the jsonl writer's function giving the constant
        JSON parts of a cache entry; where the C scan is available, blocks then come as ``Accelerated``
        (JSON lines made in C, ``Rows`` for the lines left to Python)."""
        if source.size > MAX_LOG_BYTES:
            raise InputTooLarge(f"{source.size} bytes is more than the {MAX_LOG_BYTES} bytes a log may have")
        self.compile()
        self._index = self.index()
        st = _InputState()
        src = source.display
        lineno = 0
        cache_: dict[tuple[str, str, str], list[Any]] = {}
        scan = accelerator() if accel and self.accelerated else None
        rendered: dict[str, list[Any]] = {}  # the C scan's shortcut: "<level> module:message" -> entry
        buckets: tuple[dict, dict] = ({}, {})  # the C scan's templates: by its key, and by candidate list
        with open(source.path, "rb") as fh:
            for block, cut in _text_blocks(fh):
                out: list[Any] = []
                # A block allocates thousands of short-lived, acyclic tuples (the regex's groups): with the
                # cycle collector on, it would run every 700 of them (measured: ~40% of the parse time).
                # Off for the block, it runs once afterwards, over what survived.
                collecting = gc.isenabled()
                gc.disable()
                try:
                    if scan is not None and not cut:
                        lineno = self._accel_block(scan, accel, st, cache_, rendered, buckets, src, block, lineno, out)
                    else:
                        lineno = self._block(st, cache_, src, block + "\n" if cut else block, lineno, out, long=cut)
                finally:
                    if collecting:
                        gc.enable()
                yield out
        tail = self._close_dump(st, src) + self.finish(st, src)
        if tail:
            yield tail
        if st.unparsed:
            first = ", ".join(str(n) for n in st.first_unparsed)
            more = "" if st.unparsed <= len(st.first_unparsed) else ", ..."
            yield [ParseWarning(Location(src), f"{st.unparsed} line(s) not understood as {self.kind} "
                                               f"(kept as 'unparsed' events; lines {first}{more})")]

    def _accel_block(self, scan: Callable[..., Any], parts: Callable[[list[Any]], Any], st: _InputState,
                     cache_: dict, rendered: dict, buckets: tuple[dict, dict], src: str, block: str, lineno: int,
                     out: list[Any]) -> int:
        """The C scan writes the records (calling back here for new messages and state, and the writer
        for an entry's JSON parts); ``_block`` parses the other lines, joined, with their own numbers.
        A call ends early at a line that needs the state after one left to Python (line order)."""
        miss, state = partial(self._new_entry, cache_), partial(self._stateful, st)  # no frame of their own
        bucket_of = partial(self._bucket, parts, buckets[1])
        pos, end = 0, len(block)
        while pos < end:
            if st.dump is not None and not self._next_continues_dump(block, pos):
                out.extend(self._close_dump(st, src))  # the line C writes next ends it
            plan, sub, lines, prevs, made, pos, lineno, last = scan(
                block, pos, lineno, rendered, cache_, CACHE_LIMIT, MAX_LINE_CHARS, miss, state, parts,
                buckets[0], bucket_of, st, _STATE_SLOTS, _RESPONSE_KEY, self._effect, _LINENO)
            inner: list[Any] = []
            if sub:
                self._block(st, cache_, src, sub, lines[0] - 1, inner, lines=lines, prevs=prevs, upto=lineno)
            if last is not None:  # the last line was made in C: "the record before" the next line
                st.prev_level, st.prev_module = last[2], last[3]
            out.append(Accelerated(plan, inner[0] if inner else None, made))
        return lineno

    # -- the C scan's templates (new messages written with no Python call) ------------------------------------
    def _bucket(self, parts: Callable[[list[Any]], tuple[str, str, str]], made: dict, key: str) -> tuple:
        """What the C scan matches a new message against (``_nrflog_accel.c``, ``template_line``): its
        candidate templates, each as a program (``Template.program``), its int() bases and its recipe
        (``...`` until the template first matches).  ``key``: raw level, module and the message's first
        ``HEAD`` characters, NUL-separated.  Made once per (level, module, candidate list) and input."""
        raw_level, module, head = key.split("\x00")
        level = self.levels[raw_level]
        cands = self._index.candidates(module, head)  # the index keeps these lists: their id is theirs
        got = made.get((level, module, id(cands)))
        if got is None:
            if len(made) >= CACHE_LIMIT:  # a log of ever new module names: bounded, like the other caches
                made.clear()
            proxy = [None, None, level, module, 0, None, None]  # "the record before" a slow-path line
            programs = []
            for t in cands:  # recipes are made when a template first matches (most never do), once per input
                if (level, module, id(t)) not in made:
                    made[(level, module, id(t))] = [t.program(), bytes(b or 0 for b in t.bases), ...,
                                                    partial(self._recipe, parts, level, module, t)]
                programs.append(made[(level, module, id(t))])
            if (level, module) not in made:
                made[(level, module)] = self._recipe(parts, level, module, None)
            got = made[(level, module, id(cands))] = (proxy, made[(level, module)], tuple(programs))
        return got

    def _recipe(self, parts: Callable[[list[Any]], tuple[str, str, str]], level: str, module: str,
                t: Any) -> tuple[str, str, tuple[str | int, ...]] | None:
        """A template's (None: no template matched) JSON parts with the arguments and the message left
        open, or None when the C scan must not write it: a post-processor reads the values, the kind
        reads or changes the per-input state, or the parts do not come out the same for two sets of
        sentinel values (something formats a value itself)."""
        from json.encoder import encode_basestring_ascii

        if t is not None and t.post is not None:
            return None
        made = []
        for k in (1, 2):
            msg = f"\x01{k}m\x02"
            args = [_SENTINEL * k + j if b else f"\x01{k}.{j}\x02" for j, b in enumerate(t.bases)] if t else []
            kind, fields = self._fields(level, module, msg, t, args) if t else self.unmatched(level, module, msg)
            if _STATEFUL.get(kind, 0):
                return None
            head_clock, head_none, tail = parts([kind, fields, level, module, 0, None, None])
            tokens = {encode_basestring_ascii(msg)[1:-1]: -1}
            tokens.update((str(a) if type(a) is int else encode_basestring_ascii(a)[1:-1], j) for j, a in enumerate(args))
            if any(tok in head_clock or tok in head_none for tok in tokens):
                return None
            found = sorted((at, tok) for tok in tokens for at in _occurrences(tail, tok))
            ops: list[str | int] = []
            pos = 0
            for at, tok in found:  # tokens cannot overlap: each is delimited by characters the others lack
                if at < pos:
                    return None
                ops.extend((tail[pos:at], tokens[tok]) if at > pos else (tokens[tok],))
                pos = at + len(tok)
            if pos < len(tail):
                ops.append(tail[pos:])
            made.append((head_clock, head_none, tuple(ops)))
        return made[0] if made[0] == made[1] else None

    def _effect(self, entry: list[Any]) -> tuple[tuple[int, Any], ...] | None:
        """What a state-changing entry (flag 1) does to ``_STATE_SLOTS``, learned from ``_apply_state``
        itself, for the C scan to apply with no Python call: (slot, value) pairs, ``value`` being
        ``_LINENO`` where it is the line's number.  None (the scan calls ``_stateful``) when the effect
        depends on the state before, touches anything else, or changes the entry's fields."""
        entry[7] = effect = self._learn_effect(entry)  # None too: then the scan asks Python every time
        return effect

    def _learn_effect(self, entry: list[Any]) -> tuple[tuple[int, Any], ...] | None:
        fresh, seen = _InputState(), []
        for probe, line in ((_Probe("a"), 1_000_001), (_Probe("b"), 2_000_002)):
            st = _InputState()
            for slot in _STATE_SLOTS:
                setattr(st, slot, probe)
            fields = dict(entry[1])
            self._apply_state(st, entry[0], fields, line)
            if fields != entry[1] or any(getattr(st, a) != getattr(fresh, a) for a in st.__slots__
                                         if a not in _STATE_SLOTS):
                return None
            after = []
            for i, slot in enumerate(_STATE_SLOTS):
                value = getattr(st, slot)
                if type(value) is _Probe:
                    if value is not probe:  # cannot happen: only this probe is in the state
                        return None
                    continue
                after.append((i, _LINENO if type(value) is int and value == line else value))
            seen.append(tuple(after))
        if seen[0] != seen[1] or any(type(v) is _Probe and v is not _LINENO for _i, v in seen[0]):
            return None
        return seen[0]

    def _new_entry(self, cache_: dict, key: tuple[str, str, str]) -> list[Any]:
        """Classify a message not in the cache, and cache it (the cache is cleared when full)."""
        if len(cache_) >= CACHE_LIMIT:
            cache_.clear()
        entry = cache_[key] = self._entry(*key)
        return entry

    def _stateful(self, st: _InputState, entry: list[Any], lineno: int) -> list[Any]:
        """Apply a state-reading or -changing entry (flag 1, 2) at ``lineno``; the entry to write."""
        if entry[4] == 2:  # a response: its fields depend on the state before it, not on its line
            variants = entry[6]
            state = _RESPONSE_STATE(st)
            derived = variants.get(state)
            if derived is None:
                if len(variants) > 64:
                    variants.clear()
                fields = dict(entry[1])
                self._apply_state(st, entry[0], fields, lineno)
                derived = variants[state] = [entry[0], fields, entry[2], entry[3], 0, None, None, None]
            return derived
        self._apply_state(st, entry[0], entry[1], lineno)  # reads the fields, changes the state
        return entry

    def _block(self, st: _InputState, cache_: dict, src: str, block: str, lineno: int, out: list[Any],
               long: bool = False, lines: list[int] | None = None, prevs: list[Any] | None = None,
               upto: int | None = None) -> int:
        """Parse ``block`` (whole lines, each ending in ``\\n``) into ``out``; returns the last line number.
        ``lines``: the lines' numbers, when they are not consecutive (the lines the C scan left); ``upto``:
        the last line number the scan went through (the lines after these that it wrote itself).

        The hot path works by column: one ``findall`` of the line regex (every line is either a record
        or, in the last group, something else), one ``map`` of the classification cache over the
        (level, module, message) keys.  Python code runs only for the lines that need it: messages the
        cache has not seen, lines for the slow path, kinds that read or change the per-input state,
        ``[ticks]`` stamps -- in line order, so state is applied as a line-by-line parse would.
        """
        if long:  # the reader's cut: what a line of more than MAX_LINE_CHARS characters leaves
            text = block[:MAX_LINE_CHARS + 1].rstrip("\r\n")
            if len(text) > MAX_LINE_CHARS:
                out.append(ParseWarning(Location(src, lineno + 1), f"line longer than {MAX_LINE_CHARS} characters; "
                                                                   "the rest of it was not read"))
                text = text[:MAX_LINE_CHARS]
            block = text + "\n"
        found = self.lines.findall(block)
        n = len(found)
        if not n:
            return lineno
        texts, clocks, ticks, raw_levels, modules, msgs, others = zip(*found, strict=True)
        entries = list(map(cache_.get, zip(raw_levels, modules, msgs, strict=True)))
        if None in entries:  # messages not seen before, and the other lines (holes)
            i = -1
            index = entries.index
            try:
                while True:
                    i = index(None, i + 1)
                    if not texts[i]:
                        entries[i] = _HOLE
                        continue
                    key = (raw_levels[i], modules[i], msgs[i])
                    entry = cache_.get(key)  # an earlier line of this block
                    entries[i] = entry if entry is not None else self._new_entry(cache_, key)
            except ValueError:
                pass
        first = lineno + 1
        at = range(first, first + n) if lines is None else lines  # the lines' numbers
        rows = Rows(texts, clocks, at, entries)
        upto = at[-1] if upto is None else upto
        if st.dump is not None:
            self._dump_boundary(st, src, rows, others, at, -1, upto)
        special: Iterable[int] = compress(range(n), map(_FLAG, entries))
        if ticks.count("") != n:
            special = sorted({*special, *compress(range(n), ticks)})
        for i in special:
            entry = entries[i]
            flag = entry[4]
            if flag == _HOLE_FLAG:
                rows.holes.append(i)
                line = others[i]
                if prevs is not None and prevs[i] is not None:  # the line before was written by the C scan
                    st.prev_level, st.prev_module = prevs[i][2], prevs[i][3]
                elif i and entries[i - 1][4] != _HOLE_FLAG:  # the record before, for a continuation line
                    st.prev_level, st.prev_module = entries[i - 1][2], entries[i - 1][3]
                if len(line) > MAX_LINE_CHARS:  # cut it as the reader would, then parse what is left
                    inner: list[Any] = []
                    self._block(st, cache_, src, line[:MAX_LINE_CHARS + 1] + "\n", at[i] - 1, inner, long=True)
                    rows.extra[i] = [r for item in inner for r in (item.records(src) if type(item) is Rows
                                                                   else (item,))]
                elif text := line.rstrip("\r"):
                    rows.extra[i] = self._slow(st, src, text, at[i])
                if st.dump is not None:
                    self._dump_boundary(st, src, rows, others, at, i, upto)
                continue
            if flag:
                entries[i] = entry = self._stateful(st, entry, at[i])
            if ticks[i]:
                fields = dict(entry[1])
                fields["ticks"] = int(ticks[i][1:-1])
                rows.fields[i] = fields
        if entries[-1][4] != _HOLE_FLAG:
            st.prev_level, st.prev_module = entries[-1][2], entries[-1][3]
        out.append(rows)
        return lineno + n

    def _entry(self, raw_level: str, module: str, msg: str) -> list[Any]:
        """A classification cache entry: [kind, fields, level, module, state flag, writer's cache, a
        response's fields per state (see ``_block``), the C scan's state effect (``...`` until learned)]."""
        level = self.levels[raw_level]
        kind, fields = self._classify(level, module, msg.strip())
        flag = _STATEFUL.get(kind, 0)
        return [kind, fields, level, module, flag, None, {} if flag == 2 else None, ... if flag == 1 else None]

    # -- classification (cached per input) ---------------------------------------------------------------
    def _classify(self, level: str, module: str | None, msg: str) -> tuple[str, dict[str, Any]]:
        hit = self._index.match(module, msg)
        if hit is None:
            extended = self._index.match_extended(module, msg) if module in self._index.modules else None
            if extended is None:
                return self.unmatched(level, module, msg)
            kind, fields = self._fields(level, module, msg, extended[0], extended[1])
            fields["extended_by"] = extended[2]  # the project's own words after the SDK's message
            return kind, fields
        return self._fields(level, module, msg, *hit)

    def _fields(self, level: str, module: str | None, msg: str, t: Any, args: list[Any]) -> tuple[str, dict[str, Any]]:
        """The kind and fields of a message ``t`` printed with ``args``."""
        if t.kind == "log.line":
            fields: dict[str, Any] = {"message": msg, "template": t.fmt}
            if args:
                fields["args"] = args
            return self.plain(level, module, msg, t, fields)
        fields = t.fields_for(args)
        fields["template"] = t.fmt
        return t.kind, fields

    def unmatched(self, level: str, module: str | None, msg: str) -> tuple[str, dict[str, Any]]:
        """A well-formed record no known format string printed (the application's own logs)."""
        return "log.line", {"message": msg}

    def plain(self, level: str, module: str | None, msg: str, t: Any,
              fields: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        return "log.line", fields

    def _apply_state(self, st: _InputState, kind: str, fields: dict[str, Any], lineno: int) -> str:
        if kind == "dfu.request":  # (the pending ext error's line goes with it: responses' variants stay few)
            st.last_op, st.last_op_line = fields.get("op"), lineno
            st.pending_ext, st.pending_ext_line = None, 0
        elif kind == "dfu.validation":
            if not fields.get("ok") and fields.get("ext_error"):
                st.pending_ext, st.pending_ext_line = fields["ext_error"], lineno
        elif kind == "dfu.response":
            _normalise_response(fields)
            if "op" not in fields and st.last_op:
                fields["op"] = st.last_op
                fields["op_inferred"] = True
            if fields.get("result") == "EXT_ERROR" and "ext_error" not in fields and st.pending_ext:
                fields["ext_error"] = st.pending_ext
                fields["ext_error_inferred"] = True
                fields["ext_error_line"] = st.pending_ext_line
            else:
                fields["ext_error_inferred"] = False
        else:  # boot.start, dfu.start: a new session
            st.last_op = st.pending_ext = None
            st.pending_ext_line = 0
        return kind

    def finish(self, st: _InputState, src: str) -> list[Any]:
        """Records still held when the input ends (a dialect's embedded reader)."""
        return []

    # -- slow path -------------------------------------------------------------------------------------------
    def _slow(self, st: _InputState, src: str, raw: str, lineno: int) -> list[Any]:
        """The records of a line the hot path does not take; a hexdump this line does not continue ends
        before them."""
        dump = st.dump
        out = list(self._slow_line(st, src, raw, lineno))
        if dump is not None and st.dump is dump and dump.last_line != lineno:
            out[:0] = self._close_dump(st, src)
        return out

    def _slow_line(self, st: _InputState, src: str, raw: str, lineno: int) -> Iterator[Any]:
        text, _rtt = clean_line(raw)
        if not text:
            return
        m = self.record.match(text)
        if m is not None:
            yield from self._records(st, src, raw, text, lineno, 0)
            return
        yield from self.other_forms(st, src, raw, text, lineno)

    def _records(self, st: _InputState, src: str, raw: str, text: str, lineno: int, start: int,
                 starts: re.Pattern[str] | None = None) -> Iterator[Any]:
        """Every record glued into ``text`` from ``start`` on (lost line breaks, whole logs on one line).

        ``starts``: where a record may start; a line that opens with an SDK 14+ record is split only at SDK
        14+ starts (``glue``, as the hot path reads it whatever its decoration), one that opens with an SDK
        12/13 record at either form's (``any_start``)."""
        marks = self._starts(text, start, starts or self.glue)
        for i, mark in enumerate(marks):
            end = marks[i + 1].at if i + 1 < len(marks) else len(text)
            msg = text[mark.end:end]
            if i + 1 < len(marks):  # RTT prefixes of the lost line breaks end up between records
                msg = _TRAILING_RTT.sub("", msg)
            yield from self.record_event(st, src, raw if len(marks) == 1 and start == 0 else text[mark.at:end],
                                         mark, msg, lineno)

    def _starts(self, text: str, pos: int, starts: re.Pattern[str]) -> list[_Start]:
        """The record starts in ``text`` from ``pos`` on.  An SDK 12/13 module name glued to the message
        before it (``...Valid Command CRCAPP_ERROR:ERROR:Fatal``) cannot be told from it by its letters:
        the part that is a module of the table is the module, else (``...OP_SELECT:INFO:...``) a module
        the message before completes to one of its formats belongs to that message."""
        out: list[_Start] = []
        for m in starts.finditer(text, pos):
            level = m.group(3)
            if level is not None:
                out.append(_Start(m.start(), m.end(), m.group(1), m.group(2), self.levels[level], m.group(4)))
                continue
            ticks, module, level = m.group(5, 6, 7)
            at = m.start()
            if module and not ticks and out and module not in _upper_modules(self._index):
                cut = self._glued_module(text, out[-1], at, module)
                at, module = at + cut, module[cut:]
            out.append(_Start(at, m.end(), None, ticks, self.levels[level.lower()], module or None))
        return out

    def _glued_module(self, text: str, before: _Start, at: int, module: str) -> int:
        """How many leading characters of ``module`` (an upper-case name no format prints under, glued to
        the record ``before``) end that record's message instead."""
        known = _upper_modules(self._index)
        for k in range(1, len(module)):
            if module[k:] in known:
                return k
        msg = _TRAILING_RTT.sub("", text[before.end:at] + module).strip()
        return len(module) if self._index.match(before.module, msg) is not None else 0

    def record_event(self, st: _InputState, src: str, text: str, mark: _Start, msg: str,
                     lineno: int) -> Iterator[Any]:
        level, module = mark.level, mark.module
        st.prev_level, st.prev_module = level, module
        hexdump = _HEXDUMP.match(msg)
        if hexdump is not None and msg.startswith(" "):
            data = bytes.fromhex(hexdump.group(1))
            yield from self._hexdump_event(st, src, text, lineno, mark.clock, mark.ticks, level, module, data,
                                           HEXDUMP_ROW_BYTES)
            return
        if st.dump is not None:  # a record ends the dump before it (rows glued after a record: same line)
            yield from self._close_dump(st, src)
        msg = msg.strip()
        kind, fields = self._classify(level, module, msg)
        yield self._event(st, kind, text, src, lineno, mark.clock, mark.ticks, level, module, dict(fields))

    def _event(self, st: _InputState, kind: str, text: str, src: str, lineno: int, clock: str | None,
               ticks: str | None, level: str | None, module: str | None, fields: dict[str, Any],
               stateless: bool = False) -> Event:
        if kind in _STATEFUL and not stateless:
            kind = self._apply_state(st, kind, fields, lineno)
        if ticks:
            fields["ticks"] = int(ticks[1:-1])
        t = clock_seconds(clock) if clock else None
        return Event(kind, text, src, lineno, None, t, "device" if clock else "none", level, module, fields)

    # -- hexdumps -------------------------------------------------------------------------------------------
    def _hexdump_event(self, st: _InputState, src: str, text: str, lineno: int, clock: str | None,
                       ticks: str | None, level: str | None, module: str | None, data: bytes,
                       width: int) -> Iterator[Any]:
        """A hexdump row's ``log.hexdump`` event.  A dialect that ``reads_dumps`` also collects the rows of
        one dump (``_Dump``) and, when it ends, gives the init packet they hold (``_close_dump``)."""
        if self.reads_dumps:
            dump = st.dump
            if dump is not None and not dump.continued_by(lineno, level, module, width):
                yield from self._close_dump(st, src)
                dump = None
            if dump is None:
                dump = st.dump = _Dump(lineno, level, module, width, text, clock)
            dump.add(data, lineno)
        yield self._event(st, "log.hexdump", text, src, lineno, clock, ticks, level, module, {"data": data.hex()},
                          stateless=True)
        if st.dump is not None and not st.dump.open:  # a short row is a dump's last
            yield from self._close_dump(st, src)

    def _close_dump(self, st: _InputState, src: str) -> list[Event]:
        """End the dump being read: a ``dfu.init_command`` event (at its first row's line, after its last
        row) when its bytes are an init packet or a bare init command (``nrf5.init_packet.init_fields``);
        nothing otherwise (a hash, a signature, a key, a buffer)."""
        dump, st.dump = st.dump, None
        if dump is None:
            return []
        from ..nrf5.init_packet import init_fields

        fields = init_fields(bytes(dump.data))
        if fields is None:
            return []
        fields["rows"], fields["size"] = dump.rows, len(dump.data)
        t = clock_seconds(dump.clock) if dump.clock else None
        return [Event("dfu.init_command", dump.text, src, dump.first_line, None, t,
                      "device" if dump.clock else "none", dump.level, dump.module, fields)]

    def _dump_boundary(self, st: _InputState, src: str, rows: Rows, others: Sequence[str], at: Sequence[int],
                       i: int, upto: int) -> None:
        """After line ``i`` of a block (-1: before its first), with a dump still open: end it where the block
        shows that the next non-blank line cannot continue it -- a record of this block, or a line the C scan
        wrote (a gap in the line numbers, or past the block's last line up to ``upto``).  A hole line ends
        it in ``_slow`` if it must; past the block, the next block (or the input's end) decides."""
        entries, n = rows.entries, len(rows.entries)
        j, prev = i + 1, (at[i] if i >= 0 else None)
        while j < n and (prev is None or at[j] == prev + 1) and entries[j][4] == _HOLE_FLAG \
                and not others[j].rstrip("\r"):
            prev, j = at[j], j + 1  # blank lines: neither continue nor end a dump
        if j < n and (prev is None or at[j] == prev + 1):
            if entries[j][4] != _HOLE_FLAG:  # a record: the dump ended before it
                rows.extra[j] = self._close_dump(st, src) + rows.extra.get(j, [])
        elif j < n or (prev is not None and upto > prev):  # a line written in C came next
            rows.extra.setdefault(j - 1, []).extend(self._close_dump(st, src))

    def _next_continues_dump(self, block: str, pos: int) -> bool:
        """Whether the first non-blank line of ``block`` from ``pos`` may be the open dump's next row (the
        C scan leaves every such line to Python; True too when the block has no line left)."""
        while pos < len(block):
            end = block.find("\n", pos)
            end = len(block) if end < 0 else end
            raw = block[pos:end].rstrip("\r")
            pos = end + 1
            if not raw:
                continue
            text, _rtt = clean_line(raw)
            if legacy_hexdump_row(text) is not None:
                return True
            m = self.record.match(text)
            return m is not None and m.group(5).startswith(" ") and _HEXDUMP.match(m.group(5)) is not None
        return True

    def other_forms(self, st: _InputState, src: str, raw: str, text: str, lineno: int) -> Iterator[Any]:
        """Lines that are not an SDK 14+ record: SDK 12/13 records (glued ones too), their hexdump rows,
        junk before a record, the rest."""
        if self.legacy.match(text) is not None:
            yield from self._records(st, src, raw, text, lineno, 0, self.any_start)
            return
        data = legacy_hexdump_row(text)
        if data is not None:  # a row of the dump the record before announced (its level and module)
            yield from self._hexdump_event(st, src, raw, lineno, None, None, st.prev_level, st.prev_module, data,
                                           LEGACY_ROW_BYTES)
            return
        yield from self.leftovers(st, src, raw, text, lineno)

    def leftovers(self, st: _InputState, src: str, raw: str, text: str, lineno: int) -> Iterator[Any]:
        g = self.any_start.search(text)
        if g is not None:  # something (a fragment, a prompt) before a record on the same line
            yield from self.fragment(st, src, text[: g.start()].strip(), lineno)
            starts = self.glue if g.group(3) is not None else self.any_start
            yield from self._records(st, src, raw, text, lineno, g.start(), starts)
            return
        yield from self.fragment(st, src, text, lineno, raw)

    def fragment(self, st: _InputState, src: str, text: str, lineno: int, raw: str | None = None) -> Iterator[Any]:
        """A line without a record prefix: the next line of a multi-line format, a piece of a record
        whose start was lost, a forum elision -- or a line we do not understand."""
        if not text:
            return
        raw = raw if raw is not None else text
        if _ELISION.match(text):
            yield Event("log.gap", raw, src, lineno, fields={"message": text})
            return
        hit = self._index.match_continuation(text)
        if hit is not None:
            t, args = hit
            fields: dict[str, Any] = {"message": text, "template": t.fmt, "continuation": True}
            if args:
                fields["args"] = args
            yield Event("log.line", raw, src, lineno, level=st.prev_level, module=st.prev_module, fields=fields)
            return
        bare = self.bare_event(st, src, raw, text, lineno)
        if bare is not None:
            yield bare
            return
        tail = fragment_template(self._index, text)
        if tail is not None:
            yield Event("log.line", raw, src, lineno,
                        fields={"message": text, "template": tail.fmt, "fragment": True})
            return
        yield from self.unparsed(st, src, raw, lineno)

    def bare_event(self, st: _InputState, src: str, raw: str, text: str, lineno: int) -> Event | None:
        """A line without its record prefix (stripped by whoever pasted it) that one of this dialect's
        format strings printed whole: the record it was, with the module and level of the format's own
        row (``bare`` marks the event), or None.  ``%s:%d`` alone would match any ``word:12``, so only a
        format with enough fixed text counts (``bare_format``)."""
        hit = self._index.match(None, text)
        if hit is None or not bare_format(hit[0]):
            return None
        t, args = hit
        module = t.modules[0] if len(t.modules) == 1 and t.modules[0] else None
        level = None if t.level == NO_LEVEL else t.level  # SDK 11 printed no levels
        kind, fields = self._fields(t.level, module, text, t, args)
        fields = dict(fields)
        fields["bare"] = True
        return self._event(st, kind, raw, src, lineno, None, None, level, module, fields)

    def unparsed(self, st: _InputState, src: str, raw: str, lineno: int) -> Iterator[Any]:
        st.unparsed += 1
        if len(st.first_unparsed) < UNPARSED_FIRST_LINES:
            st.first_unparsed.append(lineno)
        if st.unparsed <= UNPARSED_WARNINGS:
            shown = raw if len(raw) <= 80 else raw[:77] + "..."
            yield ParseWarning(Location(src, lineno), f"not a {self.kind} line: {shown!r}")
        yield Event("unparsed", raw, src, lineno)

    # -- sniffing ----------------------------------------------------------------------------------------
    _SNIFF = re.compile(r"<(?:error|warning|info|debug)> [A-Za-z_][\w.\-]*:|(?:^|(?<=[\s>]))(?:\d{1,2}> ?)?(?:\[\d+\])?"
                        r"[A-Z_]*:(?:ERROR|WARNING|INFO|DEBUG):", re.M)

    def sniff(self, source: Source) -> float:
        return sniff_lines(source, self._SNIFF)


def sniff_lines(source: Source, pattern: re.Pattern[str]) -> float:
    """How much of the head's first lines look like ``pattern`` (a record start anywhere in a line)."""
    head = source.head
    if not head or not looks_like_text(head):
        return 0.0
    text = head[:16384].decode("utf-8", errors="replace")
    lines = [ln for ln in text.splitlines()[:60] if ln.strip() and ln.strip() not in ("00>", "00> ")][:40]
    if not lines:
        return 0.0
    hits = sum(1 for ln in lines if pattern.search(ln))
    if hits == 0:
        return 0.0
    ratio = hits / len(lines)
    return 0.55 + 0.4 * min(1.0, ratio * 1.5)


#: A line with no record prefix is taken as a format string's only with this much fixed text, or, for a
#: format with nothing to convert, this much of its own ("Inside main", "Fatal error").
BARE_MIN_LITERAL = 8
BARE_MIN_PLAIN = 5


def bare_format(t: Any) -> bool:
    """Whether a format string says enough by its fixed text to be recognised with no prefix."""
    return t.literal >= BARE_MIN_LITERAL or (not t.convs and t.literal >= BARE_MIN_PLAIN)


@cache
def _fragment_tails(index: Any) -> list[tuple[str, Any]]:
    from ..nrf5.log_templates import JOINED, split_format

    tails = []
    for t in index.templates:
        if t.hexdump or t.piece == JOINED:  # (a joined line ends as its format's last piece does)
            continue

        pieces = split_format(t.fmt)
        last = pieces[-1] if pieces else ""
        cut = last.rfind("%")
        tails.append((last[cut + 2:] if cut >= 0 else last, t))
    return tails


def fragment_template(index: Any, text: str) -> Any:
    """The template whose fixed ending is ``text`` (at least 12 characters): a record cut in two."""
    if len(text) < 12:
        return None
    for tail, t in _fragment_tails(index):
        if len(tail) >= len(text) and tail.endswith(text):
            return t
    return None


_PARSE_RESPONSE: Any = None


def _normalise_response(fields: dict[str, Any]) -> None:
    """Name a device-side ``Sending Response: [op, result]`` with the project's one response normaliser
    (``evidence/dfu_response.py``, the host-log room's) when it is present; our own names otherwise."""
    global _PARSE_RESPONSE
    if fields.get("layer") != "transport_tx" or not isinstance(fields.get("op_code"), int):
        return
    if _PARSE_RESPONSE is None:
        try:
            from .dfu_response import parse_response
        except ImportError:
            parse_response = False
        _PARSE_RESPONSE = parse_response
    if _PARSE_RESPONSE:
        parsed = _PARSE_RESPONSE(f"[0x{fields['op_code']:X}, 0x{fields.get('result_code', 0):X}]")
        if parsed:
            fields.update({k: v for k, v in parsed.items() if k in ("op", "result") and v is not None})


class NrfLogParser(DeviceLogDialect):
    """Parser object for ``evidence`` (kind ``nrf-log``)."""

    accelerated = True
    reads_dumps = True


PARSERS = [NrfLogParser()]


if __name__ == "__main__":  # regenerate the shipped terminal table after editing a log grammar
    TERMINALS_FILE.write_text(terminals_table(), encoding="utf-8")
    print(f"wrote {TERMINALS_FILE}")
