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
