"""Serial/CLI host tools as people paste them: adafruit-nrfutil, pc-nrfutil 0.5-6.x, nrfutil 7 (``nrfutil device``).

Every form is checked on two kinds of input: text rendered from the tool's own format strings (the sources
are named per test; staging notes ``host-vocab/*.tsv``) and the real posts of the corpus
(``tests/corpus/*/input*``, read-only).  What matters most is the ``stage`` of a link failure: "no answer to
the first packet" and "no answer right after the init packet" must not read the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from readback import of, read, read_text

from dfuforensics.case import Case
from dfuforensics.evidence import detect
from dfuforensics.model import Event
from dfuforensics.sources import expand

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"


def first_failure(case: Case) -> Event:
    """The link failure an attempt reports first (later ones restate it)."""
    return [e for e in of(case, "transport.error") if not e.fields.get("restated")][0]


# --- adafruit-nrfutil (legacy HCI/SLIP serial DFU) ---------------------------------------------------
# Format strings: adafruit/Adafruit_nRF52_nrfutil@1361059 nordicsemi/__main__.py:292,300-307,
# dfu/dfu.py:192-218, dfu/dfu_transport_serial.py:117,192,273,282.

ADAFRUIT_VERBOSE = """\
Upgrading target on /dev/ttyACM0 with DFU package /tmp/app.zip. Flow control is disabled, Dual bank, Touch 1200
Touched serial port /dev/ttyACM0
Opened serial port /dev/ttyACM0
Starting DFU upgrade of type 4, SoftDevice size: 0, bootloader size: 0, application size: 40960
Sending DFU start packet
Sending DFU init packet
Timed out waiting for acknowledgement from device.

Failed to upgrade target. Error is: No data received on serial port. Not able to proceed.
Traceback (most recent call last):
  File "/usr/lib/python3/site-packages/nordicsemi/__main__.py", line 294, in serial
    dfu.dfu_send_images()
  File "/usr/lib/python3/site-packages/nordicsemi/dfu/dfu.py", line 203, in _dfu_send_image
    self.dfu_transport.send_init_packet(init_packet)
  File "/usr/lib/python3/site-packages/nordicsemi/dfu/dfu_transport_serial.py", line 155, in send_init_packet
    self.send_packet(packet)
  File "/usr/lib/python3/site-packages/nordicsemi/dfu/dfu_transport_serial.py", line 282, in get_ack_nr
    raise NordicSemiException("No data received on serial port. Not able to proceed.")
nordicsemi.exceptions.NordicSemiException: No data received on serial port. Not able to proceed.

Possible causes:
- Selected Bootloader version does not match the one on Bluefruit device.
    Please upgrade the Bootloader or select correct version in Tools->Bootloader.
- Baud rate must be 115200, Flow control must be off.
- Target is not in DFU mode. Ground DFU pin and RESET and release both to enter DFU mode.
"""


def test_adafruit_rendered_init_packet_timeout(tmp_path):
    """No answer right after the init packet: stage ``init``, the tool's banner decoded, hints not errors."""
    case, rec = read_text(tmp_path, ADAFRUIT_VERBOSE)
    assert rec.kind == "nrfutil-output" and not of(case, "unparsed")
    [start] = of(case, "dfu.start")
    assert {"port": "/dev/ttyACM0", "protocol": "legacy", "bank": "dual", "touch": 1200,
                                 "flow_control": False, "transport": "serial"}.items() <= start.fields.items()
    assert of(case, "transport.connect")[0].fields["address"] == "/dev/ttyACM0"
    fail = first_failure(case)
    assert (fail.fields["name"], fail.fields["stage"], fail.line) == ("TIMEOUT", "init", 7)
    errs = of(case, "transport.error")
    assert all(e.fields["stage"] == "init" for e in errs) and all(e.fields.get("restated") for e in errs[1:])
    assert {e.fields["stage"] for e in of(case, "host.error")} == {"init"}
    hints = [e for e in of(case, "log.line") if e.fields.get("template") == "possible_cause"]
    assert len(hints) == 4 and all(e.line < hints[0].line for e in of(case, "host.error"))


def test_adafruit_stage_from_traceback_when_not_verbose(tmp_path):
    """Without --verbose only the traceback tells which packet went unanswered; the timeout waits for it."""
    text = ADAFRUIT_VERBOSE.replace("Touched serial port /dev/ttyACM0\nOpened serial port /dev/ttyACM0\n", "")
    text = "\n".join(ln for ln in text.splitlines() if not ln.startswith(("Starting DFU", "Sending DFU")))
    case, _ = read_text(tmp_path, text)
    fail = first_failure(case)
    assert fail.fields["stage"] == "init" and fail.fields["stage_source"] == "traceback"
    assert [e.line for e in case.events] == sorted(e.line for e in case.events)   # held events keep line order


@pytest.mark.parametrize("post,stage,name", [
    # verbose: the start packet went unanswered (CP2104 driver broken by a macOS upgrade)
    ("gh-adafruit-arduino-macos-catalina-cp2104-driver-ack-timeout", "start", "TIMEOUT"),
    # verbose: start packet unanswered; the init packet then hits the closed port (a consequence)
    ("gh-adafruit-nrfutil-mdk-dongle-ack-timeout-bootloader-update", "start", "TIMEOUT"),
    # not verbose, traceback cut inside the source line "self.dfu_transport.send_fi": the data packet
    ("gh-adafruit-nrfutil-linux-no-touch-not-in-bootloader", "data", "TIMEOUT"),
])
def test_adafruit_posts(post, stage, name):
    case, rec = read(CORPUS / post / "input.log")
    assert rec.kind == "nrfutil-output"
    fail = first_failure(case)
    assert (fail.fields["name"], fail.fields["stage"]) == (name, stage)
    assert len([e for e in of(case, "transport.error") if not e.fields.get("restated")]) == 1
    assert of(case, "dfu.start")[0].fields["protocol"] == "legacy"


def test_adafruit_command_line_and_port_closed_consequence():
    case, _ = read(CORPUS / "gh-adafruit-nrfutil-mdk-dongle-ack-timeout-bootloader-update" / "input.log")
    [cmd] = [e for e in of(case, "log.line") if e.fields.get("template") == "command"]
    assert {"tool": "adafruit-nrfutil", "command": "dfu serial", "port": "com7", "baud": 115200,
                               "single_bank": True}.items() <= cmd.fields.items()
    [err] = of(case, "host.error")
    assert err.fields["stage"] == "init" and "port that is not open" in err.fields["message"]


def test_adafruit_success_progress(tmp_path):
    text = ("Upgrading target on COM5 with DFU package C:\\app.zip. Flow control is disabled, Single bank mode\n"
            "Starting DFU upgrade of type 4, SoftDevice size: 0, bootloader size: 0, application size: 30000\n"
            + "#" * 40 + "\n" + "#" * 18 + "\n\nActivating new firmware\n\nDFU upgrade took 9.5s\nDevice programmed.\n")
    case, _ = read_text(tmp_path, text)
    prog = of(case, "dfu.progress")
    assert [p.fields.get("percent") for p in prog] == [69, 100, 100]
    assert prog[-1].fields["seconds"] == 9.5 and len(of(case, "dfu.complete")) == 1
    assert of(case, "dfu.start")[0].fields["bank"] == "single"          # 0.5.2d..0.5.3.post8 banner
    assert not of(case, "transport.error")


# --- pc-nrfutil 6.x (secure serial and BLE) ------------------------------------------------------------
# Format strings: NordicSemiconductor/pc-nrfutil@16cb5a3 dfu/dfu_transport_serial.py:202,214,412,488-504,
# dfu/dfu_transport_ble.py:155,258,264,664, __main__.py:985 (click progress bar).

def test_no_ping_response_is_the_ping_stage(tmp_path):
    case, rec = read(CORPUS / "dz-sdk13-serial-no-hwfc-unsupported-opcode-no-ping" / "input2.log")
    assert rec.kind == "nrfutil-output"                  # one quoted exception line
    fail = first_failure(case)
    assert (fail.fields["name"], fail.fields["stage"]) == ("NO_RESPONSE", "ping")
    assert of(case, "host.error")[0].fields["stage"] == "ping"
    case, _ = read_text(tmp_path, "pc_ble_driver_py.exceptions.NordicSemiException: No ping response after "
                                  "opening COM port\n")
    assert first_failure(case).fields["stage"] == "ping"


@pytest.mark.parametrize("line,name,code", [
    # pc-ble-driver-py names the error (nrfutil 6.1.3, devzone 85042) ...
    ("pc_ble_driver_py.exceptions.NordicSemiException: Failed to ble_gattc_write. Error code: "
     "NRF_ERROR_SD_RPC_NO_RESPONSE", "NRF_ERROR_SD_RPC_NO_RESPONSE", 0x8005),
    # ... or prints the number in decimal (older pc-ble-driver-py: "Failed to {}. Error code: {}")
    ("pc_ble_driver_py.exceptions.NordicSemiException: Failed to ble_gap_connect. Error code: 32790",
     "NRF_ERROR_SD_RPC_SERIALIZATION_TRANSPORT_NO_RESPONSE", 0x8016),
])
def test_pc_ble_driver_errors_by_name_or_decimal(tmp_path, line, name, code):
    text = "Board already flashed with connectivity firmware.\n[------------------------------------] 0%\n" + line
    case, rec = read_text(tmp_path, text + "\n")
    assert rec.kind == "nrfutil-output" and not of(case, "unparsed")
    fail = first_failure(case)
    assert (fail.fields["name"], fail.fields["code"]) == (name, code)
    assert of(case, "dfu.progress")[0].fields["percent"] == 0          # click >= 7 bar filled with '-'


def test_response_code_none_and_ext_error_0x0e(tmp_path):
    text = ("2019-07-02 12:28:05,406 Using board at serial port: COM3\n"
            "2019-07-02 12:28:05,500 Sending init packet...\n"
            "Traceback (most recent call last):\n"
            '  File "nordicsemi/dfu/dfu_transport_serial.py", line 256, in send_init_packet\n'
            "    self.__execute()\n"
            '  File "nordicsemi/dfu/dfu_transport_serial.py", line 421, in __execute\n'
            "    self.__get_response(DfuTransportSerial.OP_CODE['Execute'])\n"
            "pc_ble_driver_py.exceptions.NordicSemiException: Response Code None\n")
    case, _ = read_text(tmp_path, text)
    [r] = of(case, "dfu.response")
    assert (r.fields["op"], r.fields["result"], r.fields["object_type"]) == ("EXECUTE", "UNKNOWN", "COMMAND")
    assert of(case, "host.error")[0].fields["stage"] == "init"
    case, _ = read_text(tmp_path, "pc_ble_driver_py.exceptions.NordicSemiException: Extended Error 0x0E: The "
                                  "requested firmware to update was already present on the system.\n", "e.txt")
    [r] = of(case, "dfu.response")
    assert (r.fields["result"], r.fields["ext_error"], r.fields["ext_error_code"]) == (
        "EXT_ERROR", "FW_ALREADY_PRESENT", 0x0E)


def test_checksum_timeout_during_data(tmp_path):
    text = ("2019-07-02 12:28:05,406 Using board at serial port: COM3\n"
            "2019-07-02 12:28:05,500 Sending init packet...\n"
            "2019-07-02 12:28:06,500 Sending firmware file...\n"
            "  [#########---------------------------]   25%\n"
            "pc_ble_driver_py.exceptions.NordicSemiException: Did not receive checksum response from DFU target. "
            "If MSD is enabled on the target device, try to disable it ref. https://wiki.segger.com/index.php?"
            "title=J-Link-OB_SAM3U\n")
    case, _ = read_text(tmp_path, text)
    fail = first_failure(case)
    assert (fail.fields["name"], fail.fields["op"], fail.fields["stage"]) == ("NO_RESPONSE", "CRC_GET", "data")


def test_ble_connection_failures_are_the_open_stage(tmp_path):
    text = ("No target selected. Default device name: DfuTarg is used.\n"
            "Please select connectivity serial port:\n\t0 : /dev/tty.usbmodem0006821181671 - 000682118167\n"
            "Enter your choice: : 0\nException: Connection Failure - Device not found!\n")
    case, rec = read_text(tmp_path, text)
    assert rec.kind == "nrfutil-output" and not of(case, "unparsed")
    assert (first_failure(case).fields["name"], first_failure(case).fields["stage"]) == ("NOT_FOUND", "open")
    case, _ = read_text(tmp_path, "Traceback (most recent call last):\n  File \"/usr/lib/python3/nordicsemi/dfu/"
                                  "dfu_transport_ble.py\", line 258, in connect\n    raise Exception('Failure - "
                                  "Connection failed due to 0x' + '{:02x}'.format(reason))\n"
                                  "Exception: Failure - Connection failed due to 0x3e\n", "c.txt")
    fail = first_failure(case)
    assert (fail.fields["code"], fail.fields["stage"]) == (0x3E, "open")
    case, _ = read_text(tmp_path, "pc_ble_driver_py.exceptions.NordicSemiException: Timeout: operation - "
                                  "CreateObject\n", "t.txt")
    assert (first_failure(case).fields["name"], first_failure(case).fields["op"]) == ("TIMEOUT", "CREATE")


def test_legacy_ble_wait_error_reads_the_legacy_status():
    """pc-nrfutil 0.5 / adafruit BLE "Error occoured while waiting for {what}. Error response {name}." quoted."""
    case, rec = read(CORPUS / "dz-sdk11-to-12-ble-bl-update-data-size-exceeds-limit" / "input.log")
    assert rec.kind == "nrfutil-output"
    [r] = of(case, "dfu.response")
    assert (r.fields["op"], r.fields["result"], r.fields["protocol"]) == (
        "START_DFU", "LEGACY_DATA_SIZE_EXCEEDS_LIMIT", "legacy")


def test_cut_logging_time_is_not_unparsed():
    case, rec = read(CORPUS / "dz-sdk17-uart-resume-after-interrupted-dfu-crc-no-answer" / "input.log")
    assert rec.kind == "nrfutil-output" and not of(case, "unparsed")
    [cmd] = [e for e in of(case, "log.line") if e.fields.get("template") == "command"]
    assert {"tool": "nrfutil", "verbose": 4, "port": "COM36", "baud": 115200, "flow_control": False}.items() <= cmd.fields.items()


# --- nrfutil 7 (nrfutil device) --------------------------------------------------------------------------
# JSON field names: docs.nordicsemi.com nrfutil "message format" and pc-nrfconnect-shared nrfutil/sandboxTypes.ts.
# Human lines: zephyr issue #103474 (west), arduino-nRF5 issue #540, devzone 104841 (Programmer relay).

N7 = Path(__file__).parent / "fixtures" / "nrfutil7"


def test_nrfutil7_json_lines():
    case, rec = read(N7 / "program_timeout.jsonl")
    assert rec.kind == "nrfutil-output" and rec.warnings == []
    assert of(case, "dfu.start")[0].fields["task"] == "program"
    assert [p.fields["percent"] for p in of(case, "dfu.progress")] == [0, 37]
    [err] = of(case, "host.error")
    assert (err.fields["code"], err.fields["error_kind"], err.fields["stage"]) == (603, "Timeout", "data")
    fail = first_failure(case)
    assert (fail.fields["name"], fail.fields["stage"]) == ("TIMEOUT", "data")


def test_nrfutil7_json_pretty_and_batch():
    case, rec = read(N7 / "batch_pretty.json")
    assert rec.kind == "nrfutil-output" and rec.warnings == []
    [done] = of(case, "dfu.complete")
    assert done.fields["serial_number"] == "1057759232" and done.line > 1


@pytest.mark.parametrize("text,expect", [
    ((N7 / "batch_wrong_family.txt").read_text(), {"error_kind": "WrongFamily", "serial_number": "1057759232"}),
    ("Failed with exit code 1. One or more program tasks failed: * CFE82E07A57F: [sdfu] , code: "
     "SdfuExtSdVersionFailure. Message: Failed, [sdfu].\n",
     {"error_kind": "SdfuExtSdVersionFailure", "serial_number": "CFE82E07A57F", "method": "sdfu"}),
    ("Error: Failed with exit code 1. One or more program tasks failed. Message: Failed, [mcuBoot] Error when "
     "programming through MCUBoot: Error verifying MCUBoot image prior to update. Error code: 603 (Timeout).\n",
     {"error_kind": "Timeout", "code": 603, "method": "mcuBoot"}),
])
def test_nrfutil7_human_errors(tmp_path, text, expect):
    case, rec = read_text(tmp_path, text)
    assert rec.kind == "nrfutil-output" and not of(case, "unparsed")
    merged: dict = {}
    for e in of(case, "host.error"):
        merged.update(e.fields)
    assert expect.items() <= merged.items()
    if expect["error_kind"] == "SdfuExtSdVersionFailure":
        [r] = of(case, "dfu.response")
        assert (r.fields["result"], r.fields["ext_error"]) == ("EXT_ERROR", "SD_VERSION_FAILURE")
    if expect["error_kind"] == "Timeout":
        assert first_failure(case).fields["name"] == "TIMEOUT"


def test_programmer_log_relay_stays_a_desktop_log(tmp_path):
    """The same texts inside nRF Connect Programmer's own log are that log's: read by its parser."""
    text = ("2023-06-05T08:43:45.014Z INFO Using @nordicsemiconductor/nrf-device-lib-js to communicate with target "
            "via USB SDFU protocol\n"
            "2023-06-05T08:43:49.100Z ERROR Failed with exit code 1. One or more program tasks failed: * CFE82E07A57F:"
            " [sdfu] , code: SdfuExtSdVersionFailure. Message: Failed, [sdfu].\n")
    case, rec = read_text(tmp_path, text, "programmer.log")
    assert rec.kind == "nrfconnect-desktop-log"
    assert of(case, "dfu.response")[0].fields["ext_error"] == "SD_VERSION_FAILURE"


# --- what these parsers must not take ------------------------------------------------------------------

def test_other_inputs_keep_their_kind(shared):
    mine = {"nrfutil-output"}
    for path in sorted((shared / "samples").iterdir()) + sorted((shared / "cases").glob("*/*")):
        if path.name in ("EXPECTED.tsv", "README.md") or path.parent.name.startswith(("nrfconnect", "sdk15-exec")):
            continue
        [src] = expand([str(path)])
        parser = detect(src)
        assert parser is None or parser.kind not in mine, path


# --- nrfjprog (what SWD programming erased and wrote) ------------------------------------------------------

def test_nrfjprog_sectorerase_pages():
    """devzone 55477 (corpus): --sectorerase of a bootloader hex that covers page 0 erases the MBR's page."""
    case, rec = read(CORPUS / "dz-sdk15-3-usb-bl-nrfjprog-sectorerase-wipes-mbr" / "input.log")
    assert rec.kind == "nrfjprog-output" and not of(case, "unparsed")
    [cmd] = [e for e in of(case, "log.line") if e.fields.get("template") == "command"]
    assert (cmd.fields["erase"], cmd.fields["verify"]) == ("sectorerase", True)
    pages = [e.fields["address"] for e in of(case, "log.line") if e.fields.get("template") == "erase_page"]
    assert pages[0] == 0 and pages[1:] == list(range(0xF4000, 0xFD000, 0x1000))
    case, rec = read(CORPUS / "dz-sdk15-3-usb-bl-nrfjprog-sectorerase-wipes-mbr" / "input2.log")
    assert rec.kind == "nrfjprog-output"                   # make's lines around it stay unparsed


def test_nrfjprog_chiperase_and_errors(tmp_path):
    """devzone 46309 (--chiperase) and 22850 (verify failure), as posted."""
    text = ("nrfjprog -f NRF52 --program myProgram.hex --chiperase\nParsing hex file.\n"
            "Erasing user available code and UICR flash areas.\nApplying system reset.\n"
            "Checking that the area to write is not protected.\nProgramming device.\nVerifying programming.\n"
            "ERROR: Write verify failed.\n")
    case, rec = read_text(tmp_path, text)
    assert rec.kind == "nrfjprog-output" and not of(case, "unparsed")
    assert [e.fields["template"] for e in of(case, "log.line")][:3] == ["command", "step", "erase_all"]
    [fe] = of(case, "flash.error")
    assert (fe.fields["op"], fe.fields["check"]) == ("write", "verify")
    case, _ = read_text(tmp_path, "nrfjprog --eraseall\nERROR: There is no debugger connected to the PC.\n", "p.txt")
    assert (first_failure(case).fields["name"], first_failure(case).fields["stage"]) == ("NOT_FOUND", "open")


# --- pc-ble-driver-js DFU errors (a Node program's inspected Error) ----------------------------------------

def test_pc_ble_driver_js_error(tmp_path):
    """pc-ble-driver-js api/dfu/dfuConstants.js createError(code, message) as Node prints it: the corpus post
    (ATT_MTU_ERROR, 21) and a rendered CONNECTION_PARAM_ERROR (20)."""
    case, rec = read(CORPUS / "gh-pc-ble-driver-js-dfu-att-mtu-request-failed" / "input.log")
    assert rec.kind == "nrfconnect-desktop-log" and not of(case, "unparsed")
    assert (first_failure(case).fields["name"], first_failure(case).fields["stage"]) == ("ATT_MTU_ERROR", "open")
    text = ("{ Error: Failed to update connection parameters for target address C5:22:D7:91:60:59\n"
            "    at createError (/srv/dfu/node_modules/pc-ble-driver-js/api/dfu/dfuConstants.js:94:19)\n"
            "    at _adapter.updateConnectionParameters (/srv/dfu/node_modules/pc-ble-driver-js/api/dfu/"
            "bleTransport.js:401:28) code: 20 }\n")
    case, rec = read_text(tmp_path, text, "node.txt")
    assert rec.kind == "nrfconnect-desktop-log"
    assert (first_failure(case).fields["name"], first_failure(case).fields["code"]) == ("CONNECTION_PARAM_ERROR", 20)
