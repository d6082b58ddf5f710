"""The HTML report in a real browser (headless Chromium over the DevTools pipe): the verdict shows,
both SVGs lay out with a non-zero size, no request leaves the page, and a ``<script>`` from a log did
not run.  Screenshots are kept in ``test-artifacts/`` (gitignored) for a human to look at."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from cdp import Browser, evaluate, find_chromium, open_page, screenshot
from reports import ROOT, full_report, hostile_report

from dfuforensics.report.render_html import render_text

pytestmark = [pytest.mark.browser, pytest.mark.timeout(120)]

ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="module")
def browser():
    exe = find_chromium()
    if exe is None:
        pytest.skip("headless Chromium not installed (Debian package `chromium`)")
    b = Browser(exe)
    try:
        yield b
    finally:
        b.close()


PROBE = """JSON.stringify({
  title: document.title,
  verdict: (document.querySelector('header.verdict') || {}).innerText || '',
  svgs: [...document.querySelectorAll('svg')].map(s => {const r = s.getBoundingClientRect();
          return [s.getAttribute('class'), r.width, r.height]}),
  scripts: document.querySelectorAll('script').length,
  imgs: document.querySelectorAll('img').length,
  pwned: window.__pwned === undefined ? null : window.__pwned,
  anchorsOk: [...document.querySelectorAll('a[href^="#"]')].every(a => document.getElementById(a.getAttribute('href').slice(1))),
})"""


def _open(browser: Browser, report, name: str, tmp_path: Path) -> tuple[dict, list[str], list[dict]]:  # noqa: ANN001
    page = tmp_path / f"{name}.html"
    page.write_text(render_text(report), encoding="utf-8")
    first = len(browser.events)
    session = open_page(browser, page.as_uri())
    probe = json.loads(evaluate(browser, session, PROBE))
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"report-{name}.png").write_bytes(screenshot(browser, session))
    mine = [e for e in browser.events[first:] if e.get("sessionId") == session]
    requests = [e["params"]["request"]["url"] for e in mine if e.get("method") == "Network.requestWillBeSent"]
    logs = [e["params"]["entry"] for e in mine if e.get("method") == "Log.entryAdded"]
    return probe, requests, logs


def test_full_report_renders(browser, tmp_path):
    probe, requests, logs = _open(browser, full_report(), "full", tmp_path)
    assert probe["title"] == "dfuforensics: sd-req-mismatch"
    assert "sd-req-mismatch" in probe["verdict"] and "0.90" in probe["verdict"]
    assert "Regenerate the package" in probe["verdict"]
    kinds = {cls: (w, h) for cls, w, h in probe["svgs"]}
    assert set(kinds) == {"timeline", "flashmap"}
    assert all(w > 300 and h > 100 for w, h in kinds.values()), kinds
    assert probe["anchorsOk"]
    assert requests == [(tmp_path / "full.html").as_uri()]
    assert not [x for x in logs if x.get("level") == "error"], logs


def test_print_stylesheet(browser, tmp_path):
    page = tmp_path / "print.html"
    page.write_text(render_text(full_report()), encoding="utf-8")
    session = open_page(browser, page.as_uri(), width=800)
    browser.send("Emulation.setEmulatedMedia", {"media": "print"}, session=session)
    assert evaluate(browser, session, "getComputedStyle(document.querySelector('nav')).display") == "none"
    widths = json.loads(evaluate(browser, session, "JSON.stringify([...document.querySelectorAll('svg')]"
                                                   ".map(s => s.getBoundingClientRect().width))"))
    assert widths and all(0 < w <= 800 for w in widths)  # drawings shrink to the page, not cut off
    pdf = browser.send("Page.printToPDF", {"printBackground": True}, session=session)["data"]
    assert base64.b64decode(pdf).startswith(b"%PDF-")


def test_script_from_a_log_does_not_run_and_nothing_is_fetched(browser, tmp_path):
    probe, requests, logs = _open(browser, hostile_report(), "hostile", tmp_path)
    assert probe["pwned"] is None and probe["scripts"] == 0 and probe["imgs"] == 0
    assert "PWNED" not in probe["title"]
    assert "<script>alert(1)</script>" in probe["verdict"]  # shown as text
    assert requests == [(tmp_path / "hostile.html").as_uri()]  # the 127.0.0.1:9 URLs were never asked for
    # not even a blocked attempt: escaping, not only the CSP, kept them inert
    assert not [x for x in logs if "Content Security Policy" in x.get("text", "")], logs
