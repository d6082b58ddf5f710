"""HTML report: goldens, self-containment, CSP, escaping (checked with the standard library's HTML
parser, i.e. as a browser tokenizes it), and the two SVGs' geometry."""

from __future__ import annotations

import base64
import hashlib
import xml.etree.ElementTree as ET

import pytest
from goldens import GOLDEN_DIR, render_all
from htmlcheck import assert_inert, parse
from reports import full_report, hostile_report

from dfuforensics.model import Event
from dfuforensics.report import svg
from dfuforensics.report.model import Report
from dfuforensics.report.render_html import CSS, render_text


def _parse(doc: str):  # noqa: ANN202
    return parse(doc)


@pytest.mark.parametrize("name", ["full.html", "hostile.html", "empty.html"])
def test_golden(name):
    assert render_all()[name] == (GOLDEN_DIR / name).read_text(encoding="utf-8"), \
        f"{name} changed: review, then run tests/report/regen.py"


def test_deterministic():
    assert render_text(full_report()) == render_text(full_report())


@pytest.mark.parametrize("make", [full_report, hostile_report])
def test_self_contained_and_inert(make):
    assert_inert(render_text(make()))


def test_csp_forbids_fetches_and_admits_exactly_our_stylesheet():
    p = _parse(render_text(full_report()))
    csp = next(a["content"] for t, a in p.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'"
    for d in ("img-src", "connect-src", "script-src", "font-src", "object-src", "frame-src", "form-action"):
        assert directives[d] == "'none'", d
    digest = base64.b64encode(hashlib.sha256(p.styles[0].encode()).digest()).decode()
    assert directives["style-src"] == f"'sha256-{digest}'" and p.styles[0] == CSS


def test_hostile_strings_come_out_as_text():
    p = _parse(render_text(hostile_report()))
    text = "".join(p.text)
    assert "<script>window.__pwned=1;document.title='PWNED'</script>" in text
    assert '<img src="http://127.0.0.1:9/x.png" onerror="window.__pwned=2">' in text
    assert r"\x1b[31mRED\x1b[0m" in text and r"\u202e" in text
    assert "\x1b" not in text and "\u202e" not in text and "\x00" not in text
    title = "".join(p.text[: 1])
    assert "PWNED" not in title


def test_evidence_links_point_at_existing_excerpt_anchors():
    doc = render_text(full_report())
    p = _parse(doc)
    ids = {a["id"] for _, a in p.tags if "id" in a}
    links = [a["href"][1:] for t, a in p.tags if t == "a" and a.get("href", "").startswith("#")]
    assert links and set(links) <= ids
    # each cited line (19, 20, 23 of input 0) has an anchor, linked from its finding and the timeline
    for line in (19, 20, 23):
        assert f"L0-{line}" in ids and links.count(f"L0-{line}") >= 2


def test_order_verdict_first():
    doc = render_text(full_report())
    pos = [doc.index(x) for x in ('class="verdict', 'id="findings"', 'id="timeline"', 'id="excerpts"', 'id="dfu"',
                                  'id="crash"', 'id="flash-map"', 'id="inputs"', 'id="warnings"')]
    assert pos == sorted(pos)
    assert "sd-req-mismatch" in doc[pos[0]:pos[1]] and "Regenerate the package" in doc[pos[0]:pos[1]]


# ---- SVG geometry ------------------------------------------------------------------------------


def _svg_tree(text: str) -> ET.Element:
    return ET.fromstring(text)  # well-formed XML, not only tag soup


def test_flash_map_marks_overlap_damage_and_labels_real_addresses():
    regions = full_report().flash_map
    tree = _svg_tree(svg.flash_map_svg(regions))
    ns = "{http://www.w3.org/2000/svg}"
    labels = [t.text for t in tree.iter(f"{ns}text")]
    for r in regions:
        assert f"0x{r['start']:08X}" in labels and f"0x{r['end']:08X}" in labels
    titles = [t.text for t in tree.iter(f"{ns}title")]
    assert any(t.startswith("overlap: application and fds share 0x0003E000") for t in titles)
    assert any("settings" in t and "DAMAGED" in t for t in titles)
    # every region is at least as tall as the smallest stretch (4 KiB stays visible) and the heights
    # grow with size but far slower than linearly
    rects = {}
    for rect in tree.iter(f"{ns}rect"):
        title = rect.find(f"{ns}title")
        if title is not None and not title.text.startswith("overlap"):
            rects[title.text.split()[0]] = float(rect.get("height"))
    assert min(rects.values()) >= 16
    assert rects["free"] > rects["softdevice"] > rects["application"] > rects["bootloader"] > rects["mbr"]
    assert rects["free"] / rects["mbr"] < 10  # 160x the bytes


def test_flash_map_gap_and_address_order():
    regions = [{"name": "b", "start": 0x10001000, "end": 0x10001100, "detail": ""},
               {"name": "a", "start": 0x0, "end": 0x1000, "detail": ""}]
    tree = _svg_tree(svg.flash_map_svg(regions))
    ns = "{http://www.w3.org/2000/svg}"
    ys = {t.text: float(t.get("y")) for t in tree.iter(f"{ns}text") if t.get("class") == "ad"}
    assert ys["0x00000000"] < ys["0x00001000"] < ys["0x10001000"] < ys["0x10001100"]
    assert any("not in the map" in (t.text or "") for t in tree.iter(f"{ns}text"))
    assert svg.flash_map_svg([{"name": "x", "start": "?", "end": None}]) == ""


def _ev(kind, t=None, line=None, **fields):  # noqa: ANN001, ANN003
    return Event(kind, kind, "in.log", line=line, t=t, clock="device" if t is not None else "none", fields=fields)


def test_timeline_epochs_and_untimed_events_in_order():
    events = [_ev("boot.start", 0.0, 1, stage="bootloader"), _ev("dfu.start", 1.0, 2),
              _ev("log.line", None, 3), _ev("dfu.object", 3.0, 4, object_type="DATA", action="create"),
              _ev("boot.start", 0.0, 5, stage="app"), _ev("fault", 0.5, 6)]
    xs, epochs = svg._positions(events)
    assert [(a, b) for a, b, _, _ in epochs] == [(0, 4), (4, 6)]
    assert xs == sorted(xs)                       # order kept across epochs (uptime restarts at 0)
    assert xs[1] < xs[2] < xs[3]                  # the untimed line sits between its timed neighbours
    # time matters inside an epoch: 1 s -> 3 s is a longer stretch than 0 s -> 1 s
    assert (xs[3] - xs[1]) > (xs[1] - xs[0])
    report = Report(inputs=[], findings=[], timeline=events, timeline_total=len(events))
    tree = _svg_tree(svg.timeline_svg(report))
    ns = "{http://www.w3.org/2000/svg}"
    texts = [t.text for t in tree.iter(f"{ns}text")]
    assert "boot 1 · bootloader" in texts and "boot 2 · app" in texts
    dashed = [ln for ln in tree.iter(f"{ns}line") if ln.get("stroke-dasharray") == "3 2" and ln.get("y1") != ln.get("y2")]
    assert len(dashed) >= 2  # the two resets
    reds = [c for c in tree.iter(f"{ns}circle") if c.get("fill") == "#cf222e"]
    assert len(reds) == 2  # the fault, and the legend's error mark


def test_timeline_times_out_of_order_fall_back_to_order():
    events = [_ev("dfu.start", 5.0), _ev("dfu.request", 1.0), _ev("dfu.complete", 9.0)]
    xs, _ = svg._positions(events)
    assert xs == sorted(xs)
    assert abs((xs[1] - xs[0]) - (xs[2] - xs[1])) < 1e-6


def test_timeline_empty():
    assert svg.timeline_svg(Report(inputs=[], findings=[], timeline=[])) == ""
