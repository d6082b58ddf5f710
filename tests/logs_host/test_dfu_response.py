"""parse_response / parse_request: every rendering we have met, and a round trip over all codes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dfuforensics.evidence.dfu_response import (
    decode_response_bytes,
    parse_bytes,
    parse_request,
    parse_response,
    render_response,
)
from dfuforensics.model import NOT_PRESENT
from dfuforensics.nrf5.dfu_codes import EXT_ERRORS, OPCODES, RESULTS


def _r(text, **kw):
    r = parse_response(text, **kw)
    assert r is not None, text
    return r


@pytest.mark.parametrize("text, op, result, ext", [
    ("60 04 0B 07", "EXECUTE", "EXT_ERROR", "SD_VERSION_FAILURE"),        # sniffer / spaces
    ("60-04-0A", "EXECUTE", "OPERATION_FAILED", None),                      # Android / desktop
    ("60040a", "EXECUTE", "OPERATION_FAILED", None),                        # iOS
    ("0x60040A", "EXECUTE", "OPERATION_FAILED", None),
    ("[96, 4, 11, 12]", "EXECUTE", "EXT_ERROR", "VERIFICATION_FAILED"),    # Python list, decimal
    ("0x60 0x04 0x05", "EXECUTE", "INVALID_OBJECT", None),
    ("60:01:04", "CREATE", "INSUFFICIENT_RESOURCES", None),
    ("[0x4, 0xB]", "EXECUTE", "EXT_ERROR", NOT_PRESENT),                    # serial "Sending Response"
    ("[0x4, 0xB, 0x7]", "EXECUTE", "EXT_ERROR", "SD_VERSION_FAILURE"),
    ("Sending Response: [0x6, 0x1]", "SELECT", "SUCCESS", None),
    ("Notification received from 8EC90001-F315-4F60-9FB8-838830DAEA50, value (0x): 60040a",
     "EXECUTE", "OPERATION_FAILED", None),
    ("Attribute value changed, handle: 0x0F, value (0x): 60-01-01", "CREATE", "SUCCESS", None),
    ("Operation code 4 (EXECUTE) failed on DFU Target. Result code 5 (INVALID_OBJECT).",
     "EXECUTE", "INVALID_OBJECT", None),
    ("Operation code 1 (CREATE) failed on DFU Target. Result code 11 (EXTENDED_ERROR). Extended error code 7",
     "CREATE", "EXT_ERROR", "SD_VERSION_FAILURE"),
    ("DFU request 4 failed with error: 0x5", "EXECUTE", "INVALID_OBJECT", None),
    ("Request handling complete. Result: 0xB", NOT_PRESENT, "EXT_ERROR", NOT_PRESENT),
])
def test_renderings(text, op, result, ext):
    r = _r(text)
    assert r["op"] == op
    assert r["result"] == result
    if ext is None:
        assert "ext_error" not in r
    else:
        assert r["ext_error"] == ext


@pytest.mark.parametrize("text, result, ext", [
    ("error 522", "OPERATION_FAILED", None),                     # Android: 0x200 | 0x0A
    ("DFU error 8714", "OPERATION_FAILED", None),                # with ERROR_REMOTE_MASK 0x2000
    ("error 517", "INVALID_OBJECT", None),
    ("error 1031", "EXT_ERROR", "SD_VERSION_FAILURE"),           # 0x400 | 0x07 (extended)
    ("Remote DFU error: OPERATION FAILED", "OPERATION_FAILED", None),
    ("Remote DFU error: EXTENDED ERROR", "EXT_ERROR", NOT_PRESENT),
    ("Details: SD version failure (Code = 7)", "EXT_ERROR", "SD_VERSION_FAILURE"),
    ("Error 10: Operation failed", "OPERATION_FAILED", None),    # iOS library logger
    ("Error 20: Operation failed", "OPERATION_FAILED", None),    # iOS DFUError raw value, same text
    ("INVALID OBJECT", "INVALID_OBJECT", None),
    ("InvalidObject", "INVALID_OBJECT", None),
    ("Operation failed", "OPERATION_FAILED", None),
    ("SD_VERSION_FAILURE", "EXT_ERROR", "SD_VERSION_FAILURE"),
    ("Response Code InvalidObject", "INVALID_OBJECT", None),     # nrfutil serial
    ("Response Code OperationNotPermitted", "OPERATION_NOT_PERMITTED", None),
    ("Extended Error 0x07: The array of supported SoftDevices ...", "EXT_ERROR", "SD_VERSION_FAILURE"),
    ("Result code 5 (INVALID_OBJECT)", "INVALID_OBJECT", None),
])
def test_library_texts(text, result, ext):
    r = _r(text)
    assert r["result"] == result
    assert r["op"] is NOT_PRESENT
    assert r.get("ext_error") == ext if ext is not None else "ext_error" not in r


def test_dialects():
    # iOS DFUError raw values: 27 = 20 + SD_VERSION_FAILURE, 15 = 10 + INVALID_OBJECT
    assert _r("Error 27: something", dialect="ios")["ext_error"] == "SD_VERSION_FAILURE"
    assert _r("Error 15: x", dialect="ios")["result"] == "INVALID_OBJECT"
    # the Android numbering of the same number means something else (not remote) -> nothing
    assert parse_response("Error 27: something", dialect="android") is None
    legacy = _r("Response received (Op Code = 3, Status = 1)", protocol="legacy")
    assert legacy == {"op": "RECEIVE_FIRMWARE_IMAGE", "result": "LEGACY_SUCCESS", "protocol": "legacy"}
    assert _r("error 261")["result"] == "LEGACY_CRC_ERROR"       # 0x100 | 5
    assert _r("error 2052")["result"] == "BUTTONLESS_OPERATION_FAILED"


def test_legacy_and_buttonless_bytes():
    assert _r("10-03-01") == {"op": "RECEIVE_FIRMWARE_IMAGE", "result": "LEGACY_SUCCESS", "protocol": "legacy"}
    assert _r("20-01-04")["result"] == "BUTTONLESS_OPERATION_FAILED"


def test_success_payloads():
    r = _r("60-06-01-00-02-00-00-10-00-00-00-78-56-34-12")
    assert (r["max_size"], r["offset"], r["crc"]) == (0x200, 0x10, 0x12345678)
    assert _r("60 03 01 00 10 00 00 EF BE AD DE")["crc"] == 0xDEADBEEF
    assert _r("60-07-01-F4-00")["mtu"] == 244


@pytest.mark.parametrize("text", [
    "", "   ", "DFU Version characteristic not found", "Connected to device DA:12:1F:93:46:CF",
    "Received status with code 4 Unknown value", "SUCCESS", "01-01-91-00-00-00", "60-04", "[1, 2, 3, 4, 5]",
    "[0x60, 0x4]", "Error 1: x", "Invalid", "ATT MTU updated for device DA:12:1F:93:46:CF, new value is 247",
    "[300, 4, 1]", "[0x4, 1]",
])
def test_not_responses(text):
    assert parse_response(text) is None


def test_parse_bytes_styles():
    assert parse_bytes("60-04-0a") == (b"\x60\x04\x0a", "pairs")
    assert parse_bytes("60 04-0a") is None          # mixed separators are not one rendering
    assert parse_bytes("[96, 0x4]") is None         # mixed bases are not one rendering
    assert parse_bytes("abc") is None


@pytest.mark.parametrize("text, kw, expect", [
    ("01-01-91-00-00-00", {}, {"op": "CREATE", "object_type": "COMMAND", "size": 145}),
    ("01-02-00-10-00-00", {}, {"op": "CREATE", "object_type": "DATA", "size": 4096}),
    ("0x04", {}, {"op": "EXECUTE"}),
    ("0x0601", {}, {"op": "SELECT", "object_type": "COMMAND"}),
    ("06 02", {}, {"op": "SELECT", "object_type": "DATA"}),
    ("02-0C-00", {}, {"op": "RECEIPT_NOTIF_SET", "prn": 12}),
    ("03", {}, {"op": "CRC_GET"}),
    ("08-0A-00", {"protocol": "legacy"}, {"op": "PACKET_RECEIPT_NOTIFICATION_REQUEST", "prn": 10}),
    ("01-04", {"protocol": "legacy"}, {"op": "START_DFU", "image_type": "APPLICATION"}),
    ("01", {"protocol": "buttonless"}, {"op": "ENTER_BOOTLOADER"}),
])
def test_requests(text, kw, expect):
    r = parse_request(text, **kw)
    assert r is not None
    for k, v in expect.items():
        assert r[k] == v


def test_request_is_not_response():
    assert parse_request("60-04-0A") is None
    assert parse_request("hello") is None
    assert parse_request("FF") is None


STYLES = ("pairs", "spaces", "run", "decimal_list", "ox", "serial")


@given(op=st.sampled_from(sorted(k for k in OPCODES if k not in (0x60, 0xFF))),
       result=st.sampled_from(sorted(RESULTS)),
       ext=st.sampled_from(sorted(EXT_ERRORS)),
       style=st.sampled_from(STYLES))
def test_round_trip_all_codes(op, result, ext, style):
    text = render_response(op, result, ext if result == 0x0B else None, style)
    r = parse_response(text)
    assert r is not None, text
    assert r["op"] == OPCODES[op]
    assert r["result"] == RESULTS[result]
    if result == 0x0B:
        assert r["ext_error"] == EXT_ERRORS[ext]
    else:
        assert "ext_error" not in r


@given(result=st.sampled_from(sorted(set(RESULTS) - {0x00, 0x01})), ext=st.sampled_from(sorted(EXT_ERRORS)))
def test_round_trip_names_and_android_numbers(result, ext):
    name = RESULTS[result]
    for spelling in (name, name.replace("_", " "), name.title().replace("_", "")):
        assert parse_response(spelling)["result"] == name
    if result == 0x0B:
        # Android's 0x400 | ext: ext 0 (NO_ERROR) with EXT_ERROR is no code a bootloader sends
        if ext:
            assert parse_response(f"error {0x400 | ext}")["ext_error"] == EXT_ERRORS[ext]
        else:
            assert parse_response(f"error {0x400}") is None
    else:
        assert parse_response(f"error {0x200 | result}")["result"] == name
        assert parse_response(f"Error {10 + result}: x", dialect="ios")["result"] == name


@given(st.binary(max_size=24))
def test_decode_never_raises(data):
    r = decode_response_bytes(data, unprefixed=True)
    assert r is None or set(r) >= {"op", "result", "protocol"}


@given(st.text(max_size=200))
def test_parse_never_raises(text):
    r = parse_response(text)
    assert r is None or isinstance(r["result"], str)
    parse_request(text)
