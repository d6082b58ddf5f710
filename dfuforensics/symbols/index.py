"""One address index per ELF: functions, file:line and inlined chains, cached on disk.

A crash report carries a handful of addresses, a fleet run or a stack scan thousands; walking the DWARF
tree per address (what pyelftools' examples do) costs seconds.  So the ELF is read once into flat,
sorted arrays -- function ranges with their inlined subroutine trees, the line table rows, the symbol
table -- and those arrays are stored with ``marshal`` under the ELF's sha256, so the next run loads
them in milliseconds.  ``marshal`` holds only plain data (no code runs on load, unlike pickle); a
cache entry that does not load or is of another version is rebuilt.

Lookups follow ``addr2line -f -i`` (GNU binutils): innermost inlined function first, with the line
table's file:line; each outer level is named by its function and placed at the inlined call site.
"""

from __future__ import annotations

import bisect
import hashlib
import marshal
import os
import posixpath
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DfuForensicsError

#: Bump when the cached layout or the lookup semantics change: old entries are then rebuilt.
CACHE_VERSION = 7
_MAGIC = "dfuforensics-symbols"
UNKNOWN = "??"


class SymbolError(DfuForensicsError):
    """The ELF cannot give symbols (not an ELF, truncated, another architecture)."""


@dataclass(slots=True)
class Frame:
    """One level of a symbolized address, as addr2line prints it."""

    function: str
    file: str
    line: int
    discriminator: int = 0

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
    env = os.environ.get("DFUFORENSICS_CACHE")
    base = Path(env) if env else Path.home() / ".cache" / "dfuforensics"
    return base / "symbols"


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class ElfIndex:
    """Address -> frames for one ELF.  Build with ``load_index(path)``."""

    def __init__(self, data: dict[str, Any], path: Path, from_cache: bool) -> None:
        self.path = path
        self.from_cache = from_cache
        self.sha256: str = data["sha256"]
        self.machine: str = data["machine"]
        self.has_dwarf: bool = data["has_dwarf"]
        self.has_symtab: bool = data["has_symtab"]
        self.has_debug_frame: bool = data["has_debug_frame"]
        self.warnings: list[str] = list(data["warnings"])
        self.sections: list[tuple[str, int, int, bool]] = [tuple(s) for s in data["sections"]]  # type: ignore[misc]
        self.load_segments: list[tuple[int, int, int]] = [tuple(s) for s in data["load_segments"]]  # type: ignore[misc]
        self._files: list[str] = data["files"]
        # large tables travel as packed arrays: marshal loads one bytes object far faster than a list
        self._line_addr = _unpack("I", data["line_addr"])
        self._line_fid = _unpack("i", data["line_fid"])  # file id, or -1 for a gap between sequences
        self._line_no = _unpack("I", data["line_no"])
        self._line_discr = _unpack("I", data["line_discr"])
        self._sym_lo: list[int] = data["sym_lo"]
        self._sym_hi: list[int] = data["sym_hi"]
        self._sym_name: list[str] = data["sym_name"]
        self._sym_sec: list[int] = data["sym_sec"]
        self._sec_ranges: list[tuple[int, int, int]] = [tuple(r) for r in data["sec_ranges"]]  # type: ignore[misc]
        # nodes: (name, call_file_id, call_line, call_discriminator, parent node or -1)
        self._nodes: list[tuple[str, int, int, int, int]] = data["nodes"]
        # the address space painted with the innermost function/inlined node (-1 = none) from each start
        self._seg_lo = _unpack("I", data["seg_lo"])
        self._seg_node = _unpack("i", data["seg_node"])
        self._text = [(lo, lo + size) for name, lo, size, execu in self.sections if execu and size]

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
        sec = next((i for lo, hi, i in self._sec_ranges if lo <= addr < hi), None)
        if sec is None:
            return None
        i = bisect.bisect_right(self._sym_lo, addr) - 1
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
        i = bisect.bisect_right(self._line_addr, addr) - 1
        if i < 0:
            return UNKNOWN, 0, 0
        fid = self._line_fid[i]
        line, discr = self._line_no[i], self._line_discr[i]
        if fid < 0:
            return UNKNOWN, 0, 0
        return self._files[fid], line, discr

    def _chain(self, addr: int) -> list[int]:
        """DIE nodes containing addr, outermost (the subprogram) first."""
        i = bisect.bisect_right(self._seg_lo, addr) - 1
        node = self._seg_node[i] if i >= 0 else -1
        chain: list[int] = []
        while node >= 0:
            chain.append(node)
            node = self._nodes[node][4]
        chain.reverse()
        return chain

    def lookup(self, addr: int) -> list[Frame]:
        """Frames for ``addr``, innermost first (``addr2line -f -i``); one ``??`` frame if unknown."""
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


def load_index(path: str | Path, *, use_cache: bool = True) -> ElfIndex:
    """The index of ``path``, from the on-disk cache when it holds this exact file (by sha256)."""
    path = Path(path)
    try:
        digest = _sha256(path)
    except OSError as exc:
        raise SymbolError(f"{path}: cannot read the ELF: {exc.strerror}") from None
    entry = cache_dir() / f"{digest}.v{CACHE_VERSION}.marshal"
    if use_cache:
        data = _read_cache(entry, digest)
        if data is not None:
            return ElfIndex(data, path, True)
    data = build(path, digest)
    if use_cache:
        _write_cache(entry, data)
    return ElfIndex(data, path, False)


def _read_cache(entry: Path, digest: str) -> dict[str, Any] | None:
    try:
        with open(entry, "rb") as fh:
            blob = marshal.load(fh)
        if (isinstance(blob, tuple) and len(blob) == 4 and blob[0] == _MAGIC and blob[1] == CACHE_VERSION
                and blob[2] == digest and isinstance(blob[3], dict)):
            return blob[3]
    except FileNotFoundError:
        return None
    except Exception:  # corrupt or foreign entry: rebuilt and overwritten below
        return None
    return None


def _write_cache(entry: Path, data: dict[str, Any]) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-", suffix=".marshal")
        with os.fdopen(fd, "wb") as fh:
            marshal.dump((_MAGIC, CACHE_VERSION, data["sha256"], data), fh)
        os.replace(tmp, entry)
    except OSError:
        pass  # a read-only cache is not an error: the index still works, just is not kept


# -- building ------------------------------------------------------------------------------------------

def build(path: Path, digest: str) -> dict[str, Any]:
    """Read the ELF once into the flat arrays ``ElfIndex`` searches.  Raises ``SymbolError`` only."""
    try:
        return _build(path, digest)
    except SymbolError:
        raise
    except Exception as exc:  # pyelftools reports damage with assorted exception types
        size = path.stat().st_size
        raise SymbolError(f"{path}: ELF is damaged or truncated ({size} bytes; {exc})") from None


def _build(path: Path, digest: str) -> dict[str, Any]:
    from elftools.common.exceptions import DWARFError, ELFError
    from elftools.elf.elffile import ELFFile

    with open(path, "rb") as fh:
        try:
            elf = ELFFile(fh)
            machine = elf["e_machine"]
            nsect = elf.num_sections()
        except (ELFError, ValueError, OSError) as exc:
            raise SymbolError(f"{path}: not a readable ELF file ({exc})") from None
        except Exception as exc:  # truncated headers surface as struct/construct errors
            raise SymbolError(f"{path}: ELF header is damaged or truncated ({type(exc).__name__})") from None
        if machine != "EM_ARM":
            raise SymbolError(f"{path}: ELF is for {machine.removeprefix('EM_')}, not ARM (Cortex-M); "
                              "give the ELF built for the device")
        size = path.stat().st_size
        warnings: list[str] = []
        sections: list[tuple[str, int, int, bool]] = []
        for i in range(nsect):
            try:
                sec = elf.get_section(i)
            except Exception:
                warnings.append(f"section header {i} unreadable")
                continue
            if sec["sh_flags"] & 0x2 and sec["sh_type"] != "SHT_NOBITS" and sec["sh_size"]:  # SHF_ALLOC
                if sec["sh_offset"] + sec["sh_size"] > size:
                    warnings.append(f"section {sec.name} extends past the end of the file (truncated ELF)")
                sections.append((sec.name, sec["sh_addr"], sec["sh_size"], bool(sec["sh_flags"] & 0x4)))
        load_segments: list[tuple[int, int, int]] = []
        for seg in elf.iter_segments():
            if seg["p_type"] == "PT_LOAD" and seg["p_filesz"]:
                load_segments.append((seg["p_paddr"], seg["p_vaddr"], seg["p_filesz"]))
        sym_lo, sym_hi, sym_name, sym_sec, has_symtab = _symbols(elf, warnings)
        sec_ranges = []
        for i in range(nsect):
            try:
                sec = elf.get_section(i)
            except Exception:
                continue
            if sec["sh_flags"] & 0x2 and sec["sh_size"]:
                sec_ranges.append((sec["sh_addr"], sec["sh_addr"] + sec["sh_size"], i))
        data: dict[str, Any] = {
            "sha256": digest, "machine": machine, "warnings": warnings, "sections": sections,
            "load_segments": load_segments, "sym_lo": sym_lo, "sym_hi": sym_hi, "sym_name": sym_name,
            "sym_sec": sym_sec, "sec_ranges": sec_ranges, "has_symtab": has_symtab, "has_debug_frame": elf.get_section_by_name(".debug_frame") is not None,
            "files": [], "nodes": [], **_empty_tables(),
            "has_dwarf": False,
        }
        if elf.has_dwarf_info() and elf.get_section_by_name(".debug_info") is not None:
            try:
                _dwarf(elf, data)
                data["has_dwarf"] = True
            except (DWARFError, ELFError, Exception) as exc:  # damaged DWARF: symbols only
                warnings.append(f"DWARF unreadable ({type(exc).__name__}: {exc}); functions from the symbol "
                                "table only, no file:line")
                data.update(files=[], nodes=[], **_empty_tables())
        if not has_symtab and not data["has_dwarf"]:
            warnings.append("ELF is stripped (no symbol table, no DWARF): addresses cannot be named")
        elif not data["has_dwarf"]:
            warnings.append("ELF has no DWARF debug info: function names only, no file:line")
        return data


def _empty_tables() -> dict[str, bytes]:
    return {k: b"" for k in ("line_addr", "line_fid", "line_no", "line_discr", "seg_lo", "seg_node")}


def _symbols(elf: Any, warnings: list[str]) -> tuple[list[int], list[int], list[str], list[int], bool]:
    """Function and untyped symbols (what BFD names addresses with), Thumb bit cleared, mapping
    symbols ($t, $d, $a) left out.  Sorted by address; at one address a sized symbol comes last so a
    backwards scan meets it first."""
    symtab = elf.get_section_by_name(".symtab")
    if symtab is None:
        return [], [], [], [], False
    rows: list[tuple[int, int, int, str, int]] = []
    try:
        for sym in symtab.iter_symbols():
            kind = sym["st_info"]["type"]
            shndx = sym["st_shndx"]
            if kind not in ("STT_FUNC", "STT_NOTYPE") or not sym.name or sym.name.startswith("$") \
                    or not isinstance(shndx, int):
                continue
            lo = sym["st_value"] & ~1 if kind == "STT_FUNC" else sym["st_value"]
            size = sym["st_size"]
            rank = (2 if size else 0) + (1 if sym["st_info"]["bind"] == "STB_GLOBAL" else 0)
            rows.append((lo, rank, lo + size, sym.name, shndx))
    except Exception as exc:
        warnings.append(f"symbol table damaged ({type(exc).__name__}); partly read")
    rows.sort()
    return [r[0] for r in rows], [r[2] for r in rows], [r[3] for r in rows], [r[4] for r in rows], True


def _attr_str(die: Any, name: str) -> str | None:
    a = die.attributes.get(name)
    if a is None:
        return None
    v = a.value
    return v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)


def _die_name(die: Any, depth: int = 0) -> str:
    for attr in ("DW_AT_linkage_name", "DW_AT_MIPS_linkage_name", "DW_AT_name"):
        v = _attr_str(die, attr)
        if v:
            return v
    if depth < 4:
        for ref in ("DW_AT_abstract_origin", "DW_AT_specification"):
            if ref in die.attributes:
                try:
                    return _die_name(die.get_DIE_from_attribute(ref), depth + 1)
                except Exception:
                    return UNKNOWN
    return UNKNOWN


def _die_ranges(die: Any, cu_base: int, range_lists: Any, cu: Any) -> list[tuple[int, int]]:
    attrs = die.attributes
    if "DW_AT_low_pc" in attrs and "DW_AT_high_pc" in attrs:
        lo = attrs["DW_AT_low_pc"].value
        hv = attrs["DW_AT_high_pc"]
        hi = lo + hv.value if hv.form not in ("DW_FORM_addr",) else hv.value
        return [(lo, hi)] if hi > lo else []
    if "DW_AT_ranges" in attrs and range_lists is not None:
        from elftools.dwarf.ranges import BaseAddressEntry, RangeEntry

        out: list[tuple[int, int]] = []
        base = cu_base
        try:
            entries = range_lists.get_range_list_at_offset(attrs["DW_AT_ranges"].value, cu=cu) \
                if attrs["DW_AT_ranges"].form != "DW_FORM_rnglistx" else \
                range_lists.get_range_list_at_offset_ex(attrs["DW_AT_ranges"].value)
        except TypeError:
            entries = range_lists.get_range_list_at_offset(attrs["DW_AT_ranges"].value)
        for e in entries:
            if isinstance(e, BaseAddressEntry):
                base = e.base_address
            elif isinstance(e, RangeEntry):
                lo, hi = (e.begin_offset, e.end_offset) if getattr(e, "is_absolute", False) else \
                    (base + e.begin_offset, base + e.end_offset)
                if hi > lo:
                    out.append((lo, hi))
        return out
    return []


def _dwarf(elf: Any, data: dict[str, Any]) -> None:
    dwarf = elf.get_dwarf_info()
    range_lists = dwarf.range_lists()
    files: list[str] = []
    file_ids: dict[str, int] = {}
    line_rows: list[tuple[int, int, int, int, int]] = []  # (addr, seq, order, fid, line, discr) flattened
    nodes: list[tuple[str, int, int, int, int]] = []
    children: dict[int, list[tuple[int, int, int]]] = {}
    top: list[tuple[int, int, int]] = []

    def fid_of(name: str) -> int:
        i = file_ids.get(name)
        if i is None:
            i = file_ids[name] = len(files)
            files.append(name)
        return i

    seq_no = 0
    for cu in dwarf.iter_CUs():
        top_die = cu.get_top_DIE()
        comp_dir = _attr_str(top_die, "DW_AT_comp_dir") or ""
        cu_base = top_die.attributes["DW_AT_low_pc"].value if "DW_AT_low_pc" in top_die.attributes else 0
        lp = dwarf.line_program_for_CU(cu)
        cu_files: list[int] = []
        if lp is not None:
            version = lp.header["version"]
            dirs = [d.decode("utf-8", "replace") if isinstance(d, bytes) else str(d)
                    for d in lp.header["include_directory"]]
            for fe in lp.header["file_entry"]:
                name = fe.name.decode("utf-8", "replace") if isinstance(fe.name, bytes) else str(fe.name)
                di = fe.dir_index
                if version >= 5:
                    d = dirs[di] if di < len(dirs) else ""
                else:
                    d = comp_dir if di == 0 else (dirs[di - 1] if di - 1 < len(dirs) else "")
                if not posixpath.isabs(name):
                    if d and not posixpath.isabs(d) and comp_dir:
                        d = posixpath.join(comp_dir, d)
                    name = posixpath.join(d, name) if d else name
                cu_files.append(fid_of(name))

            def file_index(i: int, version: int = version, cu_files: list[int] = cu_files) -> int:
                j = i if version >= 5 else i - 1
                return cu_files[j] if 0 <= j < len(cu_files) else -1

            order = 0
            for entry in lp.get_entries():
                st = entry.state
                if st is None:
                    continue
                order += 1
                if st.end_sequence:
                    line_rows.append((st.address, seq_no, order, -1, 0, 0))
                    seq_no += 1
                else:
                    line_rows.append((st.address, seq_no, order, file_index(st.file), st.line,
                                      getattr(st, "discriminator", 0) or 0))
        else:
            def file_index(i: int) -> int:
                return -1

        def visit(die: Any, parent_children: list[tuple[int, int, int]] | None,
                  file_index: Any = file_index, cu_base: int = cu_base, cu: Any = cu) -> None:
            for child in die.iter_children():
                tag = child.tag
                if tag in ("DW_TAG_subprogram", "DW_TAG_inlined_subroutine"):
                    ranges = _die_ranges(child, cu_base, range_lists, cu)
                    if tag == "DW_TAG_inlined_subroutine" and parent_children is None:
                        visit(child, parent_children)
                        continue
                    if not ranges:
                        # a declaration or abstract instance: nothing at an address, but nested
                        # lexical blocks of concrete instances are handled where those live
                        continue
                    a = child.attributes
                    cf = file_index(a["DW_AT_call_file"].value) if "DW_AT_call_file" in a else -1
                    cl = a["DW_AT_call_line"].value if "DW_AT_call_line" in a else 0
                    cd = a["DW_AT_GNU_discriminator"].value if "DW_AT_GNU_discriminator" in a else 0
                    node_id = len(nodes)
                    kids: list[tuple[int, int, int]] = []
                    children[node_id] = kids
                    nodes.append((_die_name(child), cf, cl, cd, -1))
                    if tag == "DW_TAG_subprogram" and parent_children is None:
                        for lo, hi in ranges:
                            top.append((lo, hi, node_id))
                    else:
                        for lo, hi in ranges:
                            parent_children.append((lo, hi, node_id))  # type: ignore[union-attr]
                    visit(child, kids)
                    kids.sort()
                elif tag in ("DW_TAG_lexical_block", "DW_TAG_namespace", "DW_TAG_class_type",
                             "DW_TAG_structure_type", "DW_TAG_try_block", "DW_TAG_catch_block"):
                    visit(child, parent_children)

        visit(top_die, None)

    # Line rows: sort by address; rows of one address keep their program order (addr2line uses the last)
    line_rows.sort(key=lambda r: (r[0], r[1], r[2]))
    addrs: list[int] = []
    rows: list[tuple[int, int, int]] = []
    last_seq = -1
    for addr, seq, _order, fid, line, discr in line_rows:
        if addrs and addrs[-1] == addr:
            if fid < 0 and seq != last_seq:
                continue  # the end of one sequence where another starts does not hide the other
            # a later row of the same address wins; an end of sequence makes the row before it empty
            rows[-1] = (fid, line, discr)
            last_seq = seq
            continue
        addrs.append(addr)
        rows.append((fid, line, discr))
        last_seq = seq
    top.sort()
    seg_lo, seg_node = _paint(top, children, nodes)
    data.update(files=files, line_addr=_pack("I", addrs), line_fid=_pack("i", [r[0] for r in rows]),
                line_no=_pack("I", [r[1] for r in rows]), line_discr=_pack("I", [r[2] for r in rows]),
                nodes=nodes, seg_lo=_pack("I", seg_lo), seg_node=_pack("i", seg_node))


def _paint(top: list[tuple[int, int, int]], children: dict[int, list[tuple[int, int, int]]],
           nodes: list[tuple[str, int, int, int, int]]) -> tuple[list[int], list[int]]:
    """Flatten nested DIE ranges into segments each owned by its innermost node (and set parents), so a
    lookup is one bisect plus a walk up the parents instead of a search through nested lists."""
    seg_lo: list[int] = []
    seg_node: list[int] = []

    def emit(lo: int, node: int) -> None:
        if seg_lo and seg_lo[-1] == lo:
            seg_node[-1] = node
        elif not seg_node or seg_node[-1] != node:
            seg_lo.append(lo)
            seg_node.append(node)

    def paint(lo: int, hi: int, node: int, depth: int) -> None:
        pos = lo
        for clo, chi, child in children.get(node, ()):
            clo, chi = max(clo, lo), min(chi, hi)
            if chi <= clo or chi <= pos:
                continue
            name, cf, cl, cd, _ = nodes[child]
            nodes[child] = (name, cf, cl, cd, node)
            if clo > pos:
                emit(pos, node)
            if depth < 64:
                paint(max(clo, pos), chi, child, depth + 1)
            pos = chi
        if pos < hi:
            emit(pos, node)

    end = 0
    for lo, hi, node in top:
        if lo < end:  # overlapping subprograms (identical code folded): the first one keeps it
            lo = end
            if lo >= hi:
                continue
        if lo > end or not seg_lo:
            emit(end, -1) if seg_lo else None
            if not seg_lo and lo > 0:
                emit(0, -1)
        paint(lo, hi, node, 0)
        end = hi
        emit(hi, -1)
    return seg_lo, seg_node


def _pack(code: str, values: list[int]) -> bytes:
    from array import array

    return array(code, values).tobytes()


def _unpack(code: str, blob: bytes) -> Any:
    from array import array

    a = array(code)
    a.frombytes(blob)
    return a
