"""The phone DFU libraries' line forms as people paste them, and the response normaliser's renderings.

Each form is shown on inputs from two sources at least: the library's own format string (rendered from
the iOS/Android DFU Library sources, the SDK, pc-nrfutil or pc-nrf-dfu-js) and a real post (the corpus'
gh-* cases, the verbatim lines in ``fixtures/phone/``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from readback import of, read, read_text

from dfuforensics.evidence import opened
from dfuforensics.evidence.dfu_response import find_directed, parse_bytes, parse_request, parse_response
from dfuforensics.evidence.host_log_common import Emit, HostState, classify_message
from dfuforensics.model import NOT_PRESENT, Event
from dfuforensics.nrf5 import host_codes as hc
from dfuforensics.nrf5.dfu_codes import op_answering
from dfuforensics.sources import expand

HERE = Path(__file__).parent
PHONE = HERE / "fixtures" / "phone"
CORPUS = HERE.parent / "corpus"
HOST_KINDS = {"nrfutil-output", "android-dfu-log", "ios-dfu-log", "nrfconnect-desktop-log"}


def classify(*lines: str, dialect: str | None = None) -> list[Event]:
    """Events of consecutive messages through the one shared classifier, with one state."""
    st = HostState("t")
    out: list[Event] = []
    for i, line in enumerate(lines, 1):
        st.line = i
        out.extend(classify_message(Emit(st, line, i, None, None), line, dialect=dialect) or [])
    return out


def fields(ev: Event) -> dict:
    return {k: v for k, v in ev.fields.items() if k not in ("message", "detail")}


def corpus(name: str) -> Path:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"corpus case {name} not present")
    return path


# --- iOS: letter levels, no NSLog prefix ------------------------------------------------------------

def test_ios_xcode_print_without_prefix_is_ios():
    """Issue #187/#201 lines (``D:``/``I:``/``E:``, no NSLog prefix) are the iOS library's, not Zephyr's."""
    case, rec = read(PHONE / "ios_xcode_issue187.log")
    assert rec.kind == "ios-dfu-log" and not of(case, "unparsed")
    [req] = of(case, "dfu.request")
    assert req.fields == {"op": "START_DFU", "protocol": "legacy", "image_type": "APPLICATION"}
    assert req.level == "debug"
    assert of(case, "transport.disconnect")[0].level == "error"
    [*_, delegate] = of(case, "host.error")
    assert fields(delegate) == {"code": 202, "name": "deviceDisconnected"}


def test_ios_letter_levels_with_nslog_prefix():
    """Issue #205 (library 4.1.3): NSLog prefix and ``V:``/``I:``/``A:``; the summary restates the CRC."""
    case, rec = read(PHONE / "ios_nslog_letters_issue205.log")
    assert rec.kind == "ios-dfu-log" and rec.warnings == []
    notif, summary = of(case, "dfu.response")
    assert (notif.fields["op"], notif.fields["offset"], notif.fields["crc"]) == ("CRC_GET", 61440, 0xB9F78261)
    assert summary.fields["restated"] is True and summary.level == "application"
    assert [e.level for e in case.events] == ["verbose", "info", "application"]


def test_ios_spaced_letters_and_word_levels():
    """``D : `` (example app, corpus) and ``Verbose: `` / ``Error: Error 4: ...`` (nRF Toolbox, corpus)."""
    case, rec = read(corpus("gh-ios-dfu-example-zip-invalid-object-execute/input.log"))
    assert rec.kind == "ios-dfu-log" and not of(case, "unparsed")
    [req] = of(case, "dfu.request")                       # "writeValue(0x04, forCharacteristic: ..." (old API)
    assert req.fields["op"] == "EXECUTE"
    resps = of(case, "dfu.response")
    assert {(r.fields["op"], r.fields["result"]) for r in resps} == {("EXECUTE", "INVALID_OBJECT")}
    assert [r.fields.get("restated", False) for r in resps] == [False, True, True, True]
    case, rec = read(corpus("gh-ios-toolbox-buttonless-alt-name-stale-build-error4/input.log"))
    assert rec.kind == "ios-dfu-log" and not of(case, "unparsed")
    [resp] = of(case, "dfu.response")
    # the library's raw buttonless status 4 with its text: OPERATION_FAILED of the buttonless service
    assert (resp.fields["result"], resp.fields["protocol"], resp.level) == (
        "BUTTONLESS_OPERATION_FAILED", "buttonless", "error")


def test_ios_sniff_needs_ios_signs(tmp_path):
    """A letter level alone is Zephyr's too: without CoreBluetooth signs the iOS reader does not claim."""
    _, rec = read_text(tmp_path, "I: Booting\nD: flash area 1 opened\nE: image not valid\n")
    assert rec.kind != "ios-dfu-log"


# --- iOS: the library's raw codes, the delegate's DFUError, summaries ---------------------------------

@pytest.mark.parametrize("line, result, ext, protocol", [
    # library log line: raw status (SecureDFUControlPoint "Error \(code): \(description)")
    ("Error 7: SD version check failed", "EXT_ERROR", "SD_VERSION_FAILURE", "secure"),
    ("Error 5: CRC Error", "LEGACY_CRC_ERROR", None, "legacy"),
    ("Error 4: Operation failed", "BUTTONLESS_OPERATION_FAILED", None, "buttonless"),
    ("Error 10: Operation failed", "OPERATION_FAILED", None, "secure"),    # case ios-sdk12-to-15
    # delegate: DFUError raw value, 4.3.0+ and before
    ("Error 27: SD version check failed", "EXT_ERROR", "SD_VERSION_FAILURE", "secure"),
    ("Error 21: SD version check failed", "EXT_ERROR", "SD_VERSION_FAILURE", "secure"),    # < 4.3.0
    ("Error 15: Invalid object", "INVALID_OBJECT", None, "secure"),       # corpus gh-ios-dfu-debug-key
    ("Error 94: Operation failed", "BUTTONLESS_OPERATION_FAILED", None, "buttonless"),
    ("Error 34: Operation failed", "BUTTONLESS_OPERATION_FAILED", None, "buttonless"),     # < 4.3.0: 30 + 4
    ("Error 32: Operation not supported", "BUTTONLESS_OP_CODE_NOT_SUPPORTED", None, "buttonless"),  # < 4.3.0
    ("Error 32: Verification failed", "EXT_ERROR", "VERIFICATION_FAILED", "secure"),         # 4.3.0+
    ("Error 9004: Operation failed", "BUTTONLESS_OPERATION_FAILED", None, "buttonless"),   # experimental
    ("Error: SD version check failed", "EXT_ERROR", "SD_VERSION_FAILURE", "secure"),       # corpus
])
def test_ios_error_lines(line, result, ext, protocol):
    r = parse_response(line, dialect="ios")
    assert r is not None, line
    assert (r["result"], r.get("ext_error"), r["protocol"]) == (result, ext, protocol)


def test_ios_corebluetooth_error_is_not_a_remote_status():
    """``Error 6: The connection has timed out unexpectedly.`` is CBError 6, not legacy status 6."""
    assert parse_response("Error 6: The connection has timed out unexpectedly.", dialect="ios") is None
    assert parse_response("Error 7: The specified device has disconnected from us.", dialect="ios") is None
    [ev] = classify("Error 202: Unknown error. (code: 0)", dialect="ios")
    assert (ev.kind, fields(ev)) == ("host.error", {"code": 202, "name": "deviceDisconnected"})


@pytest.mark.parametrize("text, result, ext", [
    ("Init command was invalid", "EXT_ERROR", "INIT_COMMAND_INVALID"),
    ("FW version check failed", "EXT_ERROR", "FW_VERSION_FAILURE"),
    ("HW version check failed", "EXT_ERROR", "HW_VERSION_FAILURE"),
    ("SD version check failed", "EXT_ERROR", "SD_VERSION_FAILURE"),
    ("Invalid hash type", "EXT_ERROR", "WRONG_HASH_TYPE"),
    ("Hashing failed", "EXT_ERROR", "HASH_FAILED"),
    ("Invalid signature type", "EXT_ERROR", "WRONG_SIGNATURE_TYPE"),
    ("Insufficient space for upgrade", "EXT_ERROR", "INSUFFICIENT_SPACE"),
    ("Invalid parameter", "INVALID_PARAMETER", None),
    ("Insufficient resources", "INSUFFICIENT_RESOURCES", None),
    ("Operation not permitted", "OPERATION_NOT_PERMITTED", None),
    ("Device is in invalid state", "LEGACY_INVALID_STATE", None),
    ("Data size exceeds limit", "LEGACY_DATA_SIZE_EXCEEDS_LIMIT", None),
    ("CRC Error", "LEGACY_CRC_ERROR", None),
    ("Invalid advertisement name", "BUTTONLESS_ADV_NAME_INVALID", None),
    ("Invalid advertisment name", "BUTTONLESS_ADV_NAME_INVALID", None),
    ("Device not bonded", "BUTTONLESS_NOT_BONDED", None),
    ("Invalid code", "INVALID", None),
])
def test_ios_description_texts(text, result, ext):
    """Every description of SecureDFUControlPoint / DFUControlPoint / ButtonlessDFU (NEW.md item 4), bare
    (the delegate's message) and in the library's ``Error {raw}:`` line."""
    for line in (text, f"Error: {text}"):
        r = parse_response(line)
        assert r is not None and (r["result"], r.get("ext_error")) == (result, ext), line


def test_ios_texts_that_need_a_number():
    assert parse_response("Busy") is None and parse_response("No error") is None
    assert parse_response("Error 96: Busy", dialect="ios")["result"] == "BUTTONLESS_BUSY"
    assert parse_response("Error 0: No error", dialect="ios")["ext_error"] == "NO_ERROR"


@pytest.mark.parametrize("line, op, result, ext", [
    ("Response (Op Code = Execute, Status = Extended error, Extended Error 7 = SD version check failed)",
     "EXECUTE", "EXT_ERROR", "SD_VERSION_FAILURE"),                     # >= 4.12.0, rendered
    ("Response (Op Code = 4, Status = 11, Extended Error 7 = SD version check failed)",
     "EXECUTE", "EXT_ERROR", "SD_VERSION_FAILURE"),                     # <= 4.11, rendered
    ("A : Response (Op Code = Execute, Status = Invalid object) received", "EXECUTE", "INVALID_OBJECT", None),
    ("Response (Op Code = Create Object, Status = Insufficient resources) received",
     "CREATE", "INSUFFICIENT_RESOURCES", None),
    ("Response (Op Code = Validate Firmware, Status = CRC Error) received",
     "VALIDATE_FIRMWARE", "LEGACY_CRC_ERROR", None),                   # legacy, rendered
])
def test_ios_response_summaries(line, op, result, ext):
    r = parse_response(line.split(" : ", 1)[-1])
    assert (r["op"], r["result"], r.get("ext_error")) == (op, result, ext)


def test_ios_success_summaries_carry_payload():
    r = parse_response("Data object selected (Max size = 4096, Offset = 8192, CRC = 1A2B3C4D) received")
    assert (r["op"], r["object_type"], r["max_size"], r["offset"], r["crc"]) == ("SELECT", "DATA", 4096, 8192,
                                                                                 0x1A2B3C4D)
    r = parse_response("Command object info received (Max size = 256, Offset = 0, CRC = 00000000)")  # Android
    assert (r["op"], r["object_type"], r["max_size"]) == ("SELECT", "COMMAND", 256)


def test_ios_delegate_and_wrapper_errors():
    """Delegate/local errors with their DFUError: corpus posts and the library's message texts."""
    for name, code, ev_name in (("gh-ios-dfu-hex-without-init-packet-error103", 103, "extendedInitPacketRequired"),
                                ("gh-ios-dfu-legacy-sdk52-uint16-bytes-received-wrap", 308, "bytesLost")):
        case, rec = read(corpus(f"{name}/input.log"))
        assert rec.kind == "ios-dfu-log"
        [err] = of(case, "host.error")
        assert (err.fields["code"], err.fields["name"]) == (code, ev_name)
    [err] = classify("Error: 65760 bytes were sent while 224 bytes were reported as received", dialect="ios")
    assert (err.fields["bytes_sent"], err.fields["bytes_received"]) == (65760, 224)
    [err] = classify("No manifest.json file found", dialect="ios")
    assert err.fields["name"] == "DFUStreamZipError.noManifest"
    assert hc.decode_ios_error(500) == {"domain": "library", "code": 500, "name": "invalidInternalState"}
    assert hc.ios_local_error("Assert initPacket != nil failed") == (500, "invalidInternalState")


def test_flutter_plugins(tmp_path):
    """``PlatformException(N, DFU FAILED: ...)``: iOS plugin (UUID address, DFUError) in the corpus; Android
    plugin (MAC address, the library's upper-case text, onError number) as its source words it."""
    case, rec = read(corpus("gh-flutter-nordic-dfu-ios-buttonless-error94-alt-name/input.log"))
    assert rec.kind == "ios-dfu-log" and not of(case, "unparsed")
    [resp] = of(case, "dfu.response")
    assert resp.fields["result"] == "BUTTONLESS_OPERATION_FAILED"
    line = ("E/flutter (12367): [ERROR:flutter/lib/ui/ui_dart_state.cc(157)] Unhandled Exception: "
            "PlatformException(517, DFU FAILED: INVALID OBJECT, device address: C3:CE:FE:CF:F5:E9, null)")
    case, rec = read_text(tmp_path, line + "\n")
    assert rec.kind == "android-dfu-log"
    [resp] = of(case, "dfu.response")
    assert resp.fields["result"] == "INVALID_OBJECT"
    [err] = classify("Unhandled Exception: PlatformException(133, DFU FAILED: GATT ERROR, C3:CE:FE:CF:F5:E9, null)")
    assert (err.kind, err.fields["code"], err.fields["name"]) == ("transport.error", 133, "GATT_ERROR")


# --- Android ----------------------------------------------------------------------------------------

def test_android_bare_dfu_lines(tmp_path):
    """``[DFU] ...`` pasted without level and time (corpus) and the library's own format strings."""
    case, rec = read(corpus("gh-adafruit-bootloader-ota-init-op2-status6-hci-rx-queue/input.log"))
    assert rec.kind == "android-dfu-log"
    first, second = of(case, "dfu.response")
    assert (first.fields["op"], first.fields["result"]) == ("INITIALIZE_DFU_PARAMETERS", "LEGACY_OPERATION_FAILED")
    assert second.fields["restated"] and second.fields["result"] == "LEGACY_OPERATION_FAILED"
    case, rec = read(corpus("gh-pixljs-nrf52-dfu-insufficient-resources-image-too-large/input.log"))
    assert rec.kind == "android-dfu-log"
    text = ("[DFU] Notification received from […], value (0x): 60-04-0B-07\n"
            "[DFU] Remote DFU error: EXTENDED ERROR\n"
            "[DFU] Details: SD version failure (Code = 7)\n"
            "[DFU] Connection failed (0x93): GATT CONN TIMEOUT\n")
    case, rec = read_text(tmp_path, text)
    assert rec.kind == "android-dfu-log" and not of(case, "unparsed")
    resp = of(case, "dfu.response")[0]
    assert (resp.fields["op"], resp.fields["ext_error"]) == ("EXECUTE", "SD_VERSION_FAILURE")
    [te] = of(case, "transport.error")
    assert (te.fields["code"], te.fields["name"]) == (147, "GATT_CONN_TIMEOUT")


def test_android_logcat_and_listener_forms():
    """Listener shapes (issues #264, #100, #36, #173 verbatim) and logcat without date/pid (corpus)."""
    case, rec = read(PHONE / "android_listeners.log")
    assert rec.kind == "android-dfu-log" and not of(case, "unparsed")
    assert [e.level for e in case.events] == ["verbose", "debug", "verbose", "debug", "info", "info"]
    assert of(case, "dfu.start")[0].line == 1
    for name in ("gh-android-dfu-bonded-legacy-invalid-handle-no-service-changed/input.log",
                 "gh-android-dfu-flutter-nrf51-buttonless-no-bond-sharing-gatt133/input2.log",
                 "gh-android-dfu-legacy-error6-no-delay-retry-bricks/input.log",
                 "gh-android-toolbox-2.5.0-proguard-dfu-file-error/input.log"):
        _, rec = read(corpus(name))
        assert rec.kind == "android-dfu-log", name
    case, _ = read(corpus("gh-android-dfu-legacy-error6-no-delay-retry-bricks/input.log"))
    resps = of(case, "dfu.response")
    # "Level : 10 , Message : [DFU] Response received (Op Code = 3, Status = 6)", the exception naming the
    # request, then "Remote DFU error: OPERATION FAILED": one legacy failure, restated twice
    assert {(r.fields["op"], r.fields["result"]) for r in resps} == {("RECEIVE_FIRMWARE_IMAGE",
                                                                       "LEGACY_OPERATION_FAILED")}
    assert [r.fields.get("restated", False) for r in resps] == [False, True, True]
    assert resps[0].level == "application" and resps[2].level == "error"


def test_android_connection_statuses():
    """143/147/257 (lib >= 2.7.0 GattError) in the library's log line and its logcat line."""
    for code, name in ((0x8F, "GATT_CONN_CONGESTED"), (0x93, "GATT_CONN_TIMEOUT"), (0x101, "GATT_FAILURE")):
        [te] = classify(f"Connection failed (0x{code:02X}): {name[5:].replace('_', ' ')}")
        assert (te.fields["code"], te.fields["name"]) == (code, name)
    evs = classify("Connection state change error: 147 newState: 0")
    assert [e.kind for e in evs] == ["transport.error", "transport.disconnect"]
    assert evs[0].fields["name"] == "GATT_CONN_TIMEOUT"
    evs = classify("An error occurred while connecting to the device: 8")          # corpus flutter case
    assert evs[0].fields == {"code": 8, "name": "GATT_CONN_TIMEOUT", "detail": evs[0].fields["detail"]}


@pytest.mark.parametrize("line, result, protocol", [
    ("Remote DFU error: INVALID CRC ERROR", "LEGACY_CRC_ERROR", "legacy"),
    ("Remote DFU error: INVALID STATE", "LEGACY_INVALID_STATE", "legacy"),
    ("Remote DFU error: NOT SUPPORTED", "LEGACY_NOT_SUPPORTED", "legacy"),
    ("Remote DFU error: DATA SIZE EXCEEDS LIMIT", "LEGACY_DATA_SIZE_EXCEEDS_LIMIT", "legacy"),
    ("Remote DFU error: REMOTE DFU INVALID OBJECT", "INVALID_OBJECT", "secure"),       # <= v1.5.0
    ("Upload failed: REMOTE DFU operation failed", "OPERATION_FAILED", "secure"),       # corpus gh-pc-nrfutil-1.x
    ("Remote DFU error: INVALID OBJECT. SD busy? Retrying...", "INVALID_OBJECT", "secure"),
])
def test_android_remote_texts(line, result, protocol):
    r = parse_response(line, dialect="android")
    assert r is not None and (r["result"], r["protocol"]) == (result, protocol)


def test_android_signature_mismatch_is_extended_on_android():
    """The same text: Android extended 0x08 (``parseExtendedError``), iOS secure result 0x06."""
    assert parse_response("Signature mismatch", dialect="android")["ext_error"] == "SIGNATURE_MISSING"
    assert parse_response("Signature mismatch", dialect="ios")["result"] == "UNKNOWN_0x06"
    assert parse_response("Wring signature type")["ext_error"] == "WRONG_SIGNATURE_TYPE"     # v1.2.0-v1.7.0


def test_android_error_numbers_in_log_lines():
    """``Error (0x%02X): %s`` with library and GATT numbers (source format; corpus adafruit 0x85)."""
    [err] = classify("Error (0x1008): DFU INVALID RESPONSE", dialect="android")
    assert (err.kind, err.fields["code"], err.fields["name"]) == ("host.error", 0x1008, "INVALID_RESPONSE")
    [te] = classify("Error (0x101): GATT FAILURE", dialect="android")
    assert (te.kind, te.fields["code"], te.fields["name"]) == ("transport.error", 0x101, "GATT_FAILURE")
    [te] = classify("Error (0x101): TOO MANY OPEN CONNECTIONS", dialect="android")
    assert te.fields["name"] == "TOO_MANY_OPEN_CONNECTIONS"
    [te] = classify("Error (0x85): GATT ERROR", dialect="android")
    assert (te.fields["code"], te.fields["name"]) == (133, "GATT_ERROR")


def test_invalid_response_is_not_a_successful_response():
    """Android ``Invalid response received (response: 0x600401, expected: 0x6003..)`` and iOS
    ``Unsupported response received: 0x...``: the library rejected what it got."""
    assert parse_response("Invalid response received (response: 0x600401, expected: 0x6003..)") is None
    [err] = classify("Invalid response received (response: 0x600401, expected: 0x6003..)", dialect="android")
    assert (err.kind, err.fields["code"], err.fields["response_bytes"]) == ("host.error", 0x1008, "600401")
    [err] = classify("Unsupported response received: 0x600409", dialect="ios")
    assert (err.kind, err.fields["code"], err.fields["name"]) == ("host.error", 307, "unsupportedResponse")


@pytest.mark.parametrize("line, op, result, ext, otype", [
    ("Creating Command object failed (error 11) (extended error 7)", "CREATE", "EXT_ERROR",
     "SD_VERSION_FAILURE", "COMMAND"),
    ("Executing object failed (error 10)", "EXECUTE", "OPERATION_FAILED", None, None),   # issue #100 verbatim
    ("Selecting object failed (error 5)", "SELECT", "INVALID_OBJECT", None, None),
    ("Receiving Checksum failed (error 8)", "CRC_GET", "OPERATION_NOT_PERMITTED", None, None),
    ("Sending the number of packets failed (error 2)", "RECEIPT_NOTIF_SET", "OP_CODE_NOT_SUPPORTED", None, None),
    ("Device returned validation error (error 5)", "VALIDATE_FIRMWARE", "LEGACY_CRC_ERROR", None, None),
    ("Device returned error after sending file (error 6): OPERATION FAILED", "RECEIVE_FIRMWARE_IMAGE",
     "LEGACY_OPERATION_FAILED", None, None),                                         # corpus error6 case
    ("Device returned error after sending Enter Bootloader (error 4)", "ENTER_BOOTLOADER",
     "BUTTONLESS_OPERATION_FAILED", None, None),
])
def test_android_exceptions_name_the_request(line, op, result, ext, otype):
    r = parse_response(line)
    assert (r["op"], r["result"], r.get("ext_error"), r.get("object_type")) == (op, result, ext, otype)


@pytest.mark.parametrize("line, kind, code, name", [
    ('{"framesToPop":1,"code":"4097"}', "host.error", 4097, "FILE_NOT_FOUND"),     # corpus RN case
    ("dfu：onError 8203message： UNKNOWN (8203)", None, None, None),                # issue #268: old remote
    ("onError: 133", "transport.error", 133, "GATT_ERROR"),
    ("onError(error=8, errorType=1)", "transport.error", 8, "GATT_CONN_TIMEOUT"),
    ("onError(error=8, errorType=2)", "transport.error", 8, "GATT_INSUF_AUTHORIZATION"),
    ("DFU INVALID RESPONSE", "host.error", 0x1008, "INVALID_RESPONSE"),            # GattError.parse text
    ("Error: GATT CONN TIMEOUT", "transport.error", 8, "GATT_CONN_TIMEOUT"),
])
def test_android_numbers_apps_print(line, kind, code, name):
    evs = classify(line)
    if kind is None:     # 8203 = 0x2000 | 0x0B without type bits (<= v1.5.0): the secure EXT_ERROR
        [resp] = [e for e in evs if e.kind == "dfu.response"]
        assert (resp.fields["result"], resp.fields["ext_error"]) == ("EXT_ERROR", NOT_PRESENT)
        return
    [ev] = evs
    assert (ev.kind, ev.fields["code"], ev.fields.get("name")) == (kind, code, name)


def test_android_ambiguous_bare_status_has_no_name():
    [ev] = classify("onError: 8")
    assert ev.fields["code"] == 8 and "name" not in ev.fields
    assert hc.decode_android_error(8197) is None           # 0x2000 | 5: legacy CRC_ERROR or INVALID_OBJECT


def test_wrapper_states():
    """react-native-nordic-dfu ``DFUStateChanged`` states as its JS logs them (corpus) and its source."""
    case, rec = read(corpus("gh-rn-nordic-dfu-adafruit-bootloader-prn12-operation-failed/input2.log"))
    assert {e.kind for e in case.events} >= {"dfu.start", "dfu.progress", "host.error"}
    [ev] = classify("DFU State: DFU_COMPLETED")
    assert ev.kind == "dfu.complete"


# --- byte renderings (dfu_response) --------------------------------------------------------------

@pytest.mark.parametrize("line, kind, op, result", [
    ("[HOSTMCU] RX <-- [ 96, 1, 4, ]", "response", "CREATE", "INSUFFICIENT_RESOURCES"),
    ("[HOSTMCU] TX --> [ 1, 1, 140, 0, 0, 0, ]", "request", "CREATE", None),
    ("SLIP: <-- [96, 4, 11, 7]", "response", "EXECUTE", "EXT_ERROR"),             # pc-nrfutil level 5
    ("SLIP: --> [4]", "request", "EXECUTE", None),
    (" recv <-- <Buffer 60 04 05>", "response", "EXECUTE", "INVALID_OBJECT"),      # pc-nrf-dfu-js noble
    (" ctrl -->  <Buffer 04>", "request", "EXECUTE", None),
    ("RX: 60 4 b 7", "response", "EXECUTE", "EXT_ERROR"),                          # unpadded hex
    ("<< 04 0B 07", "response", "EXECUTE", "EXT_ERROR"),                           # serial, no 0x60
    (">> 60 01 04", "response", "CREATE", "INSUFFICIENT_RESOURCES"),               # 0x60 wins over '>>'
    ("TX: 06 01", "request", "SELECT", None),
])
def test_directed_bytes(line, kind, op, result):
    resp, req = parse_response(line), parse_request(line)
    if kind == "response":
        assert req is None and (resp["op"], resp["result"]) == (op, result)
    else:
        assert resp is None and req["op"] == op


def test_packet_characteristic_writes():
    """``data --> <Buffer ..>`` (pc-nrf-dfu-js source and corpus noble trace) is a data WRITE, whatever
    its first byte."""
    line = ("Wed, 23 Jan 2019 10:01:44 GMT dfu:noble  data -->  <Buffer 02 02 02 02 02 02 02 02 02 02 02 02 02 02 "
            "02 02 02 02 02 10 10 10 10>")
    assert parse_response(line) is None
    assert parse_request(line) == {"op": "WRITE", "protocol": "secure", "size": 23, "channel": "packet"}
    case, rec = read(corpus("gh-pc-nrf-dfu-js-noble-mtu23-hash-mismatch/input2.log"))
    assert {r.fields["size"] for r in of(case, "dfu.request")} == {23}
    assert find_directed(" data --> <Buffer 01>")[3] == "packet"


def test_slip_end_bytes():
    """A SLIP END (0xC0) kept at either end of a serial frame (corpus dz-sdk15 quote; leading one)."""
    for text in ('"0x60 0x04 0x0b 0x07 0xc0"', "0xc0 0x60 0x04 0x0b 0x07 0xc0", "c0 60 04 0b 07"):
        r = parse_response(text)
        assert (r["op"], r["ext_error"]) == ("EXECUTE", "SD_VERSION_FAILURE"), text
    r = parse_response("60 03 01 00 10 00 00 c0 c0 c0 c0")      # a CRC whose bytes are 0xC0 stays a CRC
    assert r["crc"] == 0xC0C0C0C0
    assert parse_request("TX: 04 c0")["op"] == "EXECUTE"
    assert parse_bytes("[ 96, 1, 4, ]") == (b"\x60\x01\x04", "list")


@pytest.mark.parametrize("line, op, result, ext", [
    ("NRF_DFU_OP_OBJECT_CREATE -> NRF_DFU_RES_CODE_INSUFFICIENT_RESOURCES", "CREATE", "INSUFFICIENT_RESOURCES", None),
    ("request NRF_DFU_OP_OBJECT_EXECUTE failed: NRF_DFU_EXT_ERROR_SD_VERSION_FAILURE", "EXECUTE", "EXT_ERROR",
     "SD_VERSION_FAILURE"),
    ("NRF_DFU_OP_OBJECT_EXECUTE: NRF_DFU_RES_CODE_OPERATION_FAILED", "EXECUTE", "OPERATION_FAILED", None),
])
def test_sdk_enum_names(line, op, result, ext):
    r = parse_response(line)
    assert (r["op"], r["result"], r.get("ext_error")) == (op, result, ext)


def test_responses_that_name_themselves_in_prose():
    """0x60 + op + result in a sentence (corpus dz-sdk13 custom controller); a bare hex word is not one."""
    case, rec = read(corpus("dz-sdk13-custom-ble-controller-execute-not-permitted/input.log"))
    resps = of(case, "dfu.response")
    assert [(r.fields["op"], r.fields["result"]) for r in resps] == [
        ("SELECT", "SUCCESS"), ("CREATE", "SUCCESS"), ("CRC_GET", "SUCCESS"), ("EXECUTE", "OPERATION_NOT_PERMITTED")]
    assert parse_response("HOSTMCU got [96, 1, 4] back")["result"] == "INSUFFICIENT_RESOURCES"
    assert parse_response("checksum 600405 computed") is None


@pytest.mark.parametrize("line, result, ext", [
    ("Error: The state of the DFU process does not allow this operation", "OPERATION_NOT_PERMITTED", None),
    ("Error message for known extended error code from DFU target: The hash of the received firmware image "
     "does not match the hash in the init packet.", "EXT_ERROR", "VERIFICATION_FAILED"),
    ("Cannot allow this operation in the current DFU state", "OPERATION_NOT_PERMITTED", None),   # pc-nrf-dfu-js
    ("The array of supported SoftDevices for the update does not contain the FWID of the current SoftDevice.",
     "EXT_ERROR", "SD_VERSION_FAILURE"),                                                # pc-nrfutil table
])
def test_sdk_documentation_sentences(line, result, ext):
    r = parse_response(line)
    assert (r["result"], r.get("ext_error")) == (result, ext)


# --- the request inferred from the result --------------------------------------------------------

def test_op_inferred_from_result_only_where_unique():
    """Extended errors come only from EXECUTE (SDK 15-17 req_handler / validation); INSUFFICIENT_RESOURCES
    also from command EXECUTE ("Can't find room for update"), so it names no request."""
    assert op_answering("EXT_ERROR", "SD_VERSION_FAILURE") == ("EXECUTE", "COMMAND")
    assert op_answering("EXT_ERROR", "VERIFICATION_FAILED") == ("EXECUTE", "DATA")
    assert op_answering("EXT_ERROR", NOT_PRESENT) == ("EXECUTE", None)
    assert op_answering("INSUFFICIENT_RESOURCES") is None and op_answering("INVALID_OBJECT") is None
    [resp, err] = classify("Error: SD version check failed")       # corpus gh-ios-dfu-sd-version (no request)
    assert (resp.fields["op"], resp.fields["op_inferred"], resp.fields["op_source"], resp.fields["object_type"]) == (
        "EXECUTE", True, "result", "COMMAND")
    assert err.kind == "host.error"
    [resp, _err] = classify("Extended Error 0x0C: The hash of the received firmware image does not match the hash "
                            "in the init packet.")
    assert (resp.fields["op"], resp.fields["object_type"]) == ("EXECUTE", "DATA")
    [resp] = classify("Remote DFU error: INSUFFICIENT RESOURCES")
    assert resp.fields["op"] is NOT_PRESENT and "op_source" not in resp.fields
    # a logged request still wins: it is what was answered
    evs = classify("Data written to 8ec90001-f315-4f60-9fb8-838830daea50, value (0x): 01-01-8C-00-00-00",
                   "Details: SD version failure (Code = 7)", dialect="android")
    assert evs[-1].fields["op"] == "CREATE" and "op_source" not in evs[-1].fields


# --- what must stay someone else's -------------------------------------------------------------------

def test_corpus_phone_inputs_are_recognised():
    names = sorted(p for p in CORPUS.glob("gh-*/input*")
                   if p.parent.name.startswith(("gh-ios-", "gh-android-", "gh-flutter-", "gh-rn-", "gh-pixljs-",
                                                "gh-web-bluetooth-", "gh-pc-nrf-dfu-js-",
                                                "gh-adafruit-bootloader-")))
    if not names:
        pytest.skip("corpus not present")
    for path in names:
        [src] = expand([str(path)])
        with opened(src) as (_view, parser):
            assert parser is not None, path


def test_corpus_prose_is_not_a_phone_log():
    """truth.md files quote the libraries' lines in sentences; quoting is not output."""
    for path in sorted(CORPUS.glob("*/truth.md")):
        [src] = expand([str(path)])
        with opened(src) as (_view, parser):
            assert parser is None or parser.kind not in HOST_KINDS, path
