"""The `settings-page` evidence parser and the `dfuforensics settings` command, on good and bad files."""

from __future__ import annotations

import json
import os
import random
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from dfuforensics.cli import main
from dfuforensics.evidence import detect
from dfuforensics.nrf5.settings import SettingsPage, encode_settings
from dfuforensics.pipeline import build_case
from dfuforensics.sources import expand

ORACLE = Path(__file__).parent / "oracle"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, COLUMNS="200")
    return subprocess.run([sys.executable, "-m", "dfuforensics", *args], capture_output=True, text=True,
                          timeout=60, env=env)


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["settings", *args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


# -- the parser ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "data", "kind"), [
    ("page.bin", encode_settings(app_version=3), "settings-page"),
    ("page_v1.bin", encode_settings(settings_version=1, page_size=0x400), "settings-page"),
    ("bad_crc.bin", encode_settings(crc=1), "settings-page"),
    ("random.bin", random.Random(5).randbytes(0x1000), "flash-image"),
    ("erased.bin", b"\xff" * 0x1000, "flash-image"),
])
def test_sniffing_raw_files(tmp_path: Path, name: str, data: bytes, kind: str) -> None:
    [source] = expand([str(_write(tmp_path, name, data))])
    assert detect(source).kind == kind


def test_sniffing_nrfutil_hex_beats_plain_hex() -> None:
    for hexfile in ("nrf52_v2_crc_sd.hex", "nrf51_v1_app.hex", "nrf52840_v2_noval_custbk.hex"):
        [source] = expand([str(ORACLE / hexfile)])
        assert detect(source).kind == "settings-page", hexfile
    [app] = expand([str(ORACLE / "app.hex")])
    assert detect(app).kind == "flash-image"


def test_case_places_a_lone_page_in_memory(tmp_path: Path) -> None:
    raw = encode_settings(app_version=11, bank_0=(0x2000, 0x1234, 1))
    case = build_case(expand([str(_write(tmp_path, "dump.bin", raw)),
                              str(_write(tmp_path, "bl_settings_nrf52840.bin", raw))]))
    first, second = case.inputs
    assert first.kind == second.kind == "settings-page"
    assert any("assumed the settings page is at 0x0007F000" in w.message for w in first.warnings)
    assert case.memory.read(0x7F000, 0x1000) == raw and case.memory.read(0xFF000, 0x1000) == raw
    pages = case.of_type(SettingsPage)
    assert {p.address for p in pages} == {0x7F000, 0xFF000} and all(p.app_version == 11 for p in pages)


def test_case_reads_nrfutil_hex_with_backup() -> None:
    case = build_case(expand([str(ORACLE / "nrf52810_v2_sha256_sd.hex")]))
    assert case.inputs[0].kind == "settings-page" and case.inputs[0].warnings == []
    assert case.memory.read_u32(0x2F004) == 2 and case.memory.read_u32(0x2E004) == 2
    assert sorted(p.address for p in case.of_type(SettingsPage)) == [0x2E000, 0x2F000]


def test_case_warns_about_a_damaged_page(tmp_path: Path) -> None:
    case = build_case(expand([str(_write(tmp_path, "s.bin", encode_settings(crc=0xABCD)) ) + "@0x3F000"]))
    rec = case.inputs[0]
    assert rec.kind == "settings-page"
    assert any("0x0003F000" in w.message and "does not match" in w.message for w in rec.warnings)


# -- the command ---------------------------------------------------------------------------------

def _dump(size: int, settings_at: int, backup_at: int | None, main: bytes, backup: bytes | None) -> bytes:
    rnd = random.Random(size)
    buf = bytearray(rnd.randbytes(settings_at)) + b"\xff" * (size - settings_at)
    if backup_at is not None:
        buf[backup_at:backup_at + 0x1000] = backup if backup is not None else b"\xff" * 0x1000
    buf[settings_at:settings_at + len(main)] = main
    return bytes(buf)


def test_flash_dump_page_and_backup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main_page = encode_settings(app_version=2, enter_buttonless_dfu=1)
    backup = encode_settings(app_version=1)
    dump = _write(tmp_path, "flash.bin", _dump(0x80000, 0x7F000, 0x7E000, main_page, backup))
    out = _json(capsys, str(dump))
    assert out["chip"] == "nrf52832" and out["address"] == 0x7F000 and out["app_version"] == 2
    assert out["backup"]["address"] == 0x7E000 and out["backup"]["app_version"] == 1
    diffs = {d["path"]: d for d in out["backup_differences"]}
    assert diffs["app_version"]["restored"] is True and diffs["enter_buttonless_dfu"]["restored"] is False


def test_flash_dump_with_erased_settings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dump = _write(tmp_path, "flash.bin", _dump(0x100000, 0xFF000, None, b"\xff" * 0x1000, None))
    out = _json(capsys, str(dump))
    assert out["chip"] == "nrf52840" and out["erased"] is True and out["crc_valid"] is False
    assert out["damage"] and out["backup"] is None
    assert any("0x000FE000" in n and "does not hold settings" in n for n in out["notes"])


def test_family_that_does_not_match_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    out = _json(capsys, str(ORACLE / "nrf52_v2_crc_sd.hex"), "--family", "nrf52840")
    assert out["address"] == 0x7F000 and out["backup"]["address"] == 0x7E000
    assert any("not the nrf52840 settings address" in n for n in out["notes"])


def test_file_without_settings_is_exit_2() -> None:
    r = _cli("settings", str(ORACLE / "app.hex"))
    assert r.returncode == 2 and "app.hex: no settings page" in r.stderr
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize(("name", "data", "status", "words"), [
    ("empty.bin", b"", 2, "file is empty"),
    ("erased.bin", b"\xff" * 0x1000, 0, "erased (all 0xFF)"),
    ("random.bin", random.Random(9).randbytes(0x1000), 0, "not a layout this tool knows"),
    ("truncated.bin", encode_settings(app_version=6)[:0x100], 0, "fields from 0x100 on are unreadable"),
    ("crc.bin", encode_settings(crc=0x55), 0, "does not match the CRC32"),
    ("v7.bin", None, 0, "settings_version 7 is not a layout"),
    ("bad.hex", b":10000000zz\n", 2, "bad.hex"),
])
def test_damaged_inputs_give_a_clear_message(tmp_path: Path, name: str, data: bytes | None, status: int,
                                             words: str) -> None:
    if data is None:
        raw = bytearray(encode_settings())
        struct.pack_into("<I", raw, 4, 7)
        struct.pack_into("<I", raw, 0, zlib.crc32(bytes(raw[4:0x5C])))
        data = bytes(raw)
    path = _write(tmp_path, name, data)
    r = _cli("settings", str(path))
    assert r.returncode == status, r.stderr
    assert words in r.stdout + r.stderr
    assert "Traceback" not in r.stderr


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settings", str(tmp_path / "missing.bin")]) == 2
    assert main(["settings", str(tmp_path)]) == 2
    assert main(["settings", str(ORACLE / "nrf52_v1_app.hex"), "--family", "nrf99"]) == 2
    err = capsys.readouterr().err
    assert "no such file" in err and "not a folder" in err and "unknown chip family" in err


def test_rich_output_piped_is_plain(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settings", str(ORACLE / "nrf52840_v2_crc_sd.hex")]) == 0
    out = capsys.readouterr().out
    assert "\x1b[" not in out
    assert "bank_0.image_crc" in out and "NRF_DFU_BANK_VALID_APP" in out and "backup 0x000FE000" in out


def test_lone_page_address_from_arg_family_or_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = _write(tmp_path, "page.bin", encode_settings(app_version=1))
    assert _json(capsys, f"{page}@0x2F000")["address"] == 0x2F000
    assert _json(capsys, str(page), "--family", "nrf52840")["address"] == 0xFF000
    out = _json(capsys, str(page))
    assert out["address"] == 0x7F000 and any("assumed" in n for n in out["notes"])
    small = _write(tmp_path, "nrf51.bin", encode_settings(settings_version=1, page_size=0x400, app_version=4))
    out = _json(capsys, str(small))
    assert (out["address"], out["chip"], out["app_version"]) == (0x3FC00, "nrf51", 4)
