"""Text and JSON renderings of symbolized addresses; the text is what ``addr2line -a -f -i`` prints."""

from __future__ import annotations

from .index import Frame

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def parse_address(text: str) -> int:
    """An address as addr2line takes it: hexadecimal, with or without 0x."""
    t = text.strip()
    if t.lower().startswith("0x"):
        t = t[2:]
    if not t or len(t) > 16:
        raise ValueError(f"not an address: {text!r}")
    return int(t, 16)


def text_lines(addr: int, frames: list[Frame], width: int = 8) -> list[str]:
    out = [f"0x{addr:0{width}x}"]
    for f in frames:
        out.append(f.function)
        out.append(f.location())
    return out


def json_record(addr: int, frames: list[Frame]) -> dict[str, Any]:
    return {"address": f"0x{addr:08x}", "frames": [f.to_json() for f in frames]}
