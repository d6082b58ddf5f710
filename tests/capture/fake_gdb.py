"""A tiny GDB remote-protocol server in a thread, to test the client's wire handling.

It speaks just enough RSP for the capture (qSupported, ?, g, p, m, qXfer) and misbehaves on request:
NAKs, corrupt checksums, silence, E replies, run-length encoded replies, a dropped connection.  Every
packet it receives is recorded, so tests can prove nothing but reads reached the wire.
"""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass, field


def _cs(body: bytes) -> bytes:
    return b"%02x" % (sum(body) & 0xFF)


def rle(hexdata: bytes) -> bytes:
    """GDB run-length encoding: a run of n+1 equal chars -> char '*' chr(n+29) (n in 3..97, not '#$+-')."""
    out = bytearray()
    i = 0
    while i < len(hexdata):
        c = hexdata[i]
        j = i
        while j < len(hexdata) and hexdata[j] == c and j - i < 98:
            j += 1
        run = j - i
        while run > 4 and chr(run - 1 + 29) in "#$+-*}":
            run -= 1
        if run > 4:
            out += bytes((c,)) + b"*" + bytes((run - 1 + 29,))
            i += run
        else:
            out.append(c)
            i += 1
    return bytes(out)


@dataclass
class Behaviour:
    memory: dict[int, bytes] = field(default_factory=dict)
    registers: list[int] = field(default_factory=lambda: list(range(0x100, 0x111)))  # r0..r15, xpsr
    packet_size: int = 0x100
    target_xml: bytes | None = None
    memory_map: bytes | None = None
    nak_first: int = 0  # answer '-' to the first N packets
    corrupt_replies: int = 0  # send the first N replies with a wrong checksum
    silent_first: int = 0  # ignore the first N 'm' requests entirely (no ack, no reply)
    drop_after: int | None = None  # close the connection after this many packets
    use_rle: bool = False
    no_p: bool = False  # answer 'p' with an empty reply (unsupported)
    running: bool = False  # '?' gets no answer until 0x03


class FakeGdbServer:
    def __init__(self, behaviour: Behaviour) -> None:
        self.b = behaviour
        self.received: list[bytes] = []
        self.interrupts = 0
        self.naks_from_client = 0
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1)
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def close(self) -> None:
        self.sock.close()
        self.thread.join(timeout=5)

    def __enter__(self) -> FakeGdbServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- protocol -----------------------------------------------------------------------------------
    def _serve(self) -> None:
        try:
            conn, _ = self.sock.accept()
        except OSError:
            return
        with conn:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.conn = conn
            buf = bytearray()
            last_reply = b""
            while True:
                try:
                    data = conn.recv(4096)
                except OSError:
                    return
                if not data:
                    return
                buf += data
                while buf:
                    c = buf[0]
                    if c == 0x03:
                        del buf[0]
                        self.interrupts += 1
                        self.b.running = False
                        self._send(b"T02")
                        continue
                    if c == 0x2D:  # client NAK: resend our last reply
                        del buf[0]
                        self.naks_from_client += 1
                        self._send(last_reply, corrupt=False)
                        continue
                    if c != 0x24:
                        del buf[0]
                        continue
                    end = buf.find(b"#")
                    if end < 0 or len(buf) < end + 3:
                        break
                    body, cs = bytes(buf[1:end]), bytes(buf[end + 1:end + 3])
                    del buf[:end + 3]
                    if cs != _cs(body):
                        conn.sendall(b"-")
                        continue
                    self.received.append(body)
                    if self.b.drop_after is not None and len(self.received) > self.b.drop_after:
                        return
                    if self.b.nak_first > 0:
                        self.b.nak_first -= 1
                        conn.sendall(b"-")
                        self.received.pop()
                        continue
                    if body.startswith(b"m") and self.b.silent_first > 0:
                        self.b.silent_first -= 1
                        continue
                    conn.sendall(b"+")
                    reply = self._answer(body)
                    if reply is None:
                        continue
                    last_reply = reply
                    corrupt = self.b.corrupt_replies > 0
                    if corrupt:
                        self.b.corrupt_replies -= 1
                    self._send(reply, corrupt=corrupt)

    def _send(self, reply: bytes, corrupt: bool = False) -> None:
        cs = _cs(reply)
        if corrupt:
            cs = b"%02x" % ((int(cs, 16) + 1) & 0xFF)
        self.conn.sendall(b"$" + reply + b"#" + cs)

    def _read(self, addr: int, n: int) -> bytes | None:
        for start, data in self.b.memory.items():
            if start <= addr and addr + n <= start + len(data):
                return data[addr - start:addr - start + n]
        return None

    def _answer(self, body: bytes) -> bytes | None:
        if body.startswith(b"qSupported"):
            feats = [b"PacketSize=%x" % self.b.packet_size]
            if self.b.target_xml is not None:
                feats.append(b"qXfer:features:read+")
            if self.b.memory_map is not None:
                feats.append(b"qXfer:memory-map:read+")
            return b";".join(feats)
        if body == b"?":
            return None if self.b.running else b"S05"
        if body == b"g":
            return b"".join(v.to_bytes(4, "little").hex().encode() for v in self.b.registers)
        if body.startswith(b"p"):
            if self.b.no_p:
                return b""
            n = int(body[1:], 16)
            if n < len(self.b.registers):
                return self.b.registers[n].to_bytes(4, "little").hex().encode()
            return b"E45"
        if body.startswith(b"m"):
            a, n = (int(x, 16) for x in body[1:].split(b","))
            if n * 2 + 4 > self.b.packet_size:
                return b"E01"  # a well-behaved client never asks for more than PacketSize allows
            data = self._read(a, n)
            if data is None:
                return b"E14"
            hexdata = data.hex().encode()
            return rle(hexdata) if self.b.use_rle else hexdata
        if body.startswith(b"qXfer:"):
            parts = body.split(b":")
            obj, annex, span = parts[1], parts[3], parts[4]
            off, length = (int(x, 16) for x in span.split(b","))
            doc = self.b.target_xml if obj == b"features" and annex == b"target.xml" else (
                self.b.memory_map if obj == b"memory-map" else None)
            if doc is None:
                return b"E00"
            chunk = doc[off:off + length]
            more = off + length < len(doc)
            escaped = bytearray()
            for ch in chunk:
                if ch in b"#$}*":
                    escaped += bytes((0x7D, ch ^ 0x20))
                else:
                    escaped.append(ch)
            return (b"m" if more else b"l") + bytes(escaped)
        return b""  # unsupported
