"""nRF5 SDK log format strings: which SDK call printed a line, its arguments, and what it means.

The table (``log_templates.tsv``, derived by ``tools/derive_log_templates.py`` from the shared reference's
2,418 extracted ``NRF_LOG_*`` calls of SDK 12.3 and 14.2-17.1 and the project's own 1,760 of SDK 11.0-14.1
in ``tools/reference/``) has one row per (module, level, format string) with the SDK versions that contain
it.  Regexes are derived here from the format strings following nrf_fprintf's rendering (nrf5-sdk.md §6.3:
``%x`` prints upper case, ``%p`` prints ``0x`` + 8 digits) but accept both hex cases, because SDK 11-13
used libc (or SEGGER's printf) and forum copies are not faithful.

A template's *meaning* (event kind and field names) is attached by matching the SDK's own format string
against ``NRF5_MEANINGS``, so the same signature covers every SDK version that printed that call.  The
generic machinery (``printf_regex``, ``Template``, ``TemplateIndex``) is shared with the MCUboot table.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from .dfu_codes import EXT_ERRORS, OPCODES, RESULTS, name_of

_CONV = re.compile(r"%([-+ 0#]*)(\d+|\*)?(?:\.(\d+|\*))?(hh|h|ll|l|z|j|t)?([diouxXcsp%])")
_C_ESCAPE = re.compile(r"\\(.)")
_C_ESCAPES = {"t": "\t", '"': '"', "'": "'", "\\": "\\", "?": "?", "0": ""}
#: C newline escapes split one log call into several physical lines (nrf5-sdk.md §6.1).
_NEWLINE = re.compile(r"(?:\\r)*\\n|\\r")

_ARG_RE = {
    "d": r"([ ]*[-+]?\d+)", "i": r"([ ]*[-+]?\d+)", "u": r"([ ]*\+?\d+)", "o": r"([ ]*[0-7]+)",
    "x": r"([ ]*[0-9A-Fa-f]+)", "X": r"([ ]*[0-9A-Fa-f]+)", "c": r"(.)", "s": r"(.*?)",
    "p": r"((?:0x)?[0-9A-Fa-f]+|\(nil\))",
}
#: The same conversions as programs for the C accelerator's matcher (``_nrflog_accel.c``: ``' '`` = ``[ ]*``,
#: ``s`` = ``[-+]?``, ``u`` = ``\+?``, ``D``/``H``/``O`` = one or more decimal/hex/octal digits, ``.`` = any
#: character, ``*`` = ``.*?``, ``P`` = the pointer alternation); a test checks them against ``_ARG_RE``.
_ARG_ATOMS = {"d": " sD", "i": " sD", "u": " uD", "o": " O", "x": " H", "X": " H", "c": ".", "s": "*", "p": "P"}


def _unescape(text: str) -> str:
    return _C_ESCAPE.sub(lambda m: _C_ESCAPES.get(m.group(1), m.group(1)), text)


def split_format(fmt: str) -> list[str]:
    """The physical lines a format string prints, C escapes resolved, empty leading and trailing parts
    dropped (SDK 11's ``"\\n*** ASSERTION FAILED ***\\n"`` prints a blank line first: nothing to read)."""
    if "\\" not in fmt:  # no C escape, no line end: most SDK 14+ formats (table load time)
        return [fmt.strip()]
    pieces = [p.strip() for p in _NEWLINE.split(fmt)]
    while pieces and not pieces[-1]:
        pieces.pop()
    start = 0
    while start < len(pieces) and not pieces[start]:
        start += 1
    return [_unescape(p) for p in pieces[start:]] or [""]


def printf_regex(piece: str) -> tuple[str, str, int]:
    """Regex source for one rendered line of a printf format, its conversions, and its literal length.

    Each conversion becomes one capture group; ``%%`` is a literal.  The literal length ranks
    candidates (a template with more fixed text is the more specific match).
    """
    if "%" not in piece:
        return re.escape(piece), "", len(piece)
    out: list[str] = []
    convs: list[str] = []
    pos = 0
    literal = 0
    for m in _CONV.finditer(piece):
        lit = piece[pos:m.start()]
        out.append(re.escape(lit))
        literal += len(lit)
        conv = m.group(5)
        if conv == "%":
            out.append("%")
            literal += 1
        else:
            out.append(_ARG_RE[conv])
            convs.append(conv)
        pos = m.end()
    lit = piece[pos:]
    out.append(re.escape(lit))
    literal += len(lit)
    return "".join(out), "".join(convs), literal


_BASES = {"d": 10, "i": 10, "u": 10, "x": 16, "X": 16, "p": 16, "o": 8}


def decode_args(convs: str, groups: Sequence[str]) -> list[Any]:
    """Argument values as the firmware passed them: integers for numeric conversions, text for %s."""
    try:  # fast: int() takes the padding spaces, signs and a 0x prefix by itself
        return [int(g, _BASES[c]) if c in _BASES else g for c, g in zip(convs, groups, strict=False)]
    except ValueError:  # "(nil)" pointers
        pass
    args: list[Any] = []
    for conv, g in zip(convs, groups, strict=False):
        if conv in "diu":
            args.append(int(g.strip()))
        elif conv in "xXp":
            g = g.strip()
            if g == "(nil)":
                args.append(0)
            else:
                args.append(int(g[2:] if g[:2] in ("0x", "0X") else g, 16))
        elif conv == "o":
            args.append(int(g.strip(), 8))
        else:
            args.append(g)
    return args


#: ``Template.piece`` of a multi-line format read as one line, its pieces joined by a space: a terminal or
#: forum that turned the format's ``\r\n`` into a space (``ERROR 3 [NRF_ERROR_INTERNAL] at main.c:120 PC
#: at: 0x00031A2B``).  Tried after every other template of its module, so no line that a single piece
#: reads changes meaning; the line gets the first piece's meaning (the event its first line would give).
JOINED = -1
#: The level of a format printed with none (SDK 11's logger and printf helpers have no levels): a line it
#: printed has no level either.
NO_LEVEL = "none"


@dataclass(slots=True)
class Template:
    """One log call of the firmware: its format string and what a line printed by it means."""

    fmt: str                      # the format string as written in the source (C escapes kept)
    modules: tuple[str, ...]      # log module name(s) it prints under
    level: str                    # error / warning / info / debug
    versions: tuple[str, ...]     # SDK versions / refs that contain it
    piece: int = 0                # which physical line of a multi-line format this is (JOINED: all)
    source: str = ""              # regex source of this line (``printf_regex``); "" for a hexdump
    convs: str = ""
    literal: int = 0
    prefix: str = ""              # literal text before the first conversion
    kind: str = "log.line"
    static: dict[str, Any] = field(default_factory=dict)
    arg_names: tuple[str | None, ...] = ()
    post: Callable[[dict[str, Any]], None] | None = None
    hexdump: bool = False
    bases: tuple[int | None, ...] = ()   # int() base per conversion (None: text)
    numeric: bool = True                 # every conversion is a number
    _regex: re.Pattern[str] | None = field(default=None, repr=False, compare=False)
    _program: bytes | None = field(default=None, repr=False, compare=False)

    @property
    def regex(self) -> re.Pattern[str] | None:
        """The line's own regex, compiled on first use: the index matches through its alternations, so
        compiling ~1,000 of these at start-up would cost more than a small log's whole parse."""
        if self._regex is None and not self.hexdump:
            self._regex = re.compile(self.source, re.DOTALL)
        return self._regex

    def program(self) -> bytes:
        """This line's regex as a program for the C matcher (``_nrflog_accel.c``): the same format string
        read the way ``printf_regex`` reads it -- literal runs (``L`` + length + ASCII text; ``F`` for text
        an ASCII message cannot hold), and per conversion ``(`` + group number, its ``_ARG_ATOMS``, ``)``."""
        if self._program is not None:
            return self._program
        piece = self.line_text()
        out = bytearray()

        def literal(text: str) -> None:
            if not text.isascii():
                out.extend(b"F")
                return
            raw = text.encode("ascii")
            for i in range(0, len(raw), 255):
                out.extend(b"L" + bytes([len(raw[i:i + 255])]) + raw[i:i + 255])

        pos, group = 0, 0
        for m in _CONV.finditer(piece):
            literal(piece[pos:m.start()])
            if m.group(5) == "%":
                literal("%")
            else:
                out.extend(b"(" + bytes([group]) + _ARG_ATOMS[m.group(5)].encode() + b")" + bytes([group]))
                group += 1
            pos = m.end()
        literal(piece[pos:])
        self._program = bytes(out)
        return self._program

    def line_text(self) -> str:
        """The printf text of the physical line this template reads (C escapes resolved): its piece of
        the format, or for a JOINED template every piece joined by a space."""
        pieces = split_format(self.fmt)
        return " ".join(pieces) if self.piece == JOINED else pieces[self.piece]

    def fields_for(self, args: list[Any]) -> dict[str, Any]:
        """Event fields for a line this template printed (meaning first, then raw arguments)."""
        fields: dict[str, Any] = dict(self.static)
        for name, value in zip(self.arg_names, args, strict=False):
            if name:
                fields[name] = value
        if self.post is not None:
            self.post(fields)
        return fields


@dataclass(slots=True)
class Meaning:
    """A signature: the format strings (regex over the SDK format) that mean one kind of event."""

    fmt_pattern: str
    kind: str
    static: dict[str, Any] = field(default_factory=dict)
    arg_names: tuple[str | None, ...] = ()
    post: Callable[[dict[str, Any]], None] | None = None


#: Where a project's own text may follow an SDK message it extended, and how much fixed text the SDK
#: message must have for the head to be taken for it (short formats like ``%s: %d`` never are).
_EXTENSION_CUT = re.compile(r", |: | \(| - |; |[.!] ")
EXTENDED_MIN_LITERAL = 12

#: Characters of a message that choose its candidate templates (the index's second level).
HEAD = 4


class TemplateIndex:
    """Finds the template that printed a message with one dict lookup and one regex call.

    Per module, the templates are ordered most specific first (longest fixed text; templates that
    begin with a conversion, like ``%s:%d``, come last).  A message's first ``HEAD`` characters can
    only be printed by the templates whose fixed prefix starts with them, or whose prefix is shorter
    than ``HEAD``; those candidates, in the same order, form one alternation regex, so the branch that
    matches first is the one the whole module's alternation would pick, at the cost of a few branches
    instead of hundreds.  Regexes are built lazily, at most one per (module, template prefix head).
    """

    def __init__(self, templates: Iterable[Template]) -> None:
        self.templates = list(templates)
        order = sorted(self.templates, key=lambda t: (t.piece == JOINED, not t.prefix, -t.literal, t.fmt, t.piece))
        self._by_module: dict[str | None, list[Template]] = {}
        self._continuations = [t for t in order if t.piece > 0 and not t.hexdump]
        for t in order:
            if t.piece > 0 or t.hexdump:
                continue
            for module in t.modules:
                self._by_module.setdefault(module, []).append(t)
            self._by_module.setdefault(None, []).append(t)
        self.modules = frozenset(m for t in self.templates for m in t.modules)
        # module -> {prefix head: candidates}; a head no prefix starts with gets the short-prefix ones
        self._heads: dict[str | None, dict[str, list[Template]]] = {}
        self._no_templates: list[Template] = []
        self._compiled: dict[tuple[str | None, str | None], tuple[re.Pattern[str] | None, dict]] = {}

    def candidates(self, module: str | None, head: str | None) -> list[Template]:
        """The templates of ``module`` that may have printed a message starting with ``head`` (its first
        ``HEAD`` characters), in the order ``match`` tries them; the same list object for the same candidates."""
        heads = self._heads.get(module)
        if heads is None:
            if module not in self._by_module:
                return self._no_templates
            templates = self._by_module[module]
            heads = self._heads[module] = {}
            # one pass: each head's templates and the short-prefix ones, merged in the module's order (a
            # comprehension per head was quadratic: ~20 ms for the all-modules list of the whole table)
            short, by_head = [], {}
            for k, t in enumerate(templates):
                if len(t.prefix) < HEAD:
                    short.append(k)
                else:
                    by_head.setdefault(t.prefix[:HEAD], []).append(k)
            for h, ks in by_head.items():
                heads[h] = [templates[k] for k in heapq.merge(short, ks)]
            heads[None] = [templates[k] for k in short]  # type: ignore[index]
        got = heads.get(head)  # type: ignore[arg-type]
        return got if got is not None else heads[None]  # type: ignore[index]

    def _candidates(self, module: str | None, head: str) -> tuple[re.Pattern[str] | None, dict]:
        cands = self.candidates(module, head)
        key = (module, head if head in self._heads[module] else None)
        got = self._compiled.get(key)
        if got is None:
            branches, slots, group = [], {}, 1
            for t in cands:
                branches.append(f"({t.source})")
                slots[group] = (t, tuple(range(group + 1, group + 1 + len(t.convs))))
                group += 1 + len(t.convs)
            got = self._compiled[key] = (re.compile("|".join(branches), re.DOTALL) if branches else None, slots)
        return got

    def match(self, module: str | None, msg: str) -> tuple[Template, list[Any]] | None:
        """The template of ``module`` (any module when None or empty) that printed ``msg``."""
        if module == "":
            module = None
        if module not in self._by_module:
            return None
        rx, slots = self._compiled.get((module, msg[:HEAD])) or self._candidates(module, msg[:HEAD])
        if rx is None:
            return None
        m = rx.fullmatch(msg)
        if m is None:
            return None
        t, groups = slots[m.lastindex]  # type: ignore[index]
        if not groups:
            return t, []
        values = m.group(*groups) if len(groups) > 1 else (m.group(groups[0]),)
        try:
            if t.numeric:
                return t, list(map(int, values, t.bases))
            return t, [v if b is None else int(v, b) for v, b in zip(values, t.bases, strict=True)]
        except ValueError:  # "(nil)" pointers
            return t, decode_args(t.convs, values)

    def match_extended(self, module: str | None, msg: str) -> tuple[Template, list[Any], str] | None:
        """The template a project extended: its message printed in full, then more of the project's own
        (``BL FW version too low, 01 <= 01``; ``Prevalidate failed! err 0x8``).  The message is cut at a
        separator (``, ``, ``: ``, `` (``, `` - ``, ``; ``, ``! ``) and the longest head that a template
        with at least ``EXTENDED_MIN_LITERAL`` characters of fixed text prints in full wins; the tail is
        returned so the event keeps it.  Only for messages no template prints whole."""
        for m in reversed(list(_EXTENSION_CUT.finditer(msg))):
            head = msg[:m.start() + (1 if m.group(0)[0] in ".!" else 0)]
            if len(head) < EXTENDED_MIN_LITERAL:
                break
            # "Init command larger than expected." extended as "..., 01 <= 01" lost its final dot
            hit = self.match(module, head) or (self.match(module, head + ".") if head[-1] not in ".!" else None)
            if hit is not None and hit[0].literal >= EXTENDED_MIN_LITERAL and hit[0].prefix:
                return hit[0], hit[1], msg[m.start():].lstrip(".!,:;- (").strip()
        return None

    def match_continuation(self, msg: str) -> tuple[Template, list[Any]] | None:
        """A second (unprefixed) physical line of a multi-line format (``PC at: 0x%08x``)."""
        for t in self._continuations:
            m = t.regex.fullmatch(msg)  # type: ignore[union-attr]
            if m is not None:
                return t, decode_args(t.convs, m.groups())
        return None


_REGEX_META = frozenset(".^$*+?{}[]|()\\")
_QUANTIFIERS = frozenset("*?{")


def literal_head(pattern: str) -> str:
    """The text every string a ``^``-anchored pattern matches must start with ("" if none or unsure).

    Lets ``build_templates`` skip, per format string, the meanings that cannot match it: testing 120
    patterns against each of ~1,000 formats was a fifth of the table's start-up cost.
    """
    if not pattern.startswith("^") or _top_level_bar(pattern):
        return ""
    out: list[str] = []
    i = 1
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern) and not pattern[i + 1].isalnum():
            out.append(pattern[i + 1])
            i += 2
            continue
        if c in _REGEX_META:
            if c in _QUANTIFIERS and out:  # `x?`, `x*`, `x{0,}`: the character before may be absent
                out.pop()
            break
        out.append(c)
        i += 1
    return "".join(out)


def _top_level_bar(pattern: str) -> bool:
    """Whether ``pattern`` has an alternation outside any group (``^a|b`` does not anchor ``b``)."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":  # `[]...]`: a leading `]` is a member
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters every string a ``^``-anchored pattern matches may start with (None: any, or unsure).

    For the patterns ``literal_head`` gives nothing for: a leading group of alternatives (``^(?:Prevalidation
    failed\\.|Prevalidate failed!)``), an optional word (``^(?:BL )?FW version``), a class (``^[Rr]eceived``).
    """
    if not pattern.startswith("^") or _top_level_bar(pattern):
        return None
    return _starts(pattern[1:])


def _starts(rest: str) -> frozenset[str] | None:
    if not rest:
        return None
    c = rest[0]
    if c == "\\":
        if len(rest) < 2 or rest[1].isalnum():
            return None
        chars, after = {rest[1]}, rest[2:]
    elif c == "[":
        end = rest.find("]", 2)
        body = rest[1:end]
        if end < 0 or body.startswith("^") or "-" in body or "\\" in body:
            return None
        chars, after = set(body), rest[end + 1:]
    elif c == "(":
        end = _group_end(rest)
        if not rest.startswith("(?:") or end < 0:
            return None
        chars = set()
        for alternative in _alternatives(rest[3:end]):
            got = _starts(alternative)
            if got is None:
                return None
            chars |= got
        after = rest[end + 1:]
    elif c in _REGEX_META:
        return None
    else:
        chars, after = {c}, rest[1:]
    if after[:1] in ("?", "*") or after.startswith("{0"):  # the atom may be absent: what follows may start it
        more = _starts(after[after.index("}") + 1:] if after[0] == "{" else after[1:].lstrip("?+"))
        if more is None:
            return None
        chars |= more
    return frozenset(chars)


def _group_end(pattern: str) -> int:
    """The index of the ``)`` closing the group that opens ``pattern`` (-1 if none)."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _alternatives(body: str) -> list[str]:
    """``body`` (a group's inside) cut at its top-level ``|``."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(body):
        c = body[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(body[start:i])
            start = i + 1
        i += 1
    out.append(body[start:])
    return out


def _meanings_by_first_char(meanings: Sequence[Meaning]) -> dict[str, list[tuple[str, Meaning]]]:
    """First character of a format -> (literal head, meaning) of the meanings that may match it, in their
    order ("" -> those that may match a format starting with any character; every list holds those too, at
    their own places).  A meaning with no literal head but a known set of first characters (``first_chars``)
    is in those characters' lists only: testing every such pattern on every format string was most of the
    table's load time once the older SDKs' wordings were added."""
    keyed = []
    for m in meanings:
        head = literal_head(m.fmt_pattern)
        keyed.append((head, m, frozenset(head[0]) if head else first_chars(m.fmt_pattern)))
    firsts = {c for _h, _m, chars in keyed if chars for c in chars}
    return {c: [(head, m) for head, m, chars in keyed if chars is None or c in chars] for c in sorted(firsts | {""})}


def build_templates(rows: Iterable[tuple[tuple[str, ...], str, tuple[str, ...], str]],
                    meanings: Sequence[Meaning]) -> list[Template]:
    """Templates for (modules, level, versions, format) rows, one per physical line of each format."""
    by_first = _meanings_by_first_char(meanings)
    anywhere = by_first[""]
    compiled: dict[int, re.Pattern[str]] = {}  # a meaning's regex, compiled when a format has its head
    out: list[Template] = []
    for modules, level, versions, fmt in rows:
        meaning, named = None, {}
        for head, m in by_first.get(fmt[:1], anywhere):
            if not fmt.startswith(head):
                continue
            rx = compiled.get(id(m))
            if rx is None:
                rx = compiled[id(m)] = re.compile(m.fmt_pattern)
            found = rx.search(fmt)
            if found is not None:  # named groups of the pattern become fixed fields of the template
                meaning, named = m, {k: v for k, v in found.groupdict().items() if v is not None}
                break
        if fmt == "<hexdump>":
            out.append(Template(fmt, modules, level, versions, hexdump=True, kind="log.hexdump"))
            continue
        pieces = split_format(fmt)
        lines = list(enumerate(pieces))
        if len(pieces) > 1:
            lines.append((JOINED, " ".join(pieces)))
        for i, piece in lines:
            src, convs, literal = printf_regex(piece)
            first = _CONV.search(piece)
            prefix = piece[: first.start()] if first else piece
            t = Template(fmt, modules, level, versions, piece=i, source=src,
                         convs=convs, literal=literal, prefix=prefix,
                         bases=tuple(_BASES.get(c) for c in convs), numeric=all(c in _BASES for c in convs))
            if meaning is not None and i <= 0:  # the first line, or all of them on one
                t.kind, t.static, t.arg_names, t.post = (meaning.kind, {**meaning.static, **named},
                                                         meaning.arg_names, meaning.post)
            out.append(t)
    return out


# ---------------------------------------------------------------------------------------------------
# What nRF5 lines mean (nrf5-sdk.md §3.3, §5, §7, §8).  Patterns match the SDK *format string*.

#: ``nrf_error.h`` global error codes (nrf5-sdk.md §7.3), for fault prints that carry an error code.
NRF_ERRORS: dict[int, str] = {
    0: "NRF_SUCCESS", 1: "NRF_ERROR_SVC_HANDLER_MISSING", 2: "NRF_ERROR_SOFTDEVICE_NOT_ENABLED",
    3: "NRF_ERROR_INTERNAL", 4: "NRF_ERROR_NO_MEM", 5: "NRF_ERROR_NOT_FOUND", 6: "NRF_ERROR_NOT_SUPPORTED",
    7: "NRF_ERROR_INVALID_PARAM", 8: "NRF_ERROR_INVALID_STATE", 9: "NRF_ERROR_INVALID_LENGTH",
    10: "NRF_ERROR_INVALID_FLAGS", 11: "NRF_ERROR_INVALID_DATA", 12: "NRF_ERROR_DATA_SIZE",
    13: "NRF_ERROR_TIMEOUT", 14: "NRF_ERROR_NULL", 15: "NRF_ERROR_FORBIDDEN", 16: "NRF_ERROR_INVALID_ADDR",
    17: "NRF_ERROR_BUSY", 18: "NRF_ERROR_CONN_COUNT", 19: "NRF_ERROR_RESOURCES",
}
#: Fault ids of ``app_error_fault_handler`` (``nrf_sdm.h``, ``app_error.h``; nrf5-sdk.md §7.3).
FAULT_IDS: dict[int, str] = {0x1: "SD_ASSERT", 0x1001: "APP_MEMACC", 0x4001: "SDK_ERROR", 0x4002: "SDK_ASSERT"}
_FAULT_TYPE_OF_ID = {"SD_ASSERT": "sd_assert", "APP_MEMACC": "sd_assert", "SDK_ERROR": "sdk_error",
                     "SDK_ASSERT": "sdk_assert"}

#: "Handle NRF_DFU_OP_OBJECT_SELECT" -> the wire opcode name of dfu_codes.OPCODES.
_OP_ALIASES = {"OBJECT_SELECT": "SELECT", "OBJECT_CREATE": "CREATE", "OBJECT_WRITE": "WRITE",
               "OBJECT_EXECUTE": "EXECUTE"}


def _post_fault(fields: dict[str, Any]) -> None:
    fid = fields.get("id")
    if isinstance(fid, int):
        fields["id_name"] = FAULT_IDS.get(fid, f"UNKNOWN_0x{fid:X}")
        if fields.get("fault_type") == "bootloader_fault" and fields["id_name"] in _FAULT_TYPE_OF_ID:
            fields["fault_kind"] = _FAULT_TYPE_OF_ID[fields["id_name"]]
    _post_error_code(fields)


def _post_fault_print(fields: dict[str, Any]) -> None:
    """SDK 11 ``app_error_print``: the fault's type follows from its id."""
    _post_fault(fields)
    kind = _FAULT_TYPE_OF_ID.get(fields.get("id_name", ""))
    if kind:
        fields["fault_type"] = kind


def _post_error_code(fields: dict[str, Any]) -> None:
    code = fields.get("error_code")
    if isinstance(code, int) and "error_name" not in fields:
        fields["error_name"] = NRF_ERRORS.get(code, f"0x{code:X}")


def _post_flash_op(fields: dict[str, Any]) -> None:
    op = str(fields.get("op", "")).lower()
    fields["op"] = "erase" if "erase" in op else "write" if "write" in op else op


def _op_from_handle(fmt_op: str, object_type: str | None = None) -> dict[str, Any]:
    op = _OP_ALIASES.get(fmt_op, fmt_op)
    out: dict[str, Any] = {"op": op}
    if object_type:
        out["object_type"] = object_type
    return out


def _post_response(fields: dict[str, Any]) -> None:
    for key, table in (("op", OPCODES), ("result", RESULTS)):
        if isinstance(fields.get(key), int):
            fields[key + "_code"] = fields[key]
            fields[key] = name_of(table, fields[key])


#: The end of a check's message in every SDK's wording: "SD req not met." (15+), "SD req not met\r\n"
#: (SDK 13), "SD req not met" (SDK 14).
_END = r"(?:\.|\\r\\n|$)"


def _validation(check: str, ext: str | None = None, ok: bool = False, result: str | None = None) -> dict:
    out: dict[str, Any] = {"check": check, "ok": ok}
    if ext:
        assert ext in EXT_ERRORS.values(), ext
        out["ext_error"] = ext
    if result:
        out["result"] = result
    return out


def _handle_meanings() -> list[Meaning]:
    out = []
    for op in ("PROTOCOL_VERSION", "HARDWARE_VERSION", "FIRMWARE_VERSION", "PING", "MTU_GET",
               "RECEIPT_NOTIF_SET", "ABORT", "CRC_GET", "OBJECT_SELECT", "OBJECT_CREATE", "OBJECT_WRITE",
               "OBJECT_EXECUTE"):
        for obj, name in (("command", "COMMAND"), ("data", "DATA")):
            out.append(Meaning(rf"^Handle NRF_DFU_OP_{op} \({obj}\)$", "dfu.request", _op_from_handle(op, name)))
        out.append(Meaning(rf"^Handle NRF_DFU_OP_{op}$", "dfu.request", _op_from_handle(op)))
    return out


NRF5_MEANINGS: list[Meaning] = [
    # boot flow (§8)
    Meaning(r"^Inside main", "boot.start", {"stage": "bootloader"}),
    Meaning(r"^DFU mode because app is not valid", "boot.dfu_enter", {"reason": "app_invalid"}),
    Meaning(r"^DFU mode requested via button", "boot.dfu_enter", {"reason": "button"}),
    Meaning(r"^DFU mode requested via pin-reset", "boot.dfu_enter", {"reason": "pin_reset"}),
    Meaning(r"^DFU mode requested via GPREGRET", "boot.dfu_enter", {"reason": "gpregret"}),
    Meaning(r"^DFU mode requested via bootloader settings", "boot.dfu_enter", {"reason": "settings"}),
    Meaning(r"^Obtained settings, enter dfu is", "boot.dfu_enter", {"reason": "settings"}, ("enter_dfu",)),
    # SDK 12/13 nrf_dfu.c: nrf_dfu_enter_check() said yes (button, GPREGRET or the buttonless flag: which
    # one is not logged)
    Meaning(r"^Application sent bootloader request", "boot.dfu_enter", {"reason": "unknown"}),
    Meaning(r"^Entering DFU mode", "dfu.start", {"side": "device"}),
    Meaning(r"^No firmware to activate", "boot.activation", {"result": "none"}),
    # SDK 12-14 nrf_dfu_utils.c nrf_dfu_continue(): bank code INVALID, i.e. no update waits to be copied
    Meaning(r"^Single: Invalid bank", "boot.activation", {"result": "none"}),
    # SDK 12-17 copy/compare steps of an activation (14.x and older print no "Activation failed" after them)
    Meaning(r"^(?:Failed to copy SD|Failed to Compare SD|SD update continuation failed|SD\+BL: (?:SD|BL) copy "
            r"failed|Request to copy BL failed|CRC computation failed for copied app)", "boot.activation",
            {"result": "error"}),
    Meaning(r"^Activation failed with error %d \(bank code: 0x%x\)", "boot.activation", {"result": "error"},
            ("error_code", "bank_code")),
    Meaning(r"^(?:Single: )?Valid (?:App|SD|BL|SD \+ BL)(?:\\r\\n)?$", "boot.activation", {"result": "started"}),
    Meaning(r"^No bootloader copy needed, bootloader update complete", "boot.activation", {"result": "success"}),
    Meaning(r"^Boot validation failed\. No valid app to boot", "boot.validation",
            {"ok": False, "reason": "no_valid_app"}),
    Meaning(r"^No valid app to boot", "boot.validation", {"ok": False, "reason": "no_valid_app"}),
    Meaning(r"^Boot validation failed\. The boot validation of the app must be a signature check",
            "boot.validation", {"ok": False, "reason": "signature_required"}),
    Meaning(r"^Boot validation failed\. SoftDevice is present but invalid", "boot.validation",
            {"ok": False, "reason": "softdevice_invalid"}),
    Meaning(r"^Boot validation failed\. App is invalid", "boot.validation", {"ok": False, "reason": "app_invalid"}),
    Meaning(r"^CRC check of app failed\. Return %d", "boot.validation", {"ok": False, "reason": "crc"},
            ("return_code",)),
    Meaning(r"^Return false in (?:valid app check|CRC)", "boot.validation", {"ok": False, "reason": "app_invalid"}),
    Meaning(r"^(?:App is valid|Return true\. App was valid)", "boot.validation", {"ok": True, "reason": "valid"}),
    Meaning(r"^Running nrf_bootloader_app_start with address: 0x%08x", "boot.app_start", {}, ("address",)),
    Meaning(r"^Jumping to: 0x%08x", "boot.app_start", {}, ("address",)),  # SDK 13 nrf_dfu.c
    Meaning(r"^(?:Inactivity timeout\.|DFU reset due to inactivity timeout\.)", "boot.timeout"),
    # settings page (§1.7)
    Meaning(r"^Restoring settings from backup", "settings.state", {"action": "restored_from_backup"}),
    Meaning(r"^Resetting bootloader settings since neither", "settings.state", {"action": "reset_both_invalid"}),
    Meaning(r"^(?:Resetting bootloader settings\.|!+ Resetting bootloader settings)", "settings.state",
            {"action": "reset"}),
    Meaning(r"^Using settings page\.", "settings.state", {"action": "using_page"}),
    Meaning(r"^Backing up settings page to address 0x%x", "settings.state", {"action": "backup_written"},
            ("address",)),
    Meaning(r"^Old settings page detected\. Upgrading info", "settings.state", {"action": "upgraded_v1"}),
    # DFU requests and responses (§3)
    *_handle_meanings(),
    Meaning(r"^Received create object", "dfu.request", {"op": "CREATE"}),
    Meaning(r"^Received execute object", "dfu.request", {"op": "EXECUTE"}),
    Meaning(r"^Received calculate CRC", "dfu.request", {"op": "CRC_GET"}),
    Meaning(r"^Received select object", "dfu.request", {"op": "SELECT"}),
    Meaning(r"^Set receipt notif(?:\\r\\n)?$", "dfu.request", {"op": "RECEIPT_NOTIF_SET"}),
    Meaning(r"^Received get serial mtu", "dfu.request", {"op": "MTU_GET"}),  # SDK 13-14 nrf_serial_dfu.c
    # SDK 12-14 dfu_req_handling.c: the request handler names the object a request is for (what 15+ logs
    # as "Handle NRF_DFU_OP_... (command|data)"); data writes are not logged
    Meaning(r"^Before OP create command", "dfu.request", _op_from_handle("CREATE", "COMMAND")),
    Meaning(r"^Before OP write command", "dfu.request", _op_from_handle("WRITE", "COMMAND")),
    Meaning(r"^Before OP execute command", "dfu.request", _op_from_handle("EXECUTE", "COMMAND")),
    Meaning(r"^Valid Command CRC", "dfu.request", _op_from_handle("CRC_GET", "COMMAND")),
    Meaning(r"^Valid Command: NRF_DFU_OBJECT_OP_SELECT", "dfu.request", _op_from_handle("SELECT", "COMMAND")),
    Meaning(r"^Before OP create(?:\\r\\n)?$", "dfu.request", _op_from_handle("CREATE", "DATA")),
    Meaning(r"^Before OP crc", "dfu.request", _op_from_handle("CRC_GET", "DATA")),
    Meaning(r"^Before OP execute(?:\\r\\n)?$", "dfu.request", _op_from_handle("EXECUTE", "DATA")),
    Meaning(r"^Valid Data Read info", "dfu.request", _op_from_handle("SELECT", "DATA")),
    Meaning(r"^Request handling complete\. Result: 0x%x", "dfu.response",
            {"side": "device", "layer": "req_handler"}, ("result",), _post_response),
    Meaning(r"^DFU request completed with result: 0x%x", "dfu.response",
            {"side": "device", "layer": "transport"}, ("result",), _post_response),
    Meaning(r"^DFU request %d failed with error: 0x%x", "dfu.response",
            {"side": "device", "layer": "transport"}, ("op", "result"), _post_response),
    Meaning(r"^Sending Response: \[0x%01x, 0x%01x\]", "dfu.response",
            {"side": "device", "layer": "transport_tx"}, ("op", "result"), _post_response),
    Meaning(r"^Operation %d had result %d", "dfu.response", {"side": "device", "layer": "transport"},
            ("op", "result"), _post_response),
    # SDK 12-14 BLE transport: the success responses that carry a payload are logged with it, not as
    # "Sending Response"
    Meaning(r"^Sending CRC: \[0x60, 0x03, 0x01, 0:x%08x, CRC:0x%08x\]", "dfu.response",
            {"side": "device", "layer": "transport_tx", "op": 0x03, "result": 0x01}, ("offset", "crc"),
            _post_response),
    Meaning(r"^Sending Object Info: \[0x60, 0x06, 0x01 max: 0:x%08x 0:x%08x, CRC:0x%08x\]", "dfu.response",
            {"side": "device", "layer": "transport_tx", "op": 0x06, "result": 0x01}, ("max_size", "offset", "crc"),
            _post_response),
    # validation (§3.3 inference table).  SDK 13/14 dfu_req_handling.c prints the same checks without the
    # final dot (and "BL FW version too low" for a bootloader); SDK 12 prints almost none of them (every
    # prevalidation failure is OPERATION_FAILED there, and ext_error is never inferred for it).  The ext
    # codes below are the ones SDK 13.0+ returns for that check.
    Meaning(r"^Invalid firmware type\.", "dfu.validation", _validation("fw_type", "INIT_COMMAND_INVALID")),
    Meaning(r"^Unknown FW update type", "dfu.validation", _validation("fw_type", "INIT_COMMAND_INVALID")),
    Meaning(r"^No HW version" + _END, "dfu.validation", _validation("hw_version", "INIT_COMMAND_INVALID")),
    Meaning(r"^FW version missing\.", "dfu.validation", _validation("fw_version", "INIT_COMMAND_INVALID")),
    Meaning(r"^Invalid hash type\.", "dfu.validation", _validation("hash_type", "WRONG_HASH_TYPE")),
    Meaning(r"^Faulty HW version" + _END, "dfu.validation", _validation("hw_version", "HW_VERSION_FAILURE")),
    Meaning(r"^SD req not met" + _END, "dfu.validation", _validation("sd_req", "SD_VERSION_FAILURE")),
    Meaning(r"^(?:BL )?FW version too low" + _END, "dfu.validation", _validation("fw_version", "FW_VERSION_FAILURE")),
    Meaning(r"^No signature found\.", "dfu.validation", _validation("signature_missing", "SIGNATURE_MISSING")),
    Meaning(r"^Invalid signature type", "dfu.validation", _validation("signature_type", "WRONG_SIGNATURE_TYPE")),
    Meaning(r"^Signature failed \(err_code: 0x%x\)", "dfu.validation",
            _validation("signature", result="INVALID_OBJECT"), ("error_code",)),
    Meaning(r"^Signature failed" + _END, "dfu.validation", _validation("signature", result="INVALID_OBJECT")),
    Meaning(r"^Init packet does not contain valid firmware size", "dfu.validation",
            _validation("fw_size", "INIT_COMMAND_INVALID")),
    Meaning(r"^(?:No app image size|No bl image size|No SD image size|NO BL/SD size)", "dfu.validation",
            _validation("fw_size", "INIT_COMMAND_INVALID")),
    Meaning(r"^(?:BL\+SD size 0|No FW size)", "dfu.validation", _validation("fw_size", result="INVALID_PARAMETER")),
    Meaning(r"^BL size \(%d\) over limit \(%d\)", "dfu.validation",
            _validation("space", result="INSUFFICIENT_RESOURCES"), ("size", "limit")),
    Meaning(r"^BL too large", "dfu.validation", _validation("space", result="INSUFFICIENT_RESOURCES")),
    Meaning(r"^Can't find room for update", "dfu.validation", _validation("space", result="INSUFFICIENT_RESOURCES")),
    Meaning(r"^Hash verification failed\.", "dfu.validation", _validation("hash", "VERIFICATION_FAILED")),
    Meaning(r"^Hash failure", "dfu.validation", _validation("hash", "VERIFICATION_FAILED")),  # SDK 12-14
    Meaning(r"^Could not run hash verification", "dfu.validation", _validation("hash", result="OPERATION_FAILED"),
            ("error_code",)),
    Meaning(r"^Failed to decode init packet", "dfu.validation", _validation("init_decode", result="INVALID_OBJECT")),
    Meaning(r"^Handler: Invalid (?:init command|protocol buffer)", "dfu.validation",
            _validation("init_decode", result="INVALID_OBJECT")),
    Meaning(r"^Decoded command but it has no content", "dfu.validation",
            _validation("init_decode", result="INVALID_OBJECT")),
    Meaning(r"^(?:Error\. )?Init command larger than expected", "dfu.validation",
            _validation("init_decode", result="INVALID_PARAMETER")),
    # SDK 13/14 postvalidation of a SoftDevice-only update whose major version differs from the present one
    Meaning(r"^(?:Miss-matched SD major version numbers\. |SD major version numbers mismatch\. )Update invalid\.",
            "dfu.validation", _validation("sd_major", result="INVALID_OBJECT"), ("sd_major", "new_sd_major")),
    Meaning(r"^(?:Prevalidation failed\.|Prevalidate (?:failed|FAILED)!)", "dfu.validation",
            _validation("prevalidation")),
    Meaning(r"^(?:Prevalidate OK\.|DFU prevalidate SUCCESSFUL!)", "dfu.validation",
            _validation("prevalidation", ok=True)),
    Meaning(r"^(?:Postvalidation successful\.|Successfully (?:ran|run) the postvalidation check!)", "dfu.validation",
            _validation("postvalidation", ok=True)),
    # objects
    Meaning(r"^Creating object with size: %d\. Offset: 0x%08x, CRC: 0x%08x", "dfu.object",
            {"object_type": "DATA", "action": "create"}, ("size", "offset", "crc")),
    Meaning(r"^crc = 0x%x, offset = 0x%x, max_size = 0x%x", "dfu.object", {"action": "select"},
            ("crc", "offset", "max_size")),
    Meaning(r"^Writing valid init command to flash\.", "dfu.object", {"object_type": "COMMAND", "action": "execute"}),
    Meaning(r"^Whole firmware image received\. Postvalidating\.", "dfu.object",
            {"object_type": "DATA", "action": "execute", "last": True}),
    Meaning(r"^All flash operations have completed\. DFU completed\.", "dfu.complete", {"side": "device"}),
    # transports
    Meaning(r"^(?:Failed to allocate buffer|cannot allocate memory buffer|Unable to allocate buffer)",
            "transport.error", {"name": "buffer_exhausted"}),
    Meaning(r"^Could not read from CDC\. Error: 0x%x", "transport.error", {"name": "usb_cdc_read"}, ("code",)),
    # SDK 12-14 BLE transport: an opcode the secure DFU service does not know (a legacy DFU host, typically)
    Meaning(r"^Received unsupported OP code", "transport.error", {"name": "unsupported_opcode"}),
    Meaning(r"^(?:Failed to send data over serial interface|Failed to slip encode response|Failed send response)",
            "transport.error", {"name": "send_failed"}),
    Meaning(r"^Sending response failed with error %d", "transport.error", {"name": "send_failed"}, ("code",)),
    Meaning(r"^Could not handle on_ctrl_pt_write\. err_code: 0x%04x", "transport.error",
            {"name": "control_point_write"}, ("code",)),
    # flash (fstorage)
    Meaning(r"^Flash %s failed \(0x%x\)", "flash.error", {}, ("op", "code", "address", "length", "pending"),
            _post_flash_op),
    Meaning(r"^nrf_fstorage_write\(\) failed with error 0x%x", "flash.error", {"op": "write"}, ("code",)),
    Meaning(r"^nrf_fstorage_erase\(\) failed with error 0x%x", "flash.error", {"op": "erase"}, ("code",)),
    Meaning(r"^(?:Erase operation failed|Could not erase the settings page|Erasing from flash memory failed)",
            "flash.error", {"op": "erase"}),
    Meaning(r"^Erase failed: %d", "flash.error", {"op": "erase"}, ("code",)),
    Meaning(r"^(?:Could not write the DFU settings page|Storing to flash memory failed)", "flash.error",
            {"op": "write"}),
    Meaning(r"^Flash: failed %d", "flash.error", {"op": "write"}, ("code",)),
    # SDK 12/13 nrf_dfu_flash.c, nrf_dfu_settings.c, nrf_dfu_utils.c, dfu_req_handling.c
    Meaning(r"^(?:Flash: Invall?id length \(NVMC\)|Flash: Failure since last|Failed to write bootloader settings|"
            r"Could not queue writing of DFU Settings)", "flash.error", {"op": "write"}),
    Meaning(r"^(?:Erase: Failure since last|Failed to erase bootloader settings)", "flash.error", {"op": "erase"}),
    Meaning(r"^App update: Failure erasing page at addr: 0x%08x", "flash.error", {"op": "erase"}, ("address",)),
    Meaning(r"^!!! Failed storing %d B at address: 0x%08x", "flash.error", {"op": "write"}, ("length", "address")),
    # faults (§7)
    Meaning(r"^[Rr]eceived a fault! id: 0x%08x, pc: 0x%08x, info: 0x%08x", "fault",
            {"fault_type": "bootloader_fault"}, ("id", "pc", "info"), _post_fault),
    Meaning(r"^[Rr]eceived a fault! id: 0x%08x, pc: 0x&08x", "fault", {"fault_type": "bootloader_fault"},
            ("id",), _post_fault),
    Meaning(r"^[Rr]eceived an error: 0x%08x!", "fault", {"fault_type": "bootloader_fault"}, ("error_code",),
            _post_error_code),
    Meaning(r"^HARD FAULT at 0x%08X", "fault", {"fault_type": "hardfault"}, ("pc",)),
    Meaning(r"^Hardfault PC:%x", "fault", {"fault_type": "hardfault"}, ("pc",)),
    Meaning(r"^SOFTDEVICE: ASSERTION FAILED", "fault", {"fault_type": "sd_assert", "id_name": "SD_ASSERT"}),
    Meaning(r"^SOFTDEVICE: INVALID MEMORY ACCESS", "fault", {"fault_type": "sd_assert", "id_name": "APP_MEMACC"}),
    Meaning(r"^ASSERTION FAILED at %s:%u", "fault", {"fault_type": "sdk_assert"}, ("file", "file_line")),
    Meaning(r"^ERROR %u \[%s\] at %s:%u", "fault", {"fault_type": "sdk_error"},
            ("error_code", "error_name", "file", "file_line"), _post_error_code),
    Meaning(r"^UNKNOWN FAULT at 0x%08X", "fault", {"fault_type": "app_error"}, ("pc",)),
    Meaning(r"^Fatal(?: error)?(?:\\r\\n)?$", "fault", {"fault_type": "app_error"}),
    Meaning(r"^app_error_handler err_code:%d %s:%d", "fault", {"fault_type": "sdk_error"},
            ("error_code", "file", "file_line"), _post_error_code),
    Meaning(r"^%s:%d$", "fault", {"fault_type": "sdk_error"}, ("file", "file_line")),
    # SDK 11 app_error.h print helpers (no prefix, no level; the lines after these carry file, line and code)
    Meaning(r"^(?:\\n)?\*\*\* ASSERTION FAILED \*\*\*", "fault", {"fault_type": "sdk_assert"}),
    Meaning(r"^(?:\\n)?\*\*\* APPLICATION ERROR \*\*\*", "fault", {"fault_type": "sdk_error"}),
    Meaning(r"^Fault identifier:  0x%X", "fault", {"fault_type": "app_error"}, ("id",), _post_fault_print),
]


@cache
def nrf5_index() -> TemplateIndex:
    """All nRF5 SDK templates (every version), loaded once."""
    text = resources.files("dfuforensics.nrf5").joinpath("log_templates.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines()[2:]:
        module, level, versions, fmt = line.split("\t", 3)
        rows.append(((module,), level, tuple(versions.split(",")), fmt))
    return TemplateIndex(build_templates(rows, NRF5_MEANINGS))


def versions_of(module: str, fmt: str) -> tuple[str, ...]:
    """SDK versions that contain this log call (for version fingerprinting by analyses)."""
    for t in nrf5_index().templates:
        if t.fmt == fmt and module in t.modules:
            return t.versions
    return ()
