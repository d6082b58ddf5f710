"""What every human-facing renderer (terminal, Markdown, HTML) shares: the order of sections, how a
cited line finds its surrounding lines, how evidence text is made inert, how frames and regions read.

Keeping this in one place is what makes the three formats tell the same story in the same order;
each renderer only decides how to *escape* and *lay out* for its medium.  Nothing heavy is imported.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..model import Absent, Event, EvidenceRef
from .values import format_value

#: Lines shown before and after each cited line in the log excerpts.
EXCERPT_CONTEXT = 3
#: At most this many cited lines get an excerpt (a finding citing 10 000 lines stays readable).
EXCERPT_LIMIT = 200
#: An input larger than this is not re-read for excerpts (the timeline's events are used instead).
EXCERPT_MAX_FILE = 64 * 1024 * 1024
#: Characters of one evidence line kept in a report (the JSON keeps everything).
LINE_LIMIT = 400


def inert(text: object) -> str:
    """Control and format characters made visible (``\\x1b``, ``\\u202e``), never obeyed.

    A log line can carry terminal escape sequences, bidirectional overrides or NULs; none of them may
    move a cursor, recolour a terminal or reorder the text a reader sees.  Tabs become spaces.
    """
    s = str(text).expandtabs(4)
    if s.isprintable():
        return s
    out = []
    for ch in s:
        if ch.isprintable() or ch == " ":
            out.append(ch)
        elif ord(ch) < 0x100:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(f"\\u{ord(ch):04x}")
    return "".join(out)


def prose(text: object) -> str:
    """Text written by rules (explanations, remediations): line breaks kept, everything else inert."""
    return "\n".join(inert(line) for line in str(text).splitlines())


def clip(text: str, limit: int = LINE_LIMIT) -> str:
    """Shorten very long evidence text, saying how much was cut (never silently)."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… (+{len(text) - limit} chars)"


def conf(value: float) -> str:
    return f"{float(value):.2f}"


def where(ev: EvidenceRef | Event) -> str:
    """``input:line`` / ``input@0xOFFSET`` as the reader will search for it in the file."""
    src = ev.input if isinstance(ev, EvidenceRef) else ev.source
    out = src
    if ev.line is not None:
        out += f":{ev.line}"
    if ev.offset is not None:
        out += f" offset 0x{ev.offset:X}"
    return out


def as_int(v: Any) -> int | None:
    """Addresses arrive as ints from analyses, or as ``"0x…"`` strings from JSON round trips."""
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, str):
        try:
            return int(v, 0)
        except ValueError:
            return None
    return None


def frame_text(fr: Any) -> str:
    """One backtrace frame as addr2line users read it: ``0x0002A4F0 main at src/main.c:42``."""
    if not isinstance(fr, dict):
        return inert(format_value(fr))
    addr = as_int(fr.get("address"))
    a = f"0x{addr:08X}" if addr is not None else "?"
    fn = fr.get("function")
    fn = fn if fn and not isinstance(fn, Absent) else "??"
    file = fr.get("file")
    if file and not isinstance(file, Absent):
        line = fr.get("line")
        loc = f"{file}:{line if line is not None and not isinstance(line, Absent) else '?'}"
    else:
        loc = "??:?"
    return inert(f"{a} {fn} at {loc}")


# ------------------------------------------------------------------------------------------------
# inputs and anchors


def input_index(report: Any) -> dict[str, int]:
    """Input path → its position on the command line: anchors use the number, never the path."""
    return {rec.path: i for i, rec in enumerate(report.inputs)}


def line_anchor(idx: int, line: int) -> str:
    return f"L{idx}-{line}"


# ------------------------------------------------------------------------------------------------
# log excerpts around cited lines


@dataclass(slots=True)
class ExcerptLine:
    line: int
    text: str
    cited: bool


@dataclass(slots=True)
class Excerpt:
    """Consecutive lines of one input around one or more cited lines."""

    input: str
    input_idx: int
    lines: list[ExcerptLine] = field(default_factory=list)
    #: "input" when read back from the file (hash checked), "timeline" when rebuilt from events.
    origin: str = "input"


def cited_lines(report: Any) -> dict[str, list[int]]:
    """Every (input, line) any finding cites, per input, sorted and bounded by ``EXCERPT_LIMIT``."""
    seen: dict[str, set[int]] = {}
    n = 0
    for f in report.findings:
        for ev in f.evidence:
            if ev.line is None or n >= EXCERPT_LIMIT:
                continue
            lines = seen.setdefault(ev.input, set())
            if ev.line not in lines:
                lines.add(ev.line)
                n += 1
    return {k: sorted(v) for k, v in seen.items()}


def _file_lines(path: str, sha256: str, size: int, wanted: set[int]) -> dict[int, str] | None:
    """Lines of an input read back from disk, only if it still has the hash the report recorded.

    A file edited since the analysis must not put other words around the cited line than the ones
    analysed; then the timeline's own copy of the lines is used.
    """
    if not sha256 or size > EXCERPT_MAX_FILE or not os.path.isfile(path):
        return None
    try:
        with open(path, "rb") as fh:
            data = fh.read(EXCERPT_MAX_FILE + 1)
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != sha256:
        return None
    out: dict[int, str] = {}
    last = max(wanted) if wanted else 0
    pieces = data.split(b"\n")
    if pieces and pieces[-1] == b"":
        pieces.pop()  # numbered as sources.iter_lines does: a final newline ends the last line
    for no, raw in enumerate(pieces, 1):
        if no > last:
            break
        if no in wanted:
            out[no] = raw.rstrip(b"\r").decode("utf-8", errors="replace")
    return out


def excerpts(report: Any, context: int = EXCERPT_CONTEXT) -> list[Excerpt]:
    """The lines around every cited line, merged where they touch, in input then line order."""
    idx = input_index(report)
    by_input = cited_lines(report)
    timeline: dict[str, dict[int, str]] = {}
    for e in report.timeline:
        if e.line is not None and e.source in by_input:
            timeline.setdefault(e.source, {}).setdefault(e.line, e.text)
    out: list[Excerpt] = []
    for path in sorted(by_input, key=lambda p: (idx.get(p, len(idx)), p)):
        cited = by_input[path]
        wanted = {n for c in cited for n in range(max(1, c - context), c + context + 1)}
        rec = next((r for r in report.inputs if r.path == path), None)
        text = _file_lines(path, rec.sha256, rec.size, wanted) if rec else None
        origin = "input"
        if text is None:
            text = timeline.get(path, {})
            origin = "timeline"
        # cited lines with no text anywhere still appear, with the finding's own excerpt
        for f in report.findings:
            for ev in f.evidence:
                if ev.input == path and ev.line is not None and ev.line not in text:
                    text[ev.line] = ev.text
        group: Excerpt | None = None
        cited_set = set(cited)
        for n in sorted(k for k in text if k in wanted):
            if group is None or n != group.lines[-1].line + 1:
                group = Excerpt(path, idx.get(path, -1), origin=origin)
                out.append(group)
            group.lines.append(ExcerptLine(n, text[n], n in cited_set))
    return out


# ------------------------------------------------------------------------------------------------
# events


ERROR_KINDS = frozenset({"fault", "transport.error", "host.error", "flash.error", "mcuboot.error",
                         "mcuboot.image_invalid"})


def is_error(e: Event) -> bool:
    """An event that reports something going wrong, read from its kind and decoded fields only."""
    if e.kind in ERROR_KINDS or (e.level or "").lower() in ("error", "err", "fatal", "critical"):
        return True
    f = e.fields or {}
    if e.kind == "dfu.response":
        result = f.get("result")
        return bool(result) and not isinstance(result, Absent) and result != "SUCCESS"
    if e.kind in ("dfu.validation", "boot.validation"):
        return f.get("ok") is False
    if e.kind == "boot.activation":
        return f.get("result") == "error"
    return False


def is_warning(e: Event) -> bool:
    return (e.level or "").lower() in ("warning", "warn", "wrn")


def lane_of(e: Event) -> str:
    """Which row of the timeline an event belongs to (by its domain, never by its words)."""
    k = e.kind
    if k == "fault":
        return "fault"
    dom = k.split(".", 1)[0]
    if dom in ("boot", "power", "settings", "mcuboot"):
        return "boot"
    if dom in ("dfu", "flash", "particle"):
        return "dfu"
    if dom in ("transport", "host"):
        return "link"
    return "log"


def is_reset(e: Event) -> bool:
    return e.kind in ("boot.start", "power.reset")


def notable(events: Iterable[Event]) -> list[Event]:
    """Events worth a line in a short timeline: everything but plain log lines that are not errors."""
    return [e for e in events if e.kind not in ("log.line", "unparsed") or is_error(e) or is_warning(e)]


def flatten(value: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """A nested report section as dotted ``key = value`` pairs (for sections renderers do not know)."""
    out: list[tuple[str, Any]] = []
    if isinstance(value, dict):
        for k, v in value.items():
            key = f"{prefix}.{k}" if prefix else str(k)
            if isinstance(v, (dict, list)) and v and not _scalar_list(v):
                out.extend(flatten(v, key))
            else:
                out.append((key, v))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out.extend(flatten(v, f"{prefix}[{i}]"))
    else:
        out.append((prefix, value))
    return out


def _scalar_list(v: Any) -> bool:
    return isinstance(v, list) and all(not isinstance(x, (dict, list)) for x in v)


def section_value(key: str, v: Any) -> str:
    """A section value as text: addresses, CRCs and FWIDs in hex (by the contract's names)."""
    last = key.rsplit(".", 1)[-1].lower()
    hexy = any(w in last for w in ("address", "addr", "crc", "fwid", "start", "end", "offset", "magic",
                                   "sd_req", "pc", "lr", "sp"))
    if isinstance(v, int) and not isinstance(v, bool) and hexy:
        return f"0x{v:X}"
    if isinstance(v, list) and v and all(isinstance(x, int) and not isinstance(x, bool) for x in v) and hexy:
        return ", ".join(f"0x{x:X}" for x in v)
    if isinstance(v, bool):
        return "yes" if v else "no"
    return clip(format_value(v), 160)


#: Report sections with a dedicated layout; others (softdevice, images, modules, settings, package)
#: are shown generically, in this order, by every renderer.
GENERIC_SECTIONS = ("softdevice", "images", "modules", "settings", "package")


def no_finding_verdict(report: Any) -> str:
    """The verdict line of a report with no finding: analysed and clean, or nothing recognised at all."""
    if report.outcome() == "inconclusive":
        return ("Inconclusive: nothing in the evidence was recognised as an update, boot or crash record "
                "(unstructured bytes or lines only). Give the bootloader's or the host tool's log, a flash dump "
                "with its load address (FILE@0xADDR), or the fault print.")
    return "No known failure signature matched the evidence."


def region_sources(regions: list[Any]) -> tuple[list[str], list[str]]:
    """The inputs the flash map's regions were read from, and each region's offset text (``0x3000``): a
    terminal names one input once instead of on every row."""
    inputs: list[str] = []
    offsets: list[str] = []
    for r in regions:
        text = r.get("read_from", "") if isinstance(r, dict) else ""
        name, _, offset = str(text).rpartition(" offset ")
        if name and name not in inputs:
            inputs.append(name)
        offsets.append(offset if name else "")
    return inputs, offsets


def extra_tables(report: Any) -> list[Any]:
    """The report's typed tables a renderer draws after its sections: not one that restates a section the
    renderer already drew under the same name (the flash map is drawn as its section, with its picture)."""
    return [t for t in report.tables if not getattr(report, t.id, None)]
DFU_KEYS = ("outcome", "transport", "last_request", "bytes_transferred", "image_size")


def dfu_rows(dfu: dict[str, Any]) -> list[tuple[str, str]]:
    """The DFU summary: the contract's keys first, in contract order, then any others."""
    keys = [k for k in DFU_KEYS if k in dfu] + [k for k in dfu if k not in DFU_KEYS]
    rows = []
    for k in keys:
        v = dfu[k]
        if isinstance(v, dict):
            text = ", ".join(f"{a}={section_value(a, b)}" for a, b in v.items()) or "(none)"
        elif isinstance(v, list) and any(isinstance(x, dict) for x in v):
            text = f"{len(v)} entries"
        else:
            text = section_value(k, v)
        rows.append((k, text))
    return rows


def region_bounds(region: Any) -> tuple[int, int] | None:
    """(start, end) of a flash-map region, end exclusive; None when the region has no usable range."""
    if not isinstance(region, dict):
        return None
    s, e = as_int(region.get("start")), as_int(region.get("end"))
    if s is None or e is None or e < s:
        return None
    return s, e


def region_damaged(region: dict[str, Any]) -> bool:
    """A region the analysis marked as damaged (``damaged: true`` or a ``state`` saying so)."""
    if region.get("damaged") is True:
        return True
    state = str(region.get("state") or "").lower()
    return state in ("damaged", "corrupt", "invalid", "unreadable", "partial")


def overlaps(regions: list[dict[str, Any]]) -> list[tuple[int, int, int, int]]:
    """Pairs of regions (by index) that share bytes, with the shared range."""
    out = []
    b = [region_bounds(r) for r in regions]
    for i in range(len(regions)):
        for j in range(i + 1, len(regions)):
            if b[i] and b[j]:
                s, e = max(b[i][0], b[j][0]), min(b[i][1], b[j][1])
                if s < e:
                    out.append((i, j, s, e))
    return out


def human_size(n: int) -> str:
    if n >= 1024 * 1024 and n % (1024 * 1024) == 0:
        return f"{n // (1024 * 1024)} MiB"
    if n >= 1024 and n % 1024 == 0:
        return f"{n // 1024} KiB"
    if n >= 1024:
        return f"{n / 1024:.1f} KiB ({n} B)"
    return f"{n} B"
