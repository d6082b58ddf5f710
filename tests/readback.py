"""Reading one evidence file the way `analyze` does, for the reader tests of every room."""

from __future__ import annotations

from pathlib import Path

from dfuforensics.case import Case, read_source
from dfuforensics.model import Event
from dfuforensics.sources import expand


def read(path: Path | str) -> tuple[Case, object]:
    """The case one file makes, and its input record (which must not be an error)."""
    case = Case()
    [src] = expand([str(path)])
    rec = read_source(case, src)
    assert rec.error is None, rec.error
    return case, rec


def write(tmp_path: Path, text: str, name: str = "evidence.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def read_text(tmp_path: Path, text: str, name: str = "evidence.txt") -> tuple[Case, object]:
    return read(write(tmp_path, text, name))


def of(case: Case, kind: str) -> list[Event]:
    return [e for e in case.events if e.kind == kind]
