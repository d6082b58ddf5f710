"""A read-only client of the GDB remote serial protocol (pyOCD, OpenOCD, J-Link GDB Server, probe-rs, QEMU).

Why our own: the capture must be provably read-only, so the client can only build the few read requests
it needs (``qSupported``, ``?``, ``g``, ``p n``, ``m addr,len``, ``qXfer:{features,memory-map}:read``) and
refuses every other packet before it reaches the wire; there is no code path that writes memory or
registers, sets breakpoints or resumes the core.  The one exception to "never change the target" is the
interrupt byte 0x03, sent only after the caller has announced the halt (``allow_halt``).

Wire format (GDB manual, "Overview" of the remote protocol): ``$payload#cs`` where ``cs`` is the modulo-256
sum of the payload bytes in two hex digits; the receiver answers ``+`` (ok) or ``-`` (resend).  Replies may
use run-length encoding (``X*n``: ``n - 29`` more copies of ``X``) and binary replies escape ``#$}*`` as
``}`` followed by the byte XOR 0x20.
"""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Callable

from ..errors import DfuForensicsError

#: Requests the client may send: one pattern per packet kind, matched on the whole payload.
READ_ONLY_REQUESTS: tuple[re.Pattern[bytes], ...] = tuple(re.compile(p) for p in (
    rb"qSupported(:[\x20-\x7e]*)?",
    rb"\?",
    rb"g",
    rb"p[0-9a-f]+",
    rb"m[0-9a-f]+,[0-9a-f]+",
    rb"qXfer:(features|memory-map):read:[\w.-]*:[0-9a-f]+,[0-9a-f]+",
    rb"qAttached",
))

INTERRUPT = b"\x03"
DEFAULT_TIMEOUT = 5.0
DEFAULT_RETRIES = 3
#: Assumed when the server does not say (GDB's own default is of this order).
DEFAULT_PACKET_SIZE = 0x200
MAX_CHUNK = 0x1000


class LinkError(DfuForensicsError):
    """The link to the GDB server failed: no answer after retries, connection closed, garbage."""


class LinkDropped(LinkError):
    """The server closed the connection (or the cable/probe went away)."""


class RemoteError(DfuForensicsError):
    """The server answered a request with an error (``E NN``): the request was understood but failed."""

    def __init__(self, request: str, reply: bytes, address: int | None = None, partial: bytes = b"") -> None:
        self.request = request
        self.reply = reply.decode("ascii", "replace")
        #: For memory reads: where the failing chunk started, and the bytes read before it.
        self.address = address
        self.partial = partial
        super().__init__(f"{request}: the GDB server answered {self.reply}")


class NotReadOnly(DfuForensicsError):
    """A request that is not one of the read requests: refused before it reaches the wire."""


def checksum(payload: bytes) -> int:
    return sum(payload) & 0xFF


def escape(payload: bytes) -> bytes:
    out = bytearray()
    for b in payload:
        if b in b"#$}*":
            out += bytes((0x7D, b ^ 0x20))
        else:
            out.append(b)
    return bytes(out)


def frame(payload: bytes) -> bytes:
    """``$payload#cs`` with ``payload`` escaped (the checksum is over the bytes on the wire)."""
    body = escape(payload)
    return b"$" + body + b"#" + b"%02x" % checksum(body)


def decode_reply(body: bytes) -> bytes:
    """Undo run-length encoding, then binary escapes, of a reply's on-the-wire body."""
    if b"*" not in body and b"}" not in body:
        return body  # the common case (hex memory replies): nothing to undo
    expanded = bytearray()
    i = 0
    while i < len(body):
        b = body[i]
        if b == 0x2A and expanded and i + 1 < len(body):  # '*': repeat the previous byte
            expanded += bytes((expanded[-1],)) * (body[i + 1] - 29)
            i += 2
            continue
        expanded.append(b)
        i += 1
    out = bytearray()
    i = 0
    while i < len(expanded):
        b = expanded[i]
        if b == 0x7D and i + 1 < len(expanded):
            out.append(expanded[i + 1] ^ 0x20)
            i += 2
            continue
        out.append(b)
        i += 1
    return bytes(out)


def is_read_only(payload: bytes) -> bool:
    return any(p.fullmatch(payload) for p in READ_ONLY_REQUESTS)


def is_error(reply: bytes) -> bool:
    return bool(re.fullmatch(rb"E[0-9A-Fa-f]{2}|E\..*", reply, re.S))


def is_stop_reply(reply: bytes) -> bool:
    return reply[:1] in (b"S", b"T", b"W", b"X")


class RemoteLink:
    """One connection to a GDB server.  Every request is checked against ``READ_ONLY_REQUESTS``."""

    def __init__(self, sock: socket.socket, *, timeout: float = DEFAULT_TIMEOUT,
                 retries: int = DEFAULT_RETRIES, name: str = "") -> None:
        self.sock = sock
        self.timeout = timeout
        self.retries = retries
        self.name = name
        self._buf = bytearray()
        #: Set by the caller once it has said out loud that the core will be halted.
        self.allow_halt = False
        #: True while the core is known to be running (after a resume done outside this client).
        self.running = False
        self.features: dict[str, str] = {}
        self.packet_size = DEFAULT_PACKET_SIZE
        #: Counters for the manifest: how hard the link had to work.
        self.stats = {"packets": 0, "naks_received": 0, "resends": 0, "bad_checksums": 0, "timeouts": 0}

    @classmethod
    def connect(cls, address: str, *, timeout: float = DEFAULT_TIMEOUT, retries: int = DEFAULT_RETRIES,
                connect_timeout: float = 5.0) -> RemoteLink:
        host, port = parse_address(address)
        try:
            sock = socket.create_connection((host, port), timeout=connect_timeout)
        except OSError as exc:
            raise LinkError(f"cannot connect to the GDB server at {host}:{port}: {exc.strerror or exc}; "
                            "is it running (pyocd gdbserver, openocd, JLinkGDBServer, probe-rs gdb, "
                            "qemu -gdb ...) and listening on that port?") from None
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return cls(sock, timeout=timeout, retries=retries, name=f"{host}:{port}")

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass

    # -- bytes ---------------------------------------------------------------------------------------
    def _recv_byte(self, deadline: float) -> int:
        if not self._buf:
            self._fill(deadline)
        b = self._buf[0]
        del self._buf[0]
        return b

    def _write(self, data: bytes) -> None:
        try:
            self.sock.sendall(data)
        except OSError as exc:
            raise LinkDropped(f"connection to the GDB server {self.name} lost: {exc}") from None

    def _drain(self, seconds: float = 0.2) -> None:
        """Throw away whatever the server still sends (a late reply after a timeout)."""
        self._buf.clear()
        deadline = time.monotonic() + seconds
        try:
            while True:
                self._recv_byte(deadline)
                self._buf.clear()
        except TimeoutError:
            pass

    # -- packets -------------------------------------------------------------------------------------
    def _send_packet(self, payload: bytes) -> None:
        """Send one packet and wait for the server's ``+`` (resending on ``-`` or silence)."""
        data = frame(payload)
        for attempt in range(self.retries + 1):
            if attempt:
                self.stats["resends"] += 1
            self._write(data)
            self.stats["packets"] += 1
            deadline = time.monotonic() + self.timeout
            try:
                while True:
                    b = self._recv_byte(deadline)
                    if b == 0x2B:  # '+'
                        return
                    if b == 0x2D:  # '-'
                        self.stats["naks_received"] += 1
                        break
                    # anything else before the ack: noise, or a stray reply; keep looking for the ack
            except TimeoutError:
                self.stats["timeouts"] += 1
                continue
        raise LinkError(f"the GDB server {self.name} did not acknowledge {_show(payload)} after "
                        f"{self.retries + 1} attempts")

    def _fill(self, deadline: float) -> None:
        """Append what the socket has to the buffer (TimeoutError at the deadline)."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        self.sock.settimeout(remaining)
        try:
            data = self.sock.recv(65536)
        except TimeoutError:
            raise TimeoutError from None
        except OSError as exc:
            raise LinkDropped(f"connection to the GDB server {self.name} lost: {exc}") from None
        if not data:
            raise LinkDropped(f"the GDB server {self.name} closed the connection")
        self._buf += data

    def _read_packet(self, timeout: float | None = None) -> bytes:
        """The next packet from the server (acked), skipping notifications; TimeoutError if none.

        Works on the buffer with ``find`` rather than byte by byte: a capture moves megabytes of hex."""
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        buf = self._buf
        while True:
            starts = [i for i in (buf.find(b"$"), buf.find(b"%")) if i >= 0]
            if not starts:
                buf.clear()  # acks and noise between packets
                self._fill(deadline)
                continue
            del buf[:min(starts)]
            while True:
                j = buf.find(b"#", 1)
                if j >= 0 and len(buf) >= j + 3:
                    break
                self._fill(deadline)
            cut = buf.find(b"$", 1, j)
            if cut > 0:  # a new packet started before this one ended: the first was cut
                del buf[:cut]
                continue
            notification = buf[0] == 0x25
            body, cs = bytes(buf[1:j]), bytes(buf[j + 1:j + 3])
            del buf[:j + 3]
            if notification:
                continue
            try:
                ok = int(cs, 16) == checksum(body)
            except ValueError:
                ok = False
            if not ok:
                self.stats["bad_checksums"] += 1
                self._write(b"-")
                continue
            self._write(b"+")
            return decode_reply(body)

    def request(self, payload: bytes | str, *, timeout: float | None = None, attempts: int | None = None) -> bytes:
        """Send one read request and return its reply (retrying the whole exchange on silence)."""
        if isinstance(payload, str):
            payload = payload.encode("ascii")
        if not is_read_only(payload):
            raise NotReadOnly(f"refused to send {_show(payload)}: dfuforensics capture only reads")
        last: Exception | None = None
        tries = self.retries + 1 if attempts is None else max(1, attempts)
        for _attempt in range(tries):
            self._send_packet(payload)
            try:
                while True:
                    reply = self._read_packet(timeout)
                    if reply.startswith(b"O") and reply != b"OK" and self.running:
                        continue  # console output of a running target
                    return reply
            except TimeoutError as exc:
                self.stats["timeouts"] += 1
                last = exc
                self._drain()
        raise LinkError(f"the GDB server {self.name} did not answer {_show(payload)} within "
                        f"{self.timeout if timeout is None else timeout:.1f} s ({tries} attempts)"
                        ) from last

    # -- requests ------------------------------------------------------------------------------------
    def handshake(self) -> dict[str, str]:
        """``qSupported``: learn PacketSize and which ``qXfer`` objects the server offers."""
        self._write(b"+")  # some servers wait for an ack of their greeting; a stray '+' is harmless
        reply = self.request(b"qSupported:xmlRegisters=arm")
        feats: dict[str, str] = {}
        for item in reply.decode("ascii", "replace").split(";"):
            if not item:
                continue
            if "=" in item:
                k, v = item.split("=", 1)
                feats[k] = v
            elif item[-1] in "+-?":
                feats[item[:-1]] = item[-1]
        self.features = feats
        try:
            self.packet_size = max(64, int(feats.get("PacketSize", ""), 16))
        except ValueError:
            self.packet_size = DEFAULT_PACKET_SIZE
        return feats

    def stop_reason(self, timeout: float | None = None) -> bytes:
        return self.request(b"?", timeout=timeout)

    def interrupt(self, timeout: float | None = None) -> bytes:
        """Halt a running core (0x03) and return its stop reply.  Only after the halt was announced."""
        if not self.allow_halt:
            raise NotReadOnly("refused to interrupt the core: halting was not announced")
        self._write(INTERRUPT)
        wait = self.timeout if timeout is None else timeout
        try:
            while True:
                reply = self._read_packet(wait)
                if is_stop_reply(reply):
                    self.running = False
                    return reply
        except TimeoutError:
            raise LinkError(f"the core did not stop within {wait:.1f} s of the interrupt (0x03) sent to the GDB "
                            f"server {self.name}") from None

    @property
    def chunk_size(self) -> int:
        """Bytes per ``m`` request: the reply (two hex digits a byte plus framing) must fit PacketSize."""
        return max(16, min(MAX_CHUNK, (self.packet_size - 16) // 2))

    def read_memory(self, address: int, length: int,
                    progress: Callable[[int], None] | None = None) -> bytes:
        """``length`` bytes from ``address`` in chunks; RemoteError (with what was read) on an E reply."""
        out = bytearray()
        while len(out) < length:
            here = address + len(out)
            n = min(self.chunk_size, length - len(out))
            reply = self.request(b"m%x,%x" % (here, n))
            if is_error(reply) or not reply:
                raise RemoteError(f"read of {n} bytes at 0x{here:08X}", reply or b"(empty reply)",
                                  address=here, partial=bytes(out))
            try:
                data = bytes.fromhex(reply.decode("ascii"))
            except ValueError:
                raise LinkError(f"the GDB server {self.name} answered a memory read at 0x{here:08X} with "
                                f"something that is not hex: {_show(reply)}") from None
            if not data or len(data) > n:
                raise LinkError(f"the GDB server {self.name} answered a read of {n} bytes at 0x{here:08X} "
                                f"with {len(data)} bytes")
            out += data
            if progress is not None:
                progress(len(data))
        return bytes(out)

    def read_register(self, number: int) -> bytes | None:
        """One register's bytes (target order), or None when the server does not support ``p``."""
        reply = self.request(b"p%x" % number)
        if not reply:
            return None
        if is_error(reply):
            raise RemoteError(f"read of register {number}", reply)
        try:
            return bytes.fromhex(reply.decode("ascii").replace("x", "0"))  # 'xx': value unavailable
        except ValueError:
            raise LinkError(f"register {number}: reply is not hex: {_show(reply)}") from None

    def read_all_registers(self) -> bytes:
        reply = self.request(b"g")
        if is_error(reply):
            raise RemoteError("read of all registers", reply)
        try:
            return bytes.fromhex(reply.decode("ascii").replace("x", "0"))
        except ValueError:
            raise LinkError(f"'g' reply is not hex: {_show(reply)}") from None

    def xfer_read(self, obj: str, annex: str, limit: int = 1 << 20) -> bytes | None:
        """A whole ``qXfer:OBJ:read:ANNEX`` object, or None when the server does not offer it."""
        out = bytearray()
        step = max(64, self.packet_size - 32)
        while len(out) < limit:
            reply = self.request(f"qXfer:{obj}:read:{annex}:{len(out):x},{step:x}".encode("ascii"))
            if not reply:
                return None
            if is_error(reply):
                raise RemoteError(f"qXfer:{obj}:read:{annex}", reply)
            kind, data = reply[:1], reply[1:]
            out += data
            if kind == b"l":
                return bytes(out)
            if kind != b"m" or not data:
                raise LinkError(f"qXfer:{obj}:read: unexpected reply {_show(reply)}")
        raise LinkError(f"qXfer:{obj}:read:{annex} is larger than {limit} bytes")


def parse_address(address: str) -> tuple[str, int]:
    host, sep, port = address.rpartition(":")
    if not sep:
        host, port = "127.0.0.1", address
    host = host.strip("[]") or "127.0.0.1"
    try:
        n = int(port)
    except ValueError:
        n = -1
    if not 0 < n < 65536:
        raise DfuForensicsError(f"--gdb {address}: give HOST:PORT of the GDB server, e.g. localhost:3333")
    return host, n


def _show(payload: bytes) -> str:
    text = payload[:40].decode("ascii", "backslashreplace")
    return repr(text + ("..." if len(payload) > 40 else ""))
