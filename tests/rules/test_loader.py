"""The loader reports every problem of every file with its line; the engine ranks and merges."""

from __future__ import annotations

from pathlib import Path

from dfuforensics.case import Case
from dfuforensics.model import Event
from dfuforensics.rules.engine import evaluate_case, fill, match_rules, merge_suppressed
from dfuforensics.rules.loader import load_rules

GOOD = '''id = "{id}"
title = "Device said {{event.ext_error}} on {{event.op}}"
category = "{category}"
severity = "error"
confidence = {confidence}
when = \'\'\'
event dfu.response where result != "SUCCESS"
\'\'\'
explanation = "Outcome {{dfu.outcome}}; image {{dfu.image_size}} bytes."
remediation = "Fix it."
references = ["https://example.org/thread"]
suppresses = {suppresses}
'''

BAD = '''id = "lower-case"
title = "t"
category = "not-a-category"
severity = "fatal"
confidence = 1.5
colour = "blue"
when = \'\'\'
event dfu.response where result ==
and
\'\'\'
explanation = "x {bad placeholder}"
remediation = "y"
references = []

[[fixture]]
expect = "maybe"
files = ["fixtures/missing.log"]
'''


def write(d: Path, name: str, text: str) -> Path:
    p = d / name
    p.write_text(text, encoding="utf-8")
    return p


def good(rid: str, category: str = "transport-failure", confidence: float = 0.5, suppresses: str = "[]") -> str:
    return GOOD.format(id=rid, category=category, confidence=confidence, suppresses=suppresses)


def test_every_error_is_reported_with_its_line(tmp_path):
    write(tmp_path, "bad.toml", BAD)
    write(tmp_path, "broken.toml", 'id = "X"\ntitle = \n')
    rules, problems = load_rules([tmp_path])
    assert rules == []
    errors = {(Path(p.path).name, p.line, p.message.split(" ")[0]) for p in problems if p.level == "error"}
    lines = {(n, line) for n, line, _ in errors}
    assert ("bad.toml", 1) in lines           # id
    assert ("bad.toml", 3) in lines           # category
    assert ("bad.toml", 4) in lines           # severity
    assert ("bad.toml", 5) in lines           # confidence
    assert ("bad.toml", 6) in lines           # unknown key colour
    assert ("bad.toml", 9) in lines           # the condition's second line, inside the file
    assert ("bad.toml", 11) in lines          # placeholder
    assert ("bad.toml", 13) in lines          # empty references
    assert ("bad.toml", 15) in lines          # fixture expect / missing file
    assert any(n == "broken.toml" and line == 2 for n, line, _ in errors)  # TOML syntax, its own line
    assert len([p for p in problems if Path(p.path).name == "bad.toml"]) >= 10


def test_duplicate_ids_and_missing_fixtures(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    write(tmp_path / "a", "r.toml", good("R-ONE"))
    write(tmp_path / "b", "r.toml", good("R-ONE"))
    rules, problems = load_rules([tmp_path])
    assert [r.id for r in rules] == ["R-ONE"]
    assert any("already used" in p.message and p.level == "error" for p in problems)
    assert any("fixture" in p.message and p.level == "warning" for p in problems)


def _case() -> Case:
    case = Case()
    case.events = [
        Event("transport.error", "GATT ERROR 133", "host.log", line=3, fields={"code": 133}),
        Event("dfu.response", "Sending Response: [0x4, 0xB]", "dev.log", line=7,
              fields={"op": "EXECUTE", "result": "EXT_ERROR", "ext_error": "SD_VERSION_FAILURE"}),
    ]
    case.facts = {"dfu": {"outcome": "failed", "image_size": 4096}}
    return case


def test_suppression_merges_evidence_and_ranks(tmp_path):
    write(tmp_path, "dev.toml", good("DEV-ERR", "sd-req-mismatch", 0.9, '["HOST-*"]'))
    host = good("HOST-LINK", "transport-failure", 0.6).replace(
        'event dfu.response where result != "SUCCESS"', 'event transport.error').replace(
        "Device said {event.ext_error} on {event.op}", "Link error {event.code}")
    write(tmp_path, "host.toml", host)
    write(tmp_path, "other.toml", good("OTHER", "init-packet-invalid", 0.4))
    findings = evaluate_case(_case(), [tmp_path], builtin=False)
    ids = [f.rule_id for f in findings]
    assert ids == ["DEV-ERR", "OTHER"]  # HOST-LINK merged under DEV-ERR; two categories stay apart
    top = findings[0]
    assert top.title == "Device said SD_VERSION_FAILURE on EXECUTE"
    assert top.explanation == "Outcome failed; image 4096 bytes."
    assert [(e.input, e.line) for e in top.evidence] == [("dev.log", 7), ("host.log", 3)]


def test_mutual_suppression_keeps_the_stronger(tmp_path):
    write(tmp_path, "a.toml", good("A-RULE", confidence=0.7, suppresses='["B-RULE"]'))
    write(tmp_path, "b.toml", good("B-RULE", confidence=0.8, suppresses='["A-RULE"]'))
    rules, _ = load_rules([tmp_path])
    kept = merge_suppressed(match_rules(_case(), rules))
    assert [m.rule.id for m, _ in kept] == ["B-RULE"]
    assert fill("{event.nothing} {x.y}", kept[0][0], {}) == "(unknown) (unknown)"
