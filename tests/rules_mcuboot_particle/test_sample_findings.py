"""Pinned top findings of the real MCUboot / mcumgr / Particle samples (rules in mcuboot_log/, particle_log/).

Each sample is a posted log whose first line names its source; the copies beside the rules are the ones used
here so the suite does not need ../shared.  A change of parser, analysis or rule that moves a top finding shows
up here; change the pin only after deciding the new result is the better diagnosis.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dfuforensics.pipeline import analyze_paths
from dfuforensics.rules import BUILTIN_DIR

MCUBOOT = Path(BUILTIN_DIR) / "mcuboot_log" / "fixtures"
PARTICLE = Path(BUILTIN_DIR) / "particle_log" / "fixtures"

# sample -> (top rule id, its category); None = no finding at all
PINNED = {
    MCUBOOT / "mcuboot_zephyr24243_max_img_sectors.log":
        ("MCUBOOT-LOG-MAX-IMG-SECTORS-TOO-SMALL", "bootloader-build-defect"),
    MCUBOOT / "mcuboot_zephyr58103_not_enough_space_pending.txt":
        ("MCUBOOT-LOG-SWAP-NO-SPACE", "image-layout-invalid"),
    # the cause ranks above its consequence "Unable to find bootable image" (outranks, docs/rules.md)
    MCUBOOT / "mcuboot_zephyr22903_unable_to_find_bootable.log":
        ("MCUBOOT-LOG-PRIMARY-NOT-BOOTABLE", "image-invalid"),
    MCUBOOT / "mcuboot_pr784_direct_xip_unable.log":
        ("MCUBOOT-LOG-NO-BOOTABLE-IMAGE", "app-boot-failure"),
    MCUBOOT / "mcuboot_pr2283_ncs_banner_move_primary_invalid.log":
        ("GENERAL-MCUBOOT-IMAGE-NOT-VALID", "image-invalid"),
    MCUBOOT / "mcuboot_devzone63073_nrf9160_ncs120_to_130_stuck.log":
        ("MCUBOOT-LOG-SWAP-RESUMED", "transfer-interrupted"),
    MCUBOOT / "mcumgr_devzone106962_boot_set_next_code3.txt":
        ("MCUMGR-BOOT-SET-NEXT-BAD-IMAGE", "image-invalid"),
    MCUBOOT / "mcumgr_devzone86332_stuck_pending_image_list.txt":
        ("MCUMGR-IMAGE-PENDING-NOT-SWAPPED", "unknown"),
    # mcuboot#480 (a watchdog reset during the bootloader broke the swap): the image list pasted below
    # the boot log still shows slot 1 pending after the reset
    MCUBOOT / "mcuboot_issue480_zephyr114_old_format.log":
        ("MCUMGR-IMAGE-PENDING-NOT-SWAPPED", "unknown"),
    # healthy or informational evidence: nothing to report
    MCUBOOT / "mcuboot_issue1167_wrong_key_primary_boots.log": None,
    MCUBOOT / "mcuboot_issue1588_ncs_b0_then_mcuboot.log": None,
    MCUBOOT / "mcuboot_issue1592_app_side_swaptype.log": None,
    MCUBOOT / "mcuboot_issue2811_swap_offset_bootstrap.log": None,
    PARTICLE / "particle_comm_ota_serial_log_docs.log": None,
    PARTICLE / "particle_ota_event_stream_v2_docs.jsonl": None,
    PARTICLE / "particle_describe_electron_pr1306.json": None,
    PARTICLE / "particle_serial_inspect_boron_docs.txt": None,
    PARTICLE / "particle_serial_inspect_photon_v108_rickkas7.txt": None,
}

# the second finding where the evidence fits two categories
SECOND = {
    MCUBOOT / "mcuboot_zephyr22903_unable_to_find_bootable.log": ("MCUBOOT-LOG-NO-BOOTABLE-IMAGE", "app-boot-failure"),
    MCUBOOT / "mcuboot_pr2283_ncs_banner_move_primary_invalid.log":
        ("MCUBOOT-LOG-PRIMARY-INVALID-AFTER-SWAP", "image-layout-invalid"),
    MCUBOOT / "mcuboot_devzone63073_nrf9160_ncs120_to_130_stuck.log":
        ("MCUBOOT-LOG-APP-SILENT-AFTER-SWAP", "app-boot-failure"),
}


@pytest.mark.parametrize("path", sorted(PINNED), ids=lambda p: p.name)
def test_top_finding_is_pinned(path: Path) -> None:
    report = analyze_paths([str(path)])
    assert all(i.kind != "unknown" for i in report.inputs), "sample no longer recognised"
    top = report.top
    want = PINNED[path]
    if want is None:
        assert report.findings == [], [(f.rule_id, f.confidence) for f in report.findings]
    else:
        assert top is not None
        assert (top.rule_id, top.category) == want
    if path in SECOND:
        assert (report.findings[1].rule_id, report.findings[1].category) == SECOND[path]


@pytest.mark.parametrize("name", ["particle_describe_photon_issue751_partial.txt",
                                  "particle_serial_inspect_photon_070_community.txt"])
def test_healthy_particle_tables_give_no_error(shared: Path, name: str) -> None:
    report = analyze_paths([str(shared / "samples" / name)])
    assert [f.rule_id for f in report.findings if f.severity in ("critical", "error")] == []


def test_max_sectors_explains_the_invalid_primary() -> None:
    """The build defect is the cause; the generic 'primary not valid' finding is merged under it."""
    report = analyze_paths([str(MCUBOOT / "mcuboot_zephyr24243_max_img_sectors.log")])
    assert [f.rule_id for f in report.findings] == ["MCUBOOT-LOG-MAX-IMG-SECTORS-TOO-SMALL"]
    texts = [e.text for e in report.findings[0].evidence]
    assert any("BOOT_MAX_IMG_SECTORS=128" in t for t in texts)
    assert any("Image in the primary slot is not valid!" in t for t in texts)


def test_particle_ota_code_picks_the_specific_rule() -> None:
    dep = analyze_paths([str(PARTICLE / "comm_ota_apply_failed_dependency_generated.log")])
    assert [(f.rule_id, f.category) for f in dep.findings] == [
        ("PARTICLE-OTA-APPLY-DEPENDENCY-FAILED", "module-dependency-unmet")]
    plat = analyze_paths([str(PARTICLE / "comm_ota_apply_failed_platform_generated.log")])
    assert [f.rule_id for f in plat.findings] == ["PARTICLE-OTA-APPLY-FAILED"]
    assert "-1360" in plat.findings[0].title


def test_report_is_deterministic() -> None:
    path = str(MCUBOOT / "mcuboot_devzone63073_nrf9160_ncs120_to_130_stuck.log")
    one = json.dumps(analyze_paths([path]).to_json(), sort_keys=False)
    two = json.dumps(analyze_paths([path]).to_json(), sort_keys=False)
    assert one == two
