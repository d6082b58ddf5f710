"""End to end: `analyze` of each sample unit gives the finding its seeded fault should give."""

from __future__ import annotations

import pytest
from nrf5flash_helpers import SAMPLES

from dfuforensics.pipeline import analyze_paths

EXPECTED = {
    "sd-req-mismatch": ("NRF5-MEM-SD-REQ-NOT-INSTALLED", "sd-req-mismatch"),
    "app-linked-at-0": ("NRF5-MEM-APP-LINKED-BELOW-BANK0", "image-layout-invalid"),
    "no-uicr-bootloader-address": ("NRF5-MEM-NO-BOOTLOADER-ADDRESS", "provisioning-incomplete"),
    "interrupted-transfer": ("NRF5-MEM-TRANSFER-LEFT-IN-PROGRESS", "transfer-interrupted"),
    "app-data-in-swap-area": ("NRF5-MEM-APP-DATA-IN-SWAP-AREA", "app-data-overwritten"),
    "bank0-crc-mismatch": ("NRF5-MEM-BANK0-CRC-MISMATCH", "app-boot-failure"),
    "settings-page-corrupt": ("NRF5-MEM-SETTINGS-RESTORED-FROM-BACKUP", "flash-operation-failed"),
    "no-softdevice": ("NRF5-MEM-NO-SOFTDEVICE", "provisioning-incomplete"),
    "app-over-mbr": ("NRF5-MEM-IMAGE-OVER-MBR", "image-layout-invalid"),
}


@pytest.mark.parametrize("unit", sorted(EXPECTED))
def test_unit_gives_its_finding_first(unit):
    report = analyze_paths([str(SAMPLES / unit)]).to_json()
    top = report["findings"][0]
    assert (top["rule_id"], top["category"]) == EXPECTED[unit]
    # the finding cites bytes of the unit's own files, with offsets
    assert any(e["input"].startswith(str(SAMPLES / unit)) and "offset" in e for e in top["evidence"])
    assert "{" not in top["title"] + top["explanation"]  # every placeholder filled


@pytest.mark.parametrize("unit", ["nrf52832-healthy", "nrf52840-healthy"])
def test_healthy_unit_has_no_findings(unit):
    report = analyze_paths([str(SAMPLES / unit)])
    assert report.findings == [] and report.exit_status() == 0
