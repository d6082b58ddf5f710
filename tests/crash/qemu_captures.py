"""The QEMU crash captures (tests/firmware/captures) as a bench would have them without the SCB reads."""

from __future__ import annotations

import shutil
from pathlib import Path

FIRMWARE = Path(__file__).resolve().parents[1] / "firmware"


def without_scb(tmp_path: Path, name: str) -> Path:
    """A copy of capture ``name`` with the CFSR..AFSR words (0xE000ED28-0xE000ED3C) left out of regs.txt:
    ELF + RAM dump + `info registers` only."""
    src = FIRMWARE / "captures" / name
    out = tmp_path / name
    out.mkdir()
    shutil.copy(next(src.glob("ram.bin@*")), out)
    lines = (src / "regs.txt").read_text().splitlines(keepends=True)
    (out / "regs.txt").write_text("".join(ln for ln in lines if not ln.startswith(("0xe000ed2", "0xe000ed3"))))
    return out
