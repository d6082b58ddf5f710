"""Building the address index from an ELF: ``dwarf_fast`` (and the optional C ``_dwarf_accel``) for the
common case, pyelftools for everything else and as the oracle the tests compare with.

Only the cold path imports this module; a cached lookup never does, and a cold build of a plain ARM
executable does not import pyelftools either.
"""

from __future__ import annotations

import os
import posixpath

from .index import _NO_LINE, UNKNOWN, Frame, SymbolError, _pack, _unpack

TYPE_CHECKING = False  # typing is not imported on the cold path either (~4 ms)
if TYPE_CHECKING:
    from typing import Any


def build_tables(path: str, digest: str, fast: bool) -> dict[str, Any]:
    if fast:
        raw = _build_raw(path, digest)
        if raw is not None:
            return raw
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
        size = os.stat(path).st_size
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
        sym_lo, sym_hi, sym_name, sym_sec, has_symtab = _symbols(elf, warnings, fast)
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
            "sym_sec": sym_sec, "sec_ranges": sec_ranges, "has_symtab": has_symtab,
            "has_debug_frame": elf.get_section_by_name(".debug_frame") is not None,
            "files": [], "nodes": [], **_empty_tables(),
            "has_dwarf": False,
        }
        if elf.has_dwarf_info() and elf.get_section_by_name(".debug_info") is not None:
            try:
                _dwarf(elf, data, fast)
                data["has_dwarf"] = True
            except (DWARFError, ELFError, Exception) as exc:  # damaged DWARF: symbols only
                warnings.append(f"DWARF unreadable ({type(exc).__name__}: {exc}); functions from the symbol "
                                "table only, no file:line")
                data.update(files=[], nodes=[], **_empty_tables())
        return _finish(data)


def _build_raw(path: str, digest: str) -> dict[str, Any] | None:
    """``build_tables`` without pyelftools (``dwarf_fast.RawElf``/``RawDwarf`` read the headers), for
    the common case: a clean ELF32 ARM executable with DWARF 2-5 the fast decoders cover.  None when
    the file is anything else, damaged in any way, or its DWARF is not fully decoded -- then the
    pyelftools path builds it (or reports it) as it always did, so this is never a second opinion."""
    from .dwarf_fast import SHT_NOBITS, SHT_SYMTAB, RawElf, Unsupported, symbols32

    try:
        with open(path, "rb") as fh:
            blob = fh.read()
        elf = RawElf(blob)
        warnings: list[str] = []
        sections = [(sec.name, sec.sh_addr, sec.sh_size, bool(sec.sh_flags & 0x4)) for sec in elf.sections
                    if sec.sh_flags & 0x2 and sec.sh_type != SHT_NOBITS and sec.sh_size]  # SHF_ALLOC
        sec_ranges = [(sec.sh_addr, sec.sh_addr + sec.sh_size, i) for i, sec in enumerate(elf.sections)
                      if sec.sh_flags & 0x2 and sec.sh_size]
        load_segments = [(p_paddr, p_vaddr, p_filesz)
                         for p_type, _, p_vaddr, p_paddr, p_filesz, _, _, _ in elf.segments
                         if p_type == 1 and p_filesz]  # PT_LOAD
        symtab = elf.by_name.get(".symtab")
        has_symtab = symtab is not None
        rows: list[tuple[int, int, int, str, int]] = []
        if symtab is not None:
            if symtab.sh_type != SHT_SYMTAB:  # (RawElf checked a SYMTAB's entry size and string table)
                raise Unsupported("symbol table")
            strtab = elf.sections[symtab.sh_link]
            rows = symbols32(elf.data(".symtab"), blob[strtab.sh_offset:strtab.sh_offset + strtab.sh_size],
                             elf.little)
            rows.sort()
        data: dict[str, Any] = {
            "sha256": digest, "machine": "EM_ARM", "warnings": warnings, "sections": sections,
            "load_segments": load_segments, "sym_lo": [r[0] for r in rows], "sym_hi": [r[2] for r in rows],
            "sym_name": [r[3] for r in rows], "sym_sec": [r[4] for r in rows], "sec_ranges": sec_ranges,
            "has_symtab": has_symtab, "has_debug_frame": ".debug_frame" in elf.by_name,
            "files": [], "nodes": [], **_empty_tables(), "has_dwarf": False,
        }
        if ".debug_info" in elf.by_name:
            _dwarf_tables(elf, data, True)
            data["has_dwarf"] = True
        return _finish(data)
    except Exception:  # Unsupported, or damage the pyelftools path will name in its own words
        return None


def _finish(data: dict[str, Any]) -> dict[str, Any]:
    """What either reader ends with: the warnings a missing symbol table or DWARF earns, the rendering."""
    if not data["has_symtab"] and not data["has_dwarf"]:
        data["warnings"].append("ELF is stripped (no symbol table, no DWARF): addresses cannot be named")
    elif not data["has_dwarf"]:
        data["warnings"].append("ELF has no DWARF debug info: function names only, no file:line")
    _render(data)
    return data


def _empty_tables() -> dict[str, bytes]:
    return {k: b"" for k in ("line_addr", "line_fid", "line_no", "line_discr", "seg_lo", "seg_node")}


def _render(data: dict[str, Any]) -> None:
    """Precompute the text ``ElfIndex.text`` joins: one location string per line row (deduplicated),
    and per node its name and the lines of its outer frames.  Made with ``Frame.location`` so the
    fast text and ``lookup()`` cannot disagree."""
    files: list[str] = data["files"]
    accel = accelerator()
    got = accel.loc_ids(data["line_fid"], data["line_no"], data["line_discr"]) if accel is not None else None
    line_loc: Any
    if got is not None:
        distinct, line_loc_bytes = got
        line_loc = _unpack("I", line_loc_bytes)
    else:
        fids = _unpack("i", data["line_fid"])
        nos = _unpack("I", data["line_no"])
        discrs = _unpack("I", data["line_discr"])
        keys = list(zip(fids, nos, discrs, strict=True))
        # id 0: no line row (a gap, or before any); then each distinct (file, line, discriminator)
        loc_ids = {key: i for i, key in enumerate(dict.fromkeys([(-1, 0, 0), *keys]))}
        distinct = list(loc_ids)
        line_loc = list(map(loc_ids.__getitem__, keys))
        line_loc_bytes = _pack("I", line_loc)
    locs = [_NO_LINE if fid < 0 else Frame("f", files[fid], line, discr).location()
            for fid, line, discr in distinct]
    nodes: list[tuple[str, int, int, int, int]] = data["nodes"]
    tails: list[str] = []
    for i, (_name, cf, cl, cd, parent) in enumerate(nodes):
        if parent < 0:
            tails.append("")
            continue
        # the parent's line (named by it, placed at this node's call site), then the parent's own tail;
        # parents are numbered before their children, so that tail is already made
        pname = nodes[parent][0]
        head = f"{pname}\n{Frame(pname, files[cf] if cf >= 0 else UNKNOWN, cl, cd).location()}\n"
        if parent < i:
            tails.append(head + tails[parent])
            continue
        parts = [head]  # not expected (DIE order), but walk the chain rather than assume it
        _, cf, cl, cd, parent = nodes[parent]
        while parent >= 0:
            pname = nodes[parent][0]
            parts.append(f"{pname}\n{Frame(pname, files[cf] if cf >= 0 else UNKNOWN, cl, cd).location()}\n")
            _, cf, cl, cd, parent = nodes[parent]
        tails.append("".join(parts))
    for name in (n[0] for n in nodes):
        if "\0" in name:
            raise SymbolError("a function name holds a NUL byte")
    # stored with their line ends ("\nname\n", "file:line\n") so text() joins them as they are
    data.update(line_loc=line_loc_bytes, locs="\0".join(loc + "\n" for loc in locs),
                heads="\0".join(f"\n{n[0]}\n" for n in nodes), tails="\0".join(tails))
    data.update(_halfword_table(data, line_loc, nodes, accel))


#: at most this many halfwords (2 MiB of address space) get a direct table; beyond, text() bisects
MAX_TABLE = 1 << 20


def _halfword_table(data: dict[str, Any], line_loc: Any, nodes: list[tuple[str, int, int, int, int]],
                    accel: Any = None) -> dict[str, Any]:
    """Per halfword of the covered address range, the innermost node (-1 where ``text()`` must ask
    ``lookup()``) and the location string id: a lookup becomes two array reads instead of two
    bisects.  Only made when every boundary is even -- then an odd (Thumb) address answers as the
    halfword it falls in, exactly as the bisect would."""
    from array import array

    seg_lo = _unpack("I", data["seg_lo"])
    seg_node = _unpack("i", data["seg_node"])
    line_addr = _unpack("I", data["line_addr"])
    none = {"tab_base": 0, "tab_node": b"", "tab_node_code": "i", "tab_loc": b"", "tab_loc_code": "I"}
    if not seg_lo or not line_addr:
        return none
    base = min(seg_lo[0], line_addr[0])
    end = max(seg_lo[-1], line_addr[-1])
    count = (end - base) // 2
    if base & 1 or count > MAX_TABLE:
        return none
    # the narrowest element that holds every id: the table is most of the cache entry's bytes
    node_code = "h" if len(nodes) < 1 << 15 else "i"
    loc_code = "H" if max(line_loc, default=0) < 1 << 16 else "I"
    unnamed = [n[0] == UNKNOWN for n in nodes]
    tables = []
    # (before the first start: no node, and location 0 = _NO_LINE)
    for code, fill, starts, values in ((node_code, -1, seg_lo, [-1 if v < 0 or unnamed[v] else v for v in seg_node]),
                                       (loc_code, 0, line_addr, line_loc)):
        if accel is not None:  # the same cells, filled in C (None: an odd boundary, or unsure: Python decides)
            made = accel.fill(starts.tobytes(), _pack("i" if code in "hi" else "I", values), base, base + 2 * count,
                              fill, array(code).itemsize)
            if made is not None:
                tables.append(made)
                continue
        cells: list[int] = []
        extend = cells.extend
        odd = 0
        for start, stop, value in zip(starts, [*starts[1:], base + 2 * count], values, strict=True):
            odd |= start
            if stop > start:
                extend([value] * ((stop - start) >> 1))
        if odd & 1:
            return none  # a boundary inside a halfword: only the bisect answers exactly
        tables.append((array(code, [fill]) * ((starts[0] - base) >> 1) + array(code, cells)).tobytes())
    tab_node, tab_loc = tables
    return {"tab_base": base, "tab_node": tab_node, "tab_node_code": node_code,
            "tab_loc": tab_loc, "tab_loc_code": loc_code}


def _symbols(elf: Any, warnings: list[str], fast: bool) -> tuple[list[int], list[int], list[str], list[int], bool]:
    """Function and untyped symbols (what BFD names addresses with), Thumb bit cleared, mapping
    symbols ($t, $d, $a) left out.  Sorted by address; at one address a sized symbol comes last so a
    backwards scan meets it first."""
    symtab = elf.get_section_by_name(".symtab")
    if symtab is None:
        return [], [], [], [], False
    rows: list[tuple[int, int, int, str, int]] = []
    try:
        if fast and elf.elfclass == 32 and symtab["sh_entsize"] == 16:
            from .dwarf_fast import symbols32

            strtab = elf.get_section(symtab["sh_link"])
            rows = symbols32(symtab.data(), strtab.data(), elf.little_endian)
        else:
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


def _section_bytes(sec: Any) -> bytes:
    if sec is None:
        return b""
    if isinstance(sec, bytes):  # dwarf_fast.RawDwarf's sections
        return sec
    stream = sec.stream
    return stream.getvalue() if hasattr(stream, "getvalue") else (stream.seek(0) or stream.read())


def accelerator() -> Any:
    """The optional C decoders (``dfuforensics/_dwarf_accel.c``), or None (``accel.extension``: not built
    here, or ``DFUFORENSICS_NO_ACCEL=1``; both must build the same index, tests compare)."""
    from ..accel import extension

    return extension("_dwarf_accel")


class _Declined(Exception):
    """The C line-table decoder met something it does not decode: build again in pure Python."""


def _dwarf(elf: Any, data: dict[str, Any], fast: bool) -> None:
    if fast:
        from .dwarf_fast import Unsupported

        try:
            _dwarf_tables(elf, data, True)
            return
        except Unsupported:
            pass  # DWARF outside what the fast decoders cover: pyelftools reads it all
    _dwarf_tables(elf, data, False)


def _dwarf_tables(elf: Any, data: dict[str, Any], fast: bool) -> None:
    accel = accelerator() if fast else None
    if accel is not None:
        try:
            _tables(elf, data, True, accel)
            return
        except _Declined:
            pass  # the pure-Python decoders read it (or report it) exactly as without the accelerator
    _tables(elf, data, fast, None)


def _tables(elf: Any, data: dict[str, Any], fast: bool, accel: Any) -> None:
    dwarf = elf.get_dwarf_info()
    range_lists = dwarf.range_lists()
    files: list[str] = []
    file_ids: dict[str, int] = {}
    line_rows: list[tuple[int, int, int, int, int, int]] = []  # (addr, seq, order, fid, line, discr)
    nodes: list[tuple[str, int, int, int, int]] = []
    children: dict[int, list[tuple[int, int, int]]] = {}
    top: list[tuple[int, int, int]] = []
    little = elf.little_endian
    if fast:
        from .dwarf_fast import InfoReader
        from .dwarf_fast import line_rows as decode_line_rows

        raw_info = _section_bytes(dwarf.debug_info_sec)
        raw_str = _section_bytes(dwarf.debug_str_sec)
        raw_line_str = _section_bytes(getattr(dwarf, "debug_line_str_sec", None))
        raw_line = _section_bytes(dwarf.debug_line_sec)
        raw_ranges = _section_bytes(dwarf.debug_ranges_sec)
        raw_rnglists = _section_bytes(getattr(dwarf, "debug_rnglists_sec", None))
        raw_abbrev = _section_bytes(dwarf.debug_abbrev_sec) if accel is not None else b""
    programs: list[tuple[Any, ...]] = []  # with the accelerator: the line programs, decoded after the walk

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
        fmap: list[int] = []
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

            if fast:
                # the program's file register -> our file ids, so rows come out final
                fmap = [file_index(i) for i in range(len(cu_files) + 1)]
                if accel is not None:
                    h = lp.header
                    programs.append((lp.program_start_offset, lp.program_end_offset, h["minimum_instruction_length"],
                                     h.get("maximum_operations_per_instruction", 1) or 1, h["line_base"],
                                     h["line_range"], h["opcode_base"], list(h["standard_opcode_lengths"]), fmap))
                else:
                    rows_cu, seq_no = decode_line_rows(raw_line, lp.program_start_offset, lp.program_end_offset,
                                                       lp.header, little, fmap, seq_no)
                    line_rows.extend(rows_cu)
            else:
                order = 0
                for st in (e.state for e in lp.get_entries()):
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

        if fast:
            v5 = bool(raw_rnglists) and (not raw_ranges or cu["version"] >= 5)
            if accel is not None and isinstance(cu_base, int) and 0 <= cu_base < 1 << 64:
                got = accel.walk_cu(raw_info, raw_str, raw_line_str, raw_abbrev, cu["debug_abbrev_offset"],
                                    cu.cu_offset, cu.cu_offset + cu.size, top_die.offset, cu["address_size"],
                                    4 if cu.dwarf_format() == 32 else 8, cu["version"], little, fmap, cu_base,
                                    raw_rnglists if v5 else raw_ranges, v5, len(nodes))
                if got is not None:
                    first = len(nodes)
                    cu_nodes, cu_top, cu_kids = got
                    nodes.extend(cu_nodes)
                    top.extend(cu_top)
                    children.update(enumerate(cu_kids, first))
                    continue
                # else: something the C walk does not decode; this unit goes through the Python walk
            reader = InfoReader(raw_info, raw_str, raw_line_str, cu, little)
            _walk_fast(reader, top_die.offset, file_index, cu_base, raw_rnglists if v5 else raw_ranges, v5,
                       little, nodes, children, top)
            continue

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

    if accel is not None:
        table = accel.line_table(raw_line, little, programs, 0) if programs else None
        if table is None and programs:
            raise _Declined
        top.sort()
        seg_lo, seg_node = _paint(top, children, nodes)
        empty = _pack("I", [])
        line_addr, line_fid, line_no, line_discr = table[:4] if table else (empty, empty, empty, empty)
        data.update(files=files, line_addr=line_addr, line_fid=line_fid, line_no=line_no, line_discr=line_discr,
                    nodes=nodes, seg_lo=_pack("I", seg_lo), seg_node=_pack("i", seg_node))
        return
    # Line rows: sort by address; rows of one address keep their program order (addr2line uses the
    # last).  (addr, seq, order) is unique, so the tuples sort as that key would.
    line_rows.sort()
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


_DESCEND = frozenset(("DW_TAG_lexical_block", "DW_TAG_namespace", "DW_TAG_class_type", "DW_TAG_structure_type",
                      "DW_TAG_try_block", "DW_TAG_catch_block"))


def _walk_fast(reader: Any, top_offset: int, file_index: Any, cu_base: int, rng: bytes, v5: bool, little: bool,
               nodes: list[tuple[str, int, int, int, int]], children: dict[int, list[tuple[int, int, int]]],
               top: list[tuple[int, int, int]]) -> None:
    """The reference ``visit`` (pyelftools DIE objects, recursive) as one pass over the CU's bytes:
    the same nodes in the same order.  Subtrees nobody reads (types, variables) are jumped over
    with ``DW_AT_sibling`` when the compiler gave one."""
    from .dwarf_fast import CALL_FILE, CALL_LINE, DISCR, HIGH, HIGH_IS_ADDR, LOW, RANGES, SIBLING, range_list

    info = reader.info
    end = reader.end
    plan = reader.walk_plan
    read = reader.read
    addr_size = reader.addr_size
    code, pos = _uleb1(info, top_offset)
    _tag, has_kids, ops, _fixed = plan(code)
    pos, _ = read(pos, ops)
    if not has_kids:
        return
    # one entry per open level: (process children?, list the children's ranges go to, list to sort)
    stack: list[tuple[bool, list[tuple[int, int, int]] | None, list[tuple[int, int, int]] | None]] = \
        [(True, None, None)]
    skip_level = (False, None, None)
    while stack and pos < end:
        code, pos = _uleb1(info, pos)
        if not code:
            level = stack.pop()
            if level[2] is not None:
                level[2].sort()
            continue
        tag, has_kids, ops, fixed = plan(code)
        if fixed >= 0:  # nothing to read: step over it
            pos += fixed
            vals = None
        else:
            pos, vals = read(pos, ops)
        process, parent_children, _ = stack[-1]
        if process:
            if tag == "DW_TAG_subprogram" or tag == "DW_TAG_inlined_subroutine":
                ranges: list[tuple[int, int]] = []
                if vals is not None:
                    lo, hi = vals[LOW], vals[HIGH]
                    if lo is not None and hi is not None:
                        hi = hi if vals[HIGH_IS_ADDR] else lo + hi
                        if hi > lo:
                            ranges = [(lo, hi)]
                    elif vals[RANGES] is not None and rng:
                        ranges = range_list(rng, vals[RANGES], v5, addr_size, cu_base, little)
                if tag == "DW_TAG_inlined_subroutine" and parent_children is None:
                    if has_kids:
                        stack.append((True, None, None))
                    continue
                if ranges:
                    assert vals is not None
                    cf = file_index(vals[CALL_FILE]) if vals[CALL_FILE] is not None else -1
                    cl = vals[CALL_LINE] if vals[CALL_LINE] is not None else 0
                    cd = vals[DISCR] if vals[DISCR] is not None else 0
                    node_id = len(nodes)
                    kids: list[tuple[int, int, int]] = []
                    children[node_id] = kids
                    nodes.append((reader.name(vals) or UNKNOWN, cf, cl, cd, -1))
                    target = top if tag == "DW_TAG_subprogram" and parent_children is None else parent_children
                    for lo, hi in ranges:
                        target.append((lo, hi, node_id))  # type: ignore[union-attr]
                    if has_kids:
                        stack.append((True, kids, kids))
                    continue
            elif tag in _DESCEND:
                if has_kids:
                    stack.append((True, parent_children, None))
                continue
        if has_kids:  # a subtree nobody reads: jump over it when the DIE says where its sibling is
            sib = vals[SIBLING] if vals is not None else None
            if sib is not None and pos < sib <= end:
                pos = sib
            else:
                stack.append(skip_level)


def _uleb1(data: bytes, pos: int) -> tuple[int, int]:
    b = data[pos]
    if b < 0x80:
        return b, pos + 1
    from .dwarf_fast import _uleb

    return _uleb(data, pos)


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
