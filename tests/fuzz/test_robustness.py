"""Hostile and broken evidence beyond fuzzing: huge and sparse files, things that are not files,
zip bombs and path traversal, the per-input time limit, partial results, untouched evidence and
reports that are written whole or not at all."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from dfuforensics import case as case_mod
from dfuforensics.output import emit
from dfuforensics.pipeline import analyze_paths
from dfuforensics.sources import MAX_IMAGE_BYTES

from .corpus import ROOT, SHARED
from .properties import check_report, fingerprint

GIB = 1024 ** 3
#: A streamed 2 GiB input may use this much memory at most (the whole file would be 2 GiB+).
RSS_LIMIT_KB = 400 * 1024


def _real_log() -> bytes:
    logs = sorted((SHARED / "cases").glob("*/input*.log"))
    if not logs:
        pytest.skip("no shared cases")
    return b"".join(p.read_bytes() for p in logs)


def _cli(args: list[str], timeout: float = 240, cwd: Path | None = None) -> tuple[int, str, str, int]:
    """Run the CLI in a child; returns (status, stdout, stderr, the child's peak RSS in KiB)."""
    probe = ("import resource, subprocess, sys\n"
             "p = subprocess.run(sys.argv[1:], capture_output=True)\n"
             "sys.stdout.buffer.write(p.stdout); sys.stderr.buffer.write(p.stderr)\n"
             "sys.stderr.write('\\nRSS_KB=%d\\n' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
             "sys.exit(p.returncode)\n")
    proc = subprocess.run([sys.executable, "-c", probe, sys.executable, "-m", "dfuforensics", *args],
                          capture_output=True, text=True, timeout=timeout, cwd=cwd)
    err, _, rss = proc.stderr.rpartition("RSS_KB=")
    return proc.returncode, proc.stdout, err, int(rss.strip())


def _sparse_log(path: Path, size: int) -> bytes:
    """Real log lines, a hole of NULs (no newline for gigabytes), real lines again at the end."""
    log = _real_log()
    with open(path, "wb") as fh:
        fh.write(log)
        fh.truncate(size)
        fh.seek(size)
        fh.write(log)
    return log


@pytest.mark.slow
@pytest.mark.parametrize(("command", "size"), [("timeline", GIB // 2), ("analyze", 2 * GIB)])
def test_sparse_log_is_streamed_in_bounded_memory(tmp_path: Path, command: str, size: int):
    """analyze reads the whole 2 GiB (hash, sniff, parse); timeline's command layer on a smaller one."""
    big = tmp_path / "uart.log"
    _sparse_log(big, size)
    args = [command, str(big), "--format", "jsonl" if command == "timeline" else "json"]
    started = time.monotonic()
    status, out, err, rss_kb = _cli(args)
    elapsed = time.monotonic() - started
    assert "Traceback" not in err
    assert rss_kb < RSS_LIMIT_KB, f"{command} peaked at {rss_kb // 1024} MiB on a 2 GiB sparse log"
    assert elapsed < 200
    if command == "analyze":
        assert status in (0, 1), err
        doc = json.loads(out)
        (inp,) = doc["inputs"]
        assert inp["size"] > size and len(inp["sha256"]) == 64
        # the hole is one monster line: reported, cut, never silently dropped; the tail is still read
        assert any("longer than" in w["message"] for w in inp["warnings"])
        assert doc["timeline_total"] > 0
    else:
        events = [json.loads(line) for line in out.splitlines()]
        lines = [e.get("line") for e in events if e.get("line")]
        assert lines and max(lines) > 1 + _real_log().count(b"\n")  # events after the hole


def test_oversized_image_is_refused_with_a_clear_message(tmp_path: Path):
    unit = tmp_path / "unit"
    unit.mkdir()
    huge = unit / "flash.bin@0x0"
    with open(huge, "wb") as fh:
        fh.truncate(MAX_IMAGE_BYTES + 1)
    report = analyze_paths([str(unit)])
    (inp,) = report.inputs
    assert inp.error and str(MAX_IMAGE_BYTES) in inp.error and "image" in inp.error
    assert len(inp.sha256) == 64  # still hashed: chain of custody holds for what we refused
    assert report.exit_status() == 2


def test_fifo_and_dangling_link_are_recorded_and_the_rest_is_analysed(tmp_path: Path):
    """A named pipe would block a reader forever and a dangling link has no bytes: each is an input
    that failed, with the reason, while the real log beside them is still analysed."""
    unit = tmp_path / "unit"
    unit.mkdir()
    log = sorted((SHARED / "cases").glob("sdk16-serial-sd-req*/input*.log"))
    if not log:
        pytest.skip("case not present")
    (unit / "uart.log").write_bytes(log[0].read_bytes())
    os.mkfifo(unit / "pipe.log")
    (unit / "gone.log").symlink_to(tmp_path / "nowhere")
    status, out, err, _ = _cli(["analyze", str(unit), "--format", "json"], timeout=120)
    assert "Traceback" not in err
    doc = json.loads(out)
    by_name = {Path(i["path"]).name: i for i in doc["inputs"]}
    assert "not a regular file" in by_name["pipe.log"]["error"]
    assert "no such file" in by_name["gone.log"]["error"]
    assert by_name["uart.log"]["kind"] == "nrf-log" and not by_name["uart.log"].get("error")
    assert doc["findings"], "the readable input was not analysed"
    assert status == (1 if any(f["severity"] in ("error", "critical") for f in doc["findings"]) else 0)


def test_nothing_readable_exits_2_without_a_traceback(tmp_path: Path):
    junk = tmp_path / "junk.txt"
    junk.write_text("hello, this is no evidence of anything\n")
    status, _out, err, _ = _cli(["analyze", str(junk), "--format", "json"], timeout=120)
    assert status == 2 and "Traceback" not in err
    status, _out, err, _ = _cli(["analyze", str(tmp_path / "missing.log")], timeout=120)
    assert status == 2 and "missing.log" in err and "Traceback" not in err


def _zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> None:
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def test_zip_bomb_and_path_traversal_are_bounded_and_never_extracted(tmp_path: Path):
    manifest = json.dumps({"manifest": {"application": {"bin_file": "app.bin", "dat_file": "app.dat"}}})
    bomb = tmp_path / "bomb.zip"
    _zip(bomb, {"manifest.json": manifest.encode(), "app.dat": b"\x12\x00",
                "app.bin": bytes(512 * 1024 * 1024)})  # 512 MiB of zeros in ~500 KiB
    ratio = tmp_path / "ratio.zip"  # under every size limit, but 1000:1
    _zip(ratio, {"manifest.json": manifest.encode(), "app.dat": b"\x12\x00", "app.bin": bytes(3 << 20)})
    # a liar: the headers say 16 bytes, the deflate stream holds 64 MiB
    liar = tmp_path / "liar.zip"
    _zip(liar, {"manifest.json": manifest.encode(), "app.dat": b"\x12\x00", "app.bin": bytes(64 << 20)})
    raw = bytearray(liar.read_bytes())
    for sig, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        pos = raw.find(sig, raw.find(b"app.bin") - 60 if sig == b"PK\x03\x04" else 0)
        while pos != -1:
            name_at = pos + (30 if sig == b"PK\x03\x04" else 46)
            if raw[name_at:name_at + 7] == b"app.bin":
                raw[pos + size_at:pos + size_at + 4] = (16).to_bytes(4, "little")
            pos = raw.find(sig, pos + 4)
    liar.write_bytes(bytes(raw))
    escape = tmp_path / "escape.zip"
    _zip(escape, {"manifest.json": manifest.encode(), "../../escaped.dat": b"\x12\x00",
                  "/abs/escaped.bin": b"\x00" * 16, "app.dat": b"\x12\x00", "app.bin": b"\x00" * 64})
    work = tmp_path / "cwd"
    work.mkdir()
    before = sorted(p for p in tmp_path.rglob("*"))
    for pkg, member in ((bomb, "app.bin"), (ratio, "app.bin"), (liar, "app.bin"), (escape, "escaped")):
        status, out, err, rss_kb = _cli(["analyze", str(pkg), "--format", "json"], timeout=120, cwd=work)
        assert "Traceback" not in err and status in (0, 1, 2, 3)
        assert rss_kb < RSS_LIMIT_KB, f"{pkg.name}: {rss_kb // 1024} MiB"
        (inp,) = json.loads(out)["inputs"]
        assert inp["kind"] == "dfu-package", inp
        # the refused member is named in a warning with its offset; the rest of the package is read
        assert any(member in w["message"] and "offset" in w for w in inp["warnings"]), (pkg.name, inp)
    assert sorted(p for p in tmp_path.rglob("*")) == before, "analyze created files"
    assert not (tmp_path.parent / "escaped.dat").exists() and not Path("/abs/escaped.bin").exists()


def test_per_input_time_limit_stops_a_long_parse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    log = tmp_path / "long.log"
    body = _real_log()
    log.write_bytes(body * (20000 // max(1, body.count(b"\n")) + 1))
    monkeypatch.setattr(case_mod, "PARSE_SECONDS_PER_INPUT", 0.0)
    report = analyze_paths([str(log)])
    (inp,) = report.inputs
    assert any("stopped after" in w.message for w in inp.warnings)
    assert 0 < report.timeline_total < body.count(b"\n") * 2 + 20000


def test_time_limit_holds_against_lines_that_are_slow_to_match(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A line built to make the template regexes backtrack (two %s, ~4,000 characters: ~60 ms each in
    `re`) must not run on for thousands of lines past the limit: it is checked every 16 records."""
    import time

    log = tmp_path / "slow.log"
    filler = "] at x:" * 570
    # each line its own message (no cache helps): ~40 s of matching without the limit
    log.write_text("".join(f"<error> app: ERROR {i} [{filler}y\n" for i in range(800)), encoding="utf-8")
    monkeypatch.setattr(case_mod, "PARSE_SECONDS_PER_INPUT", 1.0)
    started = time.monotonic()
    report = analyze_paths([str(log)])
    elapsed = time.monotonic() - started
    (inp,) = report.inputs
    assert any("stopped after" in w.message for w in inp.warnings)
    assert elapsed < 20, elapsed  # the limit, plus the block being parsed when it passed


def _evidence_folders() -> list[Path]:
    out = sorted(p for p in (SHARED / "cases").iterdir() if p.is_dir()) if (SHARED / "cases").exists() else []
    out += sorted(p for p in (ROOT / "samples").iterdir() if p.is_dir())
    return out


def test_real_evidence_is_never_modified_and_every_input_is_hashed():
    folders = _evidence_folders()
    assert folders
    files = sorted(p for f in folders for p in f.rglob("*") if p.is_file())
    before = fingerprint(files)
    for folder in folders:
        ins = sorted(p for p in folder.rglob("*") if p.is_file() and p.name not in ("truth.md",))
        check_report(analyze_paths([str(folder)]), ins)
    assert fingerprint(files) == before


def test_renderer_failure_leaves_the_old_report_and_no_temp_file(tmp_path: Path):
    target = tmp_path / "report.json"
    target.write_text('{"old": true}\n')

    def half_then_fail(out: io.TextIOBase) -> None:
        out.write('{"schema_version": "1.0", "inputs": [')
        raise RuntimeError("renderer bug")

    with pytest.raises(RuntimeError):
        emit(half_then_fail, str(target))
    assert target.read_text() == '{"old": true}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


@pytest.mark.slow
def test_killed_run_never_leaves_a_half_report(tmp_path: Path):
    """SIGKILL at several moments: the output is absent or a whole, valid report, never a part."""
    evidence = sorted((SHARED / "cases").glob("*/input*.log"))[:6]
    if not evidence:
        pytest.skip("no shared cases")
    target = tmp_path / "out" / "report.json"
    target.parent.mkdir()
    cmd = [sys.executable, "-m", "dfuforensics", "analyze", *map(str, evidence), "--format", "json",
           "--output", str(target)]
    for delay in (0.4, 1.5, 3.0, None):
        if target.exists():
            target.unlink()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if delay is None:
            proc.wait(timeout=120)
        else:
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        if target.exists():
            doc = json.loads(target.read_text())
            assert len(doc["inputs"]) == len(evidence)
        else:
            assert delay is not None, "a completed run wrote no report"
        leftovers = [p.name for p in target.parent.iterdir() if p.name != "report.json"]
        for name in leftovers:  # a killed run may leave its temp file, never the report's name half-done
            assert name.startswith(".report.json.") and name.endswith(".tmp")
            (target.parent / name).unlink()


def _tar(path: Path, members: list[tuple[str, bytes | None, str | None]]) -> None:
    """``(name, data, link_target)``: a regular file when data is given, else a symlink."""
    import tarfile

    with tarfile.open(path, "w:gz") as tf:
        for name, data, link in members:
            info = tarfile.TarInfo(name)
            if data is None:
                info.type, info.linkname = tarfile.SYMTYPE, link or ""
                tf.addfile(info)
            else:
                info.size = len(data)
                tf.addfile(info, io.BytesIO(data))


def test_batch_archives_refuse_bombs_and_never_write_outside_their_folder(tmp_path: Path):
    archive = pytest.importorskip("dfuforensics.batch.archive")
    log = _real_log()
    evil = tmp_path / "unit-evil.tar.gz"
    _tar(evil, [("unit/uart.log", log, None), ("../escaped.log", log, None), ("/tmp/abs-escaped.log", log, None),
                ("unit/link.log", None, "/etc/passwd"), ("unit/up.log", None, "../../escaped")])
    dest = tmp_path / "dest"
    dest.mkdir()
    got = archive.extract_archive(evil, dest)
    written = sorted(str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file())
    assert written == ["uart.log"] and got.files == ["uart.log"]
    assert not any(p.is_symlink() for p in dest.rglob("*"))
    assert len(got.skipped) == 4 and all("skipped" in s for s in got.skipped)
    assert not (tmp_path / "escaped.log").exists() and not Path("/tmp/abs-escaped.log").exists()

    bomb = tmp_path / "bomb.zip"
    _zip(bomb, {"uart.log": log, "flash.bin@0x0": bytes(200 << 20)})  # 200 MiB of zeros, ~200 KiB
    dest2 = tmp_path / "dest2"
    dest2.mkdir()
    with pytest.raises(archive.ArchiveRefused, match="bomb"):
        archive.extract_archive(bomb, dest2)
    on_disk = sum(p.stat().st_size for p in dest2.rglob("*") if p.is_file())
    allowed = max(archive.RATIO_FREE_BYTES, archive.RATIO_LIMIT * bomb.stat().st_size) + (1 << 16)
    assert on_disk <= allowed < 200 << 20, "decompression was not metered as it ran"


@pytest.mark.parametrize("seed_name", ["uart.log", "flash.bin@0x0"])
def test_batch_archive_reader_survives_damaged_archives(tmp_path: Path, seed_name: str):
    """Bit flips and truncation of real zip/tar.gz archives: a clean refusal or files inside dest."""
    archive = pytest.importorskip("dfuforensics.batch.archive")
    import random

    from .corpus import bit_flip, truncate

    data = _real_log() if seed_name == "uart.log" else bytes(4096) + b"\xff" * 4096
    z, t = tmp_path / "a.zip", tmp_path / "a.tar.gz"
    _zip(z, {f"unit/{seed_name}": data, "unit/notes.txt": b"returned unit\n"})
    _tar(t, [(f"unit/{seed_name}", data, None), ("unit/notes.txt", b"returned unit\n", None)])
    rng = random.Random(seed_name)
    for n in range(60):
        src = z if n % 2 else t
        blob = src.read_bytes()
        blob = truncate(blob, rng.randrange(len(blob) + 1)) if n % 5 == 0 else \
            bit_flip(blob, rng.randrange(1 << 30), rng.randrange(8))
        damaged = tmp_path / f"d{n}{'.zip' if src is z else '.tar.gz'}"
        damaged.write_bytes(blob)
        dest = tmp_path / f"out{n}"
        dest.mkdir()
        try:
            archive.extract_archive(damaged, dest)
        except archive.ArchiveRefused as exc:
            assert str(exc)
        for p in dest.rglob("*"):
            assert p.resolve().is_relative_to(dest.resolve()) and not p.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(("d", "out"))) == \
        ["a.tar.gz", "a.zip"]
