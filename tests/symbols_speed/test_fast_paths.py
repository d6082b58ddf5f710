"""The fast paths of the symbolizer against their oracles.

* cold: the index built by ``dwarf_fast`` must equal, table for table, the one pyelftools builds;
* cached: ``ElfIndex.text`` (precomputed strings, halfword table) must print what ``lookup()`` gives,
  and both what GNU addr2line printed (committed goldens, tests/firmware/goldens).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dfuforensics.symbols import builder, index
from dfuforensics.symbols.addr2line import text_lines
from dfuforensics.symbols.index import load_index

FIRMWARE = Path(__file__).resolve().parent.parent / "firmware"
ELFS = ["m4", "m4-dwarf4", "m0", "m4-stripped"]


def golden(name: str) -> tuple[list[int], str]:
    addrs = [int(a, 16) for a in (FIRMWARE / "goldens" / f"{name}.addrs").read_text().split()]
    return addrs, (FIRMWARE / "goldens" / f"{name}.addr2line").read_text()


@pytest.mark.parametrize("name", ELFS)
def test_fast_build_equals_pyelftools_build(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    elf = FIRMWARE / "elf" / f"{name}.elf"
    used: list[bool] = []
    real = builder._dwarf_tables

    def spy(elf_file: object, data: dict[str, object], fast: bool) -> None:
        used.append(fast)
        real(elf_file, data, fast)

    monkeypatch.setattr(builder, "_dwarf_tables", spy)
    fast = index.build(elf, "digest")
    assert used in ([True], [])  # the fast decoders ran (no silent fallback); [] = no DWARF at all
    used.clear()
    reference = index.build(elf, "digest", fast=False)
    assert used in ([False], [])
    assert sorted(fast) == sorted(reference)
    for key in sorted(fast):
        assert fast[key] == reference[key], key


@pytest.mark.parametrize("name", ELFS)
def test_text_equals_lookup_and_addr2line_on_every_golden_address(name: str) -> None:
    idx = load_index(FIRMWARE / "elf" / f"{name}.elf", use_cache=False)
    addrs, expected = golden(name)
    assert idx.text(addrs) == expected
    # odd (Thumb) addresses take the halfword table too: they must answer as lookup() does
    odd = [a | 1 for a in addrs]
    assert idx.text(odd) == "".join("\n".join(text_lines(a, idx.lookup(a))) + "\n" for a in odd)


def test_halfword_table_is_used_and_lookups_outside_it_still_work() -> None:
    idx = load_index(FIRMWARE / "elf" / "m4.elf", use_cache=False)
    assert len(idx._tab_node) > 0 and idx._tab_base == 0
    beyond = idx._tab_base + 2 * len(idx._tab_node) + 0x100
    assert idx.text([beyond, 0xFFFFFFF0]) == "".join(
        "\n".join(text_lines(a, idx.lookup(a))) + "\n" for a in (beyond, 0xFFFFFFF0))


def test_cached_entry_answers_like_a_fresh_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DFUFORENSICS_CACHE", str(tmp_path))
    elf = FIRMWARE / "elf" / "m0.elf"
    fresh = load_index(elf)
    cached = load_index(elf)
    assert not fresh.from_cache and cached.from_cache
    assert cached._cold_source is not None  # lookup() tables are not read until asked for
    addrs, expected = golden("m0")
    assert cached.text(addrs) == fresh.text(addrs) == expected
    assert [cached.lookup(a) for a in addrs] == [fresh.lookup(a) for a in addrs]


def test_cached_path_imports_nothing_heavy(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from dfuforensics.symbols.index import load_index\n"
        f"idx = load_index({str(FIRMWARE / 'elf' / 'm4.elf')!r})\n"
        "idx.text([0x40, 0x162])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('elftools', 'typing', 'dataclasses', 'tempfile', 'json') or m == 'dfuforensics.symbols.builder')\n"
        "print(idx.from_cache, heavy)\n"
    )
    env = {"DFUFORENSICS_CACHE": str(tmp_path), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)  # fills the cache
    out = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True).stdout
    assert out.strip() == "True []"


def test_digest_memo_notices_a_rewritten_elf_with_the_same_size_and_mtime(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib
    import os
    import shutil

    monkeypatch.setenv("DFUFORENSICS_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(index, "SETTLED_NS", -10**12)  # treat a just-written file as settled
    elf = tmp_path / "fw.elf"
    shutil.copy(FIRMWARE / "elf" / "m4.elf", elf)
    first = load_index(elf)
    assert first.sha256 == hashlib.sha256(elf.read_bytes()).hexdigest()
    assert (tmp_path / "cache" / "symbols" / "digests.marshal").exists()
    assert load_index(elf).from_cache
    # same size, same mtime, other bytes: only the ctime tells, and it must
    st = elf.stat()
    body = elf.read_bytes()
    assert b"GCC: (" in body  # the .comment section: bytes nothing else reads
    changed = body.replace(b"GCC: (", b"gcc: (", 1)
    elf.write_bytes(changed)
    os.utime(elf, ns=(st.st_atime_ns, st.st_mtime_ns))
    again = load_index(elf)
    assert again.sha256 == hashlib.sha256(changed).hexdigest() != first.sha256
    assert not again.from_cache


@pytest.mark.parametrize("name", ["m4", "m0"])
def test_text_without_the_halfword_table_bisects_to_the_same_answer(name: str) -> None:
    from array import array

    idx = load_index(FIRMWARE / "elf" / f"{name}.elf", use_cache=False)
    idx._tab_node = array("h")  # what an ELF with a boundary inside a halfword (or > 2 MiB of code) gets
    addrs, expected = golden(name)
    assert idx.text(addrs) == expected
    assert builder._halfword_table(
        {"seg_lo": index._pack("I", [0, 3]), "seg_node": index._pack("i", [0, -1]),
         "line_addr": index._pack("I", [0, 4])}, [1, 0], [("f", -1, 0, 0, -1)])["tab_node"] == b""


def test_damaged_cold_part_is_rebuilt_not_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DFUFORENSICS_CACHE", str(tmp_path))
    elf = FIRMWARE / "elf" / "m4.elf"
    fresh = load_index(elf)
    [entry] = (tmp_path / "symbols").glob(f"{fresh.sha256}.*")
    blob = entry.read_bytes()
    hot_end = 16 + int.from_bytes(blob[8:16], "little")
    entry.write_bytes(blob[:hot_end] + b"\x00garbage")
    cached = load_index(elf)
    assert cached.from_cache
    addrs, _ = golden("m4")
    assert [cached.lookup(a) for a in addrs] == [fresh.lookup(a) for a in addrs]
