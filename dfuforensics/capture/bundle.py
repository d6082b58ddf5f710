"""Capture a unit into a bundle folder that ``dfuforensics analyze DIR`` reads.

The bundle: raw images named ``REGION.bin@0xADDR`` (FICR, UICR, RAM, flash; one file per readable
run, so a failed stretch never shifts addresses), ``registers.txt`` (core registers in gdb's
``info registers`` layout and memory-mapped registers -- SCB fault status, POWER -- in gdb's ``x/Nwx``
layout, the two register-dump formats the fault-text parser reads), ``rtt.log`` when RTT was read,
and ``manifest.json``: target, probe, time, what was read (region, address, length, sha256), what was
not and why, and what was assumed.  The images hold only target bytes (same target, same bytes); the
time lives in the manifest alone.

The manifest is rewritten after every region, so a capture cut short (Ctrl-C, link lost, power)
leaves a bundle whose manifest says what it holds and what it lacks.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .. import __version__
from ..nrf5.chips import CHIPS, Chip
from ..output import atomic_write_bytes, atomic_write_text
from .ficr import FICR_BASE, FICR_LENGTH_NRF51, FICR_LENGTH_NRF52, Identity, identify
from .probe import MapRegion, Probe, ProbeLost, ReadFailed, register_name

MANIFEST = "manifest.json"
REGISTERS = "registers.txt"
RTT_LOG = "rtt.log"
UICR_BASE = 0x10001000
RAM_BASE = 0x20000000
SCB_CPUID = 0xE000ED00
#: ARMv7-M SCB block read whole: CPUID, ICSR, VTOR, AIRCR, SCR, CCR, SHPR1-3, SHCSR, CFSR, HFSR,
#: DFSR, MMFAR, BFAR, AFSR (0xE000ED00..0xE000ED3C).
SCB_V7M = (0xE000ED00, 16)
#: ARMv6-M has no CFSR/HFSR/MMFAR/BFAR/AFSR: CPUID..SHCSR, and DFSR (debug extension).
SCB_V6M = ((0xE000ED00, 10), (0xE000ED30, 1))
#: nRF5 POWER registers: RESETREAS (why the last reset), GPREGRET (bootloader's DFU-enter flag),
#: GPREGRET2 (nRF52 only; skip-CRC flag).  Read only when the target is known to be an nRF5.
POWER_NRF52 = ((0x40000400, 1, "POWER.RESETREAS"), (0x4000051C, 2, "POWER.GPREGRET, GPREGRET2"))
POWER_NRF51 = ((0x40000400, 1, "POWER.RESETREAS"), (0x4000051C, 1, "POWER.GPREGRET"))
#: Defaults when neither FICR, --device nor the probe's memory map say how big the chip is.
DEFAULT_CHIP = "nrf52840"
READ_STEP = 0x8000  # bytes per read call of a region (progress granularity; the probe chunks further)

#: ARM CPUID PARTNO (bits 15..4) -> core, for the manifest and to choose the SCB block to read.
CORES = {0xC20: ("Cortex-M0", "armv6-m"), 0xC60: ("Cortex-M0+", "armv6-m"), 0xC21: ("Cortex-M1", "armv6-m"),
         0xC23: ("Cortex-M3", "armv7-m"), 0xC24: ("Cortex-M4", "armv7e-m"), 0xC27: ("Cortex-M7", "armv7e-m"),
         0xD20: ("Cortex-M23", "armv8-m.base"), 0xD21: ("Cortex-M33", "armv8-m.main")}


@dataclass
class Options:
    device: str | None = None
    halt: bool = True
    rtt_seconds: float = 0.0
    progress: bool = True


@dataclass
class Plan:
    regions: list[tuple[str, int, int]] = field(default_factory=list)  # (name, address, length)
    chip: Chip | None = None
    chip_known: bool = False  # from FICR or --device, not a default
    assumed: list[str] = field(default_factory=list)


class Capture:
    """One capture run: reads in a safe order, records everything in the manifest as it goes."""

    def __init__(self, probe: Probe, out: Path, options: Options, stderr: TextIO | None = None,
                 clock: Callable[[], _dt.datetime] | None = None) -> None:
        self.probe = probe
        self.out = Path(out)
        self.opts = options
        self.stderr = stderr or sys.stderr
        now = (clock or (lambda: _dt.datetime.now(_dt.UTC)))()
        self.manifest: dict[str, Any] = {
            "format": "dfuforensics-capture",
            "format_version": 1,
            "tool": f"dfuforensics {__version__}",
            "time": now.replace(microsecond=0).isoformat(),
            "complete": False,
            "stopped": None,
            "probe": {},
            "target": {},
            "halt": {},
            "assumptions": [],
            "files": [],
            "read": [],
            "not_read": [],
            "skipped": [],
            "registers": {},
        }
        self.registers: dict[str, int] = {}
        self.arch: str | None = None
        self.identity = Identity(False)
        self.words: list[tuple[int, list[int]]] = []
        self.plan = Plan()

    # -- bookkeeping ----------------------------------------------------------------------------------
    def say(self, text: str) -> None:
        print(f"dfuforensics capture: {text}", file=self.stderr, flush=True)

    def _save_manifest(self) -> None:
        self.manifest["probe"] = self.probe.info()
        atomic_write_text(self.out / MANIFEST, json.dumps(self.manifest, indent=2, sort_keys=True) + "\n")

    def _not_read(self, region: str, address: int, length: int, reason: str) -> None:
        self.manifest["not_read"].append({"region": region, "address": f"0x{address:08X}", "length": length,
                                          "reason": reason})

    def _skipped(self, region: str, address: int, reason: str) -> None:
        self.manifest["skipped"].append({"region": region, "address": f"0x{address:08X}", "reason": reason})

    def _write_image(self, region: str, address: int, data: bytes) -> None:
        name = f"{region}.bin@0x{address:08X}"
        atomic_write_bytes(self.out / name, data)
        self.manifest["read"].append({"region": region, "file": name, "address": f"0x{address:08X}",
                                      "length": len(data), "sha256": hashlib.sha256(data).hexdigest()})
        self.manifest["files"].append(name)

    # -- the run --------------------------------------------------------------------------------------
    def run(self) -> dict[str, Any]:
        """Capture everything; returns the manifest (also written).  Never leaves without a manifest."""
        self.out.mkdir(parents=True, exist_ok=True)
        pending: list[tuple[str, int, int]] = []
        try:
            self._save_manifest()
            self._halt()
            self._identify()
            self._save_manifest()
            self._read_registers()
            pending = list(self.plan.regions)
            while pending:
                name, addr, length = pending.pop(0)  # a region cut short records its own remainder
                self._read_region(name, addr, length)
                self._save_manifest()
            if self.opts.rtt_seconds > 0:
                self._read_rtt()
            self.manifest["complete"] = not self.manifest["not_read"]
        except KeyboardInterrupt:
            self.manifest["stopped"] = "interrupted by the user (Ctrl-C)"
        except ProbeLost as exc:
            self.manifest["stopped"] = f"link to the probe lost: {exc}"
        finally:
            if self.manifest["stopped"]:
                for name, addr, length in pending:
                    self._not_read(name, addr, length, f"capture stopped first ({self.manifest['stopped']})")
                self.manifest["complete"] = False
            self._write_registers()
            self._save_manifest()
        return self.manifest

    def _halt(self) -> None:
        halted = self.probe.is_halted()
        info: dict[str, Any] = {"requested": self.opts.halt, "was_halted": halted}
        if halted:
            info["by"] = "already halted when the probe attached (most GDB servers and probes halt on attach)"
        elif self.opts.halt:
            self.say("halting the core now")
            self.probe.allow_halt()
            self.probe.halt()
            info["by"] = "dfuforensics capture (announced)"
            halted = True
        else:
            info["by"] = "not halted (--no-halt): core registers not read; RAM read while the core runs"
        info["halted"] = bool(halted)
        self.manifest["halt"] = info

    def _read_words(self, address: int, count: int) -> list[int] | None:
        try:
            data = self.probe.read_memory(address, count * 4)
        except ReadFailed as exc:
            return None if not exc.partial else [int.from_bytes(exc.partial[i:i + 4], "little")
                                                 for i in range(0, len(exc.partial) - 3, 4)]
        return [int.from_bytes(data[i:i + 4], "little") for i in range(0, len(data), 4)]

    def _identify(self) -> None:
        target: dict[str, Any] = {}
        cpuid = self._read_words(SCB_CPUID, 1)
        arch = None
        if cpuid:
            partno = (cpuid[0] >> 4) & 0xFFF
            core, arch = CORES.get(partno, (f"unknown (CPUID PARTNO 0x{partno:03X})", None))
            target.update(cpuid=f"0x{cpuid[0]:08X}", core=core)
            if arch:
                target["architecture"] = arch
        else:
            target["core"] = "unknown (CPUID unreadable)"
        self.arch = arch
        ficr_bytes = b""
        try:
            ficr_bytes = self.probe.read_memory(FICR_BASE, FICR_LENGTH_NRF51)
        except ReadFailed as exc:
            ficr_bytes = exc.partial
        ident = identify(ficr_bytes)
        if ident.family == "nrf52" and len(ficr_bytes) == FICR_LENGTH_NRF51:
            try:
                ficr_bytes += self.probe.read_memory(FICR_BASE + FICR_LENGTH_NRF51,
                                                     FICR_LENGTH_NRF52 - FICR_LENGTH_NRF51)
            except ReadFailed as exc:
                ficr_bytes += exc.partial
            ident = identify(ficr_bytes)
        target["identity"] = ident.to_json()
        self.identity = ident
        self.plan = self._plan(ident)
        if ident.readable and ficr_bytes:
            self._write_image("ficr", FICR_BASE, ficr_bytes)
        elif ficr_bytes:
            self._skipped("ficr", FICR_BASE, "readable, but not an nRF5 FICR: not kept as evidence")
        else:
            self._skipped("ficr", FICR_BASE, "FICR refused by the probe: the layout was taken from elsewhere "
                                             "(see assumptions)")
        if self.plan.chip is not None:
            target["chip" if self.plan.chip_known else "layout_assumed"] = self.plan.chip.name
        if not self.plan.chip_known:
            self._skipped("uicr", UICR_BASE, "target not identified as an nRF5 (FICR unreadable, no --device): "
                                             "0x10001000 is not known to be a UICR here")
        self.manifest["target"] = target
        self.manifest["assumptions"] = list(self.plan.assumed)
        for note in self.plan.assumed:
            self.say(f"assumed: {note}")

    def _plan(self, ident: Identity) -> Plan:
        plan = Plan()
        plan.assumed.extend(getattr(self.probe, "assumed", []))
        device_chip = _chip_from_device(self.opts.device) if self.opts.device else None
        if self.opts.device and device_chip is None:
            plan.assumed.append(f"--device {self.opts.device} is not an nRF5 chip dfuforensics knows "
                                f"({', '.join(sorted(CHIPS))}); it names the probe's target only")
        chip = ident.chip
        flash = ident.flash_size
        ram = ident.ram_size
        source = "FICR"
        if ident.readable and device_chip is not None and chip is not None and device_chip.family != chip.family:
            plan.assumed.append(f"--device says {device_chip.name} but FICR says {ident.family}; FICR wins")
        if not ident.readable:
            mmap = self.probe.memory_map()
            if device_chip is not None:
                chip, source = device_chip, f"--device {self.opts.device}"
                flash, ram = chip.flash_size, chip.ram_size
            elif mmap:
                flash = _map_size(mmap, "flash", 0) or _map_size(mmap, "rom", 0)
                ram = _map_size(mmap, "ram", RAM_BASE)
                source = "the probe's memory map"
                if flash is None or ram is None:
                    chip = CHIPS[DEFAULT_CHIP]
                    flash = flash or chip.flash_size
                    ram = ram or chip.ram_size
                    source += f" (completed with {DEFAULT_CHIP} sizes)"
            else:
                chip = CHIPS[DEFAULT_CHIP]
                flash, ram = chip.flash_size, chip.ram_size
                source = f"defaults ({DEFAULT_CHIP} layout)"
            why = "; ".join(ident.notes) or "FICR not readable"
            plan.assumed.append(f"{why}. Sizes from {source}: flash {flash // 1024} KiB at 0x00000000, "
                                f"RAM {ram // 1024} KiB at 0x{RAM_BASE:08X}")
        else:
            if ram is None and chip is not None:
                ram = chip.ram_size
                plan.assumed.append(f"RAM size not in FICR: {ram // 1024} KiB assumed for {chip.name}")
            if ram is None:
                ram = CHIPS[DEFAULT_CHIP].ram_size
                plan.assumed.append(f"RAM size unknown: {ram // 1024} KiB assumed ({DEFAULT_CHIP})")
            plan.assumed.extend(n for n in ident.notes if "unprogrammed" in n or "not a chip" in n)
        plan.chip = chip
        plan.chip_known = chip is not None and (ident.readable or source.startswith("--device"))
        plan.regions = [("ram", RAM_BASE, ram or 0), ("flash", 0, flash or 0)]
        if plan.chip_known:
            uicr = 0x100 if chip is not None and chip.family == "nrf51" else 0x1000
            plan.regions.insert(0, ("uicr", UICR_BASE, uicr))
        plan.regions = [r for r in plan.regions if r[2] > 0]
        return plan

    def _read_registers(self) -> None:
        if self.manifest["halt"].get("halted"):
            try:
                regs = self.probe.read_core_registers()
                self.registers = {k: regs[k] for k in regs if register_name(k) == k}
            except ReadFailed as exc:
                self._not_read("core-registers", 0, 0, str(exc))
        else:
            self._skipped("core-registers", 0, "core not halted (--no-halt): register values are only "
                                               "defined while the core is halted")
        blocks: tuple[tuple[int, int, str], ...]
        if self.arch == "armv6-m":
            blocks = tuple((a, n, "SCB (ARMv6-M: no CFSR/HFSR/MMFAR/BFAR)") for a, n in SCB_V6M)
        else:
            blocks = ((SCB_V7M[0], SCB_V7M[1], "SCB: CPUID..AFSR (CFSR 0xE000ED28, HFSR 0xE000ED2C, DFSR "
                                                "0xE000ED30, MMFAR 0xE000ED34, BFAR 0xE000ED38)"),)
        if self.identity.readable or (self.plan.chip is not None and self.opts.device):
            power = POWER_NRF51 if self.identity.family == "nrf51" else POWER_NRF52
            blocks += power
        else:
            self._skipped("power", 0x40000400, "target not identified as an nRF5: its peripheral registers "
                                               "(RESETREAS, GPREGRET) are not read blindly")
        for address, count, label in blocks:
            words = self._read_words(address, count)
            if words is None:
                words = []
                for i in range(count):  # one by one: keep what can be read
                    w = self._read_words(address + 4 * i, 1)
                    if w:
                        self.words.append((address + 4 * i, w))
                    else:
                        self._not_read("registers", address + 4 * i, 4, f"{label}: read refused")
                continue
            self.words.append((address, words))
            if len(words) < count:
                self._not_read("registers", address + 4 * len(words), 4 * (count - len(words)),
                               f"{label}: read refused")
        self.manifest["registers"] = {
            "core": {k: f"0x{v:08X}" for k, v in sorted(self.registers.items())},
            "memory_mapped": {f"0x{a + 4 * i:08X}": f"0x{w:08X}" for a, ws in self.words
                              for i, w in enumerate(ws)},
        }
        self._write_registers()

    def _write_registers(self) -> None:
        if not self.registers and not self.words:
            return
        from .probe import REGISTER_ORDER

        lines = []
        for name in REGISTER_ORDER:
            if name in self.registers:
                v = self.registers[name]
                lines.append(f"{name:<15}0x{v:<18x}{v}")
        for address, words in sorted(self.words):
            for i in range(0, len(words), 4):
                row = "\t".join(f"0x{w:08x}" for w in words[i:i + 4])
                lines.append(f"0x{address + 4 * i:08x}:\t{row}")
        text = "\n".join(lines) + "\n"
        atomic_write_text(self.out / REGISTERS, text)
        if REGISTERS not in self.manifest["files"]:
            self.manifest["files"].append(REGISTERS)

    def _read_region(self, region: str, address: int, length: int) -> None:
        """Read a region in steps.  A refused step is bisected so its readable part is still kept, the
        refused stretch is recorded, and reading goes on after it (a missing RAM bank, a protected
        flash area), so every readable byte ends up in an image at its own address."""
        bar = _Progress(self, region, address, length)
        run_start, run = address, bytearray()
        pos, end = address, address + length
        try:
            while pos < end:
                n = min(READ_STEP, end - pos)
                try:
                    data = self.probe.read_memory(pos, n, bar.advance)
                except ReadFailed as exc:
                    fail = pos + len(exc.partial)
                    good = self._readable_prefix(fail, pos + n - fail)
                    run += exc.partial + good
                    fail += len(good)
                    if run:
                        self._write_image(region, run_start, bytes(run))
                    bad_end = min(end, max(fail + 4, pos + n))
                    self._not_read(region, fail, bad_end - fail, f"read refused ({exc.reason})")
                    pos = bad_end
                    run_start, run = pos, bytearray()
                    bar.update(pos - address)
                    continue
                run += data
                pos += len(data)
        finally:
            bar.close()
            if run:
                self._write_image(region, run_start, bytes(run))
            if pos < end:  # left early (link lost, Ctrl-C): say which part of the region is missing
                self._not_read(region, pos, end - pos, "capture stopped before this part was read")
            self._merge_not_read(region)

    def _readable_prefix(self, address: int, length: int) -> bytes:
        """The longest readable prefix (4-byte steps) of a stretch whose read was refused."""
        lo, hi = 0, length // 4  # in words: lo readable, hi not known to be
        best = b""
        while lo < hi:
            mid = (lo + hi + 1) // 2
            try:
                best = self.probe.read_memory(address, mid * 4)
                lo = mid
            except ReadFailed:
                hi = mid - 1
        return best[:lo * 4]

    def _merge_not_read(self, region: str) -> None:
        """Adjacent refused stretches of one region become one entry (a missing RAM bank = one line)."""
        merged: list[dict[str, Any]] = []
        for item in self.manifest["not_read"]:
            prev = merged[-1] if merged else None
            if (prev is not None and prev["region"] == region == item["region"] and item["length"]
                    and int(prev["address"], 16) + prev["length"] == int(item["address"], 16)
                    and prev["reason"] == item["reason"]):
                prev["length"] += item["length"]
                continue
            merged.append(dict(item))
        self.manifest["not_read"] = merged

    def _read_rtt(self) -> None:
        reader = getattr(self.probe, "read_rtt", None)
        if reader is None:
            self.manifest["rtt"] = {"read": False, "reason": f"RTT is read through --jlink only, not {self.probe.kind}"}
            return
        data, info = reader(self.opts.rtt_seconds)
        self.manifest["rtt"] = info
        if data:
            atomic_write_bytes(self.out / RTT_LOG, data)
            self.manifest["files"].append(RTT_LOG)
            info["file"] = RTT_LOG
            info["sha256"] = hashlib.sha256(data).hexdigest()


class _Progress:
    """A rich progress bar on stderr when it is a terminal; one line per region otherwise."""

    def __init__(self, cap: Capture, region: str, address: int, length: int) -> None:
        self.bar = None
        self.task = None
        self.started = time.monotonic()
        label = f"reading {region} 0x{address:08X} ({length // 1024} KiB)"
        if cap.opts.progress and getattr(cap.stderr, "isatty", lambda: False)() and length >= 0x4000:
            from rich.console import Console
            from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

            self.bar = Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(),
                                TransferSpeedColumn(), console=Console(file=cap.stderr), transient=True)
            self.bar.start()
            self.task = self.bar.add_task(label, total=length)
        elif cap.opts.progress:
            cap.say(label)

    def advance(self, n: int) -> None:
        if self.bar is not None and n > 0:
            self.bar.advance(self.task, n)

    def update(self, done: int) -> None:
        if self.bar is not None:
            self.bar.update(self.task, completed=done)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _chip_from_device(device: str) -> Chip | None:
    """An nRF5 chip named in a --device value (``nrf52840``, J-Link's ``nRF52840_xxAA``)."""
    key = device.lower().replace("-", "").replace("_", "")
    for name in sorted(CHIPS, key=len, reverse=True):
        if name in key:
            return CHIPS[name]
    if key.startswith("nrf51"):
        return CHIPS["nrf51"]
    if key in ("nrf52", "nrf52xxx"):
        return CHIPS["nrf52832"]
    return None


def _map_size(regions: list[MapRegion], kind: str, base: int) -> int | None:
    for r in regions:
        if r.kind == kind and r.start == base:
            return r.length
    return None


def announce_halt(stderr: TextIO, kind: str, halt: bool) -> None:
    """Say out loud, before the probe is touched, that the core will stop (it changes what RAM holds)."""
    if halt:
        text = ("the core will be HALTED to read it: the program stops, and RAM and registers are then as they "
                "were at the halt (use --no-halt to read only what can be read while it runs)")
    elif kind == "gdb":
        text = ("--no-halt: this client never interrupts the core, but most GDB servers halt it themselves "
                "when a debugger attaches")
    else:
        text = "--no-halt: the core keeps running; RAM may change while it is read, and registers are not read"
    print(f"dfuforensics capture: {text}", file=stderr, flush=True)


def capture(probe: Probe, out: Path, options: Options, stderr: TextIO | None = None) -> dict[str, Any]:
    return Capture(probe, out, options, stderr).run()
