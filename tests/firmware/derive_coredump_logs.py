#!/usr/bin/env python3
"""The other forms of the Zephyr core dump captures, made from what the firmware really wrote.

For every captures/m4-coredump-*/ (uart.log: the #CD: lines startup_coredump.c wrote to UART0 under QEMU,
regs.txt: gdb's registers and SCB words at the same halt), this writes next to them:

  coredump.bin            the dump's bytes: the hex between #CD:BEGIN# and #CD:END#, decoded line by line
                          (what Zephyr's coredump_serial_log_parser.py writes)
  coredump-partition.bin  the same bytes as the flash partition backend stores them: flash_hdr_t ('C','D',
                          hdr_version 1, size, flags 0, checksum = 16-bit sum of the dump, error 0), the dump
                          at the next 16-byte boundary, the rest of a 4 KiB partition erased (0xFF)
  uart-cut.log            uart.log as a capture that stopped inside memory block 2 (the stack): the lines up
                          to its 64th data line, then 40 hex digits of the next one, no #CD:END#
  zephyr.log              uart.log as a Zephyr UART log shows it: a boot banner and application lines, the
                          kernel's ">>> ZEPHYR FATAL ERROR" line (reason from the dump's header; no
                          "Current thread" line: the firmware has no threads), each #CD:
                          line behind "[hh:mm:ss.mmm,uuu] <err> coredump: " (the logging backend's LOG_ERR),
                          with lines of another module between some of them, "Halting system" after
  zephyr-fault-print.log  zephyr.log with ANSI colours (CONFIG_LOG_BACKEND_SHOW_COLOR) and, before the fatal
                          error line, the fault print of arch/arm/core/cortex_m/fault.c (CONFIG_FAULT_DUMP=2):
                          its cause lines from the capture's CFSR/HFSR/BFAR words, its registers from the
                          dump's arch block

Only the words around the dump (banner, application lines, timestamps) are made up here; every value
comes from the capture.  Run by capture_all.sh after the captures; deterministic.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

HERE = Path(__file__).resolve().parent
CRLF = "\r\n"


def dump_lines(uart: list[str]) -> tuple[int, int]:
    """Indices of the #CD:BEGIN# and #CD:END# lines."""
    begin = next(i for i, ln in enumerate(uart) if ln.endswith("#CD:BEGIN#"))
    end = next(i for i, ln in enumerate(uart) if ln.endswith("#CD:END#"))
    return begin, end


def dump_bytes(uart: list[str]) -> bytes:
    begin, end = dump_lines(uart)
    return b"".join(bytes.fromhex(ln.split("#CD:", 1)[1]) for ln in uart[begin + 1:end])


def scb_words(regs_txt: str) -> dict[str, int]:
    """CFSR, HFSR, MMFAR, BFAR as gdb read them (x/6wx 0xE000ED28)."""
    words: list[int] = []
    for line in regs_txt.splitlines():
        if line.startswith(("0xe000ed28:", "0xe000ed38:")):
            words += [int(w, 16) for w in line.split()[1:]]
    return dict(zip(("cfsr", "hfsr", "dfsr", "afsr", "bfar", "mmfar_"), words, strict=False))


def arch_registers(dump: bytes) -> dict[str, int]:
    """r0-r3, r12, lr, pc, xpsr of the ARM Cortex-M arch block right after the 12-byte header."""
    assert dump[12:13] == b"A"
    words = struct.unpack_from("<8I", dump, 12 + 5)
    return dict(zip(("r0", "r1", "r2", "r3", "r12", "lr", "pc", "xpsr"), words, strict=True))


def partition(dump: bytes, size: int = 0x1000) -> bytes:
    head = struct.pack("<2sHIHHi", b"CD", 1, len(dump), 0, sum(dump) & 0xFFFF, 0)
    body = head + b"\xff" * (16 - len(head)) + dump
    return body + b"\xff" * (size - len(body))


def cut_log(uart: list[str]) -> list[str]:
    """Up to memory block 2's 64th data line (its header is the 2nd line that starts a 'M' block, 'M' =
    0x4d with hdr_version 1: "4d0100"), then the first 40 digits of the next line."""
    headers = [i for i, ln in enumerate(uart) if ln.startswith("#CD:4d0100") and len(ln) == 4 + 22]
    second = headers[1]
    keep = uart[:second + 1 + 64]
    return keep + [uart[second + 1 + 64][:4 + 40]]


class Clock:
    """Zephyr's log stamp, [hh:mm:ss.mmm,uuu], advancing by a fixed step a line."""

    def __init__(self, us: int) -> None:
        self.us = us

    def stamp(self, step: int = 31) -> str:
        self.us += step
        s, us = divmod(self.us, 1_000_000)
        return f"[{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{us // 1000:03d},{us % 1000:03d}]"


RED, YELLOW, RESET = "\x1b[1;31m", "\x1b[1;33m", "\x1b[0m"


def record(clock: Clock, level: str, module: str, msg: str, colour: bool) -> str:
    line = f"{clock.stamp()} <{level}> {module}: {msg}"
    if colour and level in ("err", "wrn"):
        return (RED if level == "err" else YELLOW) + line + RESET
    return line


def fault_print(scb: dict[str, int], regs: dict[str, int]) -> list[str]:
    """fault.c's messages for the bits this capture's core recorded (CONFIG_FAULT_DUMP=2)."""
    cfsr, hfsr = scb["cfsr"], scb["hfsr"]
    out = []
    if hfsr & 1 << 30:
        out += ["***** HARD FAULT *****", "  Fault escalation (see below)"]
    if cfsr & 0xFF00:
        out.append("***** BUS FAULT *****")
        if cfsr & 1 << 9:
            out.append("  Precise data bus error")
            if cfsr & 1 << 15:
                out.append(f"  BFAR Address: 0x{scb['bfar']:x}")
    if cfsr & 0xFFFF0000:
        out.append("***** USAGE FAULT *****")
        if cfsr & 1 << 25:
            out.append("  Division by zero")
        if cfsr & 1 << 16:
            out.append("  Attempt to execute undefined instruction")
    out += [f"r0/a1:  0x{regs['r0']:08x}  r1/a2:  0x{regs['r1']:08x}  r2/a3:  0x{regs['r2']:08x}",
            f"r3/a4:  0x{regs['r3']:08x} r12/ip:  0x{regs['r12']:08x} r14/lr:  0x{regs['lr']:08x}",
            f" xpsr:  0x{regs['xpsr']:08x}",
            f"Faulting instruction address (r15/pc): 0x{regs['pc']:08x}"]
    return out


REASONS = {0: "CPU exception", 1: "Unhandled interrupt", 2: "Stack overflow", 3: "Kernel oops", 4: "Kernel panic"}


def zephyr_log(uart: list[str], dump: bytes, scb: dict[str, int], *, colour: bool, print_fault: bool) -> list[str]:
    clock = Clock(0)
    out = ["*** Booting nRF Connect SDK v2.6.1 ***", "*** Using Zephyr OS v3.5.99-ncs1-1 ***"]
    for msg in ("Starting sensor sampling", "sensor@0: ready", "Sampling every 100 ms"):
        out.append(record(clock, "inf", "main", msg, colour))
    clock.us = 512_000
    if print_fault:
        out += [record(clock, "err", "os", msg, colour) for msg in fault_print(scb, arch_registers(dump))]
    reason = struct.unpack_from("<I", dump, 8)[0]
    out.append(record(clock, "err", "os", f">>> ZEPHYR FATAL ERROR {reason}: {REASONS.get(reason, 'Unknown error')} "
                                          "on CPU 0", colour))
    begin, end = dump_lines(uart)
    for k, line in enumerate(uart[begin:end + 1]):
        out.append(record(clock, "err", "coredump", line, colour))
        if k and k % 40 == 0:  # another module's line between two of the dump's
            out.append(record(clock, "wrn", "sensor", f"sample {k // 40} late", colour))
    out.append(record(clock, "err", "os", "Halting system", colour))
    return out


def write_lines(path: Path, lines: list[str]) -> None:
    path.write_bytes(("".join(ln + CRLF for ln in lines)).encode("ascii"))


def main() -> None:
    for folder in sorted((HERE / "captures").glob("m4-coredump-*")):
        uart = (folder / "uart.log").read_text(encoding="ascii").splitlines()
        dump = dump_bytes(uart)
        scb = scb_words((folder / "regs.txt").read_text(encoding="ascii"))
        (folder / "coredump.bin").write_bytes(dump)
        (folder / "coredump-partition.bin").write_bytes(partition(dump))
        write_lines(folder / "uart-cut.log", cut_log(uart))
        write_lines(folder / "zephyr.log", zephyr_log(uart, dump, scb, colour=False, print_fault=False))
        write_lines(folder / "zephyr-fault-print.log", zephyr_log(uart, dump, scb, colour=True, print_fault=True))
        assert re.fullmatch(rb"ZE\x02\x00\x03\x00\x05.*", dump, re.S), folder
        print(f"{folder.name}: {len(dump)} bytes of dump")


if __name__ == "__main__":
    main()
