"""The particle CLI and the dfu-util it runs, ``particle subscribe`` output, reset reasons.

Each form on two sources: the tool's format strings (particle-cli ``src/cmd/update.js``, ``flash.js``,
``subscribe.js`` at bf49de08 and HEAD; dfu-util ``dfuse.c`` / ``dfu_load.c``; Particle's
firmware-update-events documentation) and real posts (``tests/corpus/particle-*``, community threads
quoted below).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from readback import of, read, write

from dfuforensics.case import Case, read_source
from dfuforensics.evidence import detect
from dfuforensics.sources import expand

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "corpus"


# --- particle update / flash --usb with dfu-util ---------------------------------------------------------

#: `particle update` as quoted in a recovery guide (makercrew/particle-photon-recovery): the CLI's markers,
#: dfu-util's suffix warnings, then its get_status failure.
UPDATE_FAILED = """\
$ particle update
> Your device is ready for a system update.
> This process should take about 50 seconds. Here it goes!
! An error occurred while attempting to update the system firmware of your device:
dfu-util: Invalid DFU suffix signature
dfu-util: A valid DFU suffix will be required in a future dfu-util release!!!
dfu-util: Error during download get_status
> Please visit our community forums for help with this error:
https://community.particle.io/
"""

#: `particle update` on a Boron (community.particle.io/t/59589): the spinner glued to dfu-util's verbose lines.
UPDATE_VERBOSE = """\
> Your device is ready for a system update.
> This process should take about 30 seconds. Here it goes!
\u2580 Updating system firmware on the device...dfu-util 0.8
Copyright 2005-2009 Weston Schmidt, Harald Welte and OpenMoko Inc.
Copyright 2010-2014 Tormod Volden and Stefan Schmidt
This program is Free Software and has ABSOLUTELY NO WARRANTY
Please report bugs to dfu-util@lists.gnumonks.org
\u2590 Updating system firmware on the device...Opening DFU capable USB device...
ID 2b04:d00d
Run-time device DFU version 011a
Claiming USB DFU Interface...
Setting Alternate Setting #0 ...
Determining device status: state = dfuIDLE, status = 0
dfuIDLE, continuing
DFU mode device DFU version 011a
Device returned transfer size 4096
DfuSe interface name: "Internal Flash   "
Downloading to address = 0x00030000, size = 494444
Downloadng syste[=========================] 100% 494444 bytes
Download done.
File downloaded successfully
Invalid DFU suffix signature
A valid DFU suffix will be required in a future dfu-util release!!!
! System firmware update successfully completed!
> Your device should now restart automatically.
"""


@pytest.mark.parametrize("path", [
    CORPUS / "particle-cli-143-update-p1-dct-lockup-get-status" / "input.log", "UPDATE_FAILED"])
def test_update_get_status_failure(tmp_path, path):
    case, rec = read(write(tmp_path, UPDATE_FAILED) if path == "UPDATE_FAILED" else path)
    assert rec.kind == "particle-cli-output" and not of(case, "unparsed")
    assert of(case, "dfu.start")[0].fields["transport"] == "usb"
    [te] = of(case, "transport.error")
    assert (te.fields["name"], te.fields["stage"]) == ("GET_STATUS_FAILED", "data")
    benign = [e for e in of(case, "log.line") if e.fields.get("benign")]
    assert len(benign) == 2 and not of(case, "flash.error")


def test_update_success_verbose(tmp_path):
    case, rec = read(write(tmp_path, UPDATE_VERBOSE))
    assert rec.kind == "particle-cli-output" and not of(case, "unparsed")
    assert of(case, "transport.connect")[0].fields["address"] == "2b04:d00d"
    [prog, done] = of(case, "dfu.progress")
    assert (prog.fields["percent"], prog.fields["bytes"], prog.fields["total"]) == (100, 494444, 494444)
    assert done.fields["percent"] == 100
    assert len(of(case, "dfu.complete")) == 1 and not of(case, "host.error")


def test_erase_refused_is_a_flash_error(tmp_path):
    """dfuse.c "Wrong state after command \\"%s\\" download" for ERASE_PAGE (a real post and the format)."""
    case, rec = read(CORPUS / "particle-photon-dfu-erase-page-wrong-state-hardware" / "input.log")
    assert rec.kind == "particle-cli-output"
    [fe] = of(case, "flash.error")
    assert (fe.fields["op"], fe.fields["command"]) == ("erase", "ERASE_PAGE")
    text = ("dfu-util 0.9\nDownloading to address = 0x08020000, size = 262144\n"
            "DFU state(10) = dfuERROR, status(4) = Memory erase function failed\n"
            "dfu-util: Wrong state after command \"MASS_ERASE\" download\n")
    case, rec = read(write(tmp_path, text))
    assert rec.kind == "dfu-util-output"                  # dfu-util alone: not the particle CLI
    assert [(e.fields["op"], e.fields.get("name") or e.fields.get("command")) for e in of(case, "flash.error")] == [
        ("erase", "errERASE"), ("erase", "MASS_ERASE")]


@pytest.mark.parametrize("name,expect", [
    ("input2.log", ("LIBUSB_ERROR_PIPE", -9)),
    ("input3.log", ("GET_STATUS_FAILED", None)),
])
def test_dfu_util_usb_failures(name, expect):
    case, rec = read(CORPUS / "particle-photon-dfu-erase-page-wrong-state-hardware" / name)
    assert rec.kind == "dfu-util-output"
    [te] = of(case, "transport.error")
    assert (te.fields["name"], te.fields.get("code")) == expect and te.fields["stage"] == "data"


def test_flash_usb_file_error_is_host_side_before_transfer():
    case, rec = read(CORPUS / "particle-cli-1432-flash-usb-tinker-undefined-file" / "input.log")
    assert rec.kind == "particle-cli-output" and not of(case, "unparsed")
    errs = of(case, "host.error")
    assert {e.fields["stage"] for e in errs} == {"open"} and not of(case, "transport.error")
    assert [e.fields.get("restated", False) for e in errs] == [False, True, True]
    versions = [e.fields.get("version") for e in of(case, "log.line") if e.fields.get("version")]
    assert versions == ["1.43.2", "0.8"]                  # particle --version, then dfu-util's banner


@pytest.mark.parametrize("text,check", [
    ("Error writing firmware: unknown module function 2, use --force to override\n", "module_function"),
    ("Error writing firmware: Incorrect platform id (expected 6, parsed 10), use --force to override\n", "platform"),
])
def test_flash_checks(tmp_path, text, check):
    """flash.js refuses a binary before dfu-util runs (the corpus post and the format's other check)."""
    case, rec = read(write(tmp_path, text))
    assert rec.kind == "particle-cli-output"
    [err] = of(case, "host.error")
    assert (err.fields["check"], err.fields["stage"]) == (check, "open")
    case, _ = read(CORPUS / "particle-xenon-121-bootloader-300-dependency-fail" / "input2.log")
    assert of(case, "host.error")[0].fields["function"] == 2


# --- particle subscribe, last_reset --------------------------------------------------------------------

#: the header ends in a space (subscribe.js: "... (my devices only) ")
SUBSCRIBE = 'Subscribing to "spark/flash/status" from my personal stream (my devices only) \n' + """\
{"name":"spark/flash/status","data":"started ","ttl":"60","published_at":"2016-08-16T16:02:29.849Z","coreid":"b1e243bbb4"}
{"name":"spark/flash/status","data":"failed ","ttl":"60","published_at":"2016-08-16T16:12:29.850Z","coreid":"b1e243bbb4"}
"""


def test_subscribe_header_string_ttl_and_trailing_spaces(tmp_path):
    case, rec = read(write(tmp_path, SUBSCRIBE))
    assert rec.kind == "particle-events" and rec.warnings == []
    [header] = of(case, "log.line")
    assert header.fields["event_filter"] == "spark/flash/status"
    assert [e.fields["status"] for e in of(case, "particle.flash_status")] == ["started", "failed"]
    text = ("Subscribing to all events from my devices\n"
            '{"data":"success ","ttl":60,"published_at":"2024-05-13T10:55:05.251Z","coreid":"e00fce68ece1d3d21a73dcc9",'
            '"name":"spark/flash/status"}\n')
    case, rec = read(write(tmp_path, text, "b.txt"))
    assert rec.kind == "particle-events"
    assert of(case, "particle.flash_status")[0].fields["status"] == "success"


def test_last_reset_reasons(tmp_path):
    """The docs' JSON event and the Console row of a post: same event, same fields."""
    text = ('{"data":"update_timeout","ttl":60,"published_at":"2024-05-13T10:55:12.885Z","coreid":"e00fce68ece1d3d2'
            '1a73dcc9","name":"spark/device/last_reset"}\n'
            '{"data":"panic, hard_fault","ttl":60,"published_at":"2024-05-13T10:59:12.885Z","coreid":"e00fce68ece1d3d2'
            '1a73dcc9","name":"spark/device/last_reset"}\n')
    case, _ = read(write(tmp_path, text))
    first, second = of(case, "particle.last_reset")
    assert (first.fields["reason"], first.fields["update_related"]) == ("update_timeout", True)
    assert (second.fields["reason"], second.fields["reason_data"], second.fields["update_related"]) == (
        "panic", "hard_fault", False)
    case, rec = read(CORPUS / "particle-argon-xenon-rc26-ota-update-timeout" / "input.log")
    assert rec.kind == "particle-events"
    [ev] = of(case, "particle.last_reset")
    assert (ev.fields["reason"], ev.fields["update_related"], ev.fields["device_name"]) == (
        "update_timeout", True, "titan_ranger")
    assert ev.t is None                                   # the Console's date is local time: not a clock


def test_console_rows_from_the_docs_sequence(tmp_path):
    text = ("spark/flash/status started  boron4 5/13/24 at 10:55:02 am\n"
            "spark/status offline boron4 5/13/24 at 10:55:12 am\n"
            "spark/device/last_reset update boron4 5/13/24 at 10:55:13 am\n")
    case, rec = read(write(tmp_path, text))
    assert rec.kind == "particle-events" and rec.warnings == []
    assert [e.kind for e in case.events] == ["particle.flash_status", "particle.status", "particle.last_reset"]
    assert of(case, "particle.status")[0].fields["status"] == "offline"


def test_other_inputs_keep_their_kind(shared):
    mine = {"particle-cli-output", "dfu-util-output"}
    for path in sorted((shared / "samples").iterdir()) + sorted((shared / "cases").glob("*/*")):
        [src] = expand([str(path)])
        parser = detect(src)
        assert parser is None or parser.kind not in mine, path


def test_the_clouds_refusal_during_a_device_os_upgrade_is_read(tmp_path) -> None:
    """The message the cloud API returns while it heals a device's Device OS (the CLI prints it as is)."""
    from dfuforensics.sources import expand

    path = tmp_path / "flash.txt"
    path.write_text("Mandatory system firmware upgrade in progress. Try again after the device reconnects.\n",
                    encoding="utf-8")
    case = Case()
    rec = read_source(case, expand([str(path)])[0])
    assert rec.kind == "particle-cli-output"
    assert [(e.kind, e.fields.get("cause")) for e in case.events] == [("host.error", "system_update_in_progress")]
