"""Failure signatures as data: TOML rules (``builtin/<domain>/*.toml``), a small condition language
(``lang``), the loader that validates them (``loader``) and the engine that matches them (``engine``).

Nothing heavy is imported here: the CLI imports this package at start-up.
"""

from __future__ import annotations

from pathlib import Path

#: Where the built-in signature base lives (one folder per domain, one TOML file per rule).
BUILTIN_DIR = Path(__file__).resolve().parent / "builtin"

#: The failure categories of ../shared/reference/categories.md; a rule's ``category`` must be one.
#: Stable codes: never renamed; new ones are only ever appended.
CATEGORIES: tuple[str, ...] = (
    "sd-req-mismatch",
    "signature-invalid",
    "fw-version-rejected",
    "hw-version-mismatch",
    "init-packet-invalid",
    "image-layout-invalid",
    "image-hash-mismatch",
    "image-invalid",
    "update-not-confirmed",
    "module-dependency-unmet",
    "bootloader-build-defect",
    "known-sdk-defect",
    "provisioning-incomplete",
    "transfer-interrupted",
    "transport-failure",
    "power-brownout",
    "flash-operation-failed",
    "app-data-overwritten",
    "app-boot-failure",
    "app-crash",
    "host-tool-misuse",
    "unknown",
)
