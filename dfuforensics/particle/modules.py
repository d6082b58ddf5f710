"""Particle module tables: the records, and reading them from every form Device OS and its tools print.

One table = one moment's list of modules on a device, from a describe message, a
``spark/status/safe-mode`` event or ``particle serial inspect``.  Describe JSON comes in several
historical shapes (≤0.6.x: ``"_":""`` in dependency objects and empty slots without ``f/n/v``;
≥0.7.0: two dependencies; Gen3 ≥3.1.0: the user part moves from index 1 to 2), and users paste it as
the Particle console shows it: pretty-printed, commas gone, array items prefixed ``0:``.  All of them
must read, and a truncated paste must give what it has plus a warning (reference §A1, §A7).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from ..model import NOT_PRESENT, Absent
from . import codes


@dataclass(frozen=True, slots=True)
class ParticleDependency:
    """One ``d[]`` entry: the module (function code, index) must be installed at ``version`` or newer."""

    function: str
    index: int | Absent
    version: int | Absent


@dataclass(slots=True)
class ParticleModule:
    """One ``m[]`` entry.  ``function`` is the JSON code (``b``, ``s``, ``u``...); empty slots have ``""``."""

    function: str
    index: int | Absent
    version: int | Absent
    location: str  # JSON code: m, f, b, t, _
    max_size: int | Absent
    checked: int | Absent  # vc
    passed: int | Absent  # vv
    uuid: str | Absent = NOT_PRESENT
    platform_id: int | Absent = NOT_PRESENT
    dependencies: list[ParticleDependency] = field(default_factory=list)
    line: int | None = None

    @property
    def failed(self) -> int | Absent:
        """Bits of checks that ran and did not pass (``vc & ~vv``, core_hal.c's validity rule)."""
        if isinstance(self.checked, Absent) or isinstance(self.passed, Absent):
            return NOT_PRESENT
        return self.checked & ~self.passed

    @property
    def empty(self) -> bool:
        return self.function == ""

    def label(self) -> str:
        """How the CLI names a module ("System module #1"), for reports and findings."""
        if self.empty:
            return f"empty {codes.LOCATIONS.get(self.location, self.location)} slot"
        idx = "" if isinstance(self.index, Absent) else f" #{self.index}"
        return f"{codes.display_name(self.function)} module{idx}"


@dataclass(slots=True)
class ModuleTable:
    """A device's module list at one moment, with where it was read."""

    source: str
    line: int | None
    origin: str  # "describe", "safe-mode-event", "serial-inspect", "ota-result"
    platform_id: int | Absent
    modules: list[ParticleModule]
    published_at: str | Absent = NOT_PRESENT
    device_id: str | Absent = NOT_PRESENT
    truncated: bool = False


# ---------------------------------------------------------------------------------------------------
# Lenient JSON: strict JSON, or the console's pretty-print (no commas, `0:{` array indices), or cut.

_TOKEN = re.compile(r'\s*(?:(?P<punct>[{}\[\]:,])|(?P<str>"(?:[^"\\\n]|\\.)*")|(?P<open>"[^\n]*)'
                    r"|(?P<num>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(?P<word>[A-Za-z_]\w*))")


class LenientJsonError(ValueError):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


class _Obj(dict):
    """A decoded JSON object that remembers the line it started on."""

    line: int = 0


class _Reader:
    def __init__(self, text: str, first_line: int) -> None:
        self.tokens: list[tuple[str, Any, int]] = []
        self.truncated = False  # set when parsing runs out of tokens inside a value
        self.cut_string = False
        pos, line = 0, first_line
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if not m:
                rest = text[pos:].lstrip()
                if not rest:
                    break
                line += text[pos:len(text) - len(rest)].count("\n")
                raise LenientJsonError(f"unexpected character {rest[0]!r}", line)
            line += text[pos:m.start(m.lastgroup)].count("\n")
            kind = m.lastgroup
            raw = m.group(kind)
            if kind == "str":
                try:  # a console rendering may carry raw control characters or odd escapes
                    value: Any = json.loads(raw, strict=False)
                except ValueError:
                    value = raw[1:-1]
            elif kind == "open":  # a string the input cuts off
                self.cut_string = True
                break
            elif kind == "num":
                value = float(raw) if any(c in raw for c in ".eE") else int(raw)
            elif kind == "word":
                value = {"true": True, "false": False, "null": None}.get(raw, raw)
            else:
                value = raw
            self.tokens.append((kind, value, line))
            line += raw.count("\n")
            pos = m.end()
        self.i = 0

    def peek(self) -> tuple[str, Any, int] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> tuple[str, Any, int] | None:
        tok = self.peek()
        if tok is not None:
            self.i += 1
        return tok

    def value(self) -> Any:
        tok = self.take()
        if tok is None:
            self.truncated = True
            return NOT_PRESENT
        kind, value, line = tok
        if kind == "punct" and value == "{":
            return self.obj(line)
        if kind == "punct" and value == "[":
            return self.array()
        if kind == "punct":
            raise LenientJsonError(f"unexpected {value!r}", line)
        return value

    def obj(self, line: int) -> _Obj:
        out = _Obj()
        out.line = line
        while True:
            tok = self.take()
            if tok is None:
                self.truncated = True
                return out
            kind, key, kline = tok
            if kind == "punct" and key == "}":
                return out
            if kind == "punct" and key == ",":
                continue
            if kind == "punct":
                raise LenientJsonError(f"expected a key, found {key!r}", kline)
            colon = self.take()
            if colon is None:
                self.truncated = True
                return out
            if colon[:2] != ("punct", ":"):
                raise LenientJsonError(f"expected ':' after key {key!r}", colon[2])
            value = self.value()
            if not isinstance(value, Absent):
                out[str(key)] = value
            if self.truncated:
                return out

    def array(self) -> list[Any]:
        out: list[Any] = []
        while True:
            tok = self.peek()
            if tok is None:
                self.truncated = True
                return out
            kind, value, _line = tok
            if kind == "punct" and value == "]":
                self.take()
                return out
            if kind == "punct" and value == ",":
                self.take()
                continue
            nxt = self.tokens[self.i + 1] if self.i + 1 < len(self.tokens) else None
            if kind == "num" and nxt is not None and nxt[:2] == ("punct", ":"):
                self.i += 2  # the console's "0:" item index
            item = self.value()
            if not isinstance(item, Absent):
                out.append(item)
            if self.truncated:
                return out


def loads_lenient(text: str, first_line: int = 1) -> tuple[Any, bool]:
    """Decode JSON or the console's comma-less rendering; returns ``(value, truncated)``.

    Raises LenientJsonError (with a line) when the text is not JSON-like at all.
    """
    try:
        return json.loads(text), False
    except ValueError:
        pass
    reader = _Reader(text, first_line)
    if not reader.tokens:
        raise LenientJsonError("no JSON value", first_line)
    value = reader.value()
    return value, reader.truncated or reader.cut_string


# ---------------------------------------------------------------------------------------------------
# describe JSON -> records


def _int(value: Any) -> int | Absent:
    if isinstance(value, bool):
        return NOT_PRESENT
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)  # "n" is a string in the firmware's output
    return NOT_PRESENT


def module_from_json(obj: dict[str, Any], line: int | None = None) -> ParticleModule:
    """One ``m[]`` object of any era to a record; unknown keys are ignored (the ``_`` filler)."""
    deps = []
    for d in obj.get("d") or []:
        if isinstance(d, dict) and d.get("f") not in (None, "", "n"):
            deps.append(ParticleDependency(str(d["f"]), _int(d.get("n")), _int(d.get("v"))))
    uuid = obj.get("u")
    return ParticleModule(
        function=str(obj.get("f", "")),
        index=_int(obj.get("n")),
        version=_int(obj.get("v")),
        location=str(obj.get("l", "_")),
        max_size=_int(obj.get("s")),
        checked=_int(obj.get("vc")),
        passed=_int(obj.get("vv")),
        uuid=uuid.lower() if isinstance(uuid, str) and uuid else NOT_PRESENT,
        platform_id=_int(obj.get("p")),
        dependencies=deps,
        line=getattr(obj, "line", None) or line,
    )


def looks_like_describe(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("m"), list)


def table_from_describe(value: dict[str, Any], source: str, line: int | None, origin: str,
                        truncated: bool = False) -> tuple[ModuleTable, list[tuple[int | None, str]]]:
    """A describe document to a table, plus ``(line, message)`` problems found on the way."""
    problems: list[tuple[int | None, str]] = []
    modules: list[ParticleModule] = []
    items = value.get("m") or []
    for pos, item in enumerate(items):
        mline = getattr(item, "line", None) or line
        if not isinstance(item, dict):
            problems.append((mline, f"module entry {pos} is not an object; skipped"))
            continue
        mod = module_from_json(item, mline)
        missing = [k for k in ("s", "l", "vc", "vv") if k not in item]
        if missing:
            cut = truncated and pos == len(items) - 1
            problems.append((mline, f"module entry {pos} lacks {', '.join(missing)}"
                                    + (" (the input ends inside it)" if cut else "")))
        modules.append(mod)
    if truncated:
        problems.append((line, "the module table is cut off; modules after the last complete entry are "
                               "unknown"))
    table = ModuleTable(source, line, origin, _int(value.get("p")), modules, truncated=truncated)
    return table, problems


# ---------------------------------------------------------------------------------------------------
# `particle serial inspect` text -> records

INSPECT_PLATFORM = re.compile(r"^Platform:\s*(\d+)\b(?:\s*-\s*(.*))?$")
INSPECT_MODULE = re.compile(r"^(?P<func>[A-Za-z][A-Za-z ]*?) module #(?P<n>\d+) - version (?P<v>\d+)"
                            r"(?:, (?P<loc>\w+) location, (?P<s>\d+) bytes max size)?$")
INSPECT_EMPTY = re.compile(r"^empty - (?P<loc>\w+) location, (?P<s>\d+) bytes max size$")
INSPECT_CHECK = re.compile(r"^(?P<check>Integrity|Address Range|Platform|Dependencies): (?P<r>PASS|FAIL)$")
INSPECT_UUID = re.compile(r"^UUID: (?P<u>[0-9A-Fa-f]{64})$")
