"""Logs as people paste them, read as the tool wrote them: the normalising reader in front of the sniffers.

A support engineer rarely gets a log as the device or the host tool wrote it.  A forum joins the lines
of a post with spaces, a ticket quotes it as Markdown (``> ``), an editor or pastebin numbers the lines,
a web page's source escapes ``<info>`` as ``&lt;info&gt;``, a terminal glues a record to the one before
when a line end was lost.  None of that changes what the log says, so none of it should change the
diagnosis -- and no parser should have to know about it.

``unpasted(source)`` looks at the head of a text input (the same bytes the sniffers read).  When it finds
one of those shapes it rewrites the whole input once, into a temporary file, undoing each shape it found
on every line, and returns a ``PastedSource``: the sniffers and parsers read that, unchanged.  Each
rewritten line remembers the line of the input it came from, so every record a parser yields is put back
at its real line (``relocate``): evidence always cites the file the user gave.  A clean input is returned
as it is, after a look at its head only (the hot path of a million-line log pays nothing more).

What is *not* undone here: lines stripped of their timestamps, levels and module names, or cut down to an
excerpt.  Nothing can restore what was removed; the fragment reader (``evidence/fragments.py``) reads
those lines by their words alone.
"""

from __future__ import annotations

import bisect
import html
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any

from ..model import Event, Location, ParseWarning
from ..sources import MAX_LOG_BYTES, Source
from .textutil import looks_like_text

#: Lines of the head looked at to decide which shapes an input has.
HEAD_LINES = 200
#: A share of the head's non-blank lines that must carry a quote marker / a line number.
QUOTED_SHARE = 0.6
NUMBERED_SHARE = 0.8
#: A line longer than this is read whole while rewriting (a flattened post is one line); past it, cut.
MAX_PASTED_LINE = 16 * 1024 * 1024

_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|apos|nbsp|#\d{1,6}|#[xX][0-9A-Fa-f]{1,6});")
_BREAK_TAG = re.compile(r"<br\s*/?>|</?(?:p|pre|code|div)>", re.IGNORECASE)
#: A Markdown / mail quote marker: ``>`` then a space or the line's end (``>>`` of a byte trace is not).
_QUOTE_LINE = re.compile(r"[ \t]{0,3}>(?:[ \t]|$)")
_QUOTE = re.compile(r"[ \t]{0,3}>(?:[ \t]?>(?=[ \t]|$))*[ \t]?")
#: A line number an editor or pastebin put first: digits, then blanks, ``:`` or ``|`` (or nothing more).
_NUMBER = re.compile(r"[ \t]*(\d{1,7})(?:[ \t]+|[:|][ \t]?|$)")
_FENCE = re.compile(r"[ \t]*(?:```|~~~)[\w+-]*[ \t]*$")
_HAS_INVISIBLE = re.compile("[\u00a0\u200b\u2028\u2029]")
#: A share of the head's lines with non-breaking or zero-width spaces that says the text came off a web page.
INVISIBLE_SHARE = 0.1
_INVISIBLE = str.maketrans({"\u00a0": " ", "\u200b": None, "\ufeff": None, "\u2028": "\n", "\u2029": "\n"})


@dataclass(frozen=True, slots=True)
class RecordStart:
    """What starts a record in some log dialect: where a lost line end is put back.

    ``lead``: whether the start must follow white space (or open the line) -- most record starts are
    also words a message could contain, but not right after a letter or digit of it.  ``trigger``:
    whether this start, glued, is reason enough to rewrite an input (the nRF5 log reader splits its own
    ``<level> module:`` records itself, so those only split when the input is rewritten anyway).
    """

    name: str
    pattern: re.Pattern[str]
    lead: bool = True
    trigger: bool = True
    #: a start whose text varies from dialect to dialect (``[DFU]``, ``[WRITE]``): only the same text that
    #: opens lines (or stands three times in one) is this input's record start
    keyed: bool = False
    #: whether the match is a record's prefix (stamp, level, tag), which another start may follow within the
    #: same record; a tool's phrase is the message itself, and a start after it is a record of its own
    prefix: bool = True
    #: a keyed start whose texts are a closed vocabulary (the level words of one tool): once two of them are
    #: this input's record starts, every one of them that stands in the input is
    family: bool = False


RECORD_STARTS: tuple[RecordStart, ...] = (
    RecordStart("rtt-channel", re.compile(r"\d{1,2}> ")),                               # RTT Viewer "00> ", "0> "
    RecordStart("zephyr-stamp", re.compile(r"\[\d\d:\d\d:\d\d\.\d{3},\d{3}\] ")),        # Zephyr "[00:00:01.234,567] "
    RecordStart("iso-time", re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\s")),
    RecordStart("level-time", re.compile(r"[VDIWEA][ \t]+\d\d:\d\d:\d\d\.\d{3}[ \t]")),   # nRF Connect "V 14:02:00.920 "
    RecordStart("clock", re.compile(r"\d\d:\d\d:\d\d\.\d{3}(?:\d{3})?[ \t]")),           # desktop apps "19:00:36.143 "
    RecordStart("zephyr-banner", re.compile(r"\*{3,5} (?:Booting|Using) ")),
    RecordStart("minimal-level", re.compile(r"[IWED]: +(?=\S)")),                         # Zephyr minimal "E:   BFAR"
    RecordStart("ios-level", re.compile(r"[VDIAEW] : (?=\S)")),                           # iOS DFU library "D : "
    # apps that print the level as a word ("Verbose: ", "Error: "): only the words this input opens lines with
    RecordStart("level-word", re.compile(r"(?:Verbose|Debug|Info|Application|Warning|Error): (?=\S)"), keyed=True,
                family=True),
    RecordStart("json-record", re.compile(r'\{"(?:name|event|level|timestamp)": ?"')),      # JSON lines
    RecordStart("bracket-tag", re.compile(r"\[[A-Za-z][A-Za-z0-9_-]{1,15}\] (?=\S)"), keyed=True),  # "[DFU] "
    # the nRF5 reader splits its own glued records; SDK 12/13 "MODULE:INFO:" ones only it can split, because
    # a message's last upper-case word glued to the next record looks like that record's module name
    RecordStart("nrf-log", re.compile(r"(?:\[\d+\] ?)?<(?:error|warning|info|debug)> [A-Za-z_][\w.-]*:"),
                lead=False, trigger=False),
    # host tools that print no stamp: the phrases that open their lines (nrfutil / adafruit-nrfutil phases,
    # their failure lines, a Python traceback) -- the only marks a flattened paste of their output keeps
    RecordStart("tool-line", re.compile(
        r"(?:Upgrading target on |Opened serial port |Touched serial port |Using board at serial port|"
        r"Starting DFU upgrade of type |Sending DFU (?:start|init) packet|Sending firmware file|"
        r"Sending (?:Application|SoftDevice|Bootloader|SD\+BL) image|Activating new firmware|Device programmed|"
        r"Timed out waiting for |Failed to upgrade target|Traceback \(most recent call last\):|"
        r"File \"[^\"]+\", line \d+|Possible causes:|DFU upgrade took |#{10,})"), prefix=False),
    # mcumgr / newtmgr / smpmgr: the command, its progress bar, its timeout
    RecordStart("smp-tool", re.compile(r"(?:mcumgr|newtmgr|smpmgr) (?=-|image|reset|echo)|"
                                       r"\d+(?:\.\d+)? [KM]?i?B / \d+(?:\.\d+)? [KM]?i?B |Error: NMP timeout"),
                prefix=False),
    # Particle's module table (`particle serial inspect`, the device's describe): its rows' own words
    RecordStart("module-row", re.compile(
        r"(?:Bootloader|System|User|Radio stack|NCP client|Factory|Monolithic) module #\d+ - |"
        r"(?:Integrity|Address Range|Dependencies|UUID): |Platform: (?=\d|PASS|FAIL)"), prefix=False),
)


@dataclass
class Shapes:
    """What the head of an input says was done to it when it was pasted."""

    html: bool = False
    invisible: bool = False
    quoted: bool = False
    numbered: bool = False
    fences: bool = False
    #: record starts that are glued to other records somewhere in the head (with, for a keyed start, the
    #: texts that are this input's)
    glued: list[tuple[RecordStart, frozenset[str]]] = field(default_factory=list)

    def any(self) -> bool:
        return bool(self.html or self.invisible or self.quoted or self.numbered or self.fences
                    or any(start.trigger for start, _keys in self.glued))

    def described(self) -> list[str]:
        out = []
        if self.html:
            out.append("HTML escapes resolved")
        if self.invisible:
            out.append("non-breaking and zero-width spaces replaced")
        if self.quoted:
            out.append("quote markers removed")
        if self.numbered:
            out.append("line numbers removed")
        if self.fences:
            out.append("code fences dropped")
        if self.glued:
            out.append("glued records split (" + ", ".join(r.name for r, _keys in self.glued) + ")")
        return out


class PastedSource(Source):
    """An input read through its rewritten text: the parsers' view of a pasted log.

    ``display`` stays the user's name for the input; ``original`` is the input itself (its hash is the
    one reported).  ``original_line(n)`` is the input's line that rewritten line ``n`` came from.
    """

    def __init__(self, original: Source, path: Path, shapes: Shapes, runs: list[tuple[int, int, bool]]) -> None:
        super().__init__(display=original.display, path=path, load_address=original.load_address,
                         size=path.stat().st_size)
        self.original = original
        self.shapes = shapes
        # runs of rewritten lines: (first rewritten line, its input line, whether the run is the pieces of
        # one split input line); outside a split run, lines advance together
        self._runs = runs
        self._starts = [r[0] for r in runs]

    def original_line(self, n: int) -> int:
        i = bisect.bisect_right(self._starts, n) - 1
        if i < 0:
            return n
        start, orig, split = self._runs[i]
        return orig if split else orig + (n - start)

    def note(self) -> ParseWarning:
        return ParseWarning(Location(self.display, offset=0),
                            "read as pasted text: " + "; ".join(self.shapes.described())
                            + " (evidence lines are the input's own)")

    def close(self) -> None:
        try:
            os.unlink(self.path)
            os.rmdir(self.path.parent)
        except OSError:
            pass


# -- deciding ----------------------------------------------------------------------------------------------

def shapes_of(head: bytes) -> Shapes:
    """The paste shapes the head of an input shows (nothing for a clean log, after a few cheap tests)."""
    shapes = Shapes()
    if not head or not looks_like_text(head):
        return shapes
    text = head.decode("utf-8", errors="replace")
    lines = text.splitlines()[:HEAD_LINES]
    if len(head) >= 65536 and len(lines) > 1:
        lines.pop()  # the head may end inside a line
    if "&" in text and len(_ENTITY.findall(text)) >= 1 and ("&lt;" in text or "&gt;" in text or "&quot;" in text
                                                          or "&amp;" in text or "&#" in text):
        shapes.html = True
    if _BREAK_TAG.search(text):
        shapes.html = True
    if sum(1 for ln in lines if _HAS_INVISIBLE.search(ln)) >= INVISIBLE_SHARE * max(1, len(lines)):
        shapes.invisible = True  # a web page's spaces, not a stray character
    if shapes.html:
        lines = [ln2 for ln in lines for ln2 in _unhtml(ln).split("\n")]
    body = [ln for ln in lines if ln.strip()]
    if not body:
        return shapes
    if sum(1 for ln in body if _QUOTE_LINE.match(ln)) >= QUOTED_SHARE * len(body):
        shapes.quoted = True
        lines = [_QUOTE.sub("", ln, count=1) for ln in lines]
        body = [ln for ln in lines if ln.strip()]
    if _numbered(lines):
        shapes.numbered = True
        lines = [_NUMBER.sub("", ln, count=1) for ln in lines]
    if any(_FENCE.match(ln) for ln in lines):
        shapes.fences = True
    shapes.glued = _glued_starts([ln for ln in lines if ln.strip()])
    return shapes


#: A short paste's line number: its own position, then at least two blanks, a tab, or ``:``/``|`` and a blank.
_SHORT_NUMBER = re.compile(r"[ \t]*(\d{1,3})(?: {2,}|\t|[:|] )")


def _numbered(lines: list[str]) -> bool:
    """Whether (almost) every line starts with its number in a run that counts up by one -- or, in a paste
    too short to show a run, every line starts with its own position, set off as editors set it off."""
    body = [(i, ln) for i, ln in enumerate(lines, 1) if ln.strip()]
    if 1 <= len(body) < 3:
        return all((m := _SHORT_NUMBER.match(ln)) is not None and int(m.group(1)) == i for i, ln in body)
    numbers = []
    nonblank = 0
    for ln in lines:
        if not ln.strip():
            continue
        nonblank += 1
        m = _NUMBER.match(ln)
        if m is not None:
            numbers.append(int(m.group(1)))
    if len(numbers) < NUMBERED_SHARE * nonblank or len(numbers) < 3:
        return False
    steps = sum(1 for a, b in zip(numbers, numbers[1:], strict=False) if b == a + 1)
    return steps >= NUMBERED_SHARE * (len(numbers) - 1)


#: Text that can stand before a record's start as part of that record: stamps, ticks, channel numbers.
_STAMP_ONLY = re.compile(r"[\s\[\]\d:.,>()+-]*")


def _starts_in(line: str, start: RecordStart, keys: frozenset[str] | None = None) -> list[tuple[int, str]]:
    """Where records of this kind start in ``line`` and their text, by the start's own lead rule (and,
    given ``keys``, only those texts); a start with only a stamp before it (``[0001234]:INFO:``) starts
    the line's own record, at 0."""
    out: list[tuple[int, str]] = []
    for m in start.pattern.finditer(line):
        at = m.start()
        if at and start.lead and not line[at - 1].isspace():
            continue
        if keys is not None and m.group(0) not in keys:
            continue
        if at and _STAMP_ONLY.fullmatch(line, 0, at):
            at = 0
        if not out or out[-1][0] != at:
            out.append((at, m.group(0)))
    return out


def _glued_starts(lines: list[str]) -> list[tuple[RecordStart, frozenset[str]]]:
    """The record starts that open lines of this input and also stand inside a line (a lost line end),
    or that stand three times in one line (a whole log flattened, whatever its first words)."""
    found = []
    for start in RECORD_STARTS:
        opens: set[str] = set()
        inside: set[str] = set()
        many: set[str] = set()
        for ln in lines:
            at = _starts_in(ln.lstrip(), start)
            if not at:
                continue
            key = (lambda text: text) if start.keyed else (lambda text: "")
            opens.update(key(t) for a, t in at if a == 0)
            mid = [key(t) for a, t in at if a > 0]
            inside.update(mid)
            many.update(k for k in set(mid) if mid.count(k) >= 2)
        keys = frozenset((opens & inside) | many)
        if start.family:  # one word of the family is no evidence (an "Error: " in prose); two are
            keys = frozenset(opens | inside) if len(keys) >= 2 else frozenset()
        if keys:
            found.append((start, keys if start.keyed else frozenset()))
    return found


# -- rewriting ---------------------------------------------------------------------------------------------

def _unhtml(line: str) -> str:
    line = _BREAK_TAG.sub("\n", line)
    return html.unescape(line) if "&" in line else line


def rewrite_line(line: str, shapes: Shapes) -> list[str]:
    """One input line as the lines it stands for."""
    if shapes.invisible:
        line = line.translate(_INVISIBLE)
    parts = _unhtml(line).split("\n") if shapes.html else line.split("\n") if "\n" in line else [line]
    out: list[str] = []
    for part in parts:
        part = part.rstrip()
        if shapes.quoted:
            part = _QUOTE.sub("", part, count=1)
        if shapes.numbered:
            part = _NUMBER.sub("", part, count=1)
        if shapes.fences and _FENCE.match(part):
            part = ""
        out.extend(split_glued(part, shapes.glued) if shapes.glued else (part,))
    return out


_GREP_SEPARATOR = re.compile(r"\s+--$")


def split_glued(line: str, starts: list[tuple[RecordStart, frozenset[str]]]) -> list[str]:
    """``line`` cut before every record start of the given kinds (not before its first character)."""
    cuts: set[int] = set()
    for start, keys in starts:
        cuts.update(a for a, _t in _starts_in(line, start, keys if start.keyed else None) if a > 0)
    if not cuts:
        return [line]
    spans = []
    for start in RECORD_STARTS:
        for m in start.pattern.finditer(line):
            spans.append((m.start(), m.end() if start.prefix else m.start() + 1))
    # a start inside another start's text (the time of an ISO stamp), or right after it (the "[DFU]" tag
    # after "V 14:02:00.920 "), is part of that record's prefix, not a record of its own
    cuts = {c for c in cuts if not any(s < c and (c < e or not line[e:c].strip()) for s, e in spans)}
    pieces, prev = [], 0
    for c in sorted(cuts):
        # grep's context separator ("--" on a line of its own) ends up glued to the record before it
        piece = _GREP_SEPARATOR.sub("", line[prev:c].rstrip())
        if piece:
            pieces.append(piece)
        prev = c
    pieces.append(line[prev:].rstrip())
    return [p for p in pieces if p] or [line]


def _raw_lines(path: Path) -> Iterator[str]:
    """The input's lines, decoded leniently, as ``Source.iter_lines`` numbers them, never cut short
    below MAX_PASTED_LINE (a flattened post is one long line)."""
    with open(path, "rb") as fh:
        while raw := fh.readline(MAX_PASTED_LINE):
            if len(raw) >= MAX_PASTED_LINE and not raw.endswith(b"\n"):
                while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass
            yield raw.decode("utf-8", errors="replace").rstrip("\n").rstrip("\r")


def unpasted(source: Source) -> Source:
    """``source`` itself when its head shows no paste shape, else its rewritten view (a ``PastedSource``,
    to be ``close``d by the caller)."""
    if isinstance(source, PastedSource) or source.size == 0 or source.size > MAX_LOG_BYTES:
        return source
    try:
        shapes = shapes_of(source.head)
    except OSError:
        return source
    if not shapes.any():
        return source
    folder = Path(tempfile.mkdtemp(prefix="dfuforensics-pasted-"))
    path = folder / "input.txt"
    runs: list[tuple[int, int, bool]] = []
    n = 0  # rewritten lines so far
    try:
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            for orig, line in enumerate(_raw_lines(source.path), 1):
                pieces = rewrite_line(line, shapes)
                if len(pieces) > 1:
                    runs.append((n + 1, orig, True))
                elif not runs or runs[-1][2] or runs[-1][1] + (n + 1 - runs[-1][0]) != orig:
                    runs.append((n + 1, orig, False))
                out.write("\n".join(pieces))
                out.write("\n")
                n += len(pieces)
    except OSError:
        try:
            os.unlink(path)
            os.rmdir(folder)
        except OSError:
            pass
        return source
    return PastedSource(source, path, shapes, runs)


# -- putting records back at their lines ---------------------------------------------------------------------

#: Event fields that hold a line of the same input (the line a response's inferred extended error came
#: from, where a host tool's traceback starts): moved with the event's own line.
INPUT_LINE_FIELDS = frozenset({"ext_error_line", "traceback_line"})


def relocate(record: Any, source: Source) -> Any:
    """``record`` with every line number it carries moved from the rewritten text to the input's own."""
    if not isinstance(source, PastedSource):
        return record
    line_of = source.original_line
    if isinstance(record, Event):  # a copy: the parser may still hold the event in its own state
        moved = {k: line_of(v) for k, v in record.fields.items() if k in INPUT_LINE_FIELDS and isinstance(v, int)}
        return replace(record, line=None if record.line is None else line_of(record.line),
                       fields={**record.fields, **moved} if moved else record.fields)
    if isinstance(record, ParseWarning):
        loc = record.location
        return record if loc.line is None else ParseWarning(replace(loc, line=line_of(loc.line)), record.message)
    return _relocate_fields(record, line_of, 3)


def _relocate_fields(obj: Any, line_of: Any, depth: int) -> Any:
    """Line numbers inside a domain record (a module table and its rows): ``line`` fields and Locations."""
    if depth <= 0 or not is_dataclass(obj) or isinstance(obj, type):
        return obj
    changes = {}
    for f in fields(obj):
        value = getattr(obj, f.name, None)
        if isinstance(value, Location):
            if value.line is not None:
                changes[f.name] = replace(value, line=line_of(value.line))
        elif f.name == "line" and isinstance(value, int):
            changes[f.name] = line_of(value)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                value[i] = _relocate_fields(item, line_of, depth - 1)
        elif is_dataclass(value):
            changes[f.name] = _relocate_fields(value, line_of, depth - 1)
    if not changes:
        return obj
    try:
        for k, v in changes.items():
            setattr(obj, k, v)
        return obj
    except (AttributeError, TypeError):  # frozen
        return replace(obj, **changes)
