"""Line clean-up shared by every text-log parser: what terminals, RTT Viewer and forums do to logs.

Logs arrive with ANSI colour codes (or their remnants after a forum ate the ESC byte), the RTT
Viewer's ``00> `` channel prefix, BOMs and NULs.  Parsers see the cleaned text; events keep the raw.
"""

from __future__ import annotations

import re

# ESC-based sequences (CSI ... final byte), and the remnants left when ESC was stripped: "[0m", "[1;31m".
# A remnant needs its digits: a bare "[m" is ordinary text far more often ("[min_addr, max_addr]").
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-Z\\-_]|\[\d{1,2}(?:;\d{1,2})*m")
_RTT_PREFIX = re.compile(r"^\d{1,2}> ?")  # "00> ", and "0> " of older RTT Viewers
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_line(text: str) -> tuple[str, bool]:
    """Return the line without terminal decoration, and whether it carried an RTT channel prefix."""
    if "\x1b" in text or "[" in text:
        text = _ANSI.sub("", text)
    rtt = False
    m = _RTT_PREFIX.match(text)
    if m:
        text = text[m.end():]
        rtt = True
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    return text.rstrip("\r").strip(), rtt


def looks_like_text(head: bytes) -> bool:
    """True when a file's first bytes are text (UTF-8 or Latin-1 logs), not a binary image."""
    if not head:
        return False
    sample = head[:4096]
    if b"\x00" in sample[:1024] and sample.count(b"\x00") > len(sample) // 64:
        return False
    bad = sum(1 for b in sample if b < 9 or 13 < b < 27 or 27 < b < 32)
    return bad <= len(sample) // 100
