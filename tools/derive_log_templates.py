"""Derive the compact log-template tables shipped with dfuforensics from the reference TSVs.

Run from the project root:  .venv/bin/python tools/derive_log_templates.py [../shared/reference]

The reference TSVs (one row per log call per SDK version / MCUboot ref) are large and carry columns we
do not need at run time (file, line, derived regexes).  The package ships one row per distinct
(module, level, format string) with the versions it appears in; regexes are derived at load time by
``dfuforensics.nrf5.log_templates.printf_regex`` (our own derivation, tested against the reference's).

The nRF5 table merges the shared reference (SDK 12.3, 14.2-17.1) with the older SDKs' strings kept in
``tools/reference/`` (SDK 11.0-14.1, and the 12.3/14.2 ``dfu_req_handling.c`` rows the reference lacks;
provenance in ``tools/reference/README.md``), so that one row lists every version that printed a call:
a line of an SDK 13 bootloader gets the meaning of the same call in SDK 12.3 or 15, and
``versions_of`` fingerprints old logs too.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: SDK 11 had no levels (``NONE``): its rows keep level ``none`` (``log_templates.NO_LEVEL``), and a line
#: they print gets no level.
LEVELS_NRF = {"ERROR": "error", "WARNING": "warning", "INFO": "info", "DEBUG": "debug", "NONE": "none"}
#: The nRF5 sources merged into one table: the shared reference first, then ours (``tools/reference``).
NRF5_SOURCES = ("nrf5-log-strings.tsv",)
NRF5_LOCAL = (ROOT / "tools" / "reference" / "nrf5-log-strings-sdk11-14.tsv",
              ROOT / "tools" / "reference" / "nrf5-log-strings-dfu-req-handling-12.3-14.2.tsv")
#: A colour macro (``NRF_LOG_COLOR_RED``) the extraction wrote into an SDK 11 format as its value: with
#: ``NRF_LOG_USES_COLORS 0`` it is empty, and readers remove colour codes from lines before matching.
_COLOUR = re.compile(r"\\x1[Bb]\[[0-9;]*m")
LEVELS_ZEPHYR = {"ERR": "error", "WRN": "warning", "INF": "info", "DBG": "debug"}


def _version_key(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in v.split(".") if x.isdigit())


def derive_nrf5(srcs: list[Path], dst: Path) -> int:
    """One row per (module, level, format) over every source, with every SDK version that has it."""
    groups: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for src in srcs:
        with open(src, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                fmt = _COLOUR.sub("", row["format_string"])
                if row["macro"].startswith("NRF_LOG_HEXDUMP"):
                    fmt = "<hexdump>"
                groups[(row["module"], LEVELS_NRF[row["level"]], fmt)].add(row["sdk_version"])
    with open(dst, "w", newline="", encoding="utf-8") as out:
        names = ", ".join(src.name for src in srcs)
        out.write(f"# derived by tools/derive_log_templates.py from {names}; do not edit\n")
        out.write("module\tlevel\tsdk_versions\tformat\n")
        for (module, level, fmt), versions in sorted(groups.items()):
            vs = ",".join(sorted(versions, key=_version_key))
            out.write(f"{module}\t{level}\t{vs}\t{fmt}\n")
    return len(groups)


def derive_mcuboot(src: Path, dst: Path) -> int:
    groups: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    with open(src, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            # "mcuboot (in bootloader) | mcuboot_util (when compiled into the app)" -> both names
            modules = ",".join(part.strip().split(" ")[0] for part in row["log_module"].split("|"))
            origin = "ncs" if "sdk-mcuboot" in row["source_repo"] else "upstream"
            groups[(modules, LEVELS_ZEPHYR[row["level"]], row["message_format"])].add(origin)
    with open(dst, "w", newline="", encoding="utf-8") as out:
        out.write("# derived by tools/derive_log_templates.py from mcuboot-log-strings.tsv; do not edit\n")
        out.write("modules\tlevel\torigin\tformat\n")
        for (modules, level, fmt), origins in sorted(groups.items()):
            out.write(f"{modules}\t{level}\t{','.join(sorted(origins))}\t{fmt}\n")
    return len(groups)


def main(argv: list[str]) -> int:
    ref = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "reference"
    n1 = derive_nrf5([*(ref / name for name in NRF5_SOURCES), *NRF5_LOCAL],
                     ROOT / "dfuforensics" / "nrf5" / "log_templates.tsv")
    n2 = derive_mcuboot(ref / "mcuboot-log-strings.tsv", ROOT / "dfuforensics" / "mcuboot" / "log_templates.tsv")
    print(f"nrf5: {n1} templates, mcuboot: {n2} templates")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
