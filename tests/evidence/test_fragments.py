"""The fragment reader: bare lines no parser claims, read by their words alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from dfuforensics.case import Case, read_source
from dfuforensics.evidence import all_parsers, detect
from dfuforensics.evidence.fragments import MAX_SCORE, FragmentReader
from dfuforensics.sources import expand


def read(tmp_path: Path, text: str, name: str = "fragment.txt") -> tuple[str, list]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    case = Case()
    rec = read_source(case, expand([str(path)])[0])
    return rec.kind, case.events


@pytest.mark.parametrize("text, kind, fields", [
    # the examples: response bytes (a trailing SLIP END), an SDK validation line, a list
    ("0x60 0x04 0x0B 0x06 0xC0\n", "dfu.response",
     {"op": "EXECUTE", "result": "EXT_ERROR", "ext_error": "HW_VERSION_FAILURE"}),
    ("Faulty HW version.\n", "dfu.validation", {"check": "hw_version", "ok": False, "ext_error": "HW_VERSION_FAILURE"}),
    ("[0x60, 0x01, 0x04]\n", "dfu.response", {"op": "CREATE", "result": "INSUFFICIENT_RESOURCES"}),
    # MCUboot's own words, no level tag
    ("Image in the secondary slot is not valid!\n", "mcuboot.image_invalid", {"slot": "secondary"}),
    # a host library's words
    ("Remote DFU error: OPERATION FAILED\n", "dfu.response", {"result": "OPERATION_FAILED"}),
    # quoted by whoever wrote the post
    ('"Faulty HW version."\n', "dfu.validation", {"check": "hw_version", "ok": False}),
    ("\u201cImage in the secondary slot is not valid!\u201d\n", "mcuboot.image_invalid", {"slot": "secondary"}),
])
def test_one_bare_line_is_read_by_its_words(tmp_path: Path, text: str, kind: str, fields: dict) -> None:
    _kind, events = read(tmp_path, text)
    assert [e.kind for e in events] == [kind]
    assert {k: events[0].fields.get(k) for k in fields} == fields


def test_an_excerpt_of_sdk_lines_keeps_the_state_between_them(tmp_path: Path) -> None:
    """The response after a validation line gets the extended error the bootloader never logs, and the
    lines get the module and level of the format that printed them."""
    kind, events = read(tmp_path, "Handle NRF_DFU_OP_OBJECT_EXECUTE (command)\nSD req not met.\n"
                                  "Request handling complete. Result: 0xB\n")
    assert kind == "nrf-log"
    resp = [e for e in events if e.kind == "dfu.response"][0]
    assert resp.fields["op"] == "EXECUTE" and resp.fields["ext_error"] == "SD_VERSION_FAILURE"
    assert resp.fields["ext_error_inferred"] is True and resp.fields["ext_error_line"] == 2
    val = [e for e in events if e.kind == "dfu.validation"][0]
    assert (val.level, val.module, val.fields["bare"]) == ("warning", "nrf_dfu_ver_validation", True)


def test_lines_it_does_not_know_are_kept_and_counted(tmp_path: Path) -> None:
    kind, events = read(tmp_path, "SD req not met.\nmy own debug print 42\nFaulty HW version.\n")
    assert kind == "nrf-log"
    assert [e.kind for e in events] == ["dfu.validation", "unparsed", "dfu.validation"]


def test_it_never_outbids_a_real_parser() -> None:
    """Its score stays below every real parser's claim; a weak fault-text claim it may beat."""
    assert MAX_SCORE < 0.5
    assert isinstance(all_parsers()[-1], FragmentReader)


def test_prose_with_one_dfu_word_is_not_claimed(tmp_path: Path) -> None:
    lines = [f"This is line {i} of an ordinary text file about nothing much." for i in range(40)]
    lines.insert(20, "We saw SD req not met. once.")
    path = tmp_path / "notes.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert detect(expand([str(path)])[0]) is None


def test_a_real_log_stays_with_its_parser(tmp_path: Path) -> None:
    kind, _events = read(tmp_path, "<warning> nrf_dfu_ver_validation: SD req not met.\nSD req not met.\n")
    assert kind == "nrf-log"
    path = tmp_path / "fragment.txt"
    assert not isinstance(detect(expand([str(path)])[0]), FragmentReader)


def test_a_write_up_about_a_failure_is_not_its_evidence(tmp_path: Path) -> None:
    """A Markdown note quoting the bootloader's words is somebody's notes, not a log of the failure."""
    note = ("# DFU fails with SD req not met\n\n- Source: a forum thread\n- Platform: nRF52840\n\n"
            "## What was seen\nThe bootloader said:\nSD req not met.\nRequest handling complete. Result: 0xB\n"
            "## Fix\n- regenerate the package with the right --sd-req\n")
    path = tmp_path / "truth.md"
    path.write_text(note, encoding="utf-8")
    assert detect(expand([str(path)])[0]) is None
    bare = tmp_path / "excerpt.txt"  # the same lines pasted on their own are evidence
    bare.write_text("SD req not met.\nRequest handling complete. Result: 0xB\n", encoding="utf-8")
    assert isinstance(detect(expand([str(bare)])[0]), FragmentReader)


@pytest.mark.parametrize("line, kind", [
    # a port's tags and a function name before MCUboot's own words (mynewt-style logger)
    ("[MCUBOOT] [ERR] main: Unable to find bootable image", "mcuboot.error"),
    # an RTOS logger's level letter and module before the nRF5 SDK's words
    ("I/ dfu: Faulty HW version.", "dfu.validation"),
])
def test_an_unknown_loggers_prefix_is_peeled(tmp_path: Path, line: str, kind: str) -> None:
    _kind, events = read(tmp_path, line + "\n" + line + "\n")
    assert [e.kind for e in events] == [kind, kind]
