"""nrfutil's ``manifest.json``: which member is which part, checked against the members present.

Secure packages (nrfutil 1.5+): ``{"manifest": {<part>: {"bin_file", "dat_file",
"info_read_only_metadata"?}}}``; legacy (nrfutil 0.5, SDK <= 11) add ``"dfu_version"`` and per part
``"init_packet_data"``.  A manifest that cannot be read does not lose the package: its ``.dat``/
``.bin`` members are paired by file stem instead, and the report says so.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import Any

from ..model import Location
from .archive import Member
from .model import PART_ORDER, DfuPackage, PackagePart, decode_dat


def build_package(members: dict[str, Member], input_name: str) -> DfuPackage:
    problems: list[str] = []
    loc0 = Location(input_name, offset=0)
    entries, legacy = _entries(members, problems)
    used: set[str] = {"manifest.json"}
    parts: list[PackagePart] = []
    for key, entry in entries:
        part = PackagePart(input_name, key, metadata=dict(entry.get("info_read_only_metadata")
                                                          or entry.get("init_packet_data") or {}))
        for role in ("bin_file", "dat_file"):
            fname = entry.get(role)
            if not isinstance(fname, str) or not fname:
                problems.append(f"manifest part {key!r} names no {role}")
                continue
            setattr(part, role, fname)
            member = members.get(fname)
            if member is None:
                problems.append(f"manifest part {key!r}: {role} {fname!r} is not in the archive")
                continue
            used.add(fname)
            where = Location(input_name, offset=member.offset)
            if role == "bin_file":
                part.image, part.image_location = member.data, where
            else:
                part.dat, part.dat_location = member.data, where
        if isinstance(part.dat, bytes):
            part.init, part.init_error, fmt = decode_dat(part.dat, legacy=legacy or None)
            legacy = legacy or fmt == "legacy"
        parts.append(part)
    for name in sorted(set(members) - used):
        problems.append(f"member {name!r} is not named by the manifest (DFU tools ignore it)")
    return DfuPackage(input_name, "legacy" if legacy else "secure", parts, loc0, problems)


def _entries(members: dict[str, Member], problems: list[str]) -> tuple[list[tuple[str, dict[str, Any]]], bool]:
    raw = members.get("manifest.json")
    doc: Any = None
    if raw is None:
        problems.append("manifest.json is missing; parts paired by file name")
    else:
        try:
            doc = json.loads(raw.data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            problems.append(f"manifest.json is not valid JSON ({exc}); parts paired by file name")
    manifest = doc.get("manifest") if isinstance(doc, dict) else None
    if doc is not None and not isinstance(manifest, dict):
        problems.append("manifest.json has no \"manifest\" object; parts paired by file name")
    if not isinstance(manifest, dict):
        return _pair_by_stem(members), False
    legacy = "dfu_version" in manifest
    out = []
    for key in sorted(manifest, key=lambda k: (PART_ORDER.index(k) if k in PART_ORDER else len(PART_ORDER), k)):
        entry = manifest[key]
        if key == "dfu_version":
            continue
        if key not in PART_ORDER or not isinstance(entry, dict):
            problems.append(f"manifest entry {key!r} is not a part nrfutil writes; ignored")
            continue
        legacy = legacy or "init_packet_data" in entry
        out.append((key, entry))
    if not out:
        problems.append("the manifest names no parts")
    return out, legacy


def _pair_by_stem(members: dict[str, Member]) -> list[tuple[str, dict[str, Any]]]:
    stems: dict[str, dict[str, str]] = {}
    for name in sorted(members):
        p = PurePosixPath(name)
        if p.suffix in (".dat", ".bin"):
            stems.setdefault(str(p.with_suffix("")), {})["dat_file" if p.suffix == ".dat" else "bin_file"] = name
    return [(_guess_key(stem), entry) for stem, entry in sorted(stems.items())]


def _guess_key(stem: str) -> str:
    s = PurePosixPath(stem).name.lower()
    if "sd_bl" in s or ("softdevice" in s and "bootloader" in s):
        return "softdevice_bootloader"
    for key in ("softdevice", "bootloader"):
        if key in s or s == key[:2]:
            return key
    return "application"
