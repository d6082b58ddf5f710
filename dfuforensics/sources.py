"""Turning command-line PATH arguments into evidence sources.

A PATH is a file, a folder (one unit's bundle) or ``FILE@0xADDR`` (a raw image and its load
address).  Sources are read-only: we hash them and read them, never write them.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UsageError

#: Files larger than this are refused with a clear message (logs are streamed, images are not).
MAX_IMAGE_BYTES = 64 * 1024 * 1024
MAX_LOG_BYTES = 4 * 1024 * 1024 * 1024
SNIFF_BYTES = 64 * 1024
#: Lines longer than this are cut; the rest is reported as a warning, never kept in memory.
MAX_LINE_CHARS = 16 * 1024

_ADDR_SUFFIX = re.compile(r"^(?P<path>.+)@(?P<addr>0[xX][0-9A-Fa-f]+|\d+)$")
_SKIP_IN_FOLDERS = {"manifest.json"}  # a capture bundle's manifest is read with the bundle


@dataclass
class Source:
    """One evidence file: its name as the user gave it, where it lives, and how to read it."""

    display: str
    path: Path
    load_address: int | None = None
    size: int = 0
    _head: bytes | None = field(default=None, repr=False)
    _sha256: str | None = field(default=None, repr=False)

    @property
    def head(self) -> bytes:
        """The first bytes, for sniffing without reading the whole file."""
        if self._head is None:
            with open(self.path, "rb") as fh:
                self._head = fh.read(SNIFF_BYTES)
        return self._head

    @property
    def name(self) -> str:
        return self.path.name

    def sha256(self) -> str:
        if self._sha256 is None:
            h = hashlib.sha256()
            with open(self.path, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
            self._sha256 = h.hexdigest()
        return self._sha256

    def read_bytes(self, limit: int = MAX_IMAGE_BYTES) -> bytes:
        if self.size > limit:
            raise InputTooLarge(f"{self.size} bytes is more than the {limit} bytes an image may have")
        return self.path.read_bytes()

    def open(self):  # noqa: ANN201 - a binary file object
        return open(self.path, "rb")

    def iter_lines(self) -> Iterator[tuple[int, str, bool]]:
        """Yield ``(line_number, text, was_cut)`` decoding UTF-8 leniently, in bounded memory.

        ``\\r\\r\\n``, ``\\r\\n`` and ``\\n`` all end a line; a lone ``\\r`` is kept inside the line
        (terminal captures use it for overwrites).  Lines longer than MAX_LINE_CHARS are cut.
        """
        with open(self.path, "rb") as fh:
            lineno = 0
            limit = MAX_LINE_CHARS * 4
            while raw := fh.readline(limit):
                lineno += 1
                cut = False
                if len(raw) >= limit and not raw.endswith(b"\n"):
                    # a monster line (a sparse or binary tail has no newline for gigabytes): skip the
                    # rest of it in bounded reads, never holding it in memory
                    cut = True
                    while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                        pass
                text = raw.decode("utf-8", errors="replace").rstrip("\n").rstrip("\r")
                if len(text) > MAX_LINE_CHARS:
                    text = text[:MAX_LINE_CHARS]
                    cut = True
                yield lineno, text, cut


class InputTooLarge(Exception):
    pass


def _source_for(display: str, path: Path, load_address: int | None) -> Source:
    try:
        size = path.stat().st_size
    except OSError:  # a dangling link inside a folder: read_source records it as unreadable
        size = 0
    return Source(display=display, path=path, load_address=load_address, size=size)


def expand(args: list[str]) -> list[Source]:
    """Expand PATH arguments into sources, in a stable order; raises UsageError for missing paths."""
    out: list[Source] = []
    for arg in args:
        load_address = None
        p = Path(arg)
        if not p.exists():
            m = _ADDR_SUFFIX.match(arg)
            if m and Path(m.group("path")).exists():
                p = Path(m.group("path"))
                load_address = int(m.group("addr"), 0)
            else:
                raise UsageError(f"{arg}: no such file or folder")
        if p.is_dir():
            for child in sorted(_walk(p)):
                rel = child.relative_to(p)
                display = os.path.join(arg, str(rel))
                name = child.name
                addr = None
                m = _ADDR_SUFFIX.match(name)
                if m:
                    addr = int(m.group("addr"), 0)
                out.append(_source_for(display, child, addr))
        else:
            if load_address is None:
                m = _ADDR_SUFFIX.match(p.name)  # a file whose own name carries its address
                if m:
                    load_address = int(m.group("addr"), 0)
            out.append(_source_for(arg, p, load_address))
    return out


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if f.startswith(".") or f in _SKIP_IN_FOLDERS:
                continue
            yield Path(root) / f
