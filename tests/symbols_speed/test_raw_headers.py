"""The cold build's own ELF/DWARF header reader (``dwarf_fast.RawElf``) against pyelftools'.

``builder._build_raw`` reads the headers with ``struct`` and never imports pyelftools; whatever it does
not cover, or finds damaged, it leaves to the pyelftools path.  So: on every fixture ELF it must run
(no silent decline) and give the index the pyelftools-header path gives; on ELFs with damaged
headers it must give what that path gives -- the same tables, warnings or error.
"""

from __future__ import annotations

import io
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dfuforensics.symbols import builder, index
from dfuforensics.symbols.index import SymbolError

FIRMWARE = Path(__file__).resolve().parent.parent / "firmware"
ELFS = sorted(p.name for p in (FIRMWARE / "elf").glob("*.elf"))


def build(path: Path, raw: bool, monkeypatch: pytest.MonkeyPatch) -> Any:
    with monkeypatch.context() as m:
        if not raw:
            m.setattr(builder, "_build_raw", lambda path, digest: None)
        try:
            return index.build(path, "digest")
        except SymbolError as exc:
            return f"SymbolError: {exc}"


@pytest.mark.parametrize("name", ELFS)
def test_raw_headers_give_the_pyelftools_header_index(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    elf = FIRMWARE / "elf" / name
    raw = builder._build_raw(str(elf), "digest")
    assert raw is not None  # the fixtures are the common case: the raw reader must cover them
    reference = build(elf, False, monkeypatch)
    assert sorted(raw) == sorted(reference)
    for key in sorted(raw):
        assert raw[key] == reference[key], key


def test_cold_build_imports_no_pyelftools(tmp_path: Path) -> None:
    code = ("import sys\n"
            "from dfuforensics.symbols.index import load_index\n"
            f"idx = load_index({str(FIRMWARE / 'elf' / 'm4.elf')!r})\n"
            "print(idx.from_cache, sorted(m for m in sys.modules if m.split('.')[0] in ('elftools', 'typing')))\n")
    out = subprocess.run([sys.executable, "-c", code], env={"DFUFORENSICS_CACHE": str(tmp_path), "PATH": "/usr/bin:/bin"},
                         check=True, capture_output=True, text=True).stdout
    assert out.strip() == "False []"


def regions(body: bytes) -> dict[str, tuple[int, int]]:
    """Where the headers are: ELF, section and program header tables, and the start of each section
    the builder reads (unit, abbreviation and line-program headers live there)."""
    from elftools.elf.elffile import ELFFile

    f = ELFFile(io.BytesIO(body))
    out = {"ehdr": (0, 52), "shdrs": (f["e_shoff"], f["e_shnum"] * 40), "phdrs": (f["e_phoff"], f["e_phnum"] * 32)}
    for s in f.iter_sections():
        if s.name.startswith((".debug_", ".ARM", ".note")) or s.name in (".symtab", ".strtab", ".shstrtab"):
            out[s.name] = (s["sh_offset"], min(s["sh_size"], 64))
    return {k: v for k, v in out.items() if v[1]}


@pytest.mark.parametrize("name,seed", [("m4.elf", 21), ("m4-dwarf4.elf", 22), ("m0.elf", 23), ("m4-stripped.elf", 24)])
def test_damaged_headers_give_what_the_pyelftools_path_gives(name: str, seed: int, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    body = (FIRMWARE / "elf" / name).read_bytes()
    regs = regions(body)
    keys = sorted(regs)
    rnd = random.Random(seed)
    taken = declined = 0
    for i in range(60):
        region = keys[i % len(keys)]
        off, size = regs[region]
        b = bytearray(body)
        for _ in range(rnd.randint(1, 3)):
            b[off + rnd.randrange(size)] = rnd.choice((0x00, 0xFF, 0x80, 0x01, rnd.randrange(256)))
        path = tmp_path / "damaged.elf"
        path.write_bytes(b)
        if builder._build_raw(str(path), "digest") is None:
            declined += 1
        else:
            taken += 1
        assert build(path, True, monkeypatch) == build(path, False, monkeypatch), (region, i)
    assert taken and declined  # both ways were compared: damage it reads and damage it leaves to pyelftools


BIG_ENDIAN_C = """
#include <stdint.h>
volatile uint32_t sink;
static inline __attribute__((always_inline)) uint32_t mix(uint32_t a)
{ for (uint32_t i = 0; i < (a & 7); i++) { a = (a << 3) ^ (a >> 5); } return a; }
uint32_t step(uint32_t x)
{ switch (x % 7) { case 1: x = mix(x); break; case 3: x = mix(x + 3); break; default: x ^= 9u; } return x; }
void Reset_Handler(void) { for (;;) { sink = step(sink); } }
"""


@pytest.mark.parametrize("flags", [["-O2", "-gdwarf-5"], ["-Os", "-gdwarf-4"]])
def test_big_endian_elf_reads_the_same_every_way(flags: list[str], tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The fixtures are all little-endian; a big-endian build takes the other branch of every reader."""
    import shutil

    if shutil.which("arm-none-eabi-gcc") is None:
        pytest.skip("needs arm-none-eabi-gcc")
    src = tmp_path / "be.c"
    src.write_text(BIG_ENDIAN_C)
    elf = tmp_path / "be.elf"
    subprocess.run(["arm-none-eabi-gcc", "-mbig-endian", "-mcpu=cortex-m4", "-mthumb", *flags, "-g", "-nostdlib",
                    "-nostartfiles", "-Wl,-Ttext=0", "-Wl,-e,Reset_Handler", str(src), "-o", str(elf)],
                   check=True, capture_output=True)
    assert elf.read_bytes()[5] == 2  # ELFDATA2MSB
    raw = builder._build_raw(str(elf), "digest")
    assert raw is not None and raw["has_dwarf"] and len(raw["nodes"]) >= 3  # step, mix inlined, Reset_Handler
    assert raw == build(elf, False, monkeypatch) == index.build(elf, "digest", fast=False)
    monkeypatch.setenv("DFUFORENSICS_NO_ACCEL", "1")
    assert index.build(elf, "digest") == raw
