"""One normaliser for every way a DFU control-point response or request is written down.

The same bootloader answer reaches us as ``60 04 0B 07`` (sniffer), ``60-04-0A`` (Android, nRF Connect
for Desktop), ``60040a`` (iOS), ``[96, 4, 11, 12]`` (Python lists), ``[0x4, 0xB]`` (the serial transport's
own "Sending Response" log, which omits the 0x60), ``Result code 5 (INVALID_OBJECT)`` (pc-nrfdfu),
``Extended Error 0x07: ...`` / ``Response Code InvalidObject`` (nrfutil), ``Remote DFU error: OPERATION
FAILED`` / ``error 522`` (Android DFU Library) or ``Error 10: Operation failed`` (iOS DFU Library).
Rules must see one vocabulary (``nrf5/dfu_codes.py`` names), so every parser funnels through here.

Wire format (../shared/reference/nrf5-sdk.md §3.3): ``[0x60, request_op, result, payload...]``; on
``EXT_ERROR`` (0x0B) the payload is one byte, the extended error.  Legacy DFU (SDK <= 11) answers
``[0x10, op, status]``; the buttonless service ``[0x20, op, result]`` (§3.4).

Result: ``{"op", "result", "protocol", "ext_error"?, ...payload}``.  ``op`` is ``NOT_PRESENT`` when the
rendering does not say which request was answered; ``ext_error`` is only there when ``result`` is
``EXT_ERROR`` (``NOT_PRESENT`` if the rendering lost the byte).  Nothing here imports anything heavy.
"""

from __future__ import annotations

import re
import struct
from typing import Any

from ..model import NOT_PRESENT
from ..nrf5 import host_codes as hc
from ..nrf5.dfu_codes import EXT_ERRORS, OBJECT_TYPES, OPCODES, RESULTS, name_of

RESPONSE = 0x60
EXT_ERROR = 0x0B

# ---------------------------------------------------------------------------------------------------
# Byte renderings
# ---------------------------------------------------------------------------------------------------

_HEX2 = r"[0-9A-Fa-f]{2}"
#: ``60-04-0A``, ``60 04 0B 07``, ``60:04:0a`` (two hex digits per byte, one separator kind).
_PAIRS = re.compile(rf"(?<![0-9A-Za-z]){_HEX2}(?:(?P<sep>[-: ]){_HEX2})(?:(?P=sep){_HEX2})*(?![0-9A-Za-z])")
#: ``60040a``, ``0x60040A`` (a run of hex digits, even length).
_RUN = re.compile(r"(?<![0-9A-Za-z])(?:0[xX])?(?P<hex>(?:[0-9A-Fa-f]{2})+)(?![0-9A-Za-z])")
#: ``[96, 4, 11, 12]``, ``[0x4, 0xB]``, ``(0x60, 0x04)``; elements all decimal or all 0x-hex.
_LIST = re.compile(r"[\[(]\s*(?P<body>(?:0[xX][0-9A-Fa-f]{1,2}|\d{1,3})(?:\s*,\s*(?:0[xX][0-9A-Fa-f]{1,2}|\d{1,3}))*)"
                   r"\s*,?\s*[\])]")
#: ``0x60 0x04 0x05``, ``0x60,0x04``.
_OX_SEQ = re.compile(r"(?<![0-9A-Za-z])0[xX][0-9A-Fa-f]{1,2}(?:\s*[ ,]\s*0[xX][0-9A-Fa-f]{1,2})+(?![0-9A-Za-z])")

#: Where a byte rendering follows a label inside a longer line.
_LABELLED = re.compile(
    r"(?:value\s*\(0x\)\s*:|value\s*[:=]|response\s*:|notification\s*:|rsp\s*[:=]|received\s*:|data\s*:)\s*",
    re.IGNORECASE)


def parse_bytes(text: str) -> tuple[bytes, str] | None:
    """The bytes of a whole-string rendering and its style (``pairs``/``run``/``list``/``ox``), else None.

    Why a style: a bracketed list is how the serial transport logs a response without its 0x60.
    """
    s = text.strip().rstrip(".;")
    if not s:
        return None
    m = _LIST.fullmatch(s)
    if m:
        vals = _list_values(m.group("body"))
        return (bytes(vals), "list") if vals is not None else None
    m = _OX_SEQ.fullmatch(s)
    if m:
        vals = [int(t, 16) for t in re.findall(r"0[xX]([0-9A-Fa-f]{1,2})", s)]
        return bytes(vals), "ox"
    m = _PAIRS.fullmatch(s)
    if m:
        return bytes(int(t, 16) for t in re.findall(_HEX2, s)), "pairs"
    m = _RUN.fullmatch(s)
    if m:
        return bytes.fromhex(m.group("hex")), "run"
    return None


def _list_values(body: str) -> list[int] | None:
    items = [t.strip() for t in body.split(",") if t.strip()]
    hexes = [t.lower().startswith("0x") for t in items]
    if any(hexes) and not all(hexes):
        return None
    vals = [int(t, 16) if h else int(t) for t, h in zip(items, hexes, strict=True)]
    return vals if all(0 <= v <= 0xFF for v in vals) else None


def _find_bytes(text: str) -> tuple[bytes, str] | None:
    """A byte rendering that is the whole text, or that follows a label ("value (0x):", "Response:")."""
    whole = parse_bytes(text)
    if whole:
        return whole
    for m in _LABELLED.finditer(text):
        rest = text[m.end():]
        for rx in (_LIST, _OX_SEQ, _PAIRS, _RUN):
            mm = rx.match(rest)
            if mm:
                got = parse_bytes(mm.group(0))
                if got:
                    return got
    return None


# ---------------------------------------------------------------------------------------------------
# Decoding bytes
# ---------------------------------------------------------------------------------------------------

def decode_response_bytes(data: bytes, *, unprefixed: bool = False) -> dict[str, Any] | None:
    """Decode response bytes.  ``unprefixed``: ``[op, result, ext?]`` without the 0x60 (serial log)."""
    if len(data) >= 3 and data[0] == RESPONSE:
        return _secure(data[1], data[2], data[3:])
    if len(data) >= 3 and data[0] == hc.LEGACY_RESPONSE and data[1] in hc.LEGACY_OPCODES:
        return {"op": hc.LEGACY_OPCODES[data[1]], "result": hc.legacy_status_name(data[2]), "protocol": "legacy"}
    if len(data) >= 3 and data[0] == hc.BUTTONLESS_RESPONSE and data[1] in (1, 2):
        return {"op": hc.BUTTONLESS_OPCODES[data[1]], "result": hc.buttonless_result_name(data[2]),
                "protocol": "buttonless"}
    if unprefixed and 2 <= len(data) <= 3 and data[0] in OPCODES and data[0] not in (RESPONSE, 0xFF) \
            and data[1] in RESULTS:
        return _secure(data[0], data[1], data[2:])
    return None


def _secure(op: int, result: int, payload: bytes) -> dict[str, Any]:
    out: dict[str, Any] = {"op": name_of(OPCODES, op), "result": name_of(RESULTS, result), "protocol": "secure"}
    if result == EXT_ERROR:
        out["ext_error"] = name_of(EXT_ERRORS, payload[0]) if payload else NOT_PRESENT
    elif result == 0x01:
        out.update(_success_payload(op, payload))
    return out


def _success_payload(op: int, p: bytes) -> dict[str, Any]:
    """Values a successful response carries (nrf_dfu_response_t): sizes, offsets, CRCs."""
    try:
        if op == 0x06 and len(p) >= 12:
            max_size, offset, crc = struct.unpack_from("<III", p)
            return {"max_size": max_size, "offset": offset, "crc": crc}
        if op == 0x03 and len(p) >= 8:
            offset, crc = struct.unpack_from("<II", p)
            return {"offset": offset, "crc": crc}
        if op == 0x07 and len(p) >= 2:
            return {"mtu": struct.unpack_from("<H", p)[0]}
        if op == 0x00 and len(p) >= 1:
            return {"protocol_version": p[0]}
        if op == 0x09 and len(p) >= 1:
            return {"ping_id": p[0]}
    except struct.error:  # pragma: no cover - lengths are checked above
        pass
    return {}


def decode_request_bytes(data: bytes, *, protocol: str = "secure") -> dict[str, Any] | None:
    """Decode a control-point write.  Secure: ``[op, params...]`` (nrf5-sdk.md §3.1)."""
    if not data:
        return None
    op = data[0]
    if protocol == "legacy":
        if op not in hc.LEGACY_OPCODES or op in (hc.LEGACY_RESPONSE, 0x11):
            return None
        out: dict[str, Any] = {"op": hc.LEGACY_OPCODES[op], "protocol": "legacy"}
        if op == 0x01 and len(data) >= 2:
            out["image_type"] = hc.LEGACY_IMAGE_TYPES.get(data[1], f"UNKNOWN_0x{data[1]:02X}")
        elif op == 0x08 and len(data) >= 3:
            out["prn"] = struct.unpack_from("<H", data, 1)[0]
        elif op == 0x02 and len(data) >= 2:
            out["phase"] = {0: "RECEIVE_INIT_PACKET", 1: "INIT_PACKET_COMPLETE"}.get(data[1], data[1])
        return out
    if protocol == "buttonless":
        if op not in (1, 2):
            return None
        return {"op": hc.BUTTONLESS_OPCODES[op], "protocol": "buttonless"}
    if op not in OPCODES or op in (RESPONSE, 0xFF):
        return None
    out = {"op": OPCODES[op], "protocol": "secure"}
    if op in (0x01, 0x06) and len(data) >= 2:
        out["object_type"] = name_of(OBJECT_TYPES, data[1])
        if op == 0x01 and len(data) >= 6:
            out["size"] = struct.unpack_from("<I", data, 2)[0]
    elif op == 0x02 and len(data) >= 3:
        out["prn"] = struct.unpack_from("<H", data, 1)[0]
    elif op == 0x08:
        out["size"] = len(data) - 1
    elif op == 0x09 and len(data) >= 2:
        out["ping_id"] = data[1]
    elif op in (0x0B,) and len(data) >= 2:
        out["image_number"] = data[1]
    return out


def parse_request(text: str, *, protocol: str = "secure") -> dict[str, Any] | None:
    """A control-point write in any byte rendering (``01-01-91-00-00-00``, ``0x04``) → op and params."""
    found = _find_bytes(text)
    if not found and re.fullmatch(r"\s*(?:0[xX])?[0-9A-Fa-f]{1,2}\s*", text):
        found = (bytes([int(text.strip()[-2:].lstrip("xX"), 16)]), "run")
    if not found:
        return None
    return decode_request_bytes(found[0], protocol=protocol)


# ---------------------------------------------------------------------------------------------------
# Names as tools spell them
# ---------------------------------------------------------------------------------------------------

def _canon(s: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", s.upper())


#: Spellings of result codes: SDK names, nrfutil's CamelCase ``RES_CODE`` keys, the Android/iOS texts.
_RESULT_ALIASES: dict[str, int] = {_canon(v): k for k, v in RESULTS.items() if v not in ("INVALID", "SUCCESS")}
_RESULT_ALIASES.update({
    "INVALIDCODE": 0x00, "INVALIDOPCODE": 0x00, "NOTSUPPORTED": 0x02, "OPCODENOTSUPPORTED": 0x02,
    "INVALIDPARAM": 0x03, "EXTENDEDERROR": 0x0B, "INVALIDSIGNATURE": 0x06, "SIGNATUREMISMATCH": 0x06,
    "OPERATIONNOTPERMITTED": 0x08, "OPERATIONFAILED": 0x0A,
})
#: Extended errors: SDK names plus the libraries' sentence-case texts ("SD version failure").
_EXT_ALIASES: dict[str, int] = {_canon(v): k for k, v in EXT_ERRORS.items() if v != "NO_ERROR"}
_EXT_ALIASES.update({_canon("NRF_DFU_EXT_ERROR_" + v): k for k, v in EXT_ERRORS.items()})


def result_code_of(name: str) -> int | None:
    """The result code a spelling names (``InvalidObject``, ``INVALID OBJECT``, ``NRF_DFU_RES_CODE_...``)."""
    c = _canon(name)
    if c.startswith("NRFDFURESCODE"):
        c = c[len("NRFDFURESCODE"):]
        if c in ("INVALID", "SUCCESS"):
            return 0 if c == "INVALID" else 1
    return _RESULT_ALIASES.get(c)


def ext_error_code_of(name: str) -> int | None:
    return _EXT_ALIASES.get(_canon(name))


def _num(s: str) -> int:
    s = s.strip()
    return int(s, 16) if s.lower().startswith("0x") else int(s)


# ---------------------------------------------------------------------------------------------------
# Text renderings
# ---------------------------------------------------------------------------------------------------

_NUM = r"(0[xX][0-9A-Fa-f]+|\d+)"
_OP_NUM = re.compile(rf"\bop(?:eration)?[ _-]?code\s*(?:=|:)?\s*{_NUM}", re.IGNORECASE)
_OP_REQ = re.compile(rf"\bDFU request\s+{_NUM}\s+failed", re.IGNORECASE)
_RESULT_NUM = re.compile(
    rf"(?:\bresult(?:[ _-]?code)?|\bstatus|\bfailed with error)\s*(?:=|:|is)?\s*{_NUM}(?:\s*\((?P<name>[A-Za-z_ ]+)\))?",
    re.IGNORECASE)
_EXT_NUM = re.compile(rf"\bext(?:ended)?[ _-]?error(?:[ _-]?code)?\s*(?:=|:)?\s*{_NUM}", re.IGNORECASE)
_NRFUTIL_RESPONSE_CODE = re.compile(r"\bResponse Code\s+(?P<name>[A-Za-z]+)")
_ANDROID_REMOTE = re.compile(r"\bRemote DFU error:\s*(?P<name>[A-Za-z][A-Za-z ]*?)\s*(?:\(|$|[.,;])")
_ANDROID_DETAILS = re.compile(r"\bDetails:\s*(?P<name>[A-Za-z][A-Za-z ]*?)\s*\(Code\s*=\s*(?P<code>\d+)\)")
_ERROR_N_MSG = re.compile(r"\bError\s+(?P<num>\d+)\s*:\s*(?P<msg>[^\n]*)", re.IGNORECASE)
_ERROR_N = re.compile(r"\b(?:DFU\s+)?error(?:\s+code)?\s*[:=]?\s*(?P<num>\d{3,5})\b", re.IGNORECASE)


def parse_response(text: str, *, protocol: str | None = None, dialect: str | None = None) -> dict[str, Any] | None:
    """Normalise any rendering of a DFU response to ``{"op", "result", "ext_error"?, ...}``, else None.

    ``protocol`` (``secure``/``legacy``) says how to read bare numbers ("Op Code = 3, Status = 1");
    ``dialect`` (``android``/``ios``) how to read a library's error number.  Without them the secure
    protocol and the Android numbering are assumed only where the number cannot mean anything else.
    """
    if not text or not text.strip():
        return None
    s = text.strip()
    found = _find_bytes(s)
    if found:
        data, style = found
        r = decode_response_bytes(data, unprefixed=(style == "list"))
        if r is not None:
            return r
    return _parse_text(s, protocol=protocol, dialect=dialect)


def _with_result(op: str | object, result: int, ext: int | None = None, protocol: str = "secure",
                 ext_lost: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"op": op, "result": name_of(RESULTS, result), "protocol": protocol}
    if result == EXT_ERROR:
        out["ext_error"] = name_of(EXT_ERRORS, ext) if ext is not None else NOT_PRESENT
    return out


def _parse_text(s: str, *, protocol: str | None, dialect: str | None) -> dict[str, Any] | None:
    legacy = protocol == "legacy"
    # nrfutil serial/BLE transports: "Extended Error 0x07: <doc text>"
    m = re.search(r"\bExtended Error\s+0x(?P<code>[0-9A-Fa-f]{1,2})\b", s)
    if m and not _RESULT_NUM.search(s):
        return _with_result(_op_in(s), EXT_ERROR, int(m.group("code"), 16))
    # nrfutil: "Response Code InvalidObject"
    m = _NRFUTIL_RESPONSE_CODE.search(s)
    if m and result_code_of(m.group("name")) is not None:
        return _with_result(_op_in(s), result_code_of(m.group("name")))  # type: ignore[arg-type]
    # Android: "Details: SD version failure (Code = 7)" (extended error detail)
    m = _ANDROID_DETAILS.search(s)
    if m:
        return _with_result(NOT_PRESENT, EXT_ERROR, int(m.group("code")))
    # Android: "Remote DFU error: OPERATION FAILED"
    m = _ANDROID_REMOTE.search(s)
    if m:
        code = result_code_of(m.group("name"))
        if code is not None:
            return _with_result(NOT_PRESENT, code)
    # Numbered fields: pc-nrfdfu "Operation code 4 (EXECUTE) failed ... Result code 5 (INVALID_OBJECT)",
    # Android legacy "Response received (Op Code = 3, Status = 1)", SDK "failed with error: 0x5".
    rm = _RESULT_NUM.search(s)
    om = _OP_NUM.search(s) or _OP_REQ.search(s)
    if rm and (om or re.search(r"\bresult", rm.group(0), re.IGNORECASE) or "failed with error" in rm.group(0)):
        result = _num(rm.group(1))
        em = _EXT_NUM.search(s)
        if legacy:
            op = hc.LEGACY_OPCODES.get(_num(om.group(1)), NOT_PRESENT) if om else NOT_PRESENT
            return {"op": op, "result": hc.legacy_status_name(result), "protocol": "legacy"}
        if result <= 0xFF:
            op = name_of(OPCODES, _num(om.group(1))) if om else NOT_PRESENT
            if result == EXT_ERROR and em is None:
                em2 = re.search(r"\bExtended Error\s+0x([0-9A-Fa-f]{1,2})", s)
                return _with_result(op, result, int(em2.group(1), 16) if em2 else None)
            return _with_result(op, result, _num(em.group(1)) if em else None)
    # Library error with its text: iOS "Error 10: Operation failed", app "Error 20: Operation failed"
    m = _ERROR_N_MSG.search(s)
    if m:
        r = _from_message(m.group("msg"))
        if r is not None:
            return r
        r = _from_library_number(int(m.group("num")), dialect)
        if r is not None:
            return r
    # Android numbered errors: "error 522", "DFU error 8714"
    m = _ERROR_N.search(s)
    if m and dialect != "ios":
        r = _from_library_number(int(m.group("num")), "android")
        if r is not None:
            return r
    # A bare name: "INVALID OBJECT", "InvalidObject", "SD_VERSION_FAILURE", "Operation failed"
    return _from_message(s, whole=True)


def _op_in(s: str) -> str | object:
    """An op named in the text ("'EXECUTE' command", "Operation code 4"), else NOT_PRESENT."""
    m = _OP_NUM.search(s)
    if m and _num(m.group(1)) in OPCODES:
        return OPCODES[_num(m.group(1))]
    m = re.search(r"'(?P<name>[A-Z_]+)' command", s)
    if m and m.group("name") in OPCODES.values():
        return m.group("name")
    return NOT_PRESENT


def _from_message(msg: str, whole: bool = False) -> dict[str, Any] | None:
    text = msg.strip().rstrip(".!")
    if whole and (len(text) > 60 or not re.fullmatch(r"[A-Za-z_ ]+", text)):
        return None
    c = _canon(text)
    if not c:
        return None
    if c in _RESULT_ALIASES:
        return _with_result(NOT_PRESENT, _RESULT_ALIASES[c])
    if c in _EXT_ALIASES:
        return _with_result(NOT_PRESENT, EXT_ERROR, _EXT_ALIASES[c])
    return None


def _from_library_number(n: int, dialect: str | None) -> dict[str, Any] | None:
    decoded = hc.decode_ios_error(n) if dialect == "ios" else (
        hc.decode_android_error(n) if (dialect == "android" or n >= 0x100) else None)
    if not decoded or decoded.get("domain") != "remote":
        return None
    out: dict[str, Any] = {"op": NOT_PRESENT, "result": decoded["result"], "protocol": decoded["protocol"]}
    if "ext_error" in decoded:
        out["ext_error"] = decoded["ext_error"]
    return out


def render_response(op: int, result: int, ext: int | None = None, style: str = "pairs") -> str:
    """Write a response the way a tool would; the inverse of ``parse_response`` (used by tests)."""
    data = [RESPONSE, op, result] + ([ext] if ext is not None else [])
    if style == "pairs":
        return "-".join(f"{b:02X}" for b in data)
    if style == "spaces":
        return " ".join(f"{b:02X}" for b in data)
    if style == "run":
        return "".join(f"{b:02x}" for b in data)
    if style == "decimal_list":
        return "[" + ", ".join(str(b) for b in data) + "]"
    if style == "ox":
        return " ".join(f"0x{b:02X}" for b in data)
    if style == "serial":
        return "[" + ", ".join(f"0x{b:X}" for b in data[1:]) + "]"
    raise ValueError(f"unknown style {style!r}")
