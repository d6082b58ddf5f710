"""Decoding added for TrustZone cores (Cortex-M33: nRF5340, nRF91) and for printed fault registers."""

from __future__ import annotations

from dfuforensics.crash import cortexm as cm


def test_sfsr_bits_follow_the_armv8m_arm() -> None:
    # SAU SFSR (ARMv8-M ARM D1.2.221): INVEP 0, INVIS 1, INVER 2, AUVIOL 3, INVTRAN 4, LSPERR 5, SFARVALID 6, LSERR 7
    assert [b.qualified for b in cm.decode_bits("sfsr", 0x48)] == ["SFSR.AUVIOL", "SFSR.SFARVALID"]
    assert [b.qualified for b in cm.decode_bits("sfsr", 0x49)] == ["SFSR.INVEP", "SFSR.AUVIOL", "SFSR.SFARVALID"]
    assert cm.unknown_bits("sfsr", 0x100) == 0x100
    assert cm.is_bit_name("SFSR.INVTRAN") and cm.is_bit_name("CFSR.PRECISERR") and not cm.is_bit_name("CFSR.BOGUS")


def test_cfsr_from_its_printed_parts() -> None:
    # Zephyr's short form and TF-M print each part shifted down; a handler may print BFSR in place
    assert cm.cfsr_from_parts(0, 0x82, 0) == 0x8200
    assert cm.cfsr_from_parts(None, 0x8200, None) == 0x8200
    assert cm.cfsr_from_parts(0x93, 0, 0x2) == 0x20093
    assert cm.cfsr_from_parts(None, None, 0x20000) == 0x20000


def test_exc_return_of_an_armv8m_core() -> None:
    # TF-M's "EXC_RETURN (LR): 0xFFFFFFAD": non-secure PSP thread frame, FP context, taken to the secure state
    e = cm.decode_exc_return(0xFFFFFFAD, "armv8-m")
    assert e.valid and e.stack == "PSP" and e.mode == "thread" and e.extended_frame
    assert not cm.decode_exc_return(0xFFFFFFAD).valid  # not an ARMv7-M value
    assert cm.decode_exc_return(0xFFFFFFBC, "armv8-m").valid and not cm.decode_exc_return(0xFFFFFFBC).valid
    assert not cm.decode_exc_return(0xFFFFFFB6, "armv8-m").valid  # handler mode on the PSP is reserved
    assert cm.decode_exc_return(0xFFFFFFFD, "armv8-m").valid  # the ARMv7-M values stay valid
