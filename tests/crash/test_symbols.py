"""The symbolizer against GNU addr2line (committed goldens made by tests/firmware/capture_all.sh)."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from dfuforensics.cli import main
from dfuforensics.symbols import index as symindex
from dfuforensics.symbols.addr2line import text_lines
from dfuforensics.symbols.index import SymbolError, load_index

FIRMWARE = Path(__file__).resolve().parent.parent / "firmware"
ELFS = ["m4", "m4-dwarf4", "m0", "m4-stripped"]


def golden(name: str) -> tuple[list[int], list[str]]:
    addrs = [int(a, 16) for a in (FIRMWARE / "goldens" / f"{name}.addrs").read_text().split()]
    return addrs, (FIRMWARE / "goldens" / f"{name}.addr2line").read_text().splitlines()


@pytest.mark.parametrize("name", ELFS)
def test_every_address_matches_addr2line(name: str) -> None:
    idx = load_index(FIRMWARE / "elf" / f"{name}.elf")
    addrs, expected = golden(name)
    ours = [ln for a in addrs for ln in text_lines(a, idx.lookup(a))]
    assert ours == expected


def test_goldens_exercise_inlined_chains_discriminators_and_unknowns() -> None:
    _, lines = golden("m4")
    text = "\n".join(lines)
    assert "average\n/fixtures/faults.c:36\nrun_fault\n/fixtures/faults.c:73" in text  # inlined chain
    assert "(discriminator" in text
    assert "??\n??:0" in text and "_sdata\n??:?" in text


def test_cache_is_used_and_keyed_by_content(tmp_path: Path) -> None:
    elf = FIRMWARE / "elf" / "m4.elf"
    first = load_index(elf)
    second = load_index(elf)
    assert not first.from_cache and second.from_cache
    assert second.lookup(0x162) == first.lookup(0x162)
    entries = list(symindex.cache_dir().glob(f"{first.sha256}.v{symindex.CACHE_VERSION}.*"))
    assert len(entries) == 1


def test_corrupt_cache_is_rebuilt() -> None:
    elf = FIRMWARE / "elf" / "m0.elf"
    idx = load_index(elf)
    [entry] = symindex.cache_dir().glob(f"{idx.sha256}.*")
    entry.write_bytes(b"\x00garbage" * 10)
    again = load_index(elf)
    assert not again.from_cache and again.lookup(0xC4)[0].function == idx.lookup(0xC4)[0].function
    assert load_index(elf).from_cache  # and written back


def test_truncated_elf(tmp_path: Path) -> None:
    p = tmp_path / "trunc.elf"
    p.write_bytes((FIRMWARE / "elf" / "m4.elf").read_bytes()[:3000])
    with pytest.raises(SymbolError, match="damaged or truncated"):
        load_index(p)


def test_elf_for_another_architecture(tmp_path: Path) -> None:
    data = bytearray((FIRMWARE / "elf" / "m4.elf").read_bytes())
    data[18:20] = (62).to_bytes(2, "little")  # e_machine = EM_X86_64
    p = tmp_path / "x86.elf"
    p.write_bytes(bytes(data))
    with pytest.raises(SymbolError, match="X86_64, not ARM"):
        load_index(p)


def test_not_an_elf(tmp_path: Path) -> None:
    p = tmp_path / "x.elf"
    p.write_text("hello")
    with pytest.raises(SymbolError, match="not a readable ELF"):
        load_index(p)


def test_stripped_elf_says_so() -> None:
    idx = load_index(FIRMWARE / "elf" / "m4-stripped.elf")
    assert any("stripped" in w for w in idx.warnings)
    assert idx.lookup(0xC4)[0].function == "??"


def test_symbolize_command_text_matches_addr2line(capsys: pytest.CaptureFixture[str]) -> None:
    addrs, lines = golden("m4")
    pick = [a for a in addrs if a in (0x40, 0x162, 0x1A0, 0x10000000)]
    assert main(["symbolize", str(FIRMWARE / "elf" / "m4.elf")] + [f"0x{a:x}" for a in pick]) == 0
    out = capsys.readouterr().out.splitlines()
    expected: list[str] = []
    cur: list[str] = []
    for ln in lines:
        if ln.startswith("0x"):
            cur = [ln]
            if int(ln, 16) in pick:
                expected.append("\n".join(cur))
        elif cur and int(cur[0], 16) in pick:
            expected[-1] += "\n" + ln
    assert "\n".join(out) == "\n".join(expected)


def test_symbolize_reads_stdin_and_writes_json(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("162\n0x1a0\n"))
    assert main(["symbolize", str(FIRMWARE / "elf" / "m4.elf"), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    first = doc["addresses"][0]
    assert first["address"] == "0x00000162"
    assert [f["function"] for f in first["frames"]] == ["average", "run_fault"]
    assert first["frames"][1]["line"] == 73


def test_symbolize_bad_input_is_a_message_not_a_traceback(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["symbolize", str(tmp_path / "missing.elf"), "0x1"]) == 2
    assert "no such ELF" in capsys.readouterr().err
    assert main(["symbolize", str(FIRMWARE / "elf" / "m4.elf"), "zzz"]) == 2
    assert "not a hexadecimal address" in capsys.readouterr().err


def test_read_only_cache_still_symbolizes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    os.chmod(ro, 0o500)
    monkeypatch.setenv("DFUFORENSICS_CACHE", str(ro))
    try:
        assert load_index(FIRMWARE / "elf" / "m4.elf").lookup(0x40)[0].function == "Fault_Handler"
    finally:
        os.chmod(ro, 0o700)
