"""Every registered parser, fed damaged real evidence: sniff and parse never raise (but WrongFormat
before the first record), records keep their provenance, and parsing is deterministic."""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given

from dfuforensics.evidence import SNIFF_THRESHOLD

from .properties import parsers_by_name, run_parser, sniff_source
from .strategies import all_seeds, fuzz_settings, mutated

PARSERS = parsers_by_name()

#: Examples per parser; 14 parsers x 60 examples stay within ~25 s on the 2-core CI machine.
EXAMPLES = 60


@cache
def pool_for(name: str) -> tuple[int, ...]:
    """Seeds this parser claims (so mutations reach its parse, not only its sniff)."""
    parser = PARSERS[name]
    out = []
    for i, seed in enumerate(all_seeds()):
        try:
            if parser.sniff(sniff_source(seed.name, seed.blob)) > SNIFF_THRESHOLD:
                out.append(i)
        except Exception:  # a raising sniff is found by the fuzz test itself, with the input
            out.append(i)
    return tuple(out)


def test_every_parser_has_real_seeds():
    """A parser without a real seed would be fuzzed by random bytes only: say so loudly."""
    starved = [name for name in PARSERS if not pool_for(name)]
    assert starved == [], f"no real evidence claimed by {starved}"


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_parser_survives_damaged_evidence(name: str):
    parser = PARSERS[name]

    @fuzz_settings(EXAMPLES)
    @given(case=mutated(pool_for(name)))
    def check(case: tuple[str, bytes]) -> None:
        fname, data = case
        with tempfile.TemporaryDirectory(prefix="dfuf-") as tmp:
            path = Path(tmp) / fname
            path.write_bytes(data)
            run_parser(parser, path)

    check()
