"""Bare fragments: lines that carry no tool's prefix, read by their words alone (kind ``log-excerpt``).

People quote the lines they think matter, and often without what made them recognisable: no timestamp,
no ``<error> module:``, no ``[DFU]`` tag -- ``SD req not met.``, ``Faulty HW version.``, ``60 04 0B 06``,
``Error: Timed out waiting for acknowledgement from device.``.  Each such line still says exactly what
happened, because the words are the firmware's or the host tool's own.

This reader runs every line through the vocabularies the real parsers use -- the nRF5 SDK format
strings (``nrf5/log_templates.py``, any module), MCUboot's (``mcuboot/log_templates.py``), the one
response/request normaliser (``dfu_response.py``, every byte rendering) and the host tools' messages
(``host_log_common.classify_message``) -- and gives the same events those parsers would, with the same
per-input state (a response after ``SD req not met.`` carries its inferred extended error).  A line a
format string printed gets that format's module and level back.

It is the last resort: its sniff score stays below every real parser's claim (``MAX_SCORE``), so a log
any parser recognises is read by that parser; this one reads what none of them claims.  The input's
kind becomes ``nrf-log`` or ``mcuboot-log`` when most recognised lines are that firmware's.  A Zephyr core
dump among the lines (``#CD:``, its log prefixes lost) is read by ``zephyr_coredump.DumpLines``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from ..model import Event, InputKind, ParseWarning
from ..sources import Source
from .host_log_common import Emit, HostState, classify_message, run_lines
from .nrf_log import bare_format
from .textutil import clean_line, looks_like_text

KIND = "log-excerpt"
#: Below every real parser's claim (bare MCUboot lines 0.5, logs 0.55 and up), above the weak claim of
#: a fault print in text nobody else knows (0.32) once a few lines are recognised.
MIN_SCORE, MAX_SCORE = 0.31, 0.49
#: Lines of the head the sniffer looks at; and how many must be recognised (or what share).
SNIFF_LINES = 60
SNIFF_MIN_HITS, SNIFF_MIN_SHARE = 3, 0.1
#: Host events that say something about an update (a bare "Connected" or "Error: x" says too little to
#: claim a file by).
_DFU_KINDS = frozenset({"dfu.request", "dfu.response", "dfu.validation", "dfu.object", "dfu.complete",
                        "dfu.start", "dfu.progress", "transport.error", "fault", "flash.error"})


class LineReader:
    """The vocabularies, with the state one input carries from line to line."""

    def __init__(self, src: str) -> None:
        from ..mcuboot.log_templates import mcuboot_index
        from ..nrf5.log_templates import nrf5_index
        from .nrf_log import NrfLogParser, _InputState
        from .zephyr_log import ZephyrLogParser

        self.src = src
        self.nrf, self.nrf_state = NrfLogParser(), _InputState()
        self.nrf._index = nrf5_index()
        self.mcuboot, self.mcuboot_state = ZephyrLogParser(), _InputState()
        self.mcuboot._index = mcuboot_index()
        self.host = HostState(src)
        #: recognised lines per vocabulary: "nrf5", "mcuboot", "host"
        self.families: Counter[str] = Counter()

    def read(self, lineno: int, raw: str, text: str) -> list[Event] | None:
        """The events of one cleaned line, or None when no vocabulary knows it."""
        for message in peeled(text):
            for family, dialect, state in (("nrf5", self.nrf, self.nrf_state),
                                           ("mcuboot", self.mcuboot, self.mcuboot_state)):
                event = dialect.bare_event(state, self.src, raw, message, lineno)
                if event is not None:
                    self.families[family] += 1
                    return [event]
        self.host.line = lineno
        events = classify_message(Emit(self.host, raw, lineno, None, None), text)
        if events and any(e.kind in _DFU_KINDS for e in events):
            self.families["host"] += 1
        return events

    def recognises(self, text: str) -> bool:
        """Whether the line says something about an update in any vocabulary (for the sniffer)."""
        for message in peeled(text):
            for index in (self.nrf._index, self.mcuboot._index):
                hit = index.match(None, message)
                if hit is not None and bare_format(hit[0]):
                    return True
        events = classify_message(Emit(HostState(self.src), text, 0, None, None), text)
        return bool(events) and any(e.kind in _DFU_KINDS for e in events)


#: A Markdown document's structure: headings and list items (a write-up about a failure, not its evidence).
_MARKDOWN = re.compile(r"#{1,6} \S|[-*+] \S|\d{1,2}\. \S")


def is_document(head: bytes) -> bool:
    """Whether the head reads as a Markdown write-up (several headings, or headings and list items),
    whose quoted log lines are somebody's notes about a failure rather than the evidence of one."""
    text = head[:16384].decode("utf-8", errors="replace")
    lines = [ln for ln in text.splitlines()[:SNIFF_LINES * 2] if ln.strip()]
    headings = sum(1 for ln in lines if ln.startswith("#") and _MARKDOWN.match(ln))
    items = sum(1 for ln in lines if not ln.startswith("#") and _MARKDOWN.match(ln))
    return headings >= 2 or (headings >= 1 and items >= 3)


#: What a logger of some port or RTOS puts before a firmware's message: a bracketed tag (``[MCUBOOT]``,
#: ``[INF]``, ``[00:01.234]``), an angle-bracketed level, a level word or letter, then a module or function
#: name and a colon (``main:``, ``flash_area_get_sectors:``).
_TAG = re.compile(r"(?:\[[^\]\[]{1,32}\]|<[a-z]{1,8}>|(?:[VDIWEF]|INF|ERR|WRN|DBG|INFO|WARN|ERROR|DEBUG)[:/]?)[ \t]+")
_MODULE = re.compile(r"[A-Za-z_][\w.]{0,40}:[ \t]+")


def peeled(text: str) -> list[str]:
    """The line, then the line without each layer of an unknown logger's prefix: the firmware's format
    strings are the same whatever port printed them, only what stands before them differs."""
    out = [text]
    rest = text
    while (m := _TAG.match(rest)) is not None and len(out) < 6:
        rest = rest[m.end():]
        out.append(rest)
    m = _MODULE.match(rest)
    if m is not None:
        out.append(rest[m.end():])
    return out


_QUOTES = {'"': '"', "'": "'", "`": "`", "\u201c": "\u201d", "\u2018": "\u2019"}


def unquoted(text: str) -> str:
    """A line without the quote marks a writer put around the words they quote (``"SD req not met."``)."""
    if len(text) > 2 and _QUOTES.get(text[0]) == text[-1]:
        return text[1:-1].strip()
    return text


def _lines(head: bytes) -> list[str]:
    text = head[:16384].decode("utf-8", errors="replace")
    out = []
    for raw in text.splitlines():
        clean, _ = clean_line(raw)
        if clean:
            out.append(unquoted(clean))
            if len(out) >= SNIFF_LINES:
                break
    return out


class FragmentReader:
    kind = KIND
    #: ``evidence.detect`` does not ask a parser that cannot beat the best score so far
    max_score = MAX_SCORE

    def sniff(self, source: Source) -> float:
        head = source.head
        if not head or not looks_like_text(head) or is_document(head):
            return 0.0
        lines = _lines(head)
        if not lines:
            return 0.0
        reader = LineReader(source.display)
        hits = sum(1 for ln in lines if reader.recognises(ln))
        share = hits / len(lines)
        if not hits or (hits < SNIFF_MIN_HITS and share < SNIFF_MIN_SHARE):
            return 0.0
        return MIN_SCORE + (MAX_SCORE - MIN_SCORE) * share

    def parse(self, source: Source) -> Iterator[Event | ParseWarning | InputKind]:
        from .zephyr_coredump import PREFIX, DumpLines

        reader = LineReader(source.display)
        dumps = DumpLines(source.display)  # a Zephyr core dump's "#CD:" lines among the bare ones

        def read(_st: object, lineno: int, raw: str, text: str) -> list[Any] | None:
            if PREFIX in text:
                return dumps.feed(lineno, raw)
            noted = dumps.feed(lineno, raw) if dumps.open is not None and "dropped" in text else []
            events = reader.read(lineno, raw, unquoted(text))
            return noted + events if events is not None else (noted or None)

        yield from run_lines(source, read)
        yield from dumps.close()
        fam = reader.families
        if fam and fam["nrf5"] > max(fam["mcuboot"], fam["host"]):
            yield InputKind("nrf-log")
        elif fam and fam["mcuboot"] > max(fam["nrf5"], fam["host"]):
            yield InputKind("mcuboot-log")


PARSERS = [FragmentReader()]
