"""Reading a unit that arrives as an archive (zip or tar), without trusting the archive.

A returned unit's evidence is often mailed as a zip or tarball.  Its member names and sizes come from
whoever made it, so nothing from the archive decides a path on our disk: members are copied into a
private temporary folder under names we build from sanitized components, links and special files are
skipped, and decompression is metered as it happens (headers can lie) against a total size, a
member count and a compression-ratio limit, so a zip bomb stops early with a clear reason.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

#: Suffixes read as archives (lower case).
ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")

#: Limits; a unit's evidence is a few MiB (1 MiB flash, RAM, logs), so these are generous.
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_MEMBERS = 10_000
#: Decompressed bytes may exceed ``RATIO_LIMIT`` x the archive's size only below ``RATIO_FREE_BYTES``:
#: an erased 1 MiB flash image deflates ~1000:1 and must pass; gigabytes from kilobytes must not.
RATIO_LIMIT = 200
RATIO_FREE_BYTES = 16 * 1024 * 1024

_SAFE_CHARS = re.compile(r"[^A-Za-z0-9._@+=,-]")


class ArchiveRefused(Exception):
    """The archive cannot be used as a unit (not readable, or over a safety limit)."""


@dataclass
class Extracted:
    """What was copied out of an archive, and what was left out and why."""

    root: Path
    files: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def archive_suffix(path: Path) -> str | None:
    name = path.name.lower()
    for suffix in sorted(ARCHIVE_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix) and len(name) > len(suffix):
            return suffix
    return None


def is_archive(path: Path) -> bool:
    return path.is_file() and archive_suffix(path) is not None


def safe_parts(name: str) -> list[str] | None:
    """The path components of a member name, or None when the name points outside the archive.

    Absolute names, drive letters and ``..`` anywhere are refused rather than repaired: a member that
    tries to climb out is suspicious, and silently renaming it would hide that.
    """
    raw = name.replace("\\", "/")
    if raw.startswith("/") or re.match(r"^[A-Za-z]:", raw):
        return None
    parts = [p for p in raw.split("/") if p not in ("", ".")]
    if any(p == ".." for p in parts) or not parts:
        return None
    return [_SAFE_CHARS.sub("_", p)[:200] for p in parts]


class _Meter:
    """Counts bytes written for the whole archive and stops at the limits."""

    def __init__(self, archive_size: int, max_total: int) -> None:
        self.archive_size = max(archive_size, 1)
        self.max_total = max_total
        self.total = 0

    def add(self, n: int, member: str) -> None:
        self.total += n
        if self.total > self.max_total:
            raise ArchiveRefused(f"decompresses to more than {self.max_total} bytes (member {member!r}); "
                                 "refused as a possible archive bomb")
        if self.total > RATIO_FREE_BYTES and self.total > RATIO_LIMIT * self.archive_size:
            raise ArchiveRefused(f"decompresses to more than {RATIO_LIMIT} times its size "
                                 f"({self.total} bytes from {self.archive_size}, member {member!r}); "
                                 "refused as a possible archive bomb")


def _copy(src: BinaryIO, dst: Path, meter: _Meter, member: str) -> None:
    with open(dst, "xb") as out:
        while True:
            block = src.read(1 << 16)
            if not block:
                break
            meter.add(len(block), member)
            out.write(block)


def _members(path: Path, suffix: str) -> Iterator[tuple[str, str, int, object]]:
    """``(name, type, declared_size, handle)``; type is ``file``, ``dir`` or ``other``."""
    if suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                ftype = stat.S_IFMT((info.external_attr >> 16) & 0xFFFF)  # 0: no Unix type recorded
                if info.is_dir():
                    kind = "dir"
                elif ftype and ftype != stat.S_IFREG:
                    kind = "other"  # symlinks stored by Info-ZIP, devices, fifos
                else:
                    kind = "file"
                yield info.filename, kind, info.file_size, (zf, info)
    else:
        with tarfile.open(path, mode="r:*") as tf:
            for m in tf:  # streaming: no getmembers() list of a huge archive
                kind = "file" if m.isreg() else "dir" if m.isdir() else "other"
                yield m.name, kind, m.size, (tf, m)


def _open_member(handle: object) -> BinaryIO:
    container, item = handle  # type: ignore[misc]
    if isinstance(container, zipfile.ZipFile):
        return container.open(item)
    fh = container.extractfile(item)
    if fh is None:
        raise ArchiveRefused(f"member {item.name!r} cannot be read")
    return fh


def extract_archive(path: Path, dest: Path, *, max_total: int = MAX_TOTAL_BYTES,
                    max_members: int = MAX_MEMBERS) -> Extracted:
    """Copy an archive's regular files into ``dest`` (an empty private folder) under sanitized names.

    Raises ArchiveRefused for unreadable archives and limit breaches; unsafe members (path traversal,
    links, devices) are skipped and listed in ``skipped`` with the reason.
    """
    suffix = archive_suffix(path)
    if suffix is None:
        raise ArchiveRefused("not a zip or tar archive")
    result = Extracted(dest)
    meter = _Meter(path.stat().st_size, max_total)
    used: set[str] = set()
    count = 0
    try:
        for name, kind, declared, handle in _members(path, suffix):
            count += 1
            if count > max_members:
                raise ArchiveRefused(f"has more than {max_members} members")
            if kind == "dir":
                continue
            shown = name.encode("unicode_escape", "backslashreplace").decode("ascii")[:200]
            if kind == "other":
                result.skipped.append(f"{shown}: not a regular file (link or special file); skipped")
                continue
            parts = safe_parts(name)
            if parts is None:
                result.skipped.append(f"{shown}: path leaves the archive (absolute or '..'); skipped")
                continue
            if declared > max_total:
                raise ArchiveRefused(f"member {shown!r} declares {declared} bytes, more than the "
                                     f"{max_total} bytes a unit may have")
            rel = "/".join(parts)
            while rel.lower() in used:  # two names that sanitize (or case-fold) to one
                parts[-1] = "_" + parts[-1]
                rel = "/".join(parts)
            used.add(rel.lower())
            target = dest.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            with _open_member(handle) as src:
                _copy(src, target, meter, shown)
            result.files.append(rel)
    except ArchiveRefused:
        raise
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError, ValueError, NotImplementedError,
            RuntimeError) as exc:
        # zlib.error is a subclass of Exception only; caught below via its module name
        raise ArchiveRefused(f"cannot be read as {suffix[1:]}: {type(exc).__name__}: {exc}") from exc
    except Exception as exc:
        if type(exc).__module__ in ("zlib", "bz2", "lzma", "_lzma", "_bz2"):
            raise ArchiveRefused(f"damaged compressed data: {exc}") from exc
        raise
    _strip_single_top_folder(dest, result)
    return result


def _strip_single_top_folder(dest: Path, result: Extracted) -> None:
    """``unit42.zip`` usually holds ``unit42/...``: drop that level so names read ``unit42/flash.bin``."""
    tops = {f.split("/", 1)[0] for f in result.files}
    if len(tops) != 1 or not all("/" in f for f in result.files):
        return
    top = tops.pop()
    inner = dest / top
    tmp = dest.parent / (dest.name + ".strip")
    os.replace(inner, tmp)
    shutil.rmtree(dest)
    os.replace(tmp, dest)
    result.files = [f.split("/", 1)[1] for f in result.files]
