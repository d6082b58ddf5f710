"""How typed values become text or JSON, in one place for every renderer."""

from __future__ import annotations

from typing import Any

from ..model import Absent


def json_value(v: Any) -> Any:
    """Absent values become JSON null (the contract's "int or null"); bytes become hex strings."""
    if isinstance(v, Absent) or v is None:
        return None
    if isinstance(v, (bytes, bytearray)):
        return v.hex()
    if isinstance(v, dict):
        return {k: json_value(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [json_value(x) for x in v]
    if isinstance(v, float):
        return round(v, 6)
    return v


def format_value(v: Any, type_: str = "text") -> str:
    """Human text for a typed value; absent values say why they are absent."""
    if isinstance(v, Absent):
        return str(v)
    if v is None:
        return "not present"
    if type_ == "address" and isinstance(v, int):
        return f"0x{v:08X}"
    if type_ == "hex" and isinstance(v, int):
        return f"0x{v:X}"
    if type_ == "size" and isinstance(v, int):
        return f"{v} (0x{v:X})"
    if type_ == "bool":
        return "yes" if v else "no"
    if type_ == "bytes" and isinstance(v, (bytes, bytearray)):
        return v.hex() if v else "(empty)"
    if isinstance(v, (bytes, bytearray)):
        return v.hex()
    if isinstance(v, float):
        return f"{v:g}"
    if isinstance(v, (list, tuple)):
        return ", ".join(format_value(x, type_) for x in v) if v else "(none)"
    return str(v)
