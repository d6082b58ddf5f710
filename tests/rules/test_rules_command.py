"""`dfuforensics rules ...` through the real CLI entry point."""

from __future__ import annotations

import json

from dfuforensics.cli import main


def test_list_show_lint(capsys):
    assert main(["rules", "list", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    ids = [r["id"] for r in listed]
    assert ids == sorted(ids) and "NRF5-SD-REQ-NOT-MET" in ids
    assert main(["rules", "show", "nrf5-sd-req-not-met", "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["category"] == "sd-req-mismatch" and shown["fixtures"]
    assert main(["rules", "lint"]) == 0
    assert " 0 errors" in capsys.readouterr().out


def test_lint_reports_errors_with_exit_1(tmp_path, capsys):
    (tmp_path / "r.toml").write_text('id = "X-1"\ncategory = "nope"\n', encoding="utf-8")
    assert main(["rules", "lint", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "r.toml:2: error: category 'nope'" in out and "missing required key 'when'" in out


def test_unknown_rule_and_folder_are_usage_errors(capsys):
    assert main(["rules", "show", "NO-SUCH-RULE"]) == 2
    assert main(["rules", "lint", "/nonexistent/folder"]) == 2
    err = capsys.readouterr().err
    assert "NO-SUCH-RULE" in err and "Traceback" not in err
