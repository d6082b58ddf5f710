"""Ground truth: every log call of the reference TSVs, rendered as the firmware prints it, parses back.

Each of the 2,418 nRF5 rows and 369 MCUboot rows is rendered with sample arguments (printf semantics of
nrf5-sdk.md §6.3 / libc) in every line decoration seen in the wild (timestamp, RTT ``00> `` prefix,
ANSI colour, colour remnants after a forum ate the ESC byte, SDK 12.3 legacy prefixes, Zephyr minimal
mode) and must come back with the row's module and level, a non-``unparsed`` kind, and the row's own
format string as ``template`` -- or, where two SDK formats print the same text, a format that also
matches it.  Rows are tested in batches (one file per batch) to keep the test fast.
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

import pytest

from dfuforensics.evidence.nrf_log import NrfLogParser
from dfuforensics.evidence.zephyr_log import ZephyrLogParser
from dfuforensics.model import Event
from dfuforensics.nrf5.log_templates import printf_regex, split_format
from dfuforensics.sources import expand

from .render import hexdump_line, render, sample_values

REF = Path(__file__).resolve().parents[3] / "shared" / "reference"
BATCHES = 6
NRF_LEVEL = {"ERROR": "error", "WARNING": "warning", "INFO": "info", "DEBUG": "debug"}
ZEPHYR_LEVEL = {"ERR": ("err", "E", "error"), "WRN": ("wrn", "W", "warning"), "INF": ("inf", "I", "info"),
                "DBG": ("dbg", "D", "debug")}
COLOUR = {"error": "\x1b[1;31m", "warning": "\x1b[1;33m", "info": "\x1b[1;32m", "debug": "\x1b[1;36m"}


def _rows(name: str) -> list[dict[str, str]]:
    path = REF / name
    if not path.exists():
        pytest.skip("../shared/reference is not beside the project")
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _parse(tmp_path: Path, parser, lines: list[str]) -> dict[int, list[Event]]:
    path = tmp_path / "render.log"
    path.write_text("".join(ln + "\r\r\n" for ln in lines), encoding="utf-8", newline="")
    by_line: dict[int, list[Event]] = {}
    for item in parser.parse(expand([str(path)])[0]):
        if isinstance(item, Event):
            by_line.setdefault(item.line, []).append(item)
    return by_line


def _same_text(fmt: str, other: str, msg: str) -> bool:
    """True when ``other`` (the template the parser chose) also prints exactly ``msg``."""
    src, _, _ = printf_regex(split_format(other)[0])
    return re.fullmatch(src, msg, re.DOTALL) is not None


def _nrf_cases(batch: int) -> list[tuple[str, dict[str, str], str, str]]:
    """(line, row, message, what) for every row of this batch and every decoration."""
    rng = random.Random(batch)
    out = []
    for i, row in enumerate(_rows("nrf5-log-strings.tsv")):
        if i % BATCHES != batch:
            continue
        level = NRF_LEVEL[row["level"]]
        module = row["module"]
        if row["macro"].startswith("NRF_LOG_HEXDUMP"):
            msg = hexdump_line(bytes(rng.randrange(256) for _ in range(rng.randint(1, 8))))
            out.append((f"<{level}> {module}: {msg}", row, "<hexdump>", "hexdump"))
            out.append((f"00> [00:00:01.000,500] <{level}> {module}: {msg}", row, "<hexdump>", "hexdump+rtt"))
            continue
        pieces = split_format(row["format_string"])
        legacy = row["sdk_version"] == "12.3.0"
        msg = render(pieces[0], sample_values(pieces[0], rng), nrf_fprintf=not legacy)
        cont = [render(p, sample_values(p, rng), nrf_fprintf=not legacy) for p in pieces[1:]]
        if legacy:
            tag = f"{module}:{row['level']}:"
            variants = [tag + msg, f"[0001234]{tag}{msg}", f"00> {tag}{msg}"]
        else:
            variants = [f"<{level}> {module}: {msg}", f"[00:01:02.345,678] <{level}> {module}: {msg}",
                        f"00> <{level}> {module}: {msg}",
                        f"{COLOUR[level]}[00:00:00.000,061] <{level}> {module}: {msg}\x1b[0m",
                        f"{COLOUR[level][1:]}<{level}> {module}: {msg}[0m",
                        f"[00012345] <{level}> {module}: {msg}"]
        for v in variants:
            out.append((v, row, msg, "record"))
            out.extend((c, row, c, "continuation") for c in cont)
    return out


@pytest.mark.parametrize("batch", range(BATCHES))
def test_every_nrf5_sdk_log_call_parses_back(tmp_path: Path, batch: int) -> None:
    cases = _nrf_cases(batch)
    events = _parse(tmp_path, NrfLogParser(), [c[0] for c in cases])
    failures = []
    for lineno, (line, row, msg, what) in enumerate(cases, 1):
        evs = events.get(lineno, [])
        if len(evs) != 1 or evs[0].kind == "unparsed":
            failures.append((line, [e.kind for e in evs]))
            continue
        e = evs[0]
        if what == "continuation":
            if e.fields.get("template") != row["format_string"] and not e.fields.get("continuation"):
                failures.append((line, "continuation not recognised", e.fields))
            continue
        level = NRF_LEVEL[row["level"]]
        if e.level != level or (e.module or "") != row["module"]:
            failures.append((line, "level/module", e.level, e.module))
        elif what.startswith("hexdump"):
            if e.kind != "log.hexdump" or not e.fields.get("data"):
                failures.append((line, "hexdump", e.kind, e.fields))
        elif e.fields.get("template") != row["format_string"] and not (
                e.fields.get("template") and _same_text(row["format_string"], e.fields["template"], msg)):
            failures.append((line, "template", e.fields.get("template"), row["format_string"]))
    assert not failures, f"{len(failures)} of {len(cases)} rendered lines wrong, first: {failures[:5]}"
    assert len(cases) > 2000


@pytest.mark.parametrize("batch", range(2))
def test_every_mcuboot_log_call_parses_back(tmp_path: Path, batch: int) -> None:
    rng = random.Random(100 + batch)
    cases = []
    for i, row in enumerate(_rows("mcuboot-log-strings.tsv")):
        if i % 2 != batch:
            continue
        full, minimal, level = ZEPHYR_LEVEL[row["level"]]
        module = row["log_module"].split(" ")[0]
        piece = split_format(row["message_format"])[0]
        msg = render(piece, sample_values(piece, rng), nrf_fprintf=False)
        for v in (f"[00:00:00.004,638] <{full}> {module}: {msg}", f"00> [00:00:09.351,135] <{full}> {module}: {msg}",
                  f"\x1b[1;31m[00:00:00.004,638] <{full}> {module}: {msg}\x1b[0m", f"<{full}> {module}: {msg}",
                  f"{minimal}: {msg}", f"00> {minimal}: {msg}"):
            cases.append((v, row, msg, level, module if "<" in v else None))
    events = _parse(tmp_path, ZephyrLogParser(), [c[0] for c in cases])
    failures = []
    for lineno, (line, row, msg, level, module) in enumerate(cases, 1):
        evs = events.get(lineno, [])
        if len(evs) != 1 or evs[0].kind == "unparsed":
            failures.append((line, [e.kind for e in evs]))
            continue
        e = evs[0]
        if e.level != level or e.module != module:
            failures.append((line, "level/module", e.level, e.module))
        elif e.fields.get("template") != row["message_format"] and not (
                e.fields.get("template") and _same_text(row["message_format"], e.fields["template"], msg)):
            failures.append((line, "template", e.fields.get("template"), row["message_format"]))
    assert not failures, f"{len(failures)} of {len(cases)} rendered lines wrong, first: {failures[:5]}"


def test_our_regexes_agree_with_the_reference_regexes() -> None:
    """Our printf->regex derivation accepts every message the reference's own regex describes, on
    rendered samples (a second, independent derivation of the same format strings)."""
    rng = random.Random(7)
    checked = 0
    for row in _rows("nrf5-log-strings.tsv"):
        if row["macro"].startswith("NRF_LOG_HEXDUMP") or len(split_format(row["format_string"])) > 1:
            continue
        piece = split_format(row["format_string"])[0]
        msg = render(piece, sample_values(piece, rng), nrf_fprintf=row["sdk_version"] != "12.3.0")
        if re.match(row["match_regex"], msg):
            src, _, _ = printf_regex(piece)
            assert re.fullmatch(src, msg, re.DOTALL), (row["format_string"], msg)
            checked += 1
    assert checked > 2000
