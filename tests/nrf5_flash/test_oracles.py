"""The analysis against tools nobody here wrote: GCC/binutils (vector tables) and nrfutil (CRCs)."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from nrf5flash_helpers import SAMPLES, analyze_unit, case_from

from dfuforensics.nrf5 import analysis

GCC = shutil.which("arm-none-eabi-gcc")
NRFUTIL = Path("/tmp/nrfutil-venv/bin/nrfutil")

APP_C = r"""
typedef void (*vector)(void);
extern unsigned long _stack_top;
void Reset_Handler(void);
void Default_Handler(void) { for (;;) {} }
void NMI_Handler(void) __attribute__((weak, alias("Default_Handler")));
void HardFault_Handler(void) __attribute__((weak, alias("Default_Handler")));
void SVC_Handler(void) __attribute__((weak, alias("Default_Handler")));
void PendSV_Handler(void) __attribute__((weak, alias("Default_Handler")));
void SysTick_Handler(void) __attribute__((weak, alias("Default_Handler")));
__attribute__((section(".isr_vector"), used)) const vector vectors[16] = {
    (vector)&_stack_top, Reset_Handler, NMI_Handler, HardFault_Handler, Default_Handler,
    Default_Handler, Default_Handler, 0, 0, 0, 0, SVC_Handler, Default_Handler, 0, PendSV_Handler,
    SysTick_Handler,
};
volatile int counter;
void Reset_Handler(void) { for (;;) { counter++; } }
"""
LINK_LD = """
MEMORY {{ FLASH (rx) : ORIGIN = 0x{origin:X}, LENGTH = 0x10000
          RAM (rwx) : ORIGIN = 0x20002000, LENGTH = 0xE000 }}
_stack_top = ORIGIN(RAM) + LENGTH(RAM);
SECTIONS {{ .text : {{ KEEP(*(.isr_vector)) *(.text*) *(.rodata*) }} > FLASH
            .bss : {{ *(.bss*) *(COMMON) }} > RAM }}
"""


def build_app(tmp: Path, origin: int) -> tuple[bytes, int]:
    """Compile and link a tiny app at ``origin``; return its image and nm's Reset_Handler."""
    (tmp / "app.c").write_text(APP_C)
    (tmp / "link.ld").write_text(LINK_LD.format(origin=origin))
    elf = tmp / f"app_{origin:x}.elf"
    subprocess.run([GCC, "-mcpu=cortex-m4", "-mthumb", "-Os", "-nostdlib", "-T", str(tmp / "link.ld"),
                    str(tmp / "app.c"), "-o", str(elf)], check=True)
    binary = elf.with_suffix(".bin")
    subprocess.run(["arm-none-eabi-objcopy", "-O", "binary", str(elf), str(binary)], check=True)
    nm = subprocess.run(["arm-none-eabi-nm", str(elf)], capture_output=True, text=True, check=True).stdout
    reset = next(int(line.split()[0], 16) for line in nm.splitlines() if line.endswith(" Reset_Handler"))
    return binary.read_bytes(), reset


def _mbr_and_softdevice() -> dict[int, bytes]:
    flash = (SAMPLES / "nrf52832-healthy" / "flash.bin@0x0").read_bytes()
    return {0: flash[:0x26000]}


@pytest.mark.skipif(GCC is None, reason="arm-none-eabi-gcc not installed")
@pytest.mark.parametrize("origin, ok", [(0x26000, True), (0x0, False)])
def test_gcc_linked_app_judged_by_its_link_address(tmp_path, origin, ok):
    image, reset = build_app(tmp_path, origin)
    case = case_from({**_mbr_and_softdevice(), 0x26000: image})
    analysis.analyze(case)
    app = case.facts["app"]
    assert app["reset"] == reset | 1  # nm gives the address; the table holds it with the Thumb bit
    assert app["initial_sp"] == 0x20010000
    assert app["vector_ok"] is ok
    assert app["linked_below"] is (not ok)


def _nrfutil_settings(tmp: Path, app_image: bytes) -> Path:
    from intelhex import IntelHex

    ih = IntelHex()
    ih.frombytes(app_image, offset=0x26000)
    app_hex = tmp / "app.hex"
    ih.write_hex_file(str(app_hex))
    out = tmp / "settings.hex"
    subprocess.run([str(NRFUTIL), "settings", "generate", "--family", "NRF52", "--application", str(app_hex),
                    "--application-version", "3", "--bootloader-version", "2", "--bl-settings-version", "2",
                    str(out)], check=True, capture_output=True)
    return out


@pytest.mark.skipif(not NRFUTIL.exists(), reason="nrfutil (oracle) not installed")
def test_bank0_crc_check_agrees_with_nrfutil(tmp_path):
    flash = SAMPLES / "nrf52832-healthy" / "flash.bin@0x0"
    app = flash.read_bytes()[0x26000:0x26000 + 0x9A30]
    good = _nrfutil_settings(tmp_path, app)
    case = analyze_unit(flash, good)
    assert case.facts["settings"]["bank_0"]["image_size"] == len(app)
    assert case.facts["checks"]["bank0_crc_matches"] is True

    other = tmp_path / "other"
    other.mkdir()
    changed = app[:0x100] + bytes(b ^ 0xFF for b in app[0x100:0x104]) + app[0x104:]
    bad = _nrfutil_settings(other, changed)
    case = analyze_unit(flash, bad)
    assert case.facts["checks"]["bank0_crc_matches"] is False
    assert case.facts["checks"]["bank0_crc_computed"] == struct.unpack(
        "<I", (SAMPLES / "nrf52832-healthy" / "flash.bin@0x0").read_bytes()[0x7F01C:0x7F020])[0]


def _one_mib_dump(path: Path, image: bytes, origin: int, settings_hex: Path) -> Path:
    """A 1 MiB nRF52840 read holding only ``image`` at ``origin`` and the pages of ``settings_hex``."""
    from intelhex import IntelHex

    flash = bytearray(b"\xff" * 0x100000)
    flash[origin:origin + len(image)] = image
    pages = IntelHex(str(settings_hex))
    for addr in pages.addresses():
        flash[addr] = pages[addr]
    path.write_bytes(bytes(flash))
    return path


def _analyze_json(dump: Path) -> tuple[int, dict]:
    import json
    import sys

    run = subprocess.run([sys.executable, "-m", "dfuforensics", "analyze", str(dump), "--format", "json"],
                         capture_output=True, text=True)
    return run.returncode, json.loads(run.stdout)


def _application_rows(report: dict) -> list[dict]:
    return [r for r in report["flash_map"] if r["name"] == "application"]


ORACLE = Path(__file__).resolve().parents[1] / "nrf5_settings" / "oracle"


def test_app_without_its_boot_chain_is_found_where_it_is(tmp_path):
    """nrfutil's nRF52840 settings + backup for app.hex (5000 bytes at 0x26000, the end of s140 6.x, no
    vector table), nothing else in a 1 MiB read: the SDK's rule puts bank 0 at 0x1000 (no SoftDevice), the
    CRC nrfutil stored finds the image at 0x26000, and no CRC error is made up for 0x1000."""
    from intelhex import IntelHex

    app = IntelHex(str(ORACLE / "app.hex"))
    image = app.tobinstr(start=0x26000, size=5000)
    code, report = _analyze_json(_one_mib_dump(tmp_path / "flash.bin", image, 0x26000,
                                                ORACLE / "nrf52840_v1_app.hex"))
    assert code == 0
    rows = _application_rows(report)
    assert [(r["start"], r["end"]) for r in rows] == [(0x26000, 0x26000 + 5000)]
    assert "the bootloader looks at 0x1000" in rows[0]["detail"]
    assert not [f for f in report["findings"] if f["severity"] == "error"], report["findings"]
    assert [f["rule_id"] for f in report["findings"]] == ["NRF5-MEM-BOOT-CHAIN-MISSING"]
    assert report["settings"]["backup"]["crc_valid"] is True


@pytest.mark.skipif(GCC is None or not NRFUTIL.exists(), reason="arm-none-eabi-gcc or nrfutil not installed")
@pytest.mark.parametrize("origin", [0x26000, 0x27000])
def test_gcc_app_with_nrfutil_settings_placed_by_its_crc(tmp_path, origin):
    """The issue's acceptance case with a compiled application (linked at ``origin``) and nrfutil settings
    generated for it: the map shows it where it is, at the SDK's 0x1000 fallback nothing is judged."""
    image, _ = build_app(tmp_path, origin)
    from intelhex import IntelHex

    ih = IntelHex()
    ih.frombytes(image, offset=origin)
    ih.write_hex_file(str(tmp_path / "app.hex"))
    subprocess.run([str(NRFUTIL), "settings", "generate", "--family", "NRF52840", "--application",
                    str(tmp_path / "app.hex"), "--application-version", "3", "--bootloader-version", "2",
                    "--bl-settings-version", "2", str(tmp_path / "settings.hex")], check=True, capture_output=True)
    code, report = _analyze_json(_one_mib_dump(tmp_path / "flash.bin", image, origin, tmp_path / "settings.hex"))
    assert code == 0
    assert [(r["start"], r["end"]) for r in _application_rows(report)] == [(origin, origin + len(image))]
    assert not [f for f in report["findings"] if f["severity"] == "error"], report["findings"]


def test_app_one_page_above_its_softdevice_is_an_error_at_the_right_address():
    case = analyze_unit(*sorted((SAMPLES / "app-built-for-other-softdevice").iterdir()))
    assert case.facts["nrf5"]["bank0_expected"] == 0x26000
    assert case.facts["app"]["found_at"] == 0x27000
    assert case.facts["checks"]["app_displaced"] is True
    assert case.facts["checks"]["bank0_crc_matches"] is True  # at the image, not at the fallback


def test_erased_bank0_is_no_crc_mismatch():
    case = analyze_unit(*sorted((SAMPLES / "bank0-erased").iterdir()))
    checks = case.facts["checks"]
    assert checks["bank0_erased"] is True
    assert not isinstance(checks["bank0_crc_matches"], bool)
    assert not isinstance(case.facts["app"]["found_at"], int)
