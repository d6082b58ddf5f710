"""Timeline and DFU session reconstruction on real logs (cases) and the rule fixtures' real-format logs."""

from __future__ import annotations

from pathlib import Path

from dfuforensics.analysis.timeline import Timeline, boot_epochs, merge_order
from dfuforensics.model import Event
from dfuforensics.pipeline import build_case, run_analyses
from dfuforensics.sources import expand

FIX = Path(__file__).resolve().parents[2] / "dfuforensics" / "rules" / "builtin" / "nrf5_dfu" / "fixtures"


def analysed(*paths):
    case = build_case(expand([str(p) for p in paths]))
    run_analyses(case)
    assert case.analysis_warnings == []
    return case


def test_usb_interrupted_case(shared):
    case = analysed(shared / "cases" / "sdk17-usb-interrupted-dfu-buffer-exhaustion" / "input.log")
    dfu = case.sections["dfu"]
    assert dfu["outcome"] == "failed" and dfu["transport"] == "usb"
    assert dfu["last_request"] == {"op": "WRITE", "object_type": "DATA", "result": "INVALID_PARAMETER"}
    facts = case.facts["dfu"]
    assert facts["init_packet"]["executed"] and facts["init_packet"]["result"] == "SUCCESS"
    assert facts["data_objects"] == 1 and facts["data_objects_executed"] == 0
    assert facts["device_error"] and not facts["complete"]


def test_sd_req_case_names_the_ext_error(shared):
    case = analysed(shared / "cases" / "sdk16-serial-sd-req-not-met-0xB" / "input.log")
    assert case.sections["dfu"]["last_request"] == {"op": "EXECUTE", "result": "EXT_ERROR",
                                                    "ext_error": "SD_VERSION_FAILURE"}
    assert case.sections["dfu"]["transport"] == "serial"


def test_success_then_app_start():
    case = analysed(FIX / "sdk17_uart_dfu_success.log")
    dfu, facts = case.sections["dfu"], case.facts["dfu"]
    assert dfu["outcome"] == "success" and dfu["bytes_transferred"] == 2100
    assert facts["entry_reason"] == "gpregret" and facts["app_started"] and not facts["reset_loop"]
    assert case.facts["timeline"]["boot_epochs"] == 2


def test_interrupted_and_reset_loop():
    case = analysed(FIX / "sdk17_ble_inactivity_timeout.log")
    assert case.sections["dfu"]["outcome"] == "interrupted" and case.sections["dfu"]["transport"] == "ble"
    loop = analysed(FIX / "sdk17_ble_app_invalid_loop.log")
    assert loop.facts["dfu"]["reset_loop"] and not loop.facts["dfu"]["app_started"]


def test_epochs_from_zephyr_uptime_and_banners(shared):
    case = analysed(shared / "cases" / "ncs-nrf91-slm-fota-not-confirmed-revert" / "input.log")
    tl = case.records[Timeline][0]
    assert list(tl.frame.columns)[:3] == ["order", "source", "line"]
    assert len(tl.frame) == len(case.events)
    assert case.facts["timeline"]["boot_epochs"] >= 3  # app, bootloader after the update, bootloader again
    assert list(tl.frame["epoch"]) == sorted(tl.frame["epoch"])  # one input: epochs only grow


def test_host_clocks_merge_device_blocks_stay():
    def ev(src, line, t, clock):
        return Event("log.line", f"{src}:{line}", src, line=line, t=t, clock=clock)

    host_a = [ev("a.log", 1, 10.0, "host"), ev("a.log", 2, 30.0, "host")]
    device = [ev("dev.log", 1, 5.0, "device"), ev("dev.log", 2, 0.1, "device")]
    host_b = [ev("b.log", 1, 20.0, "host"), ev("b.log", 2, None, "none"), ev("b.log", 3, 40.0, "host")]
    merged = merge_order(host_a + device + host_b)
    assert [e.text for e in merged] == ["a.log:1", "b.log:1", "b.log:2", "a.log:2", "b.log:3",
                                        "dev.log:1", "dev.log:2"]
    assert boot_epochs(device) == [0, 1]  # uptime went back: the device restarted
