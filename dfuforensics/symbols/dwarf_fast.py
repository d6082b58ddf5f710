"""Fast decoders for the three DWARF/ELF tables the address index needs, over raw section bytes.

Why this exists: profiling the cold index build (``benchmarks/bench_symbolize.py``, 361 KiB of code)
showed ~55 % of the time in pyelftools' line-program decoder (one ``copy.copy`` of the whole state per
row, construct parsing per opcode) and ~35 % in its DIE parser (every attribute of every DIE decoded,
including the types and variables addr2line never looks at).  These functions decode only what
``addr2line -f -i`` uses.  pyelftools still parses the headers (ELF, CU, abbreviation tables, line
program headers); anything outside the common subset (split DWARF index forms, type units, DW_FORM_indirect)
raises ``Unsupported`` and the caller rebuilds with pyelftools.  ``tests/symbols_speed`` checks the
whole index built this way against the pyelftools build on every fixture ELF.

Names follow the DWARF 5 specification (section 6.2 for line programs, 7.5 for forms).
"""

from __future__ import annotations

import struct
from typing import Any


class Unsupported(Exception):
    """A construct the fast path does not decode; the caller falls back to pyelftools."""


# -- LEB128 ----------------------------------------------------------------------------------------------

def _uleb(data: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def _sleb(data: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            if b & 0x40:
                result -= 1 << shift
            return result, pos


# -- line number programs (DWARF 5, 6.2.5) ------------------------------------------------------------

DW_LNS_copy, DW_LNS_advance_pc, DW_LNS_advance_line, DW_LNS_set_file = 1, 2, 3, 4
DW_LNS_set_column, DW_LNS_negate_stmt, DW_LNS_const_add_pc, DW_LNS_fixed_advance_pc = 5, 6, 8, 9
DW_LNE_end_sequence, DW_LNE_set_address, DW_LNE_set_discriminator = 1, 2, 4


def line_rows(data: bytes, start: int, end: int, header: Any, little: bool, file_ids: list[int],
              seq: int) -> tuple[list[tuple[int, int, int, int, int, int]], int]:
    """Rows of one line program as ``(address, sequence, order, file id, line, discriminator)``;
    an end of sequence is a row with file id -1.  Returns the rows and the next sequence number.

    ``file_ids`` maps the program's file register to the index's file ids (-1: none).  A row is
    appended where the state machine emits one (special opcode, ``DW_LNS_copy``,
    ``DW_LNE_end_sequence``) -- the same rows pyelftools' ``get_entries()`` gives states for;
    ``order`` counts them from 1 so rows at one address keep program order when sorted.
    """
    min_len = header["minimum_instruction_length"]
    max_ops = header.get("maximum_operations_per_instruction", 1) or 1
    line_base = header["line_base"]
    line_range = header["line_range"]
    opcode_base = header["opcode_base"]
    std_lengths = list(header["standard_opcode_lengths"])
    if not line_range:
        raise Unsupported("line_range is 0")
    order_ = "little" if little else "big"
    # special opcodes precomputed: (operation advance, address advance in bytes, line advance)
    special = [((op - opcode_base) // line_range, min_len * ((op - opcode_base) // line_range),
                line_base + (op - opcode_base) % line_range)
               if op >= opcode_base else (0, 0, 0) for op in range(256)]
    const_add = ((255 - opcode_base) // line_range) * min_len
    nfiles = len(file_ids)
    rows: list[tuple[int, int, int, int, int, int]] = []
    append = rows.append
    address, op_index, file, line, discr = 0, 0, 1, 1, 0
    fid = file_ids[1] if nfiles > 1 else -1
    order = 0
    pos = start
    while pos < end:
        op = data[pos]
        pos += 1
        if op >= opcode_base:
            adv, step, dline = special[op]
            if max_ops == 1:
                address += step
            else:
                address += min_len * ((op_index + adv) // max_ops)
                op_index = (op_index + adv) % max_ops
            line += dline
            order += 1
            append((address, seq, order, fid, line, discr))
            discr = 0
        elif op == DW_LNS_set_column:  # GCC emits one before most rows: skip its ULEB128 inline
            while data[pos] & 0x80:
                pos += 1
            pos += 1
        elif op == DW_LNS_negate_stmt:
            pass
        elif op == 0:
            length, pos = _uleb(data, pos)
            if not length:
                continue
            ex = data[pos]
            body = pos + 1
            pos += length
            if ex == DW_LNE_end_sequence:
                order += 1
                append((address, seq, order, -1, 0, 0))
                seq += 1
                address, op_index, file, line, discr = 0, 0, 1, 1, 0
                fid = file_ids[1] if nfiles > 1 else -1
            elif ex == DW_LNE_set_address:
                address = int.from_bytes(data[body:pos], order_)
                op_index = 0
            elif ex == DW_LNE_set_discriminator:
                discr = _uleb(data, body)[0]
            # DW_LNE_define_file and vendor opcodes: skipped by their length
        elif op == DW_LNS_copy:
            order += 1
            append((address, seq, order, fid, line, discr))
            discr = 0
        elif op == DW_LNS_advance_pc:
            v, pos = _uleb(data, pos)
            address += v * min_len
        elif op == DW_LNS_advance_line:
            v = data[pos]
            if v < 0x40:  # one-byte SLEB128, positive
                pos += 1
                line += v
            elif v < 0x80:  # one-byte SLEB128, negative
                pos += 1
                line += v - 0x80
            else:
                v, pos = _sleb(data, pos)
                line += v
        elif op == DW_LNS_set_file:
            file, pos = _uleb(data, pos)
            fid = file_ids[file] if file < nfiles else -1
        elif op == DW_LNS_const_add_pc:
            address += const_add
        elif op == DW_LNS_fixed_advance_pc:
            address += int.from_bytes(data[pos:pos + 2], order_)
            pos += 2
        else:
            # set_column, negate_stmt, set_basic_block, prologue/epilogue, set_isa and opcodes this
            # decoder does not know: skip their ULEB128 operands as the header declares
            n = std_lengths[op - 1] if op - 1 < len(std_lengths) else 0
            for _ in range(n):
                _, pos = _uleb(data, pos)
    return rows, seq


# -- debug_info entries (DWARF 5, 7.5) ----------------------------------------------------------------

# operation kinds of a decoding plan
_FIXED, _ULEB, _SLEB, _CSTR, _BLOCK_ULEB, _BLOCK1, _BLOCK2, _BLOCK4 = range(8)
_WANT_INT, _WANT_SINT, _WANT_STRP, _WANT_LSTRP, _WANT_STR, _WANT_IMPLICIT = range(8, 14)
_WANT_ADDR, _WANT_REF, _WANT_REF_ULEB, _WANT_REF_ADDR = range(14, 18)

_FIXED_SIZE = {
    "DW_FORM_data1": 1, "DW_FORM_ref1": 1, "DW_FORM_flag": 1, "DW_FORM_strx1": 1, "DW_FORM_addrx1": 1,
    "DW_FORM_data2": 2, "DW_FORM_ref2": 2, "DW_FORM_strx2": 2, "DW_FORM_addrx2": 2,
    "DW_FORM_strx3": 3, "DW_FORM_addrx3": 3,
    "DW_FORM_data4": 4, "DW_FORM_ref4": 4, "DW_FORM_strx4": 4, "DW_FORM_addrx4": 4, "DW_FORM_ref_sup4": 4,
    "DW_FORM_data8": 8, "DW_FORM_ref8": 8, "DW_FORM_ref_sig8": 8, "DW_FORM_ref_sup8": 8,
    "DW_FORM_data16": 16, "DW_FORM_flag_present": 0, "DW_FORM_implicit_const": 0,
}
_OFFSET_FORMS = {"DW_FORM_strp", "DW_FORM_line_strp", "DW_FORM_sec_offset", "DW_FORM_strp_sup",
                 "DW_FORM_GNU_ref_alt", "DW_FORM_GNU_strp_alt"}
_ULEB_FORMS = {"DW_FORM_udata", "DW_FORM_ref_udata", "DW_FORM_strx", "DW_FORM_addrx", "DW_FORM_rnglistx",
               "DW_FORM_loclistx", "DW_FORM_GNU_addr_index", "DW_FORM_GNU_str_index"}
_BLOCKS = {"DW_FORM_exprloc": _BLOCK_ULEB, "DW_FORM_block": _BLOCK_ULEB, "DW_FORM_block1": _BLOCK1,
           "DW_FORM_block2": _BLOCK2, "DW_FORM_block4": _BLOCK4}
_INT_FORMS = {"DW_FORM_data1", "DW_FORM_data2", "DW_FORM_data4", "DW_FORM_data8", "DW_FORM_udata"}
_REF_FIXED = {"DW_FORM_ref1", "DW_FORM_ref2", "DW_FORM_ref4", "DW_FORM_ref8"}

#: attributes the index reads, and the slot each value goes to
NAME, LINKAGE, MIPS_LINKAGE, ORIGIN, SPEC, LOW, HIGH, HIGH_IS_ADDR, RANGES, CALL_FILE, CALL_LINE, DISCR, \
    SIBLING = range(13)
_WANTED = {
    "DW_AT_name": NAME, "DW_AT_linkage_name": LINKAGE, "DW_AT_MIPS_linkage_name": MIPS_LINKAGE,
    "DW_AT_abstract_origin": ORIGIN, "DW_AT_specification": SPEC, "DW_AT_low_pc": LOW,
    "DW_AT_high_pc": HIGH, "DW_AT_ranges": RANGES, "DW_AT_call_file": CALL_FILE,
    "DW_AT_call_line": CALL_LINE, "DW_AT_GNU_discriminator": DISCR, "DW_AT_sibling": SIBLING,
}
_NAME_SLOTS = (NAME, LINKAGE, MIPS_LINKAGE)
_REF_SLOTS = (ORIGIN, SPEC, SIBLING)
_INT_SLOTS = (CALL_FILE, CALL_LINE, DISCR, RANGES)


#: the DIEs whose attributes the index reads while walking; others only need their sibling link
_READ_TAGS = frozenset(("DW_TAG_subprogram", "DW_TAG_inlined_subroutine"))


def _plan(abbrev: Any, addr_size: int, offset_size: int, version: int,
          walk: bool = False) -> tuple[tuple[int, int, int, int], ...]:
    """Per abbreviation: a list of (kind, size, slot, implicit value); adjacent skipped fixed-size
    forms are merged so a variable or type DIE is mostly one ``pos +=``.  ``walk``: only what the
    tree walk reads (all wanted attributes of functions, the sibling link of other parents)."""
    ops: list[list[int]] = []
    tag = abbrev["tag"]
    for spec in abbrev.decl["attr_spec"]:
        form, name = spec.form, spec.name
        slot = _WANTED.get(name, -1)
        if walk and tag not in _READ_TAGS and slot != SIBLING:
            slot = -1
        if slot == SIBLING and form not in _REF_FIXED and form != "DW_FORM_ref_udata":
            slot = -1  # a sibling in another form is just skipped; children are then walked
        if slot >= 0:
            if form == "DW_FORM_implicit_const":
                ops.append([_WANT_IMPLICIT, 0, slot, spec.value])
                continue
            if slot in _NAME_SLOTS:
                kind = {"DW_FORM_strp": _WANT_STRP, "DW_FORM_line_strp": _WANT_LSTRP,
                        "DW_FORM_string": _WANT_STR}.get(form)
                if kind is None:
                    raise Unsupported(f"{name} in {form}")
                size = offset_size
            elif slot in _REF_SLOTS:
                if form in _REF_FIXED:
                    kind, size = _WANT_REF, _FIXED_SIZE[form]
                elif form == "DW_FORM_ref_udata":
                    kind, size = _WANT_REF_ULEB, 0
                elif form == "DW_FORM_ref_addr":
                    kind, size = _WANT_REF_ADDR, (addr_size if version < 3 else offset_size)
                else:
                    raise Unsupported(f"{name} in {form}")
            elif slot == LOW:
                if form != "DW_FORM_addr":
                    raise Unsupported(f"{name} in {form}")
                kind, size = _WANT_ADDR, addr_size
            elif slot == HIGH:
                if form == "DW_FORM_addr":
                    kind, size = _WANT_ADDR, addr_size
                    ops.append([_WANT_IMPLICIT, 0, HIGH_IS_ADDR, 1])
                elif form in _INT_FORMS:
                    kind, size = (_WANT_INT, _FIXED_SIZE.get(form, 0))
                else:
                    raise Unsupported(f"{name} in {form}")
            else:  # CALL_FILE, CALL_LINE, DISCR, RANGES: plain unsigned (or signed) numbers
                if form in _INT_FORMS:
                    kind, size = _WANT_INT, _FIXED_SIZE.get(form, 0)
                elif form == "DW_FORM_sdata":
                    kind, size = _WANT_SINT, 0
                elif form == "DW_FORM_sec_offset":
                    kind, size = _WANT_INT, offset_size
                else:
                    raise Unsupported(f"{name} in {form}")
            ops.append([kind, size, slot, 0])
            continue
        if form in _FIXED_SIZE:
            size = _FIXED_SIZE[form]
        elif form in _OFFSET_FORMS:
            size = offset_size
        elif form == "DW_FORM_addr":
            size = addr_size
        elif form == "DW_FORM_ref_addr":
            size = addr_size if version < 3 else offset_size
        elif form in _ULEB_FORMS:
            ops.append([_ULEB, 0, -1, 0])
            continue
        elif form == "DW_FORM_sdata":
            ops.append([_SLEB, 0, -1, 0])
            continue
        elif form == "DW_FORM_string":
            ops.append([_CSTR, 0, -1, 0])
            continue
        elif form in _BLOCKS:
            ops.append([_BLOCKS[form], 0, -1, 0])
            continue
        else:
            raise Unsupported(f"form {form}")
        if size == 0:
            continue
        if ops and ops[-1][0] == _FIXED:
            ops[-1][1] += size
        else:
            ops.append([_FIXED, size, -1, 0])
    return tuple(tuple(o) for o in ops)  # type: ignore[misc]


class InfoReader:
    """Decodes DIEs of one CU from raw ``.debug_info`` bytes with pyelftools' abbreviation table."""

    def __init__(self, info: bytes, strs: bytes, line_strs: bytes, cu: Any, little: bool) -> None:
        self.info = info
        self.strs = strs
        self.line_strs = line_strs
        self.cu_offset: int = cu.cu_offset
        self.end: int = cu.cu_offset + cu.size
        self.order = "little" if little else "big"
        self.abbrevs = cu.get_abbrev_table()
        self.addr_size: int = cu["address_size"]
        self.offset_size = 4 if cu.dwarf_format() == 32 else 8
        self.version: int = cu["version"]
        self._plans: dict[int, tuple[str, bool, tuple[tuple[int, int, int, int], ...]]] = {}
        self._walk_plans: dict[int, tuple[str, bool, tuple[tuple[int, int, int, int], ...], int]] = {}

    def plan(self, code: int) -> tuple[str, bool, tuple[tuple[int, int, int, int], ...]]:
        """Every wanted attribute of DIEs with this abbreviation code (for references)."""
        p = self._plans.get(code)
        if p is None:
            ab = self.abbrevs.get_abbrev(code)
            p = self._plans[code] = (ab["tag"], ab.has_children(), _plan(ab, self.addr_size, self.offset_size,
                                                                         self.version))
        return p

    def walk_plan(self, code: int) -> tuple[str, bool, tuple[tuple[int, int, int, int], ...], int]:
        """What the tree walk reads, and the DIE's size when that is all it needs (else -1)."""
        p = self._walk_plans.get(code)
        if p is None:
            ab = self.abbrevs.get_abbrev(code)
            ops = _plan(ab, self.addr_size, self.offset_size, self.version, walk=True)
            fixed = sum(o[1] for o in ops) if all(o[0] == _FIXED for o in ops) else -1
            p = self._walk_plans[code] = (ab["tag"], ab.has_children(), ops, fixed)
        return p

    def _cstr(self, table: bytes, off: int) -> str:
        end = table.index(b"\0", off)
        return table[off:end].decode("utf-8", "replace")

    def read(self, pos: int, ops: tuple[tuple[int, int, int, int], ...]) -> tuple[int, list[Any] | None]:
        """Skip or decode one DIE's attributes from ``pos``; the wanted values in slots (or None)."""
        info = self.info
        vals: list[Any] | None = None
        for kind, size, slot, implicit in ops:
            if kind == _FIXED:
                pos += size
                continue
            if kind < _WANT_INT:
                if kind == _ULEB:
                    while info[pos] & 0x80:
                        pos += 1
                    pos += 1
                elif kind == _SLEB:
                    while info[pos] & 0x80:
                        pos += 1
                    pos += 1
                elif kind == _CSTR:
                    pos = info.index(b"\0", pos) + 1
                elif kind == _BLOCK_ULEB:
                    n, pos = _uleb(info, pos)
                    pos += n
                else:
                    w = 1 if kind == _BLOCK1 else 2 if kind == _BLOCK2 else 4
                    pos += w + int.from_bytes(info[pos:pos + w], self.order)
                continue
            if vals is None:
                vals = [None] * 13
            if kind == _WANT_INT or kind == _WANT_ADDR or kind == _WANT_REF:
                if size:
                    v = int.from_bytes(info[pos:pos + size], self.order)
                    pos += size
                else:
                    v, pos = _uleb(info, pos)
                if kind == _WANT_REF:
                    v += self.cu_offset
            elif kind == _WANT_STRP:
                v = self._cstr(self.strs, int.from_bytes(info[pos:pos + size], self.order))
                pos += size
            elif kind == _WANT_LSTRP:
                v = self._cstr(self.line_strs, int.from_bytes(info[pos:pos + size], self.order))
                pos += size
            elif kind == _WANT_STR:
                end = info.index(b"\0", pos)
                v = info[pos:end].decode("utf-8", "replace")
                pos = end + 1
            elif kind == _WANT_IMPLICIT:
                v = implicit
            elif kind == _WANT_SINT:
                v, pos = _sleb(info, pos)
            elif kind == _WANT_REF_ULEB:
                v, pos = _uleb(info, pos)
                v += self.cu_offset
            else:  # _WANT_REF_ADDR: offset from the start of .debug_info
                v = int.from_bytes(info[pos:pos + size], self.order)
                pos += size
            vals[slot] = v
        return pos, vals

    def die_at(self, offset: int) -> tuple[str, list[Any] | None] | None:
        """(tag, wanted values) of the DIE at an absolute ``.debug_info`` offset in this CU."""
        if not self.cu_offset <= offset < self.end:
            raise Unsupported("reference into another unit")
        code, pos = _uleb(self.info, offset)
        if not code:
            return None
        tag, _, ops = self.plan(code)
        return tag, self.read(pos, ops)[1]

    def name(self, vals: list[Any] | None, depth: int = 0) -> str | None:
        """The name addr2line prints for a DIE: linkage name, else name, else that of its abstract
        origin / specification (followed at most 4 deep); None when there is none."""
        if vals is None:
            return None
        for slot in (LINKAGE, MIPS_LINKAGE, NAME):
            v = vals[slot]
            if v:
                return v  # type: ignore[no-any-return]
        if depth < 4:
            for slot in (ORIGIN, SPEC):
                ref = vals[slot]
                if ref is not None:
                    target = self.die_at(ref)
                    return self.name(target[1], depth + 1) if target else None
        return None


def range_list(data: bytes, offset: int, v5: bool, addr_size: int, base: int,
               little: bool) -> list[tuple[int, int]]:
    """Non-empty [lo, hi) ranges of one range list: ``.debug_rnglists`` entries (DWARF 5, 2.17.3) when
    ``v5``, else ``.debug_ranges`` address pairs with base-address selection entries."""
    order = "little" if little else "big"
    out: list[tuple[int, int]] = []
    pos = offset
    if not v5:
        max_addr = (1 << (8 * addr_size)) - 1
        while True:
            begin = int.from_bytes(data[pos:pos + addr_size], order)
            end = int.from_bytes(data[pos + addr_size:pos + 2 * addr_size], order)
            if pos + 2 * addr_size > len(data):
                raise Unsupported("range list runs past the section")
            pos += 2 * addr_size
            if begin == 0 and end == 0:
                return out
            if begin == max_addr:
                base = end
            elif base + end > base + begin:
                out.append((base + begin, base + end))
    while True:
        kind = data[pos]
        pos += 1
        if kind == 0:  # DW_RLE_end_of_list
            return out
        if kind == 4:  # DW_RLE_offset_pair
            lo, pos = _uleb(data, pos)
            hi, pos = _uleb(data, pos)
            lo, hi = base + lo, base + hi
        elif kind == 5:  # DW_RLE_base_address
            base = int.from_bytes(data[pos:pos + addr_size], order)
            pos += addr_size
            continue
        elif kind == 6:  # DW_RLE_start_end
            lo = int.from_bytes(data[pos:pos + addr_size], order)
            hi = int.from_bytes(data[pos + addr_size:pos + 2 * addr_size], order)
            pos += 2 * addr_size
        elif kind == 7:  # DW_RLE_start_length
            lo = int.from_bytes(data[pos:pos + addr_size], order)
            n, pos = _uleb(data, pos + addr_size)
            hi = lo + n
        else:  # the *x forms need .debug_addr (split DWARF); unknown kinds cannot be skipped
            raise Unsupported(f"range list entry kind {kind}")
        if hi > lo:
            out.append((lo, hi))


def symbols32(data: bytes, strtab: bytes, little: bool) -> list[tuple[int, int, int, str, int]]:
    """Function and untyped symbols of an ELF32 ``.symtab`` as (address, rank, end, name, section):
    Thumb bit cleared on functions, mapping symbols ($t, $d, $a) and undefined/absolute/common
    symbols left out -- the rows BFD names addresses with (see ``index._symbols``)."""
    fmt = "<IIIBBH" if little else ">IIIBBH"
    rows: list[tuple[int, int, int, str, int]] = []
    usable = len(data) - len(data) % 16
    for st_name, value, size, info, _other, shndx in struct.iter_unpack(fmt, data[:usable]):
        kind = info & 0xF
        if kind not in (0, 2) or shndx in (0, 0xFFF1, 0xFFF2) or not st_name:
            continue  # STT_NOTYPE = 0, STT_FUNC = 2
        end = strtab.find(b"\0", st_name)
        name = strtab[st_name:end if end >= 0 else len(strtab)].decode("utf-8", "replace")
        if not name or name.startswith("$"):
            continue
        lo = value & ~1 if kind == 2 else value
        rank = (2 if size else 0) + (1 if info >> 4 == 1 else 0)  # STB_GLOBAL = 1
        rows.append((lo, rank, lo + size, name, shndx))
    return rows
