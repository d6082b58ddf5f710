"""MCUboot slots against MCUboot's own imgtool (dumpinfo + verify outputs committed by make_slots.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dfuforensics.mcuboot.image import ImageTrailer, SlotImage, parse_trailer
from dfuforensics.mcuboot.signature import KeyError_, check_signature, load_public_key
from dfuforensics.mcuboot.swap import decide
from dfuforensics.pipeline import analyze_paths, build_case, run_analyses
from dfuforensics.sources import expand

HERE = Path(__file__).resolve().parent
FIX = HERE / "fixtures"
RULES = HERE.parents[1] / "dfuforensics" / "rules" / "builtin" / "mcuboot"
IMAGES = sorted(p.name for p in FIX.glob("*.bin"))
KEYS = ("ec256", "ec256_other", "ed25519", "rsa2048")


def oracle(name: str) -> dict:
    return json.loads((FIX / f"{name}.dumpinfo.json").read_text())


def case_of(*paths: Path, options: dict | None = None):
    case = build_case(expand([str(p) for p in paths]))
    case.options.update(options or {})
    run_analyses(case)
    return case


def test_fixture_set_is_complete() -> None:
    assert len(IMAGES) == 7
    assert all((FIX / f"{n}.dumpinfo.json").exists() and (FIX / f"{n}.verify.json").exists() for n in IMAGES)


@pytest.mark.parametrize("name", IMAGES)
def test_header_and_tlvs_match_imgtool_dumpinfo(name: str) -> None:
    ref = oracle(name)
    data = (FIX / name).read_bytes()
    img = SlotImage(data, len(data) if "magic" in ref.get("trailer", {}) else None)
    if "error" in ref:  # imgtool itself cannot read it (truncated): we must, and say what is wrong
        assert img.header is not None and img.truncated
        assert any("runs past the end" in m for _o, m in img.problems)
        return
    h, r = img.header, ref["header"]
    assert h is not None
    assert (h.ih_magic, h.ih_load_addr, h.ih_hdr_size, h.ih_protect_tlv_size, h.ih_img_size, h.ih_flags,
            h.version) == (r["magic"], r["load_addr"], r["hdr_size"], r["protected_tlv_size"], r["img_size"],
                           r["flags"], r["version"])
    area = ref["tlv_area"]
    ours_prot = [(t.it_type, len(t.data), t.data.hex()) for t in img.tlvs if t.protected]
    ours = [(t.it_type, len(t.data), t.data.hex()) for t in img.tlvs if not t.protected]
    assert ours_prot == [(t["type"], t["len"], t["data"]) for t in area["tlvs_prot"]]
    assert ours == [(t["type"], t["len"], t["data"]) for t in area["tlvs"]]
    assert img.tlv_end == h.ih_hdr_size + h.ih_img_size + h.ih_protect_tlv_size + area["tlv_hdr"]["tlv_tot"]
    assert img.problems == []


@pytest.mark.parametrize("name", [n for n in IMAGES if "magic" in oracle(n).get("trailer", {})])
def test_trailer_matches_imgtool_dumpinfo(name: str) -> None:
    ref = oracle(name)["trailer"]
    data = (FIX / name).read_bytes()
    tr = parse_trailer(data, len(data))
    assert isinstance(tr, ImageTrailer)
    assert data[tr.raw["magic_off"]:].hex() == ref["magic"] and tr.magic == "good"
    assert (tr.raw["image_ok"], tr.raw["copy_done"], tr.raw["swap_info"]) == (ref["image_ok"], ref["copy_done"],
                                                                               ref["swap_info"])
    assert (tr.swap_size if isinstance(tr.swap_size, int) else 0xFFFFFFFF) == ref["swap_size"]


@pytest.mark.parametrize("name", IMAGES)
@pytest.mark.parametrize("key", KEYS)
def test_verdict_matches_imgtool_verify(name: str, key: str) -> None:
    """imgtool verify accepts exactly when our hash, key id and signature checks all pass."""
    ref = json.loads((FIX / f"{name}.verify.json").read_text())[key]
    img = SlotImage((FIX / name).read_bytes())
    pub = load_public_key(FIX / f"{key}.pub.pem")
    chk = check_signature(img, pub) if img.signature_tlv is not None else None
    ours = bool(img.hash_ok is True and chk and chk.keyhash_match is True and chk.signature_ok is True)
    assert ours == (ref["returncode"] == 0), (ref, chk)
    if ref["output"] == ["Image has an invalid hash"]:
        assert img.hash_ok is False
    if ref["output"] == ["No signature found for the given key"] and chk is not None:
        assert chk.keyhash_match is False


def test_private_key_pem_is_accepted_and_bad_key_file_is_a_clear_error(tmp_path: Path) -> None:
    img = SlotImage((FIX / "ed25519_h400_pad.bin").read_bytes())
    assert check_signature(img, load_public_key(FIX / "ed25519.pem")).signature_ok is True
    bad = tmp_path / "key.pem"
    bad.write_text("not a key")
    with pytest.raises(KeyError_, match="key.pem"):
        load_public_key(bad)
    case = case_of(FIX / "ec256_h200_confirm.bin", options={"public_key": str(bad)})
    assert any("key.pem" in w.message for w in case.analysis_warnings)
    assert case.facts["mcuboot"]["secondary"]["hash_ok"] is True


def test_images_section_contract_and_signature_with_key() -> None:
    report = analyze_paths([str(RULES / "fixtures" / "secondary_signed.bin")],
                           options={"public_key": str(FIX / "ec256_other.pub.pem")})
    [row] = report.images
    for key in ("slot", "version", "header_size", "image_size", "hash_ok", "signed", "magic_ok", "image_ok",
                "copy_done", "swap_type"):
        assert key in row
    assert (row["slot"], row["version"], row["header_size"], row["hash_ok"], row["signed"]) == (
        "secondary", "1.2.3+4", 0x200, True, True)
    ids = [f.rule_id for f in report.findings]
    if ids:  # the rule engine is present: the wrong key is the diagnosis
        assert ids[0] == "MCUBOOT-SECONDARY-SIGNATURE-INVALID"
    good = analyze_paths([str(RULES / "fixtures" / "secondary_signed.bin")],
                         options={"public_key": str(FIX / "ec256.pub.pem")})
    assert "MCUBOOT-SECONDARY-SIGNATURE-INVALID" not in [f.rule_id for f in good.findings]


def test_flash_image_layout_inferred_and_next_boot() -> None:
    case = case_of(RULES / "fixtures" / "flash_swap_test.hex")
    m = case.facts["mcuboot"]
    assert (m["primary"]["address"], m["secondary"]["address"], m["primary"]["slot_size"]) == (0xC000, 0xF000,
                                                                                                0x3000)
    assert (m["primary"]["version"], m["secondary"]["version"]) == ("1.0.0+0", "2.0.0+0")
    assert (m["next_swap_type"], m["next_boot"], m["swap_interrupted"]) == ("test", "swap-test", False)
    assert m["secondary"]["layout_ok"] is True and m["secondary"]["key_differs_from_primary"] is False
    mism = case_of(RULES / "fixtures" / "flash_header_mismatch.hex").facts["mcuboot"]
    assert mism["secondary"]["invalid_reason"] == "layout" and mism["next_boot"] == "reject-secondary"
    assert "0x0000C301" in mism["secondary"]["layout_problem"]


def test_guessed_load_address_disables_the_vector_check(tmp_path: Path) -> None:
    """A raw dump without FILE@ADDR is assumed at 0: the reset vector cannot be judged against that."""
    from intelhex import IntelHex

    ih = IntelHex(str(RULES / "fixtures" / "flash_header_mismatch.hex"))
    raw = tmp_path / "flash.bin"
    raw.write_bytes(ih.tobinstr(start=0xC000, end=0x11FFF))
    m = case_of(raw).facts["mcuboot"]
    assert m["secondary"]["layout_ok"] is True  # only the slot-fit check could run
    m = case_of_addr(raw, 0xC000)
    assert m["secondary"]["layout_ok"] is False


def case_of_addr(path: Path, addr: int) -> dict:
    case = build_case(expand([f"{path}@0x{addr:X}"]))
    run_analyses(case)
    return case.facts["mcuboot"]


@pytest.mark.parametrize("primary,secondary,expected", [
    # boot_swap_tables[] rows, in order (reference §B3)
    ({"magic": "unset", "image_ok": "unset", "copy_done": "unset"},
     {"magic": "good", "image_ok": "unset", "copy_done": "unset"}, "test"),
    (None, {"magic": "good", "image_ok": "0x3"}, "test"),  # rows II/III need only the secondary
    (None, {"magic": "good", "image_ok": "set"}, "perm"),
    ({"magic": "good", "image_ok": "0x3", "copy_done": "0x1"}, {"magic": "unset", "image_ok": "0x3"}, "revert"),
    ({"magic": "good", "image_ok": "set", "copy_done": "set"}, {"magic": "unset", "image_ok": "unset"}, "none"),
    ({"magic": "good", "image_ok": "unset", "copy_done": "unset"}, {"magic": "bad", "image_ok": "bad"}, "none"),
    ({"magic": "good", "image_ok": "unset", "copy_done": "set"}, None, None),  # revert unless secondary asks
    (None, None, None),
])
def test_swap_table(primary: dict | None, secondary: dict | None, expected: str | None) -> None:
    got = decide(primary, secondary)
    assert (got if isinstance(got, str) else None) == expected


def test_logged_decisions_reproduced_from_logged_trailers(shared: Path) -> None:
    case = case_of(shared / "cases/ncs-nrf91-slm-fota-not-confirmed-revert/input.log")
    log = case.facts.get("mcuboot", {}).get("log")
    if log is None:
        pytest.skip("no MCUboot log parser registered yet")
    assert (log["decisions_checked"], log["decisions_agree"], log["last_swap_type"]) == (2, True, "revert")


@pytest.mark.parametrize("sample,pending,indent", [
    ("samples/mcumgr_devzone86332_stuck_pending_image_list.txt", 1, False),
])
def test_mcumgr_image_list(shared: Path, sample: str, pending: int, indent: bool) -> None:
    case = case_of(shared / sample)
    assert case.inputs[0].kind == "mcumgr-output" and case.inputs[0].warnings == []
    states = [e for e in case.events if e.kind == "mcumgr.image_state"]
    assert [(e.fields["image"], e.fields["slot"], e.fields["flags"]) for e in states] == [
        (0, 0, ["active", "confirmed"]), (0, 1, ["pending"])]
    mg = case.facts["mcuboot"]["mcumgr"]
    assert (mg["pending_slot"], mg["active_slot"], mg["active_confirmed"]) == (pending, 0, True)


def test_mcumgr_indented_old_form_and_error(tmp_path: Path) -> None:
    text = ("$ newtmgr -c ser image list\nImages:\n slot=0\n    version: 1.2.0\n    bootable: true\n"
            "    flags: active\n    hash: Unavailable\n slot=1\n    version: 1.1.0\n    bootable: true\n"
            "    flags: confirmed\n    hash: 00ff\nSplit status: N/A (0)\n$ mcumgr image erase\nError: 6\n")
    p = tmp_path / "mcumgr.txt"
    p.write_text(text)
    case = case_of(p)
    mg = case.facts["mcuboot"]["mcumgr"]
    assert mg["running_unconfirmed"] is True and mg["errors"] == ["EBADSTATE"]
    err = next(e for e in case.events if e.kind == "mcumgr.error")
    assert err.line == 15 and err.fields["rc"] == 6


def test_erased_secondary_dump_and_junk_are_handled(tmp_path: Path) -> None:
    erased = tmp_path / "slot1_secondary.bin"
    erased.write_bytes(b"\xff" * 0x2000)
    m = case_of(erased).facts["mcuboot"]["secondary"]
    assert m["erased"] is True and m["header_magic_ok"] is False and m["trailer_magic"] == "unset"
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes.fromhex("3db8f396") + b"\x00" * 4)  # magic, then nothing
    case = case_of(junk)
    assert case.inputs[0].error is None


def test_rule_fixtures_end_to_end() -> None:
    runner = pytest.importorskip("dfuforensics.rules.runner")
    loader = pytest.importorskip("dfuforensics.rules.loader")
    rules, problems = loader.load_rules([RULES])
    assert not [p for p in problems if p.level == "error"], problems
    assert len(rules) == 7
    outcomes = runner.run_fixtures(rules)
    assert all(o.passed for o in outcomes), [o.describe() for o in outcomes if not o.passed]
    for rule in rules:
        assert {f.expect for f in rule.fixtures} == {"match", "no-match"}, rule.id


def test_report_is_deterministic() -> None:
    paths = [str(RULES / "fixtures" / "flash_secondary_flipped.hex"), str(FIX / "ed25519_h400_pad.bin")]
    assert json.dumps(analyze_paths(paths).to_json()) == json.dumps(analyze_paths(paths).to_json())
