"""Markdown: goldens, and escaping checked by a CommonMark parser nobody here wrote (markdown-it-py,
which rich already depends on) with GFM tables enabled: what a log line says must come out as text."""

from __future__ import annotations

import html
import re

import pytest
from goldens import GOLDEN_DIR, render_all
from reports import full_report, hostile_report

from dfuforensics.report.render_markdown import md_code, md_text, render_text


def _to_html(md: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).render(md)


@pytest.mark.parametrize("name", ["full.md", "hostile.md", "empty.md"])
def test_golden(name):
    assert render_all()[name] == (GOLDEN_DIR / name).read_text(encoding="utf-8"), \
        f"{name} changed: review, then run tests/report/regen.py"


def test_deterministic():
    assert render_text(full_report()) == render_text(full_report())


def test_order_findings_first_then_evidence_dfu_crash_flash_inputs():
    md = render_text(full_report())
    heads = [m for m in re.findall(r"^## (.+?)(?: \(\d+\))?$", md, flags=re.M)]
    order = ["Findings", "Log excerpts", "DFU", "Crash", "Flash map", "Inputs"]
    assert [h for h in heads if h in order] == order
    assert md.index("**Verdict:**") < md.index("## Findings")


HOSTILE_TEXTS = [
    "<script>alert(1)</script>", "| cell |", "*bold*", "_em_", "`tick`", "[link](http://127.0.0.1:9/)",
    "# heading", "<b>tag</b>", "&amp;", "@someone", "1. not a list", "<!-- not a comment -->",
]


@pytest.mark.parametrize("text", HOSTILE_TEXTS + ["`", "``a``", "a|b", "\\|", "line\nbreak", "  "])
def test_md_code_is_literal(text):
    """A code span (in a table cell too) shows exactly the text, whatever it holds."""
    expected = " ".join(text.split("\n"))
    out = _to_html(md_code(text) + "\n")
    assert re.fullmatch(r"<p><code>(.*)</code></p>\n", out, flags=re.S), out
    assert html.unescape(re.sub(r"</?code>|</?p>", "", out)).strip("\n") == expected
    cell = _to_html(f"| a |\n|---|\n| {md_code(text, in_table=True)} |\n")
    assert cell.count("<td>") == 1
    inner = re.search(r"<td><code>(.*)</code></td>", cell, flags=re.S).group(1)
    assert html.unescape(inner) == expected


@pytest.mark.parametrize("text", HOSTILE_TEXTS + ["- bullet", "+ plus", "> quote", "---", "2) item", "~~del~~"])
def test_md_text_is_plain_text(text):
    """Prose escapes render as the same words with no element other than the paragraph."""
    out = _to_html(md_text(text) + "\n")
    assert out.startswith("<p>") and out.endswith("</p>\n"), out
    body = out[3:-5]
    assert "<" not in body.replace("&lt;", ""), out  # no element inside the paragraph
    assert html.unescape(body) == text


def test_hostile_report_has_no_active_markup():
    out = _to_html(render_text(hostile_report()))
    tags = set(re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)", out))
    assert tags <= {"h1", "h2", "h3", "p", "blockquote", "strong", "code", "pre", "table", "thead", "tbody",
                    "tr", "th", "td", "ul", "li", "a"}, tags
    # the only link is the plain http reference; javascript: and the spaced URL stay text
    assert re.findall(r'<a href="([^"]*)"', out) == ["http://ok.example/x?a=1&amp;b=2"]
    assert "javascript:alert(1)" in out
    # every cited line comes out whole, as text, somewhere (control characters shown as escapes)
    for line in ["<error> app: <script>window.__pwned=1;document.title='PWNED'</script>",
                 "# heading from log ![img](http://127.0.0.1:9/i.png) </code></pre> ``` ~~~",
                 r"colours \x1b[31mRED\x1b[0m title \x1b]0;owned\x07"]:
        assert line in html.unescape(out), line
    assert "\x1b" not in out and "\u202e" not in out and "\x00" not in out


def test_tables_keep_their_shape_with_pipes_in_cells():
    out = _to_html(render_text(hostile_report()))
    for table in re.findall(r"<table>.*?</table>", out, flags=re.S):
        rows = re.findall(r"<tr>(.*?)</tr>", table, flags=re.S)
        widths = {len(re.findall(r"<t[hd][ >]", r)) for r in rows}
        assert len(widths) == 1, table[:300]
