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
    # no update in progress and FDS pages in use: the mismatch (the symptom) is merged into its cause
    "bank0-crc-mismatch": ("NRF5-MEM-APP-CHANGED-IN-PLACE", "flash-operation-failed"),
    "settings-page-corrupt": ("NRF5-MEM-SETTINGS-RESTORED-FROM-BACKUP", "flash-operation-failed"),
    "no-softdevice": ("NRF5-MEM-NO-SOFTDEVICE", "provisioning-incomplete"),
    "app-over-mbr": ("NRF5-MEM-IMAGE-OVER-MBR", "image-layout-invalid"),
    "boot-chain-not-captured": ("NRF5-MEM-BOOT-CHAIN-MISSING", "provisioning-incomplete"),
    "app-built-for-other-softdevice": ("NRF5-MEM-APP-DISPLACED", "image-layout-invalid"),
    "bank0-erased": ("NRF5-MEM-BANK0-ERASED", "app-boot-failure"),
    "activation-copy-stopped": ("NRF5-MEM-ACTIVATION-COPY-STOPPED", "transfer-interrupted"),
    "app-stray-vector": ("NRF5-MEM-APP-VECTOR-STRAY-HANDLER", "image-layout-invalid"),
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


def test_symptom_is_merged_into_the_cause():
    """The changed-in-place finding carries the CRC mismatch's evidence; the mismatch is not listed."""
    report = analyze_paths([str(SAMPLES / "bank0-crc-mismatch")]).to_json()
    ids = [f["rule_id"] for f in report["findings"]]
    assert ids == ["NRF5-MEM-APP-CHANGED-IN-PLACE"]
    assert "checks.bank0_crc_matches = false" in [e["text"] for e in report["findings"][0]["evidence"]]


def test_bank0_erased_is_a_lead_not_an_error():
    report = analyze_paths([str(SAMPLES / "bank0-erased")])
    assert [f.severity for f in report.findings] == ["warning"]
    assert report.exit_status() == 0
