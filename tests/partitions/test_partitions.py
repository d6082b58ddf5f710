"""Partition layouts as evidence, read from real build outputs (fixtures/SOURCES.md), and MCUboot slots
read through them: images signed by imgtool placed where the layout says, on internal and external flash.

Oracles: the layout files themselves (every partition's address and size as the file writes it; the
line numbers counted with ``grep -n``), imgtool (the images and their header fields), and MCUboot's own
rules for where a trailer is and what ROM_FIXED means (docs/facts/partitions.md)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dfuforensics import sources
from dfuforensics.partitions.layout import layout_of, slot_role
from dfuforensics.partitions.records import FlashDevice, Partition
from dfuforensics.pipeline import build_case, run_analyses
from dfuforensics.rules.engine import evaluate_case

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dumps import IMGTOOL, payload, sign  # noqa: E402

FIX = Path(__file__).resolve().parent / "fixtures"
NEEDS_IMGTOOL = pytest.mark.skipif(not Path(IMGTOOL).exists(), reason="imgtool (test extra) not installed")


def _case(*paths: Path | str):
    case = build_case(sources.expand([str(p) for p in paths]))
    run_analyses(case)
    return case


def _line_of(path: Path, text: str) -> int:
    """The 1-based line where ``text`` starts a line (what grep -n prints)."""
    for n, line in enumerate(path.read_text().splitlines(), 1):
        if line.startswith(text):
            return n
    raise AssertionError(f"{text!r} not in {path}")


# --- the readers -------------------------------------------------------------------------------------------


def test_generated_partitions_yml_every_partition_with_its_line():
    path = FIX / "nrf52dk_peripheral_lbs" / "partitions.yml"
    case = _case(path)
    assert case.inputs[0].kind == "partition-layout" and not case.inputs[0].warnings
    parts = {p.name: p for p in case.of_type(Partition)}
    assert set(parts) == {"app", "mcuboot", "mcuboot_pad", "mcuboot_primary", "mcuboot_primary_app",
                          "mcuboot_secondary", "settings_storage", "sram_primary"}
    sec = parts["mcuboot_secondary"]
    assert (sec.address, sec.size, sec.region, sec.origin) == (0x45000, 0x39000, "flash_primary", "partitions.yml")
    assert sec.line == _line_of(path, "mcuboot_secondary:")
    assert parts["mcuboot_primary"].span == ("app", "mcuboot_pad")  # *id001 alias resolved, once
    assert slot_role(sec).key == "secondary"


def test_pm_static_flow_lists_quotes_and_default_region():
    """A hand-written pm_static.yml: flow lists, a quoted label, entries without region (flash_primary)."""
    path = FIX / "thingy53_borus" / "pm_static.yml"
    parts = {p.name: p for p in _case(path).of_type(Partition)}
    assert parts["tfm_secure"].span == ("mcuboot_pad", "tfm") and parts["tfm_secure"].region == "flash_primary"
    assert parts["mcuboot_secondary"].region == "external_flash" and parts["mcuboot_secondary"].device == "MX25R64"
    assert parts["mcuboot_primary_1"].region == "ram_flash"
    assert all(p.origin == "pm_static.yml" for p in parts.values())


def test_zephyr_dts_fixed_partitions_and_qspi_window():
    """The build's own zephyr.dts: partitions are in flash0, the QSPI flash is seen through qspi_mm."""
    path = FIX / "thingy53_borus" / "zephyr.dts"
    case = _case(path)
    assert not case.inputs[0].warnings
    parts = {p.dt_label: p for p in case.of_type(Partition)}
    assert (parts["slot1_partition"].address, parts["slot1_partition"].size) == (0x80000, 0x40000)
    assert parts["slot1_partition"].name == "image-1" and slot_role(parts["slot1_partition"]).key == "secondary"
    assert slot_role(parts["scratch_partition"]).role == "scratch"
    assert parts["storage_partition"].line == _line_of(path, "\t\t\t\t\t\tstorage_partition: partition@fa000 {")
    devices = {d.label: d for d in case.of_type(FlashDevice)}
    assert devices["flash0"].base == 0 and not devices["flash0"].external


def test_board_file_extract_warns_about_the_missing_flash_node_and_unit_address():
    path = FIX / "zephyr_boards" / "nrf52dk_nrf52805_slot1_overlaps_storage.dts"
    rec = _case(path).inputs[0]
    messages = [w.describe() for w in rec.warnings]
    assert any("&flash0 is defined in a file this input does not include" in m for m in messages)
    assert any(m.startswith(f"{path}:{_line_of(path, '		slot1_partition')}:")
               and "unit address @19000 is not reg's address 0x20000" in m for m in messages)


def test_damaged_layouts_warn_with_their_line_and_keep_the_rest(tmp_path):
    yml = (FIX / "nrf52dk_peripheral_lbs" / "partitions.yml").read_text().splitlines()
    bad_at = yml.index("mcuboot_pad:") + 2  # its end_address line
    yml[bad_at] = "  end_address: [0xc200"  # an unclosed flow list: the whole document is not YAML
    broken = tmp_path / "partitions.yml"
    broken.write_text("\n".join(yml) + "\n")
    case = _case(broken)
    names = {p.name for p in case.of_type(Partition)}
    assert "mcuboot_secondary" in names and "mcuboot_primary" in names and "mcuboot_pad" not in names
    assert any(w.location.line == bad_at + 1 or "mcuboot_pad" in w.message for w in case.inputs[0].warnings)
    dts = (FIX / "thingy53_borus" / "zephyr.dts").read_text()
    cut = tmp_path / "zephyr.dts"
    cut.write_text(dts.replace("reg = < 0x80000 0x40000 >;", "reg = < 0x80000 0x40000 ;", 1))
    case = _case(cut)
    assert case.inputs[0].warnings and all(w.location.line for w in case.inputs[0].warnings)
    assert {p.dt_label for p in case.of_type(Partition)} >= {"boot_partition", "slot0_partition"}


@pytest.mark.parametrize("junk", [b"", b"mcuboot:\n", b"\xff" * 64, b"/dts-v1/;\n/ {\n", b"a: [\n", b"- 1\n- 2\n"])
def test_no_traceback_on_junk(tmp_path, junk):
    path = tmp_path / "partitions.yml"
    path.write_bytes(junk)
    p = subprocess.run([sys.executable, "-m", "dfuforensics", "analyze", str(path), "--format", "json"],
                       capture_output=True, text=True, timeout=120)
    assert "Traceback" not in p.stderr and p.returncode in (0, 2, 3)


def test_other_rooms_files_are_not_layouts():
    from dfuforensics.evidence.partition_layout import PARSERS

    for other in (Path("dfuforensics/rules/builtin/mcuboot/fixtures/flash_swap_test.hex"),
                  Path("dfuforensics/rules/builtin/mcuboot/fixtures/ncs53_secondary_invalid.log"), Path("pyproject.toml")):
        src = sources.expand([str(other)])[0]
        assert all(p.sniff(src) <= 0.3 for p in PARSERS), other


# --- the layout's own checks ----------------------------------------------------------------------------


@pytest.mark.parametrize("files", [
    ["nrf52dk_peripheral_lbs/partitions.yml"], ["nrf9160_departure_board/partitions.yml"],
    ["thingy53_borus/partitions.yml", "thingy53_borus/partitions_CPUNET.yml"], ["thingy53_borus/pm_static.yml"],
    ["sdk_nrf/matter_light_bulb_nrf5340dk_pm_static.yml"], ["sdk_nrf/nrf_desktop_nrf52840dk_pm_static_mcuboot_smp.yml"],
    ["thingy53_borus/zephyr.dts"], ["nrf52dk_peripheral_lbs/zephyr.dts"], ["zephyr_boards/nrf52dk_nrf52805_fixed.dts"],
])
def test_real_layouts_have_no_overlap(files):
    """Spans (mcuboot_primary = mcuboot_pad + app), inside (tfm in mcuboot_primary_app), region remainders
    (external_flash) and other address spaces (ram_flash, the network core) are not overlaps."""
    case = _case(*[FIX / f for f in files])
    layout = layout_of(case)
    assert layout is not None and layout.overlaps() == []
    assert "overlap" not in case.facts["partitions"] and "storage_overlap" not in case.facts["partitions"]


def test_slot_over_storage_in_the_nrf52805_board_file_before_zephyr_pr_78446():
    path = FIX / "zephyr_boards" / "nrf52dk_nrf52805_slot1_overlaps_storage.dts"
    case = _case(path)
    found = {f.rule_id: f for f in evaluate_case(case)}
    f = found["PARTITIONS-STORAGE-IN-SLOT"]
    assert "share 0x28000-0x2E000" in f.title and f.category == "app-data-overwritten"
    lines = {e.line for e in f.evidence if e.input == str(path)}
    assert lines == {_line_of(path, "			reg = <0x00020000 0xe000>;"), _line_of(path, "			reg = <0x00028000 0x00008000>;")}


def test_pm_static_from_a_later_commit_disagrees_with_the_build():
    built, static = FIX / "thingy53_borus" / "partitions.yml", FIX / "thingy53_borus_later" / "pm_static.yml"
    case = _case(built, static)
    f = next(f for f in evaluate_case(case) if f.rule_id == "PARTITIONS-PM-STATIC-NOT-BUILT")
    assert "app 0x10200-0xF0000" in f.title and "app 0x1C000-0xF0000" in f.title
    cited = {(e.input, e.line) for e in f.evidence}
    assert (str(static), _line_of(static, "app:") + 1) in cited and (str(built), _line_of(built, "app:") + 1) in cited
    same = _case(built, FIX / "thingy53_borus" / "pm_static.yml")
    assert "pm_static_disagrees" not in same.facts["partitions"]


def test_devicetree_beside_partition_manager_is_not_the_layout():
    """With Partition Manager the build ignores the devicetree's partitions: partitions.yml rules."""
    case = _case(FIX / "thingy53_borus" / "partitions.yml", FIX / "thingy53_borus" / "zephyr.dts")
    layout = layout_of(case)
    assert layout.origin == "partitions.yml" and layout.get("mcuboot_secondary").external
    assert layout.cpu_address(layout.get("mcuboot_secondary")) == (0x10000000, "mx25r64 window from the devicetree (qspi_mm)")


# --- MCUboot slots through the layout ---------------------------------------------------------------------

NRF52 = FIX / "nrf52dk_peripheral_lbs" / "partitions.yml"  # primary 0xC000, secondary 0x45000, 0x39000 each
SLOT, PAD = 0x39000, 0x200


def _flash(tmp_path: Path, secondary: bytes, name: str = "flash.bin") -> Path:
    """A whole 512 KiB flash dump: the running image in the primary, ``secondary`` in the secondary."""
    flash = bytearray(b"\xff" * 0x80000)
    running = sign(payload(0xC000 + PAD, PAD), PAD, "1.0.0+0", SLOT, "--pad", "--confirm")
    flash[0xC000:0xC000 + len(running)] = running
    flash[0x45000:0x45000 + len(secondary)] = secondary[:0x80000 - 0x45000]
    path = tmp_path / f"{name}@0x0"
    path.write_bytes(bytes(flash))
    return path


def _layout_findings(case) -> dict[str, object]:
    return {f.rule_id: f for f in evaluate_case(case) if f.rule_id.startswith(("MCUBOOT-LAYOUT", "PARTITIONS"))}


@NEEDS_IMGTOOL
def test_matching_layout_reads_slots_at_their_partitions_and_finds_nothing(tmp_path):
    update = sign(payload(0xC000 + PAD, PAD), PAD, "2.0.0+0", SLOT, "--pad")
    case = _case(NRF52, _flash(tmp_path, update))
    mc = case.facts["mcuboot"]
    assert mc["secondary"]["address"] == 0x45000 and mc["secondary"]["slot_size"] == SLOT
    assert mc["secondary"]["trailer_magic"] == "good" and mc["next_boot"] == "swap-test"
    assert _layout_findings(case) == {}
    fm = {r["name"]: r for r in case.sections["flash_map"]}
    assert (fm["mcuboot-secondary"]["start"], fm["mcuboot-secondary"]["end"]) == (0x45000, 0x7E000)
    assert "image 2.0.0+0" in fm["mcuboot-secondary"]["detail"] and fm["settings"]["start"] == 0x7E000


@NEEDS_IMGTOOL
def test_image_larger_than_its_partition_cites_the_size_line_and_the_header(tmp_path):
    big = sign(payload(0xC000 + PAD, PAD, SLOT), PAD, "2.0.0+0", 0x40000)  # signed for a 256 KiB slot
    flash = _flash(tmp_path, big)
    case = _case(NRF52, flash)
    f = _layout_findings(case)["MCUBOOT-LAYOUT-IMAGE-LARGER-THAN-SLOT"]
    cited = {(e.input, e.line, e.offset) for e in f.evidence}
    assert (str(NRF52), _line_of(NRF52, "mcuboot_secondary:") + 11, None) in cited  # its size: line
    assert (str(flash), None, 0x45000) in cited  # the header, at its offset in the dump
    assert "ends at slot offset 0x39204" in f.title  # 0x200 + 0x39000 + TLV info (imgtool's own sizes)


@NEEDS_IMGTOOL
def test_header_size_not_mcuboot_pad(tmp_path):
    raw = b"\0" * 0x400 + payload(0xC000 + PAD, PAD)[PAD:]
    case = _case(NRF52, _flash(tmp_path, sign(raw, 0x400, "2.0.0+0", SLOT, "--pad")))
    f = _layout_findings(case)["MCUBOOT-LAYOUT-HEADER-SIZE-NOT-PAD"]
    assert (str(NRF52), _line_of(NRF52, "mcuboot_pad:") + 9) in {(e.input, e.line) for e in f.evidence}
    assert "MCUBOOT-SECONDARY-LAYOUT-INVALID" not in {x.rule_id for x in evaluate_case(case)}  # merged in


@NEEDS_IMGTOOL
def test_rom_fixed_for_the_primary_in_the_secondary(tmp_path):
    image = sign(payload(0xC000 + PAD, PAD), PAD, "2.0.0+0", SLOT, "--rom-fixed", "0xc000")
    case = _case(NRF52, _flash(tmp_path, image))
    f = _layout_findings(case)["MCUBOOT-LAYOUT-ROM-FIXED-OTHER-SLOT"]
    assert "ROM_FIXED for flash offset 0xC000" in f.title and "sits at 0x45000" in f.title
    again = _case(NRF52, _flash(tmp_path, sign(payload(0xC000 + PAD, PAD), PAD, "2.0.0+0", SLOT, "--rom-fixed",
                                                "0x45000"), "right.bin"))
    assert "MCUBOOT-LAYOUT-ROM-FIXED-OTHER-SLOT" not in _layout_findings(again)


@NEEDS_IMGTOOL
def test_trailer_padded_for_the_devicetree_slot_size(tmp_path):
    """The same build's zephyr.dts says image-1 is 0x37000 bytes; Partition Manager made it 0x39000."""
    dts_slot = next(p.size for p in _case(FIX / "nrf52dk_peripheral_lbs" / "zephyr.dts").of_type(Partition)
                    if p.dt_label == "slot1_partition")
    assert dts_slot == 0x37000
    case = _case(NRF52, _flash(tmp_path, sign(payload(0xC000 + PAD, PAD), PAD, "2.0.0+0", dts_slot, "--pad")))
    f = _layout_findings(case)["MCUBOOT-LAYOUT-TRAILER-NOT-AT-SLOT-END"]
    assert "at 0x7BFF0" in f.title and case.facts["mcuboot"]["secondary"]["trailer_magic"] == "unset"
    assert (str(case.inputs[1].path), 0x7BFF0) in {(e.input, e.offset) for e in f.evidence}


@NEEDS_IMGTOOL
@pytest.mark.parametrize("layout, window", [
    ([FIX / "thingy53_borus" / "partitions.yml", FIX / "thingy53_borus" / "zephyr.dts"], 0x10000000),  # qspi_mm
    ([FIX / "sdk_nrf" / "matter_light_bulb_nrf52840dk_pm_static.yml"], 0x12000000),  # no DTS: nRF52840 window
])
def test_secondary_on_external_flash_from_a_separate_dump(tmp_path, layout, window):
    parts = {p.name: p for p in _case(*layout).of_type(Partition)}
    primary, secondary = parts["mcuboot_primary"], parts["mcuboot_secondary"]
    pad = parts["mcuboot_pad"].size
    app = payload(primary.address + pad, pad)
    internal = bytearray(b"\xff" * 0x100000)
    running = sign(app, pad, "1.0.0+0", primary.size, "--pad", "--confirm")
    internal[primary.address:primary.address + len(running)] = running
    (tmp_path / "internal.bin@0x0").write_bytes(bytes(internal))
    qspi = bytearray(b"\xff" * (secondary.address + secondary.size))
    update = sign(app, pad, "2.0.0+0", secondary.size, "--pad")
    qspi[secondary.address:secondary.address + len(update)] = update
    ext = tmp_path / f"qspi.bin@{window:#x}"
    ext.write_bytes(bytes(qspi))
    case = _case(*layout, tmp_path / "internal.bin@0x0", ext)
    sec = case.facts["mcuboot"]["secondary"]
    assert sec["address"] == window + secondary.address and sec["input"] == str(ext)
    assert sec["version"] == "2.0.0+0" and sec["trailer_magic"] == "good"
    assert case.facts["mcuboot"]["next_boot"] == "swap-test" and _layout_findings(case) == {}
    shutil.rmtree(tmp_path)
