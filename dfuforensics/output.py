"""Writing reports: to stdout, or atomically to a file (temp file then rename), never half-written."""

from __future__ import annotations

import functools
import io
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TextIO


@functools.cache
def _file_mode() -> int:
    """What open() would give (mkstemp's 0600 would hide reports from others); read once, when needed."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def emit(write: Callable[[TextIO], None], output: str | None) -> None:
    if not output or output == "-":
        write(sys.stdout)
        sys.stdout.flush()
        return
    from .errors import DfuForensicsError, UsageError

    target = Path(output)
    if target.is_dir():
        raise UsageError(f"--output {output}: is a folder; give the name of the file to write")
    buf = io.StringIO()
    write(buf)
    try:
        atomic_write_text(target, buf.getvalue())
    except OSError as exc:
        raise DfuForensicsError(f"--output {output}: cannot write: {exc.strerror or exc}") from None


@contextmanager
def atomic_file(target: Path, binary: bool = False) -> Iterator[IO]:
    """A file that appears at ``target`` only when the block completes; on any error, nothing does.

    Written beside the target (same file system, so the rename is atomic) with the mode a plain
    ``open`` would give.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, _file_mode())
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")) as fh:
            yield fh
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write_text(target: Path, text: str) -> None:
    with atomic_file(target) as fh:
        fh.write(text)


def atomic_write_bytes(target: Path, data: bytes) -> None:
    with atomic_file(target, binary=True) as fh:
        fh.write(data)
