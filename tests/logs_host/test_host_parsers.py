"""Host-side DFU log parsers on the real posted cases, nrfutil's own output and hand-built fixtures."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from readback import of, read

from dfuforensics.errors import WrongFormat
from dfuforensics.evidence import detect
from dfuforensics.sources import expand

HERE = Path(__file__).parent
FIX = HERE / "fixtures"
NRFUTIL_PATH = Path(os.environ.get("NRFUTIL", "/tmp/nrfutil-venv/bin/nrfutil"))


CASES = {
    # case input -> (kind, number of warnings)
    "android-dfu-lib-1.8.0-hex-truncated-bricks-legacy/input.log": ("android-dfu-log", 0),
    "android-dfu-lib-1.8.0-hex-truncated-bricks-legacy/input2.log": ("android-dfu-log", 0),
    "ios-sdk12-to-15-execute-0x0A-bad-package/input.log": ("ios-dfu-log", 0),
    "nrfconnect-desktop-jlink-ob-0x802a-packet-write-fail/input.log": ("nrfconnect-desktop-log", 0),
    "sdk15-execute-invalid-object-uecc-build-flags/input.log": ("nrfconnect-desktop-log", 0),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_cases_recognised(shared, name):
    case, rec = read(shared / "cases" / name)
    kind, n_warn = CASES[name]
    assert rec.kind == kind
    assert len(rec.warnings) == n_warn, [w.describe() for w in rec.warnings]
    assert not of(case, "unparsed")
    assert all(e.clock == "host" and e.t is not None for e in case.events if e.kind != "log.line")


def test_ios_case(shared):
    case, _ = read(shared / "cases/ios-sdk12-to-15-execute-0x0A-bad-package/input.log")
    [req] = of(case, "dfu.request")
    assert req.fields["op"] == "EXECUTE" and req.line == 1
    first = of(case, "dfu.response")[0]
    assert (first.line, first.fields["op"], first.fields["result"]) == (3, "EXECUTE", "OPERATION_FAILED")
    assert first.fields["side"] == "host" and "ext_error" not in first.fields
    assert first.t == pytest.approx(12 * 3600 + 28 * 60 + 5.463916)
    assert [e.line for e in of(case, "host.error")] == [4, 9]
    assert [e.line for e in of(case, "transport.disconnect")] == [7]


def test_desktop_0x802a_case(shared):
    case, _ = read(shared / "cases/nrfconnect-desktop-jlink-ob-0x802a-packet-write-fail/input.log")
    errs = of(case, "transport.error")
    assert [e.fields["code"] for e in errs] == [0x802A, 0x802A, 0x802A, 0x8005]
    assert errs[0].fields["name"] == "NRF_ERROR_SD_RPC_H5_TRANSPORT_NO_RESPONSE"
    assert errs[-1].fields["name"] == "NRF_ERROR_SD_RPC_NO_RESPONSE"
    reqs = of(case, "dfu.request")
    assert len(reqs) == 3 and all(r.fields == {"op": "CREATE", "protocol": "secure", "object_type": "COMMAND",
                                               "size": 0x91, "handle": 0x0F} for r in reqs)
    assert [r.fields["result"] for r in of(case, "dfu.response")] == ["SUCCESS"] * 3
    assert errs[0].t == pytest.approx(19 * 3600 + 37.661)     # time from the line before the message
    [conn] = of(case, "transport.connect")
    assert conn.fields["address"] == "DA:12:1F:93:46:CF" and conn.fields["interval_ms"] == 22.5


def test_sdk15_desktop_case(shared):
    case, _ = read(shared / "cases/sdk15-execute-invalid-object-uecc-build-flags/input.log")
    [resp] = of(case, "dfu.response")
    assert (resp.fields["op"], resp.fields["result"], resp.line) == ("EXECUTE", "INVALID_OBJECT", 2)
    [disc] = of(case, "transport.disconnect")
    assert disc.fields["reason"] == "LOCAL_HOST_TERMINATED_CONNECTION" and disc.fields["reason_code"] == 22


def test_android_legacy_case(shared):
    case, _ = read(shared / "cases/android-dfu-lib-1.8.0-hex-truncated-bricks-legacy/input2.log")
    reqs = of(case, "dfu.request")
    assert [(r.fields["op"], r.fields.get("prn")) for r in reqs] == [
        ("PACKET_RECEIPT_NOTIFICATION_REQUEST", 10), ("RECEIVE_FIRMWARE_IMAGE", None)]
    resps = [e for e in of(case, "dfu.response") if not e.fields.get("restated")]
    assert [(r.fields["op"], r.fields["result"], r.fields["protocol"]) for r in resps] == [
        ("INITIALIZE_DFU_PARAMETERS", "LEGACY_SUCCESS", "legacy"), ("RECEIVE_FIRMWARE_IMAGE", "LEGACY_SUCCESS", "legacy")]
    [prog] = of(case, "dfu.progress")
    assert prog.fields == {"percent": 100, "seconds": 46.239}
    case1, _ = read(case.inputs[0].path.replace("input2", "input"))
    [start] = of(case1, "dfu.start")
    assert start.fields == {"side": "host", "transport": "ble"}
    assert of(case1, "transport.connect")[0].fields["address"] == "E5:BD:95:9A:5C:DC"


# --- nrfutil: real output of nrfutil 6.1.7 against the fake target (oracle/fake_serial_target.py) -----

#: scenario -> what the fake target answered (op, result, ext) and to which object type
NRFUTIL = {
    "sd_req": ("EXECUTE", "EXT_ERROR", "SD_VERSION_FAILURE", "COMMAND"),
    "sd_req_v": ("EXECUTE", "EXT_ERROR", "SD_VERSION_FAILURE", "COMMAND"),
    "invalid_object": ("EXECUTE", "INVALID_OBJECT", None, "COMMAND"),
    "op_failed": ("EXECUTE", "OPERATION_FAILED", None, "COMMAND"),
    "hash": ("EXECUTE", "EXT_ERROR", "VERIFICATION_FAILED", "DATA"),
    "hash_v": ("EXECUTE", "EXT_ERROR", "VERIFICATION_FAILED", "DATA"),
    "no_room": ("CREATE", "INSUFFICIENT_RESOURCES", None, "DATA"),
}


@pytest.mark.parametrize("scenario", sorted(NRFUTIL))
def test_nrfutil_failures_decode_to_what_the_target_sent(scenario):
    case, rec = read(FIX / "nrfutil" / f"{scenario}.txt")
    assert rec.kind == "nrfutil-output" and rec.warnings == []
    op, result, ext, otype = NRFUTIL[scenario]
    [err] = of(case, "host.error")
    assert err.fields["exception"] == "NordicSemiException"
    [resp] = of(case, "dfu.response")
    assert (resp.fields["op"], resp.fields["result"], resp.fields.get("ext_error")) == (op, result, ext)
    assert resp.fields["object_type"] == otype and resp.fields["op_source"] == "traceback"
    assert resp.line == err.line        # both from the exception line that ends the traceback


def test_nrfutil_success_and_transport_failures():
    case, _ = read(FIX / "nrfutil/success_v.txt")
    assert len(of(case, "dfu.complete")) == 1
    reqs, resps = of(case, "dfu.request"), of(case, "dfu.response")
    assert [r.fields["op"] for r in reqs][:3] == ["PING", "RECEIPT_NOTIF_SET", "MTU_GET"]
    assert resps[2].fields["mtu"] == 131 and all(r.fields["result"] == "SUCCESS" for r in resps)
    assert of(case, "transport.connect")[0].fields["transport"] == "serial"
    case, _ = read(FIX / "nrfutil/silent.txt")
    [te] = of(case, "transport.error")
    assert te.fields["name"] == "NO_RESPONSE" and not of(case, "dfu.response")
    case, _ = read(FIX / "nrfutil/port_missing.txt")
    assert len(of(case, "host.error")) == 3          # one per traceback of the chain
    assert [e.fields.get("chained", False) for e in of(case, "host.error")] == [False, True, True]
    errs = of(case, "transport.error")      # each exception of the chain names the port; one failure
    assert [e.fields.get("restated", False) for e in errs] == [False, True]
    assert {(e.fields["name"], e.fields["stage"]) for e in errs} == {("PORT_ERROR", "open")}


@pytest.mark.slow
@pytest.mark.skipif(not NRFUTIL_PATH.exists(), reason="nrfutil oracle not installed")
def test_live_nrfutil_oracle(tmp_path):
    """Run the real nrfutil against the fake target now: the parser must name what the target sent."""
    pytest.importorskip("intelhex")
    py = sys.executable
    work = tmp_path
    subprocess.run([py, "-c", "from intelhex import IntelHex\nih=IntelHex()\n"
                    "for i in range(600): ih[0x27000+i]=i%251\nih.write_hex_file('app.hex')"], cwd=work, check=True)
    subprocess.run([str(NRFUTIL_PATH), "keys", "generate", "key.pem"], cwd=work, check=True, capture_output=True)
    subprocess.run([str(NRFUTIL_PATH), "pkg", "generate", "--hw-version", "52", "--sd-req", "0xB6",
                    "--application-version", "1", "--application", "app.hex", "--key-file", "key.pem", "pkg.zip"],
                   cwd=work, check=True, capture_output=True)
    link = work / "tty"
    target = subprocess.Popen([py, str(HERE / "oracle/fake_serial_target.py"), str(link), "invalid_object"])
    try:
        for _ in range(100):
            if link.exists():
                break
            time.sleep(0.1)
        res = subprocess.run([str(NRFUTIL_PATH), "dfu", "serial", "-pkg", "pkg.zip", "-p", str(link), "-b",
                              "115200", "-t", "2"], cwd=work, capture_output=True, text=True, timeout=120)
    finally:
        target.kill()
        target.wait()
    log = work / "nrfutil.txt"
    log.write_text(res.stdout + res.stderr)
    case, rec = read(log)
    assert rec.kind == "nrfutil-output"
    [resp] = of(case, "dfu.response")
    assert (resp.fields["op"], resp.fields["result"]) == ("EXECUTE", "INVALID_OBJECT")


# --- hand-built fixtures in the real logs' line grammars (fixtures/synthetic/README.md) ---------------

def test_android_secure_fixture():
    case, rec = read(FIX / "synthetic/android_secure_sd_req.log")
    assert rec.kind == "android-dfu-log" and rec.warnings == []
    resps = [e for e in of(case, "dfu.response") if e.fields["result"] != "SUCCESS"]
    assert all(e.fields["op"] == "EXECUTE" and e.fields["result"] == "EXT_ERROR" for e in resps)
    assert [e.fields["ext_error"] for e in resps if not e.fields.get("restated")] == ["SD_VERSION_FAILURE"] * 2
    objs = of(case, "dfu.object")
    assert [(o.fields["action"], o.fields.get("size")) for o in objs] == [("select", None), ("create", 140)]
    gatt = of(case, "transport.error")
    assert [e.fields["code"] for e in gatt] == [133, 133, 133] and gatt[0].fields["name"] == "GATT_ERROR"


def test_android_logcat_fixture():
    case, rec = read(FIX / "synthetic/android_logcat_no_room.log")
    assert rec.kind == "android-dfu-log" and rec.warnings == []
    assert {(e.fields["op"], e.fields["result"]) for e in of(case, "dfu.response")} == {
        ("CREATE", "INSUFFICIENT_RESOURCES")}
    assert of(case, "dfu.request")[0].fields == {"op": "CREATE", "protocol": "secure", "object_type": "DATA",
                                                 "size": 4096}


def test_ios_fixture():
    case, rec = read(FIX / "synthetic/ios_fw_version.log")
    assert rec.kind == "ios-dfu-log" and rec.warnings == []
    assert [r.fields["op"] for r in of(case, "dfu.request")] == ["SELECT", "CREATE", "EXECUTE"]
    last = of(case, "dfu.response")[-1]
    assert last.line == 10 and last.fields["ext_error"] == "FW_VERSION_FAILURE"   # DFUError 25 = 20 + 0x05
    assert of(case, "dfu.response")[-2].fields["ext_error"] == "FW_VERSION_FAILURE"  # 60040b05


def test_desktop_iso_fixture():
    case, rec = read(FIX / "synthetic/desktop_iso_hash_mismatch.log")
    assert rec.kind == "nrfconnect-desktop-log" and rec.warnings == []
    exts = {e.fields.get("ext_error") for e in of(case, "dfu.response") if e.fields["result"] == "EXT_ERROR"}
    assert exts == {"VERIFICATION_FAILED"}
    assert [e.fields["code"] for e in of(case, "transport.error")] == [0x802A]
    assert of(case, "transport.disconnect")[0].fields["reason"] == "REMOTE_USER_TERMINATED_CONNECTION"


# --- damage: warnings with places, never a traceback ------------------------------------------------

def _copy_with(tmp_path: Path, src: Path, extra: bytes, name: str = "damaged.log") -> Path:
    p = tmp_path / name
    p.write_bytes(src.read_bytes() + extra)
    return p


@pytest.mark.parametrize("fixture", [
    "synthetic/android_secure_sd_req.log", "synthetic/ios_fw_version.log",
    "synthetic/desktop_iso_hash_mismatch.log", "nrfutil/sd_req_v.txt"])
def test_damaged_inputs(tmp_path, fixture):
    src = FIX / fixture
    n = len(src.read_bytes().splitlines())
    junk = b"\xff\xfe\x80 garbage \x00\x00 line\n" + b"A" * 100_000 + b"\n" + b"plain words nobody logs\n"
    case, rec = read(_copy_with(tmp_path, src, junk))
    clean_case, clean_rec = read(src)
    assert rec.kind == clean_rec.kind
    msgs = [w.describe() for w in rec.warnings]
    assert any(f":{n + 2}: line longer" in m for m in msgs), msgs          # the 100 kB line, by number
    assert any("not UTF-8 text or NULs" in m and f":{n + 1}:" in m for m in msgs), msgs
    assert any("not understood" in m for m in msgs), msgs
    unparsed = [e.line for e in of(case, "unparsed")]
    assert n + 3 in unparsed
    # everything the clean file gave is still there
    assert [e.kind for e in case.events][: len(clean_case.events)] == [e.kind for e in clean_case.events]


def test_binary_garbage_is_not_a_host_log(tmp_path):
    p = tmp_path / "garbage.bin"
    p.write_bytes(bytes(range(256)) * 64)
    [src] = expand([str(p)])
    parser = detect(src)
    assert parser is None or parser.kind not in {"nrfutil-output", "android-dfu-log", "ios-dfu-log",
                                                  "nrfconnect-desktop-log"}
    from dfuforensics.evidence.android_dfu_log import PARSERS
    with pytest.raises(WrongFormat):
        list(PARSERS[0].parse(src))


def test_invalid_utf8_whole_file(tmp_path):
    raw = (FIX / "synthetic/ios_fw_version.log").read_bytes().replace(b"Tracker", b"Tr\xe4cker")
    p = tmp_path / "latin1.log"
    p.write_bytes(raw)
    case, rec = read(p)
    assert rec.kind == "ios-dfu-log"
    assert len(of(case, "dfu.request")) == 3
    assert any("not UTF-8" in w.message for w in rec.warnings)


def test_deterministic(shared):
    a, _ = read(FIX / "synthetic/android_secure_sd_req.log")
    b, _ = read(FIX / "synthetic/android_secure_sd_req.log")
    assert [(e.kind, e.line, e.t, repr(e.fields)) for e in a.events] == [
        (e.kind, e.line, e.t, repr(e.fields)) for e in b.events]


def test_device_logs_are_not_claimed(shared):
    """Device-side logs and samples of other platforms stay with their own parsers."""
    mine = {"nrfutil-output", "android-dfu-log", "ios-dfu-log", "nrfconnect-desktop-log"}
    host_cases = {p.split("/")[0] for p in CASES}
    for path in sorted((shared / "cases").glob("*/input*.log")) + sorted((shared / "samples").iterdir()):
        if path.parent.name in host_cases:
            continue
        [src] = expand([str(path)])
        parser = detect(src)
        assert parser is None or parser.kind not in mine, path


# --- code tables against pc-ble-driver's own constants (the driver nrfutil ships) --------------------

@pytest.mark.skipif(not (NRFUTIL_PATH.parent / "python").exists(), reason="nrfutil venv not installed")
def test_pc_ble_driver_tables_match_the_driver():
    from dfuforensics.nrf5 import host_codes as hc
    code = ("import pc_ble_driver_py.lib.nrf_ble_driver_sd_api_v5 as d\n"
            "for k in dir(d):\n"
            "    v = getattr(d, k)\n"
            "    if isinstance(v, int) and (k.startswith('NRF_ERROR_SD_RPC') or k.startswith('BLE_HCI_')):\n"
            "        print(k, v)\n")
    res = subprocess.run([str(NRFUTIL_PATH.parent / "python"), "-c", code], capture_output=True, text=True,
                         timeout=60)
    if res.returncode:
        pytest.skip(f"pc_ble_driver_py not importable: {res.stderr[-200:]}")
    driver = dict(line.split() for line in res.stdout.splitlines())
    for value, name in hc.PC_BLE_DRIVER_ERRORS.items():
        assert int(driver[name]) == value, name
    hci = {int(v): k for k, v in driver.items() if k.startswith("BLE_HCI_")}
    for value, name in hc.HCI_STATUS.items():
        assert value in hci, name
        assert hci[value].replace("STATUS_CODE_", "").endswith(name) or name.endswith(
            hci[value].split("BLE_HCI_")[-1].replace("STATUS_CODE_", "")), (value, name, hci[value])


def test_prose_about_host_logs_is_not_a_host_log(shared):
    """truth.md files quote host-log phrases in prose; quoting is not output."""
    mine = {"nrfutil-output", "android-dfu-log", "ios-dfu-log", "nrfconnect-desktop-log"}
    for path in sorted((shared / "cases").glob("*/truth.md")) + [FIX / "synthetic/README.md"]:
        [src] = expand([str(path)])
        parser = detect(src)
        assert parser is None or parser.kind not in mine, path
