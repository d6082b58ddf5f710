"""One normaliser for every way a DFU control-point response or request is written down.

The same bootloader answer reaches us as ``60 04 0B 07`` (sniffer), ``60-04-0A`` (Android, nRF Connect
for Desktop), ``60040a`` (iOS), ``[96, 4, 11, 12]`` (Python lists), ``[0x4, 0xB]`` (the serial transport's
own "Sending Response" log, which omits the 0x60), ``Result code 5 (INVALID_OBJECT)`` (pc-nrfdfu),
``Extended Error 0x07: ...`` / ``Response Code InvalidObject`` (nrfutil), ``Remote DFU error: OPERATION
FAILED`` / ``error 522`` (Android DFU Library) or ``Error 10: Operation failed`` (iOS DFU Library), bytes
on a wire with a direction (``SLIP: <-- [96, 4, 11, 7]``, `` recv <-- <Buffer 60 04 01>``, ``[HOSTMCU] RX
<-- [ 96, 1, 4, ]``), the SDK's own enum names (``NRF_DFU_RES_CODE_INSUFFICIENT_RESOURCES``) or its
documentation sentences, which pc-nrfutil, pc-nrf-dfu-js and web-bluetooth-dfu print ("The state of the
DFU process does not allow this operation").  Rules must see one vocabulary (``nrf5/dfu_codes.py``
names), so every parser funnels through here.

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
#: ``[96, 4, 11, 12]``, ``[0x4, 0xB]``, ``(0x60, 0x04)``, ``[ 96, 1, 4, ]``; elements all decimal or all 0x-hex.
_LIST = re.compile(r"[\[(]\s*(?P<body>(?:0[xX][0-9A-Fa-f]{1,2}|\d{1,3})(?:\s*,\s*(?:0[xX][0-9A-Fa-f]{1,2}|\d{1,3}))*)"
                   r"\s*,?\s*[\])]")
#: ``0x60 0x04 0x05``, ``0x60,0x04``.
_OX_SEQ = re.compile(r"(?<![0-9A-Za-z])0[xX][0-9A-Fa-f]{1,2}(?:\s*[ ,]\s*0[xX][0-9A-Fa-f]{1,2})+(?![0-9A-Za-z])")
#: Node.js ``util.inspect`` of a Buffer (pc-nrf-dfu-js, noble): ``<Buffer 60 04 01>``.
_NODE_BUFFER = re.compile(r"<Buffer(?P<body>(?: [0-9a-fA-F]{2})*)(?: \.\.\. \d+ more bytes?)?>")
#: Unpadded hex bytes (``60 1 4``: a C ``printf("%x ")`` trace); read only after a direction or label.
_LOOSE_HEX = re.compile(r"(?<![0-9A-Za-z])[0-9A-Fa-f]{1,2}(?:[ ,]+[0-9A-Fa-f]{1,2})+(?![0-9A-Za-z])")

#: Where a byte rendering follows a label inside a longer line.
_LABELLED = re.compile(
    r"(?:value\s*\(0x\)\s*:|value\s*[:=]|response\s*:|notification\s*:|rsp\s*[:=]|received\s*:|data\s*:)\s*",
    re.IGNORECASE)
#: A direction marker before bytes on a wire, whatever tag precedes it: ``-->``/``<--`` (pc-nrfutil
#: ``SLIP: --> [4]``, pc-nrf-dfu-js `` ctrl --> <Buffer 04>`` / `` recv <-- <Buffer 60 04 01>``),
#: ``>>``/``<<``, ``TX``/``RX`` with or without an arrow (``[HOSTMCU] RX <-- [ 96, 1, 4, ]``, ``TX: 04``).
_DIRECTION = re.compile(r"(?:(?<![\w-])(?P<word>TX|RX|Tx|Rx|tx|rx)\b\s*(?P<arrow1>-->|<--|->|<-|>>|<<)?|"
                        r"(?P<arrow>-->|<--|>>|<<))\s*[:=]?\s*")
_HOST_SENT = frozenset({"TX", "-->", "->", ">>"})
#: A tag before the marker naming the DFU packet characteristic (data, not control-point requests).
_PACKET_TAG = re.compile(r"\b(?:data|packet|pkt)\s*$", re.IGNORECASE)
_SLIP_END = 0xC0


def _strip_quotes(s: str) -> str:
    s = s.strip().rstrip(".;,")
    while len(s) >= 2 and s[0] in "\"'`" and s[0] == s[-1]:
        s = s[1:-1].strip().rstrip(".;,")
    return s


#: First and last characters a whole-string byte rendering can have (a cheap "not bytes" for prose).
_BYTES_FIRST = frozenset("0123456789abcdefABCDEF[(<")
_BYTES_LAST = frozenset("0123456789abcdefABCDEF])>")


def parse_bytes(text: str, *, loose: bool = False) -> tuple[bytes, str] | None:
    """The bytes of a whole-string rendering and its style (``pairs``/``run``/``list``/``ox``/``buffer``/
    ``loose``), else None.  ``loose`` also reads unpadded hex (``60 1 4``), which is only safe where
    something said bytes follow (a label, a direction).

    Why a style: a bracketed list is how the serial transport logs a response without its 0x60.
    """
    s = _strip_quotes(text)
    if not s or s[0] not in _BYTES_FIRST or s[-1] not in _BYTES_LAST:
        return None
    m = _LIST.fullmatch(s)
    if m:
        vals = _list_values(m.group("body"))
        return (bytes(vals), "list") if vals is not None else None
    m = _OX_SEQ.fullmatch(s)
    if m:
        vals = [int(t, 16) for t in _OX_BYTE.findall(s)]
        return bytes(vals), "ox"
    m = _PAIRS.fullmatch(s)
    if m:
        return bytes(int(t, 16) for t in _HEX2_RX.findall(s)), "pairs"
    m = _RUN.fullmatch(s)
    if m:
        return bytes.fromhex(m.group("hex")), "run"
    m = _NODE_BUFFER.fullmatch(s)
    if m and m.group("body"):
        return bytes.fromhex(m.group("body")), "buffer"
    if loose or s.startswith("60 "):
        m = _LOOSE_HEX.fullmatch(s)
        if m:
            return bytes(int(t, 16) for t in _LOOSE_SEP.split(s)), "loose"
    return None


def _list_values(body: str) -> list[int] | None:
    items = [t.strip() for t in body.split(",") if t.strip()]
    hexes = [t.lower().startswith("0x") for t in items]
    if any(hexes) and not all(hexes):
        return None
    vals = [int(t, 16) if h else int(t) for t, h in zip(items, hexes, strict=True)]
    return vals if all(0 <= v <= 0xFF for v in vals) else None


_AFTER_MARK = (_LIST, _NODE_BUFFER, _OX_SEQ, _PAIRS, _RUN, _LOOSE_HEX)


def _bytes_at(rest: str) -> tuple[bytes, str] | None:
    """The longest byte rendering at the start of ``rest`` (after a label or a direction marker): ``60 4 b 7``
    is four unpadded bytes, not the run ``60``."""
    best: tuple[bytes, str] | None = None
    best_len = 0
    for rx in _AFTER_MARK:
        mm = rx.match(rest)
        if mm and len(mm.group(0)) > best_len:
            got = parse_bytes(mm.group(0), loose=True)
            if got:
                best, best_len = got, len(mm.group(0))
    return best


def _find_bytes(text: str) -> tuple[bytes, str] | None:
    """A byte rendering that is the whole text, or that follows a label ("value (0x):", "Response:")."""
    return parse_bytes(text) or _find_labelled(text)


def _find_labelled(text: str) -> tuple[bytes, str] | None:
    """A byte rendering that follows a label inside a longer text."""
    for m in _LABELLED.finditer(text):
        got = _bytes_at(text[m.end():])
        if got:
            return got
    return None


#: Where a response that names itself may start inside prose: ``60 04 08``, ``0x60 0x04``, ``[96, 4, 8]``.
_SELF_START = re.compile(r"(?<![0-9A-Za-z])(?:0[xX])?60(?=[ ,:-])|[\[(]\s*96\s*,")


def _self_identifying(text: str) -> bytes | None:
    """A response rendering anywhere in a line that names itself: 0x60, a request op, a result code
    (``Select command : 06 01 -> return 60 06 01 00 01 ...``, ``i get : 60 04 08 (...)``).  Why only
    these: without a label or direction the three bytes are what says "response"; runs without
    separators are left alone (any hex word could be one)."""
    for m in _SELF_START.finditer(text):
        got = _bytes_at(text[m.start():])
        if got and got[1] != "run" and len(got[0]) >= 3:
            data = got[0]
            if data[0] == RESPONSE and data[1] in OPCODES and data[1] not in (RESPONSE, 0xFF) and data[2] in RESULTS:
                return data
    return None


_DIRECTION_HINT = re.compile(r"--|>>|<<|[TtRr][Xx]")


def has_direction(text: str) -> bool:
    """Cheap test whether ``text`` may carry a direction marker (for gates): one scan, no regex groups."""
    return _DIRECTION_HINT.search(text) is not None


def find_directed(text: str) -> tuple[bytes, str, str | None, str | None] | None:
    """Bytes after a direction marker: ``(data, style, side, channel)``.

    ``side`` is ``host`` for a host-sent marker (``TX``, ``-->``, ``>>``), ``device`` for a device-sent one
    (``RX``, ``<--``, ``<<``), None when markers disagree; ``channel`` is ``packet`` when the tag before the
    marker names the packet characteristic (``data -->``), else None (control point).  Why: a host-MCU or
    library trace tells requests from responses only by the arrow (a request rarely starts with 0x60, a
    serial response is logged without it).
    """
    for m in _DIRECTION.finditer(text):
        got = _bytes_at(text[m.end():])
        if not got:
            continue
        marks = {t.upper() for t in (m.group("word"), m.group("arrow1"), m.group("arrow")) if t}
        host = bool(marks & _HOST_SENT)
        dev = bool(marks - _HOST_SENT)
        side = None if host == dev else ("host" if host else "device")
        channel = "packet" if _PACKET_TAG.search(text[:m.start()]) else None
        return got[0], got[1], side, channel
    return None


# ---------------------------------------------------------------------------------------------------
# Decoding bytes
# ---------------------------------------------------------------------------------------------------

#: Length of a response by request op when it succeeded (nrf_dfu_response_t on the wire).
_SUCCESS_LEN = {0x00: 4, 0x03: 11, 0x06: 15, 0x07: 5, 0x09: 4}
#: Length of a request by op (nrf5-sdk.md §3.1); WRITE carries any payload.
_REQUEST_LEN = {0x00: 1, 0x01: 6, 0x02: 3, 0x03: 1, 0x04: 1, 0x06: 2, 0x07: 1, 0x09: 2, 0x0A: 1, 0x0B: 2, 0x0C: 1}


def _unslip(data: bytes, expected: int | None) -> bytes:
    """Drop SLIP END bytes (0xC0) a serial trace kept around a frame: a leading one always (no message
    starts with it), a trailing one when the frame is one byte longer than its op makes it."""
    while len(data) > 1 and data[0] == _SLIP_END:
        data = data[1:]
    if expected is not None and len(data) == expected + 1 and data[-1] == _SLIP_END:
        data = data[:-1]
    return data


def _response_len(data: bytes) -> int | None:
    if len(data) < 3 or data[0] != RESPONSE:
        return None
    if data[2] == EXT_ERROR:
        return 4
    return _SUCCESS_LEN.get(data[1], 3) if data[2] == 0x01 else 3


def decode_response_bytes(data: bytes, *, unprefixed: bool = False) -> dict[str, Any] | None:
    """Decode response bytes.  ``unprefixed``: ``[op, result, ext?]`` without the 0x60 (serial log)."""
    if data and (data[0] == _SLIP_END or data[-1] == _SLIP_END):
        data = _unslip(data, _response_len(_unslip(data, None)))
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
    if data and (data[0] == _SLIP_END or data[-1] == _SLIP_END):
        data = _unslip(data, None)
        data = _unslip(data, _REQUEST_LEN.get(data[0]) if data and protocol == "secure" else None)
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
    """A control-point write in any byte rendering (``01-01-91-00-00-00``, ``0x04``, ``TX --> [4]``) → op
    and params.  Bytes a trace marks device-sent are no request; bytes marked for the packet
    characteristic (``data --> <Buffer ..>``) are a WRITE of that many bytes."""
    whole = parse_bytes(text)
    if whole:
        return decode_request_bytes(whole[0], protocol=protocol)
    if has_direction(text):
        d = find_directed(text)
        if d is not None:
            data, _style, side, channel = d
            if channel == "packet":
                return {"op": "WRITE", "protocol": protocol, "size": len(data), "channel": "packet"}
            if side == "device" or _unslip(data, None)[:1] == bytes([RESPONSE]):
                return None
            return decode_request_bytes(data, protocol=protocol)
    found = _find_labelled(text)
    if not found and _ONE_BYTE.fullmatch(text):
        found = (bytes([int(text.strip()[-2:].lstrip("xX"), 16)]), "run")
    if not found:
        return None
    return decode_request_bytes(found[0], protocol=protocol)


# ---------------------------------------------------------------------------------------------------
# Names as tools spell them
# ---------------------------------------------------------------------------------------------------

_NOT_ALNUM = re.compile(r"[^A-Z0-9]")


def _canon(s: str) -> str:
    return _NOT_ALNUM.sub("", s.upper())


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

#: Request names as the libraries print them (iOS ``SecureDFUOpCode`` and legacy ``DFUOpCode``
#: descriptions, the SDK's ``NRF_DFU_OP_*`` without its prefix) -> (protocol, op).
_OP_ALIASES: dict[str, tuple[str, str]] = {_canon(v): ("secure", v) for v in OPCODES.values()}
_OP_ALIASES.update({_canon(k): ("secure", v) for k, v in {
    "Get Protocol Version": "PROTOCOL_VERSION", "Create Object": "CREATE", "Object Create": "CREATE",
    "Set PRN Value": "RECEIPT_NOTIF_SET", "Calculate Checksum": "CRC_GET", "Execute Object": "EXECUTE",
    "Object Execute": "EXECUTE", "Select Object": "SELECT", "Object Select": "SELECT",
    "Read Object Info": "SELECT", "Get MTU": "MTU_GET", "Object Write": "WRITE",
    "Get Hw Version": "HARDWARE_VERSION", "Get Fw Version": "FIRMWARE_VERSION"}.items()})
_OP_ALIASES.update({_canon(k): ("legacy", v) for k, v in {
    "Start DFU": "START_DFU", "Initialize DFU Parameters": "INITIALIZE_DFU_PARAMETERS",
    "Receive Firmware Image": "RECEIVE_FIRMWARE_IMAGE", "Validate Firmware": "VALIDATE_FIRMWARE",
    "Activate and Reset": "ACTIVATE_AND_RESET", "Reset": "RESET_SYSTEM", "Reset System": "RESET_SYSTEM",
    "Report Received Image Size": "REPORT_RECEIVED_IMAGE_SIZE",
    "Packet Receipt Notification Request": "PACKET_RECEIPT_NOTIFICATION_REQUEST"}.items()})

#: The SDK's documentation sentences of results and extended errors (nrf5-sdk.md §3.2-3.3), as
#: pc-nrfutil ("Extended Error 0x0C: The hash of ..."), pc-nrf-dfu-js ("Error message for known extended
#: error code from DFU target: ...") and web-bluetooth-dfu print them, with the variants those tools
#: reworded; matched as the canonical core of the sentence -> (kind, code).
_DOC_SENTENCES: tuple[tuple[str, str, int], ...] = tuple((_canon(t), kind, code) for t, kind, code in (
    ("Missing or malformed opcode", "secure", 0x00),
    ("Opcode unknown or not supported", "secure", 0x02),
    ("Missing or invalid parameter value", "secure", 0x03),
    ("A parameter for the opcode was missing", "secure", 0x03),
    ("Not enough memory for the data object", "secure", 0x04),
    ("Data object does not match the firmware and hardware requirements", "secure", 0x05),
    ("data object didn't match firmware/hardware", "secure", 0x05),
    ("Not a valid object type for a Create request", "secure", 0x07),
    ("Unsupported object type for create/read operation", "secure", 0x07),
    ("The state of the DFU process does not allow this operation", "secure", 0x08),
    ("Cannot allow this operation in the current DFU state", "secure", 0x08),
    ("The format of the command was incorrect", "ext", 0x02),
    ("successfully parsed, but it is not supported or unknown", "ext", 0x03),
    ("The init command is invalid", "ext", 0x04),
    ("The firmware version is too low", "ext", 0x05),
    ("hardware version of the device does not match the required hardware version", "ext", 0x06),
    ("supported SoftDevices for the update does not contain the FWID of the current SoftDevice", "ext", 0x07),
    ("The init packet does not contain a signature", "ext", 0x08),
    ("hash type that is specified by the init packet is not supported", "ext", 0x09),
    ("The hash of the firmware image cannot be calculated", "ext", 0x0A),
    ("type of the signature is unknown or not supported", "ext", 0x0B),
    ("hash of the received firmware image does not match the hash in the init packet", "ext", 0x0C),
    ("available space on the device is insufficient to hold the firmware", "ext", 0x0D),
))
#: Words without which no documentation sentence can be in a text (keeps the scan off other lines).
_DOC_WORDS = re.compile("opcode|parameter|memory|object|dfu state|dfu process|command|version|signature|hash|"
                        "softdevice|space")


def result_code_of(name: str) -> int | None:
    """The result code a spelling names (``InvalidObject``, ``INVALID OBJECT``, ``NRF_DFU_RES_CODE_...``)."""
    c = _canon(name)
    if c.startswith("NRFDFURESCODE"):
        c = c[len("NRFDFURESCODE"):]
        if c in ("INVALID", "SUCCESS"):
            return 0 if c == "INVALID" else 1
    return _RESULT_ALIASES.get(c)


def ext_error_code_of(name: str) -> int | None:
    """The extended error a spelling names (``SD_VERSION_FAILURE``, ``NRF_DFU_EXT_ERROR_...``)."""
    return _EXT_ALIASES.get(_canon(name))


def op_of(name: str) -> tuple[str, str] | None:
    """``(protocol, op)`` a request name stands for (``Execute``, ``Create Object``, ``Validate Firmware``,
    ``NRF_DFU_OP_OBJECT_CREATE``, ``0x04`` / ``4`` read as a secure op), else None."""
    t = name.strip()
    if re.fullmatch(r"(?:0[xX])?[0-9A-Fa-f]{1,2}", t) and (t.isdigit() or t.lower().startswith("0x")):
        v = _num(t)
        return ("secure", OPCODES[v]) if v in OPCODES else None
    c = _canon(t)
    if c.startswith("NRFDFUOP"):
        c = c[len("NRFDFUOP"):]
    return _OP_ALIASES.get(c)


def _num(s: str) -> int:
    s = s.strip()
    return int(s, 16) if s.lower().startswith("0x") else int(s)


# ---------------------------------------------------------------------------------------------------
# Text renderings
# ---------------------------------------------------------------------------------------------------

_OX_BYTE = re.compile(r"0[xX]([0-9A-Fa-f]{1,2})")
_HEX2_RX = re.compile(_HEX2)
_LOOSE_SEP = re.compile(r"[ ,]+")
_ONE_BYTE = re.compile(r"\s*(?:0[xX])?[0-9A-Fa-f]{1,2}\s*")
_NRFUTIL_EXT = re.compile(r"\bExtended Error\s+0x(?P<code>[0-9A-Fa-f]{1,2})\b")
_QUOTED_OP = re.compile(r"'(?P<name>[A-Z_]+)' command")
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
_ERROR_MSG = re.compile(r"^(?:DFU\s+)?Error\s*:\s*(?P<msg>[^\n]+)$", re.IGNORECASE)
_FAILED_PREFIX = re.compile(r"^(?:Upload|DFU|Update|Firmware update) failed\s*[:-]\s*(?P<msg>[^\n]+)$", re.IGNORECASE)
_ERROR_N = re.compile(r"\b(?:DFU\s+)?error(?:\s*code)?\s*[:=]?\s*(?P<num>\d{3,5})\b", re.IGNORECASE)
#: Library summaries of a response: iOS >= 4.12 ``Response (Op Code = Execute, Status = Extended error,
#: Extended Error 7 = SD version check failed)``, <= 4.11 and Android legacy with numbers (``Response
#: received (Op Code = 3, Status = 1)``, one Android variant without the comma).
_SUMMARY = re.compile(r"\bResponse(?P<received> received)?\s*\(\s*Op Code\s*=\s*(?P<op>[^,()=]+?)\s*,?\s*"
                      r"Status\s*=\s*(?P<status>[^,()]+?)\s*(?:,\s*(?:Extended Error\s*(?P<extn>\d+)\s*=\s*"
                      r"(?P<ext>[^()]+?)|Unsupported Extended Error value)\s*)?\)", re.IGNORECASE)
#: Success summaries with their payload: iOS ``Checksum (Offset = n, CRC = X) received``, ``Data object
#: selected (Max size = n, Offset = n, CRC = X)``; Android ``Checksum received (...)``, ``Command object
#: info received (...)``.
_CHECKSUM = re.compile(r"\bChecksum(?: received)?\s*\(\s*Offset\s*=\s*(?P<off>\d+)\s*,\s*CRC\s*=\s*"
                       r"(?:0x)?(?P<crc>[0-9A-Fa-f]{1,8})\s*\)")
_SELECTED = re.compile(r"\b(?P<otype>Data|Command) object (?:selected|info received)\s*\(\s*Max size\s*=\s*"
                       r"(?P<max>\d+)\s*,\s*Offset\s*=\s*(?P<off>\d+)\s*,\s*CRC\s*=\s*(?:0x)?(?P<crc>[0-9A-Fa-f]{1,8})\s*\)")
#: Android DFU Library exceptions that name the request that failed (``RemoteDfuException`` messages,
#: logcat ``E/DfuImpl``): ``Creating Command object failed (error 11) (extended error 7)``.
_ANDROID_FAILED_REQUEST = re.compile(
    r"\b(?P<what>Sending the number of packets|Creating (?P<otype>Command|Data) object|Selecting object|"
    r"Receiving Checksum|Executing object|Starting DFU|Device returned error after sending init packet|"
    r"Device returned error after sending file|Device returned validation error|"
    r"Device returned error after sending Enter Bootloader)(?: failed)?\s*\(error (?P<err>\d+)\)"
    r"(?:\s*\(extended error (?P<ext>\d+)\))?", re.IGNORECASE)
_ANDROID_REQUEST_OPS: tuple[tuple[str, str, str], ...] = (
    ("sending the number", "secure", "RECEIPT_NOTIF_SET"), ("creating", "secure", "CREATE"),
    ("selecting", "secure", "SELECT"), ("receiving checksum", "secure", "CRC_GET"),
    ("executing", "secure", "EXECUTE"), ("starting dfu", "legacy", "START_DFU"),
    ("init packet", "legacy", "INITIALIZE_DFU_PARAMETERS"), ("sending file", "legacy", "RECEIVE_FIRMWARE_IMAGE"),
    ("validation", "legacy", "VALIDATE_FIRMWARE"), ("enter bootloader", "buttonless", "ENTER_BOOTLOADER"),
)
#: The SDK's own names: ``NRF_DFU_OP_OBJECT_CREATE``, ``NRF_DFU_RES_CODE_INSUFFICIENT_RESOURCES``,
#: ``NRF_DFU_EXT_ERROR_SD_VERSION_FAILURE``.
_SDK_NAME = re.compile(r"\bNRF_DFU_(?P<kind>OP|RES_CODE|EXT_ERROR)_(?P<name>[A-Z0-9_]+)")
#: A Flutter DFU plugin's rejection as the app logs it, at the start of a line: iOS ``nordic_dfu``
#: ``Error = PlatformException(94, DFU FAILED: Operation failed, Address: <UUID>, Error type 94, null)``
#: (code and error type the ``DFUError``), Android plugins ``E/flutter (1234): ... Unhandled Exception:
#: PlatformException(133, DFU FAILED: GATT ERROR, ...)`` (code the onError number).
_FLUTTER = re.compile(r"^(?:.{0,120}?(?:Exception|Error)\s*[:=]\s*)?PlatformException\(\s*(?P<code>\d+)\s*,\s*"
                      r"DFU FAILED:\s*(?P<msg>[^,)]*)(?P<rest>[^\n]*)")
_UUID_ADDR = re.compile(r"\b[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\b")
_MAC_ADDR = re.compile(r"\b(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}\b")
#: A library saying the bytes it got were not the answer it waited for: no response to decode.
_UNEXPECTED = re.compile(r"\b(?:Invalid|Unknown|Unsupported|Unexpected) response received\b", re.IGNORECASE)
#: A CoreBluetooth / NSError description ("The specified device has disconnected from us.",
#: "Unknown error. (code: 0)"): shares the iOS library's ``Error {n}: {text}`` shape, is no remote status.
_NSERROR_TEXT = re.compile(r"\.\s*(?:\(code:\s*-?\d+\))?\s*$")


def parse_response(text: str, *, protocol: str | None = None, dialect: str | None = None) -> dict[str, Any] | None:
    """Normalise any rendering of a DFU response to ``{"op", "result", "ext_error"?, ...}``, else None.

    ``protocol`` (``secure``/``legacy``) says how to read bare numbers ("Op Code = 3, Status = 1") and
    which status a text shared by several means ("Operation failed"); ``dialect`` (``android``/``ios``)
    how to read a library's error number and texts.  Without them the secure protocol and the Android
    numbering are assumed only where the number cannot mean anything else.  Bytes behind a direction
    marker are a response only when device-sent or starting with 0x60 (``find_directed``).
    """
    if not text or not text.strip():
        return None
    s = text.strip()
    if "esponse received" in s and _UNEXPECTED.search(s):
        return None
    whole = parse_bytes(s)
    if whole:
        return decode_response_bytes(whole[0], unprefixed=(whole[1] == "list"))
    if has_direction(s):
        d = find_directed(s)
        if d is not None:
            data, _style, side, channel = d
            if channel == "packet":
                return None
            if _unslip(data, None)[:1] == bytes([RESPONSE]):
                return decode_response_bytes(data)
            return decode_response_bytes(data, unprefixed=True) if side == "device" else None
    found = _find_labelled(s)
    if found:
        data, style = found
        r = decode_response_bytes(data, unprefixed=(style == "list"))
        if r is not None:
            return r
    if "60" in s or "96" in s:
        data = _self_identifying(s)
        if data is not None:
            return decode_response_bytes(data)
    return _parse_text(s, protocol=protocol, dialect=dialect)


def _with_result(op: str | object, result: int, ext: int | None = None, protocol: str = "secure",
                 ext_lost: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"op": op, "result": name_of(RESULTS, result), "protocol": protocol}
    if result == EXT_ERROR:
        out["ext_error"] = name_of(EXT_ERRORS, ext) if ext is not None else NOT_PRESENT
    return out


def _status(kind: str, code: int, op: str | object = NOT_PRESENT) -> dict[str, Any]:
    """A response from a status of one kind (``secure``/``ext``/``legacy``/``buttonless``, host_codes)."""
    return _remote(hc.status_of(kind, code), op)


def _remote(decoded: dict[str, Any], op: str | object = NOT_PRESENT) -> dict[str, Any]:
    out: dict[str, Any] = {"op": op, "result": decoded["result"], "protocol": decoded["protocol"]}
    if decoded["result"] == "EXT_ERROR":
        ext = decoded.get("ext_error")
        out["ext_error"] = ext if ext is not None else NOT_PRESENT
    return out


def _parse_text(s: str, *, protocol: str | None, dialect: str | None) -> dict[str, Any] | None:
    legacy = protocol == "legacy"
    # nrfutil serial/BLE transports: "Extended Error 0x07: <doc text>"
    m = _NRFUTIL_EXT.search(s) if "Extended Error" in s else None
    if m and not _RESULT_NUM.search(s):
        return _with_result(_op_in(s), EXT_ERROR, int(m.group("code"), 16))
    # nrfutil: "Response Code InvalidObject"
    m = _NRFUTIL_RESPONSE_CODE.search(s) if "Response Code" in s else None
    if m and result_code_of(m.group("name")) is not None:
        return _with_result(_op_in(s), result_code_of(m.group("name")))  # type: ignore[arg-type]
    # Android: "Details: SD version failure (Code = 7)" (extended error detail)
    m = _ANDROID_DETAILS.search(s) if "Details:" in s else None
    if m:
        return _with_result(NOT_PRESENT, EXT_ERROR, int(m.group("code")))
    # Android: "Remote DFU error: OPERATION FAILED", legacy "INVALID CRC ERROR", old "REMOTE DFU INVALID OBJECT"
    m = _ANDROID_REMOTE.search(s) if "Remote DFU error" in s else None
    if m:
        got = hc.decode_android_remote_text(m.group("name"), protocol=protocol)
        if got is not None:
            return _remote(got)
        code = result_code_of(m.group("name"))
        if code is not None:
            return _with_result(NOT_PRESENT, code)
    low = s.lower()
    # Library summaries: "Response (Op Code = Execute, Status = Extended error, Extended Error 7 = ...)"
    if "op code" in low:
        r = _summary(s, protocol=protocol, dialect=dialect)
        if r is not None:
            return r
    if "crc" in low:
        m = _CHECKSUM.search(s)
        if m:
            return {"op": "CRC_GET", "result": "SUCCESS", "protocol": "secure", "offset": int(m.group("off")),
                    "crc": int(m.group("crc"), 16)}
        m = _SELECTED.search(s)
        if m:
            return {"op": "SELECT", "result": "SUCCESS", "protocol": "secure", "object_type": m.group("otype").upper(),
                    "max_size": int(m.group("max")), "offset": int(m.group("off")), "crc": int(m.group("crc"), 16)}
    # Android exceptions naming the request: "Executing object failed (error 10)"
    if "(error " in low:
        r = _android_failed_request(s)
        if r is not None:
            return r
    # The SDK's enum names: "NRF_DFU_OP_OBJECT_CREATE ... NRF_DFU_RES_CODE_INSUFFICIENT_RESOURCES"
    if "NRF_DFU_" in s:
        r = _sdk_names(s)
        if r is not None:
            return r
    # Numbered fields: pc-nrfdfu "Operation code 4 (EXECUTE) failed ... Result code 5 (INVALID_OBJECT)",
    # Android legacy "Response received (Op Code = 3, Status = 1)", SDK "failed with error: 0x5".
    rm = _RESULT_NUM.search(s) if ("result" in low or "status" in low or "with error" in low) else None
    om = (_OP_NUM.search(s) or _OP_REQ.search(s)) if rm else None
    if rm and (om or re.search(r"\bresult", rm.group(0), re.IGNORECASE) or "failed with error" in rm.group(0)):
        result = _num(rm.group(1))
        em = _EXT_NUM.search(s)
        if legacy:
            op = hc.LEGACY_OPCODES.get(_num(om.group(1)), NOT_PRESENT) if om else NOT_PRESENT
            return {"op": op, "result": hc.legacy_status_name(result), "protocol": "legacy"}
        if result <= 0xFF:
            op = name_of(OPCODES, _num(om.group(1))) if om else NOT_PRESENT
            if result == EXT_ERROR and em is None:
                em2 = _NRFUTIL_EXT.search(s)
                return _with_result(op, result, int(em2.group("code"), 16) if em2 else None)
            return _with_result(op, result, _num(em.group(1)) if em else None)
    # Flutter plugins: "PlatformException(94, DFU FAILED: Operation failed, ...)"
    m = _FLUTTER.match(s) if "PlatformException" in s else None
    if m:
        side = dialect or flutter_dialect(s) or "ios"
        msg = m.group("msg").strip()
        r = _from_message(msg, whole=True, dialect=side, protocol=protocol, number=int(m.group("code"))) \
            if side == "android" else None
        r = r or _from_library_number(int(m.group("code")), side, msg, protocol=protocol)
        if r is not None:
            return r
    # Library error with its text: iOS "Error 10: Operation failed" (raw status), "Error 7: SD version check
    # failed" (raw extended error), app "Error 20: Operation failed" (DFUError); the text settles the numbering
    error = "error" in low
    m = _ERROR_N_MSG.search(s) if error else None
    if m:
        n, msg = int(m.group("num")), m.group("msg")
        r = _from_message(msg, whole=True, dialect=dialect, protocol=protocol, number=n)
        if r is not None:
            return r
        r = _from_library_number(n, dialect, msg, protocol=protocol)
        if r is not None:
            return r
    # The app delegate's "Error: SD version check failed"; an app's "Upload failed: REMOTE DFU operation failed"
    m = (_ERROR_MSG.match(s) if error else None) or (_FAILED_PREFIX.match(s) if "failed" in low else None)
    if m:
        r = _from_message(m.group("msg"), whole=True, dialect=dialect, protocol=protocol)
        if r is not None:
            return r
    # Android numbered errors: "error 522", "DFU error 8714"
    m = _ERROR_N.search(s) if error and dialect != "ios" else None
    if m:
        r = _from_library_number(int(m.group("num")), "android")
        if r is not None:
            return r
    # The SDK's documentation sentences (pc-nrfutil, pc-nrf-dfu-js, web-bluetooth-dfu)
    if len(s) > 25 and _DOC_WORDS.search(low):
        r = _doc_sentence(s)
        if r is not None:
            return r
    # A bare name: "INVALID OBJECT", "InvalidObject", "SD_VERSION_FAILURE", "Operation failed"
    return _from_message(s, whole=True, dialect=dialect, protocol=protocol)


def flutter_dialect(line: str) -> str | None:
    """``ios``/``android`` for a Flutter DFU plugin's rejection line, from what it carries: the peripheral
    identifier (iOS a UUID, Android a MAC address), the message's wording (iOS sentence case, Android the
    library's upper-case texts); None for any other line.  Why: both sides print ``PlatformException(N,
    DFU FAILED: ...)`` and N is numbered differently on each."""
    m = _FLUTTER.match(line.strip())
    if not m:
        return None
    rest = m.group("rest")
    if _UUID_ADDR.search(rest):
        return "ios"
    if _MAC_ADDR.search(rest):
        return "android"
    msg = m.group("msg").strip()
    if msg.isupper() or hc.decode_android_error(int(m.group("code"))) is not None:
        return "android"
    if hc.decode_ios_remote_text(msg) is not None or hc.decode_ios_error(int(m.group("code"))) is not None:
        return "ios"
    return None


def _summary(s: str, *, protocol: str | None, dialect: str | None) -> dict[str, Any] | None:
    """A library's response summary with named or numbered op and status (``_SUMMARY``)."""
    m = _SUMMARY.search(s)
    if not m:
        return None
    op_text, status = m.group("op").strip(), m.group("status").strip()
    numeric_op = bool(re.fullmatch(r"(?:0[xX])?[0-9A-Fa-f]+", op_text)) and (op_text.isdigit() or
                                                                              op_text.lower().startswith("0x"))
    # Android prints "Response received (Op Code = ..." only in its legacy DFU
    legacy = protocol == "legacy" or (numeric_op and m.group("received") is not None and protocol != "secure"
                                      and dialect != "ios")
    if numeric_op:
        v = _num(op_text)
        op: str | object = hc.LEGACY_OPCODES.get(v, NOT_PRESENT) if legacy else name_of(OPCODES, v)
    else:
        named = op_of(op_text)
        if named is None:
            return None
        legacy = named[0] == "legacy"
        op = named[1]
    if re.fullmatch(r"(?:0[xX])?\d+|0[xX][0-9A-Fa-f]+", status):
        code = _num(status)
        if legacy:
            return {"op": op, "result": hc.legacy_status_name(code), "protocol": "legacy"}
        ext = int(m.group("extn")) if m.group("extn") else None
        return _with_result(op, code, ext)
    if m.group("extn"):
        return _with_result(op, EXT_ERROR, int(m.group("extn")))
    got = hc.decode_ios_remote_text(status, protocol="legacy" if legacy else "secure")
    if got is None:
        code = result_code_of(status)
        return _with_result(op, code) if code is not None and not legacy else None
    return _remote(got, op)


def _android_failed_request(s: str) -> dict[str, Any] | None:
    m = _ANDROID_FAILED_REQUEST.search(s)
    if not m:
        return None
    what = m.group("what").lower()
    proto, op = next((p, o) for key, p, o in _ANDROID_REQUEST_OPS if key in what)
    err = int(m.group("err"))
    if proto == "secure":
        out = _with_result(op, err, int(m.group("ext")) if m.group("ext") else None)
        if m.group("otype"):
            out["object_type"] = m.group("otype").upper()
        return out
    return _status(proto, err, op)


def _sdk_names(s: str) -> dict[str, Any] | None:
    op: str | object = NOT_PRESENT
    result: int | None = None
    ext: int | None = None
    for m in _SDK_NAME.finditer(s):
        kind, name = m.group("kind"), m.group("name")
        if kind == "OP":
            got = op_of(name)
            if got is not None and op is NOT_PRESENT:
                op = got[1]
        elif kind == "RES_CODE" and result is None:
            result = result_code_of("NRF_DFU_RES_CODE_" + name)
        elif kind == "EXT_ERROR" and ext is None:
            ext = ext_error_code_of(name)
    if ext is not None:
        return _with_result(op, EXT_ERROR, ext)
    return _with_result(op, result) if result is not None else None


def _doc_sentence(s: str) -> dict[str, Any] | None:
    c = _canon(s)
    for key, kind, code in _DOC_SENTENCES:
        if key in c:
            return _status(kind, code, _op_in(s))
    return None


def _op_in(s: str) -> str | object:
    """An op named in the text ("'EXECUTE' command", "Operation code 4"), else NOT_PRESENT."""
    m = _OP_NUM.search(s)
    if m and _num(m.group(1)) in OPCODES:
        return OPCODES[_num(m.group(1))]
    m = _QUOTED_OP.search(s) if "' command" in s else None
    if m and m.group("name") in OPCODES.values():
        return m.group("name")
    return NOT_PRESENT


_WORDS = re.compile(r"[A-Za-z_ ]+")
#: Every description the libraries use (lower case, single spaces) and every SDK / nrfutil name (canonical):
#: the cheap test a text must pass before the tables are consulted.
_KNOWN_TEXTS = frozenset(" ".join(k.split()).lower() for k in (*hc.IOS_REMOTE_TEXTS, *hc.ANDROID_REMOTE_TEXTS))
_KNOWN_CANON = frozenset((*_RESULT_ALIASES, *_EXT_ALIASES))
#: Library texts too common in other words to read as a status without the library's number.
_ONLY_WITH_NUMBER = frozenset({"success", "no error", "busy"})


def _text_key(text: str) -> str:
    return " ".join(text.split()).strip(" .!").lower()


def _from_message(msg: str, whole: bool = False, *, dialect: str | None = None, protocol: str | None = None,
                  number: int | None = None) -> dict[str, Any] | None:
    """The status a library description names.  ``whole``: the text must be only the description (or begin
    with it as a sentence: "Operation failed. Ensure the firmware targets ...").  The libraries' own texts
    come first (the number printed with an iOS text picks among statuses sharing it), then the SDK names."""
    text = msg.strip().rstrip(".!")
    if whole and (len(text) > 60 or not _WORDS.fullmatch(text)):
        head = text.split(". ", 1)[0]
        if head == text or len(head) > 60 or not _WORDS.fullmatch(head):
            return None
        text = head
    if not text:
        return None
    key = _text_key(text)
    if key not in _KNOWN_TEXTS and not (key.startswith("remote dfu ") and key[11:] in _KNOWN_TEXTS) \
            and key.replace(" ", "").replace("_", "").upper() not in _KNOWN_CANON:
        return None  # most lines end here: no library's description, no SDK name
    if dialect != "android":
        got = hc.decode_ios_remote_text(text, number, protocol=protocol)
        # "Success", "No error", "Busy" alone report nothing; with a library's number they are its status
        if got is not None and (number is not None or _text_key(text) not in _ONLY_WITH_NUMBER):
            return _remote(got)
    if dialect != "ios":
        got = hc.decode_android_remote_text(text, protocol=protocol)
        # without a dialect only Android's own upper-case texts (and extended errors, and the old texts'
        # "REMOTE DFU" mark in any case) are read as Android's
        if got is not None and (dialect == "android" or text.isupper() or got["result"] == "EXT_ERROR"
                                or text.upper().startswith("REMOTE DFU ")):
            return _remote(got)
    c = _canon(text)
    if not c:
        return None
    if c in _RESULT_ALIASES:
        return _with_result(NOT_PRESENT, _RESULT_ALIASES[c])
    if c in _EXT_ALIASES:
        return _with_result(NOT_PRESENT, EXT_ERROR, _EXT_ALIASES[c])
    return None


def _from_library_number(n: int, dialect: str | None, message: str | None = None, *,
                         protocol: str | None = None) -> dict[str, Any] | None:
    """A remote status from a library's error number; None for its local errors and unknown numbers.
    iOS: a message that is a CoreBluetooth/NSError description means the number is that error's, not a
    ``DFUError``."""
    if dialect == "ios":
        if message is not None and message.strip() and _NSERROR_TEXT.search(message.strip()):
            return None
        decoded = hc.decode_ios_error(n, message, protocol=protocol)
    elif dialect == "android" or n >= 0x100:
        decoded = hc.decode_android_error(n)
    else:
        decoded = None
    if not decoded or decoded.get("domain") != "remote":
        return None
    return _remote(decoded)


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
