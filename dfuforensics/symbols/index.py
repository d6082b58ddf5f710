"""One address index per ELF: functions, file:line and inlined chains, cached on disk.

A crash report carries a handful of addresses, a fleet run or a stack scan thousands; walking the DWARF
tree per address (what pyelftools' examples do) costs seconds.  So the ELF is read once into flat,
sorted arrays -- function ranges with their inlined subroutine trees, the line table rows, the symbol
table -- and those arrays are stored under the ELF's sha256, so the next run loads them in milliseconds.

Two speeds matter (``benchmarks/bench_symbolize.py``, goal: cached faster than ``addr2line``):

* cached: the entry is one ``marshal`` file whose hot part is a few packed arrays plus three
  NUL-joined string tables -- the text ``addr2line -f -i`` prints for each line row and for each
  function/inlined node's outer frames -- so a lookup is two ``bisect`` calls and a string join.  The
  per-frame tables the ``lookup()`` API needs ride along as one nested blob decoded on first use.
  ``marshal`` holds only plain data (no code runs on load, unlike pickle); an entry that does not
  load, or is of another version, is rebuilt.  Nothing heavy is imported on this path.
* cold: ``dwarf_fast`` reads the headers and decodes line programs, DIEs and range lists from raw
  section bytes, the hot loops in C when ``_dwarf_accel`` is built; pyelftools is the fallback (and the
  test oracle) for what the fast path does not cover (docs/symbols-speed.md).

Lookups follow ``addr2line -f -i`` (GNU binutils): innermost inlined function first, with the line
table's file:line; each outer level is named by its function and placed at the inlined call site.
"""

from __future__ import annotations

import marshal
import os
from bisect import bisect_right

from ..errors import DfuForensicsError

TYPE_CHECKING = False  # typing is not imported on the cached path: it costs more than the lookups
if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path
    from typing import Any

#: Bump when the cached layout or the lookup semantics change: old entries are then rebuilt.
CACHE_VERSION = 9
_MAGIC = "dfuforensics-symbols"
UNKNOWN = "??"
#: the location addr2line prints for a named function whose address has no line row
_NO_LINE = "??:?"
_NO_LINE_LINE = _NO_LINE + "\n"
_UNKNOWN_LINE = f"\n{UNKNOWN}\n"  # a node's name as the hot table stores it

# what the cache entry keeps at top level (loaded on every run) and in the lazily decoded blob
_HOT_KEYS = ("sha256", "machine", "has_dwarf", "has_symtab", "has_debug_frame", "warnings", "sections",
             "load_segments", "sec_ranges", "locs", "heads", "tails", "tab_base", "tab_node", "tab_node_code",
             "tab_loc", "tab_loc_code")
_COLD_KEYS = ("files", "line_addr", "line_fid", "line_no", "line_discr", "line_loc", "seg_lo", "seg_node", "sym_lo",
              "sym_hi", "sym_name", "sym_sec", "nodes")


class SymbolError(DfuForensicsError):
    """The ELF cannot give symbols (not an ELF, truncated, another architecture)."""


class Frame:
    """One level of a symbolized address, as addr2line prints it."""

    __slots__ = ("function", "file", "line", "discriminator")

    def __init__(self, function: str, file: str, line: int, discriminator: int = 0) -> None:
        self.function = function
        self.file = file
        self.line = line
        self.discriminator = discriminator

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Frame):
            return NotImplemented
        return (self.function, self.file, self.line, self.discriminator) == \
            (other.function, other.file, other.line, other.discriminator)

    def __hash__(self) -> int:
        return hash((self.function, self.file, self.line, self.discriminator))

    def __repr__(self) -> str:
        return (f"Frame(function={self.function!r}, file={self.file!r}, line={self.line!r}, "
                f"discriminator={self.discriminator!r})")

    @property
    def known(self) -> bool:
        return self.function != UNKNOWN or self.line != 0

    def location(self) -> str:
        # addr2line: nothing found at all -> "??:0"; a function but no line -> "file:?"
        if self.function == UNKNOWN and self.file == UNKNOWN and not self.line:
            return "??:0"
        text = f"{self.file}:{self.line if self.line else '?'}"
        if self.discriminator:
            text += f" (discriminator {self.discriminator})"
        return text

    def to_json(self) -> dict[str, Any]:
        return {"function": self.function, "file": self.file, "line": self.line}


def cache_dir() -> Path:
    from pathlib import Path

    env = os.environ.get("DFUFORENSICS_CACHE")
    base = Path(env) if env else Path.home() / ".cache" / "dfuforensics"
    return base / "symbols"


def _cache_folder() -> str:
    env = os.environ.get("DFUFORENSICS_CACHE")
    base = env if env else os.path.join(os.path.expanduser("~"), ".cache", "dfuforensics")
    return os.path.join(base, "symbols")


def _cache_entry(digest: str) -> str:
    return os.path.join(_cache_folder(), f"{digest}.v{CACHE_VERSION}.marshal")


#: a file whose mtime and ctime are older than this when it is hashed has settled: its stat key can
#: stand for its sha256.  Younger files could still change within one timestamp tick ("racy git").
SETTLED_NS = 2_000_000_000
_MEMO_MAX = 256


def _digest(path: str) -> str:
    """The ELF's sha256, remembered per (path, device, inode, size, mtime, ctime) the way git's index
    remembers file contents: hashing 2.5 MB costs more than the whole cached lookup otherwise.  Any
    write to the file changes its ctime (which no user can set), so a changed ELF is hashed again."""
    import time

    st = os.stat(path)
    key = (os.path.realpath(path), st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    memo_path = os.path.join(_cache_folder(), "digests.marshal")
    memo: dict[tuple[Any, ...], str] = {}
    try:
        with open(memo_path, "rb") as fh:
            loaded = marshal.loads(fh.read())
        if isinstance(loaded, dict):
            memo = loaded
    except Exception:  # absent, unreadable or damaged: start afresh
        memo = {}
    hit = memo.get(key)
    if isinstance(hit, str) and len(hit) == 64:
        return hit
    now = time.time_ns()
    digest = _sha256(path)
    if max(st.st_mtime_ns, st.st_ctime_ns) < now - SETTLED_NS:
        memo[key] = digest
        if len(memo) > _MEMO_MAX:  # oldest first (insertion order): keep the newest
            memo = dict(list(memo.items())[-_MEMO_MAX:])
        _atomic_write(memo_path, marshal.dumps(memo))
    return digest


def _atomic_write(target: str, blob: bytes) -> None:
    # a name of our own (pid and random bits) opened O_EXCL does what tempfile.mkstemp does, without
    # importing tempfile (random, shutil: ~6 ms of a cold run)
    try:
        folder = os.path.dirname(target)
        os.makedirs(folder, exist_ok=True)
        tmp = os.path.join(folder, f".tmp-{os.getpid()}-{os.urandom(6).hex()}.marshal")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
            os.replace(tmp, target)
        except OSError:
            os.unlink(tmp)
            raise
    except OSError:
        pass  # a read-only cache is not an error: the index still works, just is not kept


def _sha256(path: str) -> str:
    import hashlib

    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _unpack(code: str, blob: bytes) -> Any:
    from array import array

    a = array(code)
    a.frombytes(blob)
    return a


def _pack(code: str, values: list[int]) -> bytes:
    from array import array

    return array(code, values).tobytes()


class ElfIndex:
    """Address -> frames for one ELF.  Build with ``load_index(path)``."""

    def __init__(self, data: dict[str, Any], path: str | os.PathLike[str], from_cache: bool,
                 cold_source: tuple[str, int] | None = None) -> None:
        self._path = os.fspath(path)
        self.from_cache = from_cache
        self.sha256: str = data["sha256"]
        self.machine: str = data["machine"]
        self.has_dwarf: bool = data["has_dwarf"]
        self.has_symtab: bool = data["has_symtab"]
        self.has_debug_frame: bool = data["has_debug_frame"]
        self.warnings: list[str] = list(data["warnings"])
        self.sections: list[tuple[str, int, int, bool]] = [tuple(s) for s in data["sections"]]  # type: ignore[misc]
        self.load_segments: list[tuple[int, int, int]] = [tuple(s) for s in data["load_segments"]]  # type: ignore[misc]
        self._sec_ranges: list[tuple[int, int, int]] = [tuple(r) for r in data["sec_ranges"]]  # type: ignore[misc]
        # hot tables: what text() needs
        # stored with their line ends ("file:line\n", "\nname\n", outer frames' lines), so text() joins
        # them as they are
        self._locs: list[str] = data["locs"].split("\0")
        self._heads: list[str] = data["heads"].split("\0")
        self._tails: list[str] = data["tails"].split("\0")
        self._tab_base: int = data["tab_base"]
        # per halfword from _tab_base: innermost node (-1: ask lookup()) and location string id
        # read in place (memoryview, native order like array's): no copy, and no array import, which
        # costs more than a cached lookup's table reads
        self._tab_node = memoryview(data["tab_node"]).cast(data["tab_node_code"])
        self._tab_loc = memoryview(data["tab_loc"]).cast(data["tab_loc_code"])
        self._text = [(lo, lo + size) for name, lo, size, execu in self.sections if execu and size]
        self._cold_source = cold_source  # (cache entry, offset of the cold part) until it is read
        self._cold_ready = False
        if cold_source is None:
            self._set_cold(data)

    @property
    def path(self) -> Path:
        from pathlib import Path

        return Path(self._path)

    def _set_cold(self, data: dict[str, Any]) -> None:
        self._files: list[str] = data["files"]
        self._line_addr = _unpack("I", data["line_addr"])
        self._line_loc = _unpack("I", data["line_loc"])  # index into _locs
        self._seg_lo = _unpack("I", data["seg_lo"])
        self._seg_node = _unpack("i", data["seg_node"])  # innermost node from each start (-1 = none)
        self._line_fid = _unpack("i", data["line_fid"])  # file id, or -1 for a gap between sequences
        self._line_no = _unpack("I", data["line_no"])
        self._line_discr = _unpack("I", data["line_discr"])
        self._sym_lo: list[int] = data["sym_lo"]
        self._sym_hi: list[int] = data["sym_hi"]
        self._sym_name: list[str] = data["sym_name"]
        self._sym_sec: list[int] = data["sym_sec"]
        # nodes: (name, call_file_id, call_line, call_discriminator, parent node or -1)
        self._nodes: list[tuple[str, int, int, int, int]] = data["nodes"]
        self._cold_ready = True

    def _cold(self) -> None:
        if not self._cold_ready:
            entry, offset = self._cold_source  # type: ignore[misc]
            cold = _read_cold(entry, offset, self.sha256)
            if cold is None:
                cold = build(self._path, self.sha256)
            self._set_cold(cold)
            self._cold_source = None

    # -- queries -----------------------------------------------------------------------------------
    def in_code(self, addr: int) -> bool:
        a = addr & ~1
        return any(lo <= a < hi for lo, hi in self._text)

    def function_at(self, addr: int) -> str | None:
        frames = self.lookup(addr)
        outer = frames[-1]
        return None if outer.function == UNKNOWN else outer.function

    def symbol_range(self, addr: int) -> tuple[int, int, str] | None:
        """The symbol-table name for ``addr`` the way BFD picks it: a function or untyped symbol of the
        same section, one whose size covers the address if any, else the nearest one before it."""
        self._cold()
        sec = next((i for lo, hi, i in self._sec_ranges if lo <= addr < hi), None)
        if sec is None:
            return None
        i = bisect_right(self._sym_lo, addr) - 1
        nearest: int | None = None
        while i >= 0:
            if self._sym_sec[i] == sec:
                if addr < self._sym_hi[i]:
                    return self._sym_lo[i], self._sym_hi[i], self._sym_name[i]
                if nearest is None:
                    nearest = i
            elif self._sym_lo[i] < next(lo for lo, hi, j in self._sec_ranges if j == sec):
                break
            i -= 1
        if nearest is None:
            return None
        return self._sym_lo[nearest], self._sym_hi[nearest], self._sym_name[nearest]

    def _line(self, addr: int) -> tuple[str, int, int]:
        i = bisect_right(self._line_addr, addr) - 1
        if i < 0:
            return UNKNOWN, 0, 0
        fid = self._line_fid[i]
        line, discr = self._line_no[i], self._line_discr[i]
        if fid < 0:
            return UNKNOWN, 0, 0
        return self._files[fid], line, discr

    def _chain(self, addr: int) -> list[int]:
        """DIE nodes containing addr, outermost (the subprogram) first."""
        i = bisect_right(self._seg_lo, addr) - 1
        node = self._seg_node[i] if i >= 0 else -1
        chain: list[int] = []
        while node >= 0:
            chain.append(node)
            node = self._nodes[node][4]
        chain.reverse()
        return chain

    def lookup(self, addr: int) -> list[Frame]:
        """Frames for ``addr``, innermost first (``addr2line -f -i``); one ``??`` frame if unknown."""
        self._cold()
        file, line, discr = self._line(addr)
        chain = self._chain(addr)
        if not chain:
            sym = self.symbol_range(addr)
            return [Frame(sym[2] if sym else UNKNOWN, file, line, discr)]
        frames: list[Frame] = []
        for depth in range(len(chain) - 1, -1, -1):
            node = self._nodes[chain[depth]]
            frames.append(Frame(node[0], file, line, discr))
            if depth:
                # the next outer level is placed where this inlined body was called from
                fid, line, discr = node[1], node[2], node[3]
                file = self._files[fid] if fid >= 0 else UNKNOWN
        return frames

    def lookup_many(self, addrs: list[int]) -> list[list[Frame]]:
        return [self.lookup(a) for a in addrs]

    def text(self, addrs: Iterable[int]) -> str:
        """What ``addr2line -a -f -i`` prints for ``addrs``, from the precomputed strings.  When every
        address falls in the halfword table on a named DWARF function -- the usual case -- the text
        is assembled by C-level ``map``s over the tables and one join (a Python loop per address cost
        more than loading the cache).  Otherwise each address takes ``_text_one``."""
        addrs = addrs if isinstance(addrs, list) else list(addrs)
        if not addrs:
            return ""
        base, tab_node = self._tab_base, self._tab_node
        if base <= min(addrs) and max(addrs) < base + 2 * len(tab_node):
            from itertools import repeat
            from operator import rshift, sub

            ks = list(map(rshift, map(sub, addrs, repeat(base)), repeat(1)))
            nodes = list(map(tab_node.__getitem__, ks))
            if min(nodes) >= 0 and max(addrs) <= 0xFFFFFFFF:
                out: list[str] = ["0x"] * (5 * len(addrs))  # "0x", 8 hex digits, "\nname\n", loc, tail
                out[1::5] = _hex8(addrs)
                out[2::5] = map(self._heads.__getitem__, nodes)
                out[3::5] = map(self._locs.__getitem__, map(self._tab_loc.__getitem__, ks))
                out[4::5] = map(self._tails.__getitem__, nodes)
                return "".join(out)
        return "".join(map(self._text_one, addrs))

    def _text_one(self, a: int) -> str:
        """One address's text: two array reads in the halfword table, else two bisects.  Addresses
        outside every DWARF function (symbol-table names) and unnamed functions take ``lookup()``,
        whose rules the precomputed strings were made with."""
        heads, tails, locs = self._heads, self._tails, self._locs
        k = (a - self._tab_base) >> 1
        if 0 <= k < len(self._tab_node):
            node = self._tab_node[k]
            if node >= 0:
                return f"0x{a:08x}{heads[node]}{locs[self._tab_loc[k]]}{tails[node]}"
        self._cold()
        j = bisect_right(self._seg_lo, a) - 1
        node = self._seg_node[j] if j >= 0 else -1
        if node < 0 or heads[node] == _UNKNOWN_LINE:
            parts = [f"0x{a:08x}"]
            for f in self.lookup(a):
                parts.append(f.function)
                parts.append(f.location())
            return "\n".join(parts) + "\n"
        i = bisect_right(self._line_addr, a) - 1
        return f"0x{a:08x}{heads[node]}{locs[self._line_loc[i]] if i >= 0 else _NO_LINE_LINE}{tails[node]}"


def _hex8(addrs: list[int]) -> list[str]:
    """Each 32-bit address as 8 lowercase hex digits, formatted in C: the addresses packed big-endian
    and hex-dumped with a separator every 4 bytes, then split (a format call per address costs 3x)."""
    import struct

    return struct.pack(f">{len(addrs)}I", *addrs).hex("\n", 4).split("\n")


def load_index(path: str | os.PathLike[str], *, use_cache: bool = True) -> ElfIndex:
    """The index of ``path``, from the on-disk cache when it holds this exact file (by sha256)."""
    path = os.fspath(path)
    try:
        digest = _digest(path) if use_cache else _sha256(path)
    except OSError as exc:
        raise SymbolError(f"{path}: cannot read the ELF: {exc.strerror}") from None
    entry = _cache_entry(digest)
    if use_cache:
        got = _read_cache(entry, digest)
        if got is not None:
            return ElfIndex(got[0], path, True, got[1])
    data = build(path, digest)
    if use_cache:
        _write_cache(entry, data)
    return ElfIndex(data, path, False)


# An entry: 8 magic bytes (with the version), the hot part's length (8 bytes, little-endian), the hot
# part ``marshal((magic, version, sha256, hot dict))``, then the cold part likewise.  A cached lookup
# reads only the header and the hot part; ``lookup()`` reads the cold part when first called.
_HEADER = b"DFUSYM\x00" + bytes([CACHE_VERSION])


def _valid(blob: Any, digest: str, keys: tuple[str, ...]) -> bool:
    return (isinstance(blob, tuple) and len(blob) == 4 and blob[0] == _MAGIC and blob[1] == CACHE_VERSION
            and blob[2] == digest and isinstance(blob[3], dict) and all(k in blob[3] for k in keys))


def _read_cache(entry: str, digest: str) -> tuple[dict[str, Any], tuple[str, int]] | None:
    try:
        with open(entry, "rb") as fh:
            head = fh.read(16)
            if len(head) != 16 or head[:8] != _HEADER:
                return None
            size = int.from_bytes(head[8:], "little")
            blob = marshal.loads(fh.read(size))
        if _valid(blob, digest, _HOT_KEYS):
            return blob[3], (entry, 16 + size)
    except FileNotFoundError:
        return None
    except Exception:  # corrupt or foreign entry: rebuilt and overwritten below
        return None
    return None


def _read_cold(entry: str, offset: int, digest: str) -> dict[str, Any] | None:
    try:
        with open(entry, "rb") as fh:
            fh.seek(offset)
            blob = marshal.loads(fh.read())
        if _valid(blob, digest, _COLD_KEYS):
            return blob[3]  # type: ignore[no-any-return]
    except Exception:  # replaced or damaged since the hot part was read: the caller rebuilds
        return None
    return None


def _write_cache(entry: str, data: dict[str, Any]) -> None:
    digest = data["sha256"]
    hot = marshal.dumps((_MAGIC, CACHE_VERSION, digest, {k: data[k] for k in _HOT_KEYS}))
    cold = marshal.dumps((_MAGIC, CACHE_VERSION, digest, {k: data[k] for k in _COLD_KEYS}))
    _atomic_write(entry, _HEADER + len(hot).to_bytes(8, "little") + hot + cold)


def build(path: str | os.PathLike[str], digest: str, *, fast: bool = True) -> dict[str, Any]:
    """Read the ELF once into the flat arrays ``ElfIndex`` searches.  Raises ``SymbolError`` only.

    ``fast=False`` decodes everything with pyelftools: slower, kept as the fallback for DWARF the fast
    decoders do not cover and as the oracle the fast path is tested against."""
    path = os.fspath(path)
    try:
        from .builder import build_tables

        return build_tables(path, digest, fast)
    except SymbolError:
        raise
    except Exception as exc:  # pyelftools reports damage with assorted exception types
        size = os.stat(path).st_size
        raise SymbolError(f"{path}: ELF is damaged or truncated ({size} bytes; {exc})") from None
