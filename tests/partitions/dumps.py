"""Flash dumps holding real MCUboot images (signed by imgtool) at the addresses a layout gives.

Shared by the tests (full-size dumps made in a temporary folder) and ``make_fixtures.py`` (the small
Intel HEX fixtures the built-in rules ship).  The payload is a vector table linked to run at the
primary slot + ``run_offset`` (NCS: ``mcuboot_pad``) followed by a byte pattern.
"""

from __future__ import annotations

import struct
import subprocess
import sys
import tempfile
from pathlib import Path

IMGTOOL = str(Path(sys.executable).with_name("imgtool"))
KEYS = Path(__file__).resolve().parents[1] / "mcuboot" / "fixtures"
CHUNK = 0x800


def payload(run_at: int, header: int, size: int = 0x800) -> bytes:
    """``header`` zero bytes (imgtool overwrites them), then SP, the reset vector and a pattern."""
    vt = struct.pack("<II", 0x20010000, run_at + 0x101)
    body = bytes((i * 7 + 3) & 0xFF for i in range(size - len(vt)))
    return b"\0" * header + vt + body


def sign(raw: bytes, header: int, version: str, slot_size: int, *extra: str, key: str = "ec256") -> bytes:
    """``imgtool sign`` of ``raw`` (which already holds ``header`` bytes of room), as bytes."""
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "app.bin", Path(tmp) / "app.signed.bin"
        src.write_bytes(raw)
        subprocess.run([IMGTOOL, "sign", "-k", str(KEYS / f"{key}.pem"), "-v", version, "-H", hex(header),
                        "-S", hex(slot_size), "--align", "4", *extra, str(src), str(out)],
                       check=True, capture_output=True, text=True)
        return out.read_bytes()


def sparse_hex(path: Path, placed: list[tuple[int, bytes, int]]) -> None:
    """Intel HEX of each ``(address, bytes, slot_size)``: every 2 KiB chunk that is not erased, and the slot's
    last chunk (so the trailer at the slot's end is known, erased or not), as a partial dump reads them."""
    from intelhex import IntelHex

    ih = IntelHex()
    for base, data, slot_size in placed:
        for off in range(0, slot_size, CHUNK):
            chunk = data[off:off + CHUNK] if off < len(data) else b""
            chunk = chunk + b"\xff" * (min(CHUNK, slot_size - off) - len(chunk))
            if set(chunk) != {0xFF} or off + CHUNK >= slot_size:
                ih.frombytes(chunk, offset=base + off)
    ih.write_hex_file(str(path))
