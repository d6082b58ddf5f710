"""One partition layout from every layout input of a case, the MCUboot roles of its partitions, where
the CPU sees them, and what is wrong with the layout itself.

Which file is the truth: the build's ``partitions.yml`` (what Partition Manager placed), else the user's
``pm_static.yml`` (which the build copies), else the devicetree's fixed partitions (used only where
Partition Manager is not: with it, NCS ignores the devicetree's partitions, so a ``zephyr.dts`` beside a
``partitions.yml`` disagreeing with it is normal and not reported).  A ``pm_static.yml`` beside the
``partitions.yml`` is compared with it: Partition Manager copies static partitions verbatim, so any
difference means the two files come from different builds.

Addresses: Partition Manager's ``flash_primary`` addresses and the SoC flash's partition offsets are CPU
addresses on nRF chips (flash at 0).  A partition in ``external_flash`` is an offset in the external chip;
the CPU sees it through the QSPI controller's execute-in-place window, which the devicetree gives
(``reg-names = "qspi", "qspi_mm"``) or, without one, the nRF windows below.  A dump of the external flash
is placed there (``qspi.bin@0x12000000``, or the Intel HEX ``nrfjprog --readqspi`` writes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .records import (
    ORIGIN_DEVICETREE,
    ORIGIN_PARTITIONS_YML,
    ORIGIN_PM_STATIC,
    PM_REGIONS,
    FlashDevice,
    Partition,
)

#: QSPI execute-in-place windows: nRF52840 (``qspi@40029000`` ``qspi_mm``, where ``nrfjprog --readqspi``
#: places the external flash) and nRF5340 application core (``qspi@2b000`` ``qspi_mm``).
KNOWN_XIP_WINDOWS: tuple[tuple[int, int, str], ...] = (
    (0x12000000, 0x8000000, "nRF52840 QSPI XIP window"),
    (0x10000000, 0x10000000, "nRF5340 QSPI XIP window"),
)

#: MCUboot's roles by Partition Manager name; image N > 0 adds ``_N`` (``mcuboot_secondary_1``).
_PM_SLOT = re.compile(r"^mcuboot_(primary|secondary)(?:_(\d+))?$")
#: ... and by devicetree node label / ``label`` property (slot0 = image 0 primary, slot1 its secondary,
#: slot2/slot3 image 1, ...).
_DT_SLOT = re.compile(r"^slot(\d+)_partition$")
_DT_IMAGE = re.compile(r"^image-(\d+)$")


@dataclass(frozen=True, slots=True)
class SlotRole:
    role: str  # primary | secondary | scratch
    image: int

    @property
    def key(self) -> str:
        """The facts' name for the slot: ``primary``, ``secondary``, ``scratch``, ``primary_1``..."""
        return self.role if self.image == 0 else f"{self.role}_{self.image}"


def slot_role(p: Partition) -> SlotRole | None:
    """MCUboot's role for a partition, by the names NCS and Zephyr give slots."""
    if m := _PM_SLOT.match(p.name):
        return SlotRole(m.group(1), int(m.group(2) or 0))
    if p.name == "mcuboot_scratch" or p.dt_label == "scratch_partition" or p.name == "image-scratch":
        return SlotRole("scratch", 0)
    m = _DT_SLOT.match(p.dt_label) or (_DT_IMAGE.match(p.name) if p.origin == ORIGIN_DEVICETREE else None)
    if m:
        n = int(m.group(1))
        return SlotRole("primary" if n % 2 == 0 else "secondary", n // 2)
    return None


def is_storage(p: Partition) -> bool:
    """Application data the firmware keeps in flash (settings, NVS, littlefs, a devicetree ``storage``)."""
    return "storage" in p.name or p.dt_label == "storage_partition"


@dataclass
class Overlap:
    first: Partition
    second: Partition
    start: int
    end: int

    def describe(self) -> str:
        return (f"{_span(self.first)} and {_span(self.second)} share 0x{self.start:X}-0x{self.end:X} "
                f"({self.end - self.start:#x} bytes)")


@dataclass
class Disagreement:
    static: Partition
    built: Partition | None
    field: str

    def describe(self) -> str:
        s, b = self.static, self.built
        if b is None:
            return f"pm_static.yml places {_span(s)}; the build's partitions.yml has no {s.name}"
        if self.field == "region":
            return f"pm_static.yml puts {s.name} in {s.region}, the build's partitions.yml in {b.region}"
        return (f"pm_static.yml places {_span(s)}, the build's partitions.yml {_span(b)} "
                f"({self.field} differs)")


@dataclass
class Layout:
    """The partitions the build used, and the inputs and checks around them."""

    partitions: list[Partition]
    origin: str
    static: list[Partition] = field(default_factory=list)  # pm_static.yml beside a partitions.yml
    devices: list[FlashDevice] = field(default_factory=list)

    @property
    def inputs(self) -> list[str]:
        return list(dict.fromkeys(p.input for p in self.partitions))

    def get(self, name: str) -> Partition | None:
        return next((p for p in self.partitions if p.name == name and not p.domain), None) or \
            next((p for p in self.partitions if p.name == name), None)

    def slots(self) -> list[tuple[SlotRole, Partition]]:
        """MCUboot slots in image order, primary before secondary before scratch."""
        found = [(r, p) for p in self.partitions if (r := slot_role(p)) is not None]
        order = {"primary": 0, "secondary": 1, "scratch": 2}
        return sorted(found, key=lambda rp: (rp[0].image, order[rp[0].role]))

    def header_room(self) -> tuple[int, Partition, Partition] | None:
        """Where NCS puts the application in the primary slot: ``app`` (or ``mcuboot_primary_app``) starts
        ``mcuboot_pad``'s size after ``mcuboot_primary``; MCUboot jumps to primary + ``ih_hdr_size``."""
        primary = self.get("mcuboot_primary")
        pad = self.get("mcuboot_pad")
        if primary is None or pad is None or pad.address != primary.address:
            return None
        return pad.size, pad, primary

    def overlaps(self) -> list[Overlap]:
        """Partitions that share bytes without one being made of the other (``span``/``inside``)."""
        out: list[Overlap] = []
        parts = [p for p in self.partitions if p.size > 0 and p.name not in PM_REGIONS]
        closure = _closures(parts)
        for i, a in enumerate(parts):
            for b in parts[i + 1:]:
                if _space(a) != _space(b):
                    continue
                start, end = max(a.address, b.address), min(a.end, b.end)
                if start >= end:
                    continue
                ca, cb = closure[(a.domain, a.name)], closure[(b.domain, b.name)]
                if b.name in ca or a.name in cb or ca & cb:
                    continue  # one spans the other, or both span the same partitions
                out.append(Overlap(a, b, start, end))
        return out

    def disagreements(self) -> list[Disagreement]:
        """How the ``pm_static.yml`` given differs from the ``partitions.yml`` given (same domain)."""
        out: list[Disagreement] = []
        for s in self.static:
            b = next((p for p in self.partitions if p.name == s.name and p.domain == s.domain), None)
            if b is None:
                out.append(Disagreement(s, None, "name"))
            elif s.address != b.address:
                out.append(Disagreement(s, b, "address"))
            elif s.size != b.size:
                out.append(Disagreement(s, b, "size"))
            elif "region" in s.lines and s.region != b.region:
                out.append(Disagreement(s, b, "region"))
        return out

    def cpu_address(self, p: Partition, memory: Any = None) -> tuple[int, str] | None:
        """Where the CPU (and so a memory dump) sees the partition's first byte, and how we know."""
        if p.region == "flash_primary":
            device = next((d for d in self.devices if d.label == p.device and not d.external), None)
            base = device.base if device is not None and device.base is not None else 0
            return base + p.address, "internal flash"
        if p.region != "external_flash":
            return None  # RAM, OTP, or ram_flash (the network core's update slot emulated in RAM)
        given = [(d.base, f"{d.label} window from the devicetree (qspi_mm)")
                 for d in self.devices if d.external and d.base is not None]
        if given:
            return given[0][0] + p.address, given[0][1]
        for base, _size, what in KNOWN_XIP_WINDOWS:  # the chip is not known: the window the dump is in
            if memory is not None and memory.covers(base + p.address, 1):
                return base + p.address, what
        return None


def assemble(partitions: list[Partition], devices: list[FlashDevice]) -> Layout | None:
    """The layout the build used, from every partition record of the case; None without any."""
    if not partitions:
        return None
    by_origin: dict[str, list[Partition]] = {}
    for p in partitions:
        by_origin.setdefault(p.origin, []).append(p)
    for origin in (ORIGIN_PARTITIONS_YML, ORIGIN_PM_STATIC, ORIGIN_DEVICETREE):
        if origin in by_origin:
            chosen = _first_of_each(by_origin[origin])
            static = _first_of_each(by_origin.get(ORIGIN_PM_STATIC, [])) if origin == ORIGIN_PARTITIONS_YML else []
            return Layout(chosen, origin, static, list(devices))
    return None


def _first_of_each(parts: list[Partition]) -> list[Partition]:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in parts:
        if (p.domain, p.name) not in seen:
            seen.add((p.domain, p.name))
            out.append(p)
    return out


def _space(p: Partition) -> tuple[str, str]:
    """Partitions can only collide inside one address space: a domain's region, or a devicetree device."""
    if p.origin == ORIGIN_DEVICETREE:
        return ("dts", p.device)
    return (p.domain, p.region)


def _closures(parts: list[Partition]) -> dict[tuple[str, str], set[str]]:
    """Every partition a partition is made of (span, transitively) or sits in (inside), by name."""
    direct: dict[tuple[str, str], set[str]] = {(p.domain, p.name): set(p.span) | set(p.inside) for p in parts}
    out: dict[tuple[str, str], set[str]] = {}
    for key in direct:
        seen: set[str] = set()
        todo = list(direct[key])
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            todo.extend(direct.get((key[0], name), ()))
        out[key] = seen
    return out


def _span(p: Partition) -> str:
    return f"{p.name} 0x{p.address:X}-0x{p.end:X}"


def layout_of(case: Any) -> Layout | None:
    """The case's layout (``assemble`` over its partition and flash-device records)."""
    return assemble(case.of_type(Partition), case.of_type(FlashDevice))
