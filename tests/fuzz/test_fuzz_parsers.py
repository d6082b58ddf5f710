"""Every registered parser, fed damaged real evidence: sniff and parse never raise (but WrongFormat
before the first record), records keep their provenance, and parsing is deterministic."""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given

from dfuforensics.evidence import SNIFF_THRESHOLD

from .corpus import Sample
from .properties import parsers_by_name, run_parser, source_for
from .strategies import all_seeds, fuzz_settings, mutated

PARSERS = parsers_by_name()

#: Examples per parser; 21 parsers x 100 examples stay within ~30 s on the 2-core CI machine.
EXAMPLES = 100


@cache
def _pools() -> dict[str, tuple[int, ...]]:
    out: dict[str, list[int]] = {name: [] for name in PARSERS}
    with tempfile.TemporaryDirectory(prefix="dfuf-pool-") as tmp:
        for i, seed in enumerate(all_seeds()):
            folder = Path(tmp) / str(i)
            folder.mkdir()
            source = source_for(Sample(seed.name, seed.blob, seed.companions).write(folder)[0])
            for name, parser in PARSERS.items():
                try:
                    claimed = parser.sniff(source) > SNIFF_THRESHOLD
                except Exception:  # a raising sniff is found by the fuzz test itself, with the input
                    claimed = True
                if claimed:
                    out[name].append(i)
    return {name: tuple(v) for name, v in out.items()}


def pool_for(name: str) -> tuple[int, ...]:
    """Seeds this parser claims (so mutations reach its parse, not only its sniff)."""
    return _pools()[name]


def test_every_parser_has_real_seeds():
    """A parser without a real seed would be fuzzed by random bytes only: say so loudly."""
    starved = [name for name in PARSERS if not pool_for(name)]
    assert starved == [], f"no real evidence claimed by {starved}"


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_parser_survives_damaged_evidence(name: str):
    parser = PARSERS[name]

    @fuzz_settings(EXAMPLES)
    @given(case=mutated(pool_for(name)))
    def check(case: Sample) -> None:
        with tempfile.TemporaryDirectory(prefix="dfuf-") as tmp:
            run_parser(parser, case.write(Path(tmp))[0])

    check()
