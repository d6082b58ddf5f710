"""The committed LALR tables (``rules/lalr_tables.json``) are exactly what the grammar gives, and read
conditions exactly as a parser built from the grammar does.

Oracle: lark itself: the tables are regenerated from ``grammars/rules.lark`` with the installed lark
and compared byte for byte; the loaded parser's trees are compared with those of ``Lark(grammar)``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from dfuforensics.rules import BUILTIN_DIR, lalr_build, lang
from dfuforensics.rules.loader import rule_files


def test_committed_tables_are_regenerated_identically(tmp_path: Path) -> None:
    import lark

    doc = lang.read_tables()
    assert doc is not None
    assert doc["lark_version"] == lark.__version__, "lark was upgraded: run " + lalr_build.COMMAND
    assert doc["grammar_sha256"] == lang.grammar_sha256(lang._grammar_text()), \
        "grammars/rules.lark changed: run " + lalr_build.COMMAND
    out = tmp_path / "lalr_tables.json"
    # another process with another hash seed: lark's own state numbering differs from run to run
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-m", "dfuforensics.rules.lalr_build", "-o", str(out)], check=True, env=env)
    assert out.read_text(encoding="utf-8") == lalr_build.TABLES_PATH.read_text(encoding="utf-8")
    assert lalr_build.render(lang._grammar_text()) == out.read_text(encoding="utf-8")
    assert lalr_build.main(["--check"]) == 0
    stale = tmp_path / "stale.json"
    stale.write_text("{}\n", encoding="utf-8")
    assert lalr_build.main(["--check", "-o", str(stale)]) == 1


def test_parser_comes_from_the_tables() -> None:
    assert lang._parser().source_path == "<deserialized>"


@pytest.fixture(scope="module")
def built():  # noqa: ANN201 - a lark.Lark built from the grammar, the way it was before the tables
    import lark

    return lark.Lark(lang._grammar_text(), **lang.PARSER_OPTIONS)


def _texts() -> list[str]:
    texts = [tomllib.loads(p.read_text(encoding="utf-8"))["when"] for p in rule_files([BUILTIN_DIR])]
    texts += [
        'event a.b where x == 1 and c.d == 2 or count(event c where y in [1, "z", 0x2]) >= 3',
        'not event a.b and no event c.d after',
        'event a then event b where x within 2.5 s or known(u32(0x10001014), 4)',
        'overlaps(a.start, a.end, 0x1000, 0x2000) and exists(a.b) and x.y matches "^q"',
        'event a where [] == x',
    ]
    return texts


def test_tables_read_every_condition_like_the_grammar(built) -> None:  # noqa: ANN001
    loaded = lang._parser()
    texts = _texts()
    assert len(texts) > 40
    for text in texts:
        assert loaded.parse(text) == built.parse(text), text


@pytest.mark.parametrize("bad", ["event", "event a where", "a.b ==", "(a.b", "event a where x == 1 )",
                                 "count(event a) >= ", "a.b = 1", "event A"])
def test_tables_reject_what_the_grammar_rejects(built, bad: str) -> None:  # noqa: ANN001
    from lark.exceptions import UnexpectedInput

    with pytest.raises(UnexpectedInput) as got:
        lang._parser().parse(bad)
    with pytest.raises(UnexpectedInput) as want:
        built.parse(bad)
    assert (type(got.value), got.value.line, got.value.column) == \
        (type(want.value), want.value.line, want.value.column)


@pytest.mark.parametrize("content", ["stale", "{not json", None])
def test_stale_or_broken_tables_fall_back_to_the_grammar(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                         built, content: str | None) -> None:  # noqa: ANN001
    path = tmp_path / "lalr_tables.json"
    if content == "stale":  # tables of another grammar
        doc = lang.read_tables()
        assert doc is not None
        path.write_text(lalr_build.json.dumps({**doc, "grammar_sha256": "0" * 64}), encoding="utf-8")
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    real = lang.read_tables
    monkeypatch.setattr(lang, "read_tables", lambda: real(path))
    lang._parser.cache_clear()
    try:
        parser = lang._parser()
        assert parser.source_path != "<deserialized>"
        for text in _texts()[:10]:
            assert parser.parse(text) == built.parse(text)
    finally:
        lang._parser.cache_clear()
