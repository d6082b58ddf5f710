"""The template tables build faster (meanings pre-filtered by literal head, regexes compiled on demand)
and still give every template the same meaning and regex.

Oracle: the plain way, written out here: every meaning's regex tried against every format string in
order (what ``build_templates`` did before), and ``re.compile`` of each template's source.
"""

from __future__ import annotations

import re
from importlib import resources

import pytest

from dfuforensics.mcuboot.log_templates import EXTRA_ROWS, MCUBOOT_MEANINGS, mcuboot_index
from dfuforensics.nrf5.log_templates import NRF5_MEANINGS, build_templates, literal_head, nrf5_index


def _rows(package: str, split_modules: bool) -> list[tuple[tuple[str, ...], str, tuple[str, ...], str]]:
    text = resources.files(package).joinpath("log_templates.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines()[2:]:
        modules, level, versions, fmt = line.split("\t", 3)
        rows.append((tuple(modules.split(",")) if split_modules else (modules,), level,
                     tuple(versions.split(",")), fmt))
    return rows


TABLES = [
    ("nrf5", lambda: _rows("dfuforensics.nrf5", False), NRF5_MEANINGS, nrf5_index),
    ("mcuboot", lambda: _rows("dfuforensics.mcuboot", True) + EXTRA_ROWS, MCUBOOT_MEANINGS, mcuboot_index),
]


def _brute_force_meaning(fmt: str, meanings: list) -> tuple[str, dict]:  # noqa: ANN001
    for m in meanings:
        found = re.search(m.fmt_pattern, fmt)
        if found is not None:
            named = {k: v for k, v in found.groupdict().items() if v is not None}
            return m.kind, {**m.static, **named}
    return "log.line", {}


@pytest.mark.parametrize(("name", "rows", "meanings", "index"), TABLES, ids=[t[0] for t in TABLES])
def test_every_template_gets_the_meaning_a_full_scan_gives(name, rows, meanings, index) -> None:  # noqa: ANN001
    rows = rows()
    templates = index().templates
    firsts = [t for t in templates if t.piece == 0]
    assert len(firsts) == len(rows) > 10
    meaningful = 0
    for t in firsts:
        if t.hexdump:
            continue
        kind, static = _brute_force_meaning(t.fmt, meanings)
        assert (t.kind, t.static) == (kind, static), t.fmt
        meaningful += kind != "log.line"
    assert meaningful >= 10


@pytest.mark.parametrize(("name", "rows", "meanings", "index"), TABLES, ids=[t[0] for t in TABLES])
def test_lazy_regexes_are_the_templates_own(name, rows, meanings, index) -> None:  # noqa: ANN001
    templates = index().templates
    for t in templates:
        if t.hexdump:
            assert t.regex is None and t.source == ""
            continue
        assert t.regex is t.regex  # compiled once
        assert t.regex == re.compile(t.source, re.DOTALL)


def test_literal_head_only_keeps_what_every_match_starts_with() -> None:
    cases = {
        "^Inside main": "Inside main", "^ab?c": "a", "^a*": "", r"^a\.?b": "a", r"^\(x\) y": "(x) y",
        "^[Rr]eceived": "", "^(?:Single: )?Valid": "", "^a|b": "", "abc": "", r"^a\dx": "a",
        "^x{2}y": "", "^Image index: %d, Swap type: (?:%s|(?P<s>\\w+))$": "Image index: %d, Swap type: ",
        r"^DFU\\r\\n$": "DFU\\r\\n", "^a(b|c)|d": "", "^[|]x": "",
    }
    for pattern, head in cases.items():
        assert literal_head(pattern) == head, pattern
    # the property itself, on every meaning and every format it matches
    for meanings, rows in ((NRF5_MEANINGS, _rows("dfuforensics.nrf5", False)),
                           (MCUBOOT_MEANINGS, _rows("dfuforensics.mcuboot", True))):
        for m in meanings:
            head = literal_head(m.fmt_pattern)
            for *_, fmt in rows:
                if re.search(m.fmt_pattern, fmt):
                    assert fmt.startswith(head), (m.fmt_pattern, fmt)


def test_build_templates_keeps_first_match_order_across_buckets() -> None:
    """A headless meaning listed before a headed one wins, as in a full scan."""
    from dfuforensics.nrf5.log_templates import Meaning

    meanings = [Meaning(r"^(?:Abc|Xyz)", "first"), Meaning(r"^Abc def", "second"), Meaning(r"^Q", "third")]
    rows = [(("m",), "info", ("v",), fmt) for fmt in ("Abc def", "Xyz", "Q %d", "Nothing")]
    kinds = [t.kind for t in build_templates(rows, meanings)]
    assert kinds == ["first", "first", "third", "log.line"]
