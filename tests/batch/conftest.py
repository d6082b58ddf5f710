"""Fleets for the batch tests, built in temporary folders from the committed samples and firmware."""

from __future__ import annotations

import io
import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
FIRMWARE = ROOT / "tests" / "firmware"
#: The crash room's committed ELFs (``elf/``; ``build/`` in older trees).
ELF_DIR = next((FIRMWARE / d for d in ("elf", "build") if (FIRMWARE / d / "m4.elf").is_file()), FIRMWARE / "elf")
SAMPLE_UNITS = sorted(p.name for p in SAMPLES.iterdir() if p.is_dir())


def zip_folder(folder: Path, target: Path, top: str | None = None) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in sorted(folder.iterdir()):
            zf.write(f, f"{top}/{f.name}" if top else f.name)
    return target


def tar_folder(folder: Path, target: Path) -> Path:
    with tarfile.open(target, "w:gz") as tf:
        for f in sorted(folder.iterdir()):
            tf.add(f, f.name)
    return target


def zip_bomb(target: Path, mib: int = 64) -> Path:
    """``mib`` MiB of zeros deflated to ~1/1000 of that: a small archive that expands enormously."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf, zf.open("flash.bin@0x0", "w") as fh:
        block = bytes(1 << 20)
        for _ in range(mib):
            fh.write(block)
    return target


def traversal_zip(target: Path, good: Path) -> Path:
    with zipfile.ZipFile(target, "w") as zf:
        zf.writestr("../../escaped-by-traversal.txt", "you should not see me\n")
        zf.writestr("/abs-escaped.txt", "nor me\n")
        zf.writestr("..\\win-escaped.txt", "nor me\n")
        zf.write(good / "flash.bin@0x0", "flash.bin@0x0")
        zf.write(good / "uicr.bin@0x10001000", "uicr.bin@0x10001000")
    return target


def symlink_tar(target: Path, good: Path) -> Path:
    with tarfile.open(target, "w") as tf:
        info = tarfile.TarInfo("passwd")
        info.type = tarfile.SYMTYPE
        info.linkname = "/etc/passwd"
        tf.addfile(info)
        data = (good / "uicr.bin@0x10001000").read_bytes()
        info = tarfile.TarInfo("uicr.bin@0x10001000")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    return target


@pytest.fixture
def fleet_dir(tmp_path: Path) -> Path:
    """A fleet folder: three sample units as folders, one as zip (with its top folder), one as tar.gz."""
    fleet = tmp_path / "fleet"
    fleet.mkdir()
    for name in ("sd-req-mismatch", "nrf52832-healthy", "interrupted-transfer"):
        shutil.copytree(SAMPLES / name, fleet / name)
    zip_folder(SAMPLES / "app-linked-at-0", fleet / "app-linked-at-0.zip", top="app-linked-at-0")
    tar_folder(SAMPLES / "no-softdevice", fleet / "no-softdevice.tar.gz")
    return fleet
