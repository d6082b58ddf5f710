"""The optional C extensions (``_nrflog_accel``, ``_dwarf_accel``): built by ``setup.py`` where a compiler
is present, switched off together by ``DFUFORENSICS_NO_ACCEL=1`` -- every result must be the same
without them, and the tests run both ways.

Which ones this installation has: ``python -m dfuforensics.accel`` (one line each; exit status 0 when
all load, 1 otherwise -- CI's wheel check relies on it).  A wheel built without a compiler, or an
install from the sdist on a machine without one, runs correctly but more slowly, and nothing else says so.
"""

from __future__ import annotations

from importlib import import_module

TYPE_CHECKING = False  # (typing is not imported on the paths that load these)
if TYPE_CHECKING:
    from types import ModuleType

#: every optional extension, as ``dfuforensics.<name>``
NAMES = ("_nrflog_accel", "_dwarf_accel")


def switched_off() -> bool:
    """``DFUFORENSICS_NO_ACCEL`` set to anything but empty or ``0``."""
    from os import environ

    return environ.get("DFUFORENSICS_NO_ACCEL", "") not in ("", "0")


def extension(name: str) -> ModuleType | None:
    """The extension ``dfuforensics.<name>``, or None: not built on this machine, or switched off."""
    if switched_off():
        return None
    try:
        return import_module(f"dfuforensics.{name}")
    except ImportError:
        return None


def status() -> dict[str, str]:
    """For each of ``NAMES``: ``loaded from PATH``, ``not built (REASON)`` or ``switched off (...)``."""
    out = {}
    for name in NAMES:
        if switched_off():
            out[name] = "switched off (DFUFORENSICS_NO_ACCEL is set): pure Python"
            continue
        try:
            module = import_module(f"dfuforensics.{name}")
        except ImportError as exc:
            out[name] = f"not built ({exc}): pure Python, same results, slower"
        else:
            out[name] = f"loaded from {module.__file__}"
    return out


def main() -> int:
    """Print ``status()``; 0 when every extension loads."""
    lines = status()
    for name, state in lines.items():
        print(f"dfuforensics.{name}: {state}")
    return 0 if all(state.startswith("loaded") for state in lines.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
