"""Every input that once broke a parser or the pipeline, replayed against the same properties the
fuzzers check.  tests/fuzz/regressions/INDEX.tsv says what each one broke and where it was fixed."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from dfuforensics.model import Location, ParseWarning
from dfuforensics.pipeline import analyze_paths

from .corpus import REGRESSIONS
from .properties import PropertyViolation, check_report, parsers_by_name, run_parser

FILES = sorted(p for p in REGRESSIONS.iterdir() if p.is_file() and p.name != "INDEX.tsv")


def _index() -> dict[str, dict[str, str]]:
    with open(REGRESSIONS / "INDEX.tsv", newline="", encoding="utf-8") as fh:
        return {row["file"]: row for row in csv.DictReader(fh, delimiter="\t")}


def test_every_regression_is_documented():
    index = _index()
    assert sorted(index) == [p.name for p in FILES]
    for row in index.values():
        assert row["parser"] in parsers_by_name() or row["parser"] == "analyze", row


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_regression_input_keeps_every_property(path: Path, tmp_path: Path):
    parser = parsers_by_name()[_index()[path.name]["parser"]] if _index()[path.name]["parser"] != "analyze" \
        else None
    if parser is not None:
        score, _items = run_parser(parser, path)
        assert score > 0.3, "the parser that broke no longer claims this input: the test proves nothing"
    for p in parsers_by_name().values():
        run_parser(p, path)
    unit = tmp_path / "unit"
    unit.mkdir()
    shutil.copy(path, unit / path.name)
    check_report(analyze_paths([str(unit)]), [unit / path.name])


def test_the_properties_catch_a_parser_bug(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The harness is not vacuous: a parser that raises mid-way, or raises WrongFormat late, is caught."""
    from dfuforensics.errors import WrongFormat

    parser = parsers_by_name()["memory_images.IntelHexParser"]
    src_path = REGRESSIONS / "hex-cut-before-data.hex"

    def late_wrong_format(source):  # noqa: ANN001, ANN202
        yield ParseWarning(Location(source.display, line=1), "first record")
        raise WrongFormat("late")

    monkeypatch.setattr(type(parser), "parse", lambda self, source: late_wrong_format(source))
    with pytest.raises(PropertyViolation, match="WrongFormat after yielding"):
        run_parser(parser, src_path)

    def broken(source):  # noqa: ANN001, ANN202
        raise ValueError("boom")
        yield

    monkeypatch.setattr(type(parser), "parse", lambda self, source: broken(source))
    with pytest.raises(ValueError):
        run_parser(parser, src_path)
    unit = tmp_path / "unit"
    unit.mkdir()
    shutil.copy(src_path, unit / "x.hex")
    with pytest.raises(PropertyViolation, match="ValueError: boom"):
        check_report(analyze_paths([str(unit)]), [unit / "x.hex"])
