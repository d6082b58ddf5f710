"""The C accelerator of ``timeline --format jsonl`` against the pure-Python path: same bytes out
(stdout and the stderr summary) on adversarial logs, every real posted log, the benchmark's capture and
random inputs; and the accelerator really is used where it is built."""

from __future__ import annotations

import io
import shutil
import sys
import sysconfig
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dfuforensics.commands.timeline import stream
from dfuforensics.evidence import nrf_log
from dfuforensics.sources import MAX_LINE_CHARS, expand

from .torture import write_torture


def _extension_built() -> bool:
    try:
        from dfuforensics import _nrflog_accel  # noqa: F401
    except ImportError:
        return False
    return True


def _can_build() -> bool:
    """A C compiler and Python's headers: then `pip install -e .` builds the extension, and must have."""
    return shutil.which("cc") is not None and (Path(sysconfig.get_paths()["include"]) / "Python.h").exists()


pytestmark = pytest.mark.skipif(not _extension_built() and not _can_build(),
                                reason="no C compiler or Python headers here: the accelerator is not built")


def _both(paths: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[tuple, tuple, int]:
    """(accelerated, pure) results of ``stream`` -- (readable, stdout, stderr) -- and how many lines C made."""
    made = [0]

    class Counting(nrf_log.Accelerated):
        __slots__ = ()

        def __init__(self, plan: list, rows: object, n: int) -> None:
            made[0] += n
            super().__init__(plan, rows, n)

    results = []
    for env in ("0", "1"):
        monkeypatch.setenv("DFUFORENSICS_NO_ACCEL", env)
        monkeypatch.setattr(nrf_log, "Accelerated", Counting)
        out, err = io.StringIO(), io.StringIO()
        results.append((stream(expand(paths), "jsonl", out, err), out.getvalue(), err.getvalue()))
    monkeypatch.undo()
    return results[0], results[1], made[0]


@pytest.fixture(autouse=True)
def _built() -> None:
    if not _extension_built():
        pytest.fail("a C compiler and Python.h are here but dfuforensics._nrflog_accel is not built: "
                    "pip install -e . (see setup.py)")


def test_switch_forces_pure_python(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DFUFORENSICS_NO_ACCEL", raising=False)
    assert nrf_log.accelerator() is not None
    monkeypatch.setenv("DFUFORENSICS_NO_ACCEL", "1")
    assert nrf_log.accelerator() is None
    monkeypatch.setenv("DFUFORENSICS_NO_ACCEL", "0")
    assert nrf_log.accelerator() is not None


@pytest.mark.parametrize("block", (4096 + 7, nrf_log.BLOCK_BYTES))
def test_torture_logs_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int) -> None:
    """Every reference call in every decoration and the damage seen in posted logs (glued records,
    colour codes, hexdumps, invalid UTF-8, NULs, CR-only, lines over the reader's limit), in blocks of
    odd sizes: the C calls end and resume around lines that need state after Python's lines."""
    paths = [str(write_torture(tmp_path / f"nrf_{seed}.log", "nrf", seed)) for seed in (3, 4)]
    paths.append(str(write_torture(tmp_path / "zephyr_3.log", "zephyr", 3)))  # the same stream, not accelerated
    block_bytes = nrf_log.BLOCK_BYTES
    nrf_log.BLOCK_BYTES = block
    try:
        accel, pure, made = _both(paths, monkeypatch)
    finally:
        nrf_log.BLOCK_BYTES = block_bytes
    assert accel == pure
    assert accel[1].count("\n") > made > 10_000  # most records, not all: the rest took the Python path


def test_real_posted_logs_same_bytes(shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """All of them in one stream (nRF5, MCUboot, host logs...): only the nRF5 ones take the C path."""
    logs = sorted([*shared.glob("cases/*/input*.log"), *shared.glob("samples/*")])
    paths = [str(p) for p in logs if p.is_file()]
    assert len(paths) > 20
    accel, pure, made = _both(paths, monkeypatch)
    assert accel == pure
    assert made > 100  # the nRF5 logs among them went through the C scan


def test_generated_rtt_capture_same_bytes(tmp_path: Path, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(root))
    from benchmarks.bench_timeline import generate

    path = tmp_path / "bench.log"
    generate(path, 20_000, seed=7)
    accel, pure, made = _both([str(path)], monkeypatch)
    assert accel == pure
    assert made >= 19_990  # every record but those stamped under 100 us


def test_scan_contract() -> None:
    """The C function on its own: bad arguments are errors, not crashes; a bad cache entry is a TypeError;
    a text without a final newline, and strings of every kind (1, 2, 4 bytes per character), work."""
    scan = nrf_log.accelerator()
    assert scan is not None
    entry = ["log.line", {"message": "x"}, "info", "app", 0, (", H", ", N", ", T"), None]
    calls = {"miss": 0}

    def miss(key: tuple) -> list:
        calls["miss"] += 1
        return entry

    args = ({}, {}, 100, MAX_LINE_CHARS, miss, lambda e, n: e, lambda e: e[5])
    with pytest.raises(ValueError):
        scan("x\n", 5, 0, *args)
    for text in ("<info> app: a\n", "<info> app: \u00e9\n", "<info> app: \U0001F600\n"):
        plan, sub, lines, prevs, made, pos, lineno, last = scan(text + "tail", 0, 41, *args)
        assert made == 1 and plan[0].startswith('{"t": null, N"') and plan[0].endswith(', "line": 42, T}\n')
        assert plan[1:] == [1] and sub == "tail" and lines == [43] and prevs == [entry] and last is None
        assert (pos, lineno) == (len(text) + 4, 43)
    bad = ({}, {}, 100, MAX_LINE_CHARS, lambda key: ["log.line"], lambda e, n: e, lambda e: e[5])
    with pytest.raises(TypeError):
        scan("<info> app: a\n", 0, 0, *bad)
    assert sys.getrefcount(entry) < 10  # no reference leaked per call


# -- random inputs --------------------------------------------------------------------------------------

_PREFIX = st.sampled_from([b"", b"00> ", b"00>", b"12> ", b"\xd9\xa1\xd9\xa2> ", b"0> "])
_DIGITS = st.text("0123456789", min_size=2, max_size=2)
_STAMP = st.one_of(
    st.just(b""),
    st.builds(lambda h, m, s, ms, us: f"[{h}:{m}:{s}.{ms},{us}] ".encode(), _DIGITS, _DIGITS, _DIGITS,
              st.text("0123456789", min_size=3, max_size=3), st.text("0123456789", min_size=3, max_size=3)),
    st.sampled_from([b"[00:00:00.000,042] ", b"[00:00:00.000,100]", b"[00:00:01.000,000] ", b"[0000123] ",
                     b"[12] ", b"[00:00:0\xd9\xa1.000,000] ", b"[00:00:00.000,00] ", b"[]"]))
_LEVEL = st.sampled_from([b"<info> ", b"<debug> ", b"<warning> ", b"<error> ", b"<inf> ", b"<info>", b"<INFO> "])
_MODULE = st.sampled_from([b"app", b"nrf_dfu_req_handler", b"nrf_dfu_validation", b"nrf_dfu_serial",
                           b"a.b-c_1", b"mod\xc3\xa9", b"1x", b"", b"app "])
_MESSAGE = st.one_of(
    st.sampled_from([b" Handle NRF_DFU_OP_OBJECT_WRITE (data)", b" Handle NRF_DFU_OP_OBJECT_EXECUTE",
                     b" Request handling complete. Result: 0x1", b" Request handling complete. Result: 0xB",
                     b" Sending Response: [0x4, 0x1]", b" Inside main", b" Enter nrf_bootloader_fw_activate",
                     b" Invalid signature", b"  two spaces", b" colour\x1b[0m", b" remnant[0m", b" a<b",
                     b" a\rb", b" \x00nul", b" \xff\xfe bad utf-8", b" \"quote\" \\ back\tslash \x7f",
                     b" \xf0\x9f\x98\x80 astral", b"", b" ", b" Flash write success: addr=0x00027400, pending 4"]),
    st.binary(max_size=40).map(lambda b: b" " + b))
_END = st.sampled_from([b"\n", b"\r\n", b"\r\r\n", b"\r", b"\n\n"])
_LINE = st.one_of(
    st.builds(lambda *parts: b"".join(parts), _PREFIX, _STAMP, _LEVEL, _MODULE, st.sampled_from([b":", b": "]),
              _MESSAGE, _END),
    st.builds(lambda b, e: b + e, st.binary(max_size=30), _END),
    st.builds(lambda n, e: b"<info> app: " + b"x" * n + e,
              st.sampled_from([MAX_LINE_CHARS - 12, MAX_LINE_CHARS - 11, MAX_LINE_CHARS + 5]), _END))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(lines=st.lists(_LINE, min_size=1, max_size=40), block=st.sampled_from([64, 300, 4096]))
def test_random_logs_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lines: list[bytes],
                                block: int) -> None:
    path = tmp_path / "random.log"
    path.write_bytes(b"".join(lines))
    block_bytes = nrf_log.BLOCK_BYTES
    nrf_log.BLOCK_BYTES = block
    try:
        accel, pure, _made = _both([str(path)], monkeypatch)
    finally:
        nrf_log.BLOCK_BYTES = block_bytes
    assert accel == pure
