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
    0x100: "GATT_CONN_CANCEL",
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
}

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


def decode_android_error(number: int) -> dict[str, object] | None:
    """Decode an Android DFU Library error number (``onError(..., error, ...)``, "error 522").

    Returns ``{"domain": "remote", "protocol", "result", "ext_error"?}`` for bootloader errors,
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
    if kind == ANDROID_REMOTE_TYPE_SECURE:
        return {"domain": "remote", "protocol": "secure", "result": name_of(RESULTS, low)}
    if kind == ANDROID_REMOTE_TYPE_SECURE_EXTENDED:
        return {"domain": "remote", "protocol": "secure", "result": RESULTS[0x0B],
                "ext_error": name_of(EXT_ERRORS, low)}
    if kind == ANDROID_REMOTE_TYPE_LEGACY:
        return {"domain": "remote", "protocol": "legacy", "result": _legacy_status(low)}
    if kind == ANDROID_REMOTE_TYPE_SECURE_BUTTONLESS:
        return {"domain": "remote", "protocol": "buttonless", "result": _buttonless_result(low)}
    return None


def decode_ios_error(number: int) -> dict[str, object] | None:
    """Decode an iOS DFU Library ``DFUError`` raw value ("Error 20: ..." from the app's delegate)."""
    if 1 <= number <= 6:
        return {"domain": "remote", "protocol": "legacy", "result": _legacy_status(number)}
    if 11 <= number <= 21:
        return {"domain": "remote", "protocol": "secure", "result": name_of(RESULTS, number - 10)}
    if 22 <= number <= 33:
        return {"domain": "remote", "protocol": "secure", "result": RESULTS[0x0B],
                "ext_error": name_of(EXT_ERRORS, number - 20)}
    if 91 <= number <= 97:  # remote buttonless errors (90 + code)
        return {"domain": "remote", "protocol": "buttonless", "result": _buttonless_result(number - 90)}
    if 9001 <= number <= 9007:  # experimental buttonless service (9000 + code)
        return {"domain": "remote", "protocol": "buttonless", "result": _buttonless_result(number - 9000)}
    if number in IOS_LOCAL_ERRORS:
        return {"domain": "library", "code": number, "name": IOS_LOCAL_ERRORS[number]}
    return None


def _legacy_status(code: int) -> str:
    return "LEGACY_" + LEGACY_STATUS.get(code, f"UNKNOWN_0x{code:02X}")


def _buttonless_result(code: int) -> str:
    return "BUTTONLESS_" + BUTTONLESS_RESULTS.get(code, f"UNKNOWN_0x{code:02X}")


def legacy_status_name(code: int) -> str:
    """Legacy statuses are prefixed ``LEGACY_`` so they never collide with secure result names."""
    return _legacy_status(code)


def buttonless_result_name(code: int) -> str:
    return _buttonless_result(code)
