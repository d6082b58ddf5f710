"""nRF5 memory analysis: what is installed where, and do the pieces agree with each other.

Reads ``case.memory`` (every flash/UICR/FICR image given, sparse) and publishes:

* ``case.sections["flash_map"]`` / ``["softdevice"]`` / ``["settings"]`` (contract.md shapes);
* a typed ``Table`` "Flash map";
* facts for rules (``nrf5``, ``mbr``, ``uicr``, ``softdevice``, ``app``, ``bootloader``,
  ``settings``, ``checks``) with ``Absent`` values where the evidence does not tell, and
  ``case.facts["_where"]``: dotted fact path -> ``Location`` of the bytes it was read from.

Layout rules and addresses: ../shared/reference/nrf5-sdk.md §1.7 (backup page), §2 (addresses,
MBR, UICR, SoftDevice info, bank addresses, app-data area), §8.5 (what activation leaves behind).
See docs/facts/nrf5.md for every fact.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field, replace
from typing import Any

from ..case import Case, Column, Table
from ..memory import MemoryView
from ..model import NOT_PRESENT, Absent, Location, ParseWarning
from .chips import CHIPS, Chip
from .flash_map import DEFAULT_APP_DATA_PAGES, Region, assemble, find_fds_pages, page_align
from .softdevice import (
    MBR_SIZE,
    UICR_NRFFW0,
    UICR_NRFFW1,
    SoftDeviceInfo,
    read_mbr,
    read_softdevice_info,
)
from .vector_table import RAM_BASE, check_vector_table, read_vector_table

ERASED = 0xFFFFFFFF
FICR_CODEPAGESIZE = 0x10000010
FICR_CODESIZE = 0x10000014
FICR_INFO_PART = 0x10000100  # nRF52 only
PART_NUMBERS = {0x52810: "nrf52810", 0x52811: "nrf52811", 0x52820: "nrf52820", 0x52832: "nrf52832",
                0x52833: "nrf52833", 0x52840: "nrf52840"}
#: Bootloader FLASH ORIGINs of the SDK example linker scripts (§2.2), tried when neither UICR nor
#: the MBR page says where the bootloader is.  Keyed by flash size.
DEFAULT_BOOTLOADER_STARTS = {
    0x30000: (0x28000, 0x22000),
    0x40000: (0x3AC00, 0x38000, 0x32000),
    0x80000: (0x78000, 0x72000, 0x71000, 0x75000, 0x64000),
    0x100000: (0xF8000, 0xF1000, 0xF4000, 0xEC000, 0xE0000),
}
VALID_APP = "NRF_DFU_BANK_VALID_APP"
SD_REQ_ANY_VERSION = 0xFFFE
#: Bytes ``locate_image`` may CRC at page boundaries without a plausible vector table (~0.1 s)
LOCATE_BUDGET = 128 << 20


def _settings_api():  # noqa: ANN202 - the settings decoder module (decode_settings, compare_pages)
    from . import settings
    return settings


@dataclass
class Facts:
    """Fact namespaces being built, and where each value was read (for findings to cite)."""

    ns: dict[str, dict[str, Any]] = field(default_factory=dict)
    where: dict[str, Location] = field(default_factory=dict)

    def set(self, path: str, value: Any, loc: Location | None = None) -> None:
        head, _, rest = path.partition(".")
        node = self.ns.setdefault(head, {})
        *parents, leaf = rest.split(".")
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = value
        if loc is not None:
            self.where[path] = loc

    def get(self, path: str, default: Any = NOT_PRESENT) -> Any:
        head, _, rest = path.partition(".")
        node: Any = self.ns.get(head, {})
        for p in rest.split("."):
            if not isinstance(node, dict) or p not in node:
                return default
            node = node[p]
        return node


# ---------------------------------------------------------------------------------------------- chip


@dataclass(frozen=True, slots=True)
class ChipDecision:
    chip: Chip | Absent
    candidates: tuple[str, ...]
    basis: str


def decide_chip(memory: MemoryView, settings_api: Any) -> ChipDecision:
    """Which nRF5 this memory belongs to, and why we think so.

    In order of strength: FICR ``INFO.PART``; FICR code size; a settings page with a valid CRC at
    one family's ``BOOTLOADER_SETTINGS_ADDRESS``; known flash beyond 512 KiB (only the nRF52840);
    a whole-flash image of one size.  Chips with the same flash layout stay candidates together and
    we check against the largest RAM among them.
    """
    part = memory.read_u32(FICR_INFO_PART)
    if part in PART_NUMBERS:
        name = PART_NUMBERS[part]
        return ChipDecision(CHIPS[name], (name,), f"FICR INFO.PART = 0x{part:X}")
    page, count = memory.read_u32(FICR_CODEPAGESIZE), memory.read_u32(FICR_CODESIZE)
    if page and count and page != ERASED and count != ERASED:
        cands = tuple(sorted(n for n, c in CHIPS.items() if c.flash_size == page * count and c.page_size == page))
        if cands:
            return _pick(cands, f"FICR CODEPAGESIZE x CODESIZE = 0x{page * count:X} bytes")
    if settings_api is not None:
        by_addr: dict[int, list[str]] = {}
        for n, c in CHIPS.items():
            by_addr.setdefault(c.settings_address, []).append(n)
        hits = []
        for addr, names in sorted(by_addr.items()):
            raw = memory.read_prefix(addr, CHIPS[names[0]].page_size)
            if raw is not None and raw.count(0xFF) != len(raw):
                sp = settings_api.decode_settings(raw, addr)
                if sp.crc_valid is True:
                    hits.append((addr, names))
        if len(hits) == 1:
            addr, names = hits[0]
            return _pick(tuple(sorted(names)), f"settings page with a valid CRC at 0x{addr:08X}")
    top = max((b for a, b in memory.spans_in(0, 0x10000000)), default=0)
    if top > 0x80000:
        return _pick(("nrf52840",), f"flash known up to 0x{top:X}, beyond 512 KiB")
    for start, end, _inp, _label in memory.ranges():
        if start == 0 and end - start in {c.flash_size for c in CHIPS.values()}:
            cands = tuple(sorted(n for n, c in CHIPS.items() if c.flash_size == end))
            return _pick(cands, f"a whole-flash image of 0x{end:X} bytes")
    return ChipDecision(NOT_PRESENT, (), "no FICR, no settings page with a valid CRC and no whole-flash "
                                         "image: the chip cannot be told; give FICR or a full flash dump")


def _pick(cands: tuple[str, ...], why: str) -> ChipDecision:
    chips = [CHIPS[n] for n in cands]
    layout = {(c.flash_size, c.page_size, c.settings_address, c.mbr_params_address) for c in chips}
    if len(layout) > 1:
        # different flash layouts: keep the smallest-flash one only if everything we read fits it
        return ChipDecision(NOT_PRESENT, cands, f"{why}: fits {', '.join(cands)}, whose layouts differ")
    best = max(chips, key=lambda c: (c.ram_size, c.name))
    note = "" if len(cands) == 1 else f" (same flash layout as {', '.join(c for c in cands if c != best.name)})"
    return ChipDecision(best, cands, why + note)


# ------------------------------------------------------------------------------------------ analysis


def analyze(case: Case) -> None:
    """Fill flash map, SoftDevice, settings sections and nRF5 facts from ``case.memory``."""
    memory = case.memory
    if not memory:
        return
    flash_known = any(a < 0x10000000 for a, _b, _i, _l in memory.ranges())
    uicr_known = memory.covers(UICR_NRFFW0, 8)
    if not flash_known and not uicr_known:
        return  # RAM only: not ours
    api = _settings_api()
    f = Facts()
    warn = case.analysis_warnings.append

    decision = decide_chip(memory, api)
    chip = decision.chip
    # one name, or the candidates sharing one flash layout ("nrf52832/nrf52833")
    f.set("nrf5.chip", "/".join(decision.candidates) if isinstance(chip, Chip) else NOT_PRESENT)
    f.set("nrf5.chip_candidates", list(decision.candidates))
    f.set("nrf5.chip_basis", decision.basis)
    if not isinstance(chip, Chip):
        warn(ParseWarning(Location("nrf5"), f"chip not decided: {decision.basis}"))
        # still read what does not depend on the chip, with nRF52 page size and the largest RAM
    page = chip.page_size if isinstance(chip, Chip) else 0x1000
    ram_end = RAM_BASE + (chip.ram_size if isinstance(chip, Chip) else 0x40000)
    flash_size = chip.flash_size if isinstance(chip, Chip) else max(
        (b for _a, b in memory.spans_in(0, 0x10000000)), default=0)
    f.set("nrf5.page_size", page)
    f.set("nrf5.flash_size", flash_size if isinstance(chip, Chip) else NOT_PRESENT)
    f.set("nrf5.ram_end", ram_end)
    regions: list[Region] = []

    # ---- UICR
    nrffw0, nrffw1 = memory.read_u32(UICR_NRFFW0), memory.read_u32(UICR_NRFFW1)
    f.set("uicr.given", uicr_known)
    f.set("uicr.nrffw0", NOT_PRESENT if nrffw0 is None else nrffw0, memory.source_of(UICR_NRFFW0))
    f.set("uicr.nrffw1", NOT_PRESENT if nrffw1 is None else nrffw1, memory.source_of(UICR_NRFFW1))

    # ---- MBR: a page-0 vector table with its code inside the page and sane address words, or with
    # damaged words but a SoftDevice above it (an image linked at 0 overwrites the SoftDevice too)
    sd = read_softdevice_info(memory)
    mbr = read_mbr(memory)
    if mbr is not None and not mbr.looks_like_mbr and mbr.vector_in_page and isinstance(sd, SoftDeviceInfo):
        mbr = replace(mbr, looks_like_mbr=True)
    if mbr is None:
        f.set("mbr.present", NOT_PRESENT)
        f.set("mbr.bootloader_addr", NOT_PRESENT)
        f.set("mbr.param_page_addr", NOT_PRESENT)
        f.set("mbr.replaced_by_image", NOT_PRESENT)
    else:
        f.set("mbr.present", mbr.looks_like_mbr, mbr.location)
        f.set("mbr.bootloader_addr", NOT_PRESENT if mbr.bootloader_addr is None else mbr.bootloader_addr,
              memory.source_of(0xFF8))
        f.set("mbr.param_page_addr", NOT_PRESENT if mbr.param_page_addr is None else mbr.param_page_addr,
              memory.source_of(0xFFC))
        vt = mbr.vector_table
        replaced = bool(vt and not vt.erased and not mbr.looks_like_mbr
                        and RAM_BASE < vt.initial_sp <= ram_end and vt.reset & 1)
        f.set("mbr.replaced_by_image", replaced, mbr.location)
        if mbr.looks_like_mbr:
            regions.append(Region("mbr", 0, MBR_SIZE, f"MBR vector table, Reset 0x{vt.reset:08X}", mbr.location))
        elif replaced:
            regions.append(Region("image-at-0", 0, _content_end(memory, 0, flash_size, page),
                                  f"an image's vector table where the MBR should be (Reset 0x{vt.reset:08X})",
                                  mbr.location))

    # ---- SoftDevice
    if isinstance(sd, SoftDeviceInfo):
        loc = sd.location
        f.set("softdevice.present", True, loc)
        f.set("softdevice.fwid", sd.fwid, memory.source_of(sd.address + 0x0C))
        f.set("softdevice.name", sd.name, loc)
        f.set("softdevice.known_fwid", sd.known_fwid)
        f.set("softdevice.version", sd.version, loc)
        f.set("softdevice.size", sd.size, memory.source_of(sd.address + 0x08))
        f.set("softdevice.sd_id", sd.sd_id, loc)
        f.set("softdevice.info_size", sd.info_size, loc)
        case.sections["softdevice"] = sd.section()
        version = sd.version if isinstance(sd.version, str) else "version not in the info structure"
        regions.append(Region("softdevice", MBR_SIZE, sd.size,
                              f"{sd.name}, FWID 0x{sd.fwid:04X}, {version}", loc))
        bank0_start: int | Absent = page_align(sd.size, page)
    else:
        f.set("softdevice.present", False if sd is NOT_PRESENT else NOT_PRESENT,
              memory.source_of(0x3004) if sd is NOT_PRESENT else None)
        for k in ("fwid", "name", "version", "size", "sd_id", "info_size", "known_fwid"):
            f.set(f"softdevice.{k}", NOT_PRESENT)
        bank0_start = MBR_SIZE if sd is NOT_PRESENT else NOT_PRESENT
    f.set("nrf5.bank0_start", bank0_start)

    # ---- bootloader address: the MBR prefers MBR_BOOTLOADER_ADDR when both are set (nrf_mbr.h)
    bl_addr: int | Absent = NOT_PRESENT
    source: str | Absent = NOT_PRESENT
    # the 0xFF8 word means something only in an MBR page; a word that is no flash page address is
    # as good as unset (the MBR would jump into nowhere)
    mbr_bl = mbr.bootloader_addr if mbr is not None and mbr.looks_like_mbr else None
    if mbr_bl not in (None, ERASED) and not _plausible_start(mbr_bl, flash_size, page):
        warn(ParseWarning(memory.source_of(0xFF8) or Location("nrf5"),
                          f"MBR page word 0xFF8 = 0x{mbr_bl:08X} is not a flash page address; taken as unset"))
        mbr_bl = ERASED
    if nrffw0 not in (None, ERASED) and not _plausible_start(nrffw0, flash_size, page):
        warn(ParseWarning(memory.source_of(UICR_NRFFW0) or Location("nrf5"),
                          f"UICR NRFFW[0] = 0x{nrffw0:08X} is not a flash page address; taken as unset"))
        nrffw0 = ERASED
    if mbr_bl not in (None, ERASED):
        bl_addr, source = mbr_bl, "mbr"
    elif nrffw0 not in (None, ERASED):
        bl_addr, source = nrffw0, "uicr"
    if mbr_bl not in (None, ERASED) and nrffw0 not in (None, ERASED) and mbr_bl != nrffw0:
        warn(ParseWarning(memory.source_of(0xFF8) or Location("nrf5"),
                          f"MBR page says bootloader at 0x{mbr_bl:08X}, UICR NRFFW[0] says 0x{nrffw0:08X}; "
                          "the MBR uses the MBR page's"))
    if isinstance(bl_addr, int):
        addr_set: bool | Absent = True
    elif nrffw0 == ERASED and mbr_bl in (None, ERASED) or mbr_bl == ERASED and nrffw0 == ERASED:
        addr_set = False
    elif mbr_bl == ERASED and nrffw0 is None:
        addr_set = NOT_PRESENT  # UICR not given: it may hold the address
    else:
        addr_set = NOT_PRESENT
    f.set("bootloader.address", bl_addr,
          memory.source_of(0xFF8) if source == "mbr" else memory.source_of(UICR_NRFFW0) if source == "uicr" else None)
    f.set("bootloader.address_source", source)
    f.set("checks.bootloader_address_set", addr_set,
          memory.source_of(UICR_NRFFW0) or memory.source_of(0xFF8))

    settings_addr = chip.settings_address if isinstance(chip, Chip) else NOT_PRESENT
    backup_addr: int | Absent = NOT_PRESENT
    if isinstance(chip, Chip) and chip.mbr_params_address is not None:
        backup_addr = chip.mbr_params_address
        for word in (nrffw1, mbr.param_page_addr if mbr and mbr.looks_like_mbr else None):
            if word not in (None, ERASED) and word != backup_addr:
                warn(ParseWarning(Location("nrf5"), f"MBR params page address 0x{word:08X} differs from the "
                                                    f"{chip.name} default 0x{backup_addr:08X}; using the default"))
    f.set("nrf5.settings_address", settings_addr)
    f.set("nrf5.backup_address", backup_addr)

    # ---- bootloader: where it is (or where it seems to be when nothing says)
    bl_found: int | Absent = bl_addr
    if not isinstance(bl_addr, int) and isinstance(chip, Chip):
        for cand in DEFAULT_BOOTLOADER_STARTS.get(chip.flash_size, ()):
            vt = read_vector_table(memory, cand)
            limit = backup_addr if isinstance(backup_addr, int) else settings_addr
            if vt is not None and check_vector_table(vt, cand, limit, ram_end).ok:
                bl_found = cand
                f.set("bootloader.found_by_scan", cand, vt.location)
                break
    if not isinstance(bl_found, int) or "found_by_scan" not in f.ns.get("bootloader", {}):
        f.set("bootloader.found_by_scan", NOT_PRESENT)
    bl_end: int | Absent = NOT_PRESENT
    if isinstance(bl_found, int):
        bl_end = backup_addr if isinstance(backup_addr, int) and backup_addr > bl_found else (
            settings_addr if isinstance(settings_addr, int) and settings_addr > bl_found else NOT_PRESENT)
    if isinstance(bl_found, int) and not isinstance(bl_end, int):
        bl_end = bl_found + page
    _image_facts(f, memory, "bootloader", bl_found, bl_end, ram_end)
    if isinstance(bl_found, int) and f.get("bootloader.present") is True:
        detail = ("start from " + ("MBR page 0xFF8" if source == "mbr" else "UICR NRFFW[0]")
                  if isinstance(source, str) else "found at an SDK default start; no address in UICR/MBR")
        regions.append(Region("bootloader", bl_found, bl_end, detail, memory.source_of(bl_found)))

    # ---- app-data area (below the bootloader) and FDS pages
    app_data_size = DEFAULT_APP_DATA_PAGES * page
    app_data_start: int | Absent = bl_found - app_data_size if isinstance(bl_found, int) else NOT_PRESENT
    f.set("nrf5.app_data_start", app_data_start)
    f.set("nrf5.app_data_size", app_data_size)
    f.set("nrf5.app_data_size_assumed", True)
    scan_end = bl_found if isinstance(bl_found, int) else (
        settings_addr if isinstance(settings_addr, int) else flash_size)
    fds = find_fds_pages(memory, MBR_SIZE, scan_end, page)
    f.set("nrf5.fds_pages", [p.address for p in fds], fds[0].location if fds else None)
    f.set("nrf5.fds_page_count", len(fds))

    # ---- settings page and backup
    sp_main = sp_backup = None
    if isinstance(settings_addr, int):
        sp_main = _decode_at(api, memory, settings_addr, page)
        if isinstance(backup_addr, int):
            sp_backup = _decode_at(api, memory, backup_addr, page)
    _settings_facts(f, case, memory, api, sp_main, sp_backup, settings_addr, backup_addr)
    if sp_main is not None:
        regions.append(Region("settings", settings_addr, settings_addr + page, _settings_detail(sp_main),
                              memory.source_of(settings_addr)))
    if sp_backup is not None:
        regions.append(Region("mbr-params", backup_addr, backup_addr + page,
                              "MBR params page = settings backup: " + _settings_detail(sp_backup),
                              memory.source_of(backup_addr)))

    # ---- application at bank 0, per the settings the bootloader will use (§1.7: a valid page, else
    # a valid backup, else none)
    in_use = sp_main if sp_main is not None and sp_main.crc_valid is True else (
        sp_backup if sp_backup is not None and sp_backup.crc_valid is True else None)
    f.set("settings.in_use", NOT_PRESENT if sp_main is None else
          "page" if in_use is sp_main else "backup" if in_use is not None else "neither")
    eff = _absent(in_use.to_json()) if in_use is not None else {}
    size = eff.get("bank_0", {}).get("image_size")
    code = eff.get("bank_0", {}).get("bank_code")
    image_size = size if code == VALID_APP and isinstance(size, int) and size else NOT_PRESENT
    # Bytes without an MBR, a SoftDevice, a valid settings page or a bootloader address are not an
    # nRF5 SDK layout: judging "the app's vector table" there would report noise as a finding.
    recognised = (f.get("mbr.present") is True or f.get("softdevice.present") is True or in_use is not None
                  or isinstance(bl_addr, int))
    f.set("nrf5.layout_recognised", recognised)
    if f.get("mbr.replaced_by_image") is True:
        bank0_start = NOT_PRESENT  # the image at 0 is the app; bank 0 holds the rest of it
    if not recognised:
        warn(ParseWarning(Location("nrf5"), "no MBR, SoftDevice, valid settings page or bootloader address "
                                            "found: not an nRF5 SDK flash layout; image checks skipped"))
        bank0_start = NOT_PRESENT
    # where the bootloader will look for the application, and where the bytes the settings describe are
    f.set("nrf5.bank0_expected", bank0_start)
    crc = eff.get("bank_0", {}).get("image_crc")
    found = (locate_image(memory, bank0_start, image_size, crc, flash_size or 0x100000, page, ram_end)
             if recognised and isinstance(bank0_start, int) and isinstance(image_size, int) and isinstance(crc, int)
             else None)
    f.set("app.found_at", NOT_PRESENT if found is None else found,
          memory.source_of(found) if found is not None else None)
    f.set("checks.app_displaced", NOT_PRESENT if found is None else found != bank0_start,
          memory.source_of(found) if found is not None else None)
    displaced_from = bank0_start if found is not None and found != bank0_start else None
    if found is not None:
        bank0_start = found  # the map and the checks follow the image, the facts above say where it should be
    received = _received_image(eff, bank0_start, memory)
    app_limit: int | Absent = NOT_PRESENT
    if isinstance(bank0_start, int):
        if isinstance(image_size, int):
            app_limit = bank0_start + image_size
        else:
            app_limit = next((x for x in (received[0] if received else None, app_data_start, bl_found,
                                          settings_addr) if isinstance(x, int) and x > bank0_start),
                             NOT_PRESENT)
    _image_facts(f, memory, "app", bank0_start, app_limit if isinstance(app_limit, int) else NOT_PRESENT, ram_end)
    f.set("app.image_size", image_size)
    if isinstance(bank0_start, int) and f.get("app.present") is True:
        end = app_limit if isinstance(image_size, int) else _content_end(memory, bank0_start, app_limit, page)
        detail = ("bank 0, size from settings" if isinstance(image_size, int)
                  else "bank 0, extent from its content")
        if isinstance(displaced_from, int):
            detail = f"the settings' bank 0 image (size and CRC match here); the bootloader looks at 0x{displaced_from:X}"
        regions.append(Region("application", bank0_start, end, detail, memory.source_of(bank0_start)))

    bank1_start: int | Absent = (page_align(bank0_start + image_size, page)
                                 if isinstance(bank0_start, int) and isinstance(image_size, int) else NOT_PRESENT)
    f.set("nrf5.bank1_start", bank1_start)

    for p in fds:
        regions.append(Region("fds", p.address, p.address + page,
                              f"FDS {p.kind} page" + (" (inside the app-data area)"
                                                      if isinstance(app_data_start, int) and p.address >= app_data_start
                                                      else ""), p.location))
    if isinstance(app_data_start, int) and isinstance(bl_found, int):
        fds_set = {p.address for p in fds}
        a = app_data_start
        while a < bl_found:
            if a not in fds_set and memory.covers(a, page):
                regions.append(Region("app-data", a, a + page,
                                      f"app-data area (NRF_DFU_APP_DATA_AREA_SIZE assumed {DEFAULT_APP_DATA_PAGES} "
                                      "pages, the SDK default)", memory.source_of(a)))
            a += page

    _checks(f, memory, sd, fds, bank0_start, bank1_start, app_data_start, image_size, eff)
    written = f.get("checks.transfer_bytes")
    if isinstance(bank1_start, int) and isinstance(written, int) and written > 0:
        total = f.get("checks.transfer_total")
        regions.append(Region("bank-1", bank1_start, bank1_start + written,
                              f"update in progress: 0x{written:X} of " +
                              (f"0x{total:X}" if isinstance(total, int) else "an unknown number of") +
                              " bytes received (settings progress.firmware_image_offset)",
                              memory.source_of(bank1_start)))

    _activation_checks(f, memory, eff, bank0_start, received)
    if received is not None and memory.covers(received[0], 4):
        src, n, code1 = received
        copied = f.get("checks.activation_copied")
        regions.append(Region("bank-1", src, src + n,
                              f"received update ({code1}, 0x{n:X} bytes) awaiting activation" +
                              (f"; 0x{copied:X} bytes copied to bank 0 (write_offset)"
                               if isinstance(copied, int) and copied else ""), memory.source_of(src)))

    flash_map = assemble(memory, regions, flash_size, page) if flash_known else []
    case.sections["flash_map"] = [r.to_json() for r in flash_map]
    case.tables.append(Table("flash_map", "Flash map",
                             [Column("name"), Column("start", "address"), Column("end", "address"),
                              Column("size", "size"), Column("detail"), Column("read from")],
                             [[r.name, r.start, r.end, r.end - r.start, r.detail,
                               r.location.describe() if r.location else NOT_PRESENT] for r in flash_map]))
    for ns in ("nrf5", "mbr", "uicr", "softdevice", "app", "bootloader", "settings", "checks"):
        case.facts[ns] = f.ns.get(ns, {})
    case.facts.setdefault("_where", {}).update(dict(sorted(f.where.items())))


def locate_image(memory: MemoryView, expected: int, size: int, crc: int, flash_size: int, page: int,
                 ram_end: int) -> int | None:
    """Where ``size`` bytes with CRC32 ``crc`` (the settings page's bank 0) really are: ``expected`` when they
    match there, else the first page boundary whose vector table is plausible for an image there and whose
    bytes match; None when no place matches.

    Why: with the MBR or the SoftDevice missing from a dump the SDK's rule puts bank 0 right after the MBR,
    while the application sits where it was linked (after its SoftDevice); a CRC computed at the rule's
    address compares the settings with bytes that are not the image at all."""
    data = memory.read(expected, size)
    if data is not None and zlib.crc32(data) == crc:
        return expected
    starts = [a for a in range(MBR_SIZE, max(flash_size - size, 0) + 1, page) if a != expected]
    rest = []
    for addr in starts:
        head = memory.read(addr, 8)
        if head is None:
            continue
        sp, reset = int.from_bytes(head[:4], "little"), int.from_bytes(head[4:], "little")
        if not (RAM_BASE < sp <= ram_end and reset & 1 and addr <= reset < addr + size):
            rest.append(addr)
            continue
        data = memory.read(addr, size)
        if data is not None and zlib.crc32(data) == crc:
            return addr
    if len(rest) * size > LOCATE_BUDGET:
        return None
    # an image whose first words are no vector table (data, or a table the check above does not know)
    for addr in rest:
        data = memory.read(addr, size)
        if data is not None and data.count(0xFF) != len(data) and zlib.crc32(data) == crc:
            return addr
    return None


def _received_image(eff: dict[str, Any], bank0_start: int | Absent,
                    memory: MemoryView) -> tuple[int, int, str] | None:
    """(address, size, bank code) of an update received and post-validated but not yet activated.

    Why: after postvalidate() bank 1 holds the new image (bank_1 valid, bank_0 invalidated for an app) and
    activation copies it to bank 0 in steps, saving ``write_offset`` (reference nrf5-sdk.md §8.5); a dump
    taken in between shows two images and half-copied bytes that are no corruption."""
    b1 = eff.get("bank_1", {})
    code1, size1 = b1.get("bank_code"), b1.get("image_size")
    if not (isinstance(code1, str) and code1.startswith("NRF_DFU_BANK_VALID") and isinstance(size1, int) and size1):
        return None
    src = eff.get("progress", {}).get("update_start_address")
    if not (isinstance(src, int) and 0 < src < 0x100000 and src != ERASED):
        size0 = eff.get("bank_0", {}).get("image_size")
        if not (isinstance(bank0_start, int) and isinstance(size0, int)):
            return None
        src = page_align(bank0_start + size0, 0x1000)
    return src, size1, code1


def _activation_checks(f: Facts, memory: MemoryView, eff: dict[str, Any], bank0_start: int | Absent,
                       received: tuple[int, int, str] | None) -> None:
    """How far activation got: the received image's CRC in bank 1, and whether bank 0 holds its first
    ``write_offset`` bytes (the bytes that prove the copy state)."""
    keys = ("activation_pending", "activation_copied", "activation_copy_verified", "bank1_crc_matches")
    if received is None:
        for k in keys:
            f.set(f"checks.{k}", NOT_PRESENT if not eff else (False if k == "activation_pending" else NOT_PRESENT))
        return
    src, n, code1 = received
    wo = eff.get("write_offset")
    f.set("checks.activation_pending", True, f.where.get("settings.crc_valid"))
    f.set("checks.activation_copied", wo if isinstance(wo, int) else NOT_PRESENT, f.where.get("settings.crc_valid"))
    data = memory.read(src, n)
    crc1 = eff.get("bank_1", {}).get("image_crc")
    f.set("checks.bank1_crc_matches", NOT_PRESENT if data is None or not isinstance(crc1, int)
          else zlib.crc32(data) == crc1, memory.source_of(src))
    verified: bool | Absent = NOT_PRESENT
    if isinstance(wo, int) and 0 < wo <= n and isinstance(bank0_start, int) and code1 == VALID_APP:
        head, copy = memory.read(src, wo), memory.read(bank0_start, wo)
        if head is not None and copy is not None:
            verified = head == copy
    f.set("checks.activation_copy_verified", verified, memory.source_of(bank0_start)
          if isinstance(bank0_start, int) else None)


def _plausible_start(addr: int, flash_size: int, page: int) -> bool:
    """An image start the MBR could jump to: a page boundary above the MBR, inside flash."""
    top = flash_size or 0x100000
    return MBR_SIZE <= addr < top and addr % min(page, 0x400) == 0


def _image_facts(f: Facts, memory: MemoryView, ns: str, start: int | Absent, end: int | Absent,
                 ram_end: int) -> None:
    """``<ns>.present/start/vector_ok/...`` for the image whose vector table should be at ``start``."""
    f.set(f"{ns}.start", start)
    vt = read_vector_table(memory, start) if isinstance(start, int) else None
    if vt is None:
        for k in ("present", "vector_ok", "initial_sp", "reset", "linked_below", "vector_problems", "vector_stray"):
            f.set(f"{ns}.{k}", NOT_PRESENT)
        f.set(f"{ns}.end", end)
        return
    f.set(f"{ns}.present", not vt.erased, vt.location)
    f.set(f"{ns}.end", end)
    f.set(f"{ns}.initial_sp", vt.initial_sp, vt.location)
    f.set(f"{ns}.reset", vt.reset, memory.source_of(vt.address + 4))
    if vt.erased:
        f.set(f"{ns}.vector_ok", NOT_PRESENT)
        f.set(f"{ns}.linked_below", NOT_PRESENT)
        f.set(f"{ns}.vector_problems", [])
        f.set(f"{ns}.vector_stray", [])
        return
    limit = end if isinstance(end, int) else vt.address + 0x100000
    chk = check_vector_table(vt, vt.address, limit, ram_end)
    f.set(f"{ns}.vector_ok", chk.ok, vt.location)
    f.set(f"{ns}.linked_below", chk.linked_below, vt.location)
    f.set(f"{ns}.vector_problems", list(chk.problems))
    f.set(f"{ns}.vector_stray", list(chk.stray), vt.location if chk.stray else None)


def _content_end(memory: MemoryView, start: int, limit: int | Absent, page: int) -> int:
    """End of the last non-erased page of a contiguous run from ``start`` (no size known)."""
    end, pos = start + page, start
    stop = limit if isinstance(limit, int) else start + 0x100000
    while pos < stop:
        chunk = memory.read(pos, page)
        if chunk is None or chunk.count(0xFF) == len(chunk):
            break
        pos += page
        end = pos
    return end


def _decode_at(api: Any, memory: MemoryView, addr: int, page: int) -> Any:
    raw = memory.read_prefix(addr, page)
    if raw is None:
        return None
    loc = memory.source_of(addr)
    return api.decode_settings(raw, addr, input_name=loc.input if loc else "",
                               file_offset=loc.offset or 0 if loc else 0)


def _settings_detail(sp: Any) -> str:
    if sp.erased:
        return "erased"
    if sp.layout not in ("v1", "v2"):
        return f"not a settings page the SDK wrote (layout {sp.layout}, CRC {'valid' if sp.crc_valid else 'invalid'})"
    crc = "CRC valid" if sp.crc_valid is True else "CRC INVALID"
    return f"settings {sp.layout}, {crc}"


def _absent(v: Any) -> Any:
    """JSON-ish values with None turned into NOT_PRESENT, recursively (facts never hold None)."""
    if v is None:
        return NOT_PRESENT
    if isinstance(v, dict):
        return {k: _absent(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_absent(x) for x in v]
    return v


def _settings_facts(f: Facts, case: Case, memory: MemoryView, api: Any, main: Any, backup: Any,
                    addr: int | Absent, backup_addr: int | Absent) -> None:
    if main is None:
        f.set("settings.present", NOT_PRESENT)
        for k in ("crc_valid", "erased", "settings_version", "bank_0", "bank_1", "progress", "init_command",
                  "backup"):
            f.set(f"settings.{k}", NOT_PRESENT)
        return
    doc = main.to_json()
    loc = memory.source_of(addr)
    for k, v in sorted(_absent(doc).items()):
        f.set(f"settings.{k}", v)
    f.set("settings.present", True, loc)
    f.set("settings.crc_valid", main.crc_valid, loc)
    f.set("settings.erased", main.erased, loc)
    for bank in ("bank_0", "bank_1"):
        for i, k in enumerate(("image_size", "image_crc", "bank_code")):
            f.where[f"settings.{bank}.{k}"] = memory.source_of(addr + (0x18 if bank == "bank_0" else 0x24) + 4 * i)
    ic = main.init_command
    if isinstance(ic, Absent):
        f.set("settings.init_command", ic, memory.source_of(addr + 0x5C))
    else:
        f.set("settings.init_command", _absent(ic.to_json()), memory.source_of(addr + 0x5C))
        f.where["settings.init_command.sd_req"] = memory.source_of(addr + 0x5C)
    for k in ("command_size", "firmware_image_offset", "data_object_size"):
        f.where[f"settings.progress.{k}"] = memory.source_of(addr + 0x38)
    section = dict(doc)
    if backup is not None:
        bdoc = backup.to_json()
        section["backup"] = bdoc
        f.set("settings.backup", _absent(bdoc), memory.source_of(backup_addr))
        f.set("settings.backup.present", True, memory.source_of(backup_addr))
        f.set("settings.backup.crc_valid", backup.crc_valid, memory.source_of(backup_addr))
        if not main.erased and not backup.erased:
            diffs = api.compare_pages(main, backup)
            f.set("settings.backup_differences", [getattr(d, "path", str(d)) for d in diffs])
        else:
            f.set("settings.backup_differences", NOT_PRESENT)
    else:
        f.set("settings.backup", {"present": NOT_PRESENT, "crc_valid": NOT_PRESENT})
        f.set("settings.backup_differences", NOT_PRESENT)
    case.sections["settings"] = section


def _checks(f: Facts, memory: MemoryView, sd: Any, fds: list, bank0_start: int | Absent,
            bank1_start: int | Absent, app_data_start: int | Absent, image_size: int | Absent,
            eff: dict[str, Any]) -> None:
    # bank 0 CRC recomputed from the flash vs what the settings in use say
    crc = eff.get("bank_0", {}).get("image_crc")
    if isinstance(bank0_start, int) and isinstance(image_size, int) and isinstance(crc, int) and crc != 0:
        data = memory.read(bank0_start, image_size)
        f.set("checks.bank0_erased", NOT_PRESENT if data is None else data.count(0xFF) == len(data),
              memory.source_of(bank0_start))
        if data is None or data.count(0xFF) == len(data):  # nothing there: no CRC to compare
            f.set("checks.bank0_crc_matches", NOT_PRESENT)
            f.set("checks.bank0_crc_computed", NOT_PRESENT)
        else:
            computed = zlib.crc32(data)
            f.set("checks.bank0_crc_matches", computed == crc, memory.source_of(bank0_start))
            f.set("checks.bank0_crc_computed", computed, memory.source_of(bank0_start))
    else:
        f.set("checks.bank0_crc_matches", NOT_PRESENT)
        f.set("checks.bank0_crc_computed", NOT_PRESENT)
        f.set("checks.bank0_erased", NOT_PRESENT)

    # stored init command's sd_req vs the SoftDevice installed (0 = none, as the bootloader counts it)
    ic = eff.get("init_command")
    sd_req = ic.get("sd_req") if isinstance(ic, dict) else NOT_PRESENT
    installed: int | None = sd.fwid if isinstance(sd, SoftDeviceInfo) else (0 if sd is NOT_PRESENT else None)
    f.set("checks.installed_fwid", NOT_PRESENT if installed is None else installed)
    if isinstance(sd_req, list) and sd_req and installed is not None:
        ok = installed in sd_req or SD_REQ_ANY_VERSION in sd_req
        f.set("checks.sd_req_includes_installed", ok, f.where.get("settings.init_command.sd_req"))
    else:
        f.set("checks.sd_req_includes_installed", NOT_PRESENT)

    # application vector table
    vok = f.get("app.vector_ok")
    f.set("checks.app_vector_ok", vok, f.where.get("app.vector_ok"))
    probs = f.get("app.vector_problems")
    f.set("checks.app_vector_problem",
          probs[0] + (f" (and {len(probs) - 1} more)" if len(probs) > 1 else "")
          if isinstance(probs, list) and probs else NOT_PRESENT)
    stray = f.get("app.vector_stray")
    f.set("checks.app_vector_stray", "; ".join(stray) if isinstance(stray, list) and stray else NOT_PRESENT,
          f.where.get("app.vector_stray"))

    # what the bootloader needs below it
    bl_present = f.get("bootloader.present")
    mbr_present = f.get("mbr.present")
    f.set("checks.bootloader_without_mbr", (bl_present is True and mbr_present is False)
          if bl_present is True and isinstance(mbr_present, bool) else NOT_PRESENT, f.where.get("mbr.present"))
    sd_present = f.get("softdevice.present")
    f.set("checks.softdevice_missing", (sd_present is False) if isinstance(sd_present, bool) else NOT_PRESENT,
          f.where.get("softdevice.present"))

    # settings page invalid while its backup is valid: the bootloader restores from the backup
    main_ok, b_ok = f.get("settings.crc_valid"), f.get("settings.backup.crc_valid")
    f.set("checks.settings_restorable_from_backup",
          (main_ok is False and b_ok is True) if isinstance(main_ok, bool) and isinstance(b_ok, bool)
          else NOT_PRESENT, f.where.get("settings.crc_valid"))
    f.set("checks.settings_both_invalid",
          (main_ok is False and b_ok is False) if isinstance(main_ok, bool) and isinstance(b_ok, bool)
          else NOT_PRESENT, f.where.get("settings.crc_valid"))

    _progress_checks(f, eff)

    # FDS pages a dual-bank update may overwrite: [bank1_start, app_data_start)
    if isinstance(bank1_start, int) and isinstance(app_data_start, int):
        at_risk = [p.address for p in fds if bank1_start <= p.address < app_data_start]
        f.set("checks.app_data_in_swap_area", bool(at_risk), fds[0].location if at_risk else None)
        f.set("checks.app_data_swap_pages", at_risk)
    elif fds and isinstance(app_data_start, int):
        at_risk = [p.address for p in fds if p.address < app_data_start]
        # no bank 0 size: only pages below the app-data area can be told, not whether bank 1 reaches them
        f.set("checks.app_data_in_swap_area", True if at_risk else NOT_PRESENT,
              fds[0].location if at_risk else None)
        f.set("checks.app_data_swap_pages", at_risk)
    else:
        f.set("checks.app_data_in_swap_area", NOT_PRESENT)
        f.set("checks.app_data_swap_pages", [])


def _progress_checks(f: Facts, eff: dict[str, Any]) -> None:
    """An update left half-way: ``progress`` is cleared when a transfer completes (§8.5), so a
    non-zero data offset with no bank 1 image awaiting activation is a transfer that stopped.  An
    init command alone (no data object yet) is ``command_received``, not a transfer."""
    prog = eff.get("progress")
    if not isinstance(prog, dict):
        for k in ("transfer_in_progress", "transfer_bytes", "transfer_total", "command_received"):
            f.set(f"checks.{k}", NOT_PRESENT)
        return

    def num(k: str) -> int:
        v = prog.get(k)
        return v if isinstance(v, int) and v != ERASED else 0

    offset, cmd_size, obj = num("firmware_image_offset"), num("command_size"), num("data_object_size")
    ic = eff.get("init_command")
    total: int | Absent = NOT_PRESENT
    if isinstance(ic, dict):
        parts = [ic.get(k) for k in ("sd_size", "bl_size", "app_size")]
        if any(isinstance(p, int) for p in parts):
            total = sum(p for p in parts if isinstance(p, int))
    bank1_code = eff.get("bank_1", {}).get("bank_code")
    awaiting = isinstance(bank1_code, str) and bank1_code.startswith("NRF_DFU_BANK_VALID")
    started = offset > 0 or obj > 0
    partial = started and not awaiting and not (isinstance(total, int) and total and offset >= total)
    f.set("checks.transfer_in_progress", partial, f.where.get("settings.progress.firmware_image_offset"))
    f.set("checks.transfer_bytes", offset, f.where.get("settings.progress.firmware_image_offset"))
    f.set("checks.transfer_total", total)
    f.set("checks.command_received", cmd_size > 0, f.where.get("settings.progress.command_size"))
