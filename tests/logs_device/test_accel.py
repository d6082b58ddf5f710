"""The C accelerator of ``timeline --format jsonl`` against the pure-Python path: same bytes out
(stdout and the stderr summary) on adversarial logs, every real posted log, the benchmark's capture and
random inputs; and the accelerator really is used where it is built."""

from __future__ import annotations

import io
import random
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


def _state() -> tuple:
    """The per-input state arguments of a scan: a fresh state, its slots, the response key, no effects."""
    return (nrf_log._InputState(), nrf_log._STATE_SLOTS, nrf_log._RESPONSE_KEY, lambda entry: None, nrf_log._LINENO)


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

    keys: list[str] = []

    def no_templates(key: str) -> tuple:
        keys.append(key)
        return (entry, None, ())

    args = ({}, {}, 100, MAX_LINE_CHARS, miss, lambda e, n: e, lambda e: e[5], {}, no_templates, *_state())
    with pytest.raises(ValueError):
        scan("x\n", 5, 0, *args)
    for text in ("<info> app: a\n", "<info> app: \u00e9\n", "<info> app: \U0001F600\n"):
        plan, sub, lines, prevs, made, pos, lineno, last = scan(text + "tail", 0, 41, *args)
        assert made == 1 and plan[0].startswith('{"t": null, N"') and plan[0].endswith(', "line": 42, T}\n')
        assert plan[1:] == [1] and sub == "tail" and lines == [43] and prevs == [entry] and last is None
        assert (pos, lineno) == (len(text) + 4, 43)
    assert keys == ["info\x00app\x00a"]  # asked once (the key is "level NUL module NUL head"); only ASCII
    bad = ({}, {}, 100, MAX_LINE_CHARS, lambda key: ["log.line"], lambda e, n: e, lambda e: e[5], {}, no_templates,
           *_state())
    with pytest.raises(TypeError):
        scan("<info> app: a\n", 0, 0, *bad)
    for bucket in ([], (entry, None, [b""]), (entry, (", H", ", N", (1.5,)), ()), (entry, None, ([b"L\x05a", b"", None, None],)),
                   (entry, None, ((b"L\x01a", b"", None),))):
        with pytest.raises(TypeError):  # a malformed bucket or program is an error, not a crash
            scan("<info> app: a\n", 0, 0, {}, {}, *args[2:7], {}, lambda key, b=bucket: b, *_state())
    assert sys.getrefcount(entry) < 10  # no reference leaked per call


def test_scan_writes_new_messages_through_their_template() -> None:
    """A message no cache has seen is matched against its bucket's programs and written from the recipe:
    group values converted with their base, text and the message escaped; no Python call per line."""
    scan = nrf_log.accelerator()
    assert scan is not None
    proxy = [None, None, "info", "app", 0, None, None]
    program = b"L\x06value (\x00 sD)\x00L\x04 at (\x01P)\x01L\x02: (\x02*)\x02"
    recipe = (", H", ", N", (", T ", 0, " ", 1, ' "', 2, '" "', -1, '"'))
    makes = []

    def make() -> tuple:
        makes.append(recipe)
        return recipe

    bucket = (proxy, None, ([b"L\x01x", b"", None, None], [program, bytes([10, 16, 0]), ..., make]))
    asked: list[str] = []

    def bucket_of(key: str) -> tuple:
        asked.append(key)
        return bucket

    def miss(key: tuple) -> list:
        raise AssertionError(f"Python asked for {key}")

    text = ('[00:00:01.500,000] <info> app: value -12 at 0x0002F000: "q"\n'
            "<info> app: value 7 at 1f: x\n")
    plan, sub, lines, prevs, made, pos, lineno, last = scan(
        text, 0, 0, {}, {}, 100, MAX_LINE_CHARS, miss, lambda e, n: e, lambda e: e[5], {}, bucket_of, *_state())
    assert made == 2 and sub == "" and last is proxy and asked == ["info\x00app\x00valu"]
    assert makes == [recipe] and bucket[2][1][2] is recipe  # made once, on the first match, and kept
    assert plan == ['{"t": 1.5, H"[00:00:01.500,000] <info> app: value -12 at 0x0002F000: \\"q\\"", "line": 1, '
                    'T -12 192512 "\\"q\\"" "value -12 at 0x0002F000: \\"q\\""}\n'
                    '{"t": null, N"<info> app: value 7 at 1f: x", "line": 2, T 7 31 "x" "value 7 at 1f: x"}\n']
    del plan, sub, lines, prevs, last
    for _ in range(50):
        scan(text, 0, 0, {}, {}, 100, MAX_LINE_CHARS, miss, lambda e, n: e, lambda e: e[5], {}, bucket_of, *_state())
    assert sys.getrefcount(proxy) < 10 and sys.getrefcount(recipe) < 10  # no reference leaked per line


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


# -- new messages written through the template table in C ----------------------------------------------------

def _python_calls(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """How many messages the C scan hands to Python's classification (``miss``) over ``path``, and how
    many lines to Python's per-input state (``state``)."""
    calls = [0, 0]
    new_entry, stateful = nrf_log.DeviceLogDialect._new_entry, nrf_log.DeviceLogDialect._stateful

    def counting_new(self: nrf_log.DeviceLogDialect, cache_: dict, key: tuple) -> list:
        calls[0] += 1
        return new_entry(self, cache_, key)

    def counting_state(self: nrf_log.DeviceLogDialect, st: object, entry: list, lineno: int) -> list:
        calls[1] += 1
        return stateful(self, st, entry, lineno)

    monkeypatch.setattr(nrf_log.DeviceLogDialect, "_new_entry", counting_new)
    monkeypatch.setattr(nrf_log.DeviceLogDialect, "_stateful", counting_state)
    monkeypatch.setenv("DFUFORENSICS_NO_ACCEL", "0")
    stream(expand([str(path)]), "jsonl", io.StringIO(), io.StringIO())
    monkeypatch.undo()
    return calls[0], calls[1]


def _mutations(msg: str, rng: random.Random) -> list[str]:
    """The message with characters around its numbers changed: digits, hex letters, signs, spaces, ``0x``,
    ``(nil)`` -- where the C matcher's backtracking and value conversion must agree with ``re`` and int()."""
    out = []
    for _ in range(3):
        chars = list(msg)
        for _ in range(rng.randrange(1, 4)):
            i = rng.randrange(len(chars) + 1)
            chars[i:i + rng.randrange(0, 2)] = rng.choice(["0", "9", "a", "F", "-", "+", " ", "0x", "(nil)", "x",
                                                           "1234567890123456", "-0", "00000000000000000001"])
        out.append("".join(chars))
    return out


def test_every_template_same_bytes_and_written_in_c(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every nRF5 template of every module (both printf renderings, three value sets, stamped and not), plus
    mutations of each: same bytes both ways, and most lines never reach Python's classification."""
    from dfuforensics.nrf5.log_templates import NO_LEVEL, nrf5_index

    from .render import render, sample_values

    rng = random.Random(5)
    lines = []
    for t in sorted(nrf5_index().templates, key=lambda t: (t.fmt, t.piece, t.modules)):
        if t.hexdump:
            continue
        piece = t.line_text()  # (a multi-line format's pieces joined by a space, too)
        level = "info" if t.level == NO_LEVEL else t.level  # SDK 11 printed no level: any record's will do
        for module in {m or "app" for m in t.modules}:  # "": printed with no module name; read in Python
            for k in range(3):
                msg = render(piece, sample_values(piece, rng), nrf_fprintf=k != 1)
                for m in [msg, *(_mutations(msg, rng) if k == 0 else ())]:
                    stamp = f"[00:00:{k:02d}.{rng.randrange(1000):03d},{rng.randrange(1000):03d}] " if k else ""
                    lines.append(f"{stamp}<{level}> {module}: {m}\n")
    path = tmp_path / "every.log"
    path.write_text("".join(lines), encoding="utf-8")
    accel, pure, made = _both([str(path)], monkeypatch)
    assert accel == pure
    assert "every.log: nrf-log" in accel[2]
    assert made > 0.9 * len(lines), accel[2]
    misses, _state_calls = _python_calls(path, monkeypatch)
    assert misses < 0.25 * len(lines), (misses, len(lines))  # the rest: templates with post-processors, state


def test_bench_capture_new_messages_take_no_python_call(tmp_path: Path, root: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The benchmark's mix (unique addresses on 4 lines in 10, DFU requests and responses on 35%): only
    messages of stateful kinds or with a post-processor are classified in Python, each once, and the
    per-input state is applied in C but for each response's first sight of a state."""
    monkeypatch.syspath_prepend(str(root))
    from benchmarks.bench_timeline import generate

    path = tmp_path / "bench.log"
    generate(path, 20_000, seed=11)
    accel, pure, made = _both([str(path)], monkeypatch)
    assert accel == pure
    misses, state_calls = _python_calls(path, monkeypatch)
    assert misses < 0.02 * 20_000, misses
    assert state_calls < 0.01 * 20_000, state_calls


def test_scan_applies_learned_state_effects() -> None:
    """A request's effect (learned from ``_apply_state``) is applied in C and written back to the state;
    a response takes the variant made for that state; a response in a state not seen yet goes to Python."""
    parser = nrf_log.NrfLogParser()
    parser.compile()
    parser._index = parser.index()
    request = parser._entry("debug", "nrf_dfu_req_handler", "Handle NRF_DFU_OP_OBJECT_WRITE (data)")
    response = parser._entry("debug", "nrf_dfu_req_handler", "Request handling complete. Result: 0x1")
    assert request[4] == 1 and response[4] == 2
    effect = parser._effect(request)
    assert effect == ((0, "WRITE"), (1, nrf_log._LINENO), (2, None), (3, 0)) and request[7] == effect
    st = nrf_log._InputState()
    calls = []

    def state(entry: list, lineno: int) -> list:
        calls.append(lineno)
        return parser._stateful(st, entry, lineno)

    rendered = {"<debug> nrf_dfu_req_handler: Handle NRF_DFU_OP_OBJECT_WRITE (data)": request,
                "<debug> nrf_dfu_req_handler: Request handling complete. Result: 0x1": response}
    text = ("<debug> nrf_dfu_req_handler: Handle NRF_DFU_OP_OBJECT_WRITE (data)\n"
            "<debug> nrf_dfu_req_handler: Request handling complete. Result: 0x1\n") * 2
    scan = nrf_log.accelerator()
    out = scan(text, 0, 0, rendered, {}, 100, MAX_LINE_CHARS, None, state, lambda e: ("", "", ""), {}, None,
               st, nrf_log._STATE_SLOTS, nrf_log._RESPONSE_KEY, parser._effect, nrf_log._LINENO)
    assert out[4] == 4
    assert calls == [2]  # the first response in state (WRITE, None, 0); the second took its variant
    assert (st.last_op, st.last_op_line, st.pending_ext) == ("WRITE", 3, None)
    variant = response[6][("WRITE", None, 0)]
    assert variant[1]["op"] == "WRITE" and variant[1]["op_inferred"] is True


_DANGEROUS = st.lists(st.sampled_from([*"0123456789abcdefABCDEFx -+()%:.,=[]nil", "0x", "(nil)", "  ",
                                        "18446744073709551616"]), max_size=6).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(picks=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 2**32), st.integers(0, 200), _DANGEROUS),
                      min_size=1, max_size=30))
def test_random_template_messages_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             picks: list[tuple[int, int, int, str]]) -> None:
    """Template messages with numbers of every size and sign, and text spliced in around them: the C
    matcher (backtracking, values, ``(nil)``, long numbers) must agree with ``re`` and ``int()``."""
    from dfuforensics.nrf5.log_templates import nrf5_index, split_format

    from .render import render, sample_values

    templates = [t for t in nrf5_index().templates if not t.hexdump and t.piece == 0 and t.convs]
    lines = []
    for which, seed, cut, splice in picks:
        t = templates[which % len(templates)]
        rng = random.Random(seed)
        piece = split_format(t.fmt)[0]
        msg = render(piece, sample_values(piece, rng), nrf_fprintf=bool(seed & 1))
        at = cut % (len(msg) + 1)
        msg = msg[:at] + splice + msg[at + (seed >> 8) % 3:]
        lines.append(f"<{'info' if t.level == 'none' else t.level}> {t.modules[0] or 'app'}: {msg}\n")
    path = tmp_path / "templates.log"
    path.write_text("".join(lines), encoding="utf-8")
    accel, pure, _made = _both([str(path)], monkeypatch)
    assert accel == pure


@settings(max_examples=300, deadline=None)
@given(conv=st.sampled_from("diuoxXcsp"),
       text=st.lists(st.sampled_from([*"0123456789abcdefABCDEFxX -+()nil.:", "0x", "(nil)"]), max_size=8).map("".join))
def test_arg_atoms_agree_with_arg_re(conv: str, text: str) -> None:
    """Each conversion's C program (``_ARG_ATOMS``) takes exactly what its ``_ARG_RE`` regex takes, with the
    same group, on its own and between literals."""
    import re

    from dfuforensics.nrf5.log_templates import _ARG_ATOMS, _ARG_RE

    msg = text.strip(" ")
    for before, after in (("", ""), ("v=", ";"), ("v ", " x")):
        line = f"{before}{msg}{after}"
        program = b"".join([b"L" + bytes([len(before)]) + before.encode() if before else b"",
                            b"(\x00" + _ARG_ATOMS[conv].encode() + b")\x00",
                            b"L" + bytes([len(after)]) + after.encode() if after else b""])
        recipe = (", H", ", N", ("[", 0, "]"))
        bucket = ([None, None, "info", "app", 0, None, None], None, ([program, b"\x00", recipe, None],))
        no_match = ["log.line", {}, "info", "app", 0, (", H", ", N", "NOMATCH"), None, None]
        plan = nrf_log.accelerator()(f"<info> app: {line}\n", 0, 0, {}, {}, 100, MAX_LINE_CHARS,
                                     lambda key, e=no_match: e, lambda e, n: e, lambda e: e[5], {},
                                     lambda key, b=bucket: b, *_state())[0]
        m = re.fullmatch(re.escape(before) + _ARG_RE[conv] + re.escape(after), line.strip(), re.DOTALL)
        if line.strip() != line:  # the message is stripped first: the literals may not survive it
            continue
        expected = "NOMATCH}" if m is None else f"[{m.group(1)}]}}"
        assert plan[0].endswith(expected + "\n"), (conv, line, plan, expected)
