"""A fallback rule (``fallback = true``) is the last word: kept only when no other rule fired."""

from __future__ import annotations

from pathlib import Path

from dfuforensics.pipeline import analyze_paths

FIXTURES = Path(__file__).resolve().parents[2] / "dfuforensics" / "rules" / "builtin" / "general" / "fixtures"


def _ids(*paths: Path) -> list[str]:
    return [f["rule_id"] for f in analyze_paths([str(p) for p in paths]).to_json()["findings"]]


def test_fallback_gives_way_to_any_signature() -> None:
    ids = _ids(FIXTURES / "sdk16_serial_sd_req_not_met.log")
    assert "NRF5-SD-REQ-NOT-MET" in ids and "GENERAL-TROUBLE-UNEXPLAINED" not in ids


def test_fallback_speaks_when_nothing_else_does(tmp_path: Path) -> None:
    """An MCUboot error no signature knows (the bootloader's own flash protection failing at the jump, from
    an nRF54L15 post): the honest answer is unknown, with what to capture next."""
    log = tmp_path / "console.log"
    log.write_text("I: Starting bootloader\nI: Jumping to the first image slot\n"
                   "E: Protect mcuboot flash failed, cancel startup.\n", encoding="utf-8")
    report = analyze_paths([str(log)]).to_json()
    assert [(f["rule_id"], f["category"]) for f in report["findings"]] == [("GENERAL-TROUBLE-UNEXPLAINED", "unknown")]
    assert "Capture" in report["findings"][0]["remediation"]


def test_no_trouble_no_fallback() -> None:
    assert _ids(FIXTURES / "sdk17_uart_dfu_success.log") == []
