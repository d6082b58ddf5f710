"""Write ``lalr_tables.json``: the condition grammar's LALR(1) tables, computed once instead of per process.

    .venv/bin/python -m dfuforensics.rules.lalr_build            # rewrite dfuforensics/rules/lalr_tables.json
    .venv/bin/python -m dfuforensics.rules.lalr_build --check    # exit 1 if the committed file is stale

Building the parser from ``grammars/rules.lark`` (lark's grammar loader plus its LALR analysis) cost
~40-60 ms of every ``analyze``; loading tables lark serialised costs ~5 ms.  The file holds only data
derived from our grammar (what ``Lark.save`` writes, as JSON instead of a pickle), read with the
installed lark's ``Lark.load``; ``lang._parser`` uses it only when the grammar's SHA-256 and lark's
version match, and otherwise builds the parser from the grammar as before.  JSON, not a Python
literal: without bytecode caches (how this project's sandbox runs) compiling a 120 kB literal costs
~35 ms, reading the JSON ~4 ms.  JSON has no integer keys: ``lang.read_tables`` turns keys made of
digits back into integers (no name in lark's data is made of digits).

lark numbers parser states and memo entries in an order that changes from run to run, so the tables
are put in a canonical form first (terminals and rules by name, states breadth-first from the start
state along symbols in name order): the same grammar and lark version always give the same bytes,
which is what ``tests/perf/test_lalr_tables.py`` checks.
"""

from __future__ import annotations

import argparse
import io
import json
import pickle
import sys
from collections import deque
from pathlib import Path
from typing import Any

TABLES_PATH = Path(__file__).resolve().parent / "lalr_tables.json"
COMMAND = ".venv/bin/python -m dfuforensics.rules.lalr_build"


def _rule_key(rule: dict[str, Any]) -> tuple[Any, ...]:
    return (rule["origin"]["name"], [s["name"] for s in rule["expansion"]], rule["order"], rule["alias"] or "")


def canonical(saved: dict[str, Any]) -> dict[str, Any]:
    """``Lark.save``'s data with run-independent numbering (same parser, renamed states and ids)."""
    data, memo = saved["data"], saved["memo"]
    terms = sorted((k for k, v in memo.items() if v["__type__"] == "TerminalDef"), key=lambda k: memo[k]["name"])
    rules = sorted((k for k, v in memo.items() if v["__type__"] == "Rule"), key=lambda k: _rule_key(memo[k]))
    if len(terms) + len(rules) != len(memo):
        raise ValueError("unexpected entries in lark's memo: update lalr_build for this lark version")
    new_id = {old: new for new, old in enumerate(terms + rules)}

    def ref(x: dict[str, int]) -> dict[str, int]:
        return {"@": new_id[x["@"]]}

    parser = data["parser"]["parser"]
    tokens: dict[int, str] = parser["tokens"]
    token_id = {old: new for new, (old, _) in enumerate(sorted(tokens.items(), key=lambda kv: kv[1]))}
    states: dict[int, dict[int, tuple[int, Any]]] = parser["states"]
    order: list[int] = []
    seen: set[int] = set()
    roots = [parser["start_states"][s] for s in sorted(parser["start_states"])]
    roots += [parser["end_states"][s] for s in sorted(parser["end_states"])]
    queue = deque(roots)
    while queue:
        s = queue.popleft()
        if s in seen:
            continue
        seen.add(s)
        order.append(s)
        for tok in sorted(states[s], key=lambda t: tokens[t]):
            action, arg = states[s][tok]
            if action == 0:  # Shift (or goto): arg is the next state
                queue.append(arg)
    order += sorted(set(states) - seen)  # unreachable states (none in an LALR table, kept if any)
    state_id = {old: new for new, old in enumerate(order)}

    new_states = {}
    for old in order:
        row = {}
        for tok, (action, arg) in states[old].items():
            row[token_id[tok]] = (action, state_id[arg]) if action == 0 else (action, ref(arg))
        new_states[state_id[old]] = row
    new_parser = {
        **parser,
        "states": new_states,
        "tokens": {token_id[k]: v for k, v in tokens.items()},
        "start_states": {k: state_id[v] for k, v in parser["start_states"].items()},
        "end_states": {k: state_id[v] for k, v in parser["end_states"].items()},
    }
    frontend = data["parser"]
    lexer_conf = {**frontend["lexer_conf"],
                  "terminals": sorted((ref(t) for t in frontend["lexer_conf"]["terminals"]), key=lambda r: r["@"])}
    parser_conf = {**frontend["parser_conf"],
                   "rules": sorted((ref(r) for r in frontend["parser_conf"]["rules"]), key=lambda r: r["@"])}
    new_data = {**data,
                "parser": {**frontend, "lexer_conf": lexer_conf, "parser_conf": parser_conf, "parser": new_parser},
                "rules": sorted((ref(r) for r in data["rules"]), key=lambda r: r["@"])}
    return {"data": new_data, "memo": {new_id[k]: v for k, v in memo.items()}}


def render(grammar_text: str) -> str:
    """The text of ``lalr_tables.json`` for this grammar and the installed lark."""
    import lark

    from .lang import PARSER_OPTIONS, grammar_sha256

    parser = lark.Lark(grammar_text, **PARSER_OPTIONS)
    buf = io.BytesIO()
    parser.save(buf)
    doc = {
        "_": f"Generated from grammars/rules.lark by `{COMMAND}`: do not edit. The LALR(1) tables as "
             "lark serialises them (Lark.save), in canonical order; used by dfuforensics.rules.lang._parser "
             "only while lark_version and grammar_sha256 match (see lalr_build.py).",
        "lark_version": lark.__version__,
        "grammar_sha256": grammar_sha256(grammar_text),
        "tables": canonical(pickle.loads(buf.getvalue())),
    }
    return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only compare with the committed file")
    ap.add_argument("-o", "--out", type=Path, default=TABLES_PATH)
    args = ap.parse_args(argv)
    from .lang import _grammar_text

    return write_or_check(args.out, render(_grammar_text()), check=args.check, command=COMMAND)


def write_or_check(out: Path, text: str, *, check: bool, command: str) -> int:
    """Write a generated file, or (``check``) exit 1 when the committed one differs from ``text``."""
    if check:
        current = out.read_text(encoding="utf-8") if out.exists() else ""
        if current != text:
            print(f"{out} is stale: run {command}", file=sys.stderr)
            return 1
        return 0
    out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
