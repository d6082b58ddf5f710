"""The shared vocabulary (dfuforensics/vocabulary.py): rules are checked against it, and the parsers and
analyses are checked to publish nothing it does not declare.

A rule naming a kind, field or fact nobody publishes would load and never fire; here such rules are
errors at their file and line.  The other direction runs every parser and analysis over the project's
real evidence (samples, ../shared/cases, the corpus, every rule fixture, the QEMU crash captures with
their ELFs) and checks each event kind and field, and each fact path, with its value's type.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from dfuforensics import vocabulary as vocab
from dfuforensics.model import Absent
from dfuforensics.rules.loader import load_rule_file, rules_for

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"

RULE = """\
id = "TEST-VOCABULARY"
title = "A test rule ({{{title_ref}}})"
category = "unknown"
severity = "info"
confidence = 0.1
when = '''
crash.present
and {condition}
'''
explanation = "x"
remediation = "y"
references = ["z"]
"""


def _problems(tmp_path: Path, condition: str, title_ref: str = "crash.pc") -> list[tuple[int, str]]:
    path = tmp_path / "TEST-VOCABULARY.toml"
    path.write_text(RULE.format(condition=condition, title_ref=title_ref), encoding="utf-8")
    rule, problems = load_rule_file(path)
    return [(p.line, p.message) for p in problems if p.level == "error"]


@pytest.mark.parametrize("condition, word", [
    ("event dfu.respnse where result == \"EXT_ERROR\"", "dfu.respnse"),
    ("settings.crc_vaild == false", "settings.crc_vaild"),
    ("event dfu.response where reslt == \"EXT_ERROR\"", "reslt"),
    ("count(event mcuboot.slot_sate) > 1", "mcuboot.slot_sate"),
])
def test_a_misspelt_name_is_an_error_at_its_line(tmp_path: Path, condition: str, word: str) -> None:
    problems = _problems(tmp_path, condition)
    assert len(problems) == 1, problems
    line, message = problems[0]
    assert line == 8 and word in message  # the condition's second line, where the name is written


def test_a_misspelt_placeholder_is_an_error_at_its_line(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "crash.stack_overflow", title_ref="crash.pc_functon")
    assert problems == [(2, "placeholder {crash.pc_functon}: no analysis publishes the fact 'crash.pc_functon'")]


def test_real_names_and_globs_are_accepted(tmp_path: Path) -> None:
    assert _problems(tmp_path, textwrap.dedent("""\
        event dfu.* where side == "host" and exists(ext_error)
        and dfu.last_request.op == "EXECUTE" and crash.backtrace_functions contains "main"
        and mcuboot.primary.tlvs""").replace("\n", "\n")) == []


def test_builtin_rules_use_only_published_names() -> None:
    _rules, problems = rules_for()
    assert [p.describe() for p in problems if p.level == "error"] == []


def _inputs() -> list[tuple[list[str], list[str]]]:
    roots: list[tuple[list[str], list[str]]] = []
    for pattern in ("samples/*", "tests/corpus/*"):
        roots += [([str(p)], []) for p in sorted(ROOT.glob(pattern)) if p.name not in ("README.md", "EXPECTED.tsv")]
    if SHARED.exists():
        roots += [([str(p)], []) for p in sorted((SHARED / "cases").iterdir()) if p.is_dir()]
    for rule in rules_for()[0]:
        roots += [([str(p) for p in fx.files], []) for fx in rule.fixtures if all(p.exists() for p in fx.files)]
    elf = {"m4-spin": "m4-spin", "m0-spin": "m0-spin", "m4-record": "m4-record", "m4-sw": "m4-swerr",
           "m4-coredump": "m4-coredump", "m0": "m0", "m4": "m4"}
    for cap in sorted((ROOT / "tests/firmware/captures").iterdir()):
        key = next(k for k in elf if cap.name.startswith(k))
        roots.append(([str(cap)], [str(ROOT / "tests/firmware/elf" / f"{elf[key]}.elf")]))
    return roots


def _type(value: object) -> str | None:
    if isinstance(value, Absent) or value is None:
        return None
    for t, cls in (("bool", bool), ("int", int), ("number", float), ("text", str), ("list", (list, tuple)),
                   ("map", dict)):
        if isinstance(value, cls):
            return t
    return "value"


def _facts(d: dict, prefix: str = ""):  # noqa: ANN202
    for k, v in d.items():
        if k.startswith("_"):
            continue
        path = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict) and v:
            yield from _facts(v, path)
        else:
            yield path, v


def _accepts(declared: str, value: object) -> bool:
    t = _type(value)
    return t is None or declared == "any" or t in declared.split("|") or (t == "int" and "number" in declared)


def test_parsers_and_analyses_publish_only_declared_names() -> None:
    """Every event and fact the project's evidence gives is declared, with a type its value has."""
    from dfuforensics.pipeline import build_case, run_analyses
    from dfuforensics.sources import expand

    undeclared: set[str] = set()
    for paths, elfs in _inputs():
        case = build_case(expand(paths), expand(elfs))
        run_analyses(case)
        for e in case.events:
            fields = {**vocab.COMMON_FIELDS, **vocab.EVENTS[e.kind]} if e.kind in vocab.EVENTS else None
            if fields is None:
                undeclared.add(f"event kind {e.kind} ({paths[0]})")
                continue
            for name, value in e.fields.items():
                if name not in fields or not _accepts(fields[name], value):
                    undeclared.add(f"{e.kind}.{name} = {value!r:.40} ({paths[0]})")
        for path, value in _facts(case.facts):
            if path not in vocab.FACTS and vocab.fact_known(path):
                continue  # inside a declared map or list whose keys are data (mcuboot.layout.slots.primary_1)
            if path not in vocab.FACTS or not _accepts(vocab.FACTS[path], value):
                undeclared.add(f"fact {path} = {value!r:.40} ({paths[0]})")
    assert sorted(undeclared) == []


def test_every_fact_room_has_its_publisher() -> None:
    assert {p.split(".")[0] for p in vocab.FACTS} <= set(vocab.PUBLISHERS)


def test_vocabulary_page_is_current() -> None:
    assert vocab.main(["--check"]) == 0, "run: python -m dfuforensics.vocabulary"
