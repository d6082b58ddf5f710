"""The command line's contract on bad arguments and bad inputs (../shared/reference/contract.md):
exit status 2, one message on stderr that names the file or option and what is wrong, no traceback.
Run in process through `cli.main`, the same entry point as the installed script."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dfuforensics.cli import main

SD_REQ_LOG = "cases/sdk16-serial-sd-req-not-met-0xB/input.log"
M4_ELF = Path(__file__).resolve().parents[1] / "firmware" / "elf" / "m4.elf"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as exc:  # argparse's own usage errors
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "internal error" not in err, err
    return status, out, err


def test_empty_folder_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "unit").mkdir()
    status, _out, err = _run(capsys, "analyze", str(tmp_path / "unit"))
    assert status == 2
    assert str(tmp_path / "unit") in err and "no evidence files" in err


def test_damaged_elf_is_not_read_and_says_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "app.elf"
    bad.write_bytes(b"\x7fELF" + b"\x09" * 12)  # the magic, then an EI_CLASS no ELF has
    status, out, err = _run(capsys, "analyze", str(bad), "--format", "json")
    assert status == 2
    doc = json.loads(out)
    assert doc["inputs"][0]["kind"] == "unknown"
    assert "ELF header unreadable" in doc["inputs"][0]["warnings"][0]["message"]
    assert f"{bad}: " in err and "ELF header unreadable" in err and "no input could be read" in err


def test_unreadable_inputs_are_each_named_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty, prose = tmp_path / "empty.log", tmp_path / "notes.txt"
    empty.write_bytes(b"")
    prose.write_text("the unit would not boot after the update\n")
    status, _out, err = _run(capsys, "analyze", str(empty), str(prose))
    assert status == 2
    assert f"{empty}: file is empty" in err
    assert f"{prose}: not a kind of evidence" in err


@pytest.mark.parametrize("option, value, words", [
    ("--rules", "missing-rules-dir", "no such folder"),
    ("--elf", "FOLDER", "a folder"),
    ("--elf", "NOT_ELF", "not an ELF file"),
    ("--public-key", "missing.pem", "no such file"),
    ("--output", "FOLDER", "is a folder"),
    ("--width", "0", "at least 20"),
])
def test_bad_option_values_are_usage_errors(shared: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             option: str, value: str, words: str) -> None:
    if value == "FOLDER":
        value = str(tmp_path)
    elif value == "NOT_ELF":
        value = str(shared / SD_REQ_LOG)  # a real file, but a log
    elif value != "0":
        value = str(tmp_path / value)
    status, out, err = _run(capsys, "analyze", str(shared / SD_REQ_LOG), option, value)
    assert status == 2 and out == ""
    assert f"{option} {value}: " in err and words in err


def test_a_real_elf_is_accepted_for_symbols(shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not M4_ELF.exists():
        pytest.skip("tests/firmware/elf/m4.elf not built (make -C tests/firmware)")
    status, out, _err = _run(capsys, "analyze", str(shared / SD_REQ_LOG), "--elf", str(M4_ELF), "--format", "json")
    # the case's truth: the init packet's sd_req rejected by the bootloader, an error finding -> 1
    assert status == 1
    assert json.loads(out)["findings"][0]["category"] == "sd-req-mismatch"


def test_output_file_is_written_atomically(shared: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "deep" / "report.json"
    status, out, err = _run(capsys, "analyze", str(shared / SD_REQ_LOG), "--format", "json", "--output", str(target))
    assert status == 1 and out == "" and f"report written to {target}" in err
    assert json.loads(target.read_text())["inputs"][0]["kind"] == "nrf-log"
    assert [p.name for p in target.parent.iterdir()] == ["report.json"]  # no temp file left behind


def test_settings_refuses_a_log(shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "settings", str(shared / SD_REQ_LOG))
    assert status == 2 and out == ""
    assert "nrf-log evidence, not a settings page" in err and str(shared / SD_REQ_LOG) in err


def test_rules_with_a_missing_folder(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "rules", "list", "--rules", "/no/such/rules")
    assert status == 2 and out == "" and "--rules /no/such/rules: no such folder" in err
    status, _out, err = _run(capsys, "rules", "show", "NO-SUCH-RULE")
    assert status == 2 and "'NO-SUCH-RULE'" in err


@pytest.mark.parametrize("command", ["analyze", "settings", "rules", "capture"])
def test_help_says_what_it_reads_with_examples(capsys: pytest.CaptureFixture[str], command: str) -> None:
    status, out, _err = _run(capsys, command, "--help")
    assert status == 0
    examples = out.split("examples:", 1)[1] if "examples:" in out else ""
    lines = [ln.strip() for ln in examples.splitlines() if ln.strip().startswith("dfuforensics ")]
    assert any(ln.startswith(f"dfuforensics {command} ") for ln in lines), out
