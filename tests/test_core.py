"""The core: sources, memory view, case assembly, CLI exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from dfuforensics.memory import MemoryView
from dfuforensics.model import Location, MemorySegment


def test_memory_view_overlap_later_wins_and_warns():
    mv = MemoryView()
    mv.add(MemorySegment(0x1000, b"\x01" * 16, Location("a.bin", offset=0)))
    mv.add(MemorySegment(0x1008, b"\x02" * 16, Location("b.bin", offset=0)))
    assert mv.read(0x1000, 8) == b"\x01" * 8
    assert mv.read(0x1008, 16) == b"\x02" * 16
    assert mv.read(0x1000, 24) == b"\x01" * 8 + b"\x02" * 16
    assert mv.read(0x0FFF, 2) is None
    assert len(mv.warnings) == 1 and "b.bin" not in mv.warnings[0].message
    assert mv.source_of(0x1004) == Location("a.bin", None, 4)


def test_build_artifact_fills_gaps_only():
    mv = MemoryView()
    mv.add(MemorySegment(0x1000, b"\x01" * 16, Location("dump.bin", offset=0)))
    mv.fill(MemorySegment(0x0FF8, b"\x09" * 32, Location("app.elf", offset=0x100)))
    assert mv.read(0x0FF8, 8) == b"\x09" * 8  # before the read: the build's bytes
    assert mv.read(0x1000, 16) == b"\x01" * 16  # the device's bytes stay
    assert mv.read(0x1010, 8) == b"\x09" * 8
    assert mv.source_of(0x1010) == Location("app.elf", None, 0x100 + 0x18)
    assert len(mv.warnings) == 1 and "0x00001000: the device read holds other bytes" in mv.warnings[0].message


ELF = Path(__file__).parent / "firmware" / "elf" / "m4.elf"


def _elf_flash_image() -> bytes:
    from elftools.elf.elffile import ELFFile

    image = bytearray()
    with open(ELF, "rb") as fh:
        for seg in ELFFile(fh).iter_segments():
            if seg["p_type"] == "PT_LOAD" and seg["p_filesz"] and seg["p_paddr"] < 0x20000000:
                image[seg["p_paddr"]:seg["p_paddr"] + seg["p_filesz"]] = seg.data()
    return bytes(image)


def test_device_read_wins_over_a_positional_elf_in_either_order(tmp_path):
    """`analyze dump.bin app.elf`: the ELF's load image must never stand in for what the unit holds."""
    from dfuforensics.pipeline import build_case
    from dfuforensics.sources import expand

    image = bytearray(_elf_flash_image())
    image[0x100] ^= 0xFF  # the unit holds a byte the build does not
    dump = tmp_path / "flash.bin@0x0"
    dump.write_bytes(bytes(image))
    for order in ([dump, ELF], [ELF, dump]):
        case = build_case(expand([str(p) for p in order]))
        assert case.memory.read(0, len(image)) == bytes(image)
        notes = [w.message for w in case.memory.warnings]
        assert any(m.startswith("0x00000100: the device read holds other bytes") for m in notes), notes
    same = tmp_path / "same.bin@0x0"
    same.write_bytes(_elf_flash_image())
    case = build_case(expand([str(same), str(ELF)]))
    assert case.memory.warnings == []
    alone = build_case(expand([str(ELF)]))
    assert alone.memory.read(0, 0x200) == _elf_flash_image()[:0x200]


def _run(*args, **kw):
    return subprocess.run([sys.executable, "-m", "dfuforensics", *args], capture_output=True, text=True, **kw)


def test_cli_missing_file_is_usage_error(tmp_path):
    p = _run("analyze", str(tmp_path / "nope.bin"))
    assert p.returncode == 2
    assert "no such file" in p.stderr
    assert "Traceback" not in p.stderr


def test_cli_empty_file_reported_not_crashed(tmp_path):
    f = tmp_path / "empty.bin"
    f.write_bytes(b"")
    p = _run("analyze", str(f), "--format", "json")
    assert p.returncode == 2, p.stderr
    rep = json.loads(p.stdout)
    assert rep["inputs"][0]["error"] == "file is empty"
    assert "Traceback" not in p.stderr


def test_file_named_with_address_is_loaded_there(tmp_path):
    from dfuforensics.sources import expand

    f = tmp_path / "bl.bin@0x78000"
    f.write_bytes(b"\x00" * 16)
    (src,) = expand([str(f)])
    assert src.load_address == 0x78000
    g = tmp_path / "plain.bin"
    g.write_bytes(b"\x00" * 16)
    (src2,) = expand([f"{g}@0x20000000"])
    assert src2.load_address == 0x20000000 and src2.path == g


def test_command_summaries_match_modules():
    import importlib

    from dfuforensics.commands import COMMANDS

    for name, summary in COMMANDS.items():
        assert importlib.import_module(f"dfuforensics.commands.{name}").HELP == summary


def test_help_imports_no_command_module():
    p = subprocess.run([sys.executable, "-X", "importtime", "-m", "dfuforensics", "--help"],
                       capture_output=True, text=True)
    assert p.returncode == 0 and "analyze" in p.stdout
    imported = p.stderr
    for heavy in ("dfuforensics.commands.analyze", "pandas", "lark", "rich", "elftools"):
        assert f" {heavy}\n" not in imported and f" {heavy}." not in imported, heavy
