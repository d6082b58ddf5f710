"""The optional C extensions (``_nrflog_accel``, ``_dwarf_accel``): built by ``setup.py`` where a compiler
is present, switched off together by ``DFUFORENSICS_NO_ACCEL=1`` -- every result must be the same
without them, and the tests run both ways."""

from __future__ import annotations

from importlib import import_module

TYPE_CHECKING = False  # (typing is not imported on the paths that load these)
if TYPE_CHECKING:
    from types import ModuleType


def extension(name: str) -> ModuleType | None:
    """The extension ``dfuforensics.<name>``, or None: not built on this machine, or switched off."""
    from os import environ

    if environ.get("DFUFORENSICS_NO_ACCEL", "") not in ("", "0"):
        return None
    try:
        return import_module(f"dfuforensics.{name}")
    except ImportError:
        return None
