"""Which units a batch's PATH arguments name, what each is called, and the key of its inputs.

A PATH is one unit when it is an archive, a plain file, or a folder holding evidence files (a capture
bundle, a folder like ``samples/sd-req-mismatch``).  A folder that holds folders or archives and no file
a parser recognises at its top level is a *fleet folder*: each folder or archive in it is one unit, and
its other top-level files (a README, a script) are listed as ignored, never silently dropped.  Unit names come from file names, sanitized
(they become file names under ``DIR/units/``) and made unique in a stable order, so the same command
gives the same names.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from .archive import archive_suffix, is_archive

#: Bump when what a unit's cached result holds changes shape (rows, report files).
BATCH_FORMAT = 1

_UNSAFE = re.compile(r"[^A-Za-z0-9._@+=-]")


@dataclass(frozen=True, slots=True)
class UnitSpec:
    """One unit to analyse: its name in the batch, where it lives, and whether it is an archive."""

    name: str
    path: str
    kind: str  # "folder" | "archive" | "file"


def _visible(folder: Path) -> list[Path]:
    return sorted((p for p in folder.iterdir() if not p.name.startswith(".")), key=lambda p: p.name)


def _is_evidence(path: Path) -> bool:
    from ..evidence import opened
    from ..sources import expand

    try:
        with opened(expand([str(path)])[0]) as (_view, parser):
            return parser is not None
    except (OSError, UsageError):
        return False


def fleet_entries(folder: Path) -> tuple[list[Path], list[Path]] | None:
    """``(units, ignored files)`` when ``folder`` is a fleet folder, else None (it is one unit)."""
    entries = _visible(folder)
    units = [p for p in entries if p.is_dir() or is_archive(p)]
    others = [p for p in entries if p not in units]
    if not units or any(_is_evidence(p) for p in others):
        return None
    return units, others


def _base_name(path: Path) -> str:
    suffix = archive_suffix(path) if path.is_file() else None
    name = path.name[: -len(suffix)] if suffix else path.name
    name = _UNSAFE.sub("_", name).strip("._") or "unit"
    return name[:120]


def discover(paths: Sequence[str], ignored: list[str] | None = None) -> list[UnitSpec]:
    """Expand PATH arguments into units, in argument order then name order; UsageError for bad PATHs.

    Top-level files of fleet folders that are not units are appended to ``ignored``.
    """
    found: list[tuple[Path, str]] = []
    for arg in paths:
        p = Path(arg)
        if not p.exists():
            raise UsageError(f"{arg}: no such file or folder")
        if p.is_dir():
            fleet = fleet_entries(p)
            if fleet is not None:
                for child in fleet[0]:
                    found.append((child, "folder" if child.is_dir() else "archive"))
                if ignored is not None:
                    ignored.extend(str(f) for f in fleet[1])
            else:
                found.append((p, "folder"))
        elif is_archive(p):
            found.append((p, "archive"))
        elif p.is_file():
            found.append((p, "file"))
        else:
            raise UsageError(f"{arg}: not a file or folder")
    return _name_units(found)


def _name_units(found: Iterable[tuple[Path, str]]) -> list[UnitSpec]:
    out: list[UnitSpec] = []
    seen_paths: set[str] = set()
    used: set[str] = set()
    for path, kind in found:
        real = os.path.realpath(path)
        if real in seen_paths:  # the same unit named twice on the command line
            continue
        seen_paths.add(real)
        base = _base_name(path)
        name, n = base, 1
        while name.lower() in used:
            n += 1
            name = f"{base}-{n}"
        used.add(name.lower())
        out.append(UnitSpec(name, str(path), kind))
    return out


def _hash_file(h: hashlib._Hash, path: Path) -> None:
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)


def unit_key(spec: UnitSpec, settings_key: str) -> str:
    """The hash of everything that decides the unit's result: its bytes, its name, tool and settings.

    A folder's key covers every visible file's relative name and bytes; an archive's covers its bytes.
    """
    from .. import SCHEMA_VERSION, __version__

    h = hashlib.sha256()
    h.update(f"dfuforensics {__version__} schema {SCHEMA_VERSION} batch {BATCH_FORMAT}\n".encode())
    h.update(f"settings {settings_key}\nunit {spec.name}\nkind {spec.kind}\n".encode())
    path = Path(spec.path)
    if spec.kind == "folder":
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for f in sorted(files):
                if f.startswith("."):
                    continue
                full = Path(root) / f
                h.update(f"file {full.relative_to(path).as_posix()} {full.stat().st_size}\n".encode())
                _hash_file(h, full)
    else:
        h.update(f"file {path.stat().st_size}\n".encode())
        _hash_file(h, path)
    return h.hexdigest()


def settings_key(elfs: Sequence[str], rule_dirs: Sequence[str], options: dict) -> str:
    """The hash of batch-wide settings: --elf files' bytes, --rules folders' files, other options."""
    h = hashlib.sha256()
    for elf in elfs:
        h.update(b"elf\n")
        _hash_file(h, Path(elf))
    for d in rule_dirs:
        h.update(b"rules\n")
        for root, dirs, files in os.walk(d):
            dirs.sort()
            for f in sorted(files):
                full = Path(root) / f
                h.update(f"{full.relative_to(d).as_posix()}\n".encode())
                _hash_file(h, full)
    for k in sorted(options):
        h.update(f"option {k}={options[k]!r}\n".encode())
    return h.hexdigest()
