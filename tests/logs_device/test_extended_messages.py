"""SDK messages a project extended with its own words (``BL FW version too low, 01 <= 01``).

Projects copy the bootloader and add values to its log calls.  The ground truth is the SDK's own format
strings (../shared/reference/nrf5-log-strings.tsv): every ERROR/WARNING line of the DFU modules that
means something (not a plain ``log.line``), rendered as printed and then extended in each way people
extend them, must mean the same thing -- and keep the project's tail.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dfuforensics.evidence.nrf_log import NrfLogParser
from dfuforensics.model import Event
from dfuforensics.sources import expand

REF = Path(__file__).resolve().parents[3] / "shared" / "reference" / "nrf5-log-strings.tsv"
TAILS = (", 01 <= 01", ": err 0x8", " (custom check)", " - see settings", "; code=3")


def _parse(tmp_path: Path, lines: list[str]) -> dict[int, Event]:
    path = tmp_path / "x.log"
    path.write_text("".join(ln + "\n" for ln in lines), encoding="utf-8")
    out: dict[int, Event] = {}
    for item in NrfLogParser().parse(expand([str(path)])[0]):
        if isinstance(item, Event):
            out.setdefault(item.line, item)
    return out


def _meaningful_rows() -> list[dict[str, str]]:
    if not REF.exists():
        pytest.skip("../shared/reference is not beside the project")
    with open(REF, newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t")
                if r["level"] in ("ERROR", "WARNING") and r["module"].startswith(("nrf_dfu", "dfu", "app"))
                and "%" not in r["format_string"] and "\\r\\n" not in r["format_string"]
                and len(r["format_string"]) >= 14]
    seen: dict[str, dict[str, str]] = {}
    for r in rows:
        seen.setdefault(r["format_string"], r)
    return list(seen.values())


def test_extended_sdk_messages_keep_their_meaning(tmp_path):
    rows = _meaningful_rows()
    plain = [f"<{r['level'].lower()}> {r['module']}: {r['format_string']}" for r in rows]
    base = _parse(tmp_path, plain)
    meaningful = [(i, r) for i, r in enumerate(rows) if base[i + 1].kind not in ("log.line", "unparsed")]
    assert len(meaningful) >= 20, "the SDK's DFU error lines should mostly carry a meaning"
    for tail in TAILS:
        lines = [plain[i].rstrip(".") + tail if tail[0] in ",;" else plain[i] + tail for i, _r in meaningful]
        got = _parse(tmp_path, lines)
        for k, (i, r) in enumerate(meaningful):
            want, ev = base[i + 1], got[k + 1]
            assert (ev.kind, {f: v for f, v in ev.fields.items() if f not in ("template", "extended_by")}) == (
                want.kind, {f: v for f, v in want.fields.items() if f != "template"}), (r["format_string"], tail)
            assert ev.fields["extended_by"] == tail.lstrip(",:;- (").strip()


def test_short_and_whole_messages_are_not_taken_for_extensions(tmp_path):
    events = _parse(tmp_path, [
        "<error> nrf_dfu_validation: Signature failed (err_code: 0x8)",  # the SDK prints this whole
        "<info> app: Inside main, 3 tries",  # "Inside main" is too short a message to be claimed
        "<error> app: my own error, nothing like the SDK's",
    ])
    assert events[1].kind == "dfu.validation" and "extended_by" not in events[1].fields
    assert events[1].fields.get("error_code") == 8
    assert events[2].kind == "log.line" and events[3].kind == "log.line"
