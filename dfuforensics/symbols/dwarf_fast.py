"""Fast decoders for the three DWARF/ELF tables the address index needs, over raw section bytes.

Why this exists: profiling the cold index build (``benchmarks/bench_symbolize.py``, 361 KiB of code)
showed ~55 % of the time in pyelftools' line-program decoder (one ``copy.copy`` of the whole state per
row, construct parsing per opcode) and ~35 % in its DIE parser (every attribute of every DIE decoded,
including the types and variables addr2line never looks at).  These functions decode only what
``addr2line -f -i`` uses; the headers (ELF, units, abbreviation tables, line program headers) are read
here too (``RawElf``, end of file) or by pyelftools.  Anything outside the common subset (split DWARF
index forms, type units, DW_FORM_indirect) raises ``Unsupported`` and the caller rebuilds with
pyelftools.  ``tests/symbols_speed`` checks the whole index built this way against the pyelftools
build on every fixture ELF.

Names follow the DWARF 5 specification (section 6.2 for line programs, 7.5 for forms).
"""

from __future__ import annotations

import struct

TYPE_CHECKING = False  # typing is not imported on the cold path (~4 ms)
if TYPE_CHECKING:
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


# -- ELF32 and DWARF headers without pyelftools -----------------------------------------------------------
#
# Importing pyelftools and letting it parse the headers (ELF, units, abbreviation tables, line program
# headers) was ~130 ms of a ~260 ms cold build.  Below, the same headers read with ``struct``, for the
# common case only: a little/big-endian ELF32 executable for ARM, DWARF 2-5 in the 32-bit format,
# compile units with 4-byte addresses, nothing compressed, relocated or split.  Anything else -- or
# anything damaged -- raises ``Unsupported`` and the builder uses pyelftools, which reads it (or
# reports it) as it always did.  ``RawDwarf`` offers the subset of pyelftools' ``DWARFInfo`` interface
# the builder's fast path calls, so both header readers feed the same decoders; the tests build every
# fixture ELF both ways and compare the index table for table.

EM_ARM = 40
SHT_SYMTAB, SHT_STRTAB, SHT_NOBITS = 2, 3, 8
SHT_ARM_ATTRIBUTES = 0x70000003
SHF_COMPRESSED = 0x800
#: section types whose pyelftools objects read nothing more when made (NULL, PROGBITS, NOTE, NOBITS,
#: INIT/FINI/PREINIT_ARRAY, ARM_EXIDX) or whose one check is repeated here (SYMTAB, STRTAB,
#: ARM_ATTRIBUTES); any other type sends the ELF to pyelftools, which may refuse or warn about it
_RAW_TYPES = frozenset((0, 1, SHT_SYMTAB, SHT_STRTAB, 7, SHT_NOBITS, 14, 15, 16, 0x70000001, SHT_ARM_ATTRIBUTES))

#: sections whose presence means pyelftools would do more than read bytes (decompress, relocate,
#: follow a link to another file, read type units): those ELFs take the pyelftools path
_NOT_RAW_PREFIXES = (".zdebug", ".gnu_debuglink", ".gnu_debugaltlink", ".debug_sup", ".debug_types", ".rel.debug",
                     ".rela.debug")


class RawSection:
    """One section header (ELF32, names as in the ELF specification)."""

    __slots__ = ("name", "sh_type", "sh_flags", "sh_addr", "sh_offset", "sh_size", "sh_link", "sh_entsize")

    def __init__(self, name: str, fields: tuple[int, ...]) -> None:
        self.name = name
        (_, self.sh_type, self.sh_flags, self.sh_addr, self.sh_offset, self.sh_size, self.sh_link, _,
         _, self.sh_entsize) = fields


class RawElf:
    """An ELF32 ARM executable's headers, read eagerly (they are small); section bytes on request."""

    def __init__(self, blob: bytes) -> None:
        if len(blob) < 52 or blob[:4] != b"\x7fELF" or blob[4] != 1 or blob[5] not in (1, 2):
            raise Unsupported("not a plain ELF32 file")
        self.blob = blob
        self.little = blob[5] == 1
        e = "<" if self.little else ">"
        self.e = e
        (e_type, e_machine, _, _, e_phoff, e_shoff, _, _, e_phentsize, e_phnum, e_shentsize, e_shnum,
         e_shstrndx) = struct.unpack_from(e + "HHIIIIIHHHHHH", blob, 16)
        if e_machine != EM_ARM or e_type == 1:  # another machine (its message comes from pyelftools), ET_REL
            raise Unsupported("not an ARM executable")
        if not e_shnum or e_shentsize != 40 or e_shoff + 40 * e_shnum > len(blob) or e_shstrndx >= e_shnum:
            raise Unsupported("section header table")
        if e_phnum and (e_phnum == 0xFFFF or e_phentsize != 32 or e_phoff + 32 * e_phnum > len(blob)):
            raise Unsupported("program header table")
        heads = [struct.unpack_from(e + "10I", blob, e_shoff + 40 * i) for i in range(e_shnum)]
        str_off, str_size = heads[e_shstrndx][4], heads[e_shstrndx][5]
        if heads[e_shstrndx][1] == SHT_NOBITS or str_off + str_size > len(blob):
            raise Unsupported("section name table")
        names = blob[str_off:str_off + str_size]
        self.sections: list[RawSection] = []
        self.by_name: dict[str, RawSection] = {}
        for h in heads:
            end = names.find(b"\0", h[0]) if h[0] < len(names) else -1
            if end < 0:
                raise Unsupported("section name")
            raw_name = names[h[0]:end]
            if not raw_name.isascii():
                raise Unsupported("non-ASCII section name")
            sec = RawSection(raw_name.decode("ascii"), h)
            if sec.sh_flags & SHF_COMPRESSED or sec.name.startswith(_NOT_RAW_PREFIXES):
                raise Unsupported(f"section {sec.name}")
            if sec.sh_type != SHT_NOBITS and sec.sh_offset + sec.sh_size > len(blob):
                raise Unsupported("a section extends past the end of the file")
            if sec.name in self.by_name and sec.name:
                raise Unsupported("two sections of one name")
            if sec.sh_type not in _RAW_TYPES or (sec.sh_type == 1 and sec.name == ".stab"):
                raise Unsupported(f"section type {sec.sh_type:#x}")
            if sec.sh_type == SHT_SYMTAB and (sec.sh_entsize != 16 or sec.sh_size % 16 or sec.sh_link >= e_shnum
                                              or heads[sec.sh_link][1] != SHT_STRTAB):
                raise Unsupported("symbol table header")
            if sec.sh_type == SHT_ARM_ATTRIBUTES and blob[sec.sh_offset:sec.sh_offset + 1] != b"A":
                raise Unsupported("attributes section version")
            self.sections.append(sec)
            self.by_name[sec.name] = sec
        self.segments = [struct.unpack_from(e + "8I", blob, e_phoff + 32 * i) for i in range(e_phnum)]

    @property
    def little_endian(self) -> bool:
        return self.little

    def get_dwarf_info(self) -> RawDwarf:
        """(pyelftools' name: the builder's fast path reads DWARF from either reader)"""
        return RawDwarf(self)

    def data(self, name: str) -> bytes:
        """The bytes of a section (b"" when there is none: what the fast path reads for an absent one)."""
        sec = self.by_name.get(name)
        if sec is None:
            return b""
        if sec.sh_type == SHT_NOBITS:
            raise Unsupported(f"{name} has no bytes")
        return self.blob[sec.sh_offset:sec.sh_offset + sec.sh_size]


#: DWARF 5, 7.5.6: the forms by code, named as pyelftools names them (what ``_plan`` matches on)
_FORM_NAMES = {
    0x01: "addr", 0x03: "block2", 0x04: "block4", 0x05: "data2", 0x06: "data4", 0x07: "data8", 0x08: "string",
    0x09: "block", 0x0A: "block1", 0x0B: "data1", 0x0C: "flag", 0x0D: "sdata", 0x0E: "strp", 0x0F: "udata",
    0x10: "ref_addr", 0x11: "ref1", 0x12: "ref2", 0x13: "ref4", 0x14: "ref8", 0x15: "ref_udata",
    0x16: "indirect", 0x17: "sec_offset", 0x18: "exprloc", 0x19: "flag_present", 0x1A: "strx", 0x1B: "addrx",
    0x1C: "ref_sup4", 0x1D: "strp_sup", 0x1E: "data16", 0x1F: "line_strp", 0x20: "ref_sig8",
    0x21: "implicit_const", 0x22: "loclistx", 0x23: "rnglistx", 0x24: "ref_sup8", 0x25: "strx1", 0x26: "strx2",
    0x27: "strx3", 0x28: "strx4", 0x29: "addrx1", 0x2A: "addrx2", 0x2B: "addrx3", 0x2C: "addrx4",
    0x1F01: "GNU_addr_index", 0x1F02: "GNU_str_index", 0x1F20: "GNU_ref_alt", 0x1F21: "GNU_strp_alt",
}
FORMS: dict[int, str] = {k: "DW_FORM_" + v for k, v in _FORM_NAMES.items()}
#: only the attributes and tags the decoders look at get names; others stay numbers (never matched)
ATTRS = {0x03: "DW_AT_name", 0x6E: "DW_AT_linkage_name", 0x2007: "DW_AT_MIPS_linkage_name",
         0x31: "DW_AT_abstract_origin", 0x47: "DW_AT_specification", 0x11: "DW_AT_low_pc", 0x12: "DW_AT_high_pc",
         0x55: "DW_AT_ranges", 0x58: "DW_AT_call_file", 0x59: "DW_AT_call_line", 0x2136: "DW_AT_GNU_discriminator",
         0x01: "DW_AT_sibling"}
TAGS = {0x2E: "DW_TAG_subprogram", 0x1D: "DW_TAG_inlined_subroutine", 0x0B: "DW_TAG_lexical_block",
        0x39: "DW_TAG_namespace", 0x02: "DW_TAG_class_type", 0x13: "DW_TAG_structure_type",
        0x32: "DW_TAG_try_block", 0x25: "DW_TAG_catch_block"}


class RawSpec:
    """One attribute specification of an abbreviation (pyelftools' ``attr_spec`` shape)."""

    __slots__ = ("name", "form", "value", "code", "form_code")

    def __init__(self, code: int, form_code: int, value: int) -> None:
        self.code, self.form_code, self.value = code, form_code, value
        self.name: Any = ATTRS.get(code, code)
        self.form: Any = FORMS.get(form_code, form_code)


class RawAbbrev:
    """One abbreviation declaration (DWARF 5, 7.5.3), shaped like pyelftools' ``AbbrevDecl``."""

    __slots__ = ("tag", "kids", "decl")

    def __init__(self, tag: int, kids: bool, specs: list[RawSpec]) -> None:
        self.tag: Any = TAGS.get(tag, tag)
        self.kids = kids
        self.decl = {"attr_spec": specs}

    def __getitem__(self, key: str) -> Any:
        if key != "tag":
            raise KeyError(key)
        return self.tag

    def has_children(self) -> bool:
        return self.kids


class RawAbbrevTable:
    """A unit's abbreviation table, read whole as pyelftools reads it (so damage anywhere in it is
    noticed the same way); a code given twice, a children flag other than 0/1 or a read past the
    section: Unsupported."""

    def __init__(self, data: bytes, offset: int) -> None:
        self.decls: dict[int, RawAbbrev] = {}
        pos = offset
        while True:
            try:
                got, pos = _uleb(data, pos)
                if not got:
                    break
                tag, pos = _uleb(data, pos)
                kids = data[pos]
                pos += 1
                specs = []
                while True:
                    attr, pos = _uleb(data, pos)
                    form, pos = _uleb(data, pos)
                    if not attr and not form:
                        break
                    value = 0
                    if form == 0x21:
                        value, pos = _sleb(data, pos)
                    specs.append(RawSpec(attr, form, value))
            except IndexError:
                raise Unsupported("abbreviation table runs past its section") from None
            if kids > 1 or got in self.decls:
                raise Unsupported("abbreviation table")
            self.decls[got] = RawAbbrev(tag, kids == 1, specs)

    def get_abbrev(self, code: int) -> RawAbbrev:
        decl = self.decls.get(code)
        if decl is None:
            raise Unsupported(f"no abbreviation {code}")
        return decl


class RawAttr:
    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


class RawDie:
    """A unit's top DIE: its offset and the three attributes the builder reads."""

    __slots__ = ("offset", "attributes")

    def __init__(self, offset: int, attributes: dict[str, RawAttr]) -> None:
        self.offset = offset
        self.attributes = attributes


#: forms a top DIE's other attributes may use, by size (0: variable, read below)
_SKIP_FIXED = {0x0B: 1, 0x11: 1, 0x0C: 1, 0x05: 2, 0x12: 2, 0x06: 4, 0x13: 4, 0x07: 8, 0x14: 8, 0x20: 8, 0x1E: 16,
               0x19: 0, 0x21: 0, 0x01: 4}


class RawUnit:
    """A DWARF 2-5 compile unit (32-bit format, 4-byte addresses), shaped like pyelftools' ``CompileUnit``."""

    def __init__(self, dwarf: RawDwarf, offset: int) -> None:
        info, e = dwarf.info, dwarf.e
        if offset + 11 > len(info):
            raise Unsupported("unit header past the section")
        unit_length, version = struct.unpack_from(e + "IH", info, offset)
        if unit_length >= 0xFFFFFFF0 or not 2 <= version <= 5:
            raise Unsupported("64-bit DWARF or an unknown version")
        if version >= 5:
            unit_type, addr_size, abbrev_off = struct.unpack_from(e + "BBI", info, offset + 6)
            if unit_type != 1:  # DW_UT_compile only
                raise Unsupported("unit type")
            head = 12
        else:
            abbrev_off, addr_size = struct.unpack_from(e + "IB", info, offset + 6)
            head = 11
        if addr_size != 4 or unit_length + 4 <= head or offset + 4 + unit_length > len(info):
            raise Unsupported("unit header")
        self.dwarf = dwarf
        self.cu_offset = offset
        self.size = unit_length + 4
        self.header = {"version": version, "address_size": addr_size, "debug_abbrev_offset": abbrev_off}
        self.top_offset = offset + head
        self._abbrevs: RawAbbrevTable | None = None
        self._top: RawDie | None = None

    def __getitem__(self, key: str) -> Any:
        return self.header[key]

    def dwarf_format(self) -> int:
        return 32

    def get_abbrev_table(self) -> RawAbbrevTable:
        if self._abbrevs is None:
            self._abbrevs = RawAbbrevTable(self.dwarf.abbrev, self.header["debug_abbrev_offset"])
        return self._abbrevs

    def get_top_DIE(self) -> RawDie:  # noqa: N802 (pyelftools' name)
        """comp_dir (string forms), low_pc (DW_FORM_addr) and stmt_list (sec_offset/data4); any other
        form of those, or a form this reader cannot step over, is Unsupported."""
        if self._top is None:
            self._top = self._read_top()
        return self._top

    def _read_top(self) -> RawDie:
        info, e = self.dwarf.info, self.dwarf.e
        try:
            code, pos = _uleb(info, self.top_offset)
            decl = self.get_abbrev_table().get_abbrev(code)
            attrs: dict[str, RawAttr] = {}
            for spec in decl.decl["attr_spec"]:
                form = spec.form_code
                if spec.code == 0x1B:  # DW_AT_comp_dir
                    if form == 0x08:
                        end = info.index(b"\0", pos)
                        attrs["DW_AT_comp_dir"] = RawAttr(info[pos:end])
                        pos = end + 1
                        continue
                    if form not in (0x0E, 0x1F):
                        raise Unsupported("comp_dir form")
                    table = self.dwarf.str if form == 0x0E else self.dwarf.line_str
                    (off,) = struct.unpack_from(e + "I", info, pos)
                    end = table.index(b"\0", off)
                    attrs["DW_AT_comp_dir"] = RawAttr(table[off:end])
                    pos += 4
                    continue
                if spec.code == 0x11 and form == 0x01:  # DW_AT_low_pc
                    attrs["DW_AT_low_pc"] = RawAttr(struct.unpack_from(e + "I", info, pos)[0])
                    pos += 4
                    continue
                if spec.code == 0x10 and form in (0x17, 0x06):  # DW_AT_stmt_list
                    attrs["DW_AT_stmt_list"] = RawAttr(struct.unpack_from(e + "I", info, pos)[0])
                    pos += 4
                    continue
                if spec.code in (0x11, 0x10):
                    raise Unsupported("low_pc / stmt_list form")
                if form in _SKIP_FIXED:
                    pos += _SKIP_FIXED[form]
                elif form in (0x0E, 0x1F, 0x17, 0x10):  # strp, line_strp, sec_offset, ref_addr (DWARF 3+)
                    if form == 0x10 and self.header["version"] < 3:
                        raise Unsupported("ref_addr in DWARF 2")
                    pos += 4
                elif form in (0x0F, 0x0D, 0x15):  # udata, sdata, ref_udata
                    _, pos = _uleb(info, pos)
                elif form == 0x08:
                    pos = info.index(b"\0", pos) + 1
                elif form in (0x18, 0x09):  # exprloc, block
                    n, pos = _uleb(info, pos)
                    pos += n
                elif form in (0x0A, 0x03, 0x04):
                    w = {0x0A: 1, 0x03: 2, 0x04: 4}[form]
                    pos += w + int.from_bytes(info[pos:pos + w], "little" if e == "<" else "big")
                else:  # index forms need .debug_str_offsets/.debug_addr: pyelftools resolves those
                    raise Unsupported("top DIE form")
                if pos > len(info):
                    raise Unsupported("top DIE past the section")
        except (IndexError, ValueError, struct.error):
            raise Unsupported("top DIE unreadable") from None
        return RawDie(self.top_offset, attrs)


class RawFileEntry:
    __slots__ = ("name", "dir_index")

    def __init__(self, name: bytes, dir_index: int) -> None:
        self.name, self.dir_index = name, dir_index


class RawLineProgram:
    """A line program's header (DWARF 5, 6.2.4; versions 2-5), shaped like pyelftools' ``LineProgram``:
    ``header`` with the same keys, ``program_start_offset`` where pyelftools' parse of the header
    stops, ``program_end_offset`` the end of the unit."""

    def __init__(self, dwarf: RawDwarf, offset: int) -> None:
        data, e = dwarf.line, dwarf.e
        try:
            unit_length, version = struct.unpack_from(e + "IH", data, offset)
            if unit_length >= 0xFFFFFFF0 or not 2 <= version <= 5:
                raise Unsupported("line program version")
            pos = offset + 6
            if version >= 5:
                pos += 2  # address_size, segment_selector_size
            (header_length,) = struct.unpack_from(e + "I", data, pos)
            pos += 4
            header_end = pos + header_length
            min_len = data[pos]
            max_ops = 1
            pos += 1
            if version >= 4:
                max_ops = data[pos]
                pos += 1
            _default_is_stmt, line_base, line_range, opcode_base = struct.unpack_from("BbBB", data, pos)
            pos += 4
            if not opcode_base:
                raise Unsupported("opcode_base 0")
            std = list(data[pos:pos + opcode_base - 1])
            if len(std) != opcode_base - 1:
                raise Unsupported("standard_opcode_lengths past the section")
            pos += opcode_base - 1
            if version >= 5:
                dirs, pos = self._entries(dwarf, data, pos, e)
                files, pos = self._entries(dwarf, data, pos, e)
                if not dirs or not files or any(d[1] is not None for d in dirs):
                    raise Unsupported("directory/file entries")
                include = [d[0] for d in dirs]
                entries = [RawFileEntry(name, di) for name, di in files]
                if any(f.dir_index is None for f in entries):
                    raise Unsupported("file entry without a directory index")
            else:
                include = []
                while True:
                    end = data.index(b"\0", pos)
                    if end == pos:
                        pos += 1
                        break
                    include.append(data[pos:end])
                    pos = end + 1
                entries = []
                while True:
                    end = data.index(b"\0", pos)
                    if end == pos:
                        pos += 1
                        break
                    name = data[pos:end]
                    di, pos = _uleb(data, end + 1)
                    _, pos = _uleb(data, pos)  # mtime
                    _, pos = _uleb(data, pos)  # length
                    entries.append(RawFileEntry(name, di))
        except (IndexError, ValueError, struct.error):
            raise Unsupported("line program header unreadable") from None
        end = offset + unit_length + 4
        if pos != header_end or end > len(data):
            raise Unsupported("line program header length")
        self.header = {"version": version, "minimum_instruction_length": min_len,
                       "maximum_operations_per_instruction": max_ops, "line_base": line_base,
                       "line_range": line_range, "opcode_base": opcode_base, "standard_opcode_lengths": std,
                       "include_directory": include, "file_entry": entries}
        self.program_start_offset = pos
        self.program_end_offset = end

    @staticmethod
    def _entries(dwarf: RawDwarf, data: bytes, pos: int, e: str) -> tuple[list[tuple[bytes, int | None]], int]:
        """DWARF 5 directory or file name entries: (DW_LNCT_path, DW_LNCT_directory_index) of each; the
        index is None for directories (which must not carry one)."""
        count = data[pos]
        pos += 1
        formats = []
        for _ in range(count):
            kind, pos = _uleb(data, pos)
            form, pos = _uleb(data, pos)
            formats.append((kind, form))
        if sum(1 for k, _ in formats if k == 1) != 1 or sum(1 for k, _ in formats if k == 2) > 1:
            raise Unsupported("entry format")
        n, pos = _uleb(data, pos)
        out: list[tuple[bytes, int | None]] = []
        for _ in range(n):
            path = b""
            di: int | None = None
            for kind, form in formats:
                if kind == 1:  # DW_LNCT_path
                    if form == 0x08:
                        end = data.index(b"\0", pos)
                        path = data[pos:end]
                        pos = end + 1
                    elif form in (0x1F, 0x0E):
                        (off,) = struct.unpack_from(e + "I", data, pos)
                        pos += 4
                        table = dwarf.line_str if form == 0x1F else dwarf.str
                        path = table[off:table.index(b"\0", off)]
                    else:
                        raise Unsupported("path form")
                elif kind == 2:  # DW_LNCT_directory_index
                    if form == 0x0F:
                        di, pos = _uleb(data, pos)
                    elif form in (0x0B, 0x05):
                        w = 1 if form == 0x0B else 2
                        di = int.from_bytes(data[pos:pos + w], "little" if e == "<" else "big")
                        pos += w
                    else:
                        raise Unsupported("directory index form")
                elif kind in (3, 4, 5):  # timestamp, size, MD5: stepped over
                    if form == 0x0F:
                        _, pos = _uleb(data, pos)
                    elif form in (0x0B, 0x05, 0x06, 0x07, 0x1E):
                        pos += {0x0B: 1, 0x05: 2, 0x06: 4, 0x07: 8, 0x1E: 16}[form]
                    elif form == 0x09:
                        size, pos = _uleb(data, pos)
                        pos += size
                    else:
                        raise Unsupported("entry form")
                else:
                    raise Unsupported("entry content type")
                if pos > len(data):
                    raise Unsupported("entries past the section")
            out.append((path, di))
        return out, pos


class RawDwarf:
    """The DWARF sections of a ``RawElf``, with the part of pyelftools' ``DWARFInfo`` interface the
    builder's fast path uses (units, their line programs, the raw sections)."""

    def __init__(self, elf: RawElf) -> None:
        self.e = elf.e
        self.info = self.debug_info_sec = elf.data(".debug_info")
        self.abbrev = self.debug_abbrev_sec = elf.data(".debug_abbrev")
        self.str = self.debug_str_sec = elf.data(".debug_str")
        self.line_str = self.debug_line_str_sec = elf.data(".debug_line_str")
        self.line = self.debug_line_sec = elf.data(".debug_line")
        self.debug_ranges_sec = elf.data(".debug_ranges")
        self.debug_rnglists_sec = elf.data(".debug_rnglists")
        self.has_line = ".debug_line" in elf.by_name

    def range_lists(self) -> None:
        return None  # only pyelftools' own decoding (fast=False) uses its range-list reader

    def iter_CUs(self) -> Any:  # noqa: N802 (pyelftools' name)
        offset = 0
        while offset < len(self.info):
            cu = RawUnit(self, offset)
            yield cu
            offset += cu.size

    def line_program_for_CU(self, cu: RawUnit) -> RawLineProgram | None:  # noqa: N802
        stmt = cu.get_top_DIE().attributes.get("DW_AT_stmt_list")
        if stmt is None:
            return None
        if not self.has_line:
            raise Unsupported("stmt_list without .debug_line")
        return RawLineProgram(self, stmt.value)
