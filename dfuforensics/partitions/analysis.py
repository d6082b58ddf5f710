"""Publish the partition layout: facts for the rules (overlaps, a ``pm_static.yml`` the build did not
follow), the ``partitions`` table, and the flash map drawn from the layout instead of guessed.

Facts (docs/facts/partitions.md): ``partitions.{origin, inputs, count, overlap, storage_overlap,
pm_static_disagrees, settings_storage}``.  Each finding-worthy fact is a small record whose ``first`` /
``second`` (or ``static`` / ``built``) entries are cited at the layout file's own line.
"""

from __future__ import annotations

from typing import Any

from ..case import Case, Column, Table
from ..model import NOT_PRESENT, Location
from .layout import Layout, Overlap, is_storage, layout_of, slot_role
from .records import PM_REGIONS, Partition

#: Flash-map names of what the layout says a partition is (others keep their partition name).
_BOOTLOADER_NAMES = ("mcuboot", "b0", "b0n")


def analyze(case: Case) -> None:
    layout = layout_of(case)
    if layout is None:
        return
    facts: dict[str, Any] = case.facts.setdefault("partitions", {})
    where: dict[str, Location] = case.facts.setdefault("_where", {})
    facts["origin"] = layout.origin
    facts["inputs"] = layout.inputs
    facts["count"] = len(layout.partitions)
    overlaps = layout.overlaps()
    storage = [o for o in overlaps if _storage_in_slot(o)]
    other = [o for o in overlaps if not _storage_in_slot(o)]
    for name, found in (("overlap", other), ("storage_overlap", storage)):
        if found:
            first = found[0]
            facts[name] = {"first": _described(first.first), "second": _described(first.second),
                           "detail": first.describe(), "count": len(found),
                           "all": [o.describe() for o in found]}
            where[f"partitions.{name}.first"] = _cite(first.first, "size")
            where[f"partitions.{name}.second"] = _cite(first.second, "address")
    differs = layout.disagreements()
    if differs:
        d = differs[0]
        facts["pm_static_disagrees"] = {"static": _described(d.static),
                                        "built": _described(d.built) if d.built else "(absent)",
                                        "detail": d.describe(), "count": len(differs),
                                        "all": [x.describe() for x in differs]}
        where["partitions.pm_static_disagrees.static"] = _cite(d.static, d.field)
        if d.built is not None:
            where["partitions.pm_static_disagrees.built"] = _cite(d.built, d.field)
    settings = layout.get("settings_storage") or next((p for p in layout.partitions if is_storage(p)
                                                       and p.region == "flash_primary"), None)
    if settings is not None:
        facts["settings_storage"] = {"name": settings.name, "address": settings.address, "size": settings.size,
                                     "state": _state(case, layout, settings)}
        where["partitions.settings_storage"] = _cite(settings, "address")
    case.tables.append(_table(case, layout))
    regions = flash_map(case, layout)
    if regions:
        case.sections["flash_map"] = regions


def _storage_in_slot(o: Overlap) -> bool:
    a, b = o.first, o.second
    return (is_storage(a) and slot_role(b) is not None) or (is_storage(b) and slot_role(a) is not None)


def _described(p: Partition) -> str:
    return f"{p.name} 0x{p.address:X}-0x{p.end:X} ({p.region}{', ' + p.device if p.device else ''})"


def _cite(p: Partition, field: str) -> Location:
    return Location(p.input, line=p.line_of(field))


def _state(case: Case, layout: Layout, p: Partition) -> str:
    """What the memory evidence holds in a partition: erased, data, or nothing we were given."""
    mapped = layout.cpu_address(p, case.memory)
    if mapped is None:
        return "not in the evidence"
    start = mapped[0]
    spans = list(case.memory.spans_in(start, start + p.size))
    if not spans:
        return "not in the evidence"
    covered = sum(b - a for a, b in spans)
    erased = all(set(case.memory.read(a, b - a) or b"") <= {0xFF} for a, b in spans)
    part = "" if covered == p.size else f" (0x{covered:X} of 0x{p.size:X} bytes in the evidence)"
    return ("erased" if erased else "holds data") + part


def flash_region_name(p: Partition) -> str:
    """The flash map's name for a partition: its MCUboot role, or what it is for."""
    role = slot_role(p)
    if role is not None:
        return "mcuboot-" + role.key.replace("_", "-")
    if p.name in _BOOTLOADER_NAMES or p.dt_label == "boot_partition":
        return "bootloader"
    if p.name == "settings_storage":
        return "settings"
    if is_storage(p):
        return "app-data"
    return p.name


def flash_map(case: Case, layout: Layout) -> list[dict[str, Any]]:
    """The layout's flash partitions at their CPU addresses, when the memory evidence covers any of them:
    the MCUboot slots and every partition not inside one (containers that only group others are left out,
    their parts are listed)."""
    shown: list[tuple[int, Partition]] = []
    for p in layout.partitions:
        if p.size == 0 or p.name in PM_REGIONS or p.region not in ("flash_primary", "external_flash"):
            continue
        if slot_role(p) is None and p.span:
            continue
        mapped = layout.cpu_address(p, case.memory)
        if mapped is not None:
            shown.append((mapped[0], p))
    slots = [(a, p) for a, p in shown if slot_role(p) is not None]
    shown = [(a, p) for a, p in shown if slot_role(p) is not None
             or not any(sa <= a and a + p.size <= sa + sp.size for sa, sp in slots)]
    if not any(any(True for _ in case.memory.spans_in(a, a + p.size)) for a, p in shown):
        return []
    out = []
    for a, p in sorted(shown, key=lambda ap: (ap[0], -ap[1].size, ap[1].name)):
        region: dict[str, Any] = {"name": flash_region_name(p), "start": a, "end": a + p.size,
                                  "detail": f"{p.name} ({p.input}:{p.line}): {_state(case, layout, p)}",
                                  "partition": p.name}
        source = case.memory.source_of(a) or next(
            (case.memory.source_of(s) for s, _e in case.memory.spans_in(a, a + p.size)), None)
        if source is not None:
            region["read_from"] = source.describe()
        out.append(region)
    return out


def _table(case: Case, layout: Layout) -> Table:
    rows = []
    for p in sorted(layout.partitions, key=lambda p: (p.domain, p.region, p.address, -p.size, p.name)):
        mapped = layout.cpu_address(p, case.memory)
        role = slot_role(p)
        rows.append([p.name, role.key if role else "", p.region + (f" ({p.domain})" if p.domain else ""),
                     p.device, p.address, p.end, p.size, mapped[0] if mapped else NOT_PRESENT, f"{p.input}:{p.line}"])
    cols = [Column("name"), Column("mcuboot"), Column("region"), Column("device"), Column("address", "address"),
            Column("end", "address"), Column("size", "size"), Column("cpu address", "address"),
            Column("declared at")]
    return Table("partitions", f"Partition layout ({layout.origin})", cols, rows)
