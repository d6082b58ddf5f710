"""Render firmware log format strings the way the firmware's printf would (test and benchmark helper).

nRF5 SDK 14-17 render with nrf_fprintf (nrf5-sdk.md §6.3: ``%x`` upper case, ``%p`` = ``0x`` + 8 upper
hex digits); SDK 12.3 and Zephyr/MCUboot render with a libc-like printf (hex as written, ``%p`` = ``0x``
+ lower hex).  Values come from a seeded RNG so every run renders the same lines.
"""

from __future__ import annotations

import random
import re

_CONV = re.compile(r"%([-+ 0#]*)(\d+|\*)?(?:\.(\d+|\*))?(hh|h|ll|l|z|j|t)?([diouxXcsp%])")
WORDS = ("nrf_dfu_req_handler.c", "NRF_ERROR_INVALID_STATE", "main.c", "new", "erase", "primary", "good",
         "write", "unset", "test")


def sample_values(fmt: str, rng: random.Random) -> list:
    """One plausible argument per conversion of ``fmt``."""
    values = []
    for m in _CONV.finditer(fmt):
        conv = m.group(5)
        if m.group(2) == "*":
            values.append(4)
        if conv in "di":
            values.append(rng.choice((0, 1, 3, 42, 4096, -5, 65535)))
        elif conv in "uo":
            values.append(rng.choice((0, 1, 7, 200, 4096, 123456)))
        elif conv in "xXp":
            values.append(rng.choice((0, 0xB, 0x1F, 0x7E000, 0x2000C160, 0xDEADBEEF, rng.randrange(1 << 32))))
        elif conv == "c":
            values.append("A")
        elif conv == "s":
            values.append(rng.choice(WORDS))
    return values


def render(piece: str, values: list, *, nrf_fprintf: bool) -> str:
    """``piece`` (one physical line of a format, C escapes already resolved) with ``values`` filled in."""
    it = iter(values)

    def one(m: re.Match[str]) -> str:
        flags, width, prec, _len, conv = m.groups()
        if conv == "%":
            return "%"
        if width == "*":
            width = str(next(it))
        spec = "%" + flags + (width or "") + (("." + prec) if prec else "")
        v = next(it)
        if conv == "p":
            return ("0x%08X" if nrf_fprintf else "0x%x") % v
        if conv == "x" and nrf_fprintf:
            conv = "X"
        if conv == "u" and v < 0:
            v &= 0xFFFFFFFF
        if conv in "xXo" and v < 0:
            v &= 0xFFFFFFFF
        return (spec + ("d" if conv in "iu" else conv)) % v

    return _CONV.sub(one, piece)


def hexdump_line(data: bytes) -> str:
    """One nrf_log hexdump row (§6.2): up to 8 bytes as `` %02X``, padding, ``|``, printable chars."""
    cells = "".join(f" {b:02X}" for b in data) + "   " * (8 - len(data))
    text = "".join(chr(b) if 0x20 <= b <= 0x7E else "." for b in data)
    return f"{cells}|{text}"


def legacy_hexdump_lines(data: bytes, indent: int = 0) -> list[str]:
    """An SDK 12/13 ``NRF_LOG_HEXDUMP`` body as the serial/RTT backend prints it (``nrf_log_backend_serial.c``):
    16 bytes a row, ``"XX "`` per byte (three spaces for a missing one), a separator space, the bytes as text
    (``isprint`` else ``.``, spaces for missing ones); ``indent`` spaces first when timestamps are on."""
    out = []
    for at in range(0, len(data), 16):
        chunk = data[at:at + 16]
        cells = "".join(f"{b:02X} " for b in chunk) + "   " * (16 - len(chunk))
        text = "".join(chr(b) if 0x20 <= b <= 0x7E else "." for b in chunk) + " " * (16 - len(chunk))
        out.append(" " * indent + cells + " " + text)
    return out
