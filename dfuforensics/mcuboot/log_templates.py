"""MCUboot (upstream and sdk-mcuboot) log format strings and what their lines mean.

``log_templates.tsv`` is derived from the reference's 369 extracted MCUboot log calls by
``tools/derive_log_templates.py``.  Three small groups are added here because the reference records
them outside the TSV (particle-and-mcuboot.md §B5): the legacy trailer line without ``swap_type``
(MCUboot ≈2019), the 2017 ``Image in slot %d is not valid!`` wording, and the printk lines of the NCS
immutable bootloader (b0/NSIB) that run before MCUboot.  Zephyr's own fatal-error prints are added for
the ``fault`` event (Zephyr ``arch/arm/core/cortex_m/fault.c`` / ``kernel/fatal.c`` wording).

Values in slot-state lines are MCUboot's decoded enums (§B2): magic good/bad/unset, flags 1 set /
2 bad / 3 unset, swap_type 1 none / 2 test / 3 perm / 4 revert.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from ..nrf5.log_templates import Meaning, TemplateIndex, build_templates

SWAP_TYPES = {1: "none", 2: "test", 3: "perm", 4: "revert", 5: "fail", 0xFF: "panic"}
FLAG_STATES = {1: "set", 2: "bad", 3: "unset"}

#: (modules, level, origin, format) rows that are not in the reference TSV (see module docstring).
EXTRA_ROWS: list[tuple[tuple[str, ...], str, tuple[str, ...], str]] = [
    (("mcuboot",), "info", ("legacy",), "%s: magic=%s, copy_done=0x%x, image_ok=0x%x"),
    (("mcuboot",), "error", ("legacy",), "Image in slot %d is not valid!"),
    (("b0",), "info", ("nsib",), "Attempting to boot slot %d."),
    (("b0",), "info", ("nsib",), "Attempting to boot from address 0x%x."),
    (("b0",), "info", ("nsib",), "Verifying signature against key %d."),
    (("b0",), "info", ("nsib",), "Hash: 0x%s"),
    (("b0",), "info", ("nsib",), "Firmware signature verified."),
    (("b0",), "info", ("nsib",), "Firmware version %d"),
    (("b0",), "info", ("nsib",), "Booting (0x%x)."),
    (("os",), "error", ("zephyr",), ">>> ZEPHYR FATAL ERROR %d: %s on CPU %d"),
    (("os",), "error", ("zephyr",), ">>> ZEPHYR FATAL ERROR %d: %s"),
    (("os",), "error", ("zephyr",), "Faulting instruction address (r15/pc): 0x%08x"),
    (("os",), "error", ("zephyr",), "***** %s *****"),
]


def _post_slot_state(fields: dict[str, Any]) -> None:
    slot = str(fields.pop("slot_label", "")).lower()
    fields["slot"] = ("primary" if slot.startswith("primary") else "secondary" if slot.startswith("secondary")
                      else "scratch" if slot.startswith("scratch") else slot)
    if isinstance(fields.get("swap_type"), int):
        fields["swap_type"] = SWAP_TYPES.get(fields["swap_type"], f"0x{fields['swap_type']:X}")
    for key in ("copy_done", "image_ok"):
        if isinstance(fields.get(key), int):
            fields[key] = FLAG_STATES.get(fields[key], f"0x{fields[key]:X}")


def _post_swap_type(fields: dict[str, Any]) -> None:
    fields["swap_type"] = str(fields.get("swap_type", "")).strip().lower()


def _post_slot(fields: dict[str, Any]) -> None:
    slot = fields.get("slot")
    if isinstance(slot, int):
        fields["slot"] = "primary" if slot == 0 else "secondary" if slot == 1 else str(slot)


MCUBOOT_MEANINGS: list[Meaning] = [
    Meaning(r"^Starting bootloader$", "boot.start", {"stage": "mcuboot"}),
    Meaning(r"^%s: magic=%s, swap_type=0x%x, copy_done=0x%x, image_ok=0x%x$", "mcuboot.slot_state", {},
            ("slot_label", "magic", "swap_type", "copy_done", "image_ok"), _post_slot_state),
    Meaning(r"^%s: magic=%s, copy_done=0x%x, image_ok=0x%x$", "mcuboot.slot_state", {},
            ("slot_label", "magic", "copy_done", "image_ok"), _post_slot_state),
    Meaning(r"^Image index: %d, Swap type: (?:%s|(?P<swap_type>\w+))$", "mcuboot.swap_type", {},
            ("image_index", "swap_type"), _post_swap_type),
    Meaning(r"^Swap type: (?:%s|(?P<swap_type>\w+))$", "mcuboot.swap_type", {}, ("swap_type",), _post_swap_type),
    Meaning(r"^Image in the %s slot is not valid!$", "mcuboot.image_invalid", {}, ("slot",)),
    Meaning(r"^Image in slot %d is not valid!$", "mcuboot.image_invalid", {}, ("slot",), _post_slot),
    Meaning(r"^Jumping to the first image slot", "boot.app_start", {"stage": "mcuboot"}),
    Meaning(r"^Booting \(0x%x\)\.$", "boot.app_start", {"stage": "b0"}, ("address",)),
    Meaning(r"^>>> ZEPHYR FATAL ERROR %d: %s", "fault", {"fault_type": "zephyr_fatal"}, ("reason", "reason_text")),
    Meaning(r"^Faulting instruction address \(r15/pc\): 0x%08x$", "fault", {"fault_type": "zephyr_fatal"}, ("pc",)),
    # the Cortex-M fault handler's banner ("***** BUS FAULT *****"): the first line of a fault report, and
    # often the only one left when the paste or the capture is cut
    Meaning(r"^\*{5} %s \*{5}$", "fault", {"fault_type": "zephyr_fatal"}, ("zephyr_fault",)),
]


@cache
def mcuboot_index() -> TemplateIndex:
    """Every MCUboot template (upstream + NCS), loaded once."""
    text = resources.files("dfuforensics.mcuboot").joinpath("log_templates.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines()[2:]:
        modules, level, origins, fmt = line.split("\t", 3)
        rows.append((tuple(modules.split(",")), level, tuple(origins.split(",")), fmt))
    rows.extend(EXTRA_ROWS)
    return TemplateIndex(build_templates(rows, MCUBOOT_MEANINGS))


#: MCUboot modules: a line under one of them makes the input an ``mcuboot-log``.
MCUBOOT_MODULES = frozenset({"mcuboot", "mcuboot_util", "mcuboot_psa_enc", "ed25519_psa"})
