"""The C decoders (``dfuforensics/_dwarf_accel.c``) against the pure-Python ones they replace.

The pure-Python build (``DFUFORENSICS_NO_ACCEL=1``) is the oracle -- itself checked against pyelftools
(test_fast_paths.py) and addr2line (the goldens).  Here: the accelerated build must give the same
index on every fixture ELF without declining anything, and on damaged DWARF (bytes flipped, sections
cut short) it must give what the pure build gives -- the same tables or the same error -- and never
take the interpreter down.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from dfuforensics.symbols import builder, index
from dfuforensics.symbols.index import SymbolError

FIRMWARE = Path(__file__).resolve().parent.parent / "firmware"
ELFS = sorted(p.name for p in (FIRMWARE / "elf").glob("*.elf"))

try:  # the module itself, whatever DFUFORENSICS_NO_ACCEL says (the tests set it as they need)
    from dfuforensics import _dwarf_accel as accel
except ImportError:
    accel = None
needs_accel = pytest.mark.skipif(accel is None, reason="dfuforensics._dwarf_accel not built (optional extension)")


def outcome(path: Path, monkeypatch: pytest.MonkeyPatch, pure: bool) -> Any:
    if pure:
        monkeypatch.setenv("DFUFORENSICS_NO_ACCEL", "1")
    else:
        monkeypatch.delenv("DFUFORENSICS_NO_ACCEL", raising=False)
    try:
        return index.build(path, "digest")
    except SymbolError as exc:
        return f"SymbolError: {exc}"


def test_no_accel_env_forces_pure_python(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DFUFORENSICS_NO_ACCEL", "1")
    assert builder.accelerator() is None
    monkeypatch.setenv("DFUFORENSICS_NO_ACCEL", "0")
    assert builder.accelerator() is accel


@needs_accel
@pytest.mark.parametrize("name", ELFS)
def test_accelerated_build_equals_pure_build(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: dict[str, list[bool]] = {}

    def spy(fn_name: str) -> None:
        real = getattr(accel, fn_name)

        def wrapper(*args: Any) -> Any:
            got = real(*args)
            calls.setdefault(fn_name, []).append(got is not None)
            return got
        monkeypatch.setattr(accel, fn_name, wrapper)

    for fn_name in ("line_table", "walk_cu", "loc_ids", "fill"):
        spy(fn_name)
    elf = FIRMWARE / "elf" / name
    fast = outcome(elf, monkeypatch, pure=False)
    monkeypatch.undo()
    pure = outcome(elf, monkeypatch, pure=True)
    assert isinstance(fast, dict) and isinstance(pure, dict)
    assert sorted(fast) == sorted(pure)
    for key in sorted(fast):
        assert fast[key] == pure[key], key
    if fast["has_dwarf"]:
        # every C decoder ran and none declined: the equality above is the C code's, not a fallback's
        assert {k: all(v) for k, v in calls.items()} == {"line_table": True, "walk_cu": True, "loc_ids": True,
                                                          "fill": True}
        assert len(calls["walk_cu"]) >= 2
        small = name == "m4-swerr.elf"  # sw_error.c alone: faults.c's code is collected away (9 functions)
        assert len(fast["nodes"]) > (5 if small else 10) and len(fast["line_addr"]) > (50 if small else 100)


def sections(elf: bytes) -> dict[str, tuple[int, int]]:
    import io

    from elftools.elf.elffile import ELFFile

    f = ELFFile(io.BytesIO(elf))
    return {s.name: (s["sh_offset"], s["sh_size"]) for s in f.iter_sections() if s.name.startswith(".debug_")}


def mutants(name: str, count: int, seed: int) -> list[tuple[str, bytes]]:
    """Copies of a fixture ELF with one DWARF section damaged: a few bytes changed, or its tail zeroed
    (a section cut short, with the ELF still parseable)."""
    body = (FIRMWARE / "elf" / name).read_bytes()
    secs = sections(body)
    targets = [s for s in (".debug_info", ".debug_line", ".debug_abbrev", ".debug_rnglists", ".debug_ranges",
                           ".debug_str", ".debug_line_str") if s in secs]
    rnd = random.Random(seed)
    out = []
    for i in range(count):
        sec = targets[i % len(targets)]
        off, size = secs[sec]
        b = bytearray(body)
        if rnd.random() < 0.75:
            for _ in range(rnd.randint(1, 4)):
                b[off + rnd.randrange(size)] = rnd.choice((0x00, 0xFF, 0x80, 0x7F, rnd.randrange(256)))
            what = "flipped"
        else:
            cut = rnd.randrange(size)
            b[off + cut:off + size] = bytes(size - cut)
            what = f"zeroed from {cut}"
        out.append((f"{sec} {what} #{i}", bytes(b)))
    return out


@needs_accel
@pytest.mark.parametrize("name,seed", [("m4.elf", 1), ("m4-dwarf4.elf", 2), ("m0.elf", 3)])
def test_damaged_dwarf_gives_what_the_pure_build_gives(name: str, seed: int, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    kinds = set()
    for label, blob in mutants(name, 70, seed):
        path = tmp_path / "damaged.elf"
        path.write_bytes(blob)
        fast = outcome(path, monkeypatch, pure=False)
        pure = outcome(path, monkeypatch, pure=True)
        assert fast == pure, label
        kinds.add(type(fast).__name__ if not isinstance(fast, dict) else
                  ("dwarf" if fast["has_dwarf"] else "no dwarf"))
    assert "dwarf" in kinds  # some damage is survivable; the comparison covered decoded tables too


@needs_accel
def test_c_decoders_refuse_garbage_without_crashing() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    std = [0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1]

    @settings(max_examples=300, deadline=None, derandomize=True)
    @given(st.binary(max_size=96), st.binary(max_size=48), st.integers(0, 120), st.integers(1, 255),
           st.integers(-128, 127), st.booleans())
    def run(info: bytes, abbrev: bytes, start: int, line_range: int, line_base: int, v5: bool) -> None:
        got = accel.line_table(info, True, [(start, len(info) + 8, 2, 1, line_base, line_range, 13, std, [-1, 0])], 0)
        assert got is None or (len(got) == 5 and len(got[0]) == len(got[1]) == len(got[2]) == len(got[3]))
        walked = accel.walk_cu(info, info, b"", abbrev, 0, 0, len(info) + 4, start, 4, 4, 5, True, [0, 1], 0,
                               abbrev, v5, 0)
        assert walked is None or len(walked) == 3
        fid, no, discr = info[:12], info[12:24], info[24:36]
        ids = accel.loc_ids(fid, no, discr)
        if len(fid) == len(no) == len(discr) and not len(fid) % 4:  # what builder._render would number
            keys = list(zip(index._unpack("i", fid), index._unpack("I", no), index._unpack("I", discr), strict=True))
            numbered = {k: i for i, k in enumerate(dict.fromkeys([(-1, 0, 0), *keys]))}
            assert ids == (list(numbered), index._pack("I", [numbered[k] for k in keys]))
        else:
            assert ids is None

    run()
    # out-of-range arguments are refused, not trusted
    assert accel.walk_cu(b"\x01", b"", b"", b"\x01\x11\x01\x00\x00\x00", 0, 0, 1, 0, 99, 4, 5, True, [], 0, b"",
                         True, 0) is None
    assert accel.line_table(b"\x00\x09\x02", True, [(0, 3, 2, 1, -5, 14, 13, std, [])], 0) is None
    assert accel.fill(b"\x03\x00\x00\x00", b"\x00\x00\x00\x00", 2, 8, -1, 2) is None  # odd boundary
