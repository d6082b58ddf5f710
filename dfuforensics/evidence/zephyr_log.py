"""Zephyr / nRF Connect SDK / MCUboot device logs -> events (kind ``mcuboot-log`` or ``zephyr-log``).

Same machinery as ``nrf_log`` (hot-path regexes compiled from ``grammars/zephyr_log.lark``, cached
classification, slow path for the rest); this dialect adds ``CONFIG_LOG_MODE_MINIMAL`` lines (``I: msg``,
MCUboot's default), the kernel / NCS / MCUboot boot banners (also glued to a shell prompt or to a
banner cut by a reset), and bare printk lines of the NCS immutable bootloader (b0).  Meaning comes
from the MCUboot format strings (``mcuboot/log_templates.py``).

A core dump the kernel wrote to the log (``#CD:`` lines, ``CONFIG_DEBUG_COREDUMP_BACKEND_LOGGING``) is
read by ``zephyr_coredump.DumpLines``: a block of lines is searched for ``#CD:`` once, so logs without a
dump pay one substring search per 256 KiB; the dump's records follow its block's.

The input's kind starts as ``zephyr-log`` and becomes ``mcuboot-log`` (an ``InputKind`` record) at the
first line MCUboot printed.

MCUboot built outside Zephyr logs through its port's own macros, not Zephyr's: TF-M's BL2 (and the
Espressif port, behind a chip tag) prints ``[INF] msg``, Mbed OS ports go through mbed-trace
(``[INFO][MCUb]: msg``), and a port with a bare ``printf`` prints the message alone.  The message is the
same format string in every case, so these lines go through the same template table; only the prefix
differs.  Those logs carry none of Zephyr's markers, so the sniffer accepts them only when several
lines are MCUboot's own format strings (a lone ``[INF]`` or a generic word proves nothing).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from ..mcuboot.log_templates import MCUBOOT_MODULES
from ..model import Event, InputKind
from ..nrf5.log_templates import _CONV, HEAD, split_format
from ..sources import Source
from .mcumgr import McumgrReader
from .nrf_log import BARE_MIN_LITERAL, DeviceLogDialect, Rows, _InputState, grammar_terminals, sniff_lines
from .textutil import clean_line, looks_like_text

_BANNER_SPLIT = re.compile(r"(?<=[^*])(?=\*{3,5} (?:Booting|Using) )")
_BANNER_VERSION = re.compile(r"(?:build|OS|SDK|MCUboot|v)\s*(v?\d[\w.\-+]*|[0-9a-f]{7,}\b)")
#: Lines of MCUboot's own format strings (of at least two different formats) the sniffer needs in a
#: log without Zephyr's markers before it calls the log MCUboot's.
SNIFF_MIN_TEMPLATE_LINES = 3
SNIFF_MIN_FORMATS = 2
#: A log whose lines carry no level tag at all is the weakest claim: any other parser sure of it wins.
SNIFF_BARE_SCORE = 0.5


class ZephyrLogParser(DeviceLogDialect):
    kind = "zephyr-log"
    grammar = "zephyr_log.lark"
    levels = {"err": "error", "wrn": "warning", "inf": "info", "dbg": "debug",
              "E": "error", "W": "warning", "I": "info", "D": "debug",
              # TF-M BL2 / other ports' "[INF]", mbed-trace's "[INFO]" ("CMD" is mbed-trace's command echo)
              "INF": "info", "WRN": "warning", "ERR": "error", "DBG": "debug",
              "INFO": "info", "WARN": "warning", "CMD": "info"}

    def compile_extra(self, t: dict[str, str]) -> None:
        self.minimal = re.compile(rf"({t['MIN_LEVEL']}):(.*)")
        self.banner = re.compile(rf"{t['BANNER']}")
        banner_start = t["BANNER"].split(" ", 1)[0]
        self.banner_glue = re.compile(rf"{banner_start} (?:Booting|Using) ")
        self.bracketed, self.trace = _port_regexes(t["PORT_TAG"], t["BRACKET_LEVEL"], t["TRACE_LEVEL"],
                                                   t["TRACE_GROUP"], t["MESSAGE"])

    def index(self):  # noqa: ANN201 - a TemplateIndex
        from ..mcuboot.log_templates import mcuboot_index

        return mcuboot_index()

    def batches(self, source: Source) -> Iterator[list[Any]]:
        refined = False
        for batch in super().batches(source):
            for i, item in enumerate(batch):
                if refined:
                    break
                if type(item) is Rows:
                    refined = item.insert_before_first(InputKind("mcuboot-log"), _is_mcuboot)
                elif type(item) is Event and _is_mcuboot(item.kind, item.module, item.fields):
                    batch.insert(i, InputKind("mcuboot-log"))
                    refined = True
            yield batch

    # MCUboot's own errors and warnings that have no more specific meaning
    def plain(self, level: str, module: str | None, msg: str, t: Any,
              fields: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        if level in ("error", "warning") and (module is None or module in MCUBOOT_MODULES) \
                and any(m in MCUBOOT_MODULES for m in t.modules):
            return "mcuboot.error", fields
        return "log.line", fields

    def unmatched(self, level: str, module: str | None, msg: str) -> tuple[str, dict[str, Any]]:
        if level == "error" and module in MCUBOOT_MODULES:
            return "mcuboot.error", {"message": msg}
        return "log.line", {"message": msg}

    def other_forms(self, st: _InputState, src: str, raw: str, text: str, lineno: int) -> Iterator[Any]:
        # mcumgr run in the same terminal, or pasted below the log: its image list and errors as its events
        if st.embedded is None:
            st.embedded = McumgrReader(src, embedded=True)
        taken, records = st.embedded.feed(lineno, raw, text)
        yield from records
        if taken:
            return
        if self.banner_glue.search(text):
            yield from self._banners(st, src, raw, text, lineno)
            return
        m = self.bracketed.fullmatch(text)
        if m is not None:  # TF-M BL2 / port "[INF] msg": no module printed
            yield from self._tagged(st, src, raw, lineno, m.group(2), None, m.group(3))
            return
        m = self.trace.fullmatch(text)
        if m is not None:  # mbed-trace "[INFO][MCUb]: msg": the trace group stands for the module
            yield from self._tagged(st, src, raw, lineno, m.group(1), m.group(2)[1:-1], m.group(3))
            return
        m = self.minimal.match(text)
        if m is not None:
            level = self.levels[m.group(1)]
            msg = m.group(2).strip()
            kind, fields = self._classify(level, None, msg)
            st.prev_level, st.prev_module = level, None
            yield self._event(st, kind, raw, src, lineno, None, None, level, None, dict(fields))
            return
        bare = self.bare_event(st, src, raw, text, lineno)  # a bare printk line (b0, kernel), a stripped one
        if bare is not None:
            yield bare
            return
        yield from self.leftovers(st, src, raw, text, lineno)

    def finish(self, st: _InputState, src: str) -> list[Any]:
        out = st.embedded.close() if st.embedded is not None else []
        return out + (st.coredump.close() if st.coredump is not None else [])

    def _block(self, st: _InputState, cache_: dict, src: str, block: str, lineno: int, out: list[Any],
               long: bool = False, lines: list[int] | None = None, prevs: list[Any] | None = None,
               upto: int | None = None) -> int:
        end = super()._block(st, cache_, src, block, lineno, out, long, lines, prevs, upto)
        if not long and lines is None and ("#CD:" in block or (st.coredump is not None and st.coredump.open
                                                                and "dropped" in block)):
            out.extend(self._coredump(st, src, block, lineno + 1))
        return end

    def _coredump(self, st: _InputState, src: str, block: str, first: int) -> list[Any]:
        """The records of the core dump lines in ``block`` (its first line is ``first``); the other lines
        were read as log lines already."""
        if st.coredump is None:
            from .zephyr_coredump import DumpLines

            st.coredump = DumpLines(src)
        out: list[Any] = []
        for k, line in enumerate(block.split("\n")):
            if "#CD:" in line or "dropped" in line:
                out += st.coredump.feed(first + k, line)
        return out

    def _tagged(self, st: _InputState, src: str, raw: str, lineno: int, tag: str, module: str | None,
                msg: str | None) -> Iterator[Any]:
        """A line of a non-Zephyr MCUboot port: its level tag and (mbed-trace) group, then the message
        classified as MCUboot's -- the port's group names (``MCUb``, ``BL``) are not MCUboot's modules, so
        the message is matched against every format, as for minimal-mode lines."""
        level = self.levels[tag[1:-1].strip()]
        msg = (msg or "").strip()
        kind, fields = self._classify(level, None, msg)
        st.prev_level, st.prev_module = level, module
        yield self._event(st, kind, raw, src, lineno, None, None, level, module, dict(fields))

    def _banners(self, st: _InputState, src: str, raw: str, text: str, lineno: int) -> Iterator[Any]:
        start = self.banner_glue.search(text).start()  # type: ignore[union-attr]
        if start:
            yield from self.fragment(st, src, text[:start].strip(), lineno)
        parts = _BANNER_SPLIT.split(text[start:])
        for part in parts:
            part = part.strip()
            fields: dict[str, Any] = {"banner": part}
            v = _BANNER_VERSION.search(part)
            if v:
                fields["version"] = v.group(1)
            if " Booting " in part:
                fields["stage"] = "mcuboot" if "MCUboot" in part else "zephyr"
                kind = "boot.start"
            else:
                kind = "log.line"
                fields["message"] = part
            shown = raw if len(parts) == 1 and not start else part
            yield self._event(st, kind, shown, src, lineno, None, None, None, None, fields)

    _SNIFF = re.compile(r"<(?:err|wrn|inf|dbg)> [A-Za-z_][\w.\-]*:|^(?:\d\d> ?)?[EWID]: \S"
                        r"|\*{3,5} (?:Booting|Using) (?:Zephyr|nRF Connect|MCUboot)", re.M)

    def sniff(self, source: Source) -> float:
        score = sniff_lines(source, self._SNIFF)
        return score if score else self._sniff_ports(source)

    def _sniff_ports(self, source: Source) -> float:
        """A log of MCUboot built outside Zephyr: enough of the head's lines are MCUboot format strings
        (behind a port's level tag, or bare).  Cheap: at most 60 lines, one template lookup each."""
        head = source.head
        if not head or not looks_like_text(head):
            return 0.0
        t = grammar_terminals(self.grammar)
        bracketed, trace = _port_regexes(t["PORT_TAG"], t["BRACKET_LEVEL"], t["TRACE_LEVEL"], t["TRACE_GROUP"],
                                         t["MESSAGE"])
        heads, pieces = _mcuboot_cues()
        lines = [ln for ln in head[:16384].decode("utf-8", errors="replace").splitlines()[:60] if ln.strip()]
        candidates = []
        for raw in lines:
            text, _ = clean_line(raw)
            m = bracketed.fullmatch(text) or trace.fullmatch(text)
            msg = ((m.group(3) or "") if m is not None else text).strip()
            if msg[:HEAD] in heads or any(p in msg for p in pieces):
                candidates.append((m is not None, msg))
        if len(candidates) < SNIFF_MIN_TEMPLATE_LINES:  # most logs stop here, before the table is loaded
            return 0.0
        index = self.index()
        hits, formats, tagged = 0, set(), 0
        for is_tagged, msg in candidates:
            hit = index.match(None, msg)
            if hit is None or hit[0].literal < BARE_MIN_LITERAL or not MCUBOOT_MODULES.intersection(hit[0].modules):
                continue
            hits += 1
            formats.add(hit[0].fmt)
            tagged += is_tagged
        if hits < SNIFF_MIN_TEMPLATE_LINES or len(formats) < SNIFF_MIN_FORMATS:
            return 0.0
        if tagged * 2 < hits:
            return SNIFF_BARE_SCORE
        return 0.55 + 0.4 * min(1.0, hits / len(lines) * 1.5)


@cache
def _port_regexes(port_tag: str, bracket_level: str, trace_level: str, trace_group: str,
                  message: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The grammar's ``bracketed`` (TF-M / port) and ``trace`` (mbed-trace) lines as regexes, from its
    terminals; shared by the parser and the sniffer (which should not compile the whole dialect for
    every input it is shown)."""
    return (re.compile(rf"(?:({port_tag}) )?({bracket_level}) ({message})?"),
            re.compile(rf"({trace_level})({trace_group}):({message})?"))


@cache
def _mcuboot_cues() -> tuple[frozenset[str], tuple[str, ...]]:
    """Fixed text every line of an MCUboot format must contain: the first HEAD characters of its literal
    prefix, or (a format that starts with a conversion, like ``%s: magic=%s, ...``) its longest literal
    piece.  A line with neither cannot match the template table, so the sniffer loads the table only for
    logs with enough lines that can."""
    from pathlib import Path

    from ..mcuboot import log_templates

    # beside the module (read as a path: importlib.resources' first call alone costs ~6 ms)
    text = Path(log_templates.__file__).with_name("log_templates.tsv").read_text(encoding="utf-8")
    formats = [row.split("\t", 3)[3] for row in text.splitlines()[2:]
               if MCUBOOT_MODULES.intersection(row.split("\t", 1)[0].split(","))]
    formats += [fmt for modules, _, _, fmt in log_templates.EXTRA_ROWS if MCUBOOT_MODULES.intersection(modules)]
    heads, pieces = set(), set()
    for fmt in formats:
        literals = _CONV.split(split_format(fmt)[0])[::6]  # the text between conversions
        if len(literals[0]) >= HEAD:
            heads.add(literals[0][:HEAD])
        else:
            longest = max(literals, key=len)
            if len(longest) >= BARE_MIN_LITERAL:
                pieces.add(longest)
    return frozenset(heads), tuple(sorted(pieces))


def _is_mcuboot(kind: str, module: str | None, fields: dict[str, Any]) -> bool:
    """Whether an event (its kind, module and fields) is one MCUboot printed."""
    if module in MCUBOOT_MODULES or kind.startswith("mcuboot."):
        return True
    return fields.get("stage") == "mcuboot" and kind in ("boot.start", "boot.app_start")


PARSERS = [ZephyrLogParser()]
