"""Terminal report: goldens at a pinned width without colour, 80-column fit, inert escapes."""

from __future__ import annotations

import io
import re

import pytest
from goldens import GOLDEN_DIR, render_all, rich_text
from reports import full_report, hostile_report

from dfuforensics.report import render_rich


@pytest.mark.parametrize("name", ["full.txt", "hostile.txt", "empty.txt"])
def test_golden(name):
    assert render_all()[name] == (GOLDEN_DIR / name).read_text(encoding="utf-8"), \
        f"{name} changed: review, then run tests/report/regen.py"


@pytest.mark.parametrize("make", [full_report, hostile_report])
def test_fits_80_columns_and_is_plain_when_piped(make):
    buf = io.StringIO()  # not a tty: no colour, 80 columns, whatever the environment
    render_rich.render(make(), buf)
    text = buf.getvalue()
    assert text == rich_text(make(), 80)
    assert "\x1b" not in text
    assert max(len(line) for line in text.splitlines()) <= 80


def test_same_order_as_other_formats():
    text = rich_text(full_report())
    heads = re.findall(r"^(\S[^\n]*)\n─+$", text, flags=re.M)
    order = ["Verdict", "Findings (2)", "Log excerpts", "DFU", "Crash", "Flash map", "Inputs"]
    assert [h for h in heads if h in order] == order


def test_hostile_escapes_are_shown_not_obeyed_even_in_colour():
    buf = io.StringIO()
    render_rich.render(hostile_report(), buf, width=100, color=True)
    text = buf.getvalue()
    # every ESC in the output starts a colour (SGR) sequence of ours; the log's own are visible text
    assert re.findall(r"\x1b(?!\[[0-9;]*m)", text) == []
    assert "\x07" not in text and "\x00" not in text and "\u202e" not in text
    plain = re.sub(r"\x1b\[[0-9;]*m", "", text)
    assert r"\x1b[31mRED\x1b[0m" in plain and r"\x1b]0;owned\x07" in plain and r"\u202e" in plain
    assert "<script>window.__pwned=1" in plain  # text, as written


def test_colour_marks_severity_only_when_asked():
    buf = io.StringIO()
    render_rich.render(full_report(), buf, width=80, color=True)
    assert "\x1b[31m" in buf.getvalue()  # error in red


def test_sample_unit_goldens():
    """The generated sample units through the real pipeline, all three formats."""
    from goldens import SAMPLE_UNITS

    rendered = render_all()
    names = [n for n in rendered if n.startswith("sample-")]
    if not names:
        pytest.skip(f"sample units {SAMPLE_UNITS} not generated")
    for name in names:
        assert rendered[name] == (GOLDEN_DIR / name).read_text(encoding="utf-8"), \
            f"{name} changed (parsers/rules moved?): review, then run tests/report/regen.py"
