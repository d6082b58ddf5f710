"""Device OS code tables: module functions, stores, validation flags, platform ids, releases.

Source for every table: ../shared/reference/particle-and-mcuboot.md §A2-A4 (``module_info.h``,
``ota_flash_hal.h``, ``platforms.h``, ``system/system-versions.md``).  Names are the ones the
firmware and the CLI use, so a report reads like Particle's own tools.
"""

from __future__ import annotations

#: JSON ``f`` code -> (our stable function name, the CLI's display name).
FUNCTIONS: dict[str, tuple[str, str]] = {
    "r": ("resource", "Reserved"),
    "b": ("bootloader", "Bootloader"),
    "m": ("monolithic", "Monolithic"),
    "s": ("system-part", "System"),
    "u": ("user-part", "User"),
    "c": ("ncp", "NCP"),
    "a": ("radio-stack", "Radio stack"),
}
#: The CLI's display name -> JSON ``f`` code (``particle serial inspect`` prints display names).
FUNCTION_BY_DISPLAY = {display.lower(): code for code, (_name, display) in FUNCTIONS.items()}

#: JSON ``l`` code -> store name (``module_store_string``; the CLI says "temp" for scratchpad).
LOCATIONS = {"m": "main", "f": "factory", "b": "backup", "t": "scratchpad", "_": "other"}
LOCATION_BY_DISPLAY = {"main": "m", "factory": "f", "backup": "b", "temp": "t", "scratchpad": "t"}

#: ``module_validation_flags_t`` bits; ``vc`` = checks run, ``vv`` = checks passed.
FLAGS: dict[int, str] = {
    0x02: "integrity",
    0x04: "dependencies",
    0x08: "range",
    0x10: "platform",
    0x20: "product",
    0x40: "dependencies_full",
}
FLAG_BY_NAME = {v: k for k, v in FLAGS.items()}
#: What the CLI prints for each bit (``serial inspect``), and the inverse.
FLAG_DISPLAY = {0x02: "Integrity", 0x08: "Address Range", 0x10: "Platform", 0x04: "Dependencies"}
FLAG_BY_DISPLAY = {v.lower(): k for k, v in FLAG_DISPLAY.items()}
DEPENDENCY_FLAGS = 0x04 | 0x40

PLATFORMS: dict[int, str] = {
    0: "Core", 2: "core-hd", 3: "gcc", 4: "Photon (dev)", 5: "teacup pigtail (dev)", 6: "Photon",
    7: "teacup pigtail", 8: "P1", 9: "ethernet proto", 10: "Electron", 12: "Argon", 13: "Boron",
    14: "Xenon", 15: "E SoM X", 22: "A SoM", 23: "B SoM", 24: "X SoM", 25: "B5 SoM",
    26: "Tracker", 28: "Tracker M", 31: "Raspberry Pi", 32: "P2", 35: "M SoM", 82: "Oak",
    88: "RedBear Duo", 103: "Bluz", 269: "Bluz gateway", 270: "Bluz beacon", 60000: "newhal",
}
GEN2_PLATFORMS = frozenset({6, 8, 10, 88})
GEN3_PLATFORMS = frozenset({12, 13, 14, 15, 22, 23, 25, 26, 28})

#: System-part module version -> Device OS release (final releases; system-versions.md).
SYSTEM_RELEASES: dict[int, str] = {
    0: "0.4.0", 1: "0.4.1", 2: "0.4.2", 3: "0.4.3", 4: "0.4.4", 5: "0.4.5", 6: "0.4.6", 8: "0.4.7",
    11: "0.4.9", 13: "0.5.0", 15: "0.5.1", 17: "0.5.2", 21: "0.5.3", 22: "0.5.4", 23: "0.5.5",
    102: "0.6.0", 105: "0.6.1", 108: "0.6.2", 109: "0.6.3", 110: "0.6.4", 207: "0.7.0", 403: "0.9.0",
    1000: "1.0.0", 1002: "1.0.1", 1102: "1.1.0", 1213: "1.2.1", 1321: "1.3.1", 1401: "1.4.0",
    1403: "1.4.1", 1404: "1.4.2", 1405: "1.4.3", 1406: "1.4.4", 1502: "1.5.0", 1511: "1.5.1",
    1512: "1.5.2", 2008: "2.0.0", 2011: "2.0.1", 2101: "2.1.0", 2202: "2.2.0", 2301: "2.3.0",
    2302: "2.3.1", 3005: "3.0.0", 3103: "3.1.0", 3201: "3.2.0", 3301: "3.3.0", 3302: "3.3.1",
    4003: "4.0.0", 4005: "4.0.1", 4006: "4.0.2", 4100: "4.1.0", 4200: "4.2.0", 5002: "5.0.0",
    5003: "5.0.1", 5004: "5.1.0", 5200: "5.2.0", 5300: "5.3.0", 5301: "5.3.1", 5302: "5.3.2",
    5400: "5.4.0", 5410: "5.4.1", 5501: "5.5.0", 5600: "5.6.0", 5700: "5.7.0", 5800: "5.8.0",
    5801: "5.8.1", 5802: "5.8.2", 5901: "5.9.0", 6000: "6.0.0", 6100: "6.1.0", 6101: "6.1.1",
    6102: "6.1.2", 6200: "6.2.0",
}
#: 0.7.0 release candidates (they matter: the bootloader dependency appeared in rc.1).
SYSTEM_RELEASES.update({200 + i: f"0.7.0-rc.{i + 1}" for i in range(7)})

#: Bootloader module version -> the first Device OS release that shipped it.
BOOTLOADER_RELEASES: dict[int, str] = {
    7: "0.4.9", 11: "0.6.2", 100: "0.7.0-rc.1", 101: "0.7.0", 201: "1.0.0", 300: "0.9.0",
    301: "1.1.0", 311: "1.2.1", 401: "1.3.1", 500: "1.4.0", 501: "1.4.2", 502: "1.5.2",
    1003: "2.0.0", 1005: "2.0.1", 1006: "2.2.0", 1100: "3.1.0", 1101: "4.0.0", 1200: "4.1.0",
    2000: "5.0.0", 2001: "5.1.0", 2002: "5.2.0", 2100: "5.3.0", 2200: "5.4.0", 2300: "5.5.0",
    2600: "5.8.0", 2601: "5.8.1", 3000: "6.0.0", 3100: "6.2.0",
}


#: ``spark/device/last_reset`` reasons (Device OS ``reset_reason_t`` in lower case, as the event's data
#: gives them) that say an update reset the device: applied (``update``), failed (``update_error``) or
#: not finished in time (``update_timeout``: the OTA transfer stalled and the device gave up on it).
UPDATE_RESET_REASONS = frozenset({"update", "update_error", "update_timeout"})


def function_name(code: str) -> str:
    """Our stable name for a JSON ``f`` code; unmapped codes (settings, assets: ``_``) stay visible."""
    if code in FUNCTIONS:
        return FUNCTIONS[code][0]
    return f"unknown-{code}" if code else "empty"


def display_name(code: str) -> str:
    return FUNCTIONS[code][1] if code in FUNCTIONS else function_name(code)


def flags_named(mask: int) -> list[str]:
    """Flag names of ``mask`` in bit order (deterministic, like the firmware's enum)."""
    return [name for bit, name in sorted(FLAGS.items()) if mask & bit]


def platform_name(pid: int) -> str:
    return PLATFORMS.get(pid, f"unknown platform {pid}")


def release_of(function: str, version: int) -> str | None:
    """The Device OS release a module version belongs to, when the table knows it.

    System parts (``s``), monolithic builds (``m``) and the versions a user part depends on share the
    system numbering; bootloaders have their own.  Unknown versions give None, never a guess.
    """
    if function in ("s", "m"):
        return SYSTEM_RELEASES.get(version)
    if function == "b":
        return BOOTLOADER_RELEASES.get(version)
    return None
