"""Hypothesis strategies: real seeds plus the damage real evidence suffers."""

from __future__ import annotations

import os
from functools import cache

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from . import corpus

#: Examples per test; FUZZ_EXAMPLES=2000 (say) turns the suite's tests into a long run.
SCALE = float(os.environ.get("FUZZ_SCALE", "1"))


def fuzz_settings(examples: int) -> settings:
    """Deterministic (derandomized, no example database) and bounded, so CI runs the same inputs."""
    return settings(max_examples=max(1, int(examples * SCALE)), deadline=None, derandomize=True,
                    database=None, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


@cache
def all_seeds() -> tuple[corpus.Seed, ...]:
    return tuple(corpus.seeds())


@cache
def seed_bytes(i: int) -> bytes:
    return all_seeds()[i].data()


#: Values that sit on parsers' edges: erased flash, NULs, magic numbers, numbers too big for a
#: register, broken UTF-8, lone CRs, JSON and log punctuation.
INTERESTING = [b"\xff\xff\xff\xff", b"\x00\x00\x00\x00", b"\x7fELF", b"\x3d\xb8\xf3\x96", b"0xFFFFFFFF",
               b"0x", b"-1", b"99999999999999999999999", b"\r", b"\r\r\n", b"\n\n\n", b"\xc3", b"\xed\xa0\x80",
               b"%s%d", b"{", b"}", b"[", b"]", b'"', b":", b"=", b"NaN", b"1e999", b"\t", b"<", b"\x1b[31m",
               b"00:00:00.000", b"<error>", b"[00:00:00.000,000]"]

_pos = st.integers(min_value=0, max_value=2**31)
_op = st.one_of(
    st.tuples(st.just("flip"), _pos, st.integers(0, 7)),
    st.tuples(st.just("truncate"), _pos),
    st.tuples(st.just("splice"), _pos, _pos, _pos, st.integers(0, 4096)),
    st.tuples(st.just("insert"), _pos, st.binary(max_size=64)),
    st.tuples(st.just("delete"), _pos, st.integers(0, 512)),
    st.tuples(st.just("overwrite"), _pos, st.sampled_from(INTERESTING)),
    st.tuples(st.just("dupline"), _pos),
)


def apply(data: bytes, ops: list[tuple]) -> bytes:
    """Replayable: the same (seed, ops) always gives the same bytes."""
    n = len(all_seeds())
    for op in ops:
        kind = op[0]
        if kind == "flip":
            data = corpus.bit_flip(data, op[1], op[2])
        elif kind == "truncate":
            data = corpus.truncate(data, op[1])
        elif kind == "splice":
            data = corpus.splice(data, seed_bytes(op[1] % n), op[2], op[3], op[4])
        elif kind == "insert":
            data = corpus.insert(data, op[1], op[2])
        elif kind == "delete":
            data = corpus.delete(data, op[1], op[2])
        elif kind == "overwrite":
            data = corpus.overwrite(data, op[1], op[2])
        elif kind == "dupline":
            data = corpus.duplicate_line(data, op[1])
    return data


@st.composite
def mutated(draw: st.DrawFn, pool: tuple[int, ...]) -> corpus.Sample:
    """A seed from ``pool`` (indexes into all_seeds) with 0..4 mutations, or now and then bytes or
    text with no seed at all."""
    if not pool or draw(st.integers(0, 9)) == 0:
        raw = draw(st.one_of(st.binary(max_size=2048),
                             st.text(max_size=2048).map(lambda s: s.encode("utf-8", "surrogatepass"))))
        return corpus.Sample("random.bin", raw)
    i = draw(st.sampled_from(pool))
    ops = draw(st.lists(_op, max_size=4))
    seed = all_seeds()[i]
    return corpus.Sample(seed.name, apply(seed_bytes(i), ops), seed.companions, f"{seed.category}/{seed.name}")
