"""Adversarial device logs for differential tests of the hot path (test and benchmark helper).

Every ground-truth line (all 2,418 nRF5 and 369 MCUboot reference rows in every decoration; for nRF5 also
the 1,615 SDK 11-14.1 rows as their SDKs print them, glued SDK 12/13 records and hexdumps that hold init
packets) plus the line-level damage seen in posted logs: ``\\r\\r\\n`` / ``\\r\\n`` / ``\\n`` / lone ``\\r`` endings, blank
lines, tabs and odd whitespace around messages, glued records, elisions, invalid UTF-8, NUL bytes,
hexdump rows, multi-line formats, a monster line, and a last line without a newline.  Written as bytes
so that the reader, not this generator, decides what a line is.
"""

from __future__ import annotations

import random
from pathlib import Path

from dfuforensics.sources import MAX_LINE_CHARS

ENDINGS = (b"\r\r\n", b"\r\n", b"\n", b"\r\r\n", b"\n")
DAMAGE = (
    b"", b"   ", b"\t", b"...", b"[...]", b"\x00\x00\x00", b"\xff\xfe garbage \xc3(",
    b"<info> app: tab\tinside and trailing tab\t", b"<info> app:\x0bvertical tab\x0c",
    b"<info> app: \xc2\xa0nbsp around\xc2\xa0", b"<info> app: unicode space\xe2\x80\x83",
    b"<info> app:", b"<info> app: ", b"<info> app:  two spaces (hexdump-like)",
    b"<info> app: a\rb lone CR inside", b"00> ", b"00>", b"00> 00> <info> app: double prefix",
    b"[00:00:00.000,050] <info> app: tiny stamp", b"[00:00:00.000,000] <info> app: zero stamp",
    b"[99:59:59.999,999] <info> app: big stamp", b"[0000000000000123] <info> app: ticks",
    b"<info> app: one<info> app: glued", b"<debug> app: colour end\x1b[0m", b"<debug> app: remnant[0m",
    b"<debug> app: [0m inside", b"<warning> nrf_dfu_flash: Flash erase failed (0x3): addr=0x1000",
    b"<info> 1app: bad module", b"<inf> mcuboot: zephyr level in nrf log", b"I: minimal line",
    b"*** Booting Zephyr OS build v3.2.99-ncs2 ***", b"<info> app: emoji \xf0\x9f\x98\x80 and \\\" quote",
    b"<info> app: control \x01\x02\x7f chars", b"<error> app: Received a fault! id: 0x00004002, "
    b"pc: 0x00000000, info: 0x2000FFB8", b"PC at: 0x00031A2B", b"<info> app: \xed\xa0\x80 surrogate",
)


def torture_bytes(parser: str, seed: int = 3) -> bytes:
    """A log for ``parser`` (``nrf`` or ``zephyr``): ground-truth lines shuffled with damage."""
    from .test_ground_truth import (
        COLOUR,
        ZEPHYR_LEVEL,
        _nrf_cases,
        _rows,
        render,
        sample_values,
        split_format,
    )

    rng = random.Random(seed)
    if parser == "nrf":
        lines = [c[0] for b in range(6) for c in _nrf_cases(b)]
    else:
        lines = []
        for row in _rows("mcuboot-log-strings.tsv"):
            full, minimal, _level = ZEPHYR_LEVEL[row["level"]]
            module = row["log_module"].split(" ")[0]
            piece = split_format(row["message_format"])[0]
            msg = render(piece, sample_values(piece, rng), nrf_fprintf=False)
            lines += [f"[00:00:00.004,638] <{full}> {module}: {msg}", f"00> <{full}> {module}: {msg}",
                      f"{COLOUR['error']}<{full}> {module}: {msg}\x1b[0m", f"{minimal}: {msg}"]
    out = bytearray()
    for i, line in enumerate(lines):
        raw = line.encode("utf-8")
        r = rng.random()
        if r < 0.05:
            raw = b" " + raw if rng.random() < 0.5 else raw + b"  "
        elif r < 0.08:
            raw = raw.replace(b": ", b":\t", 1)
        out += raw + ENDINGS[i % len(ENDINGS)]
        if rng.random() < 0.08:
            out += rng.choice(DAMAGE) + rng.choice(ENDINGS)
    if parser == "nrf":  # the older SDKs' forms: their calls, glued records, hexdumps holding init packets
        from .test_init_dumps import _dump_log
        from .test_old_sdks import old_cases

        old = random.Random(seed + 100)
        extra = [c[0] for c in old_cases(seed=seed)]
        legacy = [x for x in extra if x.startswith(":")]
        extra += [old.choice(legacy) + old.choice(["", " 0> ", "00> "]) + old.choice(legacy) for _ in range(300)]
        extra += _dump_log(old, 400).split("\n")
        for i, line in enumerate(extra):
            out += line.encode("utf-8") + ENDINGS[i % len(ENDINGS)]
    head = b"<info> app: "
    for body in (b"x" * 40_000, "é".encode() * 9_000, "é".encode() * 40_000, b"y" * 300_000,
                 b"z" * (MAX_LINE_CHARS - len(head)) + b"\r\r", b"z" * (MAX_LINE_CHARS - len(head)) + b"\rX",
                 b"w" * (MAX_LINE_CHARS + 1 - len(head)), b"v" * (MAX_LINE_CHARS - len(head))):
        out += head + body + ENDINGS[len(body) % 3]  # around MAX_LINE_CHARS, in characters and in bytes
    out += b"\xe2\x82" * 50_000 + b"\n"  # invalid UTF-8 beyond the reader's block of bytes
    out += b"<info> app: last line without a newline"
    return bytes(out)


def write_torture(path: Path, parser: str, seed: int = 3) -> Path:
    path.write_bytes(torture_bytes(parser, seed))
    return path
