"""`dfuforensics timeline PATH...`: every event of every input, streamed as it is parsed.

Events are written as each input's parser yields them and never collected, so memory stays flat in the
length of the log (a million-line RTT capture is fine).  Inputs are taken in the order given (folders in
sorted order); within an input, in line order.  Warnings are counted per input and summarised on stderr
at the end.  Exit status: 2 when no input could be read, else 0.
"""

from __future__ import annotations

import argparse
import gc
from functools import partial
from itertools import repeat
from operator import itemgetter
from typing import Any, TextIO

HELP = "print every event parsed from the evidence, in order (rich, jsonl or csv)"
DESCRIPTION = """\
Print every event parsed from the evidence, input by input, in line order, as it is parsed
(memory stays flat however long the logs are).  Works for every kind of evidence dfuforensics reads;
inputs that carry no events (memory images) are listed in the summary only.

  --format jsonl   one JSON object per event, in the report's timeline[] shape
  --format csv     t, clock, source, line, offset, level, module, kind, text, fields (JSON)
  --format rich    for reading in a terminal

Parse warnings are summarised on stderr at the end (counts per input, the first few shown).
Exit status: 0, or 2 when no input could be read.
"""

#: Warnings shown per input in the stderr summary (all are counted).
SHOWN_WARNINGS = 3
#: Events buffered before one write call.
BATCH = 2048


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="log files or folders")
    p.add_argument("--format", choices=("rich", "jsonl", "csv"), default="rich")
    p.add_argument("--output", "-o", metavar="FILE", help="write here (atomically) instead of stdout")


def run(args: argparse.Namespace) -> int:
    import sys

    from ..sources import expand

    sources = expand(list(args.paths))  # UsageError (exit 2) for a missing path
    if not args.output or args.output == "-":
        try:
            readable = stream(sources, args.format, sys.stdout, sys.stderr)
            sys.stdout.flush()
        except BrokenPipeError:  # `| head`: the reader is gone, which is not an error of ours
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    else:
        readable = _stream_to_file(sources, args.format, args.output, sys.stderr)
        print(f"timeline written to {args.output}", file=sys.stderr)
    return 0 if readable else 2


def _stream_to_file(sources: list, fmt: str, output: str, err: TextIO) -> int:
    """Stream into a temporary file beside the target, renamed into place only when complete."""
    from pathlib import Path

    from ..output import atomic_file

    with atomic_file(Path(output)) as fh:
        readable = stream(sources, fmt, fh, err)
    return readable


def stream(sources: list, fmt: str, out: TextIO, err: TextIO) -> int:
    """Write every event of every source to ``out``; returns how many inputs could be read."""
    from ..evidence import opened

    writer = _WRITERS[fmt](out)
    summary: list[str] = []
    readable = 0
    for source in sources:
        try:
            with opened(source) as (view, parser):
                lines, ok = _stream_one(source, view, parser, fmt, writer)
        except OSError as exc:
            lines, ok = [f"{source.display}: unknown, 0 events, 0 warnings; cannot read: {exc.strerror}"], False
        summary.extend(lines)
        readable += ok
    writer.close()
    out.flush()
    err.write("timeline: " + "\n".join(summary) + "\n")
    return readable


def _stream_one(source: Any, view: Any, parser: Any, fmt: str, writer: _Writer) -> tuple[list[str], bool]:
    """Write one input's events (read from ``view``: a pasted log's rewritten text); its summary lines and
    whether it could be read."""
    from ..errors import WrongFormat
    from ..evidence.pasted import PastedSource, relocate
    from ..model import InputKind, ParseWarning
    from ..sources import InputTooLarge

    kind, events, records, warnings, shown, error, ok = "unknown", 0, 0, 0, [], None, False
    if source.size == 0:
        error = "file is empty"
    elif parser is None:
        error = "not a kind of evidence dfuforensics knows"
    if parser is not None and source.size:
        kind = parser.kind
        batches = getattr(parser, "batches", None)  # the device logs' hot path: rows, not Events
        if isinstance(view, PastedSource):  # a pasted log: records put back at the input's own lines
            batches = None
            shown.append(view.note().describe())
            warnings += 1
        elif batches is not None and fmt == "jsonl" and getattr(parser, "accelerated", False):
            batches = partial(batches, accel=writer.parts_of(source.display))  # the C scan, where built
        try:
            relocated = (relocate(r, view) for r in parser.parse(view))
            for rows in batches(view) if batches is not None else _chunks(relocated):
                n, others = writer.write_rows(rows, source.display)
                events += n
                for item in others:
                    if isinstance(item, ParseWarning):
                        warnings += 1
                        if len(shown) < SHOWN_WARNINGS:
                            shown.append(item.describe())
                    elif isinstance(item, InputKind):
                        kind = item.kind
                    else:
                        records += 1
            ok = True
        except WrongFormat as exc:
            error, kind = f"not a {parser.kind}: {exc}", "unknown"
        except InputTooLarge as exc:
            error = str(exc)
        except OSError as exc:
            error = f"cannot read: {exc.strerror or exc}"
        except Exception as exc:  # a parser bug must not lose the other inputs' events
            error = f"parser {parser.kind} failed: {type(exc).__name__}: {exc} (a bug in dfuforensics)"
    line = f"{source.display}: {kind}, {events} events"
    if records:
        line += f", {records} other records"
    line += f", {warnings} warnings"
    if error:
        line += f"; {error}"
    out = [line, *(f"    {w}" for w in shown)]
    if warnings > len(shown):
        out.append(f"    ... {warnings - len(shown)} more")
    return out, ok


def _chunks(items: Any) -> Any:
    """A parser's records in lists of BATCH (one write call each)."""
    batch: list[Any] = []
    try:
        for item in items:
            batch.append(item)
            if len(batch) >= BATCH:
                yield batch
                batch = []
    except Exception:  # a parser that fails half-way: what it gave before still counts
        if batch:
            yield batch
        raise
    if batch:
        yield batch


# -- writers ---------------------------------------------------------------------------------------------

def _rows_to_events(batch: list[Any], src: str) -> tuple[list[Any], list[Any]]:
    """A batch of ``DeviceLogDialect.batches`` (or of any parser): (its events, its other records)."""
    from ..evidence.nrf_log import Rows
    from ..model import Event

    events, others = [], []
    for item in batch:
        for record in item.records(src) if type(item) is Rows else (item,):
            (events if type(record) is Event else others).append(record)
    return events, others


class _Writer:
    def write(self, events: list[Any]) -> None:
        raise NotImplementedError

    def write_rows(self, rows: list[Any], src: str) -> tuple[int, list[Any]]:
        """Write the events of a batch of rows; returns how many, and the batch's other records."""
        events, others = _rows_to_events(rows, src)
        if events:
            self.write(events)
        return len(events), others

    def close(self) -> None:
        pass


class _Jsonl(_Writer):
    """One JSON object per event, in ``report.model.event_json``'s shape and key order.

    Uses one C encoder for the whole stream (``json.dumps`` builds a new one per call, which costs
    more than encoding a small event).  Absent values become null and bytes hex, as ``json_value``
    does; floats inside ``fields`` are written exactly rather than rounded to 6 digits.
    """

    def __init__(self, out: TextIO) -> None:
        from json.encoder import encode_basestring_ascii

        self.out = out
        self.encode = _stream_encoder()
        self.string = encode_basestring_ascii
        # the few distinct clock/source/kind/level/module values, encoded once with their key
        self._head: dict[tuple[str, str, str], str] = {}
        self._tail: dict[tuple[str | None, str | None], str] = {}
        self._seconds = _Seconds()
        self._fixed: dict[tuple[str, str | None, str | None, str], tuple[str, str, str]] = {}

    def write_rows(self, batch: list[Any], src: str) -> tuple[int, list[Any]]:
        """Write a batch; ``Rows`` go straight to JSON lines, byte-identical to ``write`` of their events;
        an ``Accelerated`` block's JSON lines made in C are put between its ``Rows``' lines by its plan."""
        from ..evidence.nrf_log import Accelerated, Rows

        n, others, plain = 0, [], []
        for item in batch:
            if type(item) is Rows or type(item) is Accelerated:
                if plain:
                    k, more = _Writer.write_rows(self, plain, src)
                    n, plain = n + k, []
                    others += more
                collecting = gc.isenabled()
                gc.disable()  # as in DeviceLogDialect.batches: thousands of short-lived acyclic tuples
                try:
                    k, more = self._rows(item, src) if type(item) is Rows else self._accelerated(item, src)
                finally:
                    if collecting:
                        gc.enable()
                n += k
                others += more
            else:
                plain.append(item)
        if plain:
            k, more = _Writer.write_rows(self, plain, src)
            n += k
            others += more
        return n, others

    def parts_of(self, src: str) -> Any:
        """For the C scan: an entry's constant JSON parts (what ``_row_lines`` makes), kept in ``entry[5]``."""
        def parts(e: list[Any]) -> tuple[str, str, str]:
            p = e[5] = self._entry_parts(e, src)
            return p

        return parts

    def _accelerated(self, block: Any, src: str) -> tuple[int, list[Any]]:
        lines, events, others = self._row_lines(block.rows, src) if block.rows is not None else ([], 0, [])
        pieces, at = [], 0
        for part in block.plan:
            if type(part) is str:
                pieces.append(part)
            else:
                pieces.append("".join(lines[at:at + part]))
                at += part
        self.out.write("".join(pieces))
        return events + block.made, others

    def _rows(self, rows: Any, src: str) -> tuple[int, list[Any]]:
        out, events, others = self._row_lines(rows, src)
        self.out.write("".join(out))
        return events, others

    def _row_lines(self, rows: Any, src: str) -> tuple[list[str], int, list[Any]]:
        """One block's JSON lines by column: the stamps' JSON numbers, each entry's constant parts
        (clock, source, kind, level, module, fields: encoded once per entry) and the texts are joined
        with C-level ``map``; Python code runs only for lines with fields of their own, slow-path
        records and lines without a stamp."""
        from ..evidence.nrf_log import _HOLE_FLAG, clock_seconds
        from ..model import Event

        entries, texts, clocks = rows.entries, rows.texts, rows.clocks
        n = len(entries)
        parts = list(map(_PARTS, entries))
        if None in parts:  # entries this writer has not seen: encode their constant parts once
            i = -1
            try:
                while True:
                    i = parts.index(None, i + 1)
                    e = entries[i]
                    parts[i] = ("", "", "") if e[4] == _HOLE_FLAG else self._entry_parts(e, src)
                    if e[4] != _HOLE_FLAG:
                        e[5] = parts[i]
            except ValueError:
                pass
        unstamped = clocks.count("")
        if unstamped == n:
            stamps: Any = repeat("null", n)
            heads: Any = map(_HEAD_NONE, parts)
        elif unstamped == 0 and _TINY not in "".join(clocks):
            fracs = list(map(str.rstrip, map(str.__add__, map(_MS, clocks), map(_US, clocks)), repeat("0")))
            if "" in fracs:  # whole seconds are written 12.0
                fracs = [f or "0" for f in fracs]
            stamps = map(str.__add__, map(self._seconds.__getitem__, map(_HMS, clocks)), fracs)
            heads = map(_HEAD_DEVICE, parts)
        else:
            stamps = ["null" if not c else float.__repr__(clock_seconds(c)) for c in clocks]
            heads = [p[0] if c else p[1] for p, c in zip(parts, clocks, strict=True)]
        out = list(map(_ROW.__mod__, zip(stamps, heads, map(self.string, texts), rows.lines, map(_TAIL, parts),
                                         strict=True)))
        events = n - len(rows.holes)
        for i in rows.fields:  # fields of their own (a response's inferred op, [ticks])
            out[i] = self._event_line(rows.event(i, src))
        for i in rows.holes:
            out[i] = ""
        others: list[Any] = []
        for i, records in rows.extra.items():
            lines = []
            for r in records:
                if type(r) is Event:
                    lines.append(self._event_line(r))
                    events += 1
                else:
                    others.append(r)
            out[i] = "".join(lines) + out[i]
        return out, events, others

    def _entry_parts(self, e: list[Any], src: str) -> tuple[str, str, str]:
        """(head with a device clock, head without a clock, level/module/fields tail) of an entry."""
        kind, fields, level, module = e[:4]
        fixed = self._fixed.get((kind, level, module, src))
        if fixed is None:
            device, none = self._parts(kind, "device", src, level, module), self._parts(kind, "none", src, level, module)
            fixed = self._fixed[(kind, level, module, src)] = (device[0], none[0], device[1])
        return fixed[0], fixed[1], fixed[2] + (', "fields": ' + "".join(self.encode(fields, 0)) if fields else "")

    def _parts(self, kind: str, clock: str, src: str, level: str | None, module: str | None) -> tuple[str, str]:
        string = self.string
        return (f', "clock": {string(clock)}, "source": {string(src)}, "kind": {string(kind)}, "text": ',
                (f', "level": {string(level)}' if level else "") + (f', "module": {string(module)}' if module else ""))

    def write(self, events: list[Any]) -> None:
        self.out.write("".join(map(self._event_line, events)))

    def _event_line(self, e: Any) -> str:
        encode, string, heads, tails = self.encode, self.string, self._head, self._tail
        chunks: list[str] = []
        add = chunks.append
        t = e.t
        add('{"t": ')
        add("null" if t is None else float.__repr__(t) if type(t) is float else "".join(encode(t, 0)))
        key = (e.clock, e.source, e.kind)
        head = heads.get(key)
        if head is None:
            head = heads[key] = (f', "clock": {string(e.clock)}, "source": {string(e.source)}, '
                                 f'"kind": {string(e.kind)}, "text": ')
        add(head)
        add(string(e.text))
        if e.line is not None:
            add(f', "line": {e.line:d}')
        if e.offset is not None:
            add(f', "offset": {e.offset:d}')
        key2 = (e.level, e.module)
        tail = tails.get(key2)
        if tail is None:
            tail = tails[key2] = ((f', "level": {string(e.level)}' if e.level else "")
                                  + (f', "module": {string(e.module)}' if e.module else ""))
        add(tail)
        if e.fields:
            add(', "fields": ')
            chunks.extend(encode(e.fields, 0))
        add("}\n")
        return "".join(chunks)


_ROW = '{"t": %s%s%s, "line": %d%s}\n'
_PARTS = itemgetter(5)
_HEAD_DEVICE, _HEAD_NONE, _TAIL = itemgetter(0), itemgetter(1), itemgetter(2)
_HMS, _MS, _US = itemgetter(slice(1, 9)), itemgetter(slice(10, 13)), itemgetter(slice(14, 17))
#: Stamps below 100 us, which JSON (Python's float repr) writes with an exponent: 5e-05.
_TINY = "[00:00:00.000,0"


class _Seconds(dict):
    """``hh:mm:ss`` -> ``"<seconds>."``: the integer part of a stamp's JSON number.

    A stamp is exact microseconds, so the float ``clock_seconds`` gives is the double nearest to the
    decimal ``s.uuuuuu`` and its shortest repr is that decimal without trailing zeros (between 1e-4
    and 1e16, where repr does not switch to an exponent); tests check this against ``float.__repr__``."""

    def __missing__(self, hms: str) -> str:
        if len(self) > 4096:
            self.clear()
        text = self[hms] = f"{(int(hms[0:2]) * 60 + int(hms[3:5])) * 60 + int(hms[6:8])}."
        return text


def _json_default(value: Any) -> Any:
    from ..model import Absent

    if isinstance(value, Absent):
        return None
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _stream_encoder():  # noqa: ANN202 - the C encoder's iterencode callable
    import json
    from json import encoder

    if encoder.c_make_encoder is None:  # pure-Python json: same output, slower
        enc = json.JSONEncoder(default=_json_default, check_circular=False)
        return lambda obj, _level: enc.iterencode(obj)
    return encoder.c_make_encoder(None, _json_default, encoder.encode_basestring_ascii, None, ": ", ", ",
                                  False, False, True)


class _Csv(_Writer):
    COLUMNS = ("t", "clock", "source", "line", "offset", "level", "module", "kind", "text", "fields")

    def __init__(self, out: TextIO) -> None:
        import csv

        self.w = csv.writer(out, lineterminator="\n")
        self.w.writerow(self.COLUMNS)

    def write(self, events: list[Any]) -> None:
        import json

        from ..report.values import json_value

        def cell(v: Any) -> Any:
            return "" if v is None else v

        self.w.writerows(
            [cell(e.t), e.clock, e.source, cell(e.line), cell(e.offset), cell(e.level), cell(e.module), e.kind,
             e.text, json.dumps(json_value(e.fields)) if e.fields else ""]
            for e in events)

    def close(self) -> None:
        pass


class _Rich(_Writer):
    """Aligned, coloured lines for a terminal (plain text when not writing to one)."""

    STYLES = {"fault": "bold red", "unparsed": "dim", "log.line": "", "log.gap": "dim"}

    def __init__(self, out: TextIO) -> None:
        from rich.console import Console

        self.console = Console(file=out, highlight=False, soft_wrap=True)

    def write(self, events: list[Any]) -> None:
        from rich.markup import escape

        for e in events:
            t = f"{e.t:12.6f}" if isinstance(e.t, (int, float)) else " " * 12
            style = self.STYLES.get(e.kind)
            if style is None:
                style = "red" if e.kind.endswith("error") or e.level == "error" else \
                        "yellow" if e.level == "warning" else "cyan"
            where = f"{e.source}:{e.line}" if e.line is not None else e.source
            detail = ""
            if e.kind not in ("log.line", "unparsed", "log.gap") and e.fields:
                detail = " " + " ".join(f"{k}={v}" for k, v in e.fields.items() if k != "template")
            head = f"{t} {e.kind:<22}"
            self.console.print(f"{escape(head)} [{style}]{escape(e.text)}[/]" if style else
                               f"{escape(head)} {escape(e.text)}", end="")
            self.console.print(f"[dim]{escape(detail)}  ({escape(where)})[/]")

    def close(self) -> None:
        pass


_WRITERS = {"jsonl": _Jsonl, "csv": _Csv, "rich": _Rich}
