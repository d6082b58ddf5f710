"""Re-run one fixture under QEMU and check the committed capture is what the emulator really does."""

from __future__ import annotations

import shutil
import socket
import subprocess
from pathlib import Path

import pytest

FIRMWARE = Path(__file__).resolve().parent.parent / "firmware"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.qemu
@pytest.mark.skipif(not (shutil.which("qemu-system-arm") and shutil.which("gdb-multiarch")),
                    reason="needs qemu-system-arm and gdb-multiarch")
@pytest.mark.parametrize("board,elf,fault,name,stop", [
    ("mps2-an386", "m4.elf", 2, "m4-div-zero", "handler"),
    ("microbit", "m0.elf", 4, "m0-thumb-clear", "handler"),
    ("mps2-an386", "m4-spin.elf", 1, "m4-spin-bad-store", "spin"),
])
def test_capture_reproduces_committed_fixture(tmp_path: Path, board: str, elf: str, fault: int, name: str,
                                              stop: str) -> None:
    out = tmp_path / name
    subprocess.run(["sh", str(FIRMWARE / "capture_one.sh"), board, str(FIRMWARE / "elf" / elf), str(fault),
                    str(out), str(_free_port()), stop], check=True, timeout=90, capture_output=True)
    committed = FIRMWARE / "captures" / name
    assert (out / "regs.txt").read_text() == (committed / "regs.txt").read_text()
    assert (out / "ram.bin@0x20000000").read_bytes() == (committed / "ram.bin@0x20000000").read_bytes()
