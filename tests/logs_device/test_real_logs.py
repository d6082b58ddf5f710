"""Every device-side log in ../shared/cases and ../shared/samples: recognised, counted, and decoded.

The counts are pinned: (input kind, events, unparsed events, warnings).  Unparsed lines in the samples
are the curators' "# source:" line, mcumgr CLI output pasted into the same file, a shell prompt, and
one lost fragment ("0x1") -- each is an ``unparsed`` event and counted, nothing is dropped.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from dfuforensics.evidence import detect
from dfuforensics.evidence.nrf_log import NrfLogParser, grammar_terminals, lark_parser
from dfuforensics.evidence.textutil import clean_line
from dfuforensics.evidence.zephyr_log import ZephyrLogParser
from dfuforensics.model import Event
from dfuforensics.sources import expand

from .parsed import grammar_agreement, parse

PINNED = [
    ("cases/ncs-nrf91-slm-fota-not-confirmed-revert/input.log", "mcuboot-log", 21, 0, 0),
    ("cases/ncs53-ftp-ascii-mode-secondary-invalid/input.log", "mcuboot-log", 7, 0, 0),
    ("cases/sdk15-fwactivation-false-assert-after-dfu/input.log", "nrf-log", 14, 0, 0),
    ("cases/sdk16-serial-sd-req-not-met-0xB/input.log", "nrf-log", 5, 0, 0),
    ("cases/sdk16-uart-no-firmware-to-activate-app-reset-loop/input.log", "nrf-log", 29, 0, 0),
    ("cases/sdk17-uart-bl-no-softdevice-stuck-0pct/input.log", "nrf-log", 24, 0, 0),
    ("cases/sdk17-usb-interrupted-dfu-buffer-exhaustion/input.log", "nrf-log", 55, 1, 2),
    ("samples/mcuboot_devzone111117_ncs26_nrf5340_secondary_invalid.log", "mcuboot-log", 8, 1, 2),
    ("samples/mcuboot_devzone63073_nrf9160_ncs120_to_130_stuck.log", "mcuboot-log", 16, 1, 2),
    ("samples/mcuboot_devzone89871_slm_not_confirmed_revert.log", "mcuboot-log", 24, 1, 2),
    ("samples/mcuboot_issue1167_wrong_key_primary_boots.log", "mcuboot-log", 7, 1, 2),
    ("samples/mcuboot_issue1588_ncs_b0_then_mcuboot.log", "mcuboot-log", 13, 2, 3),
    ("samples/mcuboot_issue1592_app_side_swaptype.log", "mcuboot-log", 3, 1, 2),
    ("samples/mcuboot_issue2811_swap_offset_bootstrap.log", "mcuboot-log", 24, 1, 2),
    ("samples/mcuboot_issue480_zephyr114_old_format.log", "mcuboot-log", 13, 1, 2),  # + its image list
    ("samples/mcuboot_pr2283_ncs_banner_move_primary_invalid.log", "mcuboot-log", 13, 1, 2),
    ("samples/mcuboot_pr784_direct_xip_unable.log", "mcuboot-log", 2, 1, 2),
    ("samples/mcuboot_zephyr22903_unable_to_find_bootable.log", "mcuboot-log", 11, 1, 2),
    ("samples/mcuboot_zephyr24243_max_img_sectors.log", "mcuboot-log", 13, 2, 3),
    ("samples/mcuboot_zephyr58103_not_enough_space_pending.txt", "mcuboot-log", 9, 1, 2),  # + mcumgr output
    ("samples/mcumgr_devzone106962_boot_set_next_code3.txt", "zephyr-log", 3, 2, 3),
]
DEVICE_KINDS = {"nrf-log", "zephyr-log", "mcuboot-log"}


@pytest.mark.parametrize("rel,kind,n_events,n_unparsed,n_warnings", PINNED, ids=[p[0].split("/")[-2 if p[0].startswith("cases") else -1][:40] for p in PINNED])
def test_real_device_log_recognised_and_counted(shared: Path, rel: str, kind: str, n_events: int,
                                                n_unparsed: int, n_warnings: int) -> None:
    # parsed with our parser even where another room's sniffer scores a mixed file higher
    parser = NrfLogParser() if kind == "nrf-log" else ZephyrLogParser()
    got_kind, events, warnings = parse(shared / rel, parser)
    assert detect(expand([str(shared / rel)])[0]) is not None  # recognised by someone: kind not unknown
    unparsed = sum(e.kind == "unparsed" for e in events)
    assert (got_kind, len(events), unparsed, len(warnings)) == (kind, n_events, n_unparsed, n_warnings)
    if unparsed:  # one summary warning naming the first lines, plus capped per-line warnings
        assert f"{unparsed} line(s) not understood" in warnings[-1].message
    assert all(e.source == str(shared / rel) and e.line for e in events)


def test_every_device_side_input_is_claimed(shared: Path) -> None:
    """Every case/sample with device log lines is one of our kinds (host logs belong to logs-host)."""
    pinned = {shared / p[0] for p in PINNED}
    for path in sorted((shared / "cases").glob("*/input*.log")) + sorted((shared / "samples").glob("mcu*")):
        text = path.read_text(encoding="utf-8", errors="replace")
        device = any(tag in text for tag in ("<info> ", "<debug> ", "<inf> ", "<err> ", "\nI: ", "\nW: "))
        assert device == (path in pinned), path


def _by_kind(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.kind == kind]


def test_sd_req_ext_error_inferred_on_every_response_layer(shared: Path) -> None:
    _, events, _ = parse(shared / "cases/sdk16-serial-sd-req-not-met-0xB/input.log")
    [val] = _by_kind(events, "dfu.validation")
    assert (val.fields["check"], val.fields["ok"], val.fields["ext_error"]) == ("sd_req", False, "SD_VERSION_FAILURE")
    responses = _by_kind(events, "dfu.response")
    assert [r.fields["layer"] for r in responses] == ["req_handler", "transport", "transport_tx"]
    for r in responses:
        assert r.fields["result"] == "EXT_ERROR" and r.fields["ext_error"] == "SD_VERSION_FAILURE"
        assert r.fields["ext_error_inferred"] is True and r.fields["ext_error_line"] == 1
    assert responses[-1].fields["op"] == "EXECUTE" and "op_inferred" not in responses[-1].fields


def test_ext_error_inference_is_general(tmp_path: Path) -> None:
    """The same inference on other validation failures (§3.3), and none without a preceding line."""
    log = tmp_path / "fw_version.log"
    log.write_text("<debug> nrf_dfu_req_handler: Handle NRF_DFU_OP_OBJECT_EXECUTE (command)\n"
                   "<warning> nrf_dfu_ver_validation: FW version too low.\n"
                   "<debug> nrf_dfu_req_handler: Request handling complete. Result: 0xB\n"
                   "<debug> nrf_dfu_req_handler: Handle NRF_DFU_OP_OBJECT_EXECUTE (command)\n"
                   "<debug> nrf_dfu_req_handler: Request handling complete. Result: 0xB\n"
                   "<warning> nrf_dfu_validation: Hash verification failed.\n"
                   "<warning> nrf_dfu_ble: DFU request 4 failed with error: 0xB\n")
    _, events, _ = parse(log)
    r1, r2, r3 = _by_kind(events, "dfu.response")
    assert (r1.fields["op"], r1.fields["op_inferred"], r1.fields["ext_error"]) == ("EXECUTE", True, "FW_VERSION_FAILURE")
    assert r2.fields["ext_error_inferred"] is False and "ext_error" not in r2.fields  # new request, no reason
    assert (r3.fields["op"], r3.fields["ext_error"]) == ("EXECUTE", "VERIFICATION_FAILED")


def test_usb_buffer_exhaustion_log(shared: Path) -> None:
    _, events, _ = parse(shared / "cases/sdk17-usb-interrupted-dfu-buffer-exhaustion/input.log")
    errors = _by_kind(events, "transport.error")
    assert [e.fields["name"] for e in errors] == ["usb_cdc_read", "buffer_exhausted", "buffer_exhausted"]
    assert errors[0].fields["code"] == 0x92
    last = _by_kind(events, "dfu.response")[-1]
    assert (last.fields["result"], last.fields["op"]) == ("INVALID_PARAMETER", "WRITE")
    create = [e for e in _by_kind(events, "dfu.object") if e.fields["action"] == "create"]
    assert create[0].fields == {"object_type": "DATA", "action": "create", "size": 4096, "offset": 0, "crc": 0,
                                "template": "Creating object with size: %d. Offset: 0x%08x, CRC: 0x%08x"}
    # "source, write not needed. Skipping." is the tail of a record whose start was lost
    frag = [e for e in events if e.fields.get("fragment")]
    assert len(frag) == 1 and frag[0].fields["template"].startswith("Destination settings are identical")


def test_fault_decoded_and_rtt_blank_lines_skipped(shared: Path) -> None:
    _, events, _ = parse(shared / "cases/sdk15-fwactivation-false-assert-after-dfu/input.log")
    faults = _by_kind(events, "fault")
    assert len(faults) == 2
    f = faults[-1].fields
    assert (f["fault_type"], f["id"], f["id_name"], f["fault_kind"], f["pc"], f["info"]) == \
        ("bootloader_fault", 0x4002, "SDK_ASSERT", "sdk_assert", 0, 0x2000C160)
    assert [e.fields["action"] for e in _by_kind(events, "settings.state")] == ["using_page", "backup_written"]
    assert _by_kind(events, "boot.activation")[0].fields["result"] == "started"


def test_glued_records_are_split(shared: Path) -> None:
    _, events, _ = parse(shared / "cases/sdk16-uart-no-firmware-to-activate-app-reset-loop/input.log")
    starts = _by_kind(events, "boot.start")
    assert len(starts) == 3
    per_line = Counter(e.line for e in events)
    [glued_line] = [n for n, c in per_line.items() if c > 1]  # "...0x7E000.<info> app: Inside main"
    glued = [e for e in events if e.line == glued_line]
    assert [e.kind for e in glued] == ["settings.state", "boot.start"]
    assert glued[1].text == "<info> app: Inside main" and glued[0].fields["address"] == 0x7E000
    assert sum(e.kind == "log.gap" for e in events) == 2  # the poster's "..." elisions


def test_mcuboot_states_decoded(shared: Path) -> None:
    _, events, _ = parse(shared / "cases/ncs53-ftp-ascii-mode-secondary-invalid/input.log")
    slots = {e.fields["slot"]: e.fields for e in _by_kind(events, "mcuboot.slot_state")}
    assert slots["secondary"]["magic"] == "good" and slots["secondary"]["swap_type"] == "test"
    assert slots["primary"]["image_ok"] == "unset"
    [swap] = _by_kind(events, "mcuboot.swap_type")
    assert (swap.fields["swap_type"], swap.fields["image_index"], swap.t) == ("test", 0, 0.286499)
    [bad] = _by_kind(events, "mcuboot.image_invalid")
    assert bad.fields["slot"] == "secondary" and bad.level == "error" and bad.clock == "device"
    _, events, _ = parse(shared / "cases/ncs-nrf91-slm-fota-not-confirmed-revert/input.log")
    assert [e.fields["swap_type"] for e in _by_kind(events, "mcuboot.swap_type")] == ["test", "revert"]
    assert all(e.module is None for e in _by_kind(events, "mcuboot.swap_type"))  # minimal mode: no module


def test_banners_legacy_trailer_and_glued_banners(shared: Path) -> None:
    _, events, _ = parse(shared / "samples/mcuboot_issue480_zephyr114_old_format.log")
    assert [e.fields.get("copy_done") for e in _by_kind(events, "mcuboot.slot_state")] == ["unset", "0x0"]
    _, events, _ = parse(shared / "samples/mcuboot_zephyr22903_unable_to_find_bootable.log")
    line2 = [e for e in events if e.line == 2]
    assert [e.kind for e in line2] == ["boot.start", "boot.start"]  # a reset cut the first banner
    _, events, _ = parse(shared / "samples/mcuboot_pr2283_ncs_banner_move_primary_invalid.log")
    starts = _by_kind(events, "boot.start")
    assert starts[0].fields["stage"] == "mcuboot" and starts[0].fields["version"] == "v2.1.0-dev-7bdc0e1ebfd8"
    _, events, _ = parse(shared / "samples/mcuboot_issue1588_ncs_b0_then_mcuboot.log")
    b0 = [e for e in events if e.fields.get("template", "").startswith(("Attempting", "Firmware", "Booting ("))]
    assert len(b0) >= 4


def test_grammar_and_hot_path_regexes_agree(shared: Path, tmp_path: Path) -> None:
    """The lark grammar is the definition; the regexes compiled from its terminals must accept exactly
    the lines it accepts (real lines of every device log, cleaned as the slow path cleans them)."""
    for parser in (NrfLogParser(), ZephyrLogParser()):
        parser.compile()
        grammar = lark_parser(parser.grammar)
        assert "CLOCK" in grammar_terminals(parser.grammar)
        regexes = [parser.record] + [getattr(parser, n) for n in ("legacy", "minimal", "banner") if hasattr(parser, n)]
        lines = set()
        for rel, *_ in PINNED:
            for raw in (shared / rel).read_text(encoding="utf-8", errors="replace").splitlines():
                text, _ = clean_line(raw)
                if text:
                    lines.add(text)
        assert grammar_agreement(grammar, regexes, lines, parser.kind) > 50


def test_jsonl_is_event_json(shared: Path) -> None:
    """The streaming writer prints exactly the report's timeline[] objects."""
    import io

    from dfuforensics.commands.timeline import _Jsonl
    from dfuforensics.report.model import event_json

    events = []
    for rel, kind, *_ in PINNED:
        events += parse(shared / rel, NrfLogParser() if kind == "nrf-log" else ZephyrLogParser())[1]
    out = io.StringIO()
    _Jsonl(out).write(events)
    assert out.getvalue().splitlines() == [json.dumps(event_json(e)) for e in events]
    assert Counter(e.kind for e in events)["unparsed"] == sum(p[3] for p in PINNED)


def test_whole_log_on_one_line_gives_the_same_events(shared: Path, tmp_path: Path) -> None:
    """A forum copy that lost every line break: records are split at each ``<level> module:`` (RTT
    prefixes included).  Logs whose lines hold fragments ("0x1") cannot round-trip: once glued, a
    fragment is part of the message before it."""
    for rel in ("cases/sdk17-uart-bl-no-softdevice-stuck-0pct/input.log",
                "cases/sdk16-serial-sd-req-not-met-0xB/input.log",
                "cases/sdk15-fwactivation-false-assert-after-dfu/input.log"):
        _, events, _ = parse(shared / rel, NrfLogParser())
        lines = (shared / rel).read_text(encoding="utf-8").splitlines()
        one = tmp_path / "one.log"
        one.write_text("".join(lines) + "\n", encoding="utf-8")
        _, glued, _ = parse(one, NrfLogParser())
        records = [e for e in events if e.module]
        assert [(e.kind, e.level, e.module) for e in glued if e.module] == \
            [(e.kind, e.level, e.module) for e in records]
        assert {e.line for e in glued} == {1}
