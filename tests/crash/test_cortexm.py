"""Fault register decoding against the Architecture Reference Manual's bit assignments."""

from __future__ import annotations

import pytest

from dfuforensics.crash import cortexm as cm


def names(register: str, value: int) -> list[str]:
    return [b.qualified for b in cm.decode_bits(register, value)]


def test_cfsr_bit_positions_follow_the_arm_arm() -> None:
    # MMFSR bits 0-7, BFSR 8-15, UFSR 16-31 (ARMv7-M B3.2.15)
    assert names("cfsr", 1 << 0) == ["CFSR.IACCVIOL"]
    assert names("cfsr", 0x92) == ["CFSR.DACCVIOL", "CFSR.MSTKERR", "CFSR.MMARVALID"]
    assert names("cfsr", 0x8200) == ["CFSR.PRECISERR", "CFSR.BFARVALID"]
    assert names("cfsr", 0x400) == ["CFSR.IMPRECISERR"]
    assert names("cfsr", 0x1000) == ["CFSR.STKERR"]
    assert names("cfsr", 0x10000) == ["CFSR.UNDEFINSTR"]
    assert names("cfsr", 0x20000) == ["CFSR.INVSTATE"]
    assert names("cfsr", 0x40000) == ["CFSR.INVPC"]
    assert names("cfsr", 0x01000000) == ["CFSR.UNALIGNED"]
    assert names("cfsr", 0x02000000) == ["CFSR.DIVBYZERO"]
    assert names("hfsr", 0x40000000) == ["HFSR.FORCED"]
    assert names("hfsr", 0x2) == ["HFSR.VECTTBL"]
    assert names("dfsr", 0x2) == ["DFSR.BKPT"]


def test_reserved_bits_are_reported_not_hidden() -> None:
    assert cm.unknown_bits("cfsr", 0x8200 | 1 << 2) == 1 << 2
    assert cm.unknown_bits("cfsr", 0x8200) == 0


def test_imprecise_explanation_warns_about_the_stacked_pc() -> None:
    assert "NOT the faulting instruction" in cm.bit("CFSR.IMPRECISERR").meaning


def test_fault_classes_and_address_validity() -> None:
    assert cm.cfsr_fault_classes(0x8200) == ["busfault"]
    assert cm.cfsr_fault_classes(0x92) == ["memmanage"]
    assert cm.cfsr_fault_classes(0x02008200) == ["busfault", "usagefault"]
    # MMFAR/BFAR are only an address when the VALID bit says so
    assert cm.fault_address(0x8200, 0x0, 0x30000010) == (0x30000010, "BFAR")
    assert cm.fault_address(0x0200, 0x0, 0x30000010) == (None, "")
    assert cm.fault_address(0x92, 0x200000D4, 0) == (0x200000D4, "MMFAR")


@pytest.mark.parametrize("value,stack,mode,extended,bytes_", [
    (0xFFFFFFF1, "MSP", "handler", False, 0x20),
    (0xFFFFFFF9, "MSP", "thread", False, 0x20),
    (0xFFFFFFFD, "PSP", "thread", False, 0x20),
    (0xFFFFFFE1, "MSP", "handler", True, 0x68),
    (0xFFFFFFE9, "MSP", "thread", True, 0x68),
    (0xFFFFFFED, "PSP", "thread", True, 0x68),
])
def test_exc_return_armv7(value: int, stack: str, mode: str, extended: bool, bytes_: int) -> None:
    e = cm.decode_exc_return(value, "armv7e-m")
    assert (e.valid, e.stack, e.mode, e.extended_frame, e.frame_bytes) == (True, stack, mode, extended, bytes_)


def test_exc_return_armv6_has_no_fpu_frames() -> None:
    assert cm.decode_exc_return(0xFFFFFFF9, "armv6-m").valid
    assert not cm.decode_exc_return(0xFFFFFFE9, "armv6-m").valid
    assert not cm.decode_exc_return(0x00001234).valid


def test_stack_alignment_padding_from_stacked_xpsr_bit9() -> None:
    exc = cm.decode_exc_return(0xFFFFFFF9)
    assert cm.sp_before_exception(0x20000FC8, exc, 0x81000200) == 0x20000FC8 + 0x20 + 4
    assert cm.sp_before_exception(0x20000FC8, exc, 0x81000000) == 0x20000FC8 + 0x20
    assert cm.Xpsr(0x61000003).exception_name == "HardFault"
    assert cm.Xpsr(0x01000015).exception_name == "IRQ5"


def test_nordic_fault_ids() -> None:
    assert cm.nrf_fault_id(0x4002) == ("NRF_FAULT_ID_SDK_ASSERT", "sdk_assert")
    assert cm.nrf_fault_id(0x4001) == ("NRF_FAULT_ID_SDK_ERROR", "sdk_error")
    assert cm.nrf_fault_id(0x1) == ("NRF_FAULT_ID_SD_ASSERT", "sd_assert")
    assert cm.nrf_fault_id(0x1001) == ("NRF_FAULT_ID_APP_MEMACC", "sd_memacc")
