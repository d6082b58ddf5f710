"""The built-in rule files read ahead of time: their TOML data and parsed conditions, keyed by content.

    .venv/bin/python -m dfuforensics.rules.prebuilt            # rewrite dfuforensics/rules/builtin_prebuilt.json
    .venv/bin/python -m dfuforensics.rules.prebuilt --check    # exit 1 if the committed file is stale

Every ``analyze`` used to read ~80 TOML files with the pure-Python ``tomllib`` and parse ~80 conditions
with lark (~60 ms of a small log's ~350 ms, plus importing tomllib, and lark when nothing else needed
it).  ``loader.load_rule_file`` now looks a file's text up here by its SHA-256 and, on a hit, takes the
TOML data, the condition's node tree and the keys' line numbers from this table; all validation still runs on that data, so
problems, fixtures and the ``Rule`` are the same as from the file.  A file whose text changed (a user
editing a built-in rule, a new rule) simply misses and is read as before.

The table also records what the trees depend on besides the rule text: the grammar and ``lang.py``
(``builder_sha256``); when either changes, the whole table is ignored until it is regenerated.
``tests/perf/test_prebuilt_rules.py`` regenerates it and requires the same bytes, and checks that
every built-in rule loads identically with and without it.
"""

from __future__ import annotations

import argparse
from functools import cache
from pathlib import Path
from typing import Any

from . import BUILTIN_DIR, lang

TABLE_PATH = Path(__file__).resolve().parent / "builtin_prebuilt.json"
COMMAND = ".venv/bin/python -m dfuforensics.rules.prebuilt"
FORMAT = 1

#: Node classes a stored tree may name (every class ``lang._build`` and ``lang._value`` create).
_NODES: dict[str, type] = {c.__name__: c for c in (
    lang.Literal, lang.FactValue, lang.FieldValue, lang.MemValue, lang.Compare, lang.Truthy, lang.Exists,
    lang.Known, lang.Overlaps, lang.And, lang.Or, lang.Not, lang.EventSel, lang.EventTest, lang.NoEvent,
    lang.Then, lang.AfterNone, lang.Count)}
#: Fields a tree does not store: ``Compare.regex`` is compiled again from the pattern on load.
_DERIVED = {"regex"}


def text_sha256(text: str) -> str:
    return lang.grammar_sha256(text)


def builder_sha256() -> str:
    """What a stored tree depends on besides the rule: the grammar and the code that builds nodes."""
    code = Path(lang.__file__).read_text(encoding="utf-8")
    return lang.grammar_sha256(lang._grammar_text() + "\0" + code)


# ------------------------------------------------------------------------------- trees <-> JSON


def encode(node: Any) -> Any:
    """A node tree as JSON values: a node is ``{"node": class, "args": [fields in order]}``; a
    literal's value is a string, number, boolean, null or list of those (never an object)."""
    names = getattr(type(node), "node_fields", None)
    if names is not None:
        name = type(node).__name__
        if _NODES.get(name) is not type(node):
            raise TypeError(f"cannot store a {name}")
        return {"node": name, "args": [encode(getattr(node, n)) for n in names if n not in _DERIVED]}
    if isinstance(node, list):
        return [encode(x) for x in node]
    if node is None or isinstance(node, (str, bool, int)):
        return node
    if isinstance(node, float) and node == node and node not in (float("inf"), float("-inf")):
        return node
    raise TypeError(f"cannot store {node!r}")


def decode(value: Any) -> Any:
    if isinstance(value, dict):
        cls = _NODES[value["node"]]
        node = cls(*[decode(a) for a in value["args"]])
        if isinstance(node, lang.Compare) and node.op == "matches" and isinstance(node.right, lang.Literal):
            import re

            node.regex = re.compile(str(node.right.value))  # as lang._build does
        return node
    if isinstance(value, list):
        return [decode(x) for x in value]
    return value


def _json_safe(value: Any) -> bool:
    """TOML data JSON keeps exactly (no dates or times, no non-finite floats)."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and _json_safe(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_json_safe(v) for v in value)
    if isinstance(value, float):
        return value == value and value not in (float("inf"), float("-inf"))
    return value is None or isinstance(value, (str, bool, int))


# ------------------------------------------------------------------------------------------ lookup


@cache
def _table() -> dict[str, Any]:
    """sha256 of a rule file's text -> {"data": TOML data, "condition": stored tree}; {} when stale."""
    import json

    try:
        doc = json.loads(TABLE_PATH.read_bytes())
        if doc.get("format") != FORMAT or doc.get("builder_sha256") != builder_sha256():
            return {}
        return doc["rules"]
    except (OSError, ValueError, KeyError, AttributeError):
        return {}


def lookup(text: str) -> tuple[dict[str, Any], Any, dict[str, int]] | None:
    """(TOML data, condition node, ``loader._key_lines``) of a built-in rule file's text, or None when
    the table lacks it."""
    entry = _table().get(text_sha256(text))
    if entry is None:
        return None
    try:
        return entry["data"], decode(entry["condition"]), entry["lines"]
    except (KeyError, TypeError, IndexError):  # a damaged entry: read the file instead
        return None


# --------------------------------------------------------------------------------------- generation


def render() -> str:
    import json
    import tomllib

    from .loader import _key_lines, rule_files

    rules: dict[str, Any] = {}
    for path in rule_files([BUILTIN_DIR]):
        text = path.read_text(encoding="utf-8")
        try:
            data = tomllib.loads(text)
            condition = lang._compile(data["when"])
            stored = encode(condition)
        except (tomllib.TOMLDecodeError, lang.ConditionError, KeyError, TypeError):
            continue  # not storable: the loader reads it (and reports its problems) as before
        if _json_safe(data):
            rules[text_sha256(text)] = {"file": path.relative_to(BUILTIN_DIR).as_posix(), "data": data,
                                        "condition": stored, "lines": _key_lines(text)}
    doc = {"_": f"Generated by `{COMMAND}` from rules/builtin: do not edit (see rules/prebuilt.py).",
           "format": FORMAT, "builder_sha256": builder_sha256(), "rules": rules}
    return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only compare with the committed file")
    ap.add_argument("-o", "--out", type=Path, default=TABLE_PATH)
    args = ap.parse_args(argv)
    from .lalr_build import write_or_check

    return write_or_check(args.out, render(), check=args.check, command=COMMAND)


if __name__ == "__main__":
    raise SystemExit(main())
