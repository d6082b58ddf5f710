"""`dfuforensics batch`: fleets of sample units, broken units, resume, tables, summary page, dask."""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path

import pytest

from dfuforensics.batch import worker
from dfuforensics.batch.runner import run_batch
from dfuforensics.cli import main
from dfuforensics.pipeline import analyze_paths

from .conftest import ELF_DIR, FIRMWARE, SAMPLE_UNITS, SAMPLES, symlink_tar, traversal_zip, zip_bomb

CONTRACT_COLUMNS = ["unit", "status", "top_category", "top_rule_id", "top_confidence", "n_findings",
                    "app_version", "softdevice", "transport"]


def _csv(out: Path, name: str):
    import pandas as pd

    return pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)


def _counting(monkeypatch: pytest.MonkeyPatch, log: Path, slow: dict[str, float] | None = None,
              die: str | None = None, fail: str | None = None) -> None:
    """Wrap the per-unit analysis so tests can count it (across forked workers) or make it misbehave."""
    real = worker._run_pipeline

    def wrapped(spec, root, settings):
        with open(log, "a") as fh:
            fh.write(spec.name + "\n")
        if slow and spec.name in slow:
            time.sleep(slow[spec.name])
        if die == spec.name:
            os._exit(7)
        if fail == spec.name:
            raise RuntimeError("simulated bug")
        return real(spec, root, settings)

    monkeypatch.setattr(worker, "_run_pipeline", wrapped)


def test_sample_fleet_rows_match_analyze(tmp_path: Path) -> None:
    """Every sample unit's row says what `analyze` (the same pipeline, run directly) says of it."""
    out = tmp_path / "out"
    stats = run_batch([str(SAMPLES)], out, jobs=2, progress=False)
    assert stats.units == len(SAMPLE_UNITS) and stats.errors == 0 and stats.ignored == 2
    units = _csv(out, "units")
    assert list(units.columns[:3]) == ["unit", "status", "error"]
    assert set(CONTRACT_COLUMNS) <= set(units.columns)
    assert list(units["unit"]) == SAMPLE_UNITS  # unit order, not finishing order
    findings = _csv(out, "findings")
    for name in SAMPLE_UNITS:
        report = analyze_paths([str(SAMPLES / name)])
        row = units[units["unit"] == name].iloc[0]
        assert row["status"] == "ok"
        assert int(row["n_findings"]) == len(report.findings)
        mine = findings[findings["unit"] == name]
        assert list(mine["rule_id"]) == [f.rule_id for f in report.findings]
        if report.findings:
            assert row["top_category"] == report.findings[0].category
            assert row["top_rule_id"] == report.findings[0].rule_id
            assert float(row["top_confidence"]) == pytest.approx(report.findings[0].confidence)
        else:
            assert row["top_category"] == "not present"
        assert row["softdevice"] == (report.softdevice or {}).get("name", "not present")
        unit_json = json.loads((out / "units" / f"{name}.json").read_text())
        assert [f["rule_id"] for f in unit_json["findings"]] == [f.rule_id for f in report.findings]
        assert all(i["path"].startswith(f"{name}/") for i in unit_json["inputs"])
        assert (out / "units" / f"{name}.html").is_file()
    by_name = units.set_index("unit")
    assert by_name.loc["sd-req-mismatch", "top_category"] == "sd-req-mismatch"
    assert by_name.loc["nrf52840-healthy", "hardware"] == "nrf52840"
    assert by_name.loc["nrf52840-healthy", "softdevice"] == "s140_nrf52_6.1.1"
    assert by_name.loc["sd-req-mismatch", "app_version"] == "3"
    # the settings page's CRC is wrong: its versions cannot be trusted, and the row says so
    assert by_name.loc["settings-page-corrupt", "bootloader_version"] == "unreadable"


def test_parquet_equals_csv_with_types(tmp_path: Path, fleet_dir: Path) -> None:
    import pandas as pd

    out = tmp_path / "out"
    run_batch([str(fleet_dir)], out, jobs=2, progress=False)
    for name in ("units", "findings"):
        pq = pd.read_parquet(out / f"{name}.parquet")
        csv = pd.read_csv(out / f"{name}.csv")
        assert list(pq.columns) == list(csv.columns) and len(pq) == len(csv)
    pq = pd.read_parquet(out / "units.parquet")
    assert str(pq["n_findings"].dtype) == "int64" and str(pq["top_confidence"].dtype) == "float64"
    # a number that is absent is null (a number column cannot say why); text says why
    healthy = pq[pq["unit"] == "nrf52832-healthy"].iloc[0]
    assert pd.isna(healthy["top_confidence"]) and healthy["top_rule_id"] == "not present"
    # archives are units like folders, named without the suffix, with the same result
    rows = pq.set_index("unit")
    assert rows.loc["app-linked-at-0", "top_category"] == "image-layout-invalid"
    assert rows.loc["no-softdevice", "top_category"] == "provisioning-incomplete"
    assert json.loads((out / "units" / "app-linked-at-0.json").read_text())["inputs"][0]["path"] == \
        "app-linked-at-0/flash.bin@0x0"


def test_same_input_same_bytes(tmp_path: Path, fleet_dir: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    run_batch([str(fleet_dir)], a, jobs=2, progress=False)
    run_batch([str(fleet_dir)], b, jobs=1, progress=False)
    for rel in ("units.csv", "units.parquet", "findings.csv", "findings.parquet", "summary.html",
                "units/sd-req-mismatch.json", "units/app-linked-at-0.json", "units/no-softdevice.html"):
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel


def test_rerun_does_no_work_twice(tmp_path: Path, fleet_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "analyses.log"
    _counting(monkeypatch, log)
    out = tmp_path / "out"
    first = run_batch([str(fleet_dir)], out, jobs=2, progress=False)
    assert first.analysed == 5 and len(log.read_text().split()) == 5
    before = (out / "units.csv").read_bytes()
    second = run_batch([str(fleet_dir)], out, jobs=2, progress=False)
    assert second.cached == 5 and second.analysed == 0
    assert len(log.read_text().split()) == 5  # no analysis ran
    assert (out / "units.csv").read_bytes() == before
    # an interrupted batch: one unit's result never got written; only that unit runs again
    row = _csv(out, "units").set_index("unit").loc["interrupted-transfer"]
    (out / ".cache" / f"{row['key']}.json").unlink()
    third = run_batch([str(fleet_dir)], out, jobs=2, progress=False)
    assert third.analysed == 1 and log.read_text().split()[-1] == "interrupted-transfer"
    # a changed unit is a new key: analysed again
    (fleet_dir / "sd-req-mismatch" / "note.log").write_text("2024-03-05 10:00:00 operator note\n")
    fourth = run_batch([str(fleet_dir)], out, jobs=2, progress=False)
    assert fourth.analysed == 1 and log.read_text().split()[-1] == "sd-req-mismatch"


def test_broken_units_are_rows_not_failures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fleet = tmp_path / "fleet"
    fleet.mkdir()
    good = SAMPLES / "sd-req-mismatch"
    shutil.copytree(good, fleet / "good")
    (fleet / "empty").mkdir()
    (fleet / "empty" / "flash.bin@0x0").write_bytes(b"")
    (fleet / "random").mkdir()
    (fleet / "random" / "noise").write_bytes(bytes((i * 7919 + 13) % 251 for i in range(4096)))
    zip_bomb(fleet / "bomb.zip")
    traversal_zip(fleet / "traversal.zip", good)
    symlink_tar(fleet / "links.tar", good)
    (fleet / "notazip.zip").write_bytes(b"PK\x03\x04 this is not really a zip")
    for name in ("slow", "crashy", "buggy"):
        shutil.copytree(good, fleet / name)
    log = tmp_path / "analyses.log"
    _counting(monkeypatch, log, slow={"slow": 30}, die="crashy", fail="buggy")
    out = tmp_path / "out"
    cwd = os.getcwd()
    os.chdir(tmp_path)  # a traversal that worked would land near here
    try:
        stats = run_batch([str(fleet)], out, jobs=2, unit_timeout=3, progress=False)
    finally:
        os.chdir(cwd)
    rows = _csv(out, "units").set_index("unit")
    assert stats.units == 10 and stats.timeouts == 1
    assert rows.loc["good", "status"] == "ok" and rows.loc["good", "top_category"] == "sd-req-mismatch"
    assert rows.loc["empty", "status"] == "error" and "empty" in rows.loc["empty", "error"]
    # random bytes: read as a raw flash image at 0x0 (what `analyze` does), nothing recognised in them: the
    # unit is inconclusive (exit 3), never "ok" -- on a dashboard noise must not look like a healthy unit
    rnd = analyze_paths([str(fleet / "random")])
    assert rnd.exit_status() == 3 and rnd.outcome() == "inconclusive" and not rnd.findings
    assert rows.loc["random", "status"] == "inconclusive" and rows.loc["random", "top_category"] == "not present"
    assert int(rows.loc["random", "n_warnings"]) >= 1
    assert rows.loc["bomb", "status"] == "error" and "bomb" in rows.loc["bomb", "error"]
    assert rows.loc["notazip", "status"] == "error" and "cannot be read as zip" in rows.loc["notazip", "error"]
    assert rows.loc["slow", "status"] == "error" and rows.loc["slow", "error"].startswith("timeout")
    assert rows.loc["crashy", "status"] == "error" and "exit code 7" in rows.loc["crashy", "error"]
    assert rows.loc["buggy", "status"] == "error" and "RuntimeError: simulated bug" in rows.loc["buggy", "error"]
    # unsafe members are skipped and said; the unit's safe evidence is still analysed
    trav = rows.loc["traversal"]
    assert trav["status"] == "ok" and trav["top_category"] == "sd-req-mismatch"
    assert trav["error"].count("path leaves the archive") == 3
    for escaped in ("escaped-by-traversal.txt", "abs-escaped.txt", "win-escaped.txt"):
        assert not list(tmp_path.parent.rglob(escaped)) and not Path("/" + escaped).exists()
    assert [i["path"] for i in json.loads((out / "units" / "traversal.json").read_text())["inputs"]] == \
        ["traversal/flash.bin@0x0", "traversal/uicr.bin@0x10001000"]
    assert "not a regular file" in rows.loc["links", "error"]
    assert "links/passwd" not in (out / "units" / "links.json").read_text()
    # the page lists the errors; the batch itself succeeded
    page = (out / "summary.html").read_text()
    assert "exit code 7" in page and "Units that could not be analysed" in page
    # the time-out is not cached (a later run with more time may succeed); bad input is
    log.write_text("")
    run_batch([str(fleet)], out, jobs=2, unit_timeout=3, progress=False)
    assert sorted(log.read_text().split()) == ["buggy", "crashy", "slow"]


def test_cli_exit_status_and_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fleet = tmp_path / "fleet"
    fleet.mkdir()
    shutil.copytree(SAMPLES / "no-softdevice", fleet / "u1")
    (fleet / "u2.zip").write_bytes(b"garbage")
    assert main(["batch", str(fleet), "--out", str(tmp_path / "o"), "-q"]) == 0  # unit errors are rows
    assert main(["batch", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert main(["batch", str(fleet), "--out", str(tmp_path / "o"), "--jobs", "0"]) == 2
    assert main(["batch", str(fleet), "--out", str(tmp_path / "o"), "--scheduler", "tcp://127.0.0.1:1"]) == 2
    (tmp_path / "file").write_text("x")
    assert main(["batch", str(fleet), "--out", str(tmp_path / "file")]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_summary_is_self_contained(tmp_path: Path, shared: Path) -> None:
    """Dated real logs + memory units + crash units: charts by date, version, and crash groups."""
    fleet = tmp_path / "fleet"
    fleet.mkdir()
    for case in ("sdk15-execute-invalid-object-uecc-build-flags", "ios-sdk12-to-15-execute-0x0A-bad-package"):
        (fleet / case).mkdir()
        shutil.copy(shared / "cases" / case / "input.log", fleet / case / "input.log")
    for name in ("sd-req-mismatch", "nrf52840-healthy"):
        shutil.copytree(SAMPLES / name, fleet / name)
    out = tmp_path / "out"
    run_batch([str(fleet)], out, jobs=2, progress=False)
    page = (out / "summary.html").read_text()
    assert not re.search(r"""(?:src|href|action|xlink:href)\s*=\s*["']?\s*(?:https?:|//|data:)""", page, re.I)
    assert "<script" not in page.lower() and "<link" not in page.lower() and "@import" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    rows = _csv(out, "units").set_index("unit")
    assert rows.loc["sdk15-execute-invalid-object-uecc-build-flags", "date"] == "2019-08-16"
    assert rows.loc["sdk15-execute-invalid-object-uecc-build-flags", "date_source"].startswith("log ")
    assert rows.loc["sd-req-mismatch", "date"] == "not present"
    assert "2019-08" in page and "2 units without a capture or log date" in page
    for unit in rows.index:  # every unit's report is reachable from its category
        assert f'href="units/{unit}.html"' in page and f'href="units/{unit}.json"' in page


@pytest.mark.skipif(not ((FIRMWARE / "captures" / "m4-div-zero").is_dir() and (ELF_DIR / "m4-dwarf4.elf").is_file()),
                    reason="firmware captures or ELFs absent")
def test_crash_groups_stable_across_rebuilds(tmp_path: Path) -> None:
    """Two builds of the same source (DWARF 5 and DWARF 4) give one crash group; other faults others."""
    fleet = tmp_path / "fleet"
    fleet.mkdir()
    units = {"divzero-a": ("m4-div-zero", "m4.elf"), "divzero-b": ("m4-div-zero", "m4-dwarf4.elf"),
             "badstore": ("m4-bad-store", "m4.elf"), "nosyms": ("m4-div-zero", None)}
    for unit, (capture, elf) in units.items():
        shutil.copytree(FIRMWARE / "captures" / capture, fleet / unit)
        if elf:
            shutil.copy(ELF_DIR / elf, fleet / unit / "app.elf")
    out = tmp_path / "out"
    run_batch([str(fleet)], out, jobs=2, progress=False)
    rows = _csv(out, "units").set_index("unit")
    a, b = rows.loc["divzero-a"], rows.loc["divzero-b"]
    assert a["fault_type"] == "hardfault" and a["crash_location"] == "divide (faults.c)"
    assert a["crash_fingerprint"] == b["crash_fingerprint"] != "not present"
    assert "0x" not in a["crash_frames"] and not re.search(r":\d", a["crash_frames"])
    assert rows.loc["badstore", "crash_fingerprint"] not in (a["crash_fingerprint"], "not present")
    assert rows.loc["nosyms", "crash_location"] == "unreadable"
    page = (out / "summary.html").read_text()
    group = page[page.index(a["crash_fingerprint"]) - 400: page.index(a["crash_fingerprint"]) + 400]
    assert 'href="units/divzero-a.html"' in group and 'href="units/divzero-b.html"' in group
    assert "(not symbolized)" in page


def test_fingerprint_ignores_addresses_lines_and_folders() -> None:
    crash = {"backtrace": [{"address": 0x1D6, "function": "divide", "file": "/build/a/src/faults.c", "line": 32},
                           {"address": 0x16A, "function": "run_fault", "file": "/build/a/src/faults.c", "line": 73}]}
    moved = {"backtrace": [{"address": 0x2D6, "function": "divide", "file": "C:\\ci\\src\\faults.c", "line": 40},
                           {"address": 0x26A, "function": "run_fault", "file": "faults.c", "line": 80}]}
    other = {"backtrace": [{"address": 0x1D6, "function": "divide", "file": "faults.c", "line": 32},
                           {"address": 0x16A, "function": "main", "file": "faults.c", "line": 73}]}
    labels, fp = worker.crash_fingerprint(crash)
    assert labels == ["divide (faults.c)", "run_fault (faults.c)"]
    assert worker.crash_fingerprint(moved)[1] == fp != worker.crash_fingerprint(other)[1]
    assert worker.crash_fingerprint({"pc": {"address": 0x1D6}})[1] is None


def test_dask_local_cluster_equals_local_run(tmp_path: Path, fleet_dir: Path) -> None:
    distributed = pytest.importorskip("distributed")
    local, remote = tmp_path / "local", tmp_path / "dask"
    run_batch([str(fleet_dir)], local, jobs=2, progress=False)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp://", host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        stats = run_batch([str(fleet_dir)], remote, executor="dask", scheduler=cluster.scheduler_address,
                          progress=False)
    assert stats.units == 5 and stats.analysed == 5 and stats.errors == 0
    for rel in ("units.csv", "findings.csv", "units.parquet", "units/sd-req-mismatch.json"):
        assert (local / rel).read_bytes() == (remote / rel).read_bytes(), rel


def test_dask_unreachable_scheduler_is_a_clear_error(tmp_path: Path, fleet_dir: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    from dfuforensics.batch import runner
    from dfuforensics.errors import UsageError

    monkeypatch.setattr(runner, "DASK_CONNECT_TIMEOUT", "1s")
    with pytest.raises(UsageError, match="cannot reach the dask scheduler at tcp://127.0.0.1:9"):
        run_batch([str(fleet_dir)], tmp_path / "o", executor="dask", scheduler="tcp://127.0.0.1:9",
                  progress=False)


def test_dask_missing_is_a_clear_error(tmp_path: Path, fleet_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from dfuforensics.errors import UsageError

    monkeypatch.setitem(sys.modules, "distributed", None)  # as if dask.distributed were not installed
    with pytest.raises(UsageError, match=r"pip install 'dfuforensics\[fleet\]'"):
        run_batch([str(fleet_dir)], tmp_path / "o", executor="dask", progress=False)


def test_summary_escapes_evidence_strings() -> None:
    from dfuforensics.batch.summary import FleetSummary

    evil = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    s = FleetSummary()
    s.add({"unit": {"unit": "u1", "status": "ok", "top_category": "app-crash", "top_rule_id": evil,
                    "app_version": evil, "softdevice": evil, "transport": "ble", "hardware": evil,
                    "fault_type": evil, "crash_fingerprint": "abc", "crash_frames": evil, "n_findings": 1,
                    "date": "2021-02-03"},
           "findings": [{"rule_id": evil, "category": "app-crash"}]})
    s.add({"unit": {"unit": "u2", "status": "error", "error": evil + "\x1b[31m\u202e", "n_findings": 0},
           "findings": []})
    page = s.render()
    assert "<script" not in page and "<img" not in page and "\x1b" not in page and "\u202e" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "2021-02" in page and "app-crash" in page


def test_plain_progress_lines_when_not_a_terminal(tmp_path: Path, fleet_dir: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    run_batch([str(fleet_dir)], tmp_path / "o", jobs=2, progress=True)
    err = capsys.readouterr().err
    assert re.search(r"^batch: 5/5 units, 0 errors, 0 cached, [0-9.]+ units/s$", err, re.M)
    assert "\x1b[" not in err


def test_single_files_and_duplicate_names_are_units(tmp_path: Path, shared: Path) -> None:
    log = shared / "cases" / "sdk16-serial-sd-req-not-met-0xB" / "input.log"
    other = tmp_path / "x" / "sd-req-mismatch"
    shutil.copytree(SAMPLES / "sd-req-mismatch", other)
    out = tmp_path / "out"
    stats = run_batch([str(log), str(SAMPLES / "sd-req-mismatch"), str(other)], out, jobs=2, progress=False)
    rows = _csv(out, "units").set_index("unit")
    assert stats.units == 3 and list(rows.index) == ["input.log", "sd-req-mismatch", "sd-req-mismatch-2"]
    direct = analyze_paths([str(log)])
    assert rows.loc["input.log", "top_rule_id"] == direct.findings[0].rule_id
    assert json.loads((out / "units" / "input.log.json").read_text())["inputs"][0]["path"] == "input.log/input.log"
    assert rows.loc["sd-req-mismatch", "top_category"] == rows.loc["sd-req-mismatch-2", "top_category"]


@pytest.mark.slow
def test_random_byte_units_in_a_fleet_are_inconclusive_never_ok(tmp_path: Path) -> None:
    """120 units, 5 of them a file of random bytes: those are `inconclusive` (nothing recognised), none `ok`,
    and the real units are all analysed."""
    import random

    rng = random.Random(120)
    fleet = tmp_path / "fleet"
    real = sorted(d for d in SAMPLES.iterdir() if d.is_dir())
    noise = set(rng.sample(range(120), 5))
    for n in range(120):
        unit = fleet / f"unit{n:03d}"
        if n in noise:
            unit.mkdir(parents=True)
            (unit / "dump.bin").write_bytes(rng.randbytes(4096 + 64 * n))
        else:
            shutil.copytree(real[n % len(real)], unit)
    run_batch([str(fleet)], tmp_path / "out", jobs=2, progress=False)
    rows = _csv(tmp_path / "out", "units").set_index("unit")
    statuses = {u: rows.loc[u, "status"] for u in rows.index}
    assert {statuses[f"unit{n:03d}"] for n in noise} == {"inconclusive"}
    assert {s for u, s in statuses.items() if int(u[4:]) not in noise} == {"ok"}
    assert "5 inconclusive" in (tmp_path / "out" / "summary.html").read_text(encoding="utf-8")
