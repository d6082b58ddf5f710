"""The pre-read built-in rules (``rules/builtin_prebuilt.json``) are exactly what reading the files gives.

Oracles: ``tomllib`` and the condition parser themselves: the table is regenerated and compared byte for
byte, and every built-in rule is loaded with and without it and must come out the same (rule, condition
tree, problems).  Files the table does not know (edited, new, user rules) are read as before.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dfuforensics.rules import BUILTIN_DIR, loader, prebuilt

FLASH = Path(__file__).resolve().parents[2] / "samples" / "nrf52840-healthy" / "flash.bin@0x0"


def _load_all() -> list[tuple[str, list[loader.RuleProblem]]]:
    out = []
    for path in loader.rule_files([BUILTIN_DIR]):
        rule, problems = loader.load_rule_file(path)
        out.append((repr(rule), problems))
    return out


def test_table_is_regenerated_identically(tmp_path: Path) -> None:
    out = tmp_path / "builtin_prebuilt.json"
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    subprocess.run([sys.executable, "-m", "dfuforensics.rules.prebuilt", "-o", str(out)], check=True, env=env)
    assert out.read_text(encoding="utf-8") == prebuilt.TABLE_PATH.read_text(encoding="utf-8"), \
        "rules/builtin, grammars/rules.lark or rules/lang.py changed: run " + prebuilt.COMMAND
    assert prebuilt.main(["--check"]) == 0


def test_every_builtin_rule_is_in_the_table_and_used() -> None:
    files = loader.rule_files([BUILTIN_DIR])
    assert len(files) >= 40
    for path in files:
        assert prebuilt.lookup(path.read_text(encoding="utf-8")) is not None, path


def test_rules_load_the_same_with_and_without_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _load_all()
    monkeypatch.setattr(prebuilt, "_table", lambda: {})
    slow = _load_all()
    assert len(fast) == len(slow) >= 40
    for (fr, fp), (sr, sp) in zip(fast, slow, strict=True):
        assert fr == sr
        assert fp == sp
    assert all(r != "None" for r, _ in fast)


def test_a_copy_elsewhere_is_checked_live(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Same text, other folder: the data comes from the table, the fixtures are looked for beside it."""
    src = sorted((BUILTIN_DIR / "nrf5_dfu").glob("*.toml"))[0]
    copy = tmp_path / src.name
    shutil.copyfile(src, copy)
    assert prebuilt.lookup(copy.read_text(encoding="utf-8")) is not None
    rule, problems = loader.load_rule_file(copy)
    # the rule is still used (an installed wheel has no fixtures); lint warns that they are missing
    assert rule is not None and rule.id and problems
    assert all(p.level == "warning" and "does not exist" in p.message for p in problems)
    monkeypatch.setattr(prebuilt, "_table", lambda: {})
    assert loader.load_rule_file(copy) == (rule, problems)


def test_an_edited_rule_misses_the_table(tmp_path: Path) -> None:
    src = sorted((BUILTIN_DIR / "nrf5_dfu").glob("*.toml"))[0]
    text = src.read_text(encoding="utf-8")
    edited = tmp_path / src.name
    edited.write_text(text.replace("confidence = ", "confidence = 0.5\nconfidence_was = ", 1), encoding="utf-8")
    assert prebuilt.lookup(edited.read_text(encoding="utf-8")) is None
    rule, problems = loader.load_rule_file(edited)
    assert rule is None
    assert any("not valid TOML" in p.message or "unknown key 'confidence_was'" in p.message for p in problems)


def test_a_stale_table_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    prebuilt._table.cache_clear()
    monkeypatch.setattr(prebuilt, "builder_sha256", lambda: "0" * 64)
    try:
        assert prebuilt._table() == {}
    finally:
        prebuilt._table.cache_clear()


def test_stored_trees_survive_the_round_trip() -> None:
    from dfuforensics.rules import lang

    text = ('event a.b where x matches "^q(1|2)" and y in [1, 2.5, "z", true] then event c within 2 s '
            'or count(event d) >= 3 and overlaps(u32(0x1000), a.e, 0x10, 0x20) and not known(a.f, 4) '
            'or event e and no event f where exists(g) after')
    node = lang._compile(text)
    assert repr(prebuilt.decode(prebuilt.encode(node))) == repr(node)
    with pytest.raises(TypeError):
        prebuilt.encode(float("nan"))


def test_analyze_of_a_flash_dump_reads_no_toml_and_builds_no_parser() -> None:
    if not FLASH.exists():
        pytest.skip("sample flash image missing")
    code = ("import sys\nfrom dfuforensics.pipeline import analyze_paths\n"
            f"r = analyze_paths([{str(FLASH)!r}])\n"
            "print(sorted(m for m in ('tomllib', 'lark') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
