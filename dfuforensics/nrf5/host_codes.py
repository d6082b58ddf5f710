"""Error numbers that host-side DFU tools print, decoded to names.

Host tools (pc-ble-driver under nrfutil and nRF Connect for Desktop, the Android and iOS DFU
libraries) report failures with their own numbering layered over the bootloader's result codes.
A log that says "error 522" or "Code: 0x802a" means nothing to a rule until it is decoded here.

Sources (facts only, our own tables):
* pc-ble-driver ``sd_rpc_types.h`` / ``nrf_error.h``: the ``NRF_ERROR_SD_RPC_*`` values (checked in the
  tests against the constants of the ``pc_ble_driver_py`` that ships with nrfutil 6.1.7);
* Bluetooth Core ``HCI`` status codes (same oracle, ``BLE_HCI_*``);
* Android DFU Library ``DfuBaseService`` error masks and ``GattError`` (Android ``gatt_api.h`` values);
* iOS DFU Library ``DFUError`` raw values (legacy 1..6, secure = result + 10, extended = ext + 20);
* nRF5 SDK 11 legacy DFU service (``ble_dfu.h``) op codes and status values; SDK buttonless service
  (../shared/reference/nrf5-sdk.md §3.4).
"""

from __future__ import annotations

from functools import lru_cache

from .dfu_codes import EXT_ERRORS, RESULTS, name_of

#: pc-ble-driver (serialization / H5 / serial port) errors: what nRF Connect for Desktop and nrfutil's
#: BLE transport print as "Code: 0x802a" or "Unknown value (0x8005)".
PC_BLE_DRIVER_ERRORS: dict[int, str] = {
    0x8000: "NRF_ERROR_SD_RPC_BASE_NUM",
    0x8001: "NRF_ERROR_SD_RPC_ENCODE",
    0x8002: "NRF_ERROR_SD_RPC_DECODE",
    0x8003: "NRF_ERROR_SD_RPC_SEND",
    0x8004: "NRF_ERROR_SD_RPC_INVALID_ARGUMENT",
    0x8005: "NRF_ERROR_SD_RPC_NO_RESPONSE",
    0x8006: "NRF_ERROR_SD_RPC_INVALID_STATE",
    0x8014: "NRF_ERROR_SD_RPC_SERIALIZATION_TRANSPORT",
    0x8015: "NRF_ERROR_SD_RPC_SERIALIZATION_TRANSPORT_INVALID_STATE",
    0x8016: "NRF_ERROR_SD_RPC_SERIALIZATION_TRANSPORT_NO_RESPONSE",
    0x8017: "NRF_ERROR_SD_RPC_SERIALIZATION_TRANSPORT_ALREADY_OPEN",
    0x8018: "NRF_ERROR_SD_RPC_SERIALIZATION_TRANSPORT_ALREADY_CLOSED",
    0x8028: "NRF_ERROR_SD_RPC_H5_TRANSPORT",
    0x8029: "NRF_ERROR_SD_RPC_H5_TRANSPORT_STATE",
    0x802A: "NRF_ERROR_SD_RPC_H5_TRANSPORT_NO_RESPONSE",
    0x802B: "NRF_ERROR_SD_RPC_H5_TRANSPORT_SLIP_PAYLOAD_SIZE",
    0x802C: "NRF_ERROR_SD_RPC_H5_TRANSPORT_SLIP_CALCULATED_PAYLOAD_SIZE",
    0x802D: "NRF_ERROR_SD_RPC_H5_TRANSPORT_SLIP_DECODING",
    0x802E: "NRF_ERROR_SD_RPC_H5_TRANSPORT_HEADER_CHECKSUM",
    0x802F: "NRF_ERROR_SD_RPC_H5_TRANSPORT_PACKET_CHECKSUM",
    0x8030: "NRF_ERROR_SD_RPC_H5_TRANSPORT_ALREADY_OPEN",
    0x8031: "NRF_ERROR_SD_RPC_H5_TRANSPORT_ALREADY_CLOSED",
    0x8032: "NRF_ERROR_SD_RPC_H5_TRANSPORT_INTERNAL_ERROR",
    0x803C: "NRF_ERROR_SD_RPC_SERIAL_PORT",
    0x803D: "NRF_ERROR_SD_RPC_SERIAL_PORT_STATE",
    0x803E: "NRF_ERROR_SD_RPC_SERIAL_PORT_ALREADY_OPEN",
    0x803F: "NRF_ERROR_SD_RPC_SERIAL_PORT_ALREADY_CLOSED",
    0x8040: "NRF_ERROR_SD_RPC_SERIAL_PORT_INTERNAL_ERROR",
}

#: HCI status / disconnect reasons (``reason:22`` in pc-ble-driver logs, Android/iOS disconnect codes).
HCI_STATUS: dict[int, str] = {
    0x00: "SUCCESS",
    0x01: "UNKNOWN_BTLE_COMMAND",
    0x02: "UNKNOWN_CONNECTION_IDENTIFIER",
    0x05: "AUTHENTICATION_FAILURE",
    0x06: "PIN_OR_KEY_MISSING",
    0x07: "MEMORY_CAPACITY_EXCEEDED",
    0x08: "CONNECTION_TIMEOUT",
    0x0C: "COMMAND_DISALLOWED",
    0x12: "INVALID_BTLE_COMMAND_PARAMETERS",
    0x13: "REMOTE_USER_TERMINATED_CONNECTION",
    0x14: "REMOTE_DEV_TERMINATION_DUE_TO_LOW_RESOURCES",
    0x15: "REMOTE_DEV_TERMINATION_DUE_TO_POWER_OFF",
    0x16: "LOCAL_HOST_TERMINATED_CONNECTION",
    0x1A: "UNSUPPORTED_REMOTE_FEATURE",
    0x1E: "INVALID_LMP_PARAMETERS",
    0x1F: "UNSPECIFIED_ERROR",
    0x22: "LMP_RESPONSE_TIMEOUT",
    0x23: "LMP_ERROR_TRANSACTION_COLLISION",
    0x24: "LMP_PDU_NOT_ALLOWED",
    0x28: "INSTANT_PASSED",
    0x29: "PAIRING_WITH_UNIT_KEY_UNSUPPORTED",
    0x2A: "DIFFERENT_TRANSACTION_COLLISION",
    0x30: "PARAMETER_OUT_OF_MANDATORY_RANGE",
    0x3A: "CONTROLLER_BUSY",
    0x3B: "CONN_INTERVAL_UNACCEPTABLE",
    0x3C: "DIRECTED_ADVERTISER_TIMEOUT",
    0x3D: "CONN_TERMINATED_DUE_TO_MIC_FAILURE",
    0x3E: "CONN_FAILED_TO_BE_ESTABLISHED",
}

#: Android ``BluetoothGatt`` status values as the Android DFU Library names them (``GattError``).
ANDROID_GATT_STATUS: dict[int, str] = {
    0x01: "GATT_INVALID_HANDLE", 0x02: "GATT_READ_NOT_PERMIT", 0x03: "GATT_WRITE_NOT_PERMIT",
    0x04: "GATT_INVALID_PDU", 0x05: "GATT_INSUF_AUTHENTICATION", 0x06: "GATT_REQ_NOT_SUPPORTED",
    0x07: "GATT_INVALID_OFFSET", 0x08: "GATT_INSUF_AUTHORIZATION", 0x09: "GATT_PREPARE_Q_FULL",
    0x0A: "GATT_NOT_FOUND", 0x0B: "GATT_NOT_LONG", 0x0C: "GATT_INSUF_KEY_SIZE",
    0x0D: "GATT_INVALID_ATTR_LEN", 0x0E: "GATT_ERR_UNLIKELY", 0x0F: "GATT_INSUF_ENCRYPTION",
    0x10: "GATT_UNSUPPORT_GRP_TYPE", 0x11: "GATT_INSUF_RESOURCE", 0x1A: "HCI_ERROR_UNSUPPORTED_REMOTE_FEATURE",
    0x1E: "HCI_ERROR_INVALID_LMP_PARAM", 0x22: "GATT_CONN_LMP_TIMEOUT",
    0x2A: "HCI_ERROR_DIFF_TRANSACTION_COLLISION", 0x3A: "GATT_CONTROLLER_BUSY",
    0x3B: "GATT_UNACCEPT_CONN_INTERVAL", 0x80: "GATT_NO_RESOURCES", 0x81: "GATT_INTERNAL_ERROR",
    0x82: "GATT_WRONG_STATE", 0x83: "GATT_DB_FULL", 0x84: "GATT_BUSY", 0x85: "GATT_ERROR",
    0x86: "GATT_CMD_STARTED", 0x87: "GATT_ILLEGAL_PARAMETER", 0x88: "GATT_PENDING", 0x89: "GATT_AUTH_FAIL",
    0x8A: "GATT_MORE", 0x8B: "GATT_INVALID_CFG", 0x8C: "GATT_SERVICE_STARTED", 0x8D: "GATT_ENCRYPTED_NO_MITM",
    0x8E: "GATT_NOT_ENCRYPTED", 0x8F: "GATT_CONGESTED", 0xFD: "GATT_CCCD_CFG_ERROR",
    0xFE: "GATT_PROCEDURE_IN_PROGRESS", 0xFF: "GATT_VALUE_OUT_OF_RANGE", 0x101: "TOO_MANY_OPEN_CONNECTIONS",
}
#: Connection-state statuses (``onConnectionStateChange``) name some values differently.
ANDROID_CONNECTION_STATUS: dict[int, str] = {
    0x00: "SUCCESS", 0x01: "GATT_CONN_L2C_FAILURE", 0x08: "GATT_CONN_TIMEOUT",
    0x13: "GATT_CONN_TERMINATE_PEER_USER", 0x16: "GATT_CONN_TERMINATE_LOCAL_HOST",
    0x22: "GATT_CONN_LMP_TIMEOUT", 0x3E: "GATT_CONN_FAIL_ESTABLISH", 0x85: "GATT_ERROR",
    0x8F: "GATT_CONN_CONGESTED", 0x93: "GATT_CONN_TIMEOUT", 0x100: "GATT_CONN_CANCEL", 0x101: "GATT_FAILURE",
}

# Android DFU Library error number layout (DfuBaseService).
ANDROID_ERROR_MASK = 0x1000
ANDROID_ERROR_REMOTE_MASK = 0x2000
ANDROID_ERROR_CONNECTION_MASK = 0x4000
ANDROID_ERROR_CONNECTION_STATE_MASK = 0x8000
ANDROID_REMOTE_TYPE_LEGACY = 0x100
ANDROID_REMOTE_TYPE_SECURE = 0x200
ANDROID_REMOTE_TYPE_SECURE_EXTENDED = 0x400
ANDROID_REMOTE_TYPE_SECURE_BUTTONLESS = 0x800

#: Errors the Android library raises itself (``ERROR_MASK | n``).
ANDROID_DFU_ERRORS: dict[int, str] = {
    0x1000: "DEVICE_DISCONNECTED", 0x1001: "FILE_NOT_FOUND", 0x1002: "FILE_ERROR", 0x1003: "FILE_INVALID",
    0x1004: "FILE_IO_EXCEPTION", 0x1005: "SERVICE_DISCOVERY_NOT_STARTED", 0x1006: "SERVICE_NOT_FOUND",
    0x1008: "INVALID_RESPONSE", 0x1009: "FILE_TYPE_UNSUPPORTED", 0x100A: "BLUETOOTH_DISABLED",
    0x100B: "INIT_PACKET_REQUIRED", 0x100C: "FILE_SIZE_INVALID", 0x100D: "CRC_ERROR",
    0x100E: "DEVICE_NOT_BONDED", 0x100F: "PROGRESS_LOST",
}

#: Legacy DFU (SDK <= 11, service 00001530-1212-EFDE-1523-785FEABCD123): op codes and statuses.
LEGACY_OPCODES: dict[int, str] = {
    0x01: "START_DFU", 0x02: "INITIALIZE_DFU_PARAMETERS", 0x03: "RECEIVE_FIRMWARE_IMAGE",
    0x04: "VALIDATE_FIRMWARE", 0x05: "ACTIVATE_AND_RESET", 0x06: "RESET_SYSTEM",
    0x07: "REPORT_RECEIVED_IMAGE_SIZE", 0x08: "PACKET_RECEIPT_NOTIFICATION_REQUEST",
    0x10: "RESPONSE_CODE", 0x11: "PACKET_RECEIPT_NOTIFICATION",
}
LEGACY_RESPONSE = 0x10
LEGACY_STATUS: dict[int, str] = {
    0x01: "SUCCESS", 0x02: "INVALID_STATE", 0x03: "NOT_SUPPORTED", 0x04: "DATA_SIZE_EXCEEDS_LIMIT",
    0x05: "CRC_ERROR", 0x06: "OPERATION_FAILED",
}
#: Legacy image types (START_DFU parameter).
LEGACY_IMAGE_TYPES: dict[int, str] = {0x01: "SOFTDEVICE", 0x02: "BOOTLOADER", 0x03: "SOFTDEVICE_BOOTLOADER",
                                      0x04: "APPLICATION"}

#: Secure DFU buttonless service (characteristics 8EC90003/8EC90004), nrf5-sdk.md §3.4.
BUTTONLESS_OPCODES: dict[int, str] = {0x01: "ENTER_BOOTLOADER", 0x02: "SET_ADV_NAME", 0x20: "RESPONSE"}
BUTTONLESS_RESPONSE = 0x20
BUTTONLESS_RESULTS: dict[int, str] = {
    0x00: "INVALID", 0x01: "SUCCESS", 0x02: "OP_CODE_NOT_SUPPORTED", 0x04: "OPERATION_FAILED",
    0x05: "ADV_NAME_INVALID", 0x06: "BUSY", 0x07: "NOT_BONDED",
}

#: iOS DFU Library ``DFUError`` values that are not remote results (the remote ones are computed).
IOS_LOCAL_ERRORS: dict[int, str] = {
    101: "fileNotSpecified", 102: "fileInvalid", 103: "extendedInitPacketRequired",
    104: "initPacketRequired", 201: "failedToConnect", 202: "deviceDisconnected",
    203: "bluetoothDisabled", 301: "serviceDiscoveryFailed", 302: "deviceNotSupported",
    303: "readingVersionFailed", 304: "enablingControlPointFailed", 305: "writingCharacteristicFailed",
    306: "receivingNotificationFailed", 307: "unsupportedResponse", 308: "bytesLost", 309: "crcError",
    500: "invalidInternalState",
}

#: What the iOS DFU Library calls each remote status (``SecureDFUResultCode``,
#: ``SecureDFUExtendedErrorCode``, legacy ``DFUResultCode``, ``ButtonlessDFUResultCode`` descriptions):
#: the text of its own ``Error {raw}: {text}`` log line and of the delegate's message.  Each text names
#: the statuses it can stand for, as ``(kind, raw code)``: ``secure`` result, ``ext`` extended error,
#: ``legacy`` status, ``buttonless`` result.  Why several: "Operation failed" is secure 0x0A, legacy 6
#: and buttonless 4; the number printed with it tells which (``decode_ios_error``).
IOS_REMOTE_TEXTS: dict[str, tuple[tuple[str, int], ...]] = {
    "Invalid code": (("secure", 0x00),),
    "Success": (("secure", 0x01), ("legacy", 0x01), ("buttonless", 0x01)),
    "Operation not supported": (("secure", 0x02), ("legacy", 0x03), ("buttonless", 0x02)),
    "Invalid parameter": (("secure", 0x03),),
    "Insufficient resources": (("secure", 0x04),),
    "Invalid object": (("secure", 0x05),),
    "Signature mismatch": (("secure", 0x06),),
    "Unsupported type": (("secure", 0x07),),
    "Operation not permitted": (("secure", 0x08),),
    "Operation failed": (("secure", 0x0A), ("legacy", 0x06), ("buttonless", 0x04)),
    "Extended error": (("secure", 0x0B),),
    "No error": (("ext", 0x00),),
    "Wrong command format": (("ext", 0x02),),
    "Unknown command": (("ext", 0x03),),
    "Init command was invalid": (("ext", 0x04),),
    "FW version check failed": (("ext", 0x05),),
    "HW version check failed": (("ext", 0x06),),
    "SD version check failed": (("ext", 0x07),),
    "Signature missing": (("ext", 0x08),),
    "Invalid hash type": (("ext", 0x09),),
    "Hashing failed": (("ext", 0x0A),),
    "Invalid signature type": (("ext", 0x0B),),
    "Verification failed": (("ext", 0x0C),),
    "Insufficient space for upgrade": (("ext", 0x0D),),
    "Device is in invalid state": (("legacy", 0x02),),
    "Data size exceeds limit": (("legacy", 0x04),),
    "CRC Error": (("legacy", 0x05),),
    "Invalid advertisement name": (("buttonless", 0x05),),
    "Invalid advertisment name": (("buttonless", 0x05),),     # spelling until Nov 2023
    "Busy": (("buttonless", 0x06),),
    "Device not bonded": (("buttonless", 0x07),),
}

#: iOS DFU Library messages of its own errors (``DFUError`` 101..500), for the delegate's
#: ``Error {n}: {message}`` and the library's log lines; keys are how each message begins.
IOS_LOCAL_TEXTS: dict[str, int] = {
    "Firmware not specified": 101, "The init packet is required by the target device": 103,
    "Init packet with 2-byte CRC supported": 104, "Target not specified": 201, "Device failed to connect": 201,
    "No DFU device found": 201, "Bluetooth adapter powered off": 203, "Could not obtain peripheral instance": 203,
    "Services discovery failed": 301, "Characteristics discovery failed": 301, "Peripheral is nil": 301,
    "Device not supported": 302, "DFU Service not found": 302, "DFU Control Point characteristic": 302,
    "DFU Packet characteristic": 302, "Reading DFU Version characteristic failed": 303,
    "Unsupported DFU Version": 303, "DFU Version found, but does not have the Read property": 303,
    "Enabling notifications failed": 304, "Enabling indications failed": 304,
    "Writing to characteristic failed": 305, "Receiving notification failed": 306, "Receiving response failed": 306,
    "Unsupported response received": 307, "Received max object size = 0": 307, "Invalid response received": 307,
    "Sending firmware failed": 309, "Updating SoftDevice or Bootloader is not supported": 3,
    "Peripheral is in an invalid state": 2, "Assert ": 500,
}

#: iOS DFU Library errors thrown to the app while it opens the firmware (``DFUFirmwareError``,
#: ``DFUStreamZipError``; no ``DFUError`` number): message start -> error name.
IOS_FIRMWARE_TEXTS: dict[str, str] = {
    "The zip file is invalid": "DFUFirmwareError.zip", "The binOrHex file is invalid": "DFUFirmwareError.binOrHex",
    "The dat file is invalid": "DFUFirmwareError.dat", "No manifest.json file found": "DFUStreamZipError.noManifest",
    "Invalid manifest.json file": "DFUStreamZipError.invalidManifest",
    "File specified in manifest.json not found in ZIP": "DFUStreamZipError.fileNotFound",
    "Specified type not found in manifest.json": "DFUStreamZipError.typeNotFound",
}

#: The Android DFU Library's ``GattError.parse`` texts of its own errors (what ``onError`` passes as the
#: message, and apps print), old (<= v1.5.0) spellings included -> the error number.
ANDROID_LIBRARY_TEXTS: dict[str, int] = {
    "DFU DEVICE DISCONNECTED": 0x1000, "DFU FILE NOT FOUND": 0x1001, "DFU FILE ERROR": 0x1002,
    "DFU NOT A VALID HEX FILE": 0x1003, "DFU IO EXCEPTION": 0x1004, "DFU SERVICE DISCOVERY NOT STARTED": 0x1005,
    "DFU CHARACTERISTICS NOT FOUND": 0x1006, "DFU SERVICE NOT FOUND": 0x1006, "DFU INVALID RESPONSE": 0x1008,
    "DFU FILE TYPE NOT SUPPORTED": 0x1009, "BLUETOOTH ADAPTER DISABLED": 0x100A, "DFU INIT PACKET REQUIRED": 0x100B,
    "INIT PACKET REQUIRED": 0x100B, "DFU FILE NOT WORD ALIGNED": 0x100C, "DFU CRC ERROR": 0x100D,
    "DFU DEVICE NOT BONDED": 0x100E,
}


def android_error_text(text: str) -> tuple[str, int, str] | None:
    """``(domain, code, name)`` of an Android DFU Library error text as ``onError`` hands it to apps:
    ``library`` (``DFU INVALID RESPONSE`` -> 4104), ``connection_state`` (``GATT CONN TIMEOUT`` -> 8) or
    ``gatt`` (``GATT INSUF AUTHORIZATION`` -> 8); None for other texts.  Connection-state names win where
    both tables name a status the same (``GATT ERROR`` -> 133)."""
    key = " ".join(text.split()).upper()
    if key in ANDROID_LIBRARY_TEXTS:
        code = ANDROID_LIBRARY_TEXTS[key]
        return "library", code, ANDROID_DFU_ERRORS.get(code, str(code))
    name = key.replace(" ", "_")
    for code, n in ANDROID_CONNECTION_STATUS.items():
        if n == name and code:
            return "connection_state", code, n
    for code, n in ANDROID_GATT_STATUS.items():
        if n == name:
            return "gatt", code, n
    return None


#: What the Android DFU Library calls each remote status (``SecureDfuError.parse``,
#: ``parseExtendedError``, ``LegacyDfuError.parse``, ``parseButtonlessError``), same layout as
#: ``IOS_REMOTE_TEXTS``.  Up to v1.5.0 the secure and legacy texts began with ``REMOTE DFU `` (dropped
#: by the lookup); "Wring signature type" is v1.2.0-v1.7.0.  NB "Signature mismatch" is the extended
#: error SIGNATURE_MISSING here, but the secure result 0x06 on iOS.
ANDROID_REMOTE_TEXTS: dict[str, tuple[tuple[str, int], ...]] = {
    "OP CODE NOT SUPPORTED": (("secure", 0x02), ("buttonless", 0x02)),
    "INVALID PARAM": (("secure", 0x03),),
    "INSUFFICIENT RESOURCES": (("secure", 0x04),),
    "INVALID OBJECT": (("secure", 0x05),),
    "UNSUPPORTED TYPE": (("secure", 0x07),),
    "OPERATION NOT PERMITTED": (("secure", 0x08),),
    "OPERATION FAILED": (("secure", 0x0A), ("legacy", 0x06), ("buttonless", 0x04)),
    "EXTENDED ERROR": (("secure", 0x0B),),
    "INVALID STATE": (("legacy", 0x02),),
    "NOT SUPPORTED": (("legacy", 0x03),),
    "DATA SIZE EXCEEDS LIMIT": (("legacy", 0x04),),
    "INVALID CRC ERROR": (("legacy", 0x05),),
    "Wrong command format": (("ext", 0x02),),
    "Unknown command": (("ext", 0x03),),
    "Init command invalid": (("ext", 0x04),),
    "FW version failure": (("ext", 0x05),),
    "HW version failure": (("ext", 0x06),),
    "SD version failure": (("ext", 0x07),),
    "Signature mismatch": (("ext", 0x08),),
    "Wrong hash type": (("ext", 0x09),),
    "Hash failed": (("ext", 0x0A),),
    "Wrong signature type": (("ext", 0x0B),),
    "Wring signature type": (("ext", 0x0B),),
    "Verification failed": (("ext", 0x0C),),
    "Insufficient space": (("ext", 0x0D),),
}


def status_of(kind: str, code: int) -> dict[str, object]:
    """A remote status of one of the four kinds as ``{"protocol", "result", "ext_error"?}`` in the names
    the rest of the tool uses (secure result names, ``LEGACY_*``, ``BUTTONLESS_*``)."""
    if kind == "ext":
        return {"protocol": "secure", "result": RESULTS[0x0B], "ext_error": name_of(EXT_ERRORS, code)}
    if kind == "legacy":
        return {"protocol": "legacy", "result": _legacy_status(code)}
    if kind == "buttonless":
        return {"protocol": "buttonless", "result": _buttonless_result(code)}
    return {"protocol": "secure", "result": name_of(RESULTS, code)}


def ios_error_numbers(kind: str, code: int) -> dict[int, str]:
    """The numbers under which the iOS library can report a remote status, each with its numbering.

    ``raw``: the library's own ``Error {raw}:`` log line; ``DFUError``: the delegate's value in 4.3.0 and
    later (legacy = status, secure = 10 + result, extended = 20 + ext, buttonless = 90 + status);
    ``DFUError<4.3.0``: before Feb 2019 (every extended error was 21, buttonless was 30 + status);
    ``experimental``: the SDK 12 experimental buttonless service (9000 + status).  Statuses without a
    ``DFUError`` case (secure 0x00, ext 0x00) arrive as 307 unsupportedResponse.
    """
    out: dict[int, str] = {code: "raw"}  # (a legacy status is its own DFUError too)
    if kind == "secure":
        out[10 + code if code >= 2 else 307] = "DFUError"
    elif kind == "ext":
        out[20 + code if code >= 2 else 307] = "DFUError"
        out.setdefault(21, "DFUError<4.3.0")
    elif kind == "buttonless":
        out[90 + code] = "DFUError"
        out.setdefault(30 + code, "DFUError<4.3.0")
        out[9000 + code] = "experimental"
    return out


#: The well-known UUIDs of the DFU characteristics, lower case, to tell protocols apart in host logs.
UUID_SECURE_CONTROL_POINT = "8ec90001-f315-4f60-9fb8-838830daea50"
UUID_SECURE_PACKET = "8ec90002-f315-4f60-9fb8-838830daea50"
UUID_BUTTONLESS_UNBONDED = "8ec90003-f315-4f60-9fb8-838830daea50"
UUID_BUTTONLESS_BONDED = "8ec90004-f315-4f60-9fb8-838830daea50"
UUID_LEGACY_CONTROL_POINT = "00001531-1212-efde-1523-785feabcd123"
UUID_LEGACY_PACKET = "00001532-1212-efde-1523-785feabcd123"
UUID_LEGACY_VERSION = "00001534-1212-efde-1523-785feabcd123"


def protocol_of_uuid(uuid: str) -> str | None:
    """``secure``/``legacy``/``buttonless`` for a DFU characteristic UUID, else None."""
    u = uuid.lower()
    if u in (UUID_SECURE_CONTROL_POINT, UUID_SECURE_PACKET):
        return "secure"
    if u in (UUID_BUTTONLESS_BONDED, UUID_BUTTONLESS_UNBONDED):
        return "buttonless"
    if u.startswith("0000153") and u.endswith("-1212-efde-1523-785feabcd123"):
        return "legacy"
    return None


def pc_ble_driver_error(code: int) -> str:
    return PC_BLE_DRIVER_ERRORS.get(code, f"UNKNOWN_0x{code:04X}")


def hci_status(code: int) -> str:
    return HCI_STATUS.get(code, f"UNKNOWN_0x{code:02X}")


def android_gatt_status(code: int, *, connection: bool = False) -> str:
    if connection and code in ANDROID_CONNECTION_STATUS:
        return ANDROID_CONNECTION_STATUS[code]
    return ANDROID_GATT_STATUS.get(code, f"UNKNOWN_{code}")


#: Secure results above the legacy statuses (1..6): a bare remote value among these is secure DFU.
_SECURE_ONLY_RESULTS = frozenset({0x07, 0x08, 0x0A, 0x0B})


def decode_android_error(number: int) -> dict[str, object] | None:
    """Decode an Android DFU Library error number (``onError(..., error, ...)``, "error 522").

    Returns ``{"domain": "remote", "protocol", "result", "ext_error"?}`` for bootloader errors (``ext_error``
    None when the number says EXT_ERROR without the code, as 523 does),
    ``{"domain": "connection"|"connection_state"|"library", "code", "name"}`` otherwise, None when
    the number fits no part of the layout.  Why: apps show the bare number, and 522 vs 1031 vs 8714
    tell different stories (result OPERATION_FAILED vs extended SD_VERSION_FAILURE).
    """
    if number < 0:
        return None
    if number & ANDROID_ERROR_CONNECTION_STATE_MASK:
        code = number & ~ANDROID_ERROR_CONNECTION_STATE_MASK
        return {"domain": "connection_state", "code": code, "name": android_gatt_status(code, connection=True)}
    if number & ANDROID_ERROR_CONNECTION_MASK:
        code = number & ~ANDROID_ERROR_CONNECTION_MASK
        return {"domain": "connection", "code": code, "name": android_gatt_status(code)}
    n = number & ~ANDROID_ERROR_REMOTE_MASK
    if n in ANDROID_DFU_ERRORS:
        return {"domain": "library", "code": n, "name": ANDROID_DFU_ERRORS[n]}
    kind, low = n & 0xF00, n & 0xFF
    if n > 0xFFF or low == 0:
        return None
    if kind == 0 and number & ANDROID_ERROR_REMOTE_MASK and low in _SECURE_ONLY_RESULTS:
        # up to v1.5.0 remote errors reached apps without their type bits ("UNKNOWN (8203)"); only the
        # secure results that no legacy status shares can be told from the bare value
        return {"domain": "remote", "protocol": "secure", "result": name_of(RESULTS, low),
                **({"ext_error": None} if low == 0x0B else {})}
    if kind == ANDROID_REMOTE_TYPE_SECURE:
        return {"domain": "remote", "protocol": "secure", "result": name_of(RESULTS, low),
                **({"ext_error": None} if low == 0x0B else {})}
    if kind == ANDROID_REMOTE_TYPE_SECURE_EXTENDED:
        return {"domain": "remote", "protocol": "secure", "result": RESULTS[0x0B],
                "ext_error": name_of(EXT_ERRORS, low)}
    if kind == ANDROID_REMOTE_TYPE_LEGACY:
        return {"domain": "remote", "protocol": "legacy", "result": _legacy_status(low)}
    if kind == ANDROID_REMOTE_TYPE_SECURE_BUTTONLESS:
        return {"domain": "remote", "protocol": "buttonless", "result": _buttonless_result(low)}
    return None


def decode_ios_error(number: int, message: str | None = None, *,
                     protocol: str | None = None) -> dict[str, object] | None:
    """Decode an iOS DFU Library error number: the delegate's ``DFUError`` raw value ("Error 20: ...") or
    the library's own raw status ("Error 7: SD version check failed"), told apart by ``message``.

    Returns ``{"domain": "remote", "protocol", "result", "ext_error"?, "numbering"}`` or ``{"domain":
    "library", "code", "name"}``, None when the number fits nothing.  Why the message: numbers overlap
    between library versions (before 4.3.0 buttonless errors were 30 + status, so 31/32 meant what 4.3.0+
    calls WRONG_SIGNATURE_TYPE / VERIFICATION_FAILED) and between the two numberings (raw 4 with
    "Operation failed" is buttonless OPERATION_FAILED, DFUError 4 is legacy DATA_SIZE_EXCEEDS_LIMIT);
    the description text settles it.  Without a message the 4.3.0+ numbering is assumed; ``protocol``
    (the one the log speaks) chooses where number and text still leave two statuses.
    """
    if message is not None:
        got = decode_ios_remote_text(message, number, protocol=protocol)
        if got is not None:
            return got
    if 2 <= number <= 6:
        return {"domain": "remote", "numbering": "DFUError", **status_of("legacy", number)}
    if 12 <= number <= 20:
        return {"domain": "remote", "numbering": "DFUError", **status_of("secure", number - 10)}
    if number == 21:  # 4.3.0+: never reported; before: extended error, the code only in the text
        return {"domain": "remote", "numbering": "DFUError", "protocol": "secure", "result": RESULTS[0x0B],
                "ext_error": None}
    if 22 <= number <= 33:
        return {"domain": "remote", "numbering": "DFUError", **status_of("ext", number - 20)}
    if number == 34:  # before 4.3.0 only: buttonless 30 + 4 (OPERATION_FAILED)
        return {"domain": "remote", "numbering": "DFUError<4.3.0", **status_of("buttonless", 4)}
    if number in (92, 94, 95, 96, 97):  # remote buttonless errors (90 + code)
        return {"domain": "remote", "numbering": "DFUError", **status_of("buttonless", number - 90)}
    if number in (9001, 9002, 9004):  # experimental buttonless service (9000 + code)
        return {"domain": "remote", "numbering": "experimental", **status_of("buttonless", number - 9000)}
    if number in IOS_LOCAL_ERRORS:
        return {"domain": "library", "code": number, "name": IOS_LOCAL_ERRORS[number]}
    return None


def _text_key(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).strip(" .!").lower()


_IOS_TEXT_INDEX = {_text_key(k): v for k, v in IOS_REMOTE_TEXTS.items()}
_ANDROID_TEXT_INDEX = {_text_key(k): v for k, v in ANDROID_REMOTE_TEXTS.items()}
_KIND_ORDER = {"secure": 0, "ext": 0, "legacy": 1, "buttonless": 2}


def _pick(cands: tuple[tuple[str, int], ...], protocol: str | None) -> tuple[str, int]:
    if protocol is not None:
        for kind, code in cands:
            if (kind in ("secure", "ext") and protocol == "secure") or kind == protocol:
                return kind, code
    return min(cands, key=lambda c: _KIND_ORDER[c[0]])


def decode_ios_remote_text(text: str, number: int | None = None, *,
                           protocol: str | None = None) -> dict[str, object] | None:
    """The remote status an iOS description names, the number printed with it choosing among the
    statuses sharing the text (``IOS_REMOTE_TEXTS``, ``ios_error_numbers``); ``protocol`` (the one the
    log is speaking) chooses when the number does not.  None for a text that is no iOS description."""
    cands = _IOS_TEXT_INDEX.get(_text_key(text))
    if not cands:
        return None
    got = _decode_ios_cands(cands, number, protocol)
    return dict(got)


@lru_cache(maxsize=512)
def _decode_ios_cands(cands: tuple[tuple[str, int], ...], number: int | None,
                      protocol: str | None) -> tuple[tuple[str, object], ...]:
    return tuple(_decode_ios_cands_uncached(cands, number, protocol).items())


def _decode_ios_cands_uncached(cands: tuple[tuple[str, int], ...], number: int | None,
                               protocol: str | None) -> dict[str, object]:
    if number is not None:
        fits = [(k, c, ios_error_numbers(k, c)[number]) for k, c in cands if number in ios_error_numbers(k, c)]
        if fits:
            kind, code = _pick(tuple((k, c) for k, c, _ in fits), protocol)
            numbering = next(n for k, c, n in fits if (k, c) == (kind, code))
            return {"domain": "remote", "numbering": numbering, **status_of(kind, code)}
    kind, code = _pick(cands, protocol)
    return {"domain": "remote", "numbering": "text", **status_of(kind, code)}


def decode_android_remote_text(text: str, *, protocol: str | None = None) -> dict[str, object] | None:
    """The remote status an Android DFU Library text names ("OPERATION FAILED", "REMOTE DFU INVALID
    OBJECT", "SD version failure"), ``protocol`` choosing among statuses sharing a text; else None."""
    key = _text_key(text)
    if key.startswith("remote dfu "):
        key = key[len("remote dfu "):]
    cands = _ANDROID_TEXT_INDEX.get(key)
    if not cands:
        return None
    kind, code = _pick(cands, protocol)
    return {"domain": "remote", **status_of(kind, code)}


def ios_local_error(message: str) -> tuple[int, str] | None:
    """``(DFUError value, case name)`` of an iOS library message about its own failure, else None."""
    m = message.strip()
    for prefix, code in IOS_LOCAL_TEXTS.items():
        if m.startswith(prefix):
            return code, IOS_LOCAL_ERRORS.get(code) or _IOS_REMOTE_NAMES.get(code, str(code))
    return None


_IOS_REMOTE_NAMES = {2: "remoteLegacyDFUInvalidState", 3: "remoteLegacyDFUNotSupported"}


def _legacy_status(code: int) -> str:
    return "LEGACY_" + LEGACY_STATUS.get(code, f"UNKNOWN_0x{code:02X}")


def _buttonless_result(code: int) -> str:
    return "BUTTONLESS_" + BUTTONLESS_RESULTS.get(code, f"UNKNOWN_0x{code:02X}")


def legacy_status_name(code: int) -> str:
    """Legacy statuses are prefixed ``LEGACY_`` so they never collide with secure result names."""
    return _legacy_status(code)


def buttonless_result_name(code: int) -> str:
    return _buttonless_result(code)
