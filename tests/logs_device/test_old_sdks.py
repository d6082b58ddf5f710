"""SDK 11.0-14.1 (``tools/reference/nrf5-log-strings-sdk11-14.tsv``): every log call rendered as its SDK
prints it parses back to its own format string, and the line shapes only old SDKs produce are read.

Print forms (``docs/logs-device.md``, from each SDK's logger backend): SDK 11 prints the bare text (no
prefix, no level; colour codes inside); SDK 12/13 ``[colour][%08d]MODULE:LEVEL:message`` with the default
module empty (``:INFO:...``), libc rendering (hex as written), the format's own line ends; SDK 14
``[colour][%08lu] <level> module: message`` rendered by nrf_fprintf (upper-case hex).  A format's second
physical line carries no prefix.
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

import pytest

from dfuforensics.evidence.nrf_log import NrfLogParser, legacy_hexdump_row
from dfuforensics.model import Event
from dfuforensics.nrf5.log_templates import JOINED, nrf5_index, split_format, versions_of
from dfuforensics.sources import expand

from .render import legacy_hexdump_lines, render, sample_values
from .test_ground_truth import COLOUR, _same_text

ROOT = Path(__file__).resolve().parents[2]
OLD = ROOT / "tools" / "reference" / "nrf5-log-strings-sdk11-14.tsv"
BACKFILL = ROOT / "tools" / "reference" / "nrf5-log-strings-dfu-req-handling-12.3-14.2.tsv"
_COLOUR_MACRO = re.compile(r"\\x1[Bb]\[[0-9;]*m")
BATCHES = 3


def old_rows(path: Path = OLD) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def table_format(row: dict[str, str]) -> str:
    """The row's format as the shipped table has it (SDK 11's colour macros dropped)."""
    return _COLOUR_MACRO.sub("", row["format_string"])


def _form(row: dict[str, str]) -> str:
    v = row["sdk_version"]
    return "sdk11" if v.startswith("11.") else "legacy" if v.startswith(("12.", "13.")) else "sdk14"


def old_cases(batch: int | None = None, seed: int = 0) -> list[tuple[str, dict[str, str], str, str]]:
    """(line, row, message, what) for the rows of ``batch`` (all when None), each as its SDK prints it in
    the decorations its logger has; ``what``: ``record``, ``continuation``, ``bare`` (SDK 11), ``header``
    and ``hexdump`` (an SDK 12 hexdump's first line and its rows)."""
    rng = random.Random(seed if batch is None else batch)
    out = []
    for i, row in enumerate(old_rows()):
        if batch is not None and i % BATCHES != batch:
            continue
        form, level = _form(row), row["level"]
        if row["macro"].startswith("NRF_LOG_HEXDUMP"):
            tag = f"{row['module']}:{level}:"
            data = bytes(rng.randrange(256) for _ in range(rng.randint(1, 40)))
            for indent, head in ((0, tag), (10, f"[{rng.randrange(10**8):08d}]{tag}")):
                out.append((head, row, "", "header"))
                out.extend((ln, row, ln, "hexdump") for ln in legacy_hexdump_lines(data, indent))
            continue
        pieces = split_format(table_format(row))
        fprintf = form == "sdk14"
        msg = render(pieces[0], sample_values(pieces[0], rng), nrf_fprintf=fprintf)
        cont = [render(p, sample_values(p, rng), nrf_fprintf=fprintf) for p in pieces[1:]]
        if form == "sdk11":  # the bare text; a colour code where the format has one
            for m in [msg, *cont]:
                if m:
                    out.append((m, row, m, "bare"))
                    out.append((f"\x1b[1;37m{m}", row, m, "bare"))
            continue
        if form == "legacy":
            tag = f"{row['module']}:{level}:"
            colour = COLOUR[level.lower()]
            reset = "" if row["sdk_version"] in ("12.0.0", "12.1.0") else "\x1b[0m"  # 12.2+ resets after each
            variants = [f"{tag}{msg}", f"[{rng.randrange(10**8):08d}]{tag}{msg}", f"0> {tag}{msg}",
                        f"00> {tag}{msg}", f"{colour}{tag}{msg}{reset}",
                        f"\x1b[0m[00001234]{colour}{tag}{msg}{reset}"]
        else:
            lv, module = level.lower(), row["module"]
            variants = [f"<{lv}> {module}: {msg}", f"[{rng.randrange(10**8):08d}] <{lv}> {module}: {msg}",
                        f"00> <{lv}> {module}: {msg}", f"{COLOUR[lv]}<{lv}> {module}: {msg}\x1b[0m"]
        for v in variants:
            out.append((v, row, msg, "record"))
            out.extend((c, row, c, "continuation") for c in cont)
    return out


def parse_lines(tmp_path: Path, lines: list[str], ending: str = "\r\n") -> dict[int, list[Event]]:
    path = tmp_path / "old.log"
    path.write_text("".join(ln + ending for ln in lines), encoding="utf-8", newline="")
    by_line: dict[int, list[Event]] = {}
    for item in NrfLogParser().parse(expand([str(path)])[0]):
        if isinstance(item, Event):
            by_line.setdefault(item.line, []).append(item)
    return by_line


def _expected(row: dict[str, str], what: str) -> tuple[str | None, str | None]:
    form = _form(row)
    if form == "sdk11":
        return None, None
    return row["level"].lower(), row["module"] or None


@pytest.mark.parametrize("batch", range(BATCHES))
def test_every_old_sdk_log_call_parses_back(tmp_path: Path, batch: int) -> None:
    cases = old_cases(batch)
    events = parse_lines(tmp_path, [c[0] for c in cases])
    failures = []
    for lineno, (line, row, msg, what) in enumerate(cases, 1):
        evs = [e for e in events.get(lineno, []) if e.kind != "dfu.init_command"]  # random dumps may decode
        if len(evs) != 1 or evs[0].kind == "unparsed":
            failures.append((line, [e.kind for e in evs]))
            continue
        e, fmt = evs[0], table_format(row)
        if what == "continuation":
            if e.fields.get("template") != fmt and not e.fields.get("continuation"):
                failures.append((line, "continuation not recognised", e.fields))
            continue
        level, module = _expected(row, what)
        if what == "hexdump":
            if e.kind != "log.hexdump" or bytes.fromhex(e.fields["data"]).hex(" ").upper() not in line:
                failures.append((line, "hexdump", e.kind, e.fields))
            continue
        if (e.level, e.module) != (level, module):
            failures.append((line, "level/module", e.level, e.module, level, module))
        elif what != "header" and e.fields.get("template") != fmt and not (
                e.fields.get("template") and _same_text(fmt, e.fields["template"], msg)):
            failures.append((line, "template", e.fields.get("template"), fmt))
    assert not failures, f"{len(failures)} of {len(cases)} rendered lines wrong, first: {failures[:5]}"
    assert len(cases) > 1500


def test_every_row_is_in_the_table() -> None:
    """The derivation merged every old row: its module, level and format carry its version."""
    level = {"ERROR": "error", "WARNING": "warning", "INFO": "info", "DEBUG": "debug", "NONE": "none"}
    table = {}
    for t in nrf5_index().templates:
        table.setdefault((t.modules[0], t.level, t.fmt), set()).update(t.versions)
    for path in (OLD, BACKFILL):
        for row in old_rows(path):
            fmt = "<hexdump>" if row["macro"].startswith("NRF_LOG_HEXDUMP") else table_format(row)
            assert row["sdk_version"] in table[(row["module"], level[row["level"]], fmt)], row
    # a format of 12.0-12.3's request handler, which the shared reference does not list
    assert versions_of("", "Prevalidate FAILED!\\r\\n") == ("12.0.0", "12.1.0", "12.2.0", "12.3.0")
    assert versions_of("dfq_req_handling", "SD req not met") == ("14.0.0",)  # 14.0's module name typo


def _meaning(line: str, tmp_path: Path) -> Event:
    (event,) = [e for evs in parse_lines(tmp_path, [line]).values() for e in evs]
    return event


@pytest.mark.parametrize("line,kind,fields", [
    (":ERROR:SD req not met", "dfu.validation", {"check": "sd_req", "ext_error": "SD_VERSION_FAILURE"}),
    ("<error> dfu_req_handling: SD req not met", "dfu.validation", {"check": "sd_req"}),
    (":ERROR:BL FW version too low", "dfu.validation", {"check": "fw_version", "ext_error": "FW_VERSION_FAILURE"}),
    (":ERROR:Faulty HW version", "dfu.validation", {"check": "hw_version", "ext_error": "HW_VERSION_FAILURE"}),
    (":ERROR:No HW version", "dfu.validation", {"check": "hw_version", "ext_error": "INIT_COMMAND_INVALID"}),
    (":INFO:Prevalidate FAILED!", "dfu.validation", {"check": "prevalidation", "ok": False}),
    ("<error> dfq_req_handling: Prevalidate failed!", "dfu.validation", {"check": "prevalidation", "ok": False}),
    (":INFO:Prevalidate OK.", "dfu.validation", {"check": "prevalidation", "ok": True}),
    (":ERROR:Signature failed", "dfu.validation", {"check": "signature", "result": "INVALID_OBJECT"}),
    (":ERROR:Hash failure", "dfu.validation", {"check": "hash", "ext_error": "VERIFICATION_FAILED"}),
    (":ERROR:No app image size", "dfu.validation", {"check": "fw_size", "ext_error": "INIT_COMMAND_INVALID"}),
    (":ERROR:BL too large", "dfu.validation", {"check": "space", "result": "INSUFFICIENT_RESOURCES"}),
    (":ERROR:Error. Init command larger than expected.", "dfu.validation", {"check": "init_decode"}),
    (":INFO:Miss-matched SD major version numbers. Update invalid. Current: 4. New: 5.", "dfu.validation",
     {"check": "sd_major", "sd_major": 4, "new_sd_major": 5}),
    (":INFO:Successfully run the postvalidation check!", "dfu.validation", {"check": "postvalidation", "ok": True}),
    (":INFO:Before OP execute command", "dfu.request", {"op": "EXECUTE", "object_type": "COMMAND"}),
    (":INFO:Valid Data Read info", "dfu.request", {"op": "SELECT", "object_type": "DATA"}),
    (":INFO:Sending CRC: [0x60, 0x03, 0x01, 0:x00001000, CRC:0x1234abcd]", "dfu.response",
     {"op": "CRC_GET", "result": "SUCCESS", "offset": 0x1000, "crc": 0x1234ABCD}),
    (":INFO:Received unsupported OP code", "transport.error", {"name": "unsupported_opcode"}),
    (":ERROR:Single: Invalid bank", "boot.activation", {"result": "none"}),
    (":DEBUG:Application sent bootloader request", "boot.dfu_enter", {"reason": "unknown"}),
    (":ERROR:Failed to copy SD: target: 0x00001000, src: 0x0004a000, len: 0x00020000", "boot.activation",
     {"result": "error"}),
    (":INFO:Failed to write bootloader settings", "flash.error", {"op": "write"}),
    ("HARDFAULT:ERROR:Hardfault PC:2f3e", "fault", {"fault_type": "hardfault", "pc": 0x2F3E}),
    ("APP_ERROR:ERROR:Fatal", "fault", {"fault_type": "app_error"}),
    ("*** ASSERTION FAILED ***", "fault", {"fault_type": "sdk_assert"}),
    ("Fault identifier:  0x4002", "fault", {"fault_type": "sdk_assert", "id_name": "SDK_ASSERT"}),
])
def test_old_strings_carry_their_meaning(tmp_path: Path, line: str, kind: str, fields: dict) -> None:
    e = _meaning(line, tmp_path)
    assert e.kind == kind and {k: e.fields.get(k) for k in fields} == fields, (e.kind, e.fields)


def test_sdk13_prevalidation_failure_infers_the_ext_error(tmp_path: Path) -> None:
    lines = [":DEBUG:Received execute object", ":INFO:Before OP execute command", ":INFO:Handling signed command",
             ":ERROR:SD req not met", ":ERROR:Prevalidate failed!", ":DEBUG:Sending Response: [0x4, 0xb]"]
    events = [e for evs in parse_lines(tmp_path, lines).values() for e in evs]
    response = events[-1]
    assert response.kind == "dfu.response" and response.fields["op"] == "EXECUTE"
    assert (response.fields["ext_error"], response.fields["ext_error_line"]) == ("SD_VERSION_FAILURE", 4)


# -- glued records -------------------------------------------------------------------------------------------

def _shape(e: Event) -> tuple:
    return e.kind, e.level, e.module, e.fields


def test_glued_legacy_records_give_the_separate_records_events(tmp_path: Path) -> None:
    """Lost line ends between SDK 12/13 records (of any module, with ticks and RTT prefixes between): the
    records of one glued line are those of its lines apart, also where a module name meets an upper-case
    end of the message before (``...CRCAPP_ERROR:ERROR:``, ``...OP_SELECT:INFO:``)."""
    rng = random.Random(9)
    records = [c for c in old_cases(seed=9) if c[3] == "record" and _form(c[1]) == "legacy"
               and not c[0].startswith(("\x1b", "0", "["))]  # a glued record keeps only its text
    pairs = [(rng.choice(records)[0], "", rng.choice(records)[0]) for _ in range(300)]
    pairs += [(":INFO:Valid Command CRC", "", "APP_ERROR:ERROR:Fatal"),
              (":INFO:Valid Command: NRF_DFU_OBJECT_OP_SELECT", "", ":INFO:Sending Object Info: [0x60, 0x06, "
                                                                    "0x01 max: 0:x00000100 0:x00000000, CRC:0x00000000]"),
              (":INFO:Valid Command: NRF_DFU_OBJECT_OP_SELECT", "", "HARDFAULT:ERROR:Hardfault PC:1a2b"),
              (":INFO:Inside main", "", "[00001234]:INFO:In nrf_bootloader_init"),
              (":INFO:Inside main", " 0> ", ":INFO:In nrf_bootloader_init"),  # a flattened RTT Viewer file
              (":INFO:Inside main", "00>", ":INFO:In nrf_bootloader_init")]
    apart = parse_lines(tmp_path, [x for a, _sep, b in pairs for x in (a, b)])
    glued = parse_lines(tmp_path, [a + sep + b for a, sep, b in pairs])
    for k, (a, sep, b) in enumerate(pairs):
        want = [_shape(e) for e in apart[2 * k + 1] + apart[2 * k + 2]]
        assert [_shape(e) for e in glued[k + 1]] == want, (a, sep, b)


def test_glued_records_of_both_forms(tmp_path: Path) -> None:
    """A line that opens with an SDK 12/13 record is split at starts of either form; one that opens with an
    SDK 14+ record only at SDK 14+ starts (the hot path reads it whole, whatever its decoration)."""
    events = parse_lines(tmp_path, [":INFO:Inside main<info> app: Entering DFU mode.",
                                    "junk before :INFO:Inside main",
                                    "<info> app: Inside main:INFO:not split"])
    assert [(e.kind, e.module) for e in events[1]] == [("boot.start", None), ("dfu.start", "app")]
    assert [e.kind for e in events[2]] == ["unparsed", "boot.start"]
    assert [e.fields.get("message") for e in events[3]] == ["Inside main:INFO:not split"]


def test_one_digit_rtt_prefix_of_older_viewers(tmp_path: Path) -> None:
    events = parse_lines(tmp_path, ["0> :INFO:Inside main", "0> <info> app: Inside main"])
    assert [e.kind for evs in events.values() for e in evs] == ["boot.start", "boot.start"]


# -- a multi-line format on one line ------------------------------------------------------------------------

def test_multi_line_format_joined_by_a_space_is_its_first_line(tmp_path: Path) -> None:
    """Every format of the table that prints more than one line, printed with its ``\\r\\n`` turned into a
    space (``ERROR 3 [NRF_ERROR_INTERNAL] at main.c:120 PC at: 0x00031A2B``), gives the event its first
    line gives -- kind, level, module and meaning (a plain line keeps the whole message and all arguments)."""
    rng = random.Random(3)
    joined = [t for t in nrf5_index().templates if t.piece == JOINED]
    assert len(joined) >= 4
    lines, firsts = [], []
    for t in joined:
        module = t.modules[0] or "app"
        pieces = [render(p, sample_values(p, rng), nrf_fprintf=True) for p in split_format(t.fmt)]
        lines += [f"<{t.level}> {module}: {' '.join(pieces)}", f"<{t.level}> {module}: {pieces[0]}", *pieces[1:]]
        firsts.append((len(lines) - len(pieces) + 1, pieces[0]))
    events = parse_lines(tmp_path, lines)
    for t, (first, text) in zip(joined, firsts, strict=True):
        (one,), (two, *_rest) = events[first - 1], events[first]
        assert (one.kind, one.level, one.module, one.fields["template"]) == (two.kind, two.level, two.module, t.fmt)
        # (the first line alone may be read as another version's one-line format that prints the same text)
        assert two.fields["template"] == t.fmt or _same_text(t.fmt, two.fields["template"], text)
        if one.kind == "log.line":
            first_args = two.fields.get("args", [])
            assert one.fields.get("args", [])[:len(first_args)] == first_args
        else:
            assert {**one.fields, "template": None} == {**two.fields, "template": None}
    assert "fault" in {t.kind for t in joined}  # ERROR %u [%s] at %s:%u\r\nPC at: 0x%08x


# -- SDK 12/13 hexdump rows ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,data", [
    ("0A 46 0A 42 08 01 12 3E 08 01 10 34 1A 02 8C 01  .F.B...>...4....", "0a460a420801123e080110341a028c01"),
    ("41 42 43" + " " * 40 + "  ABC", "414243"),
    ("41 42 43 ABC", "414243"),                         # a forum collapsed the padding
    ("41 42 20 AB", "414220"),                          # "AB" is the text column of 41 42 20
    ("20 20 20 20 20 20 20 20", "2020202020202020"),     # spaces only: long enough to be a row
    ("12 34", None), ("20", None), ("00 00 00 00", None), ("Error 12 34", None), ("0A 46  .G", None),
])
def test_legacy_hexdump_row(text: str, data: str | None) -> None:
    got = legacy_hexdump_row(text)
    assert (got.hex() if got is not None else None) == data


def test_old_forms_same_bytes_accelerated_and_pure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``timeline --format jsonl`` of every old call in its decorations, glued SDK 12/13 records, one-digit RTT
    prefixes before SDK 14+ records (which the C scan leaves to Python) and the posted SDK 11-14 logs of the
    corpus: the same bytes with the C scan and without it."""
    from .test_accel import _both

    rng = random.Random(4)
    cases = [c[0] for c in old_cases(seed=4)]
    legacy = [x for x in cases if x.startswith(":")]
    lines = cases + [rng.choice(legacy) + rng.choice(["", " 0> "]) + rng.choice(legacy) for _ in range(500)]
    lines += [f"{rng.choice(['0> ', '00> ', ''])}<info> app: Inside main" for _ in range(200)]
    path = tmp_path / "old.log"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    corpus = sorted(str(p) for p in (ROOT / "tests" / "corpus").glob("dz-sdk1[1-4]-*/input*"))
    assert len(corpus) >= 8
    accel, pure, _made = _both([str(path), *corpus], monkeypatch)
    assert accel == pure
    assert "old.log: nrf-log" in accel[2]
