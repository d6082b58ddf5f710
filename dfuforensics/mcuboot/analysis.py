"""MCUboot analysis: find the slots, decode them, check them the way the bootloader will, predict its move.

Slots come from slot files (``SlotDump``), from a partition layout given as evidence (``partitions.yml``,
``pm_static.yml``, ``zephyr.dts``: the slots are read at their partitions' real addresses, also on external
flash, and held against them, ``layout_checks.py``), or, without a layout, from flash images in
``case.memory``, where the layout is inferred: image headers sit at sector starts and the secondary slot has
the primary's size (``mcuboot_secondary share_size mcuboot_primary`` in NCS).  Each slot is checked for what MCUboot
checks before a swap (header magic, hash TLV, signature when the user gives the key, fit in the slot)
plus what it cannot see (an app linked for a different header size).  Facts: docs/facts/mcuboot.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..case import Case, Column, Table
from ..model import NOT_PRESENT, UNREADABLE, Absent, Location, ParseWarning
from ..partitions.layout import layout_of
from .image import (
    BOOT_MAGIC,
    BOOT_MAGIC_ALIGNED_TAIL,
    BOOT_MAX_ALIGN,
    IMAGE_HEADER_SIZE,
    IMAGE_MAGIC_BYTES,
    SIGNATURE_TLVS,
    ImageTrailer,
    SlotImage,
)
from .layout_checks import PlacedSlot, place_slots, problems_against_layout
from .records import SlotDump
from .swap import decide

SECTOR = 0x1000
#: Bytes a trailer needs at least: magic + image_ok + copy_done + swap_info + swap_size records.
TRAILER_MIN = 16 + 4 * BOOT_MAX_ALIGN


@dataclass
class Slot:
    role: str  # primary | secondary | unknown
    image: SlotImage
    input: str
    address: int | Absent  # device address of the slot start when known
    address_trusted: bool  # given by the user / an addressed format, not guessed
    offset: int | Absent = NOT_PRESENT  # offset of the slot start in its input
    role_assumed: bool = False
    image_index: int = 0  # MCUboot image number (1: the nRF5340 network core's slots in NCS)


def _guessed_address(case: Case, input_name: str) -> bool:
    rec = case.input(input_name)
    return rec is not None and any("no load address given" in w.message for w in rec.warnings)


def _slot_size_of_dump(img: SlotImage) -> int | None:
    """A dump's size is its slot's when a trailer sits at its end or erased flash fills it to a sector."""
    data = img.data
    n = len(data)
    if n >= 16 and (data[-16:] == BOOT_MAGIC or data[-14:] == BOOT_MAGIC_ALIGNED_TAIL):
        return n
    end = img.tlv_end if img.header is not None else 0
    if n % SECTOR == 0 and end is not None and n - end >= TRAILER_MIN and set(data[end:]) <= {0xFF}:
        return n
    if img.header is None and n % SECTOR == 0:
        return n
    return None


def slots_from_dumps(case: Case) -> list[Slot]:
    out = []
    for dump in case.of_type(SlotDump):
        img = SlotImage(dump.data)
        img.slot_size = _slot_size_of_dump(img)
        role = dump.role if isinstance(dump.role, str) else "unknown"
        out.append(Slot(role, img, dump.input, dump.address, not isinstance(dump.address, Absent), 0))
    named = {s.role for s in out}
    unknown = [s for s in out if s.role == "unknown"]
    if len(unknown) == 1 and "secondary" not in named:
        unknown[0].role, unknown[0].role_assumed = "secondary", True
    return out


def slots_from_memory(case: Case) -> list[Slot]:
    """Headers at sector starts in flash images; first = primary, second = secondary (same size)."""
    mem = case.memory
    headers: list[int] = []
    for start, end, _input, label in mem.ranges():
        if label not in ("flash", ""):
            continue
        addr = (start + SECTOR - 1) // SECTOR * SECTOR
        while addr + IMAGE_HEADER_SIZE <= end:
            if mem.read(addr, 4) == IMAGE_MAGIC_BYTES:
                headers.append(addr)
            addr += SECTOR
    headers = sorted(set(headers))
    if not headers:
        return []
    primary = headers[0]
    size: int | None = None
    if len(headers) >= 2:
        size = headers[1] - primary
    else:  # one image: its trailer magic ends the slot
        pos = primary + SECTOR
        while mem.covers(pos - 16, 16) and pos - primary <= 0x200000:
            if mem.read(pos - 16, 16) == BOOT_MAGIC:
                size = pos - primary
                break
            pos += SECTOR
    out = []
    for role, base in (("primary", primary), ("secondary", primary + size if size else None)):
        if base is None:
            continue
        length = size or 0
        if not length:  # slot size unknown: read the image itself only
            hdr = mem.read(base, IMAGE_HEADER_SIZE)
            img = SlotImage(hdr or b"")
            if img.header is not None:
                span = img.header.ih_hdr_size + img.header.ih_img_size + img.header.ih_protect_tlv_size + 0x1000
                length = max((b - base for a, b in mem.spans_in(base, base + span) if a == base), default=0)
        data = _read_known(mem, base, length)
        if data is None:
            continue
        img = SlotImage(data, size)
        loc = mem.source_of(base)
        name = loc.input if loc else "memory"
        out.append(Slot(role, img, name, base, not _guessed_address(case, name),
                        loc.offset if loc and loc.offset is not None else NOT_PRESENT))
    return out


def _read_known(mem: Any, base: int, length: int) -> bytes | None:
    """The slot's bytes with unknown ranges as 0xFF, or None when not even the header is known.

    Unknown bytes read as erased only for locating structures; hash and trailer checks refuse to use
    them (``_covered``)."""
    if length <= 0 or not mem.covers(base, 4):
        return None
    buf = bytearray(b"\xff" * length)
    for a, b in mem.spans_in(base, base + length):
        buf[a - base:b - base] = mem.read(a, b - a)
    return bytes(buf)


def _covered(case: Case, slot: Slot, start: int, end: int) -> bool:
    if isinstance(slot.address, Absent) or any(d.input == slot.input for d in case.of_type(SlotDump)):
        return True
    return case.memory.covers(slot.address + start, max(0, end - start))


def check_slot(case: Case, slot: Slot, primary: Slot | None, key: Any) -> dict[str, Any]:
    """Every per-slot fact (docs/facts/mcuboot.md), with the first provable reason it is invalid."""
    img = slot.image
    hdr = img.header
    f: dict[str, Any] = {"input": slot.input, "address": slot.address, "role_assumed": slot.role_assumed,
                         "slot_size": img.slot_size or NOT_PRESENT, "erased": img.erased,
                         "header_magic_ok": hdr is not None and hdr.magic_ok}
    if hdr is not None:
        tlvs = img.tlvs
        end = img.tlv_end
        f.update({
            "version": hdr.version, "header_size": hdr.ih_hdr_size, "image_size": hdr.ih_img_size,
            "protected_tlv_size": hdr.ih_protect_tlv_size, "load_address": hdr.ih_load_addr,
            "flags": hdr.flag_names, "tlvs": [t.type_name for t in tlvs],
            "image_end": end if end is not None else UNREADABLE,
            "signed": img.signed, "truncated": img.truncated,
            "signature_type": SIGNATURE_TLVS[img.signature_tlv.it_type] if img.signature_tlv else NOT_PRESENT,
            "problems": [f"@0x{o:X}: {m}" for o, m in img.problems],
        })
        if _covered(case, slot, 0, img.payload_end + hdr.ih_protect_tlv_size):
            f["hash_ok"] = img.hash_ok
        else:
            f["hash_ok"] = UNREADABLE
        f["signature_ok"] = NOT_PRESENT
        f["keyhash_match"] = NOT_PRESENT
        if key is not None and img.signature_tlv is not None:
            from .signature import check_signature

            chk = check_signature(img, key)
            f["signature_ok"], f["keyhash_match"], f["signature_detail"] = (chk.signature_ok, chk.keyhash_match,
                                                                            chk.detail)
        layout = layout_problems(slot, primary)
        f["layout_ok"] = not layout if layout is not None else NOT_PRESENT
        f["layout_problem"] = "; ".join(layout) if layout else NOT_PRESENT
    else:
        for k in ("version", "header_size", "image_size", "hash_ok", "signed", "layout_ok", "truncated",
                  "signature_ok"):
            f[k] = NOT_PRESENT
    tr = img.trailer
    if isinstance(tr, ImageTrailer) and _covered(case, slot, max(0, tr.raw["magic_off"] - 0x40), img.slot_size or 0):
        f.update({"trailer_magic": tr.magic, "image_ok": tr.image_ok, "copy_done": tr.copy_done,
                  "swap_type": tr.swap_type, "swap_size": tr.swap_size,
                  "swap_status_written": tr.swap_status_written, "max_align": tr.max_align})
    else:
        for k in ("trailer_magic", "image_ok", "copy_done", "swap_type", "swap_status_written"):
            f[k] = tr if isinstance(tr, Absent) else UNREADABLE
    f["invalid_reason"] = invalid_reason(f, key is not None)
    return f


def layout_problems(slot: Slot, primary: Slot | None) -> list[str] | None:
    """Why the image cannot run from the primary slot, or [] when it fits; None when we cannot tell."""
    img = slot.image
    hdr = img.header
    assert hdr is not None
    out: list[str] = []
    known = False
    # the TLV area's end as read, or (its bytes beyond what we hold) the least the header promises
    end = img.tlv_end if img.tlv_end is not None else hdr.ih_hdr_size + hdr.ih_img_size + hdr.ih_protect_tlv_size + 4
    if img.slot_size:
        known = True
        if end > img.slot_size:
            out.append(f"the image ends at 0x{end:X}, beyond its 0x{img.slot_size:X}-byte slot")
        elif end > img.slot_size - TRAILER_MIN:
            out.append(f"the image ends at 0x{end:X}, inside the trailer of its 0x{img.slot_size:X}-byte slot")
    base_slot = primary if primary is not None else (slot if slot.role == "primary" else None)
    if (base_slot is not None and base_slot.address_trusted and not isinstance(base_slot.address, Absent)
            and not hdr.ih_flags & 0x120):  # RAM_LOAD / ROM_FIXED images run elsewhere
        rv = img.reset_vector()
        size = base_slot.image.slot_size
        if not isinstance(rv, Absent) and rv not in (0, 0xFFFFFFFF):
            known = True
            run_at = base_slot.address + hdr.ih_hdr_size
            limit = base_slot.address + size if size else None
            if rv < run_at:
                out.append(f"reset vector 0x{rv:08X} lies before the payload start 0x{run_at:08X} (primary slot "
                           f"0x{base_slot.address:X} + ih_hdr_size 0x{hdr.ih_hdr_size:X}): the app was linked for "
                           f"a smaller header (ROM start offset) than the one it was signed with")
            elif limit is not None and rv >= limit:
                out.append(f"reset vector 0x{rv:08X} lies outside the primary slot (0x{base_slot.address:X}-"
                           f"0x{limit:X}): the app was linked for another slot or header size")
    return out if known else None


def invalid_reason(f: dict[str, Any], key_given: bool) -> str | Absent:
    """The first provable reason MCUboot would refuse this slot's image (the order image_validate.c checks)."""
    if f.get("erased"):
        return NOT_PRESENT
    if not f.get("header_magic_ok"):
        return "header"
    if f.get("layout_ok") is False:
        return "layout"
    if f.get("truncated"):
        return "truncated"
    if f.get("hash_ok") is False:
        return "hash"
    if key_given and f.get("signed") is False:
        return "unsigned"
    if f.get("signature_ok") is False:
        return "signature"
    return NOT_PRESENT


def _load_key(case: Case) -> Any:
    path = case.options.get("public_key")
    if not path:
        return None
    from .signature import KeyError_, load_public_key

    try:
        return load_public_key(path)
    except KeyError_ as exc:
        case.analysis_warnings.append(ParseWarning(Location(str(path)), f"{exc}; signatures not checked"))
        return None


def slots_from_layout(case: Case, placed: list[PlacedSlot], slots: list[Slot]) -> list[Slot]:
    """The layout's slots the memory evidence holds, for the roles no slot file gave; a slot file whose
    length is its partition's gets the partition's size (its trailer is then at its end)."""
    by_key = {p.role.key: p for p in placed}
    for s in slots:
        p = by_key.get(s.role)
        if p is not None and len(s.image.data) == p.partition.size:
            s.image.slot_size = p.partition.size
    have = {s.role for s in slots}
    out = []
    for p in placed:
        if p.data is None or p.role.key in have or p.cpu_address is None:
            continue
        loc = p.location
        out.append(Slot(p.role.key, SlotImage(p.data, p.partition.size), loc.input if loc else "memory",
                        p.cpu_address, True, loc.offset if loc and loc.offset is not None else NOT_PRESENT,
                        image_index=p.role.image))
    return out


def analyze(case: Case) -> None:
    layout = layout_of(case)
    placed = place_slots(case, layout) if layout is not None else []
    slots = slots_from_dumps(case)
    if placed:
        slots += slots_from_layout(case, placed, slots)
    elif not any(s.role == "primary" for s in slots) or not any(s.role == "secondary" for s in slots):
        have = {s.role for s in slots}
        slots += [s for s in slots_from_memory(case) if s.role not in have]
    mcumgr = [e for e in case.events if e.kind.startswith("mcumgr.")]
    logged = [e for e in case.events if e.kind in ("mcuboot.slot_state", "mcuboot.swap_type")]
    if not slots and not mcumgr and not logged and not placed:
        return
    facts: dict[str, Any] = case.facts.setdefault("mcuboot", {})
    facts["public_key_given"] = bool(case.options.get("public_key"))
    if layout is not None and placed:
        facts["layout"] = {"origin": layout.origin, "inputs": layout.inputs,
                           "slots": {p.role.key: p.describe() for p in placed},
                           **problems_against_layout(case, layout, placed)}
        _missing_slot_warnings(case, placed)
    key = _load_key(case)
    primaries = {s.image_index: s for s in slots if s.role.startswith("primary")}
    per_role: dict[str, dict[str, Any]] = {}
    rows = []
    sources = case.facts.setdefault("_where", {})
    for slot in sorted(slots, key=lambda s: (s.image_index, {"primary": 0, "secondary": 1}.get(
            s.role.split("_")[0], 2), s.input)):
        primary = primaries.get(slot.image_index)
        f = check_slot(case, slot, primary if slot is not primary else None, key)
        where_placed = next((p for p in placed if p.role.key == slot.role), None)
        if where_placed is not None:
            f["partition"] = where_placed.partition.name
            f["declared_at"] = where_placed.describe()["declared_at"]
        per_role.setdefault(slot.role, f)
        where = Location(slot.input, offset=slot.offset if not isinstance(slot.offset, Absent) else 0)
        for k in ("hash_ok", "signature_ok", "layout_ok", "signed", "header_magic_ok", "invalid_reason"):
            sources.setdefault(f"mcuboot.{slot.role}.{k}", where)
        rows.append({"slot": slot.role, "version": f["version"], "header_size": f["header_size"],
                     "image_size": f["image_size"], "hash_ok": f["hash_ok"], "signed": f["signed"],
                     "magic_ok": f["header_magic_ok"], "image_ok": f["image_ok"], "copy_done": f["copy_done"],
                     "swap_type": f["swap_type"], "trailer_magic": f["trailer_magic"],
                     "signature_ok": f["signature_ok"], "input": slot.input, "address": slot.address})
    # The running image passed the bootloader's signature check (BOOT_VALIDATE_SLOT0), so its key id is
    # the bootloader's key: a secondary signed under another key id will be refused.
    pri_img = next((s.image for s in slots if s.role == "primary"), None)
    sec_img = next((s.image for s in slots if s.role == "secondary"), None)
    if "secondary" in per_role:
        a, b = _key_id(pri_img), _key_id(sec_img)
        per_role["secondary"]["key_differs_from_primary"] = (a != b) if a and b else NOT_PRESENT
    for role, f in per_role.items():
        facts[role] = f
    if rows:
        case.sections["images"] = rows
        case.tables.append(_table(rows))
    _describe_slots_in_flash_map(case, per_role, placed)

    def trailer_of(role: str) -> dict[str, Any] | None:
        f = per_role.get(role)
        if f is None:
            return None
        return {"magic": f["trailer_magic"], "image_ok": f["image_ok"], "copy_done": f["copy_done"]}

    swap = decide(trailer_of("primary"), trailer_of("secondary")) if slots else NOT_PRESENT
    facts["next_swap_type"] = swap
    trailer_slot = next((s for s in slots if s.role == ("secondary" if swap in ("test", "perm") else "primary")),
                        None)
    if isinstance(swap, str) and trailer_slot is not None and isinstance(trailer_slot.image.trailer, ImageTrailer):
        off = trailer_slot.image.trailer.raw["magic_off"]
        if not isinstance(trailer_slot.offset, Absent):
            sources["mcuboot.next_swap_type"] = Location(trailer_slot.input, offset=trailer_slot.offset + off)
    sec = per_role.get("secondary", {})
    if swap in ("test", "perm") and isinstance(sec.get("invalid_reason"), str):
        facts["next_boot"] = "reject-secondary"
    elif swap in ("test", "perm", "revert"):
        facts["next_boot"] = f"swap-{swap}"
    elif swap == "none":
        facts["next_boot"] = "boot-primary"
    else:
        facts["next_boot"] = NOT_PRESENT
    pri = per_role.get("primary", {})
    # A swap in progress: the primary's trailer is written (magic good), status records are, and the
    # copy was never marked done.  MCUboot resumes it at the next boot; a brick only if it cannot.
    facts["swap_interrupted"] = bool(pri.get("trailer_magic") == "good" and pri.get("copy_done") == "unset"
                                     and pri.get("swap_status_written") is True) if pri else NOT_PRESENT
    if mcumgr:
        facts["mcumgr"] = _mcumgr_facts(mcumgr)
        # the image list's own lines, for findings to cite (a slot's event stands at its "slot=" line)
        states = [e for e in mcumgr if e.kind == "mcumgr.image_state"]
        for key, pick in (("pending", "pending"), ("pending_slot", "pending"), ("active_slot", "active"),
                          ("active_confirmed", "active"), ("running_unconfirmed", "active")):
            event = next((e for e in states if e.fields[pick]), None)
            if event is not None and event.line is not None:
                sources.setdefault(f"mcuboot.mcumgr.{key}", Location(event.source, line=event.line))
        error = next((e for e in mcumgr if e.kind == "mcumgr.error"), None)
        if error is not None and error.line is not None:
            sources.setdefault("mcuboot.mcumgr.errors", Location(error.source, line=error.line))
    if logged:
        facts["log"] = _log_decisions(logged)
        where = facts["log"].pop("where", None)
        if where is not None:
            for key in ("last_swap_type", "decisions_agree"):
                sources[f"mcuboot.log.{key}"] = where
    # One line a finding can quote about the primary trailer, whichever evidence gave it.
    if pri.get("trailer_magic") in ("good", "bad", "unset"):
        facts["primary_trailer"] = (f"magic={pri['trailer_magic']}, copy_done={pri['copy_done']}, "
                                    f"image_ok={pri['image_ok']} (flash)")
    elif isinstance(facts.get("log", {}).get("primary_trailer"), str):
        facts["primary_trailer"] = facts["log"]["primary_trailer"] + " (boot log)"
    else:
        facts["primary_trailer"] = NOT_PRESENT


def _missing_slot_warnings(case: Case, placed: list[PlacedSlot]) -> None:
    """Say which slot the layout places but the evidence does not hold, when some memory was given: the
    usual cause is an external flash dumped to another address."""
    if not case.memory:
        return
    for p in placed:
        part = p.partition
        if p.data is not None or part.region == "ram_flash":
            continue
        hint = (" (external flash: give its dump at the QSPI XIP address, qspi.bin@0x12000000 on nRF52840 or "
                "@0x10000000 on nRF5340, or the Intel HEX nrfjprog --readqspi writes)" if part.external else "")
        case.analysis_warnings.append(ParseWarning(
            Location(part.input, line=part.line),
            f"{part.name} (MCUboot {p.role.key} slot) is not in the memory evidence{hint}"))


def _describe_slots_in_flash_map(case: Case, per_role: dict[str, dict[str, Any]], placed: list[PlacedSlot]) -> None:
    """Add what each slot holds to its flash-map region (the partitions analysis drew the regions)."""
    regions = case.sections.get("flash_map") or []
    for p in placed:
        f = per_role.get(p.role.key)
        region = next((r for r in regions if isinstance(r, dict) and r.get("partition") == p.partition.name), None)
        if f is None or region is None:
            continue
        if f.get("erased"):
            what = "erased"
        elif f.get("header_magic_ok"):
            what = (f"image {f['version']}, {f['image_size']} bytes, hash "
                    f"{'ok' if f.get('hash_ok') is True else 'bad' if f.get('hash_ok') is False else 'unreadable'}"
                    f", trailer magic {f.get('trailer_magic')}")
        else:
            what = "no image header"
        region["detail"] = f"{region['detail']}; {what}"


def _key_id(img: SlotImage | None) -> bytes | None:
    """The signing key's identity as the image states it: KEYHASH, or the hash of a full PUBKEY."""
    if img is None or img.header is None or img.signature_tlv is None:
        return None
    if (t := img.tlv(0x01)) is not None:
        return t.data
    if (t := img.tlv(0x02)) is not None:
        import hashlib

        return hashlib.sha256(t.data).digest()
    return None


def _mcumgr_facts(events: list[Any]) -> dict[str, Any]:
    states = [e for e in events if e.kind == "mcumgr.image_state"]
    errors = [e.fields["name"] for e in events if e.kind == "mcumgr.error"]
    active = next((e.fields["slot"] for e in states if e.fields["active"]), NOT_PRESENT)
    pending = [e.fields["slot"] for e in states if e.fields["pending"]]
    return {
        "slots": len(states), "active_slot": active,
        "active_confirmed": any(e.fields["active"] and e.fields["confirmed"] for e in states),
        "pending": bool(pending), "pending_slot": pending[0] if pending else NOT_PRESENT,
        # app side after a test swap: running image not confirmed, the other one is (reference §B3)
        "running_unconfirmed": any(e.fields["active"] and not e.fields["confirmed"] for e in states),
        "errors": errors,
    }


def _log_decisions(events: list[Any]) -> dict[str, Any]:
    """Redo the swap decision from each boot's logged trailer states and compare with what was logged."""
    state: dict[str, dict[str, Any]] = {}
    checked = agreed = 0
    last: Any = NOT_PRESENT
    primary_text: Any = NOT_PRESENT
    where = None
    for e in events:
        if e.kind == "mcuboot.slot_state":
            state[str(e.fields.get("slot"))] = e.fields
        elif e.kind == "mcuboot.swap_type" and state:
            predicted = decide(state.get("primary"), state.get("secondary"))
            logged = e.fields.get("swap_type")
            if isinstance(predicted, str):
                checked += 1
                agreed += predicted == logged
            last = logged
            where = Location(e.source, line=e.line)
            p = state.get("primary")
            primary_text = (f"magic={p.get('magic')}, copy_done={p.get('copy_done')}, image_ok={p.get('image_ok')}"
                            if p else NOT_PRESENT)
            state = {}
    return {"decisions_checked": checked, "decisions_agree": agreed == checked if checked else NOT_PRESENT,
            "last_swap_type": last, "primary_trailer": primary_text, "where": where}


def _table(rows: list[dict[str, Any]]) -> Table:
    cols = [("slot", "text"), ("version", "text"), ("header_size", "hex"), ("image_size", "size"),
            ("hash_ok", "bool"), ("signed", "bool"), ("signature_ok", "bool"), ("magic_ok", "bool"),
            ("trailer_magic", "text"), ("image_ok", "text"), ("copy_done", "text"), ("swap_type", "text"),
            ("input", "text")]
    return Table("mcuboot-slots", "MCUboot slots", [Column(n, t) for n, t in cols],
                 [[r[n] for n, _t in cols] for r in rows])
