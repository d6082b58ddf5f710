"""Writing reports: to stdout, or atomically to a file (temp file then rename), never half-written."""

from __future__ import annotations

import io
import os
import sys
import tempfile

_UMASK = os.umask(0)
os.umask(_UMASK)
_FILE_MODE = 0o666 & ~_UMASK  # what open() would give: mkstemp's 0600 would hide reports from others
from collections.abc import Callable
from pathlib import Path
from typing import TextIO


def emit(write: Callable[[TextIO], None], output: str | None) -> None:
    if not output or output == "-":
        write(sys.stdout)
        sys.stdout.flush()
        return
    target = Path(output)
    buf = io.StringIO()
    write(buf)
    atomic_write_text(target, buf.getvalue())


def atomic_write_text(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, _FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write_bytes(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, _FILE_MODE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
