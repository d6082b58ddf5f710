"""The cached run's second-pass cuts against their oracles.

* ``ElfIndex.text``'s vectorised path (C-level maps over the halfword table, one join) must print what
  the per-address path and ``lookup()`` print, and what GNU addr2line printed (committed goldens);
* ``_hex8`` must format as ``f"{a:08x}"`` does;
* ``symbolize ELF ADDR...`` parsed without argparse must behave exactly as the argparse path, and the
  cached run must not import argparse, array or pyelftools.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dfuforensics.cli import main
from dfuforensics.commands import symbolize
from dfuforensics.symbols import index
from dfuforensics.symbols.addr2line import text_lines
from dfuforensics.symbols.index import load_index

FIRMWARE = Path(__file__).resolve().parent.parent / "firmware"


def golden_blocks(name: str) -> dict[int, str]:
    """addr2line's text for each golden address (its block starts at the "0x" line)."""
    addrs = [int(a, 16) for a in (FIRMWARE / "goldens" / f"{name}.addrs").read_text().split()]
    text = (FIRMWARE / "goldens" / f"{name}.addr2line").read_text()
    starts = [i for i, line in enumerate(text.splitlines(keepends=True)) if line.startswith("0x")]
    lines = text.splitlines(keepends=True)
    blocks = ["".join(lines[s:e]) for s, e in zip(starts, [*starts[1:], len(lines)], strict=True)]
    assert len(blocks) == len(addrs)
    return dict(zip(addrs, blocks, strict=True))


def in_table(idx: index.ElfIndex, a: int) -> bool:
    k = (a - idx._tab_base) >> 1
    return a >= idx._tab_base and k < len(idx._tab_node) and idx._tab_node[k] >= 0


@pytest.mark.parametrize("name", ["m4", "m4-dwarf4", "m0"])
def test_vectorised_text_equals_addr2line_and_the_per_address_path(
        name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    idx = load_index(FIRMWARE / "elf" / f"{name}.elf", use_cache=False)
    blocks = golden_blocks(name)
    eligible = [a for a in blocks if in_table(idx, a)]
    assert len(eligible) > 150  # most golden addresses are inside named DWARF functions
    per_address = "".join(map(idx._text_one, eligible))
    assert per_address == "".join(blocks[a] for a in eligible)

    def no_fallback(a: int) -> str:
        raise AssertionError(f"0x{a:x} took the per-address path")

    monkeypatch.setattr(idx, "_text_one", no_fallback)
    assert idx.text(eligible) == per_address  # the vectorised path alone
    odd = [a | 1 for a in eligible]  # Thumb addresses: their halfword's answer, as lookup() gives it
    assert idx.text(odd) == "".join("\n".join(text_lines(a, idx.lookup(a))) + "\n" for a in odd)


def test_a_list_with_one_address_outside_the_table_falls_back_for_all() -> None:
    idx = load_index(FIRMWARE / "elf" / "m4.elf", use_cache=False)
    blocks = golden_blocks("m4")
    outside = [a for a in blocks if not in_table(idx, a)]
    assert outside
    mixed = sorted(blocks)
    assert idx.text(mixed) == "".join(blocks[a] for a in mixed)
    assert idx.text([]) == ""
    assert idx.text(iter(mixed[:5])) == "".join(blocks[a] for a in mixed[:5])  # any iterable


def test_hex8_formats_like_format() -> None:
    values = [0, 1, 0x7F, 0x80, 0xFF, 0x100, 0x1234ABCD, 0x80000000, 0xFFFFFFFE, 0xFFFFFFFF]
    assert index._hex8(values) == [f"{v:08x}" for v in values]


def test_quick_args_takes_only_the_plain_form() -> None:
    args = symbolize.quick_args(["fw.elf", "0x10", "20"])
    assert args is not None and (args.elf, args.addresses, args.format, args.no_cache) == \
        ("fw.elf", ["0x10", "20"], "text", False)
    for words in ([], ["--no-cache", "fw.elf"], ["fw.elf", "--format", "json"], ["-h"], ["fw.elf", "--", "10"],
                  ["fw.elf", "-0x10"]):
        assert symbolize.quick_args(words) is None, words


def test_plain_command_line_prints_what_the_argparse_path_prints(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DFUFORENSICS_CACHE", str(tmp_path))
    elf = str(FIRMWARE / "elf" / "m0.elf")
    blocks = golden_blocks("m0")
    addrs = [f"0x{a:x}" for a in blocks][:40]
    assert main(["symbolize", elf, *addrs]) == 0  # no option: argparse is not used
    plain = capsys.readouterr()
    assert main(["symbolize", "--format", "text", elf, *addrs]) == 0  # an option: argparse
    assert capsys.readouterr() == plain
    assert plain.out == "".join(blocks[int(a, 16)] for a in addrs)
    # errors read the same either way
    assert main(["symbolize", str(tmp_path / "none.elf"), "0x10"]) == 2
    assert "none.elf: no such ELF file" in capsys.readouterr().err
    assert main(["symbolize", elf, "zz"]) == 2
    assert "'zz' is not a hexadecimal address" in capsys.readouterr().err
    assert main(["--debug", "symbolize", elf, addrs[0]]) == 0  # a global option first: argparse
    assert capsys.readouterr().out == blocks[int(addrs[0], 16)]


def test_cached_cli_run_imports_no_argparse_array_or_pyelftools(tmp_path: Path) -> None:
    elf = str(FIRMWARE / "elf" / "m4.elf")
    cmd = [sys.executable, "-X", "importtime", "-m", "dfuforensics", "symbolize", elf, "0x40", "0x162"]
    env = {"DFUFORENSICS_CACHE": str(tmp_path), "PATH": "/usr/bin:/bin"}
    first = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    second = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    assert second.stdout == first.stdout and second.stdout.startswith("0x00000040\n")
    imported = {line.rsplit("|", 1)[-1].strip() for line in second.stderr.splitlines() if "|" in line}
    assert "dfuforensics.symbols.index" in imported  # the measurement saw our modules
    assert not imported & {"argparse", "array", "elftools", "dfuforensics.symbols.builder", "json"}


def test_cache_writes_leave_no_temporary_files_and_an_unwritable_cache_is_no_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DFUFORENSICS_CACHE", str(tmp_path / "rw"))
    monkeypatch.setattr(index, "SETTLED_NS", -10**12)  # the digest memo is written too
    elf = FIRMWARE / "elf" / "m0.elf"
    assert not load_index(elf).from_cache and load_index(elf).from_cache
    names = sorted(p.name for p in (tmp_path / "rw" / "symbols").iterdir())
    assert names == sorted(["digests.marshal", f"{load_index(elf).sha256}.v{index.CACHE_VERSION}.marshal"])
    blocked = tmp_path / "a-file"  # a cache folder that cannot be made, even by root
    blocked.write_bytes(b"")
    monkeypatch.setenv("DFUFORENSICS_CACHE", str(blocked))
    idx = load_index(elf)
    assert not idx.from_cache and idx.text([0x40]) == load_index(elf, use_cache=False).text([0x40])
    assert blocked.read_bytes() == b""
