"""The package analysis: what was sent (DFU packages in the evidence), judged on its own, against the
device's memory and settings, and against the public keys we have (given, or found in the bootloader).

Publishes ``case.facts["package"]`` (docs/facts/package.md), ``case.sections["package"]`` and the
table ``package_parts``.  Runs after ``nrf5.analysis`` (reads its ``softdevice``, ``nrf5``,
``settings`` and ``bootloader`` facts) and does nothing when the evidence holds no package.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..case import Case, Column, Table
from ..model import NOT_PRESENT, Absent, Location, ParseWarning
from ..nrf5.init_packet import InitPacket
from . import keys as keymod
from .checks import Device, PartReport, check_app_vector, check_device, check_standalone, first_location
from .model import DfuPackage, LooseFile, PackagePart, PublicKeyFile, decode_dat

FW_TYPE_PART = {"APPLICATION": "application", "EXTERNAL_APPLICATION": "application", "BOOTLOADER": "bootloader",
                "SOFTDEVICE": "softdevice", "SOFTDEVICE_BOOTLOADER": "softdevice_bootloader"}
FLASH_END = 0x10000000


def analyze(case: Case) -> None:
    packages = list(case.of_type(DfuPackage)) + _loose_packages(case)
    if not packages:
        return
    device = _device(case)
    reports: list[PartReport] = []
    for pkg in packages:
        sd_part = next((p for p in pkg.parts if p.name in ("softdevice", "softdevice_bootloader")), None)
        for part in pkg.parts:
            rep = check_standalone(pkg, part, sd_part)
            check_app_vector(rep, device)
            check_device(rep, device, has_sd_part=sd_part is not None)
            reports.append(rep)
    user_keys = _user_keys(case)
    bl_keys, scanned = _bootloader_keys(case, device)
    key_found = _signatures(reports, user_keys, bl_keys, scanned)
    _publish(case, packages, reports, device, user_keys, bl_keys, scanned, key_found)


# --------------------------------------------------------------------------------------- gathering


def _loose_packages(case: Case) -> list[DfuPackage]:
    dats: dict[str, LooseFile] = {}
    bins: dict[str, LooseFile] = {}
    for f in case.of_type(LooseFile):
        (dats if f.role == "dat" else bins).setdefault(f.stem, f)
    out = []
    for stem in sorted(dats):
        dat = dats[stem]
        init, error, fmt = decode_dat(dat.data)
        name = FW_TYPE_PART.get(getattr(init, "type", ""), "application")
        part = PackagePart(dat.location.input, name, dat_file=Path(dat.location.input).name, dat=dat.data,
                           dat_location=dat.location, init=init, init_error=error)
        image = bins.get(stem)
        if image is not None:
            part.bin_file, part.image, part.image_location = Path(image.location.input).name, image.data, image.location
        else:
            case.analysis_warnings.append(ParseWarning(dat.location, "no .bin of the same name among the inputs: "
                                                                     "only the init packet is checked"))
        out.append(DfuPackage(dat.location.input, "legacy" if fmt == "legacy" else "secure", [part], dat.location))
    for stem in sorted(set(bins) - set(dats)):
        case.analysis_warnings.append(ParseWarning(bins[stem].location, "DFU image without a .dat of the same "
                                                                        "name among the inputs; not checked"))
    return out


def _fact(case: Case, path: str) -> Any:
    node: Any = case.facts
    for p in path.split("."):
        if not isinstance(node, dict) or p not in node:
            return NOT_PRESENT
        node = node[p]
    return node


def _int(v: Any) -> int | Absent:
    return v if isinstance(v, int) and not isinstance(v, bool) else NOT_PRESENT


def _device(case: Case) -> Device:
    present = _fact(case, "softdevice.present")
    fwid: int | Absent = _int(_fact(case, "softdevice.fwid")) if present is True else NOT_PRESENT
    if present is False:
        fwid = 0  # no SoftDevice: the bootloader compares sd_req with 0
    settings = "settings.backup" if _fact(case, "settings.in_use") == "backup" else "settings"
    valid = _fact(case, "settings.in_use") in ("page", "backup")
    chip = _fact(case, "nrf5.chip")
    return Device(
        installed_fwid=fwid,
        sd_size=_int(_fact(case, "softdevice.size")) if present is True else NOT_PRESENT,
        bank0_start=_int(_fact(case, "nrf5.bank0_start")),
        app_data_start=_int(_fact(case, "nrf5.app_data_start")),
        ram_end=_int(_fact(case, "nrf5.ram_end")),
        app_version=_int(_fact(case, f"{settings}.app_version")) if valid else NOT_PRESENT,
        bootloader_version=_int(_fact(case, f"{settings}.bootloader_version")) if valid else NOT_PRESENT,
        chip=chip if isinstance(chip, str) else NOT_PRESENT,
        bootloader_start=_int(_fact(case, "bootloader.start")),
        bootloader_end=_int(_fact(case, "bootloader.end")),
        stored_command=(_fact(case, f"{settings}.init_command") if valid else NOT_PRESENT),
        memory=case.memory,
    )


def _user_keys(case: Case) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    path = case.options.get("public_key")
    if path:
        try:
            out.append((str(path), keymod.load_public_key(Path(path).read_bytes())))
        except OSError as exc:
            case.analysis_warnings.append(ParseWarning(Location(str(path)), f"cannot read the public key: {exc.strerror}"))
        except keymod.KeyFileError as exc:
            case.analysis_warnings.append(ParseWarning(Location(str(path)), f"not a usable public key: {exc}"))
    for rec in case.of_type(PublicKeyFile):
        out.append((rec.location.input, keymod.load_public_key(rec.text)))
    return out


def _bootloader_keys(case: Case, device: Device) -> tuple[list[keymod.KeyCandidate], int]:
    """Key candidates in the device's bootloader (its region when known, else all flash given)."""
    memory = case.memory
    if not memory:
        return [], 0
    lo, hi = 0, FLASH_END
    if isinstance(device.bootloader_start, int):
        lo = device.bootloader_start
        hi = device.bootloader_end if isinstance(device.bootloader_end, int) else FLASH_END
    spans = []
    scanned = 0
    for start, end, _inp, _label in memory.ranges():
        s, e = max(start, lo), min(end, hi)
        if e - s >= 64:
            data = memory.read(s, e - s)
            if data is not None:
                spans.append((s, data, memory.source_of(s)))
                scanned += len(data)
    return list(keymod.find_key_candidates(spans)), scanned


def _signatures(reports: list[PartReport], user_keys: list[tuple[str, Any]],
                bl_keys: list[keymod.KeyCandidate], scanned: int) -> keymod.KeyCandidate | None | Absent:
    """Set each part's signature status; return the bootloader key verifying every signed part
    (None: candidates exist and none does; Absent: nothing to decide with)."""
    signed = [r for r in reports if isinstance(r.part.init, InitPacket) and r.part.init.signed]
    for rep in reports:
        init = rep.part.init
        if not getattr(init, "signed", False):
            rep.signature = "unsigned" if init is not NOT_PRESENT else "unknown"
            continue
        if init.signature_type != "ECDSA_P256_SHA256" or not isinstance(init.signed_payload, bytes):
            rep.signature, rep.signature_detail = "unsupported", f"signature type {init.signature_type}"
            continue
        if not user_keys:
            rep.signature, rep.signature_detail = "unchecked", "no public key given"
            continue
        good = [label for label, key in user_keys if keymod.verify(key, init.signed_payload, init.signature)]
        rep.signature = "valid" if good else "invalid"
        rep.signature_detail = (f"verifies with {good[0]}" if good else
                                "does not verify with " + ", ".join(label for label, _k in user_keys))
    found: keymod.KeyCandidate | None | Absent = NOT_PRESENT
    if signed and bl_keys:
        found = None
        for cand in bl_keys:
            key = cand.key()
            if all(keymod.verify(key, r.part.init.signed_payload, r.part.init.signature) for r in signed
                   if isinstance(r.part.init.signed_payload, bytes)):
                found = cand
                break
    # boot validation by ECDSA: the bytes are a signature of the image with the same key
    verifying = [k for _l, k in user_keys] + ([found.key()] if isinstance(found, keymod.KeyCandidate) else [])
    for rep in reports:
        init, image = rep.part.init, rep.part.image
        if not isinstance(init, InitPacket) or not isinstance(image, bytes):
            continue
        rep.boot_validation.ok = True
        for vtype, vbytes in init.boot_validation:
            if vtype == "VALIDATE_ECDSA_P256_SHA256":
                if len(vbytes) != 64:
                    rep.boot_validation.fail(f"boot validation {vtype} holds {len(vbytes)} bytes, not a 64-byte signature")
                elif verifying and not any(keymod.verify(k, image, vbytes) for k in verifying):
                    rep.boot_validation.fail("the boot validation signature does not verify the image with "
                                             "the key that verifies the init packet")
                elif not verifying:
                    rep.boot_validation.ok = NOT_PRESENT if rep.boot_validation.ok is True else rep.boot_validation.ok
    return found


# ---------------------------------------------------------------------------------------- publishing


def _all(values: list[Any]) -> bool | Absent:
    known = [v for v in values if isinstance(v, bool)]
    if any(v is False for v in known):
        return False
    return True if known else NOT_PRESENT


def _publish(case: Case, packages: list[DfuPackage], reports: list[PartReport], device: Device,
             user_keys: list[tuple[str, Any]], bl_keys: list[keymod.KeyCandidate], scanned: int,
             key_found: Any) -> None:
    where: dict[str, Location] = case.facts.setdefault("_where", {})
    facts: dict[str, Any] = {
        "present": True,
        "count": len(packages),
        "inputs": [p.input for p in packages],
        "formats": sorted({p.format for p in packages}),
        "parts": [r.part.name for r in reports],
        "types": [r.fw_type for r in reports],
        "archive_ok": not any(p.problems for p in packages),
        "archive_problems": [f"{p.input}: {m}" for p in packages for m in p.problems],
    }

    def agg(name: str, attr: str, *, subset: list[PartReport] | None = None) -> None:
        reps = reports if subset is None else subset
        checks = [getattr(r, attr) for r in reps]
        facts[f"{name}_ok"] = _all([c.ok for c in checks])
        bad = [(r, c) for r, c in zip(reps, checks, strict=True) if c.ok is False]
        msgs = [m for _r, c in bad for m in c.problems]
        facts[f"{name}_problem"] = (msgs[0] + (f" (+{len(msgs) - 1} more)" if len(msgs) > 1 else "")) if msgs else NOT_PRESENT
        if bad:
            loc = first_location(bad[0][0])
            if loc is not None:
                where[f"package.{name}_ok"] = loc

    apps = [r for r in reports if r.fw_type == "APPLICATION"]
    agg("init", "init")
    agg("hash", "hash")
    agg("sizes", "sizes")
    agg("app_vector", "vector", subset=apps)
    facts["app_linked_below"] = _all([r.linked_below for r in apps]) if any(r.linked_below is True for r in apps) \
        else (False if any(r.linked_below is False for r in apps) else NOT_PRESENT)
    facts["app_start"] = next((r.app_start for r in apps if isinstance(r.app_start, int)), NOT_PRESENT)
    facts["app_start_basis"] = next((r.app_start_basis for r in apps if r.app_start_basis), NOT_PRESENT)
    agg("sd_req", "sd_req")
    agg("sd_id", "sd_id")
    agg("hw_version", "hw_version")
    agg("fw_version", "fw_version")
    agg("space", "space")
    agg("boot_validation", "boot_validation")
    facts["installed_fwid"] = device.installed_fwid
    facts["hw_version_expected"] = device.expected_hw_version
    facts["space_available"] = next((r.space_available for r in apps if isinstance(r.space_available, int)), NOT_PRESENT)
    facts["in_bank0"] = _all([r.landed for r in apps])
    stored = [r.stored_command for r in reports if isinstance(r.stored_command, bool)]
    facts["is_stored_init_command"] = any(stored) if stored else NOT_PRESENT
    agg("bootloader_vector", "vector", subset=[r for r in reports if r.fw_type == "BOOTLOADER"])
    secure = [r for r in reports if isinstance(r.part.init, InitPacket)]
    facts["is_debug"] = any(r.part.init.is_debug for r in secure) if secure else NOT_PRESENT
    facts["signed"] = all(r.part.init.signed for r in secure) if secure else NOT_PRESENT
    facts["legacy"] = any(p.format == "legacy" for p in packages)
    statuses = [r.signature for r in secure]
    facts["signature_status"] = ("invalid" if "invalid" in statuses else "unsigned" if "unsigned" in statuses
                                 else "valid" if statuses and all(s == "valid" for s in statuses)
                                 else "unchecked" if statuses else NOT_PRESENT)
    bad_sig = [r for r in secure if r.signature == "invalid"]
    facts["signature_problem"] = bad_sig[0].signature_detail if bad_sig else NOT_PRESENT
    if bad_sig and first_location(bad_sig[0]):
        where["package.signature_status"] = first_location(bad_sig[0])
    facts["public_keys_given"] = [label for label, _k in user_keys]
    facts["bootloader_scanned_bytes"] = scanned
    facts["bootloader_key_candidates"] = len(bl_keys)
    if isinstance(key_found, keymod.KeyCandidate):
        facts["bootloader_key_found"] = True
        facts["bootloader_key_address"] = key_found.address
        facts["bootloader_key_order"] = key_found.order
        if key_found.location:
            where["package.bootloader_key_found"] = key_found.location
    else:
        facts["bootloader_key_found"] = False if key_found is None else NOT_PRESENT
        facts["bootloader_key_address"] = NOT_PRESENT
        facts["bootloader_key_order"] = NOT_PRESENT
        if key_found is None and bl_keys[0].location:
            where["package.bootloader_key_found"] = bl_keys[0].location
    case.facts["package"] = facts

    section_keys = [{"address": c.address, "order": c.order, "xy": c.xy.hex(),
                     "verifies_package": isinstance(key_found, keymod.KeyCandidate) and c == key_found}
                    for c in bl_keys[:16]]
    case.sections["package"] = {
        "packages": [{"input": p.input, "format": p.format, "problems": list(p.problems)} for p in packages],
        "parts": [r.to_json() for r in reports],
        "signature": {"status": facts["signature_status"], "public_keys_given": facts["public_keys_given"],
                      "bootloader_key_found": facts["bootloader_key_found"],
                      "bootloader_scanned_bytes": scanned, "bootloader_keys": section_keys},
    }
    table = Table("package_parts", "DFU package parts", [
        Column("input"), Column("part"), Column("type", "code"), Column("image size", "size"),
        Column("fw_version", "int"), Column("hw_version", "int"), Column("sd_req"), Column("hash ok", "bool"),
        Column("signature"), Column("on device"), Column("problems"),
    ])
    for r in reports:
        j = r.to_json()
        device_bits = [f"{k}={'ok' if j[k + '_ok'] is True else 'FAIL'}"
                       for k in ("sd_req", "sd_id", "hw_version", "fw_version", "space") if isinstance(j[k + "_ok"], bool)]
        if isinstance(r.landed, bool):
            device_bits.append("in bank 0" if r.landed else "not in bank 0")
        table.rows.append([r.part.input, r.part.name, r.fw_type, r.image_size, j.get("fw_version", NOT_PRESENT),
                           j.get("hw_version", NOT_PRESENT),
                           ", ".join(j.get("sd_req_names", [])) or NOT_PRESENT, r.hash.ok, r.signature,
                           "; ".join(device_bits) or NOT_PRESENT, "; ".join(r.problems()) or "none"])
    case.tables.append(table)
