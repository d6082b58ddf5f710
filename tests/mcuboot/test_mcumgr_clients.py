"""SMP clients as pasted: mcumgr / newtmgr upload transcripts, SMP return codes in every client's wording.

Each form on two sources: the client's format string (newtmgr ``cli/image.go`` + cheggaaa/pb v1, Zephyr
``img_mgmt.h``, the Android library ``McuMgrErrorException`` / app ``strings_errors.xml``, the iOS library
``McuMgrReturnCode``, smpmgr ``common.py``) and real posts (``tests/corpus``, ``../shared/samples``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from readback import of, read, write

from dfuforensics.evidence import detect
from dfuforensics.evidence.mcumgr import IMG_MGMT_ERRORS, McumgrReader
from dfuforensics.sources import expand

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "corpus"


# --- upload transcripts: progress, then "Error: NMP timeout" or "Error: N" -------------------------------

@pytest.mark.parametrize("post,failure,stage", [
    # 0 B acknowledged, then no answer: the very first SMP request (zephyr issue 9509-style serial upload)
    ("mcuboot-smp-svr-serial-upload-nmp-timeout", ("transport.error", "TIMEOUT"), "start"),
    # `image list` timed out: no image moved, the first exchange got no answer
    ("mcuboot-nrf5340-smp-uart-flow-control-windows-nmp-timeout", ("transport.error", "TIMEOUT"), "ping"),
    # the device refused a chunk at 97 %: its own return code (3 = EINVAL), not the link
    ("ncs-nrf9160-feather-v1-bootloader-newtmgr-upload-error-3", ("mcumgr.error", "EINVAL"), "data"),
])
def test_upload_posts(post, failure, stage):
    case, rec = read(CORPUS / post / "input.log")
    assert rec.kind == "mcumgr-output"
    kind, name = failure
    [ev] = of(case, kind)
    assert (ev.fields["name"], ev.fields["stage"]) == (name, stage)
    assert of(case, "mcumgr.command")


def test_progress_forms(tmp_path):
    """pb v1 with units and rate (mynewt-mcumgr-cli issue 21), without units (issue 2), and a final line only."""
    text = ("mcumgr --conntype serial --connstring dev=/dev/ttyUSB0,baud=115200 image upload app.bin\n"
            " 8.24 KiB / 276.19 KiB [=====>---------------------]   2.98% 314 B/s 14m24s\n"
            " 0 / 110780 [-----------------------------------------]   0.00%\n"
            "Error: 3\n")
    case, rec = read(write(tmp_path, text))
    assert rec.kind == "mcumgr-output" and rec.warnings == []
    first, second = of(case, "dfu.progress")
    assert (first.fields["percent"], first.fields["bytes"], first.fields["total"]) == (2.98, 8438, 282819)
    assert first.fields["rate_bytes_per_s"] == 314
    assert (second.fields["bytes"], second.fields["total"]) == (0, 110780)
    [err] = of(case, "mcumgr.error")
    assert (err.fields["rc"], err.fields["name"], err.fields["stage"]) == (3, "EINVAL", "start")
    assert "group" not in err.fields                      # the default group: its names say it
    case, _ = read(CORPUS / "ncs-thingy53-mcumgr-header-size-32-vs-512-hang-after-swap" / "input.log")
    [p] = of(case, "dfu.progress")
    assert p.fields["percent"] == 100.0 and p.fields["bytes"] == p.fields["total"]


def test_done_then_test_timeout_is_activate(tmp_path):
    text = ("$ mcumgr -c acm0 image upload build/zephyr/app_update.bin\n"
            " 124.17 KiB / 124.17 KiB [=========================] 100.00% 9.12 KiB/s 13s\nDone\n"
            "$ mcumgr -c acm0 image test 2ed62aac00265647c8343286dcc410a59ed8b83a5fffab103f54abedca21a5b6\n"
            "Error: NMP timeout\n")
    case, _ = read(write(tmp_path, text))
    assert [c.fields["connection"] for c in of(case, "mcumgr.command")] == ["acm0", "acm0"]
    [te] = of(case, "transport.error")
    assert te.fields["stage"] == "activate"
    assert of(case, "dfu.progress")[-1].fields.get("upload_done") is True


# --- SMP return codes in each client's words ---------------------------------------------------------

@pytest.mark.parametrize("line,rc,group,name", [
    # Android library: "Mcu Mgr Error: " + McuMgrErrorCode.toString() (NAME (n)); group codes print the enum name
    ("Mcu Mgr Error: IN_VALUE (3)", 3, "default", "EINVAL"),
    ("Mcu Mgr Error: BAD_STATE (6)", 6, "default", "EBADSTATE"),
    ("Mcu Mgr Error: IMAGE_ALREADY_PENDING", 28, "image", "IMAGE_ALREADY_PENDING"),
    # Android app strings_errors.xml (image group), and the post that shows it (shared sample devzone 106962)
    ("Invalid image header magic (23)", 23, "image", "INVALID_IMAGE_HEADER_MAGIC"),
    ("Current version is newer (27)", 27, "image", "CURRENT_VERSION_IS_NEWER"),
    # iOS McuMgrReturnCode debug description
    ("Busy, try again later (RC: 10)", 10, "default", "EBUSY"),
    # SMP v2 error object and smpmgr's model repr
    ('{"err": {"group": 1, "rc": 9}}', 9, "image", "NO_FREE_SLOT"),
    ("ImageUploadWriteResponseError(header=..., err=Err(group=<GroupId.IMAGE_MANAGEMENT: 1>, "
     "rc=<IMG_MGMT_ERR.IMAGE_ALREADY_PENDING: 28>))", 28, "image", "IMAGE_ALREADY_PENDING"),
])
def test_return_codes_in_client_words(line, rc, group, name):
    reader = McumgrReader("x")
    taken, evs = reader.feed(1, line, line)
    assert taken
    [ev] = evs
    assert (ev.kind, ev.fields["rc"], ev.fields.get("group", "default"), ev.fields["name"]) == (
        "mcumgr.error", rc, group, name)


def test_image_group_table_matches_zephyr_and_smp():
    assert IMG_MGMT_ERRORS[23] == "INVALID_IMAGE_HEADER_MAGIC" and IMG_MGMT_ERRORS[29] == "INVALID_IMAGE_VECTOR_TABLE"
    assert IMG_MGMT_ERRORS[33] == "IMAGE_SETTING_TEST_TO_ACTIVE_DENIED" and len(IMG_MGMT_ERRORS) == 35


def test_device_manager_error_inside_a_device_log(shared):
    """The sample's app line (Device Manager, "Invalid image header magic(23)") beside the device's own error:
    the file stays a Zephyr log; a reader allowed to take client lines anywhere decodes the app's line."""
    case, rec = read(shared / "samples" / "mcumgr_devzone106962_boot_set_next_code3.txt")
    assert rec.kind == "zephyr-log"
    reader = McumgrReader("x", embedded=True, clients_anywhere=True)
    lines = (shared / "samples" / "mcumgr_devzone106962_boot_set_next_code3.txt").read_text().splitlines()
    taken = [(n, reader.feed(n, ln, ln.strip())) for n, ln in enumerate(lines, 1)]
    assert [n for n, (ok, _) in taken if ok] == [3]                 # the device's own lines are not the tool's
    [err] = taken[2][1][1]
    assert (err.fields["rc"], err.fields["group"], err.fields["name"]) == (23, "image", "INVALID_IMAGE_HEADER_MAGIC")


def test_smpmgr_messages(tmp_path):
    text = ("smpmgr --port /dev/ttyACM0 image state-read\n"
            "Connecting to /dev/ttyACM0... OK\n"
            "Waiting for image states... timeout\n"
            "Timeout waiting for response\n")
    case, rec = read(write(tmp_path, text))
    assert rec.kind == "mcumgr-output" and rec.warnings == []
    errs = of(case, "transport.error")
    assert [(e.fields["name"], e.fields.get("restated", False)) for e in errs] == [("TIMEOUT", False),
                                                                                   ("TIMEOUT", True)]
    assert of(case, "transport.connect")[0].fields["address"] == "/dev/ttyACM0"
    assert of(case, "mcumgr.command")[0].fields["tool"] == "smpmgr"


def test_device_logs_are_not_taken(shared):
    for path in sorted((shared / "samples").glob("mcuboot_*")) + sorted((shared / "cases").glob("*/input*")):
        [src] = expand([str(path)])
        parser = detect(src)
        assert parser is None or parser.kind != "mcumgr-output", path
