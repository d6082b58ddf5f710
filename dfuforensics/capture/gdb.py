"""The GDB-server backend: any server speaking the remote serial protocol (pyOCD, OpenOCD, J-Link GDB
Server, probe-rs, QEMU's gdbstub), through our read-only client ``rsp``.

Registers are read by number (``p n``) using the numbering of the server's target description
(``qXfer:features:read:target.xml``), because a ``g`` packet's layout depends on that description
(QEMU, for one, lays ``g`` out differently before and after a client asked for it).  Without a
description, ``g`` is read as r0..r15 then xpsr when it is 17 words long (M-profile servers), else as
the classic ARM layout: r0..r15, eight 12-byte FPA registers, fps, cpsr.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .probe import MapRegion, ProbeLost, ProbeUnavailable, ReadFailed, register_name
from .rsp import LinkError, RemoteError, RemoteLink, is_stop_reply

_INCLUDE_OR_REG = re.compile(rb'<xi:include\s+href="([^"]+)"\s*/?>|<reg\s([^>]*?)/?>')
_ATTR = re.compile(rb'([\w:-]+)\s*=\s*"([^"]*)"')
_MEMORY = re.compile(rb"<memory\s([^>]*?)/?>")


def parse_target_xml(fetch: Callable[[str], bytes | None], annex: str = "target.xml",
                     depth: int = 0, start: int = 0) -> list[tuple[str, int, int]]:
    """(name, regnum, bitsize) of every register, numbering as GDB does (regnum, else previous + 1)."""
    text = fetch(annex)
    if text is None or depth > 4:
        return []
    regs: list[tuple[str, int, int]] = []
    nxt = start
    for m in _INCLUDE_OR_REG.finditer(text):
        if m.group(1):
            sub = parse_target_xml(fetch, m.group(1).decode("ascii", "replace"), depth + 1, nxt)
            regs += sub
            if sub:
                nxt = sub[-1][1] + 1
            continue
        attrs = {k.decode(): v.decode("utf-8", "replace") for k, v in _ATTR.findall(m.group(2))}
        try:
            num = int(attrs["regnum"]) if "regnum" in attrs else nxt
            bits = int(attrs.get("bitsize", "32"))
        except ValueError:
            continue
        regs.append((attrs.get("name", f"r{num}"), num, bits))
        nxt = num + 1
    return regs


def parse_memory_map(xml: bytes) -> list[MapRegion]:
    out = []
    for m in _MEMORY.finditer(xml):
        attrs = {k.decode(): v.decode("ascii", "replace") for k, v in _ATTR.findall(m.group(1))}
        try:
            out.append(MapRegion(attrs.get("type", "ram"), int(attrs["start"], 0), int(attrs["length"], 0)))
        except (KeyError, ValueError):
            continue
    return sorted(out, key=lambda r: r.start)


#: ``g`` layout without a target description (GDB's legacy ARM remote layout).
_LEGACY_G = [(f"r{i}", i * 4, 4) for i in range(16)] + [("cpsr", 16 * 4 + 8 * 12 + 4, 4)]


class GdbProbe:
    kind = "gdb"

    def __init__(self, link: RemoteLink) -> None:
        self.link = link
        self.stop_reply: str | None = None
        self._regs: list[tuple[str, int, int]] | None = None

    @classmethod
    def open(cls, address: str, *, timeout: float = 5.0, retries: int = 3) -> GdbProbe:
        try:
            link = RemoteLink.connect(address, timeout=timeout, retries=retries)
            link.handshake()
        except LinkError as exc:
            raise ProbeUnavailable(str(exc)) from None
        return cls(link)

    def info(self) -> dict[str, Any]:
        feats = self.link.features
        return {
            "kind": "gdb",
            "server": self.link.name,
            "packet_size": self.link.packet_size,
            "features": {k: feats[k] for k in sorted(feats)},
            "stop_reply": self.stop_reply,
            "link": dict(self.link.stats),
        }

    def allow_halt(self) -> None:
        self.link.allow_halt = True

    def is_halted(self) -> bool | None:
        """In all-stop mode a server answers ``?`` with a stop reply while the core is halted; most
        servers halt the core when a debugger attaches, so this is usually True."""
        if self.link.running:
            return False
        try:
            # one attempt: a server whose core runs may stay silent until the core stops
            reply = self.link.request(b"?", timeout=min(self.link.timeout, 2.0), attempts=1)
        except LinkError:
            return None
        if is_stop_reply(reply):
            self.stop_reply = reply.decode("ascii", "replace")
            return not reply.startswith((b"W", b"X"))
        return None

    def halt(self) -> bool:
        try:
            reply = self.link.interrupt()
        except LinkError as exc:
            raise ProbeLost(str(exc)) from None
        self.stop_reply = reply.decode("ascii", "replace")
        return True

    def read_memory(self, address: int, length: int,
                    progress: Callable[[int], None] | None = None) -> bytes:
        try:
            return self.link.read_memory(address, length, progress)
        except RemoteError as exc:
            raise ReadFailed(str(exc), exc.address if exc.address is not None else address, exc.partial,
                             reason=f"the GDB server answered {exc.reply}") from None
        except LinkError as exc:
            raise ProbeLost(str(exc)) from None

    def _register_list(self) -> list[tuple[str, int, int]]:
        if self._regs is None:
            def fetch(annex: str) -> bytes | None:
                if self.link.features.get("qXfer:features:read") != "+":
                    return None
                try:
                    return self.link.xfer_read("features", annex)
                except RemoteError:
                    return None
            try:
                self._regs = parse_target_xml(fetch)
            except LinkError as exc:
                raise ProbeLost(str(exc)) from None
        return self._regs

    def read_core_registers(self) -> dict[str, int]:
        out: dict[str, int] = {}
        try:
            regs = self._register_list()
            wanted = [(register_name(n), num, bits) for n, num, bits in regs]
            wanted = [(n, num, bits) for n, num, bits in wanted if n is not None]
            use_g = not wanted
            for name, num, _bits in wanted:
                value = self.link.read_register(num)
                if value is None:  # no 'p' on this server
                    use_g = True
                    break
                out[name] = int.from_bytes(value[:4], "little")
            if use_g:
                out.clear()
                data = self.link.read_all_registers()
                if regs:
                    layout = _layout_from(regs)
                elif len(data) < _LEGACY_G[-1][1] + 4:  # 17 words: r0..r15, xpsr (M-profile servers)
                    layout = [*_LEGACY_G[:16], ("xpsr", 64, 4)]
                else:
                    layout = _LEGACY_G
                for name, offset, size in layout:
                    key = register_name(name)
                    if key and offset + size <= len(data):
                        out[key] = int.from_bytes(data[offset:offset + min(size, 4)], "little")
        except RemoteError as exc:
            raise ReadFailed(f"core registers: {exc}", 0) from None
        except LinkError as exc:
            raise ProbeLost(str(exc)) from None
        return out

    def memory_map(self) -> list[MapRegion] | None:
        if self.link.features.get("qXfer:memory-map:read") != "+":
            return None
        try:
            xml = self.link.xfer_read("memory-map", "")
        except RemoteError:
            return None
        except LinkError as exc:
            raise ProbeLost(str(exc)) from None
        return parse_memory_map(xml) if xml else None

    def close(self) -> None:
        self.link.close()


def _layout_from(regs: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Byte offsets in a ``g`` reply: registers in regnum order, each ``bitsize/8`` bytes."""
    out, offset = [], 0
    for name, _num, bits in sorted(regs, key=lambda r: r[1]):
        size = max(1, bits // 8)
        out.append((name, offset, size))
        offset += size
    return out


def open_gdb(address: str, *, timeout: float, retries: int) -> GdbProbe:
    try:
        return GdbProbe.open(address, timeout=timeout, retries=retries)
    except ProbeUnavailable:
        raise
    except OSError as exc:
        raise ProbeUnavailable(f"GDB server {address}: {exc}") from None
