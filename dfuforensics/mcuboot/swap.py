"""What MCUboot's next boot will do, from the two slots' trailers (``boot_swap_tables[]``).

The table is evaluated in order and the first matching row wins (reference §B3, bootutil_public.c):
a secondary with good magic asks for TEST (its image_ok unset) or PERM (set); otherwise a primary
with good magic, copy_done set and image_ok unset means the image in it was a test that nobody
confirmed, so it is REVERTed; anything else is NONE.  Rows II/III read only the secondary and row IV
only the primary, so one known trailer sometimes decides alone; when it cannot, the answer is unknown.
"""

from __future__ import annotations

from typing import Any

from ..model import NOT_PRESENT, Absent


def normalize_flag(value: Any) -> str | Absent:
    """``set``/``unset``/``bad`` from a trailer decode or from a log's ``0x1``/``0x3``/``0x2`` enums."""
    if isinstance(value, Absent) or value is None:
        return NOT_PRESENT
    text = str(value).strip().lower()
    return {"set": "set", "0x1": "set", "1": "set", "unset": "unset", "0x3": "unset", "3": "unset",
            "bad": "bad", "0x2": "bad", "2": "bad"}.get(text, NOT_PRESENT)


def normalize_magic(value: Any) -> str | Absent:
    if isinstance(value, Absent) or value is None:
        return NOT_PRESENT
    text = str(value).strip().lower()
    return {"good": "good", "1": "good", "bad": "bad", "2": "bad", "unset": "unset", "3": "unset"}.get(
        text, NOT_PRESENT)


def decide(primary: dict[str, Any] | None, secondary: dict[str, Any] | None) -> str | Absent:
    """``test``/``perm``/``revert``/``none`` from ``{magic, image_ok, copy_done}`` of each slot, or unknown."""
    s_magic = normalize_magic((secondary or {}).get("magic"))
    s_ok = normalize_flag((secondary or {}).get("image_ok"))
    if s_magic == "good" and s_ok == "unset":
        return "test"
    if s_magic == "good" and s_ok == "set":
        return "perm"
    secondary_known = not isinstance(s_magic, Absent) and not isinstance(s_ok, Absent)
    p_magic = normalize_magic((primary or {}).get("magic"))
    p_ok = normalize_flag((primary or {}).get("image_ok"))
    p_done = normalize_flag((primary or {}).get("copy_done"))
    primary_known = not any(isinstance(v, Absent) for v in (p_magic, p_ok, p_done))
    if s_magic != "good" and not isinstance(s_magic, Absent) and primary_known:
        if p_magic == "good" and p_ok == "unset" and p_done == "set":
            return "revert"
        return "none"
    if secondary_known and primary_known:
        return "none"  # secondary magic good with a bad image_ok matches no row
    return NOT_PRESENT
