"""`dfuforensics rules list|show ID|lint [DIR]|test [DIR]`."""

from __future__ import annotations

import argparse

HELP = "list, show, lint and test the failure signature rules"
DESCRIPTION = """\
List, show, lint and test the failure signatures: one TOML file per rule (docs/rules.md), the
built-in ones under dfuforensics/rules/builtin/ plus any folder given with --rules.

  list         every rule: id, category, severity, confidence, title
  show ID      one rule in full (its condition, explanation, remediation, fixtures)
  lint [DIR]   check every rule file of DIR (default: built-in) and report each problem with its line
  test [DIR]   run every rule's fixtures (real evidence files) and check it matches / does not match

examples:
  dfuforensics rules list
  dfuforensics rules show NRF5-SD-REQ-NOT-MET
  dfuforensics rules lint my_rules/
  dfuforensics rules test my_rules/

exit status: 0 ok; 1 lint errors or failed fixtures; 2 usage error (unknown rule id, missing folder).
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=("list", "show", "lint", "test"))
    p.add_argument("target", nargs="?", help="rule id (show) or rule folder (lint, test; default: built-in)")
    p.add_argument("--rules", action="append", default=[], metavar="DIR",
                   help="also load the rules in DIR (list, show)")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text for people, json for scripts (list, show); test prints only failures in json")


def _dirs(args: argparse.Namespace) -> list:
    from pathlib import Path

    from ..errors import UsageError
    from ..rules import BUILTIN_DIR

    if args.target:
        target = Path(args.target)
        if not target.exists():
            raise UsageError(f"{args.action}: {args.target}: no such file or folder")
        return [target]
    return [BUILTIN_DIR]


def run(args: argparse.Namespace) -> int:
    import json
    import sys
    from pathlib import Path

    from ..errors import UsageError
    from ..rules.loader import describe_rule, load_rules, rules_for

    out = sys.stdout
    if args.action in ("list", "show"):
        for d in args.rules:
            if not Path(d).is_dir():
                raise UsageError(f"--rules {d}: no such folder (give a folder of rule .toml files)")
        rules, problems = rules_for([Path(d) for d in args.rules])
        if args.action == "list":
            rules.sort(key=lambda r: r.id)
            if args.format == "json":
                out.write(json.dumps([{k: v for k, v in describe_rule(r).items()
                                       if k in ("id", "title", "category", "severity", "confidence", "path")}
                                      for r in rules], indent=2) + "\n")
            else:
                for r in rules:
                    out.write(f"{r.id:40} {r.category:24} {r.severity:8} {r.confidence:.2f}  {r.title}\n")
                out.write(f"{len(rules)} rules\n")
            return 0
        if not args.target:
            raise UsageError("show: give a rule id (see `dfuforensics rules list`)")
        wanted = args.target.upper()
        for r in rules:
            if r.id == wanted:
                d = describe_rule(r)
                if args.format == "json":
                    out.write(json.dumps(d, indent=2) + "\n")
                else:
                    for k, v in d.items():
                        if isinstance(v, list):
                            v = "\n  ".join([""] + [json.dumps(x) if isinstance(x, dict) else str(x) for x in v])
                        out.write(f"{k}: {v}\n")
                return 0
        raise UsageError(f"show: no rule with id {args.target!r} (see `dfuforensics rules list`)")

    dirs = _dirs(args)
    rules, problems = load_rules(dirs)
    if args.action == "lint":
        for p in problems:
            out.write(p.describe() + "\n")
        errors = sum(p.level == "error" for p in problems)
        out.write(f"{len(rules)} rules valid, {errors} errors, {len(problems) - errors} warnings\n")
        return 1 if errors else 0

    from ..rules.runner import run_fixtures

    for p in problems:
        if p.level == "error":
            out.write(p.describe() + "\n")
    outcomes = run_fixtures(rules)
    failed = [o for o in outcomes if not o.passed]
    for o in outcomes:
        if not o.passed or args.format == "text":
            out.write(o.describe() + "\n")
    missing = [r.id for r in rules
               if {f.expect for f in r.fixtures} != {"match", "no-match"}]
    for rid in missing:
        out.write(f"FAIL {rid}: needs at least one match and one no-match fixture\n")
    out.write(f"{len(outcomes)} fixtures, {len(outcomes) - len(failed)} passed, {len(failed)} failed; "
              f"{len(rules)} rules, {len(missing)} without both fixtures\n")
    errors = any(p.level == "error" for p in problems)
    return 1 if failed or missing or errors else 0
