"""The one code table for nRF5 DFU protocol values, shared by parsers, rules and reports.

Source: ../shared/reference/nrf5-sdk.md §3 (``nrf_dfu_req_handler.h``, ``nrf_dfu_handling_error.h``,
``nrf_dfu_types.h``) and §2.4 (FWIDs from pc-nrfutil).  Names are the SDK's, without their prefixes
where the contract asks for short names ("EXECUTE", "EXT_ERROR", "SD_VERSION_FAILURE").
"""

from __future__ import annotations

OPCODES: dict[int, str] = {
    0x00: "PROTOCOL_VERSION",
    0x01: "CREATE",
    0x02: "RECEIPT_NOTIF_SET",
    0x03: "CRC_GET",
    0x04: "EXECUTE",
    0x06: "SELECT",
    0x07: "MTU_GET",
    0x08: "WRITE",
    0x09: "PING",
    0x0A: "HARDWARE_VERSION",
    0x0B: "FIRMWARE_VERSION",
    0x0C: "ABORT",
    0x60: "RESPONSE",
    0xFF: "INVALID",
}

RESULTS: dict[int, str] = {
    0x00: "INVALID",
    0x01: "SUCCESS",
    0x02: "OP_CODE_NOT_SUPPORTED",
    0x03: "INVALID_PARAMETER",
    0x04: "INSUFFICIENT_RESOURCES",
    0x05: "INVALID_OBJECT",
    0x07: "UNSUPPORTED_TYPE",
    0x08: "OPERATION_NOT_PERMITTED",
    0x0A: "OPERATION_FAILED",
    0x0B: "EXT_ERROR",
}

EXT_ERRORS: dict[int, str] = {
    0x00: "NO_ERROR",
    0x01: "INVALID_ERROR_CODE",
    0x02: "WRONG_COMMAND_FORMAT",
    0x03: "UNKNOWN_COMMAND",
    0x04: "INIT_COMMAND_INVALID",
    0x05: "FW_VERSION_FAILURE",
    0x06: "HW_VERSION_FAILURE",
    0x07: "SD_VERSION_FAILURE",
    0x08: "SIGNATURE_MISSING",
    0x09: "WRONG_HASH_TYPE",
    0x0A: "HASH_FAILED",
    0x0B: "WRONG_SIGNATURE_TYPE",
    0x0C: "VERIFICATION_FAILED",
    0x0D: "INSUFFICIENT_SPACE",
}

OBJECT_TYPES: dict[int, str] = {0: "INVALID", 1: "COMMAND", 2: "DATA"}

BANK_CODES: dict[int, str] = {
    0x00: "NRF_DFU_BANK_INVALID",
    0x01: "NRF_DFU_BANK_VALID_APP",
    0xA5: "NRF_DFU_BANK_VALID_SD",
    0xAA: "NRF_DFU_BANK_VALID_BL",
    0xAC: "NRF_DFU_BANK_VALID_SD_BL",
    0xB1: "NRF_DFU_BANK_VALID_EXT_APP",
}

BOOT_VALIDATION_TYPES: dict[int, str] = {
    0: "NO_VALIDATION",
    1: "VALIDATE_GENERATED_CRC",
    2: "VALIDATE_SHA256",
    3: "VALIDATE_ECDSA_P256_SHA256",
}

#: FWID -> SoftDevice name (pc-nrfutil's --sd-req table plus values read from SDK SoftDevice hex files).
SOFTDEVICE_FWIDS: dict[int, str] = {
    0x67: "s130_nrf51_1.0.0", 0x80: "s130_nrf51_2.0.0", 0x81: "s132_nrf52_2.0.0",
    0x87: "s130_nrf51_2.0.1", 0x88: "s132_nrf52_2.0.1", 0x8C: "s132_nrf52_3.0.0",
    0x8D: "s212_nrf52_2.0.1", 0x8E: "s332_nrf52_2.0.1", 0x91: "s132_nrf52_3.1.0",
    0x93: "s212_nrf52_4.0.5", 0x94: "s332_nrf52_4.0.5", 0x95: "s132_nrf52_4.0.0",
    0x96: "s140_nrf52840_5.0.0-2.alpha", 0x98: "s132_nrf52_4.0.2", 0x99: "s132_nrf52_4.0.3",
    0x9B: "s332_nrf52_5.0.0", 0x9C: "s212_nrf52_5.0.0", 0x9D: "s132_nrf52_5.0.0",
    0x9E: "s132_nrf52_4.0.4", 0x9F: "s132_nrf52_4.0.5", 0xA5: "s132_nrf52_5.1.0",
    0xA6: "s112_nrf52810_5.1.0", 0xA7: "s112_nrf52_6.0.0", 0xA8: "s132_nrf52_6.0.0",
    0xA9: "s140_nrf52_6.0.0", 0xAE: "s140_nrf52_6.1.0", 0xAF: "s132_nrf52_6.1.0",
    0xB0: "s112_nrf52_6.1.0", 0xB6: "s140_nrf52_6.1.1", 0xB7: "s132_nrf52_6.1.1",
    0xB8: "s112_nrf52_6.1.1", 0xB9: "s340_nrf52_6.1.1", 0xBA: "s332_nrf52_6.1.1",
    0xBC: "s212_nrf52_6.1.1", 0xC1: "s140_nrf52_7.0.0", 0xC2: "s132_nrf52_7.0.0",
    0xC3: "s113_nrf52_7.0.0", 0xC4: "s112_nrf52_7.0.0", 0xCA: "s140_nrf52_7.0.1",
    0xCB: "s132_nrf52_7.0.1", 0xCC: "s113_nrf52_7.0.1", 0xCD: "s112_nrf52_7.0.1",
    0xEA: "s122_nrf52_8.0.0", 0x100: "s140_nrf52_7.2.0", 0x101: "s132_nrf52_7.2.0",
    0x102: "s113_nrf52_7.2.0", 0x103: "s112_nrf52_7.2.0", 0x112: "s122_nrf52_8.1.1",
    0x123: "s140_nrf52_7.3.0", 0x124: "s132_nrf52_7.3.0", 0x125: "s113_nrf52_7.3.0",
    0x126: "s112_nrf52_7.3.0",
}
SD_REQ_APP_OVERWRITES_SD = 0x0000
SD_REQ_ANY_VERSION = 0xFFFE

#: Reverse lookups: every spelling people paste normalises through these.
OPCODE_BY_NAME = {v: k for k, v in OPCODES.items()}
RESULT_BY_NAME = {v: k for k, v in RESULTS.items()}
EXT_ERROR_BY_NAME = {v: k for k, v in EXT_ERRORS.items()}


def name_of(table: dict[int, str], value: int) -> str:
    """The SDK name, or ``UNKNOWN_0x..`` (kept recognisable in reports and rules)."""
    return table.get(value, f"UNKNOWN_0x{value:02X}")


def softdevice_name(fwid: int) -> str:
    return SOFTDEVICE_FWIDS.get(fwid, f"unknown SoftDevice (FWID 0x{fwid:04X})")


# ---------------------------------------------------------------------------------------------------
# Which request can have been answered with a result (nRF5 SDK 15.0-17.1 nrf_dfu_req_handler.c and
# nrf_dfu_validation.c; SDK 13/14 validate at the same request)
# ---------------------------------------------------------------------------------------------------

#: Extended errors come only from ``ext_err_code_handle`` of an EXECUTE: the init-command checks run
#: in ``nrf_dfu_validation_init_cmd_execute`` (prevalidation: signature, versions, hash type, sizes) when
#: the command object is executed, the image hash in ``postvalidate`` when the last data object is.
#: CREATE and WRITE pass their results through the same function but never produce an extended error.
#: Results every other handler can also return (INVALID_OBJECT: command EXECUTE "Failed to decode init
#: packet", data EXECUTE postvalidation, data CREATE "Erase operation failed"; INSUFFICIENT_RESOURCES:
#: command CREATE too large, data CREATE "Invalid size for object", command EXECUTE "Can't find room
#: for update"; OPERATION_NOT_PERMITTED: CREATE, WRITE, EXECUTE) name no single request.
EXT_ERROR_OBJECT_TYPE: dict[str, str | None] = {
    "INIT_COMMAND_INVALID": "COMMAND", "FW_VERSION_FAILURE": "COMMAND", "HW_VERSION_FAILURE": "COMMAND",
    "SD_VERSION_FAILURE": "COMMAND", "SIGNATURE_MISSING": "COMMAND", "WRONG_SIGNATURE_TYPE": "COMMAND",
    "WRONG_HASH_TYPE": "COMMAND", "VERIFICATION_FAILED": "DATA",
}


def op_answering(result: str, ext_error: object = None) -> tuple[str, str | None] | None:
    """``(op, object_type or None)`` when only one request can have been answered with this result.

    Why: a library that prints only "SD version check failed" or "Extended Error 0x07" drops the
    request, yet the protocol leaves one candidate; a rule asking "did EXECUTE of the init packet
    fail" should not depend on the host tool having named it.  Only extended errors qualify (see
    ``EXT_ERROR_OBJECT_TYPE``); the object type is given where the SDK checks it at one object only.
    """
    if result != "EXT_ERROR":
        return None
    otype = EXT_ERROR_OBJECT_TYPE.get(ext_error) if isinstance(ext_error, str) else None
    return "EXECUTE", otype
