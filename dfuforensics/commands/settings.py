"""`dfuforensics settings FILE`: every field of an nRF5 bootloader settings page."""

from __future__ import annotations

import argparse
import sys
from typing import Any

HELP = "decode an nRF5 bootloader settings page (or the one inside a flash dump)"
DESCRIPTION = """\
Decode an nRF5 bootloader settings page (nrf_dfu_settings_t, versions 1 and 2) and its backup.

FILE is a settings page (raw, or Intel HEX as `nrfutil settings generate` writes it), or a flash
dump (bin, hex, elf): the page is read at the chip's settings address and the backup at its MBR
parameters page.  A raw page without an address is placed by --family, a chip named in the file
name, or else nRF52832.  Erased and damaged pages still decode; what is wrong is listed.

examples:
  dfuforensics settings settings_page.hex
  dfuforensics settings flash_dump.bin --family nrf52840 --format json
  dfuforensics settings page.bin@0x000FF000

exit status: 0 decoded (a damaged or erased page too: crc_valid and the damage say so); 2 no
settings page could be read (missing, empty or not memory, e.g. a log).
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="settings page or flash dump (bin, hex; FILE@0xADDR)")
    p.add_argument("--family", metavar="CHIP", help="nrf51, nrf52810, nrf52811, nrf52820, nrf52832, nrf52833, nrf52840")
    p.add_argument("--format", choices=("rich", "json"), default="rich")


#: kinds of input that are raw memory, where a settings page can be
MEMORY_KINDS = frozenset({"settings-page", "flash-image", "ram-image", "mcuboot-slot", "dfu-image"})


def _load(arg: str, family: str | None) -> tuple[str, list[tuple[int, bytes]], int | None, list[str]]:
    """(display name, memory segments, file offset base for raw files, notes) for FILE."""
    from pathlib import Path

    from ..errors import DfuForensicsError, UsageError, WrongFormat
    from ..evidence.memory_images import FLASH_SIZES, ElfImageParser, IntelHexParser
    from ..evidence.settings_page import MAX_LONE_BYTES, lone_page_address
    from ..model import MemorySegment, ParseWarning
    from ..nrf5.chips import chip
    from ..sources import InputTooLarge, expand

    if Path(arg).is_dir():
        raise UsageError(f"{arg}: give one file (a settings page or a flash dump), not a folder")
    sources = expand([arg])
    src = sources[0]
    if src.size == 0:
        raise DfuForensicsError(f"{src.display}: file is empty; nothing to decode")
    notes: list[str] = []
    segments: list[tuple[int, bytes]] = []
    try:
        head = src.head.lstrip(b"\xef\xbb\xbf")
        if head.startswith(b"\x7fELF") or head.startswith(b":"):
            parser = ElfImageParser() if head.startswith(b"\x7fELF") else IntelHexParser()
            for item in parser.parse(src):
                if isinstance(item, MemorySegment):
                    segments.append((item.address, item.data))
                elif isinstance(item, ParseWarning):
                    notes.append(item.describe())
            if not segments:
                raise DfuForensicsError(f"{src.display}: no memory contents in this file"
                                        + (f" ({notes[0]})" if notes else ""))
            return src.display, segments, None, notes
        if src.load_address is None:
            from ..evidence import detect

            # a log or a package is not memory: decoding its text as a page would print nonsense
            other = detect(src)
            if other is not None and other.kind not in MEMORY_KINDS:
                raise DfuForensicsError(f"{src.display}: this is {other.kind} evidence, not a settings page "
                                        f"or a flash dump; `dfuforensics analyze {arg}` reads it")
        data = src.read_bytes()
    except OSError as exc:
        raise DfuForensicsError(f"{src.display}: cannot read: {exc.strerror}") from None
    except WrongFormat as exc:
        raise DfuForensicsError(f"{src.display}: not a readable Intel HEX or ELF file: {exc}") from None
    except InputTooLarge as exc:
        raise DfuForensicsError(f"{src.display}: {exc}") from None
    family_chip = chip(family) if family else None
    if src.load_address is not None:
        base = src.load_address
    elif len(data) in FLASH_SIZES or (family_chip and len(data) == family_chip.flash_size):
        base = 0
        notes.append(f"{src.display}: {len(data)} bytes is a whole-flash dump; read from address 0")
    elif len(data) <= MAX_LONE_BYTES:
        base, why = lone_page_address(data, src.name, None, family)
        if why:
            notes.append(f"{src.display}: {why}")
    else:
        base = 0
        notes.append(f"{src.display}: no load address given; assumed the file starts at flash address 0 "
                     "(give FILE@0xADDR to say otherwise)")
    return src.display, [(base, data)], base, notes


def decode_file(arg: str, family: str | None = None) -> dict[str, Any]:
    """The `settings --format json` object for FILE (also for tests and other tools)."""
    from ..errors import DfuForensicsError
    from ..evidence.settings_page import find_settings
    from ..nrf5.settings import compare_pages

    display, segments, base, notes = _load(arg, family)
    found = find_settings(segments, family, input_name=display, file_base=base)
    if found.main is None:
        spans = ", ".join(f"0x{a:08X}-0x{a + len(d):08X}" for a, d in segments[:6])
        where = f" at the {found.chip.name} settings address" if found.chip else ""
        raise DfuForensicsError(f"{display}: no settings page{where} in this file (it holds {spans}); "
                                "give --family for the chip, or FILE@0xADDR for a raw page")
    out = found.main.to_json()
    out["input"] = display
    out["chip"] = found.chip.name if found.chip else None
    out["backup"] = found.backup.to_json() if found.backup is not None else None
    out["backup_differences"] = []
    if found.backup is not None:
        out["backup_differences"] = [
            {"path": d.path, "main": d.main, "backup": d.backup, "restored": d.restored}
            for d in compare_pages(found.main, found.backup)
        ]
    out["notes"] = notes + found.notes
    return out


def run(args: argparse.Namespace) -> int:
    from ..errors import UsageError
    from ..nrf5.chips import chip

    if args.family:
        try:
            chip(args.family)
        except KeyError as exc:
            raise UsageError(str(exc.args[0])) from None
    result = decode_file(args.file, args.family)
    if args.format == "json":
        import json

        json.dump(result, sys.stdout, indent=2, sort_keys=False)
        sys.stdout.write("\n")
    else:
        _render_rich(result)
    return 0


_HEX_NAMES = ("crc", "address", "update_start_address", "command_crc", "firmware_image_crc",
              "firmware_image_crc_last", "image_crc")
_SKIP = {"damage", "notes", "backup", "backup_differences", "input", "chip"}


def _fmt(key: str, v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, int):
        if key.endswith(_HEX_NAMES) or key == "crc":
            return f"0x{v:08X}"
        return f"{v} (0x{v:X})" if v > 9 else str(v)
    if isinstance(v, list):
        return ", ".join(_fmt(key, x) for x in v) if v else "(none)"
    if isinstance(v, dict):
        return ", ".join(f"{k}={_fmt(k, x)}" for k, x in v.items())
    text = str(v)
    if key.endswith("bytes") and set(text) <= {"0"}:
        return "(all zero)"
    return text.rstrip("0") + "…" if key.endswith("bytes") and len(text) > 64 and text.endswith("00") else text


def _rows(d: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    rows: list[tuple[str, Any]] = []
    for k, v in d.items():
        if not prefix and k in _SKIP:
            continue
        if isinstance(v, dict) and k != "boot_validation":
            rows.extend(_rows(v, f"{prefix}{k}."))
        else:
            rows.append((f"{prefix}{k}", v))
    return rows


def _render_rich(result: dict[str, Any]) -> None:
    import functools

    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(highlight=False, soft_wrap=False)
    plain = not console.is_terminal
    if plain:  # piped: no colours, and no wrapping a script would have to undo
        console = Console(highlight=False, soft_wrap=False, width=200, no_color=True)
    backup = result.get("backup")
    title = (f"{result['input']}: settings page at "
             + (f"0x{result['address']:08X}" if result["address"] is not None else "unknown address")
             + (f" ({result['chip']})" if result.get("chip") else ""))
    table = Table(title=title, box=box.ASCII if plain else box.SIMPLE_HEAVY, title_justify="left")
    table.add_column("field", no_wrap=True)
    table.add_column("settings page", overflow="fold")
    if backup is not None:
        table.add_column(f"backup 0x{backup['address']:08X}", overflow="fold")
    main_rows = _rows(result)
    backup_rows = dict(_rows(backup)) if backup is not None else {}
    for key, value in main_rows:
        cells = [Text(key), Text(_fmt(key.rsplit(".", 1)[-1], value))]
        if backup is not None:
            bv = backup_rows.get(key)
            cell = Text(_fmt(key.rsplit(".", 1)[-1], bv))
            if bv != value and not plain:
                cell.stylize("bold yellow")
            cells.append(cell)
        table.add_row(*cells)
    console.print(table)
    say = functools.partial(console.print, soft_wrap=True)  # messages stay on one line each
    for label, page in (("settings page", result), ("backup", backup)):
        if page and page["damage"]:
            say(Text(f"{label}: what is wrong", style="" if plain else "bold red"))
            for msg in page["damage"]:
                say(Text(f"  - {msg}"))
    if result["backup_differences"]:
        say(Text("page and backup differ in:"))
        for d in result["backup_differences"]:
            how = "restored from the backup at boot when both pages are valid" if d["restored"] else \
                "not restored by the bootloader"
            if isinstance(d["main"], dict) or isinstance(d["backup"], dict):
                say(Text(f"  - {d['path']}: differs ({how})"))
            else:
                say(Text(f"  - {d['path']}: {_fmt(d['path'], d['main'])} vs "
                         f"{_fmt(d['path'], d['backup'])} ({how})"))
    for note in result["notes"]:
        say(Text(f"note: {note}"))
