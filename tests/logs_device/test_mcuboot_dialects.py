"""MCUboot logs printed outside Zephyr's logging: TF-M BL2 / port ``[INF] msg``, mbed-trace
``[INFO][MCUb]: msg``, the Espressif port's ``[esp32c3] [INF] msg`` and bare lines.

Fixtures (``mcuboot_dialects/``) are in the line shapes of real posted logs (first line names the post).
They must come out as ``mcuboot-log`` with the same MCUboot events a Zephyr-format log gives, and a
TF-M log must lead ``analyze`` to the finding the Zephyr-format log of the same failure leads to.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dfuforensics.evidence.nrf_log import lark_parser
from dfuforensics.evidence.textutil import clean_line
from dfuforensics.evidence.zephyr_log import ZephyrLogParser
from dfuforensics.model import Event
from dfuforensics.sources import expand

from .parsed import grammar_agreement, parse

HERE = Path(__file__).resolve().parent / "mcuboot_dialects"


def kinds(events: list[Event]) -> list[tuple[int, str]]:
    return [(e.line, e.kind) for e in events if e.kind not in ("log.line", "unparsed")]


# file -> (events, unparsed lines, MCUboot-specific (line, kind) in order)
PINNED = {
    "tfm_bl2_secondary_invalid.log": (11, [1, 11], [
        (2, "boot.start"), (4, "mcuboot.slot_state"), (5, "mcuboot.slot_state"), (7, "mcuboot.swap_type"),
        (8, "mcuboot.image_invalid"), (10, "boot.app_start")]),
    "tfm_bl2_scratch_swap_debug.log": (9, [1], [
        (2, "boot.start"), (3, "mcuboot.slot_state"), (4, "mcuboot.slot_state"), (6, "mcuboot.swap_type"),
        (9, "mcuboot.error")]),
    "tfm_bl2_nxp_reboot_loop.log": (19, [1], [
        (2, "boot.start"), (6, "mcuboot.swap_type"), (7, "mcuboot.swap_type"), (10, "boot.app_start"),
        (11, "boot.start"), (15, "mcuboot.swap_type"), (16, "mcuboot.swap_type"), (19, "boot.app_start")]),
    "mbed_trace_primary_bad.log": (9, [1], [
        (3, "mcuboot.slot_state"), (4, "mcuboot.slot_state"), (6, "mcuboot.swap_type")]),
    "bare_revert.log": (10, [1, 10], [
        (2, "boot.start"), (3, "mcuboot.slot_state"), (4, "mcuboot.slot_state"), (6, "mcuboot.swap_type"),
        (9, "boot.app_start")]),
}


@pytest.mark.parametrize("name", sorted(PINNED))
def test_kind_events_and_unparsed_lines_are_pinned(name: str) -> None:
    n_events, unparsed, specific = PINNED[name]
    kind, events, warnings = parse(HERE / name)
    assert kind == "mcuboot-log"
    assert len(events) == n_events
    assert [e.line for e in events if e.kind == "unparsed"] == unparsed
    assert kinds(events) == specific
    summary = [w for w in warnings if w.location.line is None]
    assert len(summary) == 1 and summary[0].message.startswith(f"{len(unparsed)} line(s) not understood")


def test_tfm_fields_equal_the_zephyr_format_log_of_the_same_boot(shared: Path) -> None:
    """The TF-M fixture prints the boot of the DevZone 111117 log; field for field, the same events."""
    _, tfm, _ = parse(HERE / "tfm_bl2_secondary_invalid.log")
    _, zephyr, _ = parse(shared / "samples/mcuboot_devzone111117_ncs26_nrf5340_secondary_invalid.log")

    def meaning(events: list[Event]) -> list[tuple[str, str | None, dict]]:
        return [(e.kind, e.level, e.fields) for e in events if e.kind.startswith("mcuboot.")]

    assert meaning(tfm) == meaning(zephyr)
    invalid = [e for e in tfm if e.kind == "mcuboot.image_invalid"]
    assert invalid[0].fields == {"slot": "secondary", "template": "Image in the %s slot is not valid!"}


def test_level_tags_are_mapped() -> None:
    _, tfm, _ = parse(HERE / "tfm_bl2_secondary_invalid.log")
    _, debug, _ = parse(HERE / "tfm_bl2_scratch_swap_debug.log")
    _, mbed, _ = parse(HERE / "mbed_trace_primary_bad.log")
    levels = {e.text.split("]")[0] + "]": e.level for e in tfm + debug if e.text.startswith("[")}
    assert levels == {"[INF]": "info", "[WRN]": "warning", "[ERR]": "error", "[DBG]": "debug"}
    assert {e.text[:6]: e.level for e in mbed if e.text.startswith("[")} == {"[INFO]": "info", "[ERR ]": "error"}
    # a port prints no module; mbed-trace's group is kept as the module
    assert {e.module for e in tfm if e.kind != "unparsed"} == {None}
    assert [e.module for e in mbed if e.kind == "mcuboot.slot_state"] == ["MCUb", "MCUb"]
    # MCUboot's "panic!" at error level is an MCUboot error; a TF-M warning of its own stays a log line
    assert [e.fields["message"] for e in debug if e.kind == "mcuboot.error"] == ["panic!"]
    assert [(e.kind, e.level) for e in tfm if e.line == 3] == [("log.line", "warning")]


def test_bare_lines_take_their_format_rows_level_and_the_same_meaning() -> None:
    """A line printed with no prefix carries no level; the format string that printed it does (its
    BOOT_LOG_* row), so the event gets that level back and says it was read bare."""
    _, events, _ = parse(HERE / "bare_revert.log")
    slots = [e for e in events if e.kind == "mcuboot.slot_state"]
    assert slots[0].fields["slot"] == "primary" and slots[0].fields["swap_type"] == "test"
    assert slots[0].fields["copy_done"] == "set"
    assert [e.fields["swap_type"] for e in events if e.kind == "mcuboot.swap_type"] == ["revert"]
    assert {e.level for e in slots} == {"info"} and all(e.fields["bare"] for e in slots)
    assert {e.level for e in events if not e.fields.get("bare")} == {None}


def test_espressif_chip_tag_is_read_but_one_mcuboot_line_claims_nothing() -> None:
    """One MCUboot line among ESP-IDF's own is not enough for the sniffer; parsed as MCUboot, it reads."""
    path = HERE / "espressif_port.log"
    assert ZephyrLogParser().sniff(expand([str(path)])[0]) == 0.0
    kind, events, _ = parse(path, ZephyrLogParser())
    assert kind == "mcuboot-log"
    assert [(e.line, e.kind, e.level, e.fields.get("image_index")) for e in events if e.kind != "unparsed"] == [
        (4, "mcuboot.swap_type", "info", 0), (5, "log.line", "info", None)]


@pytest.mark.parametrize("text", [
    # one MCUboot line in someone else's log
    "[INF] Starting bootloader\n[INF] connecting to broker\n[ERR] timeout\n[INF] retry 3\n",
    # several lines, one format: a word, not a log
    "Starting bootloader\nStarting bootloader\nStarting bootloader\nhello\n",
    # a tag alone proves nothing
    "[INF] a\n[WRN] b\n[ERR] c\n[DBG] d\n[INF] e\n",
    # mbed-trace of an application without MCUboot
    "[INFO][main]: Started\n[ERR ][net]: DNS failed\n[INFO][main]: Retrying\n",
])
def test_the_sniffer_does_not_claim_other_logs(tmp_path: Path, text: str) -> None:
    path = tmp_path / "other.log"
    path.write_text(text)
    assert ZephyrLogParser().sniff(expand([str(path)])[0]) == 0.0


def test_grammar_and_regexes_agree_on_the_new_lines() -> None:
    parser = ZephyrLogParser()
    parser.compile()
    grammar = lark_parser(parser.grammar)
    regexes = [parser.record, parser.minimal, parser.banner, parser.bracketed, parser.trace]
    lines = {clean_line(raw)[0] for f in sorted(HERE.glob("*.log")) for raw in f.read_text().splitlines()} - {""}
    assert grammar_agreement(grammar, regexes, lines) >= 30


def analyze(path: Path) -> dict:
    out = subprocess.run([sys.executable, "-m", "dfuforensics", "analyze", "--format", "json", str(path)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode in (0, 1), out.stderr
    return json.loads(out.stdout)


def test_analyze_gives_the_zephyr_log_finding_for_a_tfm_log(shared: Path) -> None:
    keys = ("rule_id", "category", "title", "severity", "confidence", "remediation")
    tfm = analyze(HERE / "tfm_bl2_secondary_invalid.log")
    zephyr = analyze(shared / "samples/mcuboot_devzone111117_ncs26_nrf5340_secondary_invalid.log")
    assert [i["kind"] for i in tfm["inputs"]] == ["mcuboot-log"]
    found = [{k: f[k] for k in keys} for f in tfm["findings"]]
    assert found == [{k: f[k] for k in keys} for f in zephyr["findings"]]
    assert [f["category"] for f in found] == ["image-invalid"]


def test_same_input_same_events() -> None:
    for name in sorted(PINNED):
        assert parse(HERE / name)[1] == parse(HERE / name)[1]
