"""Crash records the firmware kept in RAM, found through the ELF's DWARF.

Firmware that lives on after a fault often saves what it saw in a global struct: the fault status
registers (``cfsr``, ``hfsr``, ``bfar``, ``mmfar``), the stacked frame (``pc``, ``lr``, ``psr``), or the
nRF5 SDK's ``m_error_data {fault_id, pc, error_info, err_code, line_num, p_file_name}``.  Such a record
is often all that survives a reset (``.noinit`` RAM) or a handler that loops.  Any global whose type has
members with those names is a candidate, whatever the project called it; the names, not the variable,
decide.  Its bytes must come from a device read (a RAM dump) -- the ELF's initial ``.data`` image says
nothing about what happened.

DWARF is read with pyelftools, and only for the compile units whose bytes reference one of the member
names (a scan of raw bytes), so a large application costs little when it keeps no record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Member names (lower case, with common prefixes removed) and the field they mean.
MEMBER_FIELDS = {
    "cfsr": "cfsr", "hfsr": "hfsr", "dfsr": "dfsr", "mmfar": "mmfar", "mmar": "mmfar", "bfar": "bfar",
    "afsr": "afsr", "shcsr": "shcsr", "icsr": "icsr",
    "r0": "r0", "r1": "r1", "r2": "r2", "r3": "r3", "r12": "r12", "lr": "lr", "pc": "pc", "psr": "xpsr",
    "xpsr": "xpsr", "sp": "sp", "exc_return": "exc_return",
    "fault_id": "id", "err_code": "error_code", "error_code": "error_code", "line_num": "file_line",
    "file_name": "file", "error_info": "info",
}
STATUS_FIELDS = frozenset(("cfsr", "hfsr", "dfsr", "mmfar", "bfar"))
_PREFIXES = ("m_", "p_", "reg_", "s_")
#: Raw byte patterns that must occur in .debug_str/.debug_info for a record to be possible at all.
_NAME_NEEDLES = (b"cfsr\0", b"CFSR\0", b"hfsr\0", b"HFSR\0", b"bfar\0", b"BFAR\0", b"fault_id\0")


@dataclass(frozen=True)
class RecordLayout:
    """A global variable whose type looks like a crash record."""

    variable: str
    address: int
    size: int
    members: tuple[tuple[str, int, int], ...]  # (field, offset, byte size)
    source: str  # "file:line" of the declaration, or "" when DWARF does not say


def member_field(name: str) -> str | None:
    low = name.lower()
    for p in _PREFIXES:
        if low.startswith(p) and low[len(p):] in MEMBER_FIELDS:
            low = low[len(p):]
    return MEMBER_FIELDS.get(low)


def is_record(fields: set[str]) -> bool:
    """Fault status registers, an SDK error record, or a whole stacked frame: anything less (a struct that
    happens to have a member ``pc``) is not taken for a crash record."""
    if fields & STATUS_FIELDS and len(fields) >= 2:
        return True
    if "id" in fields and fields & {"info", "error_code", "file_line"}:
        return True
    return {"pc", "lr", "xpsr"} <= fields


def find_layouts(elf_path: str | Path) -> list[RecordLayout]:
    """Every global crash record the ELF's DWARF describes, in address order (empty without DWARF)."""
    from elftools.elf.elffile import ELFFile

    with open(elf_path, "rb") as fh:
        elf = ELFFile(fh)
        info = elf.get_section_by_name(".debug_info")
        if info is None:
            return []
        strs = elf.get_section_by_name(".debug_str")
        str_data = strs.data() if strs is not None else b""
        info_data = info.data()
        if not any(n in str_data or n in info_data for n in _NAME_NEEDLES):
            return []
        needles = _offset_needles(str_data) if elf.get_section_by_name(".debug_str_offsets") is None else None
        dwarf = elf.get_dwarf_info()
        out: list[RecordLayout] = []
        for cu in dwarf.iter_CUs():
            if needles is not None:
                raw = info_data[cu.cu_offset:cu.cu_offset + cu["unit_length"] + 4]
                if not any(n in raw for n in needles):
                    continue
            for die in cu.iter_DIEs():
                if die.tag == "DW_TAG_variable":
                    layout = _layout(die)
                    if layout is not None:
                        out.append(layout)
    seen: set[int] = set()
    unique = []
    for lay in sorted(out, key=lambda x: (x.address, x.variable)):
        if lay.address not in seen:
            seen.add(lay.address)
            unique.append(lay)
    return unique


def _offset_needles(str_data: bytes) -> list[bytes]:
    """The interesting names inline (DW_FORM_string) and as the .debug_str offsets a DW_FORM_strp would
    hold -- also where a name is the tail of a longer string the linker merged it into."""
    needles = list(_NAME_NEEDLES)
    for name in _NAME_NEEDLES:
        pos = str_data.find(name)
        while pos >= 0:
            needles.append(pos.to_bytes(4, "little"))
            pos = str_data.find(name, pos + 1)
    return needles


def _layout(die: Any) -> RecordLayout | None:
    loc = die.attributes.get("DW_AT_location")
    if loc is None or not isinstance(loc.value, list) or len(loc.value) != 5 or loc.value[0] != 0x03:
        return None  # only a fixed address (DW_OP_addr) is a record a dump can hold
    address = int.from_bytes(bytes(loc.value[1:5]), "little")
    decl = die.get_DIE_from_attribute("DW_AT_specification") if "DW_AT_specification" in die.attributes else die
    name_attr = decl.attributes.get("DW_AT_name")
    if name_attr is None or "DW_AT_type" not in decl.attributes:
        return None
    struct = _strip(decl.get_DIE_from_attribute("DW_AT_type"))
    if struct is None or struct.tag != "DW_TAG_structure_type":
        return None
    members: list[tuple[str, int, int]] = []
    _members(struct, 0, members, 0)
    if not is_record({m[0] for m in members}):
        return None
    size = struct.attributes["DW_AT_byte_size"].value if "DW_AT_byte_size" in struct.attributes else 0
    line = decl.attributes.get("DW_AT_decl_line")
    source = f"line {line.value}" if line is not None else ""
    return RecordLayout(name_attr.value.decode("utf-8", "replace"), address, size, tuple(members), source)


def _strip(die: Any) -> Any:
    for _ in range(16):
        if die.tag in ("DW_TAG_typedef", "DW_TAG_volatile_type", "DW_TAG_const_type"):
            if "DW_AT_type" not in die.attributes:
                return None
            die = die.get_DIE_from_attribute("DW_AT_type")
        else:
            return die
    return None


def _members(struct: Any, base: int, out: list[tuple[str, int, int]], depth: int) -> None:
    for m in struct.iter_children():
        if m.tag != "DW_TAG_member" or "DW_AT_data_member_location" not in m.attributes:
            continue
        off = m.attributes["DW_AT_data_member_location"].value
        if isinstance(off, list):  # DW_OP_plus_uconst n (DWARF 2/3)
            if not off or off[0] != 0x23:
                continue
            off = _uleb(off[1:])
        mtype = _strip(m.get_DIE_from_attribute("DW_AT_type")) if "DW_AT_type" in m.attributes else None
        if mtype is None:
            continue
        if mtype.tag == "DW_TAG_structure_type" and depth < 2:
            _members(mtype, base + off, out, depth + 1)  # e.g. a stacked frame inside the record
            continue
        name = m.attributes.get("DW_AT_name")
        fld = member_field(name.value.decode("utf-8", "replace")) if name is not None else None
        size = mtype.attributes["DW_AT_byte_size"].value if "DW_AT_byte_size" in mtype.attributes else 0
        if fld is not None and size == 4 and "DW_AT_bit_size" not in m.attributes:
            out.append((fld, base + off, size))


def _uleb(data: list[int]) -> int:
    value = shift = 0
    for b in data:
        value |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            break
    return value


def read_record(layout: RecordLayout, read_u32: Callable[[int], int | None]) -> dict[str, int] | None:
    """The record's values as a device read holds them, or None when any member is not in the evidence."""
    values: dict[str, int] = {}
    for fld, off, _size in layout.members:
        v = read_u32(layout.address + off)
        if v is None:
            return None
        values.setdefault(fld, v)
    return values


def holds_a_crash(values: dict[str, int]) -> bool:
    """A record all of whose registers are zero (or erased) was never written: nothing happened yet, or
    it was cleared after being reported."""
    keys = [k for k in values if k in STATUS_FIELDS | {"id", "pc", "lr", "error_code", "info"}]
    return any(values[k] not in (0, 0xFFFFFFFF) for k in keys)
