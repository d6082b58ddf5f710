"""Particle module tables: every historical form read from real posted evidence, checks redone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dfuforensics.model import NOT_PRESENT, ParseWarning
from dfuforensics.particle import codes
from dfuforensics.particle.modules import LenientJsonError, ModuleTable, loads_lenient
from dfuforensics.pipeline import analyze_paths, build_case, run_analyses
from dfuforensics.sources import expand

ARGON = "cases/particle-argon-safe-mode-2.0.1-sysfw-missing/input.log"
RULES = Path(__file__).resolve().parents[2] / "dfuforensics" / "rules" / "builtin" / "particle"


def case_of(*paths: Path):
    case = build_case(expand([str(p) for p in paths]))
    run_analyses(case)
    return case


@pytest.mark.parametrize("name,kind", [
    ("samples/particle_describe_electron_pr1306.json", "particle-describe"),
    ("samples/particle_describe_photon_issue751_partial.txt", "particle-describe"),
    ("samples/particle_safe_mode_event_boron_docs.jsonl", "particle-events"),
    ("samples/particle_ota_event_stream_v2_docs.jsonl", "particle-events"),
    ("samples/particle_serial_inspect_boron_docs.txt", "particle-serial-inspect"),
    ("samples/particle_serial_inspect_photon_070_community.txt", "particle-serial-inspect"),
    ("samples/particle_serial_inspect_photon_v108_rickkas7.txt", "particle-serial-inspect"),
    ("samples/particle_comm_ota_serial_log_docs.log", "particle-serial-log"),
    (ARGON, "particle-describe"),
])
def test_real_samples_are_detected_and_read(shared: Path, name: str, kind: str) -> None:
    case = build_case(expand([str(shared / name)]))
    assert case.inputs[0].kind == kind
    assert case.inputs[0].error is None


def test_argon_console_paste_case(shared: Path) -> None:
    """The case as posted: console rendering without commas, `0:{` indices, legacy `_` keys."""
    case = case_of(shared / ARGON)
    assert case.inputs[0].warnings == []
    f = case.facts["particle"]
    assert (f["platform_id"], f["platform"], f["generation"]) == (12, "Argon", "gen3")
    assert (f["system_version"], f["device_os"], f["bootloader_version"]) == (1512, "1.5.2", 1005)
    assert f["failed_modules"] == ["User module #1"]
    assert f["checks_failed"] == ["dependencies"]
    assert f["dependency_unmet"] is True
    unmet = f["unmet"]
    assert (unmet["requires"], unmet["required_version"], unmet["required_release"]) == ("System module #1", 2011,
                                                                                           "2.0.1")
    assert (unmet["installed_version"], unmet["installed_release"]) == (1512, "1.5.2")
    mods = case.sections["modules"]
    assert [(m["function"], m["index"], m["version"]) for m in mods] == [
        ("bootloader", 0, 1005), ("system-part", 1, 1512), ("user-part", 1, 6), ("ncp", 0, 5),
        ("radio-stack", 0, 202)]
    for m in mods:  # the contract's keys
        assert {"function", "index", "version", "location", "checks_failed", "dependencies"} <= set(m)
    sysdeps = mods[1]["dependencies"]
    assert [(d["function"], d["version"], d["met"]) for d in sysdeps] == [("bootloader", 501, True),
                                                                          ("radio-stack", 202, True)]


def test_boron_safe_mode_stream_user_part_index_2_and_healer_progress(shared: Path) -> None:
    case = case_of(shared / "samples/particle_safe_mode_event_boron_docs.jsonl")
    tables = case.of_type(ModuleTable)
    assert [t.origin for t in tables] == ["safe-mode-event", "safe-mode-event"]
    f = case.facts["particle"]
    assert f["user_part_index"] == 2  # 256 KiB user part of Device OS >= 3.1.0
    assert f["unmet"]["required_version"] == 4200 and f["unmet"]["installed_release"] == "4.0.2"
    assert f["healer_progress"] is True and f["healer_stalled"] is False  # bootloader 1101 -> 1200
    assert f["bootloader_version"] == 1200
    sm = [e for e in case.events if e.kind == "particle.safe_mode"]
    assert [e.line for e in sm] == [4, 6] and sm[0].fields["failed_modules"] == ["User module #2"]
    assert sm[0].clock == "host" and sm[0].t == pytest.approx(16 * 3600 + 16 * 60 + 50.064)


def test_electron_legacy_describe_empty_slot(shared: Path) -> None:
    case = case_of(shared / "samples/particle_describe_electron_pr1306.json")
    f = case.facts["particle"]
    assert f["dependency_unmet"] is False and f["failed_modules"] == []
    empty = case.sections["modules"][-1]
    assert (empty["function"], empty["location"], empty["version"]) == ("empty", "factory", NOT_PRESENT)
    assert empty["checks_failed"] == []  # vc=30 vv=0 on an empty slot is not a failure
    assert case.sections["modules"][1]["dependencies"][0]["function"] == "system-part"


def test_truncated_describe_gives_modules_and_a_warning(shared: Path) -> None:
    case = case_of(shared / "samples/particle_describe_photon_issue751_partial.txt")
    [table] = case.of_type(ModuleTable)
    assert table.truncated and [m.version for m in table.modules] == [4, 8, 8]
    msgs = [w.message for w in case.inputs[0].warnings]
    assert any("cut off" in m for m in msgs)
    assert all(w.location.line == 2 for w in case.inputs[0].warnings)


def test_serial_inspect_with_and_without_indentation(shared: Path) -> None:
    boron = case_of(shared / "samples/particle_serial_inspect_boron_docs.txt")
    [t] = boron.of_type(ModuleTable)
    assert t.platform_id == 13
    assert [(m.function, m.index, m.version, m.checked, m.passed) for m in t.modules] == [
        ("b", 0, 1003, 30, 30), ("s", 1, 2007, 30, 30), ("u", 1, 6, 30, 30), ("a", 0, 202, 30, 30)]
    assert [(d.function, d.version) for d in t.modules[1].dependencies] == [("b", 1003), ("a", 202)]
    assert boron.facts["particle"]["device_os"] is NOT_PRESENT  # 2007 is 2.0.0-rc.4, not in the final list
    photon = case_of(shared / "samples/particle_serial_inspect_photon_070_community.txt")
    [t] = photon.of_type(ModuleTable)
    assert [m.label() for m in t.modules] == ["Bootloader module #0", "System module #1", "System module #2",
                                              "User module #1", "empty factory slot"]
    assert [(d.function, d.index, d.version) for d in t.modules[2].dependencies] == [("s", 1, 207), ("b", 0, 101)]
    assert photon.facts["particle"]["device_os"] == "0.7.0"
    assert photon.facts["particle"]["dependency_unmet"] is False


def test_vc_vv_decoding_matches_the_reference_worked_example() -> None:
    assert codes.flags_named(30) == ["integrity", "dependencies", "range", "platform"]
    assert codes.flags_named(30 & ~26) == ["dependencies"]
    assert codes.flags_named(94 & ~0x5A) == ["dependencies"]  # OTA validation: INTEGRITY|DEPENDENCIES_FULL
    assert codes.release_of("s", 206) == "0.7.0-rc.7" and codes.release_of("b", 101) == "0.7.0"


def test_worked_example_bootloader_dependency(tmp_path: Path) -> None:
    """Reference §A2: Photon part2 v206 needs bootloader 101, device has 100 -> safe mode."""
    doc = {"p": 6, "m": [
        {"s": 16384, "l": "m", "vc": 30, "vv": 30, "f": "b", "n": "0", "v": 100, "d": []},
        {"s": 262144, "l": "m", "vc": 30, "vv": 30, "f": "s", "n": "1", "v": 206, "d": []},
        {"s": 262144, "l": "m", "vc": 30, "vv": 26, "f": "s", "n": "2", "v": 206,
         "d": [{"f": "s", "n": "1", "v": 206}, {"f": "b", "n": "0", "v": 101}]}]}
    p = tmp_path / "describe.json"
    p.write_text(json.dumps(doc))
    f = case_of(p).facts["particle"]
    assert f["unmet"]["requires"] == "Bootloader module #0"
    assert (f["unmet"]["required_version"], f["unmet"]["installed_version"]) == (101, 100)
    assert f["platform"] == "Photon"


def test_missing_dependency_module_is_named(tmp_path: Path) -> None:
    doc = {"p": 10, "m": [{"s": 131072, "l": "m", "vc": 30, "vv": 26, "f": "u", "n": "1", "v": 5,
                           "d": [{"f": "s", "n": "3", "v": 207}]}]}
    p = tmp_path / "describe.json"
    p.write_text(json.dumps(doc))
    f = case_of(p).facts["particle"]
    assert f["unmet"]["installed_version"] is NOT_PRESENT
    assert "not installed" in f["unmet"]["summary"] and "0.7.0" in f["unmet"]["summary"]


def test_lenient_json_forms() -> None:
    assert loads_lenient('{"a":[1,2]}') == ({"a": [1, 2]}, False)
    value, cut = loads_lenient('{\n "m":[\n  0:{\n   "v":1\n   "n":"2"\n  }\n ]\n}')
    assert value == {"m": [{"v": 1, "n": "2"}]} and not cut
    assert loads_lenient('{"m":[{"v":1},{"v":2,"d":[{"f":"s","_')[0] == {"m": [{"v": 1}, {"v": 2, "d": [{"f": "s"}]}]}
    assert loads_lenient('{"m":[{"v":1},{"v":2,"d":[{"f":"s","_')[1] is True
    with pytest.raises(LenientJsonError) as exc:
        loads_lenient('{\n"a": 1\n"b": @\n}')
    assert exc.value.line == 3


def test_event_stream_damage_is_a_located_warning(tmp_path: Path, shared: Path) -> None:
    lines = (shared / "samples/particle_safe_mode_event_boron_docs.jsonl").read_text().splitlines()
    lines.insert(3, "garbage that is not json")
    p = tmp_path / "events.jsonl"
    p.write_text("\n".join(lines) + "\n")
    case = case_of(p)
    [w] = case.inputs[0].warnings
    assert isinstance(w, ParseWarning) and w.location.line == 4 and "not a JSON event" in w.message
    assert case.facts["particle"]["dependency_unmet"] is True


def test_sse_stream_form(tmp_path: Path, shared: Path) -> None:
    """`particle subscribe`/curl give `event:` + `data:` lines; the same events must come out."""
    src = (shared / "samples/particle_safe_mode_event_boron_docs.jsonl").read_text().splitlines()[1:]
    out = []
    for line in src:
        out += [f"event: {json.loads(line)['name']}", f"data: {line}", ""]
    p = tmp_path / "stream.txt"
    p.write_text("\n".join(out))
    case = case_of(p)
    assert case.inputs[0].kind == "particle-events" and case.inputs[0].warnings == []
    assert case.facts["particle"]["safe_mode_events"] == 2


def test_serial_log_ota_stages(shared: Path) -> None:
    case = case_of(shared / "samples/particle_comm_ota_serial_log_docs.log")
    ota = [e for e in case.events if e.kind == "particle.ota"]
    stages = [e.fields["stage"] for e in ota if e.fields["stage"] != "info"]
    assert stages == ["start_request", "checksum", "start", "finish_request", "validating", "applying"]
    chk = next(e for e in ota if e.fields["stage"] == "checksum")
    assert chk.fields["file_checksum"].startswith("3c8dc3d3")
    assert case.inputs[0].warnings == []
    assert ota[1].fields["file_size"] == 373462 and ota[0].t == pytest.approx(268.495)


def test_report_is_deterministic(shared: Path) -> None:
    paths = [str(shared / ARGON), str(shared / "samples/particle_safe_mode_event_boron_docs.jsonl")]
    a = json.dumps(analyze_paths(paths).to_json(), sort_keys=False)
    b = json.dumps(analyze_paths(paths).to_json(), sort_keys=False)
    assert a == b


def test_rule_fixtures_end_to_end() -> None:
    runner = pytest.importorskip("dfuforensics.rules.runner")
    loader = pytest.importorskip("dfuforensics.rules.loader")
    rules, problems = loader.load_rules([RULES])
    assert not [p for p in problems if p.level == "error"], problems
    assert {r.id for r in rules} == {"PARTICLE-MODULE-DEPENDENCY-UNMET", "PARTICLE-SAFE-MODE-HEALER-STALLED",
                                    "PARTICLE-OTA-RESET-UPDATE-TIMEOUT"}
    outcomes = runner.run_fixtures(rules)
    assert outcomes and all(o.passed for o in outcomes), [o.describe() for o in outcomes if not o.passed]
    assert {o.fixture.expect for o in outcomes} == {"match", "no-match"}
