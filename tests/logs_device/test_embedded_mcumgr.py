"""mcumgr output pasted into a device log (a forum post's log, then the commands the poster ran): the
MCUboot/Zephyr parser reads the tool's blocks as the mcumgr parser's own events, at their lines, and the
findings cite them; lines that only look like the tool's, outside a block, are not taken."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from dfuforensics.evidence.mcumgr import McumgrReader

from .parsed import parse

HERE = Path(__file__).resolve().parent / "embedded"


def test_real_post_log_then_commands(shared: Path) -> None:
    """zephyr#58103 as posted: two MCUboot warnings, then `image list` (slot 1 pending) and `image erase`
    failing with Error: 6."""
    kind, events, warnings = parse(shared / "samples/mcuboot_zephyr58103_not_enough_space_pending.txt")
    assert kind == "mcuboot-log"
    got = [(e.kind, e.line) for e in events]
    assert got == [("unparsed", 1), ("mcuboot.error", 2), ("mcuboot.error", 3), ("mcumgr.command", 5),
                   ("mcumgr.image_state", 7), ("mcumgr.image_state", 12), ("mcumgr.split_status", 17),
                   ("mcumgr.command", 18), ("mcumgr.error", 19)]
    slots = [e.fields for e in events if e.kind == "mcumgr.image_state"]
    assert [(s["slot"], s["active"], s["confirmed"], s["pending"]) for s in slots] == [(0, True, True, False),
                                                                                        (1, False, False, True)]
    assert slots[1]["hash"] == "ef1bcc89678e7c523bb25b78d10c946742adafa60694df40b26c35fc16e7d0de"
    error = next(e for e in events if e.kind == "mcumgr.error")
    assert error.fields == {"rc": 6, "name": "EBADSTATE"}
    assert [e.fields["op"] for e in events if e.kind == "mcumgr.command"] == ["image list", "image erase"]
    assert len(warnings) == 2 and "lines 1)" in warnings[-1].message  # only the "# source" line is not read


def test_minimal_mode_log_then_image_list() -> None:
    kind, events, _warnings = parse(HERE / "mcuboot_log_then_image_list.log")
    assert kind == "mcuboot-log"
    assert [e.kind for e in events if e.kind.startswith("mcuboot.")][:2] == ["mcuboot.slot_state", "mcuboot.slot_state"]
    assert [(e.kind, e.line) for e in events if e.kind.startswith("mcumgr.")] == [
        ("mcumgr.command", 10), ("mcumgr.image_state", 12), ("mcumgr.image_state", 17), ("mcumgr.split_status", 22)]
    assert not [e for e in events if e.kind == "unparsed" and e.line > 1]


def test_only_blocks_are_taken_and_slots_keep_their_place() -> None:
    """Tool-like lines of the application (no command or `Images:` before them) stay the log's; a block
    ends at the first line that is not the tool's; a slot's event comes before the record after it."""
    _kind, events, _warnings = parse(HERE / "zephyr_log_with_tool_words.log")
    by_line = {e.line: e.kind for e in events}
    assert all(by_line[n] != "mcumgr.command" and not by_line[n].startswith("mcumgr.") for n in (4, 5, 6, 7))
    assert by_line[8] == "mcumgr.command" and by_line[10] == "mcumgr.image_state"
    kinds = [(e.kind, e.line) for e in events]
    assert kinds.index(("mcumgr.image_state", 10)) < kinds.index(("log.line", 15))
    assert not by_line[16].startswith("mcumgr.")  # "flags:" after the block ended


def test_reader_embedded_and_standalone() -> None:
    standalone, embedded = McumgrReader("x"), McumgrReader("x", embedded=True)
    assert standalone.feed(1, "Error: 2", "Error: 2")[0] is True
    assert embedded.feed(1, "Error: 2", "Error: 2") == (False, [])
    for line in ("$ mcumgr image list", "sudo mcumgr --conntype ble x image list", "/opt/go/bin/newtmgr image list",
                 "pi@raspberrypi:~ $ mcumgr -c serial image upload app.bin"):
        taken, records = McumgrReader("x", embedded=True).feed(1, line, line)
        assert taken and records[0].kind == "mcumgr.command", line
    for line in ("Starting mcumgr over UART", "mcumgr_transport: ready", "I: mcumgr"):
        assert McumgrReader("x", embedded=True).feed(1, line, line) == (False, []), line


def test_analyze_cites_the_image_list_lines(shared: Path) -> None:
    sample = shared / "samples/mcuboot_zephyr58103_not_enough_space_pending.txt"
    run = subprocess.run([sys.executable, "-m", "dfuforensics", "analyze", str(sample), "--format", "json"],
                         capture_output=True, text=True)
    assert run.returncode == 1, run.stderr  # the contract's "an error-severity finding"
    finding = json.loads(run.stdout)["findings"][0]
    cited = {(ev.get("line"), ev["text"]) for ev in finding["evidence"]}
    assert (12, "mcuboot.mcumgr.pending = true") in cited and (7, "mcuboot.mcumgr.active_slot = 0") in cited
    assert all(ev["input"] == str(sample) for ev in finding["evidence"])


def test_input_ending_inside_a_block(tmp_path: Path) -> None:
    """The last slot, cut by the end of the paste, is still given (the block parse and the line-by-line
    reference agree)."""
    from dfuforensics.evidence.zephyr_log import ZephyrLogParser
    from dfuforensics.sources import expand

    from .reference import reference_parse

    log = tmp_path / "cut.log"
    log.write_text("[00:00:00.004,638] <inf> mcuboot: Starting bootloader\n$ mcumgr -c acm0 image list\n"
                   "Images:\n image=0 slot=0\n    version: 1.0.0\n    bootable: true\n", encoding="utf-8")
    _kind, events, _warnings = parse(log)
    [slot] = [e for e in events if e.kind == "mcumgr.image_state"]
    assert (slot.line, slot.fields["version"], slot.fields["bootable"]) == (4, "1.0.0", True)
    source = expand([str(log)])[0]
    assert list(ZephyrLogParser().parse(source)) == list(reference_parse(ZephyrLogParser(), source))
