"""Seeds and mutators shared by the in-suite hypothesis fuzz tests and the atheris harness.

Seeds are real evidence nobody in this room wrote: the posted failures in ``../shared/cases``, the
posted logs in ``../shared/samples``, the generated flash samples in ``samples/`` and the other rooms'
test fixtures.  Mutations are the damage real evidence suffers: flipped bits (bad flash, bad UART),
truncation (interrupted capture), splices (two logs pasted together), inserted junk and lone bytes.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
REGRESSIONS = Path(__file__).resolve().parent / "regressions"

#: Seeds larger than this are left out of the in-suite corpus (1 MiB flash dumps are kept).
MAX_SEED_BYTES = 2 * 1024 * 1024
_SKIP_SUFFIXES = {".py", ".md", ".sh", ".c", ".ld", ".toml", ".pyc", ".proto"}
_SKIP_NAMES = {"Makefile", "truth.md", "EXPECTED.tsv", "README.md", "__init__.py"}
#: Folders of expected outputs, not evidence.
_SKIP_PARTS = {"golden", "goldens", "__pycache__", "regressions"}


@dataclass(frozen=True)
class Seed:
    """One real evidence file: where it came from (category) and its bytes, read once (other rooms
    regenerate their fixtures while the suite runs)."""

    category: str
    path: Path
    blob: bytes
    #: Files beside it with the same stem (a package's .dat next to its .bin): some kinds are only
    #: recognised with their companion, so they travel together, undamaged.
    companions: tuple[tuple[str, bytes], ...] = ()

    @property
    def name(self) -> str:
        return self.path.name

    def data(self) -> bytes:
        return self.blob


def _category(path: Path) -> str:
    try:
        rel = path.relative_to(ROOT)
        parts = rel.parts
        if parts[0] == "samples":
            return "samples/flash"
        return f"tests/{parts[1]}"
    except ValueError:
        rel = path.relative_to(SHARED)
        return f"shared/{rel.parts[0]}"


def _wanted(path: Path) -> bool:
    if path.suffix in _SKIP_SUFFIXES or path.name in _SKIP_NAMES or path.name.startswith("."):
        return False
    if _SKIP_PARTS & set(path.parts):
        return False
    try:
        return 0 < path.stat().st_size <= MAX_SEED_BYTES
    except OSError:
        return False


def seeds() -> list[Seed]:
    """Every seed, in a stable order (sorted paths), de-duplicated by content."""
    roots = [SHARED / "cases", SHARED / "samples", ROOT / "samples", ROOT / "tests"]
    found: list[Path] = []
    for base in roots:
        if not base.exists():
            continue
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames[:] = sorted(d for d in dirnames if d not in _SKIP_PARTS and not d.startswith("."))
            if Path(dirpath).resolve() == Path(__file__).resolve().parent:
                dirnames[:] = []
                continue
            for f in sorted(filenames):
                p = Path(dirpath) / f
                if _wanted(p):
                    found.append(p)
    out: list[Seed] = []
    seen: set[str] = set()
    for p in sorted(found):
        try:
            blob = p.read_bytes()
        except OSError:  # removed since the walk
            continue
        digest = hashlib.sha256(blob).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        out.append(Seed(_category(p), p, blob, _companions(p)))
    return out


def _companions(path: Path) -> tuple[tuple[str, bytes], ...]:
    out = []
    for q in sorted(path.parent.glob(f"{path.stem}.*")):
        if q != path and q.stem == path.stem and _wanted(q) and q.stat().st_size <= 64 * 1024:
            try:
                out.append((q.name, q.read_bytes()))
            except OSError:
                continue
    return tuple(out)


def evidence_name(name: str) -> str:
    """Folders skip dotfiles and a capture bundle's manifest.json by design; keep the input visible."""
    return f"input-{name}" if name.startswith(".") or name == "manifest.json" else name


@dataclass(frozen=True)
class Sample:
    """One fuzz input: the (damaged) bytes under the seed's file name, plus its companions."""

    name: str
    data: bytes
    companions: tuple[tuple[str, bytes], ...] = ()
    origin: str = "random"

    def __repr__(self) -> str:  # hypothesis prints failing examples: keep it readable
        return (f"Sample({self.name!r}, {len(self.data)} bytes sha1={hashlib.sha1(self.data).hexdigest()[:12]}, "
                f"from {self.origin}, head={self.data[:48]!r})")

    def write(self, folder: Path, name: str | None = None) -> list[Path]:
        """Write the input (first) and its companions into ``folder``; returns their paths."""
        paths = [folder / (name or self.name)]
        paths[0].write_bytes(self.data)
        for cname, cdata in self.companions:
            if not (folder / cname).exists():
                (folder / cname).write_bytes(cdata)
                paths.append(folder / cname)
        return paths


# --- mutators: pure functions of (data, parameters), so a failing example replays exactly ---------

def bit_flip(data: bytes, pos: int, bit: int) -> bytes:
    if not data:
        return data
    pos %= len(data)
    b = bytearray(data)
    b[pos] ^= 1 << (bit % 8)
    return bytes(b)


def truncate(data: bytes, keep: int) -> bytes:
    return data[: keep % (len(data) + 1)]


def splice(data: bytes, other: bytes, at: int, start: int, length: int) -> bytes:
    at %= len(data) + 1
    start %= len(other) + 1
    return data[:at] + other[start:start + length] + data[at:]


def insert(data: bytes, at: int, junk: bytes) -> bytes:
    at %= len(data) + 1
    return data[:at] + junk + data[at:]


def delete(data: bytes, at: int, length: int) -> bytes:
    at %= len(data) + 1
    return data[:at] + data[at + length:]


def overwrite(data: bytes, at: int, junk: bytes) -> bytes:
    at %= len(data) + 1
    return data[:at] + junk + data[at + len(junk):]


def duplicate_line(data: bytes, at: int) -> bytes:
    lines = data.splitlines(keepends=True)
    if not lines:
        return data
    i = at % len(lines)
    return b"".join(lines[: i + 1] + lines[i:])
