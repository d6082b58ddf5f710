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


def gdb_chain(name: str) -> list[str]:
    """gdb's `bt` at the capture's halt, function names innermost first, below `<signal handler called>`
    when there is one (the faulting code's chain), up to main."""
    import re

    text = (FIRMWARE / "oracles" / f"{name}.gdb-bt").read_text()
    text = text.split("<signal handler called>")[-1]
    names = re.findall(r"^#\d+\s+(?:0x[0-9a-f]+ in )?(\w+) \(", text, re.M)
    return names[: names.index("main") + 1] if "main" in names else names


def _subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


def agrees_with_gdb(backtrace: list[dict], gdb: list[str]) -> bool:
    """Our chain against gdb's, both ways.  Both miss frames of tail calls in different places: gdb adds
    them from DWARF call-site records when the path is unique, we add the function the caller's BL named
    (method ``tail-call``).  So every frame gdb shows must be in ours, and every frame we found on the
    stack (not a tail-call insertion) must be in gdb's, in the same order."""
    ours = [b["function"] for b in backtrace]
    ours = ours[: ours.index("main") + 1] if "main" in ours else ours
    on_stack = [b["function"] for b in backtrace[: len(ours)] if b.get("method") != "tail-call"]
    return _subsequence(gdb, ours) and _subsequence(on_stack, gdb)
