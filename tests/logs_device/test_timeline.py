"""`dfuforensics timeline`: streams events of any registered parser, summarises warnings, exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

from dfuforensics.cli import main
from dfuforensics.commands.timeline import stream
from dfuforensics.sources import expand

CASE = "cases/sdk16-serial-sd-req-not-met-0xB/input.log"
MCUBOOT = "cases/ncs53-ftp-ascii-mode-secondary-invalid/input.log"


def test_jsonl_two_inputs_in_order(shared: Path, capsys) -> None:
    rc = main(["timeline", str(shared / CASE), str(shared / MCUBOOT), "--format", "jsonl"])
    out, err = capsys.readouterr()
    rows = [json.loads(ln) for ln in out.splitlines()]
    assert rc == 0 and len(rows) == 5 + 7
    assert [r["source"] for r in rows] == [str(shared / CASE)] * 5 + [str(shared / MCUBOOT)] * 7
    assert rows[1]["fields"]["ext_error"] == "SD_VERSION_FAILURE"
    assert rows[-1]["kind"] == "mcuboot.image_invalid" and rows[-1]["t"] == 9.351135
    assert "nrf-log, 5 events, 0 warnings" in err and "mcuboot-log, 7 events, 0 warnings" in err


def test_csv_and_rich(shared: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "t.csv"
    assert main(["timeline", str(shared / CASE), "--format", "csv", "-o", str(target)]) == 0
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [r["kind"] for r in rows] == ["dfu.validation", "dfu.response", "dfu.response", "dfu.response", "log.line"]
    assert json.loads(rows[3]["fields"])["op"] == "EXECUTE"
    assert not list(tmp_path.glob(".t.csv.*"))  # no temporary left behind
    capsys.readouterr()
    assert main(["timeline", str(shared / MCUBOOT), "--format", "rich"]) == 0
    out = capsys.readouterr().out
    assert "mcuboot.image_invalid" in out and "slot=secondary" in out


def test_unreadable_inputs_exit_2_with_a_message(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty.log"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.dat"
    binary.write_bytes(bytes(range(256)) * 4)
    rc = main(["timeline", str(empty), "--format", "jsonl"])
    err = capsys.readouterr().err
    assert rc == 2 and "file is empty" in err
    assert main(["timeline", str(tmp_path / "missing.log")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_other_parsers_stream_too(shared: Path, tmp_path: Path) -> None:
    """A memory image has records but no events: listed in the summary, not an error."""
    image = tmp_path / "flash.bin"
    image.write_bytes(bytes(range(256)) * 16)
    out, err = io.StringIO(), io.StringIO()
    readable = stream(expand([str(image), str(shared / CASE)]), "jsonl", out, err)
    assert readable == 2 and len(out.getvalue().splitlines()) == 5
    assert "flash-image, 0 events, 1 other records" in err.getvalue()


def _log(path: Path, n: int) -> Path:
    lines = [f"00> [00:00:{i // 1000 % 60:02d}.{i % 1000:03d},000] <debug> nrf_dfu_flash: "
             f"nrf_fstorage_write(addr=0x{0x27000 + 4 * i:08X}, src=0x20009D14, len={i} bytes), queue usage: 1"
             for i in range(n)]
    path.write_text("\r\r\n".join(lines) + "\r\r\n", encoding="utf-8", newline="")
    return path


def test_memory_is_flat_in_log_length(tmp_path: Path, monkeypatch) -> None:
    """Streaming: peak Python allocations for 16k lines are not much above those for 4k lines (the
    classification cache, bounded in production at CACHE_LIMIT entries, is bounded lower here)."""
    from dfuforensics.evidence import nrf_log

    monkeypatch.setattr(nrf_log, "CACHE_LIMIT", 1000)
    peaks = []
    for n in (4_000, 16_000):
        source = expand([str(_log(tmp_path / f"{n}.log", n))])
        sink = open(Path("/dev/null"), "w", encoding="utf-8")  # noqa: SIM115
        tracemalloc.start()
        stream(source, "jsonl", sink, io.StringIO())
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        sink.close()
    assert peaks[1] < peaks[0] * 1.5, peaks


def test_help_stays_light() -> None:
    code = ("import sys, dfuforensics.cli as c\n"
            "try:\n    c.main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('lark', 'rich', 'pandas', 'json') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "lark" not in out.splitlines()[-1] and "rich" not in out.splitlines()[-1]
