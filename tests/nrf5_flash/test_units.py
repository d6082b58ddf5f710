"""Vector tables, SoftDevice info, FDS tags and damaged or partial memory, on bytes built here."""

from __future__ import annotations

import os
import struct

import pytest
from nrf5flash_helpers import SAMPLES, analyze_unit, case_from

from dfuforensics.memory import MemoryView
from dfuforensics.model import NOT_PRESENT, Location, MemorySegment
from dfuforensics.nrf5 import analysis
from dfuforensics.nrf5.flash_map import assemble, classify_pages, find_fds_pages
from dfuforensics.nrf5.softdevice import SD_MAGIC_NUMBER, read_mbr, read_softdevice_info
from dfuforensics.nrf5.vector_table import VectorTable, check_vector_table, read_vector_table


def mem(segments: dict[int, bytes]) -> MemoryView:
    mv = MemoryView()
    for addr, data in segments.items():
        mv.add(MemorySegment(addr, data, Location("t.bin", offset=0)))
    return mv


def vt(*words: int) -> VectorTable:
    return VectorTable(0x26000, tuple(words) + (0,) * (16 - len(words)), None)


def test_vector_table_checks_each_rule():
    good = vt(0x20010000, 0x26201, 0x26209, 0x26211)
    assert check_vector_table(good, 0x26000, 0x30000, 0x20010000).ok
    thumb = check_vector_table(vt(0x20010000, 0x26200), 0x26000, 0x30000, 0x20010000)
    assert not thumb.ok and "Thumb bit clear" in thumb.problems[0] and not thumb.linked_below
    sp = check_vector_table(vt(0x20010002, 0x26201), 0x26000, 0x30000, 0x20010000)
    assert not sp.ok and "initial SP" in sp.problems[0]
    sp_hi = check_vector_table(vt(0x20020000, 0x26201), 0x26000, 0x30000, 0x20010000)
    assert not sp_hi.ok
    below = check_vector_table(vt(0x20010000, 0x209), 0x26000, 0x30000, 0x20010000)
    assert below.linked_below and not below.ok
    erased = check_vector_table(vt(*(0xFFFFFFFF,) * 16), 0x26000, 0x30000, 0x20010000)
    assert not erased.ok and "erased" in erased.problems[0]


def _table(reset: int, handlers: dict[int, int]) -> VectorTable:
    words = [0x20010000, reset] + [0] * 14
    for slot, addr in handlers.items():
        words[slot] = addr
    return VectorTable(0x26000, tuple(words), None)


def test_link_address_is_judged_by_sp_and_reset_and_most_handlers():
    inside = {2: 0x26209, 3: 0x26211, 11: 0x26219, 14: 0x26221, 15: 0x26229}
    # one odd slot among five agreeing handlers: a stray word, the table still describes this image
    one = check_vector_table(_table(0x26201, {**inside, 2: 0x1235}), 0x26000, 0x30000, 0x20010000)
    assert one.ok and not one.linked_below and one.problems == ()
    assert one.stray == ("NMI handler 0x00001235 is outside the image region 0x00026000-0x00030000",)
    # most handlers elsewhere: the Reset inside is the coincidence, not the link address
    most = check_vector_table(_table(0x26201, {2: 0x209, 3: 0x211, 11: 0x219, 14: 0x26221}), 0x26000, 0x30000,
                              0x20010000)
    assert not most.ok and most.stray == () and len(most.problems) == 3
    # a Reset outside is never a stray, however many handlers agree
    reset = check_vector_table(_table(0x209, inside), 0x26000, 0x30000, 0x20010000)
    assert not reset.ok and reset.linked_below and reset.stray == ()


def test_vector_table_not_given_is_none():
    assert read_vector_table(mem({0x26000: b"\0" * 32}), 0x26000) is None


def _info(size: int, fwid: int, info_size: int = 0x2C, version: int = 7002000) -> bytes:
    body = struct.pack("<B3xIIHHII", info_size, SD_MAGIC_NUMBER, size, fwid, 0xFFFF, 140, version)
    return body + b"u" * 20


def test_softdevice_info_fields_and_absences():
    sd = read_softdevice_info(mem({0x3000: _info(0x27000, 0x100)}))
    assert (sd.fwid, sd.name, sd.version, sd.size, sd.sd_id) == (0x100, "s140_nrf52_7.2.0", "7.2.0", 0x27000, 140)
    assert sd.section() == {"fwid": 0x100, "name": "s140_nrf52_7.2.0", "version": "7.2.0", "size": 0x27000}
    # an old SoftDevice whose structure ends before the version field (s130 2.0.1: size 0x10)
    old = read_softdevice_info(mem({0x3000: _info(0x1B000, 0x87, info_size=0x10)}))
    assert old.version is NOT_PRESENT and old.sd_id is NOT_PRESENT and old.name == "s130_nrf51_2.0.1"
    unknown = read_softdevice_info(mem({0x3000: _info(0x20000, 0x4242)}))
    assert not unknown.known_fwid and "0x4242" in unknown.name
    assert read_softdevice_info(mem({0x3000: b"\xff" * 64})) is NOT_PRESENT
    assert read_softdevice_info(mem({0x7000: b"\xff" * 64})) is None


def test_mbr_page_recognised_only_with_its_own_code():
    page = bytearray(b"\xff" * 0x1000)
    page[:8] = struct.pack("<II", 0x20000400, 0x8E9)
    page[0xFF8:] = struct.pack("<II", 0x78000, 0x7E000)
    m = read_mbr(mem({0: bytes(page)}))
    assert m.looks_like_mbr and m.bootloader_addr == 0x78000 and m.param_page_addr == 0x7E000
    page[:8] = struct.pack("<II", 0x20010000, 0x2F5)  # fine too: code inside the page
    assert read_mbr(mem({0: bytes(page)})).looks_like_mbr
    page[:8] = struct.pack("<II", 0x20010000, 0x1A5)
    page[4:8] = struct.pack("<I", 0x4001)  # an app's reset handler far above the page
    assert not read_mbr(mem({0: bytes(page)})).looks_like_mbr
    assert read_mbr(mem({0x5000: b"\0" * 16})) is None


def test_fds_tags_and_page_classes():
    data = struct.pack("<II", 0xDEADC0DE, 0xF11E01FF) + b"\xff" * 0xFF8
    swap = struct.pack("<II", 0xDEADC0DE, 0xF11E01FE) + b"\xff" * 0xFF8
    wrong = struct.pack("<II", 0xDEADC0DE, 0x12345678) + b"\xff" * 0xFF8
    mv = mem({0x70000: data + swap + wrong + b"\xff" * 0x1000})
    pages = find_fds_pages(mv, 0, 0x80000, 0x1000)
    assert [(p.address, p.kind) for p in pages] == [(0x70000, "data"), (0x71000, "swap")]
    assert classify_pages(mv, 0x70000, 0x74000, 0x1000) == [(0x70000, 0x73000, False), (0x73000, 0x74000, True)]


def test_assemble_never_lists_a_byte_twice():
    from dfuforensics.nrf5.flash_map import Region

    mv = mem({0: b"\xff" * 0x8000})
    regions = assemble(mv, [Region("a", 0x1000, 0x4000, ""), Region("b", 0x3000, 0x5000, "")], 0x8000, 0x1000)
    spans = [(r.name, r.start, r.end) for r in regions]
    assert spans == [("free", 0, 0x1000), ("a", 0x1000, 0x3000), ("b", 0x3000, 0x5000), ("free", 0x5000, 0x8000)]


@pytest.mark.parametrize("content", [os.urandom(0x80000), bytes(0x80000), b"\xff" * 0x80000])
def test_non_nrf5_bytes_give_no_image_facts(content):
    case = case_from({0: content})
    analysis.analyze(case)
    assert case.facts["nrf5"]["layout_recognised"] is False
    assert case.facts["app"]["vector_ok"] is NOT_PRESENT
    assert case.facts["checks"]["app_vector_ok"] is NOT_PRESENT
    assert any("not an nRF5 SDK flash layout" in w.message for w in case.analysis_warnings)


def test_lone_settings_page_decides_chip_and_reports_progress(tmp_path):
    page = (SAMPLES / "interrupted-transfer" / "flash.bin@0x0").read_bytes()[0x7F000:]
    f = tmp_path / "settings_page.bin"
    f.write_bytes(page)
    case = analyze_unit(f)
    assert case.facts["nrf5"]["chip_candidates"] == ["nrf52832", "nrf52833"]
    assert case.facts["checks"]["transfer_in_progress"] is True
    assert case.facts["app"]["present"] is NOT_PRESENT  # not given: unknown, not "absent"
    assert [r["name"] for r in case.sections["flash_map"]] == ["settings"]


def test_ram_only_is_not_ours():
    case = case_from({0x20000000: os.urandom(0x1000)})
    analysis.analyze(case)
    assert "flash_map" not in case.sections and "nrf5" not in case.facts


def test_uicr_only_says_what_it_can():
    uicr = bytearray(b"\xff" * 0x100)
    case = case_from({0x10001000: bytes(uicr)})
    analysis.analyze(case)
    assert case.facts["uicr"]["nrffw0"] == 0xFFFFFFFF
    assert case.facts["checks"]["bootloader_address_set"] is False
    assert case.facts["nrf5"]["chip"] is NOT_PRESENT


def test_garbage_address_words_are_not_taken_as_addresses():
    flash = bytearray((SAMPLES / "nrf52832-healthy" / "flash.bin@0x0").read_bytes())
    flash[0xFF8:0x1000] = struct.pack("<II", 0x12345677, 0x7E000)
    case = case_from({0: bytes(flash), 0x10001000: b"\xff" * 0x100})
    analysis.analyze(case)
    assert case.facts["checks"]["bootloader_address_set"] is False
    assert case.facts["bootloader"]["found_by_scan"] == 0x78000
    assert any("0x12345677" in w.message for w in case.analysis_warnings)


def test_truncated_dump_keeps_what_it_has():
    flash = (SAMPLES / "nrf52832-healthy" / "flash.bin@0x0").read_bytes()[:0x30000]
    case = case_from({0: flash})
    analysis.analyze(case)
    assert case.facts["softdevice"]["fwid"] == 0xB7
    assert case.facts["checks"]["bank0_crc_matches"] is NOT_PRESENT  # no settings: nothing to compare
    assert case.sections["flash_map"][-1]["end"] == 0x30000
